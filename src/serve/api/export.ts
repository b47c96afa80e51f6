import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { SearchPage, SearchQuery, Store } from '../../store/index.js';
import type { AppOptions } from '../app.js';
import {
  csvHeader,
  csvRow,
  EXPORT_CONTENT_TYPES,
  EXPORT_FORMATS,
  jsonLine,
  type ExportFormat,
} from './export-format.js';
import { errorResponse } from './schemas.js';
import { SEARCH_FILTERS, toSearchQuery } from './search-query.js';

/** Hits fetched per page while exporting: the store's largest page. */
const EXPORT_PAGE = 100;

const exportRoute = createRoute({
  method: 'get',
  path: '/export',
  summary: 'Export search results',
  description:
    'Every hit of a search (same filters as /api/search; all matches, newest stored first, not only the ' +
    'ranked first 1,000), streamed page by page as JSON Lines (one SearchHit ' +
    'per line) or CSV (cells that a spreadsheet would read as a formula are prefixed with an apostrophe).',
  tags: ['search'],
  request: {
    query: z.object({
      ...SEARCH_FILTERS,
      format: z.enum(EXPORT_FORMATS).default('jsonl').openapi({ description: 'jsonl (default) or csv' }),
    }),
  },
  responses: {
    200: {
      description: 'The hits, streamed',
      headers: {
        'X-Onrecord-Total': {
          description: 'How many attributions match: the export holds them all, newest stored first',
          schema: { type: 'integer' },
        },
      },
      content: {
        'application/x-ndjson': { schema: z.string() },
        'text/csv': { schema: z.string() },
      },
    },
    400: errorResponse('A parameter is invalid'),
  },
});

/**
 * The export as a byte stream that asks the store for the next page only when the client has taken the
 * last one: memory stays at one page whatever the number of hits, and a client that goes away stops it.
 */
export function exportStream(
  store: Store,
  query: SearchQuery,
  format: ExportFormat,
  firstPage: SearchPage | null = null,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const line = format === 'csv' ? csvRow : jsonLine;
  let cursor: string | null = null;
  let ready = firstPage;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (format === 'csv') controller.enqueue(encoder.encode(csvHeader()));
      },
      async pull(controller) {
        const page = ready ?? (await store.search({ ...query, order: 'stored', limit: EXPORT_PAGE, cursor }));
        ready = null;
        if (page.hits.length > 0) controller.enqueue(encoder.encode(page.hits.map(line).join('')));
        cursor = page.hits.length > 0 ? page.nextCursor : null;
        if (cursor === null) controller.close();
      },
    },
    // One page waits at most: the next is asked for when the client has taken it.
    { highWaterMark: 1 },
  );
}

export function registerExport(api: OpenAPIHono, { store }: AppOptions): void {
  api.openapi(exportRoute, async (c) => {
    const { format, ...filters } = c.req.valid('query');
    const query = toSearchQuery(filters);
    // The first page before the headers: a search the store refuses is still an error response, and the
    // client learns the total before the rows.
    const firstPage = await store.search({ ...query, order: 'stored', limit: EXPORT_PAGE, cursor: null });
    return c.body(exportStream(store, query, format, firstPage), 200, {
      'Content-Type': EXPORT_CONTENT_TYPES[format],
      // A floor when the count stopped (X-Onrecord-Total-Exact: false); the rows themselves are all there.
      'X-Onrecord-Total': String(firstPage.total),
      'X-Onrecord-Total-Exact': String(firstPage.totalExact),
      'Content-Disposition': `attachment; filename="onrecord-export.${format}"`,
      'Cache-Control': 'no-store',
    });
  });
}
