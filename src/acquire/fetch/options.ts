/** What a fetcher can be told, and the defaults: polite to servers, refusing private addresses. */
import { createRequire } from 'node:module';
import { DEFAULT_MAX_BYTES } from '../limits.js';
import { type Clock, systemClock } from './clock.js';
import { type Resolver, systemResolver } from './resolve-host.js';

const VERSION = (createRequire(import.meta.url)('../../../package.json') as { version: string }).version;

/** The product token robots.txt rules are matched against. */
export const PRODUCT_TOKEN = 'onrecord';
export const DEFAULT_USER_AGENT = `${PRODUCT_TOKEN}/${VERSION} (+https://github.com/onrecord)`;

export interface FetcherOptions {
  /** Fetch private, loopback and other reserved addresses too (intranet use; `--allow-private`). */
  readonly allowPrivate?: boolean;
  /** Host names allowed to resolve to private addresses while `allowPrivate` is off (named intranet hosts). */
  readonly allowPrivateHosts?: readonly string[];
  readonly userAgent?: string;
  /** Respect robots.txt (on by default). */
  readonly respectRobots?: boolean;
  readonly robotsTtlMs?: number;
  /** Longest Crawl-delay honoured, in milliseconds. */
  readonly maxCrawlDelayMs?: number;
  readonly minDelayMs?: number;
  readonly perHostConcurrency?: number;
  readonly globalConcurrency?: number;
  readonly headersTimeoutMs?: number;
  readonly totalTimeoutMs?: number;
  /** Tries after the first, on 408, 429, 5xx, timeouts and network errors. */
  readonly maxRetries?: number;
  readonly retryBaseMs?: number;
  readonly retryCapMs?: number;
  /** A Retry-After longer than this is not waited for: the fetch fails with the status instead. */
  readonly maxRetryAfterMs?: number;
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  readonly resolve?: Resolver;
  readonly clock?: Clock;
  readonly random?: () => number;
}

export type ResolvedFetcherOptions = Required<FetcherOptions>;

export const resolveFetcherOptions = (options: FetcherOptions): ResolvedFetcherOptions => ({
  allowPrivate: false,
  allowPrivateHosts: [],
  userAgent: DEFAULT_USER_AGENT,
  respectRobots: true,
  robotsTtlMs: 24 * 60 * 60 * 1000,
  maxCrawlDelayMs: 30_000,
  minDelayMs: 1000,
  perHostConcurrency: 2,
  globalConcurrency: 16,
  headersTimeoutMs: 15_000,
  totalTimeoutMs: 60_000,
  maxRetries: 3,
  retryBaseMs: 1000,
  retryCapMs: 30_000,
  maxRetryAfterMs: 120_000,
  maxBytes: DEFAULT_MAX_BYTES,
  maxRedirects: 5,
  resolve: systemResolver,
  clock: systemClock,
  random: Math.random,
  ...options,
});
