/**
 * Untrusted text cannot run (issue 6): articles whose titles, quotations, speaker names, outlets, URLs and
 * file names carry script and markup payloads are stored, every page that shows them is visited in
 * Chromium, and no payload may run (no trap call, dialog, request to the trap URL, CSP violation or
 * injected element) while its text shows literally. The pages are visited twice: as served, and with the
 * Content-Security-Policy bypassed, so that escaping alone is shown to be enough. Every response, GET and
 * HEAD, pages, API, assets and errors alike, must carry the strict policy.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openSqliteStore, type Store } from '../../../src/store/index.js';
import { closeAll, describeWithChromium, launchChromium } from './chromium.js';
import { crawl, type Fetched } from './crawl.js';
import { cspProblems } from './csp.js';
import { pageState, watchPage } from './inspect-page.js';
import { PAYLOADS, payloadArticles, type PayloadArticle } from './payloads.js';
import { serveApp, UNSAFE_PATH, type ServedApp } from './serve-app.js';

/** A page to visit and the untrusted strings it must show as text. */
interface Visit {
  readonly path: string;
  readonly literals: readonly string[];
  /** What the search box must hold after the visit, when the query is reflected in it. */
  readonly searchBox?: string;
}

/** Where the API reference page may live; the test asks that one of them is an HTML page. */
const API_DOCS_CANDIDATES = ['/api/docs', '/api/reference', '/api', '/docs'];

/** Addresses no link leads to: errors of every kind, each of which must carry the headers too. */
const ERROR_PATHS = [
  '/no/such/page',
  `/no/such/${encodeURIComponent(PAYLOADS[0] ?? '')}`,
  '/people/999999',
  '/people/not-a-number',
  `/people/${encodeURIComponent(PAYLOADS[1] ?? '')}`,
  '/statements/999999',
  '/articles/999999',
  '/articles/-1',
  '/assets/no-such-file.css',
  '/api/no-such-route',
  '/api/people/999999',
  '/api/statements/not-a-number',
  '/api/articles/999999',
  '/api/search?limit=not-a-number',
  '/api/search?type=shouted',
  '/api/search?saidFrom=yesterday',
  '/search?said_from=yesterday&type=shouted',
  `/search?cursor=${encodeURIComponent(PAYLOADS[2] ?? '')}`,
];

const encode = encodeURIComponent;

/** How many pages found only by following links are visited in the browser (all are fetched for headers). */
const EXTRA_CRAWLED_PAGES = 24;

/** Tabs visiting pages at once (the machine has two cores; the server shares this process). */
const TABS = 3;

/** The write token of the test server: a user holding it sees the correction forms, names and notes. */
const WRITE_TOKEN = 'browser-test-token';

/**
 * Corrections are untrusted text too (who made them, their notes): every other article's first attribution
 * is marked wrong, the others' get an unnamed speaker, each by and with a payload.
 */
async function correctWithPayloads(store: Store, articleIds: readonly number[]): Promise<void> {
  for (const [index, articleId] of articleIds.entries()) {
    const first = (await store.getArticle(articleId))?.attributions.find(
      (row) => row.attribution.id === 'a1',
    );
    if (first === undefined) throw new Error(`article ${articleId} has no a1`);
    await store.correctAttribution({
      attributionId: first.id,
      kind: index % 2 === 0 ? 'wrong' : 'speaker',
      personId: null,
      by: PAYLOADS[(index + 2) % PAYLOADS.length] ?? '',
      note: PAYLOADS[(index + 9) % PAYLOADS.length] ?? '',
    });
  }
}

async function findDocsPage(origin: string): Promise<string | undefined> {
  for (const candidate of API_DOCS_CANDIDATES) {
    const response = await fetch(origin + candidate);
    const html = (response.headers.get('content-type') ?? '').startsWith('text/html');
    await response.arrayBuffer();
    if (response.ok && html) return candidate;
  }
  return undefined;
}

let folder: string;
let store: Store;
let served: ServedApp;
let browser: Browser;
let articles: PayloadArticle[];
let visits: Visit[];
let crawled: Fetched[];
let docsPath: string | undefined;

