import { z } from '@hono/zod-openapi';

/**
 * `limit` and `offset` query parameters for lists the store gives whole (people, a person's statements):
 * a client takes them a page at a time, and no response grows with the record.
 */
export const pageParams = (what: string, max: number) => ({
  limit: z
    .string()
    .regex(/^\d{1,4}$/, `limit is a whole number from 1 to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(1, 'limit is at least 1').max(max, `limit is at most ${max}`))
    .optional()
    .openapi({ description: `${what} per page, 1 to ${max} (default 100)`, type: 'integer' }),
  offset: z
    .string()
    .regex(/^\d{1,9}$/, 'offset is a whole number')
    .transform(Number)
    .optional()
    .openapi({ description: "A previous page's nextOffset (default 0)", type: 'integer' }),
});

export const DEFAULT_PAGE = 100;

/** One page of a list, with the list's length and where the next page starts (null: this is the last). */
export function pageOf<T>(
  items: readonly T[],
  { limit = DEFAULT_PAGE, offset = 0 }: { limit?: number | undefined; offset?: number | undefined },
): { page: T[]; total: number; nextOffset: number | null } {
  const end = offset + limit;
  return { page: items.slice(offset, end), total: items.length, nextOffset: end < items.length ? end : null };
}
