import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppOptions } from '../app.js';
import { notFound } from './api-error.js';
import { requireWriteToken } from './require-write-token.js';
import {
  ArticleDetailSchema,
  errorResponse,
  IdParamSchema,
  jsonContent,
  tokenErrorResponses,
} from './schemas.js';

const articleRoute = createRoute({
  method: 'get',
  path: '/articles/{id}',
  summary: 'An article',
  description:
    'Its meta, blocks and text, the people in it with their global ids, and every attribution with its spans ' +
    '(offsets into `text`), its global id, statement and correction (a wrong one is flagged, not dropped).',
  tags: ['articles'],
  request: { params: IdParamSchema },
  responses: {
    200: jsonContent(ArticleDetailSchema, 'The article'),
    400: errorResponse('The id is not a positive integer'),
    404: errorResponse('No such article'),
  },
});

const deleteArticleRoute = (writeToken: string | null) =>
  createRoute({
    middleware: [requireWriteToken(writeToken)] as const,
    method: 'delete',
    path: '/articles/{id}',
    summary: 'Delete an article',
    description: 'Removes the article and what derives only from it. Needs the write token.',
    tags: ['corrections'],
    security: [{ bearer: [] }],
    request: { params: IdParamSchema },
    responses: {
      200: jsonContent(z.object({ deleted: z.number().int() }), 'The article is gone'),
      400: errorResponse('The id is not a positive integer'),
      ...tokenErrorResponses(),
      404: errorResponse('No such article'),
    },
  });

export function registerArticles(api: OpenAPIHono, { store, writeToken }: AppOptions): void {
  api.openapi(articleRoute, async (c) => {
    const { id } = c.req.valid('param');
    const article = await store.getArticle(id);
    if (!article) throw notFound('article', id);
    return c.json(article, 200);
  });

  api.openapi(deleteArticleRoute(writeToken), async (c) => {
    const { id } = c.req.valid('param');
    if (!(await store.deleteArticle(id))) throw notFound('article', id);
    return c.json({ deleted: id }, 200);
  });
}
