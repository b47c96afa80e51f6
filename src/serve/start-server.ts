import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { createApp, type AppOptions } from './app.js';

export { DEFAULT_HOST, DEFAULT_PORT } from './defaults.js';

export interface ServerOptions extends AppOptions {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
}

export interface RunningServer {
  /** The address to open, e.g. `http://127.0.0.1:4319/`. */
  readonly url: string;
  /** Stops taking connections and ends the open ones; resolves when the server is closed. */
  close(): Promise<void>;
}

/** Serves the app on a port; rejects when it cannot listen (port taken, bad host). */
export function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = createApp(options);
  const server = createAdaptorServer({ fetch: app.fetch, hostname: options.host, port: options.port });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      resolve({
        url: `http://${urlHost(address.address)}:${address.port}/`,
        close: () =>
          new Promise((done, fail) => {
            server.close((error) => {
              if (error) fail(error);
              else done();
            });
            // Keep-alive connections would hold the close open until they time out.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
  });
}

/** An address as a URL host: IPv6 in brackets. */
const urlHost = (address: string): string => (address.includes(':') ? `[${address}]` : address);
