import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { HIGHLIGHT_PARTS } from '../../../src/serve/web/views/article-text.js';
import { FERRY_TEXT, ferryArticle, ferryAttributions, freshStore, type TestStore } from './fixtures.js';
import { getPage, textsOf, webApp } from './page-client.js';

let testStore: TestStore;
let app: Hono;
let ferryId: number;
let localFileId: number;

beforeAll(async () => {
  testStore = freshStore();
  const outcomes = await testStore.store.ingestBatch([
    ferryArticle(),
    ferryArticle(
      { file: 'ferry-copy.txt', url: 'javascript:alert(1)', outlet: 'Quay Weekly' },
      FERRY_TEXT.replace('winter', 'the winter'),
    ),
  ]);
  [ferryId, localFileId] = outcomes.map((outcome) =>
    outcome.status === 'failed' ? -1 : outcome.articleId,
  ) as [number, number];
  app = webApp(testStore.store);
});

afterAll(async () => {
  await testStore.cleanup();
});

describe('the article page', () => {
  it('highlights each attribution in place: its pieces are exactly its source, cue and content', async () => {
    const { status, document } = await getPage(app, `/articles/${ferryId}`);
    expect(status).toBe(200);
    for (const attribution of ferryAttributions()) {
      const expected = {
        source: attribution.source?.text ?? '',
        cue: attribution.cue?.text ?? '',
        content: attribution.content.map((fragment) => fragment.text).join(''),
      };
      for (const part of HIGHLIGHT_PARTS) {
        const pieces = document.querySelectorAll(
          `mark[data-attribution="${attribution.id}"][data-part="${part}"]`,
        );
        expect([...pieces].map((piece) => piece.textContent).join(''), `${attribution.id} ${part}`).toBe(
          expected[part],
        );
      }
    }
  });

  it('nests words reported within other words, and gives each attribution one tab stop and one anchor', async () => {
    const { document } = await getPage(app, `/articles/${ferryId}`);
    const mayor = document.querySelector('mark[data-attribution="a4"][data-part="content"]');
    expect(mayor?.closest('mark[data-attribution="a3"][data-part="content"]')).not.toBeNull();
    const stops = [...document.querySelectorAll('mark[tabindex="0"]')].map((mark) => mark.id);
    expect(stops.sort()).toEqual(['attr-a1', 'attr-a2', 'attr-a3', 'attr-a4']);
    for (const mark of document.querySelectorAll('mark.hl')) {
      const described = mark.getAttribute('aria-describedby') ?? '';
      expect(document.getElementById(described), described).not.toBeNull();
    }
  });

  it('describes each highlight: cue, source, speaker, type and said-at', async () => {
    const { document } = await getPage(app, `/articles/${ferryId}`);
    expect(document.getElementById('attr-a1')?.getAttribute('title')).toBe(
      'speaker: Marta Lind · source: the harbour master, Marta Lind · cue: said on Monday · type: indirect · said: 2025-10-27',
    );
    const about = document.getElementById('about-a4');
    expect(about?.textContent).toContain('the mayor');
    expect(about?.querySelector('a[href="#attr-a3"]')).not.toBeNull();
    expect(document.querySelector('#about-a2 a.speaker')?.textContent).toBe('Marta Lind');
  });

  it('colours by speaker with classes: one colour for one person, the unnamed source apart', async () => {
    const { body, document } = await getPage(app, `/articles/${ferryId}`);
    const colourOf = (id: string) =>
      [...(document.getElementById(`attr-${id}`)?.classList ?? [])].find((name) =>
        name.startsWith('speaker-'),
      );
    expect(colourOf('a1')).toBe('speaker-1');
    expect(colourOf('a2')).toBe('speaker-1');
    expect(colourOf('a4')).toBe('speaker-0');
    expect(body).not.toMatch(/\sstyle=/);
  });

  it('shows the blocks for what they are', async () => {
    const { document } = await getPage(app, `/articles/${ferryId}`);
    expect(textsOf(document, 'h1')).toEqual(['Ferry timetable cut for winter']);
    expect(textsOf(document, 'ul.takeaways li')).toEqual([
      'Key points: The island ferry will run twice a day from November.',
    ]);
    expect(textsOf(document, '.speaker-card')).toEqual(['Marta Lind Marta Lind Harbour master']);
    expect(textsOf(document, '.caption')).toEqual(['Caption: A ferry at the quay in Nordvik.']);
  });

  it('links the original only when it is an http(s) URL, never passing on the referrer', async () => {
    const original = (await getPage(app, `/articles/${ferryId}`)).document.querySelector('a.original');
    expect(original?.getAttribute('href')).toBe('https://nordvik.example/ferry');
    expect(original?.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    const { document, body } = await getPage(app, `/articles/${localFileId}`);
    expect(document.querySelector('a.original')).toBeNull();
    expect(body).not.toContain('href="javascript:');
  });

  it('says when there is no such article', async () => {
    for (const path of ['/articles/999999', '/articles/abc', '/articles/0', '/articles/1e3']) {
      const { status, document } = await getPage(app, path);
      expect(status, path).toBe(404);
      expect(document.querySelector('h1')?.textContent).toBe('No such article');
    }
  });
});
