import { StoreError } from '../../errors.js';
import type { Store } from '../store.js';
import type { PgContext } from './sql.js';

type Methods = Pick<
  Store,
  | 'ingest'
  | 'ingestBatch'
  | 'storedVersion'
  | 'recordFailure'
  | 'listFailures'
  | 'readDocument'
  | 'feedState'
  | 'saveFeedState'
  | 'unseenFeedItems'
  | 'markFeedItemsSeen'
  | 'listRevisions'
>;

/** Placeholder until the PostgreSQL port of these methods lands: each one refuses clearly. */
export function prepareWrite(context: PgContext): Methods {
  const missing = (name: string) => () =>
    Promise.reject(new StoreError(context.location, `${name} is not available on PostgreSQL yet`));
  const names: (keyof Methods)[] = [
    'ingest',
    'ingestBatch',
    'storedVersion',
    'recordFailure',
    'listFailures',
    'readDocument',
    'feedState',
    'saveFeedState',
    'unseenFeedItems',
    'markFeedItemsSeen',
    'listRevisions',
  ];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-return -- a stub: every method refuses
  return Object.fromEntries(names.map((name) => [name, missing(name)])) as unknown as Methods;
}
