import { spawn } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/index.js';
import type { LocalServer } from '../acquire/fetch/local-server.js';
import {
  conditionalHeaders,
  failingFirst,
  feedRoute,
  htmlRoute,
  serveRoutes,
} from '../acquire/feed/feed-server.js';
import {
  ARTICLE_HTML,
  articlePage,
  atom,
  OTHER_ARTICLES,
  paragraphsHtml,
  rdf,
  rss2,
  TEASER_HTML,
} from '../acquire/feed/fixtures.js';
import { runCli } from '../helpers/capture-cli.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const directory = mkdtempSync(join(tmpdir(), 'onrecord-watch-'));
let databases = 0;
let server: LocalServer | undefined;
const freshDatabase = () => join(directory, `watch-${(databases += 1)}.db`);

afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

/** `watch --once` against the local server, without waits between requests. */
const watchOnce = (db: string, ...args: string[]) =>
  runCli(['watch', ...args, '--once', '--allow-private', '--host-delay', '0', '--db', db]);

async function storedUrls(db: string): Promise<(string | null)[]> {
  const store = openSqliteStore(db, { mustExist: true });
  try {
    return (await store.listArticles()).map((article) => article.url).sort();
  } finally {
    await store.close();
  }
}

/** Three feeds, one of each kind; the RSS one has a full-text item and a link-only one. */
async function serveThreeFeeds(): Promise<{ server: LocalServer; feeds: string[] }> {
  const started = await serveRoutes({
    '/rss': feedRoute(() => ({
      etag: '"r1"',
      body: rss2([
        { id: 'r-1', title: 'Harbour wall to be rebuilt', link: '/news/wall', content: ARTICLE_HTML },
        { id: 'r-2', title: 'Ferry timetable changes', link: '/news/ferry', summary: TEASER_HTML },
      ]),
    })),
    '/news/ferry': htmlRoute(articlePage('Ferry timetable changes', OTHER_ARTICLES[0])),
    '/atom': feedRoute(() => ({
      lastModified: 'Wed, 10 Jun 2026 09:00:00 GMT',
      contentType: 'application/atom+xml',
      body: atom([
        {
          id: 'tag:a,2026:1',
          title: 'Quay repairs begin',
          link: '/atom/quay',
          content: paragraphsHtml(OTHER_ARTICLES[1]!),
        },
      ]),
    })),
    '/rdf': feedRoute(() => ({
      etag: '"d1"',
      body: rdf([
        {
          title: 'Storm warning lifted',
          link: 'https://coast.example/storm',
          content: paragraphsHtml(OTHER_ARTICLES[2]!),
        },
      ]),
    })),
  });
  server = started;
  return { server: started, feeds: ['/rss', '/atom', '/rdf'].map((path) => `${started.origin}${path}`) };
}

