import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createFetcher, DEFAULT_USER_AGENT, type FetcherOptions } from '../../../src/acquire/fetch/index.js';
import { FetchError } from '../../../src/errors.js';
import { FakeClock } from './fake-clock.js';
import { type LocalServer, startServer } from './local-server.js';

type Route = (request: IncomingMessage, response: ServerResponse) => void;

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Starts a server answering from `routes` by path (404 elsewhere, so robots.txt is absent by default). */
async function serve(routes: Record<string, Route>): Promise<LocalServer> {
  server = await startServer((request, response) => {
    const route = routes[request.url ?? ''];
    if (route === undefined) response.writeHead(404).end();
    else route(request, response);
  });
  return server;
}

const text =
  (body: string, headers: Record<string, string> = {}): Route =>
  (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain', ...headers }).end(body);
  };

const local = (clock = new FakeClock(), extra: FetcherOptions = {}): FetcherOptions => ({
  allowPrivate: true,
  clock,
  minDelayMs: 0,
  random: () => 0,
  retryBaseMs: 100,
  ...extra,
});

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('polite fetching', () => {
  it('identifies itself with the onrecord user agent and returns the response', async () => {
    const { origin, requests } = await serve({ '/a': text('hello', { etag: '"v1"' }) });
    const result = await createFetcher(local()).fetch(`${origin}/a`);
    expect(DEFAULT_USER_AGENT).toMatch(/^onrecord\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/onrecord\)$/);
    expect(requests.map(({ headers }) => headers['user-agent'])).toEqual([
      DEFAULT_USER_AGENT,
      DEFAULT_USER_AGENT,
    ]);
    expect(result).toMatchObject({
      url: `${origin}/a`,
      finalUrl: `${origin}/a`,
      status: 200,
      contentType: 'text/plain',
      etag: '"v1"',
      lastModified: null,
      notModified: false,
      fetchedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(result.body.toString()).toBe('hello');
  });

  describe('robots.txt', () => {
    const robots = [
      'User-agent: *',
      'Disallow: /',
      '',
      'User-agent: onrecord',
      'Disallow: /news/',
      'Allow: /news/public',
      'Disallow: /*.pdf$',
    ].join('\n');
    const pages = (): Record<string, Route> => ({
      '/robots.txt': text(robots),
      '/news/public/story': text('public'),
      '/news/secret': text('secret'),
      '/about': text('about'),
      '/file.pdf': text('pdf'),
    });

    it('follows the rules for our agent, the longest match winning, fetching robots.txt once per origin', async () => {
      const { origin, paths } = await serve(pages());
      const fetcher = createFetcher(local());
      const outcomes = await fetcher.fetchAll(
        ['/news/public/story', '/news/secret', '/about', '/file.pdf'].map((path) => origin + path),
      );
      expect(
        outcomes.map((outcome) => (outcome.ok ? outcome.result.body.toString() : outcome.error.reason)),
      ).toEqual(['public', 'robots', 'about', 'robots']);
      expect(paths().filter((path) => path === '/robots.txt')).toHaveLength(1);
      expect(paths()).not.toContain('/news/secret');
      const refused = outcomes[1];
      expect(refused?.ok === false && refused.error.message).toContain(`disallowed by ${origin}/robots.txt`);
    });

    it('falls back to the * group for other agents', async () => {
      const { origin } = await serve({
        '/robots.txt': text('User-agent: *\nDisallow: /private\n'),
        '/private/x': text('x'),
      });
      const error = await failure(createFetcher(local()).fetch(`${origin}/private/x`));
      expect(error.reason).toBe('robots');
    });

    it('allows everything when robots.txt is absent (404) and nothing when it is unreachable (5xx)', async () => {
      const { origin } = await serve({ '/page': text('page') });
      expect((await createFetcher(local()).fetch(`${origin}/page`)).status).toBe(200);
      await server?.close();
      const failing = await serve({
        '/robots.txt': (_request, response) => response.writeHead(503).end(),
        '/page': text('page'),
      });
      const error = await failure(
        createFetcher(local(new FakeClock(), { maxRetries: 0 })).fetch(`${failing.origin}/page`),
      );
      expect(error.reason).toBe('robots');
      expect(error.message).toContain('unreachable, status 503');
    });

    it('can be turned off', async () => {
      const { origin, paths } = await serve(pages());
      const result = await createFetcher(local(new FakeClock(), { respectRobots: false })).fetch(
        `${origin}/news/secret`,
      );
      expect(result.body.toString()).toBe('secret');
      expect(paths()).toEqual(['/news/secret']);
    });

    it('honours Crawl-delay as the delay between requests to the host', async () => {
      const clock = new FakeClock();
      const { origin } = await serve({
        '/robots.txt': text('User-agent: *\nCrawl-delay: 5\n'),
        '/a': text('a'),
        '/b': text('b'),
      });
      const fetcher = createFetcher(local(clock, { minDelayMs: 100 }));
      await fetcher.fetch(`${origin}/a`);
      await fetcher.fetch(`${origin}/b`);
      expect(clock.sleeps.filter((ms) => ms > 0)).toEqual([100, 5000]);
    });
  });

  it('spaces requests to one host by minDelayMs', async () => {
    const clock = new FakeClock();
    const arrivals: number[] = [];
    const stamp: Route = (_request, response) => {
      arrivals.push(clock.now());
      response.writeHead(200).end('ok');
    };
    const { origin } = await serve({ '/1': stamp, '/2': stamp, '/3': stamp });
    const fetcher = createFetcher(local(clock, { minDelayMs: 2000, respectRobots: false }));
    for (const path of ['/1', '/2', '/3']) await fetcher.fetch(origin + path);
    expect(arrivals.map((time) => time - arrivals[0]!)).toEqual([0, 2000, 4000]);
  });

  describe('retries', () => {
    /** Answers with `failures` in turn, then 200. */
    const flaky =
      (...failures: [number, Record<string, string>][]): Route =>
      (_request, response) => {
        const next = failures.shift();
        if (next === undefined) response.writeHead(200).end('finally');
        else response.writeHead(next[0], next[1]).end();
      };

    it('waits as Retry-After says, in seconds or as an HTTP date, on 503 and 429', async () => {
      const clock = new FakeClock();
      // The second answer comes 7 s later on the fake clock: its date asks for 3 s more.
      const inThreeSeconds = new Date(clock.now() + 7000 + 3000).toUTCString();
      const { origin, paths } = await serve({
        '/flaky': flaky([503, { 'retry-after': '7' }], [429, { 'retry-after': inThreeSeconds }]),
      });
      const result = await createFetcher(local(clock, { respectRobots: false })).fetch(`${origin}/flaky`);
      expect(result.body.toString()).toBe('finally');
      expect(clock.sleeps.filter((ms) => ms > 0)).toEqual([7000, 3000]);
      expect(paths()).toEqual(['/flaky', '/flaky', '/flaky']);
    });

    it('backs off exponentially without Retry-After, then gives up with the status', async () => {
      const clock = new FakeClock();
      const { origin, paths } = await serve({
        '/down': (_request, response) => response.writeHead(502).end(),
      });
      const error = await failure(
        createFetcher(local(clock, { respectRobots: false, maxRetries: 3 })).fetch(`${origin}/down`),
      );
      expect(error).toMatchObject({ reason: 'http-status', status: 502 });
      expect(clock.sleeps.filter((ms) => ms > 0)).toEqual([50, 100, 200]);
      expect(paths()).toHaveLength(4);
    });

    it('does not wait for a Retry-After beyond the cap', async () => {
      const { origin, paths } = await serve({ '/busy': flaky([429, { 'retry-after': '3600' }]) });
      const fetcher = createFetcher(
        local(new FakeClock(), { respectRobots: false, maxRetryAfterMs: 60_000 }),
      );
      const error = await failure(fetcher.fetch(`${origin}/busy`));
      expect(error).toMatchObject({ reason: 'http-status', status: 429 });
      expect(paths()).toHaveLength(1);
    });

    it('retries after a connection broken off, and never retries a 404', async () => {
      let first = true;
      const { origin, paths } = await serve({
        '/reset': (request, response) => {
          if (first) {
            first = false;
            request.socket.destroy();
          } else response.writeHead(200).end('recovered');
        },
      });
      const fetcher = createFetcher(local(new FakeClock(), { respectRobots: false }));
      expect((await fetcher.fetch(`${origin}/reset`)).body.toString()).toBe('recovered');
      const error = await failure(fetcher.fetch(`${origin}/missing`));
      expect(error).toMatchObject({ reason: 'http-status', status: 404 });
      expect(paths().filter((path) => path === '/missing')).toHaveLength(1);
    });
  });

  describe('response size cap', () => {
    it('refuses a body whose Content-Length exceeds the cap, naming the cap', async () => {
      const { origin } = await serve({ '/big': text('x'.repeat(2000)) });
      const error = await failure(
        createFetcher(local(new FakeClock(), { maxBytes: 1000 })).fetch(`${origin}/big`),
      );
      expect(error.reason).toBe('too-large');
      expect(error.message).toContain('cap of 1000 bytes');
    });

    it('aborts a streamed body once it passes the cap', async () => {
      const { origin } = await serve({
        '/stream': (_request, response) => {
          response.writeHead(200, { 'content-type': 'text/plain' });
          for (let i = 0; i < 10; i += 1) response.write('y'.repeat(500));
          response.end();
        },
      });
      const error = await failure(
        createFetcher(local(new FakeClock(), { maxBytes: 1200 })).fetch(`${origin}/stream`),
      );
      expect(error.reason).toBe('too-large');
    });

    it('returns a body at the cap whole', async () => {
      const { origin } = await serve({ '/fits': text('z'.repeat(1000)) });
      const result = await createFetcher(local(new FakeClock(), { maxBytes: 1000 })).fetch(`${origin}/fits`);
      expect(result.body.length).toBe(1000);
    });
  });

  describe('redirects', () => {
    /** /r/N redirects to /r/N-1 (relative Location); /r/0 answers. */
    const chain: Route = (request, response) => {
      const n = Number(request.url?.split('/').at(-1));
      if (n === 0) response.writeHead(200).end('end of chain');
      else response.writeHead(n % 2 === 0 ? 301 : 307, { location: `${n - 1}` }).end();
    };
    const routes = () => Object.fromEntries(Array.from({ length: 6 }, (_, n) => [`/r/${n}`, chain]));

    it('follows redirects up to the limit and reports the final URL', async () => {
      const { origin } = await serve(routes());
      const result = await createFetcher(local(new FakeClock(), { maxRedirects: 3 })).fetch(`${origin}/r/3`);
      expect(result.finalUrl).toBe(`${origin}/r/0`);
      expect(result.url).toBe(`${origin}/r/3`);
      expect(result.body.toString()).toBe('end of chain');
    });

    it('stops past the limit with too-many-redirects', async () => {
      const { origin, paths } = await serve(routes());
      const error = await failure(
        createFetcher(local(new FakeClock(), { maxRedirects: 3 })).fetch(`${origin}/r/5`),
      );
      expect(error.reason).toBe('too-many-redirects');
      expect(paths()).not.toContain('/r/1');
    });

    it('checks robots.txt again for the redirect target', async () => {
      const { origin, paths } = await serve({
        '/robots.txt': text('User-agent: *\nDisallow: /hidden\n'),
        '/moved': (_request, response) => response.writeHead(302, { location: '/hidden/page' }).end(),
        '/hidden/page': text('hidden'),
      });
      const error = await failure(createFetcher(local()).fetch(`${origin}/moved`));
      expect(error.reason).toBe('robots');
      expect(paths()).not.toContain('/hidden/page');
    });
  });

  describe('conditional requests', () => {
    const validated: Route = (request, response) => {
      const headers = { etag: '"v7"', 'last-modified': 'Wed, 31 Dec 2025 10:00:00 GMT' };
      if (
        request.headers['if-none-match'] === '"v7"' ||
        request.headers['if-modified-since'] === headers['last-modified']
      ) {
        response.writeHead(304, headers).end();
      } else response.writeHead(200, headers).end('fresh');
    };

    it('sends the validators it is given and reports 304 as notModified', async () => {
      const { origin, requests } = await serve({ '/feed': validated });
      const fetcher = createFetcher(local(new FakeClock(), { respectRobots: false }));
      const first = await fetcher.fetch(`${origin}/feed`);
      expect(first).toMatchObject({
        status: 200,
        notModified: false,
        etag: '"v7"',
        lastModified: 'Wed, 31 Dec 2025 10:00:00 GMT',
      });
      const byEtag = await fetcher.fetch(`${origin}/feed`, { etag: first.etag });
      expect(byEtag).toMatchObject({ status: 304, notModified: true, etag: '"v7"' });
      expect(byEtag.body.length).toBe(0);
      const byDate = await fetcher.fetch(`${origin}/feed`, { lastModified: first.lastModified });
      expect(byDate.notModified).toBe(true);
      expect(requests[1]?.headers['if-none-match']).toBe('"v7"');
      expect(requests[2]?.headers['if-modified-since']).toBe('Wed, 31 Dec 2025 10:00:00 GMT');
      expect(requests[0]?.headers['if-none-match']).toBeUndefined();
    });
  });

  describe('timeouts', () => {
    it('gives up when no response headers come in time', async () => {
      const { origin } = await serve({ '/silent': () => undefined });
      const fetcher = createFetcher(
        local(new FakeClock(), { respectRobots: false, maxRetries: 0, headersTimeoutMs: 100 }),
      );
      const error = await failure(fetcher.fetch(`${origin}/silent`));
      expect(error.reason).toBe('timeout');
      expect(error.message).toContain('response headers within 100 ms');
    });

    it('gives up when the body stalls past the total timeout, and retries a timeout first', async () => {
      const { origin, paths } = await serve({
        '/stall': (_request, response) => {
          response.writeHead(200);
          response.write('partial');
        },
      });
      const fetcher = createFetcher(
        local(new FakeClock(), { respectRobots: false, maxRetries: 1, totalTimeoutMs: 150 }),
      );
      const error = await failure(fetcher.fetch(`${origin}/stall`));
      expect(error.reason).toBe('timeout');
      expect(error.message).toContain('whole response within 150 ms');
      expect(paths()).toEqual(['/stall', '/stall']);
    });
  });
});
