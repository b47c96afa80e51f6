import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { DEFAULT_MAX_BYTES } from '../../acquire/index.js';
import { createFetcher, type Fetcher } from '../../acquire/fetch/index.js';
import { fetchPageItem } from '../../ingest/url-items.js';
import type { AppOptions } from '../app.js';
import { ApiError } from './api-error.js';
import { ingestOne, postedItem } from './ingest-one.js';
import { requireWriteToken } from './require-write-token.js';
import { errorResponse, IngestResultSchema, jsonContent, tokenErrorResponses } from './schemas.js';

const httpUrl = z
  .url({ protocol: /^https?$/, error: 'an http or https URL' })
  .max(4000)
  .openapi({ example: 'https://example.org/news/1' });
const document = z.string().min(1).max(DEFAULT_MAX_BYTES);

const IngestBodySchema = z
  .union([
    z.strictObject({ text: document }),
    z.strictObject({ html: document, url: httpUrl.optional() }),
    z.strictObject({ url: httpUrl }),
  ])
  .openapi('IngestBody', {
    description: 'A plain text, a page (HTML, with the URL it came from when known), or a URL to fetch',
  });

const ingestRoute = (writeToken: string | null) =>
  createRoute({
    middleware: [requireWriteToken(writeToken)] as const,
    method: 'post',
    path: '/ingest',
    summary: 'Ingest a document',
    description:
      'Reads it, finds who said what and stores it, as `onrecord ingest` does. A URL is fetched politely ' +
      '(robots.txt, no private addresses unless the server allows them). Needs the write token.',
    tags: ['ingest'],
    security: [{ bearer: [] }],
    request: { body: { required: true, content: { 'application/json': { schema: IngestBodySchema } } } },
    responses: {
      201: jsonContent(IngestResultSchema, 'A new article'),
      200: jsonContent(
        IngestResultSchema,
        'Replaced, unchanged, or a duplicate of an article already stored',
      ),
      400: errorResponse('The body is invalid'),
      ...tokenErrorResponses(),
      413: errorResponse('The body is over the size cap'),
      422: errorResponse('The document could not be read or fetched (details says why)'),
    },
  });

export function registerIngest(api: OpenAPIHono, { store, writeToken, allowPrivate }: AppOptions): void {
  // One fetcher for the server's life: its robots.txt cache and per-host pacing span requests.
  let fetcher: Fetcher | null = null;
  const fetcherOf = (): Fetcher => (fetcher ??= createFetcher({ allowPrivate, maxBytes: DEFAULT_MAX_BYTES }));

  api.openapi(ingestRoute(writeToken), async (c) => {
    const body = c.req.valid('json');
    const item =
      'text' in body || 'html' in body ? postedItem(body) : await fetchPageItem(fetcherOf(), body.url);
    const result = await ingestOne(store, item);
    if (result.status === 'failed')
      throw new ApiError('unprocessable', result.message, { key: result.key, reason: result.reason });
    return c.json(result, result.status === 'added' ? 201 : 200);
  });
}