describe('onrecord watch', () => {
  it('ingests RSS, Atom and RDF feeds once, then finds them not modified and ingests nothing', async () => {
    const { server, feeds } = await serveThreeFeeds();
    const db = freshDatabase();
    const first = await watchOnce(db, ...feeds);
    expect(first.stderr).toBe(
      'round 1: 3 feeds (3 changed, 0 not modified, 0 failed); 4 new items: 4 added, 0 replaced, 0 unchanged, 0 duplicate, 0 failed; done\n',
    );
    expect(first.code).toBe(0);
    expect(await storedUrls(db)).toEqual([
      `${server.origin}/atom/quay`,
      `${server.origin}/news/ferry`,
      `${server.origin}/news/wall`,
      'https://coast.example/storm',
    ]);

    const second = await watchOnce(db, ...feeds);
    expect(second.stderr).toBe(
      'round 1: 3 feeds (0 changed, 3 not modified, 0 failed); no new items; done\n',
    );
    expect(second.code).toBe(0);
    expect(conditionalHeaders(server, '/rss').at(-1)).toEqual({ ifNoneMatch: '"r1"', ifModifiedSince: null });
    expect(conditionalHeaders(server, '/atom').at(-1)).toEqual({
      ifNoneMatch: null,
      ifModifiedSince: 'Wed, 10 Jun 2026 09:00:00 GMT',
    });
    // The article page was fetched once: the second round never looked at the items.
    expect(server.paths().filter((path) => path === '/news/ferry')).toHaveLength(1);
  });

  it('reports a broken feed on its own line, ingests the good one, and exits 1', async () => {
    server = await serveRoutes({
      '/broken': feedRoute(() => ({
        body: '<html><body>Maintenance</body></html>',
        contentType: 'text/html',
      })),
      '/good': feedRoute(() => ({
        body: rss2([{ id: 'g', link: 'https://courier.example/g', content: ARTICLE_HTML }]),
      })),
    });
    const run = await watchOnce(freshDatabase(), `${server.origin}/broken`, `${server.origin}/good`);
    expect(run.stderr.split('\n')).toEqual([
      `onrecord watch: ${server.origin}/broken: not an RSS, Atom or RDF feed (The XML document could not be parsed as a feed)`,
      'round 1: 2 feeds (1 changed, 0 not modified, 1 failed); 1 new item: 1 added, 0 replaced, 0 unchanged, 0 duplicate, 0 failed; done',
      '',
    ]);
    expect(run.code).toBe(1);
  });

  it('retries a feed that answers 503 first, and reports a failed article page with exit 1', async () => {
    server = await serveRoutes({
      '/feed': failingFirst(
        1,
        503,
        feedRoute(() => ({
          body: rss2([
            { id: 'ok', link: '/page', summary: TEASER_HTML },
            { id: 'missing', link: '/missing', summary: TEASER_HTML },
          ]),
        })),
      ),
      '/page': htmlRoute(articlePage('Ferry timetable changes')),
    });
    const db = freshDatabase();
    const run = await watchOnce(db, `${server.origin}/feed`);
    expect(run.stderr).toContain(
      `onrecord watch: ${server.origin}/missing: ${server.origin}/missing answered status 404\n`,
    );
    expect(run.stderr).toContain(
      'round 1: 1 feed (1 changed, 0 not modified, 0 failed); 2 new items: 1 added, 0 replaced, 0 unchanged, 0 duplicate, 1 failed (1 http-status); done\n',
    );
    expect(run.code).toBe(1);
    // The failed item was recorded and marked seen: the next round does not fetch it again.
    await watchOnce(db, `${server.origin}/feed`);
    expect(server.paths().filter((path) => path === '/missing')).toHaveLength(1);
  });

  it('refuses a loopback feed without --allow-private', async () => {
    server = await serveRoutes({ '/feed': feedRoute(() => ({ body: rss2([]) })) });
    const run = await runCli(['watch', `${server.origin}/feed`, '--once', '--db', freshDatabase()]);
    expect(run.stderr).toMatch(/^onrecord watch: http:\/\/127\.0\.0\.1:\d+\/feed: .*127\.0\.0\.1.*\n/);
    expect(run.stderr).toContain('(0 changed, 0 not modified, 1 failed)');
    expect(run.code).toBe(1);
  });

  it('refuses bad intervals, URLs and counts with exit 2, before touching the database', async () => {
    const db = freshDatabase();
    const cases: [string[], string][] = [
      [['--every', '5s'], 'onrecord: --every 5s is too often; poll a feed at most every 30s\n'],
      [['--every', 'soon'], 'onrecord: --every needs a duration such as 30s, 10m or 1h, not "soon"\n'],
      [['--max-items', '0'], 'onrecord: --max-items needs a whole number of at least 1, not "0"\n'],
      [
        ['--host-delay', 'slowly'],
        'onrecord: --host-delay needs a duration such as 0, 500ms or 2s, not "slowly"\n',
      ],
      [['--max-bytes', 'lots'], 'onrecord: not a size: "lots" (try 5MB or 200KB)\n'],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(['watch', 'https://courier.example/feed', ...args, '--db', db]);
      expect(run).toEqual({ code: 2, stdout: '', stderr: message });
    }
    const scheme = await runCli(['watch', 'file:///etc/passwd', '--db', db]);
    expect(scheme.code).toBe(2);
    expect(scheme.stderr).toBe(
      'onrecord: not a feed URL: file:///etc/passwd: scheme file: refused; only http and https are fetched\n',
    );
  });

  it('describes its options in --help', async () => {
    const run = await runCli(['watch', '--help']);
    expect(run.code).toBe(0);
    for (const option of [
      '--every <duration>',
      '--once',
      '--db <FILE|URL>',
      '--allow-private',
      '--max-items <n>',
      '--host-delay <duration>',
      '--max-bytes <size>',
      '--threads <n>',
    ])
      expect(run.stdout).toContain(option);
    expect(run.stdout).toContain('conditional');
  });

  it(
    'stops on SIGTERM without taking another item, closes the store, and exits 0',
    { timeout: 20_000 },
    async () => {
      const { feed, firstPage } = await serveSlowFeed();
      const db = freshDatabase();
      const watching = spawnWatch([feed, '--every', '30s', '--db', db]);
      await firstPage;
      watching.child.kill('SIGTERM');
      const { code, stderr } = await watching.exited;
      expect(code).toBe(0);
      expect(stderr).toBe(
        'onrecord watch: stopping after the current document (again to quit at once)\n' +
          'round 1: 1 feed (1 changed, 0 not modified, 0 failed); no new items; stopped\n',
      );
      // Nothing was marked seen and no validators kept: the next run takes all three.
      const next = await watchOnce(db, feed);
      expect(next.stderr).toBe(
        'round 1: 1 feed (1 changed, 0 not modified, 0 failed); 3 new items: 3 added, 0 replaced, 0 unchanged, 0 duplicate, 0 failed; done\n',
      );
    },
  );

  it('exits 130 when a --once poll is interrupted by SIGINT', { timeout: 20_000 }, async () => {
    const { feed, firstPage } = await serveSlowFeed();
    const watching = spawnWatch([feed, '--once', '--db', freshDatabase()]);
    await firstPage;
    watching.child.kill('SIGINT');
    const { code, stderr } = await watching.exited;
    expect(code).toBe(130);
    expect(stderr).toMatch(/; no new items; stopped\n$/);
  });
});

