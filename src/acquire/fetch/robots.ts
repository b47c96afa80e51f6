/**
 * robots.txt, fetched once per origin and cached (RFC 9309): rules for our product token, else for `*`, the
 * longest matching path winning (robots-parser); a missing file (4xx) allows everything, an unreachable one
 * (5xx, network failure after retries) disallows everything until the cache entry expires.
 */
import { createRequire } from 'node:module';
import { FetchError, errorMessage } from '../../errors.js';
import type { Clock } from './clock.js';

interface ParsedRobots {
  isAllowed(url: string, userAgent: string): boolean | undefined;
  getCrawlDelay(userAgent: string): number | undefined;
}

// robots-parser is CommonJS (`module.exports = function`) and its typings declare an ES default export that
// nodenext cannot call, so it is required with the signature it has.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (
  url: string,
  text: string,
) => ParsedRobots;

/** Fetches robots.txt (redirects followed, no robots check of its own); the status decides its meaning. */
export type RobotsLoader = (url: URL) => Promise<{ readonly status: number; readonly body: Buffer }>;

interface RobotsRules {
  isAllowed(url: string): boolean;
  readonly crawlDelaySeconds: number | undefined;
  readonly explanation: string;
}

export interface RobotsOptions {
  readonly productToken: string;
  readonly load: RobotsLoader;
  readonly clock: Clock;
  readonly ttlMs: number;
  /** Called with an origin's Crawl-delay, in milliseconds, when its robots.txt states one. */
  readonly onCrawlDelay: (hostname: string, delayMs: number) => void;
}

export class RobotsCache {
  private readonly entries = new Map<
    string,
    { readonly rules: Promise<RobotsRules>; readonly expires: number }
  >();

  constructor(private readonly options: RobotsOptions) {}

  /** Throws a FetchError with reason `robots` if the origin's robots.txt disallows `url` for us. */
  async assertAllowed(url: URL): Promise<void> {
    const rules = await this.rulesFor(url);
    if (!rules.isAllowed(url.href)) {
      throw new FetchError(url.href, 'robots', `disallowed by ${rules.explanation}`);
    }
  }

  private rulesFor(url: URL): Promise<RobotsRules> {
    const now = this.options.clock.now();
    const cached = this.entries.get(url.origin);
    if (cached !== undefined && cached.expires > now) return cached.rules;
    const rules = this.load(url);
    this.entries.set(url.origin, { rules, expires: now + this.options.ttlMs });
    return rules;
  }

  private async load(url: URL): Promise<RobotsRules> {
    const robotsUrl = new URL('/robots.txt', url.origin);
    const { productToken } = this.options;
    try {
      const { status, body } = await this.options.load(robotsUrl);
      if (status >= 400 && status <= 499) return allowAll(`${robotsUrl.href} (absent, status ${status})`);
      if (status < 200 || status > 299)
        return disallowAll(`${robotsUrl.href} (unreachable, status ${status})`);
      const robot = robotsParser(robotsUrl.href, body.toString('utf8'));
      const crawlDelaySeconds = robot.getCrawlDelay(productToken);
      if (crawlDelaySeconds !== undefined && crawlDelaySeconds > 0) {
        this.options.onCrawlDelay(url.hostname, crawlDelaySeconds * 1000);
      }
      return {
        isAllowed: (href) => robot.isAllowed(href, productToken) !== false,
        crawlDelaySeconds,
        explanation: robotsUrl.href,
      };
    } catch (error) {
      return disallowAll(`${robotsUrl.href} (unreachable: ${errorMessage(error)})`);
    }
  }
}

const allowAll = (explanation: string): RobotsRules => ({
  isAllowed: () => true,
  crawlDelaySeconds: undefined,
  explanation,
});

const disallowAll = (explanation: string): RobotsRules => ({
  isAllowed: () => false,
  crawlDelaySeconds: undefined,
  explanation,
});
