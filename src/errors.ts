/**
 * A small error hierarchy (after Hono and ky): each error has a literal `name`, the context that explains
 * it and an optional `cause`. Messages say what was received and what to do about it.
 */

export class OnrecordError extends Error {
  override readonly name: string = 'OnrecordError';
}

/**
 * An input that cannot be read as an article: missing, empty, binary, not UTF-8, too large. `reason` is a
 * short code that batch summaries group failures by (`not-found`, `too-large`, `empty`, `binary`,
 * `bad-encoding`, `unreadable`...).
 */
export class InputError extends OnrecordError {
  override readonly name = 'InputError';
  readonly reason: string;
  constructor(
    readonly file: string,
    message: string,
    options?: { cause?: unknown; reason?: string },
  ) {
    super(`${file}: ${message}`, options);
    this.reason = options?.reason ?? 'unreadable';
  }
}

/** The store could not be opened or written. */
export class StoreError extends OnrecordError {
  override readonly name = 'StoreError';
  constructor(
    readonly database: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${database}: ${message}`, options);
  }
}

/** Why a URL could not be fetched: a closed vocabulary, one code per cause a caller may act on. */
export const FETCH_FAILURE_REASONS = [
  'bad-url',
  'forbidden-address',
  'dns',
  'robots',
  'timeout',
  'network',
  'too-large',
  'http-status',
  'too-many-redirects',
] as const;
export type FetchFailureReason = (typeof FETCH_FAILURE_REASONS)[number];
export const isFetchFailureReason = (value: unknown): value is FetchFailureReason =>
  (FETCH_FAILURE_REASONS as readonly unknown[]).includes(value);

/** A URL that could not be fetched, with the reason code and, for `http-status`, the status received. */
export class FetchError extends OnrecordError {
  override readonly name = 'FetchError';
  readonly status: number | undefined;
  constructor(
    readonly url: string,
    readonly reason: FetchFailureReason,
    message: string,
    options?: { cause?: unknown; status?: number },
  ) {
    super(`${url}: ${message}`, options);
    this.status = options?.status;
  }
}

/** A command line that cannot be carried out as written. */
export class UsageError extends OnrecordError {
  override readonly name = 'UsageError';
}

export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
