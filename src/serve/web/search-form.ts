/**
 * The search form's GET parameters, validated: what the store is asked, what the form shows back, and what
 * the user typed wrong. A bad field is reported and left out of the query, never guessed at.
 */
import { z } from 'zod';
import { ATTRIBUTION_TYPES } from '../../types.js';
import type { SearchQuery } from '../../store/index.js';

/** The parameter names, as the form and the links use them. */
export const SEARCH_FIELDS = [
  'q',
  'person',
  'speaker',
  'outlet',
  'type',
  'said_from',
  'said_to',
  'published_from',
  'published_to',
  'language',
  'cursor',
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];
export type SearchFormValues = Readonly<Partial<Record<SearchField, string>>>;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');
const text = z.string().trim().max(500, 'is too long (500 characters at most)');
const FIELD_SCHEMAS: Readonly<Record<SearchField, z.ZodType>> = {
  q: text,
  person: z.coerce.number().int().positive(),
  speaker: text,
  outlet: text,
  type: z.enum(ATTRIBUTION_TYPES, {
    error: `must be ${ATTRIBUTION_TYPES.slice(0, -1).join(', ')} or ${ATTRIBUTION_TYPES.at(-1) ?? ''}`,
  }),
  said_from: date,
  said_to: date,
  published_from: date,
  published_to: date,
  language: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag like en'),
  cursor: z.string().max(1000),
};

export const FIELD_LABELS: Readonly<Record<SearchField, string>> = {
  q: 'Words',
  person: 'Person',
  speaker: 'Speaker',
  outlet: 'Outlet',
  type: 'Type',
  said_from: 'Said from',
  said_to: 'Said to',
  published_from: 'Published from',
  published_to: 'Published to',
  language: 'Language',
  cursor: 'Page',
};

export interface ParsedSearch {
  /** The fields as typed (valid or not), to fill the form again. */
  readonly values: SearchFormValues;
  readonly query: SearchQuery;
  readonly errors: readonly { readonly field: SearchField; readonly message: string }[];
}

export function parseSearchForm(params: URLSearchParams, limit = 20): ParsedSearch {
  const values: Partial<Record<SearchField, string>> = {};
  const valid: Partial<Record<SearchField, unknown>> = {};
  const errors: { field: SearchField; message: string }[] = [];
  for (const field of SEARCH_FIELDS) {
    const raw = params.get(field);
    if (raw === null || raw.trim() === '') continue;
    values[field] = raw;
    const result = FIELD_SCHEMAS[field].safeParse(raw);
    if (result.success) valid[field] = result.data;
    else
      errors.push({
        field,
        message: `${FIELD_LABELS[field]} ${result.error.issues[0]?.message ?? 'is not valid'}`,
      });
  }
  return { values, query: toQuery(valid, limit), errors };
}

function toQuery(valid: Partial<Record<SearchField, unknown>>, limit: number): SearchQuery {
  const entries: [keyof SearchQuery, unknown][] = [
    ['q', valid.q],
    ['personId', valid.person],
    ['speaker', valid.speaker],
    ['outlet', valid.outlet],
    ['type', valid.type],
    ['saidFrom', valid.said_from],
    ['saidTo', valid.said_to],
    ['publishedFrom', valid.published_from],
    ['publishedTo', valid.published_to],
    ['language', valid.language],
    ['cursor', valid.cursor],
  ];
  const defined = entries.filter(([, value]) => value !== undefined);
  return Object.fromEntries([...defined, ['limit', limit]]);
}
