import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { StoreError } from '../../errors.js';
import { StoreRequestError } from '../../store/index.js';

/** The codes an API error can carry, each with its HTTP status: one closed vocabulary. */
export const API_ERROR_STATUS = {
  'bad-request': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'method-not-allowed': 405,
  conflict: 409,
  'too-large': 413,
  'unsupported-media-type': 415,
  unprocessable: 422,
  internal: 500,
} as const satisfies Record<string, ContentfulStatusCode>;
export type ApiErrorCode = keyof typeof API_ERROR_STATUS;

/** The one shape of every API error body. */
export interface ApiErrorBody {
  readonly error: { readonly code: ApiErrorCode; readonly message: string; readonly details?: unknown };
}

/** An error a route throws to answer with a status and the error shape. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
  get status(): ContentfulStatusCode {
    return API_ERROR_STATUS[this.code];
  }
}

export const errorBody = (code: ApiErrorCode, message: string, details?: unknown): ApiErrorBody => ({
  error: { code, message, ...(details === undefined ? {} : { details }) },
});

export const notFound = (what: string, id: number | string): ApiError =>
  new ApiError('not-found', `no ${what} with id ${id}`);

/** Hono's own exceptions (malformed JSON, a body over the limit) by their status. */
const CODE_OF_STATUS: Readonly<Record<number, ApiErrorCode>> = Object.fromEntries(
  Object.entries(API_ERROR_STATUS).map(([code, status]) => [status, code as ApiErrorCode]),
);

/**
 * Maps anything a route threw to the error shape: ApiErrors as they are, Hono's exceptions by status, a
 * store's refusal of an edit (a person merged away, a merge with itself) as a conflict, and anything else
 * as a 500 that says nothing about the internals.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof HTTPException) {
    const code = CODE_OF_STATUS[error.status] ?? (error.status >= 500 ? 'internal' : 'bad-request');
    return new ApiError(code, error.message || `request refused (${error.status})`);
  }
  if (error instanceof StoreRequestError)
    return new ApiError(STORE_PROBLEM_CODES[error.problem], storeMessage(error));
  if (error instanceof StoreError) {
    const message = storeMessage(error);
    return new ApiError(/^no \w+ with id\b/.test(message) ? 'not-found' : 'conflict', message);
  }
  return new ApiError('internal', 'internal error');
}

export const respondWithError = (c: Context, error: ApiError): Response =>
  c.json(errorBody(error.code, error.message, error.details), error.status);

const STORE_PROBLEM_CODES = {
  invalid: 'bad-request',
  'not-found': 'not-found',
  conflict: 'conflict',
} as const satisfies Record<StoreRequestError['problem'], ApiErrorCode>;

/** The store's message without the database path it starts with: a client has no use for it. */
const storeMessage = (error: StoreError): string =>
  error.message.startsWith(`${error.database}: `)
    ? error.message.slice(error.database.length + 2)
    : error.message;
