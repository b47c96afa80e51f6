/**
 * When a job that failed runs again: exponential backoff with jitter, computed in the database so that
 * every worker, on whichever machine, counts on the database's clock. The same shape as the fetcher's
 * (src/acquire/fetch/retry-policy.ts): between half and all of base * 2^(attempt - 1), at most the cap.
 */
export interface Backoff {
  readonly baseMs: number;
  readonly capMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 2_000, capMs: 10 * 60_000 };

/**
 * The SQL expression of a failed job's next run time, for a row whose `attempts` counts the attempt that
 * just failed; `$base` and `$cap` are the positions of the two parameters (milliseconds).
 */
export const nextRunSql = (base: number, cap: number): string =>
  `now() + make_interval(secs => least($${cap}::float8, $${base}::float8 * power(2, attempts - 1))` +
  ` * (0.5 + random() / 2) / 1000.0)`;
