/**
 * A store for the API tests: the bundled samples, plus three small illustrative articles written for these
 * tests (fictional people): one statement reported by two outlets in different words, and a quotation that
 * a spreadsheet would run as a formula.
 */
import { Writable } from 'node:stream';
import { expandArticlePaths } from '../../../src/cli/article-paths.js';
import { SAMPLES_DIRECTORY } from '../../../src/cli/commands/demo.js';
import { ingestFiles } from '../../../src/cli/ingest-files.js';
import { createApp, type AppOptions } from '../../../src/serve/app.js';
import { ingestOne, postedItem } from '../../../src/serve/api/ingest-one.js';
import { openSqliteStore, type Store } from '../../../src/store/index.js';

export const TOKEN = 'test-token-0123456789abcdef';

export const BRIDGE_COURIER = `Strand promises the Harrow bridge by May

Valley Courier, 4 March 2024

Mayor Lena Strand said on Monday that the repaired Harrow bridge would reopen before the summer.

“The bridge will open in May, not a day later,” Strand told the town council.

Opposition councillor Tomas Berg said the council had heard such promises before.
`;

export const BRIDGE_DAILY = `Harrow bridge to reopen in May, mayor says

Northbay Daily, 6 March 2024

“The bridge will open in May,” Mayor Lena Strand said on Monday, adding that the contractor had been paid.

Residents have used a ferry since the bridge closed in 2023.
`;

export const FORMULA_QUOTE = `=1+2, the ferry budget, questioned by a councillor

Harbour Post, 10 April 2024

Councillor Tomas Berg said on Tuesday that the ferry budget did not add up.

“=1+2 is what they wrote, and "nobody" checked it, not once,” Berg said.
`;

export interface ApiFixture {
  readonly store: Store;
  readonly app: ReturnType<typeof createApp>;
  readonly ids: { readonly courier: number; readonly daily: number; readonly formula: number };
}

const silent = (): Writable =>
  new Writable({
    write: (_chunk, _encoding, done) => {
      done();
    },
  });

/** A fresh in-memory store with the samples and the three test articles, and the app over it. */
export async function buildFixture(options: Partial<Omit<AppOptions, 'store'>> = {}): Promise<ApiFixture> {
  const store = openSqliteStore(':memory:');
  const samples = (await expandArticlePaths([SAMPLES_DIRECTORY])).flatMap((input) =>
    'error' in input ? [] : [input],
  );
  await ingestFiles(store, samples, { maxBytes: 5_000_000, stderr: silent(), command: 'test', threads: 0 });
  const articleId = async (text: string): Promise<number> => {
    const result = await ingestOne(store, postedItem({ text }));
    if (result.status === 'failed') throw new Error(result.message);
    return result.articleId;
  };
  const ids = {
    courier: await articleId(BRIDGE_COURIER),
    daily: await articleId(BRIDGE_DAILY),
    formula: await articleId(FORMULA_QUOTE),
  };
  const app = createApp({
    store,
    writeToken: options.writeToken ?? TOKEN,
    allowPrivate: options.allowPrivate ?? false,
  });
  return { store, app, ids };
}

/** The JSON body of a response, with its status, for assertions on both. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the body's type
export async function json<T = unknown>(
  response: Response | Promise<Response>,
): Promise<{ status: number; body: T }> {
  const resolved = await response;
  return { status: resolved.status, body: (await resolved.json()) as T };
}

export const authorized = (headers: Record<string, string> = {}): Record<string, string> => ({
  Authorization: `Bearer ${TOKEN}`,
  'Content-Type': 'application/json',
  ...headers,
});
