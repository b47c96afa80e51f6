import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.js';

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/** Compares in time that does not depend on where the strings differ (hashes first: lengths may differ). */
const sameToken = (given: string, expected: string): boolean =>
  timingSafeEqual(digest(given), digest(expected));

/**
 * Lets a write through only when the server was started with a token and the request carries it as
 * `Authorization: Bearer <token>`. Without a configured token, writes are off altogether (403); a missing
 * or wrong token is 401. A header, not a cookie: a page on another site cannot make a browser send it.
 */
export const requireWriteToken =
  (writeToken: string | null): MiddlewareHandler =>
  async (c, next) => {
    if (writeToken === null || writeToken === '')
      throw new ApiError(
        'forbidden',
        'writes are off: start the server with --token (or ONRECORD_TOKEN) to allow them',
      );
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '');
    if (!match?.[1]) {
      c.header('WWW-Authenticate', 'Bearer');
      throw new ApiError('unauthorized', 'this request writes: send Authorization: Bearer <token>');
    }
    if (!sameToken(match[1], writeToken)) {
      c.header('WWW-Authenticate', 'Bearer error="invalid_token"');
      throw new ApiError('unauthorized', 'the token is not the one the server was started with');
    }
    await next();
  };

/** Who made a correction: the `X-Onrecord-User` header (trimmed, at most 100 characters), else `api`. */
export function requestUser(header: string | undefined): string {
  const name = (header ?? '')
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, 100);
  return name === '' ? 'api' : name;
}
