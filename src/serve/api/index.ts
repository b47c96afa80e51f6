import { OpenAPIHono } from '@hono/zod-openapi';
import type { Hook } from '@hono/zod-openapi';
import type { Env } from 'hono';
import { VERSION } from '../../cli/version.js';
import type { AppOptions } from '../app.js';
import { ApiError, respondWithError } from './api-error.js';
import { registerArticles } from './articles.js';
import { registerCorrections } from './corrections.js';
import { DOCS_CSS, renderDocsPage, type OpenApiDocument } from './docs-page.js';
import { registerExport } from './export.js';
import { registerIngest } from './ingest.js';
import { registerPeople } from './people.js';
import { registerSearch } from './search.js';
import { registerStatements } from './statements.js';

/** A parameter or body that fails its schema: 400, with each problem's path and message. */
const validationHook: Hook<unknown, Env, string, unknown> = (result, c) => {
  if (result.success) return;
  const details = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const summary = details.map(({ path, message }) => (path ? `${path}: ${message}` : message)).join('; ');
  return respondWithError(c, new ApiError('bad-request', `invalid request: ${summary}`, details));
};

const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'onrecord',
    version: VERSION,
    description:
      'Who said what, when, and who reported it: search the record, read people, statements and articles.',
  },
  servers: [{ url: '/api' }],
};

/** The JSON API, mounted at `/api`: every route declared with zod schemas, documented from them. */
export function apiRoutes(options: AppOptions): OpenAPIHono {
  const api = new OpenAPIHono({ defaultHook: validationHook });
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'The token the server was started with (--token or ONRECORD_TOKEN)',
  });
  registerSearch(api, options);
  registerExport(api, options);
  registerPeople(api, options);
  registerStatements(api, options);
  registerArticles(api, options);
  registerCorrections(api, options);
  registerIngest(api, options);

  // Made once, on first request (every route is registered by then): generating it takes tens of ms.
  let document: ReturnType<typeof api.getOpenAPI31Document> | null = null;
  const openApiDocument = () => (document ??= api.getOpenAPI31Document(OPENAPI_INFO));
  let docsPage: string | null = null;
  api.get('/openapi.json', (c) => c.json(openApiDocument()));
  api.get('/docs', (c) =>
    c.html((docsPage ??= renderDocsPage(openApiDocument() as unknown as OpenApiDocument))),
  );
  api.get('/docs.css', (c) => c.body(DOCS_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  return api;
}
