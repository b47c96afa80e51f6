import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFetcher,
  type FetcherOptions,
  type Resolver,
  systemResolver,
} from '../../../src/acquire/fetch/index.js';
import { FetchError } from '../../../src/errors.js';
import { FakeClock } from './fake-clock.js';
import { type LocalServer, startServer } from './local-server.js';

/** A resolver from a fixed table, counting its calls, so that the tests need no DNS. */
function tableResolver(table: Record<string, string[]>): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = (hostname: string) => {
    calls.push(hostname);
    const addresses = table[hostname];
    if (addresses === undefined) return Promise.reject(new Error(`ENOTFOUND ${hostname}`));
    return Promise.resolve(
      addresses.map((address) => ({ address, family: address.includes(':') ? (6 as const) : (4 as const) })),
    );
  };
  return Object.assign(resolve, { calls });
}

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('request forgery: refused without allowPrivate', () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startServer((request, response) => {
      if (request.url === '/to-loopback') {
        response.writeHead(302, { location: `http://127.0.0.1:${server.port}/secret` });
      } else if (request.url === '/to-internal-name') {
        response.writeHead(301, { location: `http://internal.example:${server.port}/secret` });
      } else if (request.url === '/to-mapped') {
        response.writeHead(307, { location: `http://[::ffff:127.0.0.1]:${server.port}/secret` });
      } else if (request.url === '/to-same-host') {
        response.writeHead(302, { location: '/page' });
      } else {
        response.writeHead(200, { 'content-type': 'text/plain' });
      }
      response.end(request.url === '/robots.txt' ? '' : 'ok');
    });
  });
  afterAll(() => server.close());

  const options = (extra: FetcherOptions = {}): FetcherOptions => ({
    clock: new FakeClock(),
    minDelayMs: 0,
    maxRetries: 0,
    headersTimeoutMs: 2000,
    resolve: tableResolver({}),
    ...extra,
  });

  it.each([
    '127.0.0.1',
    '2130706433',
    '0x7f000001',
    '0177.0.0.1',
    '0x7f.1',
    '127.1',
    '127.000.000.001',
    '0',
    '0.0.0.0',
    '[::1]',
    '[::]',
    '[::ffff:127.0.0.1]',
    '[::ffff:7f00:1]',
    '[0:0:0:0:0:ffff:127.0.0.1]',
    '[::127.0.0.1]',
    '[64:ff9b::127.0.0.1]',
    '10.0.0.1',
    '172.16.5.4',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '198.18.0.1',
    '192.0.2.1',
    '224.0.0.1',
    '255.255.255.255',
    '[fe80::1]',
    '[fc00::1]',
    '[fd00::1]',
    '[ff02::1]',
  ])('refuses the literal host %s before connecting', async (host) => {
    const before = server.requests.length;
    const error = await failure(createFetcher(options()).fetch(`http://${host}:${server.port}/secret`));
    expect(error.reason).toBe('forbidden-address');
    expect(error.message).toContain('--allow-private');
    expect(server.requests.length).toBe(before);
  });

  it('refuses a name that resolves to 127.0.0.1, naming the name and the address', async () => {
    const resolve = tableResolver({ 'localhost.example': ['127.0.0.1'] });
    const error = await failure(
      createFetcher(options({ resolve })).fetch(`http://localhost.example:${server.port}/`),
    );
    expect(error.reason).toBe('forbidden-address');
    expect(error.message).toContain('localhost.example resolves to 127.0.0.1, a loopback address');
  });

  it('refuses localhost through the system resolver (the default resolver)', async () => {
    const error = await failure(
      createFetcher({ ...options(), resolve: systemResolver }).fetch(
        `http://localhost:${server.port}/secret`,
      ),
    );
    expect(error.reason).toBe('forbidden-address');
    expect(error.message).toMatch(/localhost resolves to (127\.0\.0\.1|::1), a loopback address/);
  });

  it('refuses a public-looking name when any one of its addresses is private', async () => {
    const resolve = tableResolver({ 'news.example': ['93.184.216.34', '10.0.0.7'] });
    const error = await failure(createFetcher(options({ resolve })).fetch('https://news.example/story'));
    expect(error.reason).toBe('forbidden-address');
    expect(error.message).toContain('10.0.0.7');
  });

  it.each(['::1', '::ffff:192.168.0.1', 'fd00::5', '64:ff9b::a00:1'])(
    'refuses a name that resolves to the IPv6 address %s',
    async (address) => {
      const resolve = tableResolver({ 'v6.example': [address] });
      const error = await failure(createFetcher(options({ resolve })).fetch('http://v6.example/'));
      expect(error.reason).toBe('forbidden-address');
    },
  );

  describe('redirects, each hop checked again', () => {
    // news.example stands for a public host: the policy lets its (local) address through, and no other.
    const resolve = () => tableResolver({ 'news.example': ['127.0.0.1'], 'internal.example': ['127.0.0.1'] });
    const redirecting = () => options({ resolve: resolve(), allowPrivateHosts: ['news.example'] });

    it('connects to the checked address of an allowed host (the name has no real DNS)', async () => {
      const settings = redirecting();
      const result = await createFetcher(settings).fetch(`http://news.example:${server.port}/to-same-host`);
      expect(result.status).toBe(200);
      expect(result.finalUrl).toBe(`http://news.example:${server.port}/page`);
      expect(server.requests.at(-1)?.headers.host).toBe(`news.example:${server.port}`);
    });

    it.each(['/to-loopback', '/to-internal-name', '/to-mapped'])(
      'refuses a redirect from an allowed host to a private address (%s)',
      async (path) => {
        const before = server.paths().length;
        const error = await failure(
          createFetcher(redirecting()).fetch(`http://news.example:${server.port}${path}`),
        );
        expect(error.reason).toBe('forbidden-address');
        expect(server.paths().slice(before)).not.toContain('/secret');
        expect(server.paths().slice(before)).toContain(path);
      },
    );

    it('resolves each hop once and connects to what it checked', async () => {
      const table = tableResolver({ 'news.example': ['127.0.0.1'] });
      const fetcher = createFetcher(
        options({ resolve: table, allowPrivateHosts: ['news.example'], respectRobots: false }),
      );
      await fetcher.fetch(`http://news.example:${server.port}/to-same-host`);
      expect(table.calls).toEqual(['news.example', 'news.example']);
    });
  });

  it('lets private addresses through with allowPrivate', async () => {
    const result = await createFetcher(options({ allowPrivate: true })).fetch(
      `http://127.1:${server.port}/page`,
    );
    expect(result.status).toBe(200);
    expect(result.body.toString()).toBe('ok');
  });

  it.each([
    'file:///etc/passwd',
    'ftp://example.com/file',
    'gopher://127.0.0.1/',
    'javascript:alert(1)',
    'not a url',
    '//example.com/',
  ])('refuses %s as a bad URL', async (url) => {
    const error = await failure(createFetcher(options({ allowPrivate: true })).fetch(url));
    expect(error.reason).toBe('bad-url');
  });

  it('reports a name that does not resolve as a dns failure', async () => {
    const error = await failure(createFetcher(options()).fetch('http://nowhere.example/'));
    expect(error.reason).toBe('dns');
    expect(error.message).toContain('nowhere.example');
  });

  it('reports every URL of a batch, never throwing', async () => {
    const resolve = tableResolver({ 'news.example': ['127.0.0.1'] });
    const fetcher = createFetcher(options({ resolve, allowPrivateHosts: ['news.example'] }));
    const outcomes = await fetcher.fetchAll([
      `http://news.example:${server.port}/page`,
      'no url at all',
      `http://127.0.0.1:${server.port}/secret`,
    ]);
    expect(outcomes.map((outcome) => (outcome.ok ? outcome.result.status : outcome.error.reason))).toEqual([
      200,
      'bad-url',
      'forbidden-address',
    ]);
  });
});
