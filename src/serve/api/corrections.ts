import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppOptions } from '../app.js';
import { requestUser, requireWriteToken } from './require-write-token.js';
import {
  CorrectionSchema,
  errorResponse,
  IdParamSchema,
  jsonContent,
  tokenErrorResponses,
} from './schemas.js';

const writeErrors = {
  400: errorResponse('The id or the body is invalid'),
  ...tokenErrorResponses(),
  404: errorResponse('No such attribution or correction'),
  409: errorResponse('The store refused the correction'),
};

const correctRoute = (writeToken: string | null) =>
  createRoute({
    middleware: [requireWriteToken(writeToken)] as const,
    method: 'post',
    path: '/attributions/{id}/corrections',
    summary: 'Correct an attribution',
    description:
      '`wrong`: the attribution is not one (kept, flagged); `speaker`: someone else said it (`personId`, or ' +
      'null for an unnamed source). Kept with when and by whom (`X-Onrecord-User`, else `api`); survives ' +
      're-ingesting the article. Needs the write token.',
    tags: ['corrections'],
    security: [{ bearer: [] }],
    request: {
      params: IdParamSchema,
      body: {
        required: true,
        content: {
          'application/json': {
            schema: z
              .object({
                kind: z.enum(['wrong', 'speaker']),
                personId: z.number().int().positive().nullable().optional(),
                note: z.string().max(2000).optional(),
              })
              .refine((body) => body.kind === 'speaker' || body.personId === undefined, {
                error: 'personId goes with kind "speaker" only',
                path: ['personId'],
              }),
          },
        },
      },
    },
    responses: { 201: jsonContent(CorrectionSchema, 'The correction, as kept'), ...writeErrors },
  });

const undoRoute = (writeToken: string | null) =>
  createRoute({
    middleware: [requireWriteToken(writeToken)] as const,
    method: 'post',
    path: '/corrections/{id}/undo',
    summary: 'Undo a correction',
    description: 'The correction stays in the history with when it was undone. Needs the write token.',
    tags: ['corrections'],
    security: [{ bearer: [] }],
    request: { params: IdParamSchema },
    responses: { 200: jsonContent(CorrectionSchema, 'The correction, undone'), ...writeErrors },
  });

const listRoute = createRoute({
  method: 'get',
  path: '/corrections',
  summary: 'List corrections',
  description: 'Every correction made, undone ones included, optionally of one attribution or article.',
  tags: ['corrections'],
  request: {
    query: z.object({
      attributionId: IdParamSchema.shape.id
        .optional()
        .openapi({ param: { name: 'attributionId', in: 'query' } }),
      articleId: IdParamSchema.shape.id.optional().openapi({ param: { name: 'articleId', in: 'query' } }),
    }),
  },
  responses: {
    200: jsonContent(z.object({ corrections: z.array(CorrectionSchema) }), 'The corrections'),
    400: errorResponse('A parameter is invalid'),
  },
});

export function registerCorrections(api: OpenAPIHono, { store, writeToken }: AppOptions): void {
  api.openapi(correctRoute(writeToken), async (c) => {
    const { id } = c.req.valid('param');
    const { kind, personId, note } = c.req.valid('json');
    const correction = await store.correctAttribution({
      attributionId: id,
      kind,
      ...(personId === undefined ? {} : { personId }),
      by: requestUser(c.req.header('X-Onrecord-User')),
      ...(note === undefined ? {} : { note }),
    });
    return c.json(correction, 201);
  });

  api.openapi(undoRoute(writeToken), async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await store.undoCorrection(id, requestUser(c.req.header('X-Onrecord-User'))), 200);
  });

  api.openapi(listRoute, async (c) => {
    const { attributionId, articleId } = c.req.valid('query');
    const filter = {
      ...(attributionId === undefined ? {} : { attributionId }),
      ...(articleId === undefined ? {} : { articleId }),
    };
    return c.json({ corrections: await store.listCorrections(filter) }, 200);
  });
}
