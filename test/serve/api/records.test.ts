import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDetail, PersonDetail, StoredPerson, StoredStatement } from '../../../src/store/index.js';
import { buildFixture, json, type ApiFixture } from './api-fixture.js';

let fixture: ApiFixture;
beforeAll(async () => {
  fixture = await buildFixture();
});
afterAll(async () => {
  await fixture.store.close();
});

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the body's type
const get = <T>(path: string) => json<T>(fixture.app.request(path));
type ErrorBody = { error: { code: string; message: string } };

async function strand(): Promise<StoredPerson> {
  const { body } = await get<{ people: StoredPerson[] }>('/api/people?q=Lena%20Strand');
  expect(body.people).toHaveLength(1);
  return body.people[0]!;
}

describe('GET /api/people', () => {
  it('lists everyone, most statements first, with aliases and counts', async () => {
    const { status, body } = await get<{ people: StoredPerson[]; total: number }>('/api/people?limit=1000');
    expect(status).toBe(200);
    expect(body.people).toHaveLength(body.total);
    expect(body.people.length).toBeGreaterThan(3);
    const counts = body.people.map((person) => person.statements);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(body.people.map((person) => person.name)).toContain('Lena Strand');
  });

  it('pages through everyone by offset, without repeats', async () => {
    const everyone = await get<{ people: StoredPerson[]; total: number }>('/api/people?limit=1000');
    const seen: number[] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const page: {
        status: number;
        body: { people: StoredPerson[]; nextOffset: number | null; total: number };
      } = await get(`/api/people?limit=5&offset=${offset}`);
      expect(page.status).toBe(200);
      expect(page.body.total).toBe(everyone.body.total);
      seen.push(...page.body.people.map((person) => person.id));
      offset = page.body.nextOffset;
    }
    expect(seen).toEqual(everyone.body.people.map((person) => person.id));
    const beyond = await get<{ people: StoredPerson[]; nextOffset: number | null }>(
      '/api/people?offset=100000',
    );
    expect(beyond.body).toMatchObject({ people: [], nextOffset: null });
    for (const query of ['limit=0', 'limit=1001', 'offset=-1', 'offset=x'])
      expect((await fixture.app.request(`/api/people?${query}`)).status, query).toBe(400);
  });

  it('finds a person by name or alias in any case, and nobody for an unknown name', async () => {
    const person = await strand();
    expect(person.aliases).toContain('Strand');
    const byAlias = await get<{ people: StoredPerson[] }>('/api/people?q=STRAND');
    expect(byAlias.body.people.map((found) => found.id)).toContain(person.id);
    const nobody = await get<{ people: StoredPerson[] }>('/api/people?q=Nobody%20Atall');
    expect(nobody).toEqual({ status: 200, body: { people: [], total: 0, nextOffset: null } });
  });
});

