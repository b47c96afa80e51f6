/** Correcting the record from the app: only with the server's write token, from this site, undoable. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { articleSaying, ferryArticle, freshStore, type TestStore } from './fixtures.js';
import { getPage, textsOf, webApp } from './page-client.js';

const TOKEN = 'correct-horse-battery';
const ORIGIN = 'http://localhost';

let testStore: TestStore;
let app: Hono;
let articleId: number;

beforeAll(async () => {
  testStore = freshStore();
  const outcome = await testStore.store.ingest(ferryArticle());
  articleId = outcome.status === 'failed' ? -1 : outcome.articleId;
  app = webApp(testStore.store, TOKEN);
});

afterAll(async () => {
  await testStore.cleanup();
});

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

function post(
  target: Hono,
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) {
  return target.request(path, {
    method: 'POST',
    body: form(fields),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, ...headers },
  });
}

/** Signs in through the form and returns the cookies to send afterwards. */
async function signIn(name = 'Ines Editor'): Promise<string> {
  const response = await post(app, '/session', { token: TOKEN, name, return: `/articles/${articleId}` });
  expect(response.status).toBe(303);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

async function attributionId(localId: string): Promise<number> {
  const article = await testStore.store.getArticle(articleId);
  return article!.attributions.find((a) => a.attribution.id === localId)!.id;
}

describe('without a write token on the server', () => {
  it('shows no correction forms and refuses posts', async () => {
    const readOnly = webApp(testStore.store, null);
    const { document } = await getPage(readOnly, `/articles/${articleId}`);
    expect(document.querySelectorAll('main form').length).toBe(0);
    expect((await post(readOnly, '/session', { token: TOKEN, name: 'x' })).status).toBe(403);
    const id = await attributionId('a1');
    expect((await post(readOnly, `/attributions/${id}/corrections`, { kind: 'wrong' })).status).toBe(403);
  });
});

describe('with a write token', () => {
  it('asks for the token once and keeps it in an HttpOnly, SameSite=Strict cookie', async () => {
    const { document } = await getPage(app, `/articles/${articleId}`);
    expect(
      document.querySelector('form[action="/session"] input[name="token"][type="password"]'),
    ).not.toBeNull();
    expect(document.querySelector('form[action^="/attributions/"]')).toBeNull();
    const wrong = await post(app, '/session', { token: 'guess', name: 'Mallory' });
    expect(wrong.status).toBe(403);
    expect(wrong.headers.getSetCookie()).toEqual([]);
    const right = await post(app, '/session', {
      token: TOKEN,
      name: 'Ines Editor',
      return: '//evil.example/x',
    });
    expect(right.headers.get('location')).toBe('/');
    const tokenCookie = right.headers.getSetCookie().find((cookie) => cookie.startsWith('onrecord_token='))!;
    expect(tokenCookie).toMatch(/HttpOnly/i);
    expect(tokenCookie).toMatch(/SameSite=Strict/i);
  });

  it('marks an attribution wrong, shows who and when, and undoes it', async () => {
    const cookie = await signIn();
    const id = await attributionId('a2');
    const page = await getPage(app, `/articles/${articleId}`, { headers: { cookie } });
    expect(page.document.querySelector(`form[action="/attributions/${id}/corrections"]`)).not.toBeNull();

    const saved = await post(
      app,
      `/attributions/${id}/corrections`,
      { kind: 'wrong', note: 'a caption, not speech', return: `/articles/${articleId}#about-a2` },
      { cookie },
    );
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/articles/${articleId}#about-a2`);

    const corrected = await getPage(app, `/articles/${articleId}`, { headers: { cookie } });
    const about = corrected.document.getElementById('about-a2')!;
    expect(about.querySelector('.flag-wrong')?.textContent).toBe('marked wrong');
    expect(textsOf(about, '.correction')[0]).toMatch(
      /marked wrong by Ines Editor, \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC \(“a caption, not speech”\)/,
    );
    expect(
      corrected.document.querySelector('mark[data-attribution="a2"]')?.classList.contains('hl-wrong'),
    ).toBe(true);

    const undoForm = about.querySelector('form[action^="/corrections/"]')!;
    const undone = await post(
      app,
      undoForm.getAttribute('action')!,
      { return: `/articles/${articleId}` },
      { cookie },
    );
    expect(undone.status).toBe(303);
    const after = await getPage(app, `/articles/${articleId}`);
    expect(after.document.querySelector('#about-a2 .flag-wrong')).toBeNull();
    expect(textsOf(after.document, '#about-a2 .correction')[0]).toContain('undone');
  });

  it('sets the speaker of an attribution', async () => {
    const cookie = await signIn();
    const id = await attributionId('a4');
    const [lind] = await testStore.store.findPeople('Marta Lind');
    const saved = await post(
      app,
      `/attributions/${id}/corrections`,
      { kind: 'speaker', person: String(lind!.id), return: `/articles/${articleId}` },
      { cookie },
    );
    expect(saved.status).toBe(303);
    const { document } = await getPage(app, `/articles/${articleId}`);
    expect(document.querySelector('#about-a4 a.speaker')?.textContent).toBe('Marta Lind');
    expect(textsOf(document, '#about-a4 .correction')[0]).toContain(
      'speaker set to Marta Lind by Ines Editor',
    );
  });

  it('refuses a post from another site, or without the cookie, or with a bad form', async () => {
    const cookie = await signIn();
    const id = await attributionId('a1');
    expect(
      (
        await post(
          app,
          `/attributions/${id}/corrections`,
          { kind: 'wrong' },
          { cookie, origin: 'https://evil.example' },
        )
      ).status,
    ).toBe(403);
    expect((await post(app, `/attributions/${id}/corrections`, { kind: 'wrong' })).status).toBe(403);
    expect((await post(app, `/attributions/${id}/corrections`, { kind: 'delete' }, { cookie })).status).toBe(
      400,
    );
    expect((await post(app, '/attributions/99999/corrections', { kind: 'wrong' }, { cookie })).status).toBe(
      404,
    );
    expect((await post(app, '/corrections/99999/undo', {}, { cookie })).status).toBe(404);
    const { document } = await getPage(app, `/articles/${articleId}`);
    expect(document.querySelector('#about-a1 .correction')).toBeNull();
  });

  it('merges and splits people from the person page', async () => {
    const cookie = await signIn();
    await testStore.store.ingest(
      articleSaying(
        {
          file: 'ferry-2.txt',
          title: 'Ferry notes',
          outlet: 'Quay Weekly',
          url: null,
          published: '2025-11-02',
        },
        'Marta Lind',
        'The crew cannot be everywhere',
      ),
    );
    const [lind] = await testStore.store.findPeople('Marta Lind');
    const person = await getPage(app, `/people/${lind!.id}`, { headers: { cookie } });
    expect(person.document.querySelector(`form[action="/people/${lind!.id}/merge"]`)).not.toBeNull();
    expect(
      person.document.querySelector(`form[action="/people/${lind!.id}/split"] select[name="name"]`),
    ).not.toBeNull();
    const anonymous = await getPage(app, `/people/${lind!.id}`);
    expect(anonymous.document.querySelector('form[action$="/merge"]')).toBeNull();

    const split = await post(
      app,
      `/people/${lind!.id}/split`,
      { name: 'Marta Lind', articles: String(articleId), note: 'two namesakes' },
      { cookie },
    );
    expect(split.status).toBe(303);
    const newPath = split.headers.get('location')!;
    expect(newPath).toMatch(/^\/people\/\d+$/);
    const newId = Number(newPath.split('/')[2]);
    expect(newId).not.toBe(lind!.id);

    const merged = await post(
      app,
      `/people/${lind!.id}/merge`,
      { from: String(newId), note: 'the same harbour master' },
      { cookie },
    );
    expect(merged.status).toBe(303);
    const { document } = await getPage(app, `/people/${lind!.id}`);
    expect(textsOf(document, '.edits')[0]).toMatch(
      /Merged with .*the same harbour master \(by Ines Editor\)/,
    );
    expect(
      (await post(app, `/people/${lind!.id}/merge`, { from: String(lind!.id) }, { cookie })).status,
    ).toBe(400);

    // The merge, newest, is undone from its Undo button; the person split off comes back.
    const editor = await getPage(app, `/people/${lind!.id}`, { headers: { cookie } });
    expect(document.querySelector('.edits form')).toBeNull();
    const undoForms = [...editor.document.querySelectorAll('.edits form')].map((form) =>
      form.getAttribute('action'),
    );
    expect(undoForms).toHaveLength(2);
    const undone = await post(app, undoForms[1]!, { return: `/people/${lind!.id}` }, { cookie });
    expect(undone.status).toBe(303);
    expect(undone.headers.get('location')).toBe(`/people/${lind!.id}`);
    const after = await getPage(app, `/people/${lind!.id}`);
    expect(textsOf(after.document, '.edits .is-undone')[0]).toMatch(/Merged with .*\(undone /);
    expect((await getPage(app, `/people/${newId}`)).document.querySelector('h1')?.textContent).toBe(
      'Marta Lind',
    );
    expect((await post(app, undoForms[1]!, {}, { cookie })).status).toBe(409);
  });

  it('forgets the token when asked', async () => {
    const cookie = await signIn();
    const out = await post(app, '/session/end', { return: `/articles/${articleId}` }, { cookie });
    expect(out.status).toBe(303);
    expect(
      out.headers.getSetCookie().some((c) => c.startsWith('onrecord_token=;') && /Max-Age=0/i.test(c)),
    ).toBe(true);
  });
});
