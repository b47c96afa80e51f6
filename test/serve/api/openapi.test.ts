import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type ApiFixture } from './api-fixture.js';

let fixture: ApiFixture;
beforeAll(async () => {
  fixture = await buildFixture();
});
afterAll(async () => {
  await fixture.store.close();
});

const ROUTES = [
  'get /search',
  'get /export',
  'get /people',
  'get /people/{id}',
  'post /people/merge',
  'post /people/{id}/split',
  'get /people/{id}/edits',
  'post /people/edits/{id}/undo',
  'get /statements/{id}',
  'get /articles/{id}',
  'delete /articles/{id}',
  'post /attributions/{id}/corrections',
  'post /corrections/{id}/undo',
  'get /corrections',
  'post /ingest',
];

interface Document {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string }[];
        security?: unknown[];
        responses: Record<string, unknown>;
      }
    >
  >;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
}

describe('GET /api/openapi.json', () => {
  it('describes every route from its schemas, writes marked as needing the token', async () => {
    const response = await fixture.app.request('/api/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as Document;
    expect(document.openapi).toBe('3.1.0');
    const routes = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method} ${path}`),
    );
    expect(routes.sort()).toEqual([...ROUTES].sort());
    const search = document.paths['/search']!.get!;
    expect(search.parameters?.map((parameter) => parameter.name).sort()).toEqual(
      [
        'q',
        'speaker',
        'personId',
        'outlet',
        'type',
        'saidFrom',
        'saidTo',
        'publishedFrom',
        'publishedTo',
        'language',
        'limit',
        'cursor',
      ].sort(),
    );
    expect(Object.keys(search.responses)).toEqual(['200', '400']);
    for (const route of ROUTES.filter((route) => !route.startsWith('get'))) {
      const [method, path] = route.split(' ') as [string, string];
      expect(document.paths[path]![method]!.security, route).toEqual([{ bearer: [] }]);
    }
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining([
        'Error',
        'SearchPage',
        'PersonDetail',
        'Statement',
        'ArticleDetail',
        'Correction',
      ]),
    );
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });
});

describe('GET /api/docs', () => {
  it('is a page listing every route with its parameters and responses, with no script', async () => {
    const response = await fixture.app.request('/api/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
    const page = await response.text();
    for (const route of ROUTES) {
      const [method, path] = route.split(' ') as [string, string];
      expect(page, route).toContain(
        `<span class="method">${method.toUpperCase()}</span> <code>/api${path}</code>`,
      );
    }
    expect(page).toContain('<code>publishedFrom</code>');
    expect(page).toContain('needs the write token');
    expect(page).not.toMatch(/<script|\sstyle=|\son\w+=/i);
    expect(page).toContain('<link rel="stylesheet" href="/api/docs.css">');
    const css = await fixture.app.request('/api/docs.css');
    expect(css.headers.get('Content-Type')).toBe('text/css; charset=utf-8');
  });
});
