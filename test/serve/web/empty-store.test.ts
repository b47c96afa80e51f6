/** A new, empty record: every page says there is nothing yet instead of showing an empty frame. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { freshStore, type TestStore } from './fixtures.js';
import { getPage, textsOf, webApp } from './page-client.js';

let testStore: TestStore;
let app: Hono;

beforeAll(() => {
  testStore = freshStore();
  app = webApp(testStore.store);
});

afterAll(async () => {
  await testStore.cleanup();
});

describe('an empty record', () => {
  it('says so on the home page', async () => {
    const { status, document } = await getPage(app, '/');
    expect(status).toBe(200);
    expect(textsOf(document, '.empty')).toEqual([
      'No statements yet. Store articles with onrecord ingest, or run npm start for the samples.',
      'No people yet.',
    ]);
  });

  it('says so on the search page, with and without words', async () => {
    for (const path of ['/search', '/search?q=anything&type=direct']) {
      const { status, document } = await getPage(app, path);
      expect(status, path).toBe(200);
      expect(textsOf(document, '.empty')[0], path).toMatch(/^No statements match/);
      expect(document.querySelector('a[rel="next"]'), path).toBeNull();
    }
  });

  it('has no people, statements or articles to show', async () => {
    for (const [path, heading] of [
      ['/people/1', 'No such person'],
      ['/statements/1', 'No such statement'],
      ['/articles/1', 'No such article'],
    ] as const) {
      const { status, document } = await getPage(app, path);
      expect(status, path).toBe(404);
      expect(document.querySelector('h1')?.textContent, path).toBe(heading);
    }
  });
});
