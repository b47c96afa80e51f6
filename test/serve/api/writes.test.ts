import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/serve/app.js';
import type { ArticleDetail, CorrectionRecord, PersonRecord, SearchPage } from '../../../src/store/index.js';
import { authorized, buildFixture, json, TOKEN, type ApiFixture } from './api-fixture.js';

let fixture: ApiFixture;
beforeAll(async () => {
  fixture = await buildFixture();
});
afterAll(async () => {
  await fixture.store.close();
});

type ErrorBody = { error: { code: string; message: string; details?: unknown } };

const post = (path: string, body: unknown, headers: Record<string, string> = authorized()) =>
  fixture.app.request(path, { method: 'POST', headers, body: JSON.stringify(body) });

const NEW_TEXT = `Ferry timetable to change in June

Valley Courier, 12 May 2024

“Boats will run every half hour from June,” said harbour master Olav Lund.
`;

/** Every write route, with a body that would pass validation. */
const WRITES: readonly (readonly [string, string, unknown])[] = [
  ['POST', '/api/ingest', { text: NEW_TEXT }],
  ['POST', '/api/attributions/1/corrections', { kind: 'wrong' }],
  ['POST', '/api/corrections/1/undo', {}],
  ['POST', '/api/people/merge', { into: 1, from: 2, note: '' }],
  ['POST', '/api/people/1/split', { name: 'X', note: '' }],
  ['POST', '/api/people/edits/1/undo', {}],
  ['DELETE', '/api/articles/1', undefined],
];

