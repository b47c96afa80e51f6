/** Every page rendered from the demo's sample articles, as the pipeline extracts them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { StoredPerson, StoredStatement } from '../../../src/store/index.js';
import { freshStore, sampleInputs, type TestStore } from './fixtures.js';
import { getPage, textsOf, webApp } from './page-client.js';

let testStore: TestStore;
let app: Hono;
let strand: StoredPerson;
let summers: StoredStatement;

beforeAll(async () => {
  testStore = freshStore();
  await testStore.store.ingestBatch(sampleInputs());
  app = webApp(testStore.store);
  [strand] = (await testStore.store.findPeople('Pavel Strand')) as [StoredPerson];
  const statements = await testStore.store.listStatements({ personId: strand.id });
  summers = statements.find((s) => s.reports.length > 5 && s.variants.some((v) => v.altered))!;
}, 60_000);

afterAll(async () => {
  await testStore.cleanup();
});

const quotationOf = (statement: StoredStatement): string =>
  statement.firstSeen.attribution.content.map((fragment) => fragment.text).join(' … ');

describe('the home page', () => {
  it('has a search box, recent statements with their speakers, and the people quoted most', async () => {
    const { status, document } = await getPage(app, '/');
    expect(status).toBe(200);
    expect(document.querySelector('form[action="/search"] input[name="q"]')).not.toBeNull();
    expect(document.querySelectorAll('#main .hits .hit').length).toBe(10);
    expect(document.querySelector('.hit a.speaker')?.getAttribute('href')).toMatch(/^\/people\/\d+$/);
    const people = textsOf(document, '.people-list a');
    expect(people).toContain('Pavel Strand');
    expect(document.querySelector(`.people-list a[href="/people/${strand.id}"]`)).not.toBeNull();
  });

  it('has landmarks, a skip link, and labels on its inputs', async () => {
    const { document } = await getPage(app, '/');
    expect(document.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    expect(document.querySelector('main#main')).not.toBeNull();
    expect(document.querySelector('header nav')).not.toBeNull();
    for (const input of document.querySelectorAll('input:not([type="hidden"]), select'))
      expect(document.querySelector(`label[for="${input.id}"]`), input.id).not.toBeNull();
  });
});

describe('the search page', () => {
  it('finds statements by their words, with the quotation, speaker link, date, outlet and reports', async () => {
    const { status, document } = await getPage(app, '/search?q=five+summers');
    expect(status).toBe(200);
    const hits = [...document.querySelectorAll('.hit')];
    expect(hits.length).toBeGreaterThan(0);
    const byStrand = hits.find((hit) => hit.querySelector('a.speaker')?.textContent === 'Pavel Strand')!;
    expect(byStrand.querySelector('.quotation')?.textContent).toMatch(/five summers/i);
    expect(byStrand.querySelector('a.speaker')?.getAttribute('href')).toBe(`/people/${strand.id}`);
    expect(byStrand.querySelector('.said-at time')?.textContent).toMatch(/^\d{4}/);
    expect(byStrand.querySelector('.outlet a')?.getAttribute('href')).toMatch(/^\/articles\/\d+#attr-a\d+$/);
    expect(byStrand.querySelector('.reports a')?.getAttribute('href')).toMatch(/^\/statements\/\d+$/);
  });

  it('filters with a GET form and offers facets as links', async () => {
    const { document } = await getPage(app, `/search?person=${strand.id}`);
    expect(textsOf(document, '.hit a.speaker').every((name) => name === 'Pavel Strand')).toBe(true);
    const facetLinks = [...document.querySelectorAll('.facet a')].map((a) => a.getAttribute('href') ?? '');
    expect(facetLinks.some((href) => href.includes('outlet='))).toBe(true);
    expect(facetLinks.some((href) => /said_from=\d{4}-\d{2}-01&said_to=\d{4}-\d{2}-\d{2}/.test(href))).toBe(
      true,
    );
    expect(document.querySelector('.active-filters')?.textContent).toContain('Pavel Strand');
    const outletLink = facetLinks.find((href) => href.includes('outlet='))!;
    const outlet = new URLSearchParams(outletLink.split('?')[1]).get('outlet')!;
    const filtered = await getPage(app, outletLink);
    expect(filtered.status).toBe(200);
    expect(textsOf(filtered.document, '.hit .outlet a').every((text) => text === outlet)).toBe(true);
    expect(filtered.document.querySelector<HTMLInputElement>('#f-outlet')?.getAttribute('value')).toBe(
      outlet,
    );
  });

  it('pages with a cursor: Next leads to different statements', async () => {
    const first = await getPage(app, '/search');
    const next = first.document.querySelector('a[rel="next"]')?.getAttribute('href');
    expect(next).toMatch(/cursor=/);
    const second = await getPage(app, next!);
    expect(second.status).toBe(200);
    const firstLinks = new Set(
      [...first.document.querySelectorAll('.hit .outlet a')].map((a) => a.getAttribute('href')),
    );
    const secondLinks = [...second.document.querySelectorAll('.hit .outlet a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(secondLinks.length).toBeGreaterThan(0);
    expect(secondLinks.some((href) => firstLinks.has(href))).toBe(false);
    expect(second.document.querySelector('.pager a:not([rel])')?.getAttribute('href')).toBe('/search');
  });

  it('takes any words, quotes and operators as plain words', async () => {
    for (const q of ['"unbalanced', 'AND OR NOT *', 'levy)', 'NEAR(a b)', '^levy', "don't"]) {
      const { status } = await getPage(app, `/search?q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
    }
  });

  it('says when nothing matches', async () => {
    const { status, document } = await getPage(app, '/search?q=zeppelinfahrt');
    expect(status).toBe(200);
    expect(document.querySelector('.empty')?.textContent).toBe('No statements match “zeppelinfahrt”.');
  });

  it('reports a bad filter instead of guessing, and keeps what was typed', async () => {
    const { status, document } = await getPage(app, '/search?q=levy&said_from=yesterday&type=shouted');
    expect(status).toBe(400);
    const errors = textsOf(document, '.errors li');
    expect(errors).toEqual([
      'Type must be direct, mixed or indirect',
      'Said from must be a date as YYYY-MM-DD',
    ]);
    expect(document.querySelector('#f-said_from')?.getAttribute('value')).toBe('yesterday');
  });

  it('treats a forged cursor as a bad request, not a failure', async () => {
    const { status, document } = await getPage(app, '/search?cursor=not-a-cursor');
    expect(status).toBe(400);
    expect(textsOf(document, '.errors li')[0]).toMatch(/^Page: .*cursor/);
  });
});

describe('the person page', () => {
  it('shows name, aliases, roles, a timeline chart and the statements', async () => {
    const { status, document, body } = await getPage(app, `/people/${strand.id}`);
    expect(status).toBe(200);
    expect(document.querySelector('h1')?.textContent).toBe('Pavel Strand');
    expect(textsOf(document, '.aliases li').length).toBe(strand.aliases.length);
    // One line per role, however many articles name it.
    const lines = textsOf(document, '.roles .role-text').map((text) => text.toLowerCase());
    expect(new Set(lines).size).toBe(lines.length);
    expect(new Set(lines)).toEqual(new Set(strand.roles.map((role) => role.text.toLowerCase())));
    expect(textsOf(document, '.roles .role-dates')[0]).toMatch(/^\d{4}-\d{2}-\d{2}( to \d{4}-\d{2}-\d{2})?$/);
    expect(textsOf(document, '.roles .role-time')[0]).toMatch(/current|former|at the time/);
    const bars = document.querySelectorAll('svg.timeline-chart rect.bar');
    expect(bars.length).toBeGreaterThan(0);
    const charted = [...bars].reduce((sum, bar) => sum + Number(bar.getAttribute('data-count')), 0);
    expect(charted).toBeGreaterThan(0);
    const data = document.getElementById('timeline-data');
    expect(data?.getAttribute('type')).toBe('application/json');
    expect(JSON.parse(data?.textContent ?? '')).toHaveProperty('months');
    const detail = await testStore.store.getPerson(strand.id);
    expect(document.querySelectorAll('.statements .statement-item').length).toBe(detail?.statements.length);
    expect(document.querySelector(`.statements a[href="/statements/${summers.id}"]`)?.textContent).toBe(
      quotationOf(summers),
    );
    expect(body).not.toMatch(/\sstyle=|\son[a-z]+=/);
  });

  it('says when there is no such person', async () => {
    const { status, document } = await getPage(app, '/people/987654');
    expect(status).toBe(404);
    expect(document.querySelector('h1')?.textContent).toBe('No such person');
  });
});

describe('the statement page', () => {
  it('shows the quotation, who said it, when, and every report with its outlet, date and article', async () => {
    const { status, document } = await getPage(app, `/statements/${summers.id}`);
    expect(status).toBe(200);
    expect(document.querySelector('.quotation.big')?.textContent).toBe(quotationOf(summers));
    expect(document.querySelector('.facts a.speaker')?.getAttribute('href')).toBe(`/people/${strand.id}`);
    expect(document.querySelector('.facts time')?.textContent).toBe(summers.saidAt);
    const rows = document.querySelectorAll('.reports-table tbody tr');
    expect(rows.length).toBe(summers.reports.length);
    summers.reports.forEach((report, index) => {
      const row = rows[index]!;
      expect(row.querySelector('td')?.textContent).toBe(report.article.outlet);
      expect(row.querySelector('a')?.getAttribute('href')).toBe(
        `/articles/${report.article.id}#attr-${report.attribution.id}`,
      );
    });
  });

  it('highlights wording differences and flags altered wordings', async () => {
    const { document } = await getPage(app, `/statements/${summers.id}`);
    const altered = summers.variants.find((variant) => variant.altered)!;
    const item = [...document.querySelectorAll('.variants li.altered')][0]!;
    expect(item.querySelector('.flag-altered')?.textContent).toBe('meaning changed');
    expect(item.querySelector('.diff')?.textContent).toBe(altered.diff.map((part) => part.text).join(' '));
    expect(textsOf(item, 'ins')).toEqual(altered.diff.filter((p) => p.op === 'added').map((p) => p.text));
    expect(textsOf(item, 'del')).toEqual(altered.diff.filter((p) => p.op === 'removed').map((p) => p.text));
    expect(document.querySelectorAll('.reports-table tr.altered').length).toBe(
      summers.reports.filter((r) => r.altered).length,
    );
  });

  it('names through whom the words came, when they were reported within another account', async () => {
    const all = await testStore.store.listStatements();
    const relayed = all.find((statement) => statement.firstSeen.attribution.via !== null);
    expect(relayed).toBeDefined();
    const { document } = await getPage(app, `/statements/${relayed!.id}`);
    const chain = document.querySelector('.via-chain li');
    expect(chain).not.toBeNull();
    expect(chain?.querySelector('a[href^="/articles/"]')?.getAttribute('href')).toContain(
      `#attr-${relayed!.firstSeen.attribution.via!}`,
    );
    const article = await testStore.store.getArticle(relayed!.firstSeen.article.id);
    const outer = article!.attributions.find((a) => a.attribution.id === relayed!.firstSeen.attribution.via)!;
    const outerName = outer.person?.name ?? outer.attribution.source?.text;
    expect(textsOf(chain!, '.speaker')[0]).toBe(outerName);
    expect(textsOf(document, '.reports-table .via-note')[0]).toBe(`through ${outerName!}`);
  });

  it('says when there is no such statement', async () => {
    const { status, document } = await getPage(app, '/statements/55555');
    expect(status).toBe(404);
    expect(document.querySelector('h1')?.textContent).toBe('No such statement');
  });
});

describe('the whole app', () => {
  it('answers an unknown address with an HTML 404 page', async () => {
    const { status, document, headers } = await getPage(app, '/nowhere');
    expect(status).toBe(404);
    expect(headers.get('content-type')).toMatch(/text\/html/);
    expect(document.querySelector('h1')?.textContent).toBe('No such page');
  });

  it('serves its stylesheet and script, cached by version', async () => {
    const { document } = await getPage(app, '/');
    const css = document.querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? '';
    const js = document.querySelector('script[src]')?.getAttribute('src') ?? '';
    const cssResponse = await app.request(css);
    expect(cssResponse.status).toBe(200);
    expect(cssResponse.headers.get('content-type')).toMatch(/^text\/css/);
    expect(cssResponse.headers.get('cache-control')).toContain('immutable');
    expect(await cssResponse.text()).toContain('.speaker-1');
    const jsResponse = await app.request(js);
    expect(jsResponse.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await jsResponse.text()).not.toContain('innerHTML');
    const etag = cssResponse.headers.get('etag')!;
    expect((await app.request(css, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await app.request('/assets/other.js')).status).toBe(404);
  });

  it('has no inline script, style or event handler on any page', async () => {
    for (const path of [
      '/',
      '/search?q=levy',
      `/people/${strand.id}`,
      `/statements/${summers.id}`,
      `/articles/${summers.firstSeen.article.id}`,
    ]) {
      const { body, document } = await getPage(app, path);
      expect(body, path).not.toMatch(/\sstyle=|\son[a-z]+=|<style/i);
      for (const script of document.querySelectorAll('script'))
        expect(script.hasAttribute('src') || script.getAttribute('type') === 'application/json', path).toBe(
          true,
        );
    }
  });

  it('renders each page of the sample store quickly', async () => {
    const paths = [
      '/',
      '/search?q=levy',
      `/people/${strand.id}`,
      `/statements/${summers.id}`,
      `/articles/${summers.firstSeen.article.id}`,
    ];
    for (const path of paths) {
      await app.request(path);
      const started = performance.now();
      await app.request(path);
      expect(performance.now() - started, path).toBeLessThan(300);
    }
  });
});
