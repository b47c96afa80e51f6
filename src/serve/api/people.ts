import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppOptions } from '../app.js';
import { notFound } from './api-error.js';
import { pageOf, pageParams } from './page-params.js';
import { requestUser, requireWriteToken } from './require-write-token.js';
import {
  errorResponse,
  IdParamSchema,
  jsonContent,
  PersonDetailSchema,
  PersonRecordSchema,
  StoredPersonSchema,
  tokenErrorResponses,
} from './schemas.js';

const listPeopleRoute = createRoute({
  method: 'get',
  path: '/people',
  summary: 'List people',
  description:
    'Everyone in the record with aliases, roles and counts, most statements first; q finds by name or alias.',
  tags: ['people'],
  request: {
    query: z.object({
      q: z
        .string()
        .min(1)
        .max(200)
        .optional()
        .openapi({ description: 'A name or alias (any case), or a person id' }),
      ...pageParams('People', 1000),
    }),
  },
  responses: {
    200: jsonContent(
      z.object({
        people: z.array(StoredPersonSchema),
        total: z.number().int(),
        nextOffset: z.number().int().nullable().openapi({ description: 'null on the last page' }),
      }),
      'The people, a page at a time',
    ),
    400: errorResponse('A parameter is invalid'),
  },
});

const personRoute = createRoute({
  method: 'get',
  path: '/people/{id}',
  summary: 'A person',
  description:
    'Aliases, roles over time, statements by said-at date (undated last) a page at a time, outlets and ' +
    'counts by month.',
  tags: ['people'],
  request: { params: IdParamSchema, query: z.object(pageParams('Statements', 1000)) },
  responses: {
    200: jsonContent(
      PersonDetailSchema.extend({
        statementsTotal: z.number().int().openapi({ description: 'How many statements the person made' }),
        nextOffset: z.number().int().nullable().openapi({ description: 'Of the next page of statements' }),
      }),
      'The person, with one page of statements',
    ),
    400: errorResponse('The id is not a positive integer'),
    404: errorResponse('No such person'),
  },
});

const note = z.string().max(2000).default('');
const writeResponses = {
  400: errorResponse('The body is invalid'),
  ...tokenErrorResponses(),
  404: errorResponse('No such person'),
  409: errorResponse('The store refused the edit (a person merged away, a merge with itself)'),
};

const mergeRoute = (writeToken: string | null) =>
  createRoute({
    middleware: [requireWriteToken(writeToken)] as const,
    method: 'post',
    path: '/people/merge',
    summary: 'Merge two people',
    description: 'Makes `from` one person with `into`, for good. Needs the write token.',
    tags: ['corrections'],
    security: [{ bearer: [] }],
    request: {
      body: {
        required: true,
        content: {
          'application/json': {
            schema: z.object({ into: z.number().int().positive(), from: z.number().int().positive(), note }),
          },
        },
      },
    },
    responses: {
      200: jsonContent(z.object({ person: PersonRecordSchema }), 'The merged person'),
      ...writeResponses,
    },
  });

const splitRoute = (writeToken: string | null) =>
  createRoute({
    middleware: [requireWriteToken(writeToken)] as const,
    method: 'post',
    path: '/people/{id}/split',
    summary: 'Split a person',
    description:
      'Moves what the person is under `name` (only in `articleIds`, when given: two namesakes) to a new person. ' +
      'Needs the write token.',
    tags: ['corrections'],
    security: [{ bearer: [] }],
    request: {
      params: IdParamSchema,
      body: {
        required: true,
        content: {
          'application/json': {
            schema: z.object({
              name: z.string().min(1).max(300),
              articleIds: z.array(z.number().int().positive()).max(10_000).optional(),
              note,
            }),
          },
        },
      },
    },
    responses: {
      201: jsonContent(z.object({ person: PersonRecordSchema }), 'The new person'),
      ...writeResponses,
    },
  });

const PersonEditSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(['merge', 'split']),
    other: PersonRecordSchema.openapi({ description: 'The person merged in, or split off' }),
    note: z.string(),
    madeAt: z.string(),
    undoneAt: z.string().nullable(),
  })
  .openapi('PersonEdit');

