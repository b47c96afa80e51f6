/**
 * The polite, forgery-safe URL fetcher: each hop (the URL, then every redirect target) is parsed, resolved and
 * checked against the address policy, checked against robots.txt, scheduled under the per-host and global
 * caps, and retried with backoff; redirects are followed by hand up to a limit.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { FetchError } from '../../errors.js';
import { HostScheduler } from './host-scheduler.js';
import { type FetcherOptions, PRODUCT_TOKEN, resolveFetcherOptions } from './options.js';
import { type Exchange, requestOnce } from './request-once.js';
import { type AddressPolicy, resolveCheckedAddresses } from './resolve-host.js';
import { backoffDelay, isRetryableStatus, parseRetryAfter } from './retry-policy.js';
import { RobotsCache } from './robots.js';
import type { Conditional, FetchOutcome, FetchResult } from './types.js';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** RFC 9309 asks crawlers to read at least 500 KiB of robots.txt. */
const ROBOTS_MAX_BYTES = 512 * 1024;

export interface Fetcher {
  /** Fetches one URL; rejects with a FetchError. */
  fetch(url: string, conditional?: Conditional): Promise<FetchResult>;
  /** Fetches many URLs under the same caps; never rejects, one outcome per URL in input order. */
  fetchAll(urls: readonly string[]): Promise<FetchOutcome[]>;
}

interface Followed {
  readonly exchange: Exchange;
  readonly finalUrl: URL;
}

export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const settings = resolveFetcherOptions(options);
  const scheduler = new HostScheduler(settings, settings.clock);
  const policy: AddressPolicy = {
    allowPrivate: settings.allowPrivate,
    allowPrivateHosts: settings.allowPrivateHosts.map((host) => host.toLowerCase()),
    resolve: settings.resolve,
  };
  const robots = new RobotsCache({
    productToken: PRODUCT_TOKEN,
    clock: settings.clock,
    ttlMs: settings.robotsTtlMs,
    load: async (url) => {
      const { exchange } = await follow(url, {}, ROBOTS_MAX_BYTES, false);
      return exchange;
    },
    onCrawlDelay: (hostname, delayMs) => {
      scheduler.setHostDelay(hostname, Math.min(delayMs, settings.maxCrawlDelayMs));
    },
  });

  async function follow(
    start: URL,
    headers: Readonly<Record<string, string>>,
    maxBytes: number,
    checkRobots: boolean,
  ): Promise<Followed> {
    let url = start;
    for (let hop = 0; ; hop += 1) {
      const addresses = await resolveCheckedAddresses(url, policy);
      if (checkRobots) await robots.assertAllowed(url);
      const exchange = await withRetries(url, () =>
        scheduler.run(url.hostname, () =>
          requestOnce({
            url,
            address: addresses[0]!,
            headers: { 'user-agent': settings.userAgent, accept: '*/*', ...headers },
            maxBytes,
            headersTimeoutMs: settings.headersTimeoutMs,
            totalTimeoutMs: settings.totalTimeoutMs,
          }),
        ),
      );
      const location = exchange.headers.location;
      if (!REDIRECT_STATUSES.has(exchange.status) || location === undefined)
        return { exchange, finalUrl: url };
      if (hop >= settings.maxRedirects) {
        throw new FetchError(
          start.href,
          'too-many-redirects',
          `more than ${settings.maxRedirects} redirects (the last to ${location}); raise maxRedirects to follow more`,
        );
      }
      url = parseHttpUrl(location, url);
    }
  }

  async function withRetries(url: URL, attempt: () => Promise<Exchange>): Promise<Exchange> {
    for (let tries = 0; ; tries += 1) {
      const canRetry = tries < settings.maxRetries;
      let waitMs: number;
      try {
        const exchange = await attempt();
        if (!canRetry || !isRetryableStatus(exchange.status)) return exchange;
        const retryAfter = parseRetryAfter(headerText(exchange.headers['retry-after']), settings.clock.now());
        if (retryAfter !== undefined && retryAfter > settings.maxRetryAfterMs) return exchange;
        waitMs = retryAfter ?? backoff(tries);
      } catch (error) {
        if (!canRetry || !isTransient(error)) throw error;
        waitMs = backoff(tries);
      }
      await settings.clock.sleep(waitMs);
    }
  }

  const backoff = (tries: number) =>
    backoffDelay(tries, settings.retryBaseMs, settings.retryCapMs, settings.random);

  async function fetchOne(input: string, conditional: Conditional = {}): Promise<FetchResult> {
    const start = parseHttpUrl(input);
    const headers: Record<string, string> = {};
    if (conditional.etag != null) headers['if-none-match'] = conditional.etag;
    if (conditional.lastModified != null) headers['if-modified-since'] = conditional.lastModified;
    const { exchange, finalUrl } = await follow(start, headers, settings.maxBytes, settings.respectRobots);
    const { status } = exchange;
    if (status !== 304 && (status < 200 || status > 299)) {
      throw new FetchError(start.href, 'http-status', `${finalUrl.href} answered status ${status}`, {
        status,
      });
    }
    const flat = flattenHeaders(exchange.headers);
    return {
      url: start.href,
      finalUrl: finalUrl.href,
      status,
      headers: flat,
      body: exchange.body,
      contentType: flat['content-type'] ?? null,
      fetchedAt: new Date(settings.clock.now()).toISOString(),
      etag: flat.etag ?? conditional.etag ?? null,
      lastModified: flat['last-modified'] ?? conditional.lastModified ?? null,
      notModified: status === 304,
    };
  }

  return {
    fetch: fetchOne,
    fetchAll: (urls) =>
      Promise.all(
        urls.map(async (url): Promise<FetchOutcome> => {
          try {
            return { ok: true, url, result: await fetchOne(url) };
          } catch (error) {
            return { ok: false, url, error: asFetchError(url, error) };
          }
        }),
      ),
  };
}

/** Parses an http or https URL (relative to `base` for a redirect's Location); refuses anything else. */
export function parseHttpUrl(input: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch (cause) {
    throw new FetchError(input, 'bad-url', 'not a URL; give an absolute http or https URL', { cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(
      url.href,
      'bad-url',
      `scheme ${url.protocol} refused; only http and https are fetched`,
    );
  }
  return url;
}

const isTransient = (error: unknown) =>
  error instanceof FetchError && (error.reason === 'network' || error.reason === 'timeout');

const asFetchError = (url: string, error: unknown) =>
  error instanceof FetchError
    ? error
    : new FetchError(url, 'network', error instanceof Error ? error.message : String(error), {
        cause: error,
      });

const headerText = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
