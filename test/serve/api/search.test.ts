import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit, SearchPage } from '../../../src/store/index.js';
import { buildFixture, json, type ApiFixture } from './api-fixture.js';

let fixture: ApiFixture;
beforeAll(async () => {
  fixture = await buildFixture();
});
afterAll(async () => {
  await fixture.store.close();
});

const search = (query: string) => json<SearchPage>(fixture.app.request(`/api/search?${query}`));

/** Every hit of a search, following nextCursor page by page to the end. */
async function allHits(query: string, limit: number): Promise<{ hits: SearchHit[]; pages: number }> {
  const hits: SearchHit[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const cursorParam: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    const { status, body } = await search(`${query}&limit=${limit}${cursorParam}`);
    expect(status).toBe(200);
    expect(body.hits.length).toBeLessThanOrEqual(limit);
    hits.push(...body.hits);
    cursor = body.nextCursor;
    pages += 1;
  } while (cursor !== null && pages < 100);
  return { hits, pages };
}

describe('GET /api/search', () => {
  it('finds what was said by its words, with the speaker, outlet and reports', async () => {
    const { status, body } = await search('q=bridge');
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThanOrEqual(2);
    const strand = body.hits.filter((hit) => hit.person?.name === 'Lena Strand');
    expect(strand.length).toBeGreaterThanOrEqual(2);
    expect(strand.map((hit) => hit.article.outlet).sort()).toEqual(
      expect.arrayContaining(['Northbay Daily', 'Valley Courier']),
    );
    for (const hit of body.hits) expect(hit.content.toLowerCase()).toContain('bridge');
    expect(body.facets.speakers.find((speaker) => speaker.name === 'Lena Strand')?.count).toBe(strand.length);
  });

  it('lists everything without q, and the total is the number of hits paged through', async () => {
    const first = await search('');
    expect(first.status).toBe(200);
    expect(first.body.hits).toHaveLength(Math.min(20, first.body.total));
    const { hits, pages } = await allHits('', 7);
    expect(hits).toHaveLength(first.body.total);
    expect(pages).toBe(Math.ceil(first.body.total / 7));
    expect(new Set(hits.map((hit) => hit.attributionId)).size).toBe(hits.length);
  });

  it('pages a full-text search to its end without repeats or gaps', async () => {
    const single = await search('q=said&limit=100');
    const { hits } = await allHits('q=said', 2);
    expect(hits.map((hit) => hit.attributionId)).toEqual(single.body.hits.map((hit) => hit.attributionId));
  });

  it('filters by speaker name, person id, outlet, type, language and dates', async () => {
    const bySpeaker = await search('speaker=lena%20strand');
    expect(bySpeaker.body.total).toBeGreaterThan(0);
    expect(bySpeaker.body.hits.every((hit) => hit.person?.name === 'Lena Strand')).toBe(true);
    const personId = bySpeaker.body.hits[0]!.person!.id;
    const byId = await search(`personId=${personId}`);
    expect(byId.body.hits.map((hit) => hit.attributionId)).toEqual(
      bySpeaker.body.hits.map((hit) => hit.attributionId),
    );

    const byOutlet = await search('outlet=Northbay%20Daily');
    expect(byOutlet.body.total).toBeGreaterThan(0);
    expect(byOutlet.body.hits.every((hit) => hit.article.outlet === 'Northbay Daily')).toBe(true);

    const direct = await search('type=direct&limit=100');
    expect(direct.body.hits.every((hit) => hit.type === 'direct')).toBe(true);
    const indirect = await search('type=indirect&limit=100');
    expect(indirect.body.hits.every((hit) => hit.type === 'indirect')).toBe(true);

    const english = await search('language=en&limit=1');
    const all = await search('limit=1');
    expect(english.body.total).toBeGreaterThan(0);
    expect(english.body.total).toBeLessThanOrEqual(all.body.total);

    const march = await search('publishedFrom=2024-03-01&publishedTo=2024-03-31&limit=100');
    expect(march.body.total).toBeGreaterThan(0);
    for (const hit of march.body.hits) expect(hit.article.published?.slice(0, 7)).toBe('2024-03');
    const none = await search('saidFrom=2099-01-01');
    expect(none.body).toMatchObject({ total: 0, hits: [], nextCursor: null });
  });

  it('counts facets over the whole result, not the page', async () => {
    const { body } = await search('limit=1');
    const outletTotal = body.facets.outlets.reduce((sum, outlet) => sum + outlet.count, 0);
    expect(outletTotal).toBeLessThanOrEqual(body.total);
    expect(body.facets.outlets.length).toBeGreaterThan(1);
    for (const month of body.facets.months) expect(month.month).toMatch(/^\d{4}-\d{2}$/);
  });

  it('takes query syntax as words: no query is an error', async () => {
    for (const q of ['"unbalanced', 'AND OR NOT', 'a* OR (b', 'NEAR(x y)', '-:^']) {
      const { status } = await search(`q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
    }
  });

  it('refuses invalid parameters with a 400 that lists each problem', async () => {
    const cases = [
      'limit=0',
      'limit=101',
      'limit=ten',
      'type=shouted',
      'saidFrom=2024-13-01',
      'publishedTo=yesterday',
      'personId=-1',
      'language=english!',
    ];
    for (const query of cases) {
      const { status, body } = await json<{ error: { code: string; details: { path: string }[] } }>(
        fixture.app.request(`/api/search?${query}`),
      );
      expect(status, query).toBe(400);
      expect(body.error.code).toBe('bad-request');
      expect(body.error.details[0]?.path).toBe(query.split('=')[0]);
    }
  });

  it('refuses a cursor it did not make', async () => {
    const { status, body } = await json<{ error: { code: string } }>(
      fixture.app.request('/api/search?cursor=bogus'),
    );
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad-request');
  });
});
