/** The pages as the whole app serves them: behind the security headers, beside the API. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../../../src/serve/app.js';
import { ferryArticle, freshStore, type TestStore } from './fixtures.js';

let testStore: TestStore;
let app: Hono;
let articleId: number;

beforeAll(async () => {
  testStore = freshStore();
  const outcome = await testStore.store.ingest(ferryArticle());
  articleId = outcome.status === 'failed' ? -1 : outcome.articleId;
  app = createApp({ store: testStore.store, writeToken: null, allowPrivate: false });
});

afterAll(async () => {
  await testStore.cleanup();
});

describe('the pages in the app', () => {
  it('carry a strict Content-Security-Policy that their own assets satisfy, HEAD included', async () => {
    for (const method of ['GET', 'HEAD'])
      for (const path of ['/', `/articles/${articleId}`, '/people/999', '/assets/app.css', '/nowhere']) {
        const response = await app.request(path, { method });
        const policy = response.headers.get('content-security-policy') ?? '';
        expect(policy, `${method} ${path}`).toContain("script-src 'self'");
        expect(policy, `${method} ${path}`).toContain("style-src 'self'");
        expect(policy).not.toContain('unsafe-inline');
      }
  });

  it('answers unknown pages with the HTML 404 page and unknown API routes with JSON', async () => {
    const page = await app.request('/nowhere');
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('<h1>No such page</h1>');
    const api = await app.request('/api/nowhere');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/json/);
  });

  it('serves the article page with its highlights', async () => {
    const response = await app.request(`/articles/${articleId}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('data-attribution="a2"');
  });
});
