import { z } from '@hono/zod-openapi';
import type { SearchQuery } from '../../store/index.js';
import { ATTRIBUTION_TYPES } from '../../types.js';

const DAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const day = (description: string) =>
  z.string().regex(DAY, 'a date is YYYY-MM-DD').optional().openapi({ description, example: '2024-03-01' });
const text = (max: number, description: string) => z.string().max(max).optional().openapi({ description });

/** The search filters, as query parameters: shared by `/api/search` and `/api/export`. */
export const SEARCH_FILTERS = {
  q: text(500, 'Full text; words are matched as words, not as query syntax. Empty: everything.'),
  speaker: text(200, "A speaker's name or alias, any case"),
  personId: z
    .string()
    .regex(/^[1-9]\d{0,15}$/, 'a person id is a positive integer')
    .transform(Number)
    .optional()
    .openapi({ description: "The speaker's person id", type: 'integer' }),
  outlet: text(200, 'The outlet that published the article'),
  type: z.enum(ATTRIBUTION_TYPES).optional().openapi({ description: 'direct, mixed or indirect' }),
  saidFrom: day('Said on or after (YYYY-MM-DD)'),
  saidTo: day('Said on or before (YYYY-MM-DD)'),
  publishedFrom: day('Published on or after (YYYY-MM-DD)'),
  publishedTo: day('Published on or before (YYYY-MM-DD)'),
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a language is a tag such as en or pt-BR')
    .optional()
    .openapi({ description: 'Language tag of the article, e.g. en' }),
};

export const SearchQuerySchema = z.object({
  ...SEARCH_FILTERS,
  limit: z
    .string()
    .regex(/^\d{1,3}$/, 'limit is a whole number from 1 to 100')
    .transform(Number)
    .pipe(z.number().int().min(1, 'limit is at least 1').max(100, 'limit is at most 100'))
    .optional()
    .openapi({ description: 'Hits per page, 1 to 100 (default 20)', type: 'integer' }),
  cursor: z.string().max(1000).optional().openapi({ description: "A previous page's nextCursor" }),
});

type SearchParams = z.output<typeof SearchQuerySchema>;

/** The validated parameters as the store's query, without the ones not given. */
export function toSearchQuery(
  params: Omit<SearchParams, 'limit' | 'cursor'> & Partial<SearchParams>,
): SearchQuery {
  const entries = Object.entries(params).filter(([, value]) => value !== undefined && value !== '');
  return Object.fromEntries(entries);
}
