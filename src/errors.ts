/**
 * A small error hierarchy (after Hono and ky): each error has a literal `name`, the context that explains
 * it and an optional `cause`. Messages say what was received and what to do about it.
 */

export class OnrecordError extends Error {
  override readonly name: string = 'OnrecordError';
}

/** An input that cannot be read as an article: missing, empty, binary, not UTF-8, too large. */
export class InputError extends OnrecordError {
  override readonly name = 'InputError';
  constructor(
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${message}`, options);
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

/** A command line that cannot be carried out as written. */
export class UsageError extends OnrecordError {
  override readonly name = 'UsageError';
}

export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
