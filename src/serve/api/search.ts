import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppOptions } from '../app.js';
import { errorResponse, jsonContent, SearchPageSchema } from './schemas.js';
import { SearchQuerySchema, toSearchQuery } from './search-query.js';

const searchRoute = createRoute({
  method: 'get',
  path: '/search',
  summary: 'Search statements',
  description:
    'Full-text search over what was said (and the articles that carry it), with filters, facets (counts by ' +
    'speaker, outlet and month over all matches) and cursor pagination. Ranked by BM25, recency breaking ties.',
  tags: ['search'],
  request: { query: SearchQuerySchema },
  responses: {
    200: jsonContent(SearchPageSchema, 'One page of hits, the total and the facets'),
    400: errorResponse('A parameter is invalid (details lists each problem)'),
  },
});

export function registerSearch(api: OpenAPIHono, { store }: AppOptions): void {
  api.openapi(searchRoute, async (c) => c.json(await store.search(toSearchQuery(c.req.valid('query'))), 200));
}