describeWithChromium('untrusted text cannot run', () => {
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'onrecord-untrusted-'));
    store = openSqliteStore(join(folder, 'payloads.db'));
    articles = payloadArticles();
    const outcomes = await store.ingestBatch(articles.map((article) => article.input));
    const articleIds = outcomes.map((outcome) => {
      if (outcome.status !== 'added')
        throw new Error(`payload article not stored: ${JSON.stringify(outcome)}`);
      return outcome.articleId;
    });
    await correctWithPayloads(store, articleIds);
    const people = new Map((await store.listPeople()).map((person) => [person.name, person.id]));
    const statements = await store.listStatements();
    const statementOf = (articleId: number, quotation: string): number | undefined =>
      statements.find((statement) =>
        statement.reports.some(
          (report) =>
            report.article.id === articleId &&
            report.attribution.content.map((part) => part.text).join(' ') === quotation,
        ),
      )?.id;
    // A few payloads raw (others would swallow them: a raw <style> runs to the end of the page).
    const unsafe = [23, 0, 1, 5, 3].map((index) => PAYLOADS[index] ?? '');
    const unsafePage = `<!doctype html><title>unsafe</title><p>${unsafe.join('</p><p>')}</p>`;
    [served, browser] = await Promise.all([
      serveApp(store, { unsafePage, writeToken: WRITE_TOKEN }),
      launchChromium(),
    ]);

    docsPath = await findDocsPage(served.origin);

    visits = [
      { path: '/', literals: [] },
      ...(docsPath === undefined ? [] : [{ path: docsPath, literals: [] }]),
    ];
    articles.forEach((article, index) => {
      const articleId = articleIds[index] ?? 0;
      const personId = people.get(article.speaker);
      const statementId = statementOf(articleId, article.quotation);
      if (personId === undefined) throw new Error(`speaker not stored by name: ${article.speaker}`);
      if (statementId === undefined) throw new Error(`no statement for: ${article.quotation}`);
      visits.push(
        {
          path: `/articles/${articleId}`,
          literals: [article.title, article.quotation, article.speaker, article.outlet],
        },
        { path: `/people/${personId}`, literals: [article.speaker, article.quotation] },
        { path: `/statements/${statementId}`, literals: [article.quotation, article.speaker] },
        {
          path: `/search?q=ledger${index}`,
          literals: [article.quotation, article.speaker],
          searchBox: `ledger${index}`,
        },
      );
      // Filters by outlet and speaker (echoed in the form), for every third article: for time.
      if (index % 3 === 0)
        visits.push(
          // A search form trims its fields, so an outlet that starts with a line separator is not found by
          // name: the page must still be safe, but only a trimmed outlet is expected to find its quotation.
          {
            path: `/search?outlet=${encode(article.outlet)}`,
            literals: article.outlet === article.outlet.trim() ? [article.quotation] : [],
          },
          { path: `/search?speaker=${encode(article.speaker)}`, literals: [article.quotation] },
        );
    });
    // The query itself is untrusted too: a search page shows it back.
    for (const payload of PAYLOADS)
      visits.push({ path: `/search?q=${encode(payload)}`, literals: [], searchBox: payload });
    for (const path of ERROR_PATHS.filter((path) => !path.startsWith('/api/')))
      visits.push({ path, literals: [] });

    crawled = await crawl(served.origin, ['/', ...visits.map((visit) => visit.path)], {
      limit: 400,
      searchLimit: 150,
    });
    // Pages only links lead to (facet and paging links, the API reference's links): a sample, for time.
    const planned = new Set(visits.map((visit) => visit.path));
    const linkedOnly = crawled.filter(
      (page) => page.contentType.startsWith('text/html') && !planned.has(page.path),
    );
    for (const page of linkedOnly.slice(0, EXTRA_CRAWLED_PAGES))
      visits.push({ path: page.path, literals: [] });
  });

  afterAll(async () => {
    // Each closed even when an earlier one (or beforeAll) failed.
    await closeAll([() => browser.close(), () => served.close(), () => store.close()]);
    rmSync(folder, { recursive: true, force: true });
  });

  it('stores every payload as it came (the test is only as good as its data)', async () => {
    expect(articles.length).toBeGreaterThanOrEqual(20);
    const stored = await store.listArticles();
    for (const article of articles) expect(stored.map((row) => row.title)).toContain(article.title);
    // Every payload is in some title, quotation, name and outlet.
    for (const payload of PAYLOADS) {
      for (const field of ['title', 'quotation', 'speaker', 'outlet'] as const)
        expect(
          articles.some((article) => article[field].includes(payload)),
          `${field}: ${payload}`,
        ).toBe(true);
    }
  });

  it('has an API reference page', () => {
    expect(docsPath, `none of ${API_DOCS_CANDIDATES.join(', ')} is an HTML page`).toBeDefined();
  });

  it('puts a strict Content-Security-Policy on every response, GET and HEAD', async () => {
    const paths = [...new Set([...crawled.map((page) => page.path), '/api/openapi.json', ...ERROR_PATHS])];
    const problems: string[] = [];
    const check = (method: string, path: string, response: Response): void => {
      for (const problem of cspProblems(response.headers.get('content-security-policy')))
        problems.push(`${method} ${path} (${response.status}): ${problem}`);
      if (response.headers.get('x-content-type-options') !== 'nosniff')
        problems.push(`${method} ${path} (${response.status}): no X-Content-Type-Options: nosniff`);
    };
    for (const path of paths)
      for (const method of ['GET', 'HEAD']) {
        const response = await fetch(served.origin + path, { method, redirect: 'manual' });
        await response.arrayBuffer();
        check(method, path, response);
      }
    // Writes refused for want of a token are responses too.
    const refused = await fetch(`${served.origin}/api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: PAYLOADS[0] }),
    });
    await refused.arrayBuffer();
    expect(refused.status).toBeGreaterThanOrEqual(400);
    check('POST', '/api/ingest', refused);
    expect(paths.length).toBeGreaterThan(150);
    expect(problems).toEqual([]);
  });

  /** Visits the pages in a few tabs of one context and lists what went wrong, page by page. */
  async function visitAll(
    options: { bypassCSP: boolean; writer?: boolean },
    plan: readonly Visit[],
  ): Promise<string[]> {
    const context = await browser.newContext({ bypassCSP: options.bypassCSP });
    // A writer holds the token (as the app's own form would store it) under a name that is a payload.
    if (options.writer === true)
      await context.addCookies([
        { name: 'onrecord_token', value: WRITE_TOKEN, url: served.origin },
        { name: 'onrecord_name', value: encode(PAYLOADS[1] ?? ''), url: served.origin },
      ]);
    const problems: string[] = [];
    const queue = [...plan];
    const tab = async (): Promise<void> => {
      const { page, signs } = await watchPage(context);
      for (let visit = queue.shift(); visit !== undefined; visit = queue.shift()) {
        const response = await page.goto(served.origin + visit.path, { waitUntil: 'load' });
        // Image errors, focus and toggle events fire just after load.
        await page.waitForTimeout(20);
        const state = await page.evaluate(pageState);
        const found = [...state.problems, ...signs.take()];
        for (const literal of visit.literals)
          if (!state.text.includes(literal)) found.push(`does not show ${JSON.stringify(literal)} literally`);
        if (visit.searchBox !== undefined && state.searchBox !== visit.searchBox)
          found.push(`search box holds ${JSON.stringify(state.searchBox)}, not the query`);
        if (response === null) found.push('no response');
        for (const problem of found) problems.push(`${visit.path}: ${problem}`);
      }
    };
    await Promise.all(Array.from({ length: TABS }, tab));
    await context.close();
    return problems;
  }

  it('notices a payload that runs (on a page that pastes them raw, not the app)', async () => {
    const problems = await visitAll({ bypassCSP: false }, [
      { path: UNSAFE_PATH, literals: [PAYLOADS[0] ?? ''] },
    ]);
    for (const sign of ['script ran', 'dialog opened', 'requested', 'onerror', '<iframe>', 'does not show'])
      expect(
        problems.some((problem) => problem.includes(sign)),
        sign,
      ).toBe(true);
    served.pwnedHits.length = 0;
  });

  it('runs no payload on any page, correction forms included, and shows each one as text (escaping alone: CSP bypassed)', async () => {
    expect(visits.length).toBeGreaterThan(150);
    // The writer does see the forms (the visits below cover them, not an empty page).
    const article = visits.find((visit) => visit.path.startsWith('/articles/'))?.path ?? '/';
    const asWriter = await fetch(served.origin + article, {
      headers: { cookie: `onrecord_token=${WRITE_TOKEN}; onrecord_name=${encode(PAYLOADS[1] ?? '')}` },
    });
    expect(await asWriter.text()).toMatch(/<form[^>]+action="\/attributions\/\d+\/corrections"/u);
    expect(await visitAll({ bypassCSP: true, writer: true }, visits)).toEqual([]);
    expect(served.pwnedHits).toEqual([]);
  });

  it('runs none with the policy as served, and the pages break no rule of it', async () => {
    // A sample of each kind of page: the first articles' pages, reflected queries, errors, linked pages.
    const sample = visits.filter((_, index) => index % 4 === 0);
    expect(await visitAll({ bypassCSP: false }, sample)).toEqual([]);
    expect(served.pwnedHits).toEqual([]);
  });
});
