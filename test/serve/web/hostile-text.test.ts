/**
 * Untrusted text cannot become markup: titles, outlets, names, quotations and URLs carrying script,
 * event-handler, `javascript:` and markup payloads show as text on every page and add no element,
 * attribute or link of their own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { articleSaying, freshStore, type TestStore } from './fixtures.js';
import { getPage, textsOf, webApp } from './page-client.js';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  "'><svg onload=alert(3)>",
  '</title><script>alert(4)</script>',
  '</script><script>alert(5)</script>',
  '<a href="javascript:alert(6)">click</a>',
  '<iframe src="javascript:alert(7)"></iframe>',
  '<style>body{display:none}</style>',
  '<!-- <script>alert(8)</script> -->',
  '`${alert(9)}`',
  '<body onload=alert(10)>',
  '&lt;script&gt;alert(11)&lt;/script&gt;',
] as const;

const HOSTILE_URLS = [
  'javascript:alert(12)',
  'data:text/html,<script>alert(13)</script>',
  ' JAVASCRIPT:alert(14)',
];

let testStore: TestStore;
let app: Hono;
let articleIds: number[];

beforeAll(async () => {
  testStore = freshStore();
  const outcomes = await testStore.store.ingestBatch(
    PAYLOADS.map((payload, index) =>
      articleSaying(
        {
          file: `hostile-${index}.txt`,
          title: `Title ${index} ${payload}`,
          outlet: `Outlet ${index} ${payload}`,
          url: HOSTILE_URLS[index % HOSTILE_URLS.length] ?? null,
          published: `2025-0${(index % 9) + 1}-01`,
        },
        `Speaker${index} ${payload}`,
        `Quote ${index} ${payload}`,
      ),
    ),
  );
  articleIds = outcomes.map((outcome) => (outcome.status === 'failed' ? -1 : outcome.articleId));
  app = webApp(testStore.store, 'a-write-token');
}, 60_000);

afterAll(async () => {
  await testStore.cleanup();
});

/** Every page a visitor could reach for the hostile record. */
async function hostilePages(): Promise<string[]> {
  const people = await testStore.store.listPeople();
  const statements = await testStore.store.listStatements();
  return [
    '/',
    '/search',
    '/search?q=alert',
    ...PAYLOADS.map(
      (payload) => `/search?q=${encodeURIComponent(payload)}&outlet=${encodeURIComponent(payload)}`,
    ),
    `/search?speaker=${encodeURIComponent(PAYLOADS[1])}&language=${encodeURIComponent(PAYLOADS[0])}`,
    ...people.map((person) => `/people/${person.id}`),
    ...statements.map((statement) => `/statements/${statement.id}`),
    ...articleIds.map((id) => `/articles/${id}`),
  ];
}

describe('hostile text', () => {
  it('is stored (the test tests something)', () => {
    expect(articleIds.every((id) => id > 0)).toBe(true);
    expect(new Set(articleIds).size).toBe(PAYLOADS.length);
  });

  it('adds no element, attribute or link to any page', async () => {
    const paths = await hostilePages();
    expect(paths.length).toBeGreaterThan(30);
    for (const path of paths) {
      const { status, document } = await getPage(app, path);
      expect([200, 400], path).toContain(status);
      expect(document.querySelectorAll('img, iframe, style, body body, a:not([href])').length, path).toBe(0);
      for (const svg of document.querySelectorAll('svg'))
        expect(svg.classList.contains('timeline-chart'), path).toBe(true);
      for (const script of document.querySelectorAll('script'))
        expect(
          script.getAttribute('src')?.startsWith('/assets/app.js?v=') === true ||
            script.getAttribute('type') === 'application/json',
          path,
        ).toBe(true);
      for (const element of document.querySelectorAll('*'))
        for (const attribute of element.getAttributeNames())
          expect(attribute.startsWith('on'), `${path}: ${element.tagName} ${attribute}`).toBe(false);
      for (const link of document.querySelectorAll('a[href], link[href], form[action]')) {
        const target = link.getAttribute('href') ?? link.getAttribute('action') ?? '';
        expect(target, path).toMatch(/^(\/(?![/\\])|#|https?:\/\/)/);
      }
    }
  });

  it('shows titles, outlets, names and quotations literally', async () => {
    for (const [index, payload] of PAYLOADS.entries()) {
      const { document } = await getPage(app, `/articles/${articleIds[index]!}`);
      const text = document.querySelector('main')?.textContent ?? '';
      for (const expected of [
        `Title ${index} ${payload}`,
        `Outlet ${index} ${payload}`,
        `Speaker${index} ${payload}`,
        `Quote ${index} ${payload}`,
      ])
        expect(text, expected).toContain(expected);
      expect(document.querySelector('title')?.textContent).toBe(`Title ${index} ${payload} · onrecord`);
      expect(document.querySelector('a.original')).toBeNull();
    }
  });

  it('shows names, aliases and roles literally on person pages', async () => {
    const people = await testStore.store.listPeople();
    for (const [index, payload] of PAYLOADS.entries()) {
      const person = people.find((candidate) => candidate.name === `Speaker${index} ${payload}`);
      expect(person, payload).toBeDefined();
      const { document } = await getPage(app, `/people/${person!.id}`);
      expect(document.querySelector('h1')?.textContent).toBe(`Speaker${index} ${payload}`);
      expect(textsOf(document, '.aliases li')).toContain(
        `Speaker${index} ${payload} (alias)`.replace(/\s+/g, ' ').trim(),
      );
      expect(document.querySelector('.roles .role-text')?.textContent).toBe(`Speaker${index} ${payload}`);
    }
  });

  it('keeps the chart data inert: no `<` inside the JSON block', async () => {
    const people = await testStore.store.listPeople();
    let charts = 0;
    for (const person of people) {
      const { body } = await getPage(app, `/people/${person.id}`);
      const json = /<script type="application\/json" id="timeline-data">([^]*?)<\/script>/.exec(body)?.[1];
      if (json === undefined) continue;
      charts += 1;
      expect(json).not.toContain('<');
      expect(JSON.stringify(JSON.parse(json))).toMatch(/Outlet \d+/);
    }
    expect(charts).toBeGreaterThan(0);
  });
});
