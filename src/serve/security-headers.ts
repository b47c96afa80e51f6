import type { MiddlewareHandler } from 'hono';

/**
 * The policy every response carries: nothing loads but this site's own scripts, styles and images, nothing
 * may frame it, and no page can post anywhere else. Article text, names and outlets are untrusted; if one
 * ever reached a page unescaped, this is what keeps it from running.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

/**
 * Sets the security headers on whatever response comes back: pages, API answers, errors, 404s, and HEAD
 * (which Hono answers from the GET route, headers kept). Set after the handler so that no route can forget.
 */
export const securityHeaders = (): MiddlewareHandler => async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
};