/** A feed of three link-only items whose pages take 300 ms each; `firstPage` resolves when one is asked for. */
async function serveSlowFeed(): Promise<{ feed: string; firstPage: Promise<void> }> {
  let pageRequested: () => void = () => undefined;
  const firstPage = new Promise<void>((resolve) => (pageRequested = resolve));
  const names = ['a', 'b', 'c'];
  server = await serveRoutes({
    '/feed': feedRoute(() => ({
      etag: '"s"',
      body: rss2(names.map((name) => ({ id: name, link: `/slow/${name}`, summary: TEASER_HTML }))),
    })),
    ...Object.fromEntries(
      names.map((name, index) => [
        `/slow/${name}`,
        (_request: IncomingMessage, response: ServerResponse) => {
          pageRequested();
          const page = articlePage(name, OTHER_ARTICLES[index]);
          setTimeout(() => response.writeHead(200, { 'content-type': 'text/html' }).end(page), 300);
        },
      ]),
    ),
  });
  return { feed: `${server.origin}/feed`, firstPage };
}

/** `onrecord watch` from the TypeScript sources as a process of its own, so that it can be sent a signal. */
function spawnWatch(args: readonly string[]) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      "const { main } = await import('./src/cli/main.ts'); process.exitCode = await main(process.argv);",
      '--',
      'onrecord',
      'watch',
      ...args,
      '--allow-private',
      '--host-delay',
      '0',
    ],
    { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; stderr: string }>((done) =>
    child.on('close', (code) => {
      done({ code, stderr });
    }),
  );
  return { child, exited };
}