describe('writes need the token', () => {
  it('are refused with 403 when the server has no token, whatever the request carries', async () => {
    const readOnly = createApp({ store: fixture.store, writeToken: null, allowPrivate: false });
    for (const [method, path, body] of WRITES) {
      const response = await readOnly.request(path, {
        method,
        headers: authorized(),
        body: JSON.stringify(body),
      });
      expect(response.status, path).toBe(403);
      expect(((await response.json()) as ErrorBody).error.code).toBe('forbidden');
    }
  });

  it('are refused with 401 without the token or with a wrong one, and change nothing', async () => {
    const articles = (await fixture.store.listArticles()).length;
    const wrongHeaders: Record<string, string>[] = [
      { 'Content-Type': 'application/json' },
      authorized({ Authorization: `Bearer ${TOKEN}x` }),
      authorized({ Authorization: `Bearer ${TOKEN.slice(1)}` }),
      authorized({ Authorization: `Basic ${TOKEN}` }),
      authorized({ Authorization: TOKEN }),
    ];
    for (const [method, path, body] of WRITES)
      for (const headers of wrongHeaders) {
        const response = await fixture.app.request(path, { method, headers, body: JSON.stringify(body) });
        expect(response.status, `${path} ${JSON.stringify(headers)}`).toBe(401);
        expect(response.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
        expect(((await response.json()) as ErrorBody).error.code).toBe('unauthorized');
      }
    expect(await fixture.store.listArticles()).toHaveLength(articles);
  });
});

describe('POST /api/ingest', () => {
  it('ingests a text, says so with the article id, and finds it unchanged the second time', async () => {
    const first = await json<{ status: string; articleId: number; key: string }>(
      post('/api/ingest', { text: NEW_TEXT }),
    );
    expect(first.status).toBe(201);
    expect(first.body.status).toBe('added');
    expect(first.body.key).toMatch(/^api:sha256:[0-9a-f]{64}$/);
    const article = await json<ArticleDetail>(fixture.app.request(`/api/articles/${first.body.articleId}`));
    expect(article.body.text).toBe(NEW_TEXT);
    expect(article.body.attributions.map(({ person }) => person?.name)).toContain('Olav Lund');
    const again = await json<{ status: string; articleId: number }>(post('/api/ingest', { text: NEW_TEXT }));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'unchanged', articleId: first.body.articleId });
  });

  it('ingests a page under the URL it came from', async () => {
    const html =
      '<html><head><title>Lund: more boats</title></head><body><article><h1>Lund: more boats</h1>' +
      '<p>“We will add two boats in July,” harbour master Olav Lund said on Friday.</p></article></body></html>';
    const { status, body } = await json<{ status: string; key: string; articleId: number }>(
      post('/api/ingest', { html, url: 'https://news.example/lund-boats' }),
    );
    expect(status).toBe(201);
    expect(body).toMatchObject({ status: 'added', key: 'https://news.example/lund-boats' });
    const article = await json<ArticleDetail>(fixture.app.request(`/api/articles/${body.articleId}`));
    expect(article.body.url).toBe('https://news.example/lund-boats');
  });

  it('fetches a URL and ingests the page, when the server allows private addresses', async () => {
    const site = createServer((request, response) => {
      if (request.url !== '/boats') {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(
        '<html><head><title>Ferry fares frozen</title></head><body><article><h1>Ferry fares frozen</h1>' +
          '<p>“Fares will not rise this year,” harbour master Olav Lund said on Monday.</p></article></body></html>',
      );
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(site.address() as AddressInfo).port}/boats`;
    try {
      const intranet = createApp({ store: fixture.store, writeToken: TOKEN, allowPrivate: true });
      const response = await intranet.request('/api/ingest', {
        method: 'POST',
        headers: authorized(),
        body: JSON.stringify({ url }),
      });
      const body = (await response.json()) as { status: string; key: string; articleId: number };
      expect(response.status).toBe(201);
      expect(body).toMatchObject({ status: 'added', key: url });
      const article = await json<ArticleDetail>(fixture.app.request(`/api/articles/${body.articleId}`));
      expect(article.body.title).toBe('Ferry fares frozen');
    } finally {
      site.close();
    }
  });

  it('refuses a URL on a private address unless the server allows them', async () => {
    const { status, body } = await json<ErrorBody>(
      post('/api/ingest', { url: 'http://127.0.0.1:9/article' }),
    );
    expect(status).toBe(422);
    expect(body.error).toMatchObject({ code: 'unprocessable', details: { reason: 'forbidden-address' } });
  });

  it('answers 422 with the reason for a document with no text', async () => {
    const { status, body } = await json<ErrorBody>(
      post('/api/ingest', { html: '<html><body></body></html>' }),
    );
    expect(status).toBe(422);
    expect((body.error.details as { reason: string }).reason).toBe('no-text');
  });

  it('refuses bodies that are not one of the three shapes, malformed JSON, and bodies over the cap', async () => {
    for (const body of [
      {},
      { text: '' },
      { text: 1 },
      { url: 'ftp://x.example/a' },
      { url: 'nota url' },
      { text: 'a', url: 'https://x.example' },
    ]) {
      const response = await json<ErrorBody>(post('/api/ingest', body));
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code).toBe('bad-request');
    }
    const malformed = await fixture.app.request('/api/ingest', {
      method: 'POST',
      headers: authorized(),
      body: '{"text":',
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ErrorBody).error.code).toBe('bad-request');
    const huge = await fixture.app.request('/api/ingest', {
      method: 'POST',
      headers: authorized(),
      body: JSON.stringify({ text: 'a'.repeat(7 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as ErrorBody).error.code).toBe('too-large');
  });
});

describe('corrections', () => {
  async function bergHit(): Promise<SearchPage['hits'][number]> {
    const { body } = await json<SearchPage>(
      fixture.app.request('/api/search?q=ferry%20budget&speaker=Tomas%20Berg'),
    );
    const hit = body.hits[0];
    if (!hit) throw new Error('no attribution of Berg about the ferry budget');
    return hit;
  }

  it('marks an attribution wrong (by whom, when), hides it from search, and undoes it', async () => {
    const hit = await bergHit();
    const made = await json<CorrectionRecord>(
      post(
        `/api/attributions/${hit.attributionId}/corrections`,
        { kind: 'wrong', note: 'not his words' },
        authorized({ 'X-Onrecord-User': 'desk editor' }),
      ),
    );
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      attributionId: hit.attributionId,
      kind: 'wrong',
      by: 'desk editor',
      note: 'not his words',
      undoneAt: null,
    });
    const hidden = await json<SearchPage>(
      fixture.app.request(`/api/search?q=ferry%20budget&speaker=Tomas%20Berg`),
    );
    expect(hidden.body.hits.map((found) => found.attributionId)).not.toContain(hit.attributionId);
    const article = await json<ArticleDetail>(fixture.app.request(`/api/articles/${hit.article.id}`));
    expect(article.body.attributions.find(({ id }) => id === hit.attributionId)?.correction).toMatchObject({
      id: made.body.id,
      kind: 'wrong',
    });

    const listed = await json<{ corrections: CorrectionRecord[] }>(
      fixture.app.request(`/api/corrections?attributionId=${hit.attributionId}`),
    );
    expect(listed.body.corrections.map(({ id }) => id)).toEqual([made.body.id]);

    const undone = await json<CorrectionRecord>(post(`/api/corrections/${made.body.id}/undo`, {}));
    expect(undone.status).toBe(200);
    expect(undone.body.undoneAt).toEqual(expect.any(String));
    const back = await bergHit();
    expect(back.attributionId).toBe(hit.attributionId);
    const again = await json<ErrorBody>(post(`/api/corrections/${made.body.id}/undo`, {}));
    expect(again.status).toBe(409);
  });

  it('sets the speaker of an attribution (by api when no user is named)', async () => {
    const hit = await bergHit();
    const { body: found } = await json<{ people: PersonRecord[] }>(
      fixture.app.request('/api/people?q=Lena%20Strand'),
    );
    const strand = found.people[0]!;
    const made = await json<CorrectionRecord>(
      post(`/api/attributions/${hit.attributionId}/corrections`, { kind: 'speaker', personId: strand.id }),
    );
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ kind: 'speaker', personId: strand.id, by: 'api' });
    const all = await json<{ corrections: CorrectionRecord[] }>(
      fixture.app.request(`/api/corrections?articleId=${hit.article.id}`),
    );
    expect(all.body.corrections.map(({ id }) => id)).toContain(made.body.id);
    await post(`/api/corrections/${made.body.id}/undo`, {});
  });

  it('refuses bad corrections: unknown attribution, bad kind, a person with wrong', async () => {
    const missing = await json<ErrorBody>(post('/api/attributions/987654/corrections', { kind: 'wrong' }));
    expect(missing.status).toBe(404);
    for (const body of [
      { kind: 'bogus' },
      { kind: 'wrong', personId: 3 },
      { kind: 'speaker', personId: 'x' },
    ]) {
      const response = await json<ErrorBody>(post('/api/attributions/1/corrections', body));
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    const undoMissing = await json<ErrorBody>(post('/api/corrections/987654/undo', {}));
    expect(undoMissing.status).toBe(404);
    const badQuery = await json<ErrorBody>(fixture.app.request('/api/corrections?articleId=x'));
    expect(badQuery.status).toBe(400);
  });
});

describe('people edits', () => {
  it('merges two people and splits one out again', async () => {
    const people = await json<{ people: (PersonRecord & { statements: number })[] }>(
      fixture.app.request('/api/people?limit=1000'),
    );
    const berg = people.body.people.find((person) => person.name === 'Tomas Berg')!;
    const lund = people.body.people.find((person) => person.name === 'Olav Lund')!;
    const merged = await json<{ person: PersonRecord }>(
      post('/api/people/merge', { into: berg.id, from: lund.id, note: 'test' }),
    );
    expect(merged).toEqual({ status: 200, body: { person: { id: berg.id, name: 'Tomas Berg' } } });
    const self = await json<ErrorBody>(post('/api/people/merge', { into: berg.id, from: berg.id, note: '' }));
    expect(self.status).toBe(409);
    const unknown = await json<ErrorBody>(
      post('/api/people/merge', { into: berg.id, from: 999999, note: '' }),
    );
    expect(unknown.status).toBe(404);

    const split = await json<{ person: PersonRecord }>(
      post(`/api/people/${berg.id}/split`, { name: 'Olav Lund', note: 'two people' }),
    );
    expect(split.status).toBe(201);
    expect(split.body.person.name).toBe('Olav Lund');
    expect(split.body.person.id).not.toBe(berg.id);
    const badBody = await json<ErrorBody>(post(`/api/people/${berg.id}/split`, { name: '' }));
    expect(badBody.status).toBe(400);

    // Both edits are listed, newest last; the merge cannot be undone before the split made after it.
    const listed = await json<{ edits: { id: number; kind: string; undoneAt: string | null }[] }>(
      fixture.app.request(`/api/people/${berg.id}/edits`),
    );
    expect(listed.status).toBe(200);
    const [merge, splitEdit] = listed.body.edits;
    expect([merge!.kind, splitEdit!.kind, splitEdit!.undoneAt]).toEqual(['merge', 'split', null]);
    const early = await json<ErrorBody>(post(`/api/people/edits/${merge!.id}/undo`, {}));
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain(`person edit ${splitEdit!.id}`);
    expect(await json(post(`/api/people/edits/${splitEdit!.id}/undo`, {}))).toEqual({
      status: 200,
      body: { undone: splitEdit!.id },
    });
    expect((await json(post(`/api/people/edits/${merge!.id}/undo`, {}))).status).toBe(200);
    const lundAgain = await json<{ people: PersonRecord[] }>(
      fixture.app.request('/api/people?q=Olav%20Lund'),
    );
    expect(lundAgain.body.people.map((person) => person.id)).toEqual([lund.id]);
    expect((await json<ErrorBody>(post(`/api/people/edits/${merge!.id}/undo`, {}))).status).toBe(409);
    expect((await json<ErrorBody>(post('/api/people/edits/999999/undo', {}))).status).toBe(404);
    expect((await json<ErrorBody>(fixture.app.request('/api/people/999999/edits'))).status).toBe(404);
  });
});

describe('DELETE /api/articles/{id}', () => {
  it('removes the article, then answers 404', async () => {
    const id = fixture.ids.formula;
    const deleted = await json(
      fixture.app.request(`/api/articles/${id}`, { method: 'DELETE', headers: authorized() }),
    );
    expect(deleted).toEqual({ status: 200, body: { deleted: id } });
    expect((await fixture.app.request(`/api/articles/${id}`)).status).toBe(404);
    const again = await fixture.app.request(`/api/articles/${id}`, {
      method: 'DELETE',
      headers: authorized(),
    });
    expect(again.status).toBe(404);
  });
});
