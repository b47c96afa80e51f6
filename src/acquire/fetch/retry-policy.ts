/** When and how long to wait before trying a request again. */

/** Statuses worth another try: too many requests and server errors that may pass. */
export const isRetryableStatus = (status: number): boolean =>
  status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);

/**
 * The wait a Retry-After header asks for, in milliseconds: delay-seconds or an HTTP date (RFC 9110).
 * Undefined when absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/^[A-Za-z]{3}/.test(text)) return undefined; // every HTTP-date form starts with a day name
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * Exponential backoff with jitter: between half and all of base * 2^attempt (at most `capMs`), so that
 * clients that failed together do not retry together.
 */
export const backoffDelay = (attempt: number, baseMs: number, capMs: number, random: () => number): number =>
  Math.round(Math.min(capMs, baseMs * 2 ** attempt) * (0.5 + random() / 2));
