/**
 * Who may correct the record from the app. Only a server started with a write token offers corrections;
 * a user proves they hold the token once, through a form, and it is kept in an HttpOnly, SameSite=Strict
 * cookie (so no script can read it and no other site can send it), with the name their corrections carry.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const TOKEN_COOKIE = 'onrecord_token';
export const NAME_COOKIE = 'onrecord_name';
const COOKIE_DAYS = 30;

export interface WriteAccess {
  /** The server has a write token: corrections exist at all. */
  readonly enabled: boolean;
  /** This request carries the token. */
  readonly authorized: boolean;
  /** The name corrections are recorded under. */
  readonly by: string;
}

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/** Compares in constant time (over digests, so lengths do not leak either). */
export function tokenMatches(expected: string, given: string | undefined): boolean {
  return given !== undefined && timingSafeEqual(digest(expected), digest(given));
}

export function writeAccess(c: Context, writeToken: string | null): WriteAccess {
  if (writeToken === null) return { enabled: false, authorized: false, by: '' };
  const authorized = tokenMatches(writeToken, getCookie(c, TOKEN_COOKIE));
  const name = getCookie(c, NAME_COOKIE)?.trim().slice(0, 80) ?? '';
  return { enabled: true, authorized, by: name === '' ? 'web user' : name };
}

function cookieOptions(c: Context) {
  return {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: new URL(c.req.url).protocol === 'https:',
    maxAge: COOKIE_DAYS * 24 * 3600,
  } as const;
}

export function rememberToken(c: Context, token: string, name: string): void {
  setCookie(c, TOKEN_COOKIE, token, cookieOptions(c));
  setCookie(c, NAME_COOKIE, name, cookieOptions(c));
}

export function forgetToken(c: Context): void {
  deleteCookie(c, TOKEN_COOKIE, { path: '/' });
  deleteCookie(c, NAME_COOKIE, { path: '/' });
}

/**
 * A form post from another site is refused even before the cookie check: browsers send `Origin` on POST,
 * and it must name this server.
 */
export function sameOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  if (origin === undefined || origin === 'null') return origin === undefined;
  const host = c.req.header('host');
  try {
    return new URL(origin).host === (host ?? new URL(c.req.url).host);
  } catch {
    return false;
  }
}

/** A path on this site to go back to after a form (never another site: `//x`, `/\x`, `https:`). */
export function localReturnPath(candidate: unknown, fallback: string): string {
  if (typeof candidate !== 'string' || !/^\/(?![/\\])/.test(candidate) || /[\r\n]/.test(candidate))
    return fallback;
  return candidate;
}