describe('GET /api/people/{id}', () => {
  it('gives the statements by said-at date, the outlets and the months', async () => {
    const person = await strand();
    const { status, body } = await get<PersonDetail>(`/api/people/${person.id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: person.id, name: 'Lena Strand' });
    expect(body.statements.length).toBeGreaterThan(0);
    const dates = body.statements.flatMap((statement) => (statement.saidAt ? [statement.saidAt] : []));
    expect(dates).toEqual([...dates].sort());
    expect(body.outlets.map((outlet) => outlet.outlet)).toEqual(
      expect.arrayContaining(['Valley Courier', 'Northbay Daily']),
    );
    expect(body.byMonth.every((entry) => /^\d{4}-\d{2}$/.test(entry.month))).toBe(true);
  });

  it('pages the statements of a person', async () => {
    const person = await strand();
    const whole = await get<PersonDetail & { statementsTotal: number }>(`/api/people/${person.id}`);
    expect(whole.body.statementsTotal).toBe(whole.body.statements.length);
    expect(whole.body.statementsTotal).toBeGreaterThan(1);
    const first = await get<PersonDetail & { nextOffset: number | null }>(`/api/people/${person.id}?limit=1`);
    expect(first.body.statements.map(({ id }) => id)).toEqual([whole.body.statements[0]!.id]);
    expect(first.body.nextOffset).toBe(1);
    const second = await get<PersonDetail>(`/api/people/${person.id}?limit=1&offset=1`);
    expect(second.body.statements.map(({ id }) => id)).toEqual([whole.body.statements[1]!.id]);
    expect((await fixture.app.request(`/api/people/${person.id}?limit=5000`)).status).toBe(400);
  });

  it('answers 404 for an unknown id and 400 for one that is not a number', async () => {
    const missing = await get<ErrorBody>('/api/people/999999');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'not-found', message: 'no person with id 999999' });
    for (const id of ['abc', '0', '-3', '1.5', '99999999999999999999']) {
      const bad = await get<ErrorBody>(`/api/people/${id}`);
      expect(bad.status, id).toBe(400);
      expect(bad.body.error.code).toBe('bad-request');
    }
  });
});

describe('GET /api/statements/{id}', () => {
  it('gives every report with its outlet and date, the first seen and the wording variants', async () => {
    const person = await strand();
    const detail = await get<PersonDetail>(`/api/people/${person.id}`);
    const reported = detail.body.statements.find((statement) => statement.reports.length >= 2);
    expect(reported, 'the May promise is reported twice').toBeDefined();
    const { status, body } = await get<StoredStatement>(`/api/statements/${reported!.id}`);
    expect(status).toBe(200);
    expect(body.person).toMatchObject({ id: person.id, name: 'Lena Strand' });
    expect(body.reports.map((report) => report.article.outlet).sort()).toEqual([
      'Northbay Daily',
      'Valley Courier',
    ]);
    expect(body.firstSeen.article.outlet).toBe('Valley Courier');
    expect(body.firstSeen.article.published).toBe('2024-03-04');
    expect(body.saidAt).toBe('2024-03-04');
    expect(body.variants.length).toBeGreaterThanOrEqual(2);
    const shorter = body.variants.find((variant) => variant.diff.some((part) => part.op === 'removed'));
    expect(
      shorter?.diff
        .filter((part) => part.op === 'removed')
        .map((part) => part.text)
        .join(' '),
    ).toMatch(/not a day later/);
  });

  it('answers 404 for an unknown statement', async () => {
    const { status, body } = await get<ErrorBody>('/api/statements/424242');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not-found');
  });
});

describe('GET /api/articles/{id}', () => {
  it('gives the meta, blocks, text and every attribution with spans into the text', async () => {
    const { status, body } = await get<ArticleDetail>(`/api/articles/${fixture.ids.courier}`);
    expect(status).toBe(200);
    expect(body.meta).toMatchObject({ outlet: 'Valley Courier', published: '2024-03-04' });
    expect(body.blocks.some((block) => block.kind === 'title')).toBe(true);
    expect(body.attributions.length).toBeGreaterThan(0);
    for (const { attribution, id } of body.attributions) {
      expect(id).toBeGreaterThan(0);
      for (const fragment of attribution.content)
        expect(body.text.slice(fragment.start, fragment.end)).toBe(fragment.text);
    }
    const quote = body.attributions.find(({ attribution }) =>
      attribution.content.some((fragment) => fragment.text.includes('not a day later')),
    );
    expect(quote?.person?.name).toBe('Lena Strand');
    expect(body.people.some((person) => person.name === 'Lena Strand' && person.personId > 0)).toBe(true);
  });

  it('answers 404 for an unknown article', async () => {
    const { status, body } = await get<ErrorBody>('/api/articles/31337');
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ code: 'not-found', message: 'no article with id 31337' });
  });
});

describe('unknown API routes', () => {
  it('answer 404 in the error shape, whatever the method', async () => {
    for (const [method, path] of [
      ['GET', '/api/nothing'],
      ['GET', '/api'],
      ['POST', '/api/search'],
      ['PUT', '/api/people/1'],
      ['GET', '/api/people/1/extra'],
    ] as const) {
      const response = await fixture.app.request(path, { method });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
      expect(((await response.json()) as ErrorBody).error.code).toBe('not-found');
    }
  });
});
