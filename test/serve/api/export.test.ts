import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportStream } from '../../../src/serve/api/export.js';
import type { SearchHit, SearchPage, SearchQuery, Store } from '../../../src/store/index.js';
import { buildFixture, json, type ApiFixture } from './api-fixture.js';

let fixture: ApiFixture;
beforeAll(async () => {
  fixture = await buildFixture();
});
afterAll(async () => {
  await fixture.store.close();
});

/** A CSV body parsed by RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += character;
  }
  return rows;
}

describe('GET /api/export', () => {
  it('streams every hit of a search as JSON Lines, across many pages', async () => {
    const all = await json<SearchPage>(fixture.app.request('/api/search?limit=1'));
    const response = await fixture.app.request('/api/export');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/x-ndjson; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="onrecord-export.jsonl"');
    const lines = (await response.text()).split('\n');
    expect(lines.pop()).toBe('');
    const hits = lines.map((line) => JSON.parse(line) as SearchHit);
    expect(hits).toHaveLength(all.body.total);
    expect(response.headers.get('X-Onrecord-Total')).toBe(String(all.body.total));
    expect(all.body.total).toBeGreaterThan(0);
    expect(new Set(hits.map((hit) => hit.attributionId)).size).toBe(hits.length);
  });

  it('applies the search filters, and holds every match, newest stored first', async () => {
    const filtered = await json<SearchPage>(
      fixture.app.request('/api/search?q=bridge&outlet=Valley%20Courier&limit=100'),
    );
    const response = await fixture.app.request('/api/export?q=bridge&outlet=Valley%20Courier&format=jsonl');
    const hits = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as SearchHit);
    const ids = hits.map((hit) => hit.attributionId);
    expect([...ids].sort()).toEqual(filtered.body.hits.map((hit) => hit.attributionId).sort());
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('writes CSV with a header, quoted fields, and formulas defused', async () => {
    const response = await fixture.app.request('/api/export?format=csv&speaker=Tomas%20Berg');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    const rows = parseCsv(await response.text());
    const [header, ...records] = rows;
    expect(header?.slice(0, 4)).toEqual(['attribution_id', 'statement_id', 'speaker_id', 'speaker']);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expect(record).toHaveLength(header!.length);
    const column = (name: string): string[] => records.map((record) => record[header!.indexOf(name)]!);
    // The quotation keeps its quote marks, commas and inner quotes; the title would run as a formula.
    expect(column('content')).toContain('“=1+2 is what they wrote, and "nobody" checked it, not once,”');
    expect(column('title')).toContain("'=1+2, the ferry budget, questioned by a councillor");
  });

  it('writes only the header when nothing matches, and refuses an unknown format', async () => {
    const empty = await fixture.app.request('/api/export?format=csv&saidFrom=2099-01-01');
    expect(await empty.text()).toMatch(/^attribution_id,[^\n]*\r\n$/);
    const bad = await json<{ error: { code: string } }>(fixture.app.request('/api/export?format=xlsx'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('bad-request');
  });
});

describe('exportStream', () => {
  it('asks the store for the next page only when the reader has taken the last one', async () => {
    const calls: (string | null | undefined)[] = [];
    const hit = (id: number): SearchHit => ({
      attributionId: id,
      localId: `a${id}`,
      statementId: null,
      article: { id: 1, title: null, outlet: null, published: null, url: null, file: null, language: null },
      person: null,
      source: null,
      type: 'direct',
      content: `words ${id}`,
      saidAt: null,
      reports: 1,
      score: 0,
    });
    // A store of 10 pages; only `search` is used.
    const store = {
      search: (query: SearchQuery): Promise<SearchPage> => {
        calls.push(query.cursor);
        const page = Number(query.cursor ?? '0');
        return Promise.resolve({
          hits: [hit(page * 2 + 1), hit(page * 2 + 2)],
          total: 20,
          totalExact: true,
          facets: { speakers: [], outlets: [], months: [] },
          nextCursor: page < 9 ? String(page + 1) : null,
        });
      },
    } as unknown as Store;
    const reader = exportStream(store, { q: 'words' }, 'jsonl').getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value).split('\n')).toHaveLength(3);
    expect(calls.length).toBeLessThanOrEqual(2);
    let chunks = 1;
    while (!(await reader.read()).done) chunks += 1;
    expect(chunks).toBe(10);
    expect(calls).toEqual([null, '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });
});
