/**
 * `onrecord ingest URL...` against a server on 127.0.0.1 that the test starts: pages and feeds are
 * fetched and stored, a loopback address is refused unless --allow-private is given, and a URL that fails
 * is kept with its reason while the others go on. Page and feed text is original and illustrative.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/index.js';
import { startServer, type LocalServer } from '../acquire/fetch/local-server.js';
import { runCli } from '../helpers/capture-cli.js';

const PAGE = `<!doctype html><html lang="en"><head><title>Ferry fares to rise - Coast Herald</title>
<meta property="og:site_name" content="Coast Herald"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry fares to rise</h1>
<p>Ferry fares on the island routes will rise by six per cent in March, the operator announced on Monday.</p>
<p>"Fuel has cost us more every quarter this year, and we cannot hold prices any longer," said Martha Lund, the operator's chief executive.</p>
<p>Island councillors said they would ask the ministry to cap the increase for residents.</p>
</article><footer>Contact us</footer></body></html>`;

const STORY = (
  title: string,
  speaker: string,
) => `<!doctype html><html lang="en"><head><title>${title}</title></head>
<body><article><h1>${title}</h1>
<p>The council of Holm met on Thursday to discuss the state of the harbour wall after the winter storms.</p>
<p>"The wall has held, but another winter like this one will break it," said ${speaker}, the council's engineer.</p>
<p>Repairs are expected to start in the summer if the budget allows.</p></article></body></html>`;

let server: LocalServer;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'onrecord-ingest-urls-'));
  server = await startServer((request, response) => {
    const origin = `http://127.0.0.1:${server.port}`;
    if (request.url === '/news/ferry-fares') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(PAGE);
    } else if (request.url === '/feed.xml') {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      response.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Holm Gazette</title>
<link>${origin}/</link><description>News</description>
<item><title>Harbour wall</title><link>${origin}/story/1</link><guid>story-1</guid></item>
<item><title>Harbour budget</title><link>${origin}/story/2</link><guid>story-2</guid></item>
</channel></rss>`);
    } else if (request.url === '/story/1') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(STORY('Harbour wall held this winter', 'Oliver Brenna'));
    } else if (request.url === '/story/2') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(STORY('Harbour budget under strain', 'Karen Viken'));
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('onrecord ingest URL', () => {
  it('refuses a loopback address by default, and says why', async () => {
    const db = join(root, 'refused.db');
    const run = await runCli(['ingest', `${server.origin}/news/ferry-fares`, '--db', db]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/forbidden-address|private|loopback/i);
    expect(server.paths()).not.toContain('/news/ferry-fares');
    const store = openSqliteStore(db, { mustExist: true });
    expect((await store.listFailures()).map((failure) => failure.reason)).toEqual(['forbidden-address']);
    await store.close();
  });

  it('with --allow-private, stores a page and every item of a feed, and keeps a missing page as a failure', async () => {
    const db = join(root, 'allowed.db');
    const run = await runCli([
      'ingest',
      `${server.origin}/news/ferry-fares`,
      `${server.origin}/feed.xml`,
      `${server.origin}/gone`,
      '--db',
      db,
      '--allow-private',
      '--host-delay',
      '0',
    ]);
    expect(run.stderr).toContain('ingested 4: 3 added');
    expect(run.code).toBe(1);
    const store = openSqliteStore(db, { mustExist: true });
    const articles = await store.listArticles();
    expect(articles.map((article) => article.url).sort()).toEqual([
      `${server.origin}/news/ferry-fares`,
      `${server.origin}/story/1`,
      `${server.origin}/story/2`,
    ]);
    const speakers = (await store.listAttributions()).map((stored) => stored.attribution.speaker?.name);
    expect(speakers).toEqual(expect.arrayContaining(['Martha Lund', 'Oliver Brenna', 'Karen Viken']));
    expect((await store.listFailures()).map((failure) => failure.reason)).toEqual(['http-status']);
    // The original page is kept byte for byte.
    const page = articles.find((article) => article.url?.endsWith('/news/ferry-fares'))!;
    expect(new TextDecoder().decode((await store.readDocument(page.id))!.bytes)).toBe(PAGE);
    await store.close();
  });
});
