import { StoreError } from '../../errors.js';
import type { Store } from '../store.js';
import type { PgContext } from './sql.js';

type Methods = Pick<
  Store,
  | 'findPeople'
  | 'explainPerson'
  | 'mergePeople'
  | 'splitPerson'
  | 'undoPersonEdit'
  | 'correctAttribution'
  | 'undoCorrection'
  | 'listCorrections'
>;

/** Placeholder until the PostgreSQL port of these methods lands: each one refuses clearly. */
export function prepareEdits(context: PgContext): Methods {
  const missing = (name: string) => () =>
    Promise.reject(new StoreError(context.location, `${name} is not available on PostgreSQL yet`));
  const names: (keyof Methods)[] = [
    'findPeople',
    'explainPerson',
    'mergePeople',
    'splitPerson',
    'undoPersonEdit',
    'correctAttribution',
    'undoCorrection',
    'listCorrections',
  ];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-return -- a stub: every method refuses
  return Object.fromEntries(names.map((name) => [name, missing(name)])) as unknown as Methods;
}
