/**
 * The app served on 127.0.0.1 and a free port, as `onrecord serve` serves it, for a browser to visit.
 * Requests to `/__pwned` never reach the app: they are recorded, so that a payload that manages to load
 * an image, a stylesheet or a frame, or to navigate, leaves a trace the tests can see.
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../../../src/serve/app.js';
import type { Store } from '../../../src/store/index.js';

export const PWNED_PATH = '/__pwned';

/**
 * A page that is not the app's: the payloads pasted raw into HTML, served without any policy. Visiting it
 * shows that the checks notice a payload that ran (a test that cannot fail proves nothing).
 */
export const UNSAFE_PATH = '/__unsafe-echo';

export interface ServedApp {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  readonly origin: string;
  /** The URLs under PWNED_PATH requested so far. */
  readonly pwnedHits: string[];
  close(): Promise<void>;
}

export async function serveApp(
  store: Store,
  options: { readonly writeToken?: string | null; readonly unsafePage?: string } = {},
): Promise<ServedApp> {
  const { writeToken = null, unsafePage } = options;
  const app = createApp({ store, writeToken, allowPrivate: false });
  const pwnedHits: string[] = [];
  const server = await new Promise<ServerType>((resolve) => {
    const started: ServerType = serve(
      {
        hostname: '127.0.0.1',
        port: 0,
        fetch: (request, env) => {
          const url = new URL(request.url);
          if (url.pathname.startsWith(PWNED_PATH)) {
            pwnedHits.push(url.pathname + url.search);
            return new Response(null, { status: 204 });
          }
          if (url.pathname === UNSAFE_PATH && unsafePage !== undefined)
            return new Response(unsafePage, { headers: { 'content-type': 'text/html; charset=utf-8' } });
          return app.fetch(request, env);
        },
      },
      () => {
        resolve(started);
      },
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    pwnedHits,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close((error) => {
          if (error === undefined) resolve();
          else reject(error);
        });
      }),
  };
}
