/**
 * The shapes the API answers with, as zod schemas: what `/api/openapi.json` documents. They mirror the
 * store's types (src/store/store.ts); the handlers' return types are checked against them at compile time.
 */
import { z } from '@hono/zod-openapi';
import { ATTRIBUTION_TYPES, BLOCK_KINDS, DATINGS, POLARITIES, ROLE_TIMES } from '../../types.js';
import { API_ERROR_STATUS, type ApiErrorCode } from './api-error.js';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(API_ERROR_STATUS) as [ApiErrorCode, ...ApiErrorCode[]]),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');

/** A JSON array the handlers may fill from the store's readonly arrays. */
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

/** A named schema, or null: a union, so that the named component itself stays non-null. */
const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

const span = { start: z.number().int(), end: z.number().int() };
const TextSpanSchema = z.object({ ...span, text: z.string() });

export const PersonRecordSchema = z
  .object({ id: z.number().int(), name: z.string() })
  .openapi('PersonRecord');

export const ArticleRefSchema = z.object({
  id: z.number().int(),
  file: z.string().nullable(),
  url: z.string().nullable(),
});

export const AttributionSchema = z
  .object({
    id: z.string().openapi({ description: 'Local to its article: a1, a2...' }),
    type: z.enum(ATTRIBUTION_TYPES),
    source: TextSpanSchema.nullable(),
    cue: TextSpanSchema.nullable(),
    content: list(TextSpanSchema),
    speaker: z.object({ id: z.string(), name: z.string() }).nullable(),
    saidAt: z
      .object({
        ...span,
        value: z.string(),
        precision: z.enum(['year', 'month', 'day']),
        text: z.string(),
        basis: z.enum(['stated', 'carried']),
      })
      .nullable(),
    dating: z.enum(DATINGS),
    polarity: z.enum(POLARITIES),
    medium: z.object({ ...span, text: z.string(), kind: z.string() }).nullable(),
    via: z.string().nullable().openapi({ description: 'The attribution within which this one is reported' }),
    confidence: z.number(),
  })
  .openapi('Attribution');

const RoleSchema = z.object({
  text: z.string(),
  ...span,
  time: z.enum(ROLE_TIMES),
  at: z.string().nullable(),
  article: ArticleRefSchema,
});

export const StoredPersonSchema = PersonRecordSchema.extend({
  aliases: list(z.string()),
  roles: list(RoleSchema),
  statements: z.number().int(),
  mentions: z.number().int(),
  articles: z.number().int(),
}).openapi('Person');

const countBy = <K extends string>(key: K) =>
  z.object({ [key]: z.string(), count: z.number().int() } as Record<K, z.ZodString> & {
    count: z.ZodNumber;
  });

const MatchSchema = z.enum(['first', 'verbatim', 'truncated', 'edited', 'paraphrased', 'translated']);

const StatementReportSchema = z.object({
  article: ArticleRefSchema.extend({
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
    language: z.string().nullable(),
    copyOf: z.number().int().nullable(),
  }),
  attribution: AttributionSchema,
  match: MatchSchema,
  altered: z.boolean(),
});

export const StatementSchema = z
  .object({
    id: z.number().int(),
    person: orNull(PersonRecordSchema),
    source: z.string().nullable(),
    saidAt: z.string().nullable(),
    firstSeen: StatementReportSchema,
    reports: list(StatementReportSchema),
    independentReports: z.number().int(),
    outlets: list(z.string()),
    variants: list(
      z.object({
        wording: z.string(),
        reports: z.number().int(),
        altered: z.boolean(),
        translation: z.boolean().openapi({ description: 'The words of a report in another language' }),
        diff: list(z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() })),
      }),
    ),
  })
  .openapi('Statement');

export const PersonDetailSchema = StoredPersonSchema.extend({
  statements: list(StatementSchema),
  outlets: list(countBy('outlet')),
  byMonth: list(z.object({ month: z.string(), outlet: z.string().nullable(), count: z.number().int() })),
}).openapi('PersonDetail');

const ARTICLE_FIELDS = {
  key: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  outlet: z.string().nullable(),
  language: z.string().nullable(),
  contentHash: z.string(),
  ingestedAt: z.string(),
  attributions: z.number().int(),
  canonical: z.string().nullable(),
  copyOf: z.number().int().nullable(),
};

