import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Store } from '../store/index.js';
import { ApiError, respondWithError, toApiError } from './api/api-error.js';
import { apiRoutes } from './api/index.js';
import { securityHeaders } from './security-headers.js';
import { errorPage, notFoundPage, webRoutes } from './web/index.js';
import { messagePage } from './web/pages/message.js';

export interface AppOptions {
  readonly store: Store;
  /** The token writes must carry (`Authorization: Bearer`); null: the server takes no writes. */
  readonly writeToken: string | null;
  /** Let `POST /api/ingest {url}` fetch private and loopback addresses (intranet use). */
  readonly allowPrivate: boolean;
}

/** Largest request body read, API or form: a document is capped at 5 MB, and JSON adds a little. */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

const isApiPath = (path: string): boolean => path === '/api' || path.startsWith('/api/');

/**
 * The whole site: the JSON API under `/api`, the pages everywhere else, security headers on every
 * response (errors and HEAD included), one error shape for the API and error pages for the rest.
 */
export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  app.use('*', securityHeaders());
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError('too-large', `the request body is over ${MAX_BODY_BYTES} bytes`);
      },
    }),
  );
  app.route('/api', apiRoutes(options));
  app.route('/', webRoutes(options));
  app.notFound((c) =>
    isApiPath(c.req.path)
      ? respondWithError(c, new ApiError('not-found', `no route ${c.req.method} ${c.req.path}`))
      : notFoundPage(c),
  );
  app.onError((error, c) => {
    const apiError = toApiError(error);
    // The client is told nothing of the internals; the operator is.
    if (apiError.code === 'internal') console.error(error);
    if (isApiPath(c.req.path)) return respondWithError(c, apiError);
    if (apiError.code === 'internal') return errorPage(c);
    return c.html(messagePage('Request refused', apiError.message), apiError.status);
  });
  return app;
}
