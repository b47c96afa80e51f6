import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppOptions } from '../app.js';
import { notFound } from './api-error.js';
import { errorResponse, IdParamSchema, jsonContent, StatementSchema } from './schemas.js';

const statementRoute = createRoute({
  method: 'get',
  path: '/statements/{id}',
  summary: 'A statement',
  description:
    'One utterance: its speaker, said-at, first report, every report (article, outlet, date, the attribution ' +
    'with its chain in `via`), and its wording variants with a word diff against the first.',
  tags: ['statements'],
  request: { params: IdParamSchema },
  responses: {
    200: jsonContent(StatementSchema, 'The statement'),
    400: errorResponse('The id is not a positive integer'),
    404: errorResponse('No such statement'),
  },
});

export function registerStatements(api: OpenAPIHono, { store }: AppOptions): void {
  api.openapi(statementRoute, async (c) => {
    const { id } = c.req.valid('param');
    const statement = await store.getStatement(id);
    if (!statement) throw notFound('statement', id);
    return c.json(statement, 200);
  });
}