export const CorrectionSchema = z
  .object({
    id: z.number().int(),
    attributionId: z.number().int(),
    kind: z.enum(['wrong', 'speaker']),
    personId: z.number().int().nullable(),
    by: z.string(),
    note: z.string(),
    madeAt: z.string(),
    undoneAt: z.string().nullable(),
  })
  .openapi('Correction');

export const ArticleDetailSchema = ArticleRefSchema.extend({
  ...ARTICLE_FIELDS,
  text: z.string(),
  meta: z.object({
    title: z.string().nullable(),
    subtitle: z.string().nullable(),
    published: z.string().nullable(),
    modified: z.string().nullable(),
    outlet: z.string().nullable(),
    language: z.string().nullable(),
    authors: list(z.string()),
    takeaways: list(z.string()),
    url: z.string().nullable(),
    canonical: z.string().nullable(),
  }),
  blocks: list(z.object({ ...span, kind: z.enum(BLOCK_KINDS) })),
  attributions: list(
    z.object({
      id: z.number().int().openapi({ description: 'Global id, for corrections' }),
      article: ArticleRefSchema,
      attribution: AttributionSchema,
      person: orNull(PersonRecordSchema),
      statement: z.object({ id: z.number().int(), match: MatchSchema, altered: z.boolean() }).nullable(),
      correction: orNull(CorrectionSchema),
    }),
  ),
  people: list(
    z.object({
      id: z.string(),
      personId: z.number().int(),
      name: z.string(),
      aliases: list(z.string()),
      roles: list(
        z.object({ ...span, text: z.string(), time: z.enum(ROLE_TIMES), at: z.string().nullable() }),
      ),
      mentions: list(z.object(span)),
    }),
  ),
}).openapi('ArticleDetail');

export const SearchHitSchema = z
  .object({
    attributionId: z.number().int(),
    localId: z.string(),
    statementId: z.number().int().nullable(),
    article: z.object({
      id: z.number().int(),
      title: z.string().nullable(),
      outlet: z.string().nullable(),
      published: z.string().nullable(),
      url: z.string().nullable(),
      file: z.string().nullable(),
      language: z.string().nullable(),
    }),
    person: orNull(PersonRecordSchema),
    source: z.string().nullable(),
    type: z.enum(ATTRIBUTION_TYPES),
    content: z.string(),
    saidAt: z.string().nullable(),
    reports: z.number().int(),
    score: z.number().openapi({ description: 'BM25 (negative), lower is better; 0 without q' }),
  })
  .openapi('SearchHit');

export const SearchPageSchema = z
  .object({
    hits: list(SearchHitSchema),
    total: z.number().int().openapi({
      description: 'How many statements match; a floor (the count stops at 10,000) when totalExact is false',
    }),
    totalExact: z.boolean().openapi({ description: 'false when total is where counting stopped' }),
    facets: z.object({
      speakers: list(z.object({ id: z.number().int(), name: z.string(), count: z.number().int() })),
      outlets: list(countBy('outlet')),
      months: list(countBy('month')),
    }),
    nextCursor: z
      .string()
      .nullable()
      .openapi({ description: 'Pass as cursor for the next page; null at the end' }),
  })
  .openapi('SearchPage');

export const IngestResultSchema = z
  .object({
    status: z.enum(['added', 'replaced', 'unchanged', 'duplicate', 'failed']),
    key: z.string(),
    articleId: z.number().int().nullable(),
    copyOf: z.number().int().nullable(),
    reason: z.string().optional(),
    message: z.string().optional(),
  })
  .openapi('IngestResult');

/** The `{id}` of a path, a positive integer. */
export const IdParamSchema = z.object({
  id: z
    .string()
    .regex(/^[1-9]\d{0,15}$/, 'an id is a positive integer')
    .transform(Number)
    .openapi({ param: { name: 'id', in: 'path' }, example: '1', type: 'integer' }),
});

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

export const errorResponse = (description: string) => jsonContent(ErrorSchema, description);

/** The answers every write route may give for its token: none or the wrong one, or writes switched off. */
export const tokenErrorResponses = () => ({
  401: errorResponse('No token, or the wrong one'),
  403: errorResponse('The server takes no writes (started without a token)'),
});