const editsRoute = createRoute({
  method: 'get',
  path: '/people/{id}/edits',
  summary: "A person's merges and splits",
  description:
    'The hand merges and splits of the person, oldest first, undone ones included, and why each article ' +
    'links to them.',
  tags: ['corrections'],
  request: { params: IdParamSchema },
  responses: {
    200: jsonContent(
      z.object({
        edits: z.array(PersonEditSchema),
        links: z.array(
          z.object({
            article: z.object({
              id: z.number().int(),
              file: z.string().nullable(),
              url: z.string().nullable(),
            }),
            name: z.string(),
            reason: z.string(),
          }),
        ),
      }),
      'The edits and links',
    ),
    400: errorResponse('The id is not a positive integer'),
    404: errorResponse('No such person'),
  },
});

const undoEditRoute = (writeToken: string | null) =>
  createRoute({
    middleware: [requireWriteToken(writeToken)] as const,
    method: 'post',
    path: '/people/edits/{id}/undo',
    summary: 'Undo a merge or split',
    description:
      'A merge undone brings the merged person back with everything that moved; a split undone merges the ' +
      'new person back. Edits of the same people are undone newest first (409 names the one to undo first). ' +
      'Needs the write token.',
    tags: ['corrections'],
    security: [{ bearer: [] }],
    request: { params: IdParamSchema },
    responses: {
      200: jsonContent(z.object({ undone: z.number().int() }), 'The edit was undone'),
      400: errorResponse('The id is not a positive integer'),
      ...tokenErrorResponses(),
      404: errorResponse('No such edit'),
      409: errorResponse('Undone already, or a later edit of the same people must be undone first'),
    },
  });

export function registerPeople(api: OpenAPIHono, { store, writeToken }: AppOptions): void {
  api.openapi(listPeopleRoute, async (c) => {
    const { q, ...paging } = c.req.valid('query');
    const people = q === undefined ? await store.listPeople() : await store.findPeople(q);
    const { page, total, nextOffset } = pageOf(people, paging);
    return c.json({ people: page, total, nextOffset }, 200);
  });

  api.openapi(mergeRoute(writeToken), async (c) => {
    const { into, from, note } = c.req.valid('json');
    await store.mergePeople(into, from, withUser(note, c.req.header('X-Onrecord-User')));
    const [person] = await store.findPeople(String(into));
    if (!person) throw notFound('person', into);
    return c.json({ person: { id: person.id, name: person.name } }, 200);
  });

  api.openapi(personRoute, async (c) => {
    const { id } = c.req.valid('param');
    const person = await store.getPerson(id);
    if (!person) throw notFound('person', id);
    const { page, total, nextOffset } = pageOf(person.statements, c.req.valid('query'));
    return c.json({ ...person, statements: page, statementsTotal: total, nextOffset }, 200);
  });

  api.openapi(editsRoute, async (c) => {
    const { id } = c.req.valid('param');
    const [person] = await store.findPeople(String(id));
    if (!person) throw notFound('person', id);
    const { edits, links } = await store.explainPerson(person.id);
    return c.json({ edits: [...edits], links: [...links] }, 200);
  });

  api.openapi(undoEditRoute(writeToken), async (c) => {
    const { id } = c.req.valid('param');
    await store.undoPersonEdit(id, requestUser(c.req.header('X-Onrecord-User')));
    return c.json({ undone: id }, 200);
  });

  api.openapi(splitRoute(writeToken), async (c) => {
    const { id } = c.req.valid('param');
    const { name, articleIds, note } = c.req.valid('json');
    const person = await store.splitPerson(
      id,
      name,
      articleIds ?? null,
      withUser(note, c.req.header('X-Onrecord-User')),
    );
    return c.json({ person }, 201);
  });
}

/** The store's person edits keep a note but no author: the author goes into the note. */
const withUser = (note: string, header: string | undefined): string => {
  const user = requestUser(header);
  return note === '' ? `by ${user}` : `${note} (by ${user})`;
};
