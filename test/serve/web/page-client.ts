/** Requests pages of the web app in-process and parses them, for the page tests. */
import { Hono } from 'hono';
import { parseHTML } from 'linkedom';
import type { Store } from '../../../src/store/index.js';
import { notFoundPage, webRoutes } from '../../../src/serve/web/index.js';

export interface FetchedPage {
  readonly status: number;
  readonly body: string;
  readonly document: Document;
  readonly headers: Headers;
}

/** The pages as `createApp` mounts them: at `/`, with the HTML 404 for unknown paths. */
export function webApp(store: Store, writeToken: string | null = null): Hono {
  const app = new Hono();
  app.route('/', webRoutes({ store, writeToken }));
  app.notFound((c) => notFoundPage(c));
  return app;
}

export async function getPage(app: Hono, path: string, init?: RequestInit): Promise<FetchedPage> {
  const response = await app.request(path, init);
  const body = await response.text();
  const { document } = parseHTML(body) as unknown as { document: Document };
  return { status: response.status, body, document, headers: response.headers };
}

/** The text of the elements matching `selector`, whitespace collapsed. */
export const textsOf = (root: ParentNode, selector: string): string[] =>
  [...root.querySelectorAll(selector)].map((element) => element.textContent.replace(/\s+/g, ' ').trim());
