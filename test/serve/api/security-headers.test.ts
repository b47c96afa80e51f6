import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../../src/serve/security-headers.js';
import { authorized, buildFixture, type ApiFixture } from './api-fixture.js';

let fixture: ApiFixture;
let paths: string[];
beforeAll(async () => {
  fixture = await buildFixture();
  const document = (await (await fixture.app.request('/api/openapi.json')).json()) as {
    paths: Record<string, object>;
  };
  // Every GET route of the API, an id of its kind filled in, plus the pages, the reference and what is not
  // there.
  const people = (await (await fixture.app.request('/api/people?limit=1')).json()) as {
    people: { id: number }[];
  };
  const idFor = (path: string): number =>
    path.startsWith('/people/') ? people.people[0]!.id : fixture.ids.courier;
  paths = [
    ...Object.entries(document.paths)
      .filter(([, item]) => 'get' in item)
      .map(([path]) => `/api${path.replace('{id}', String(idFor(path)))}`),
    '/api/search?q=bridge&limit=2',
    '/api/export?format=csv',
    '/api/openapi.json',
    '/api/docs',
    '/api/docs.css',
    '/api/people/999999',
    '/api/people/abc',
    '/api/search?limit=0',
    '/api/no-such-route',
    '/',
    '/search?q=bridge',
    `/articles/${fixture.ids.courier}`,
    '/people/1',
    '/statements/1',
    '/assets/app.css',
    '/assets/app.js',
    '/assets/missing.js',
    '/no-such-page',
  ];
});
afterAll(async () => {
  await fixture.store.close();
});

function expectSecurityHeaders(response: Response, what: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(response.headers.get(name), `${name} on ${what}`).toBe(value);
}

describe('security headers', () => {
  it('are strict: nothing from elsewhere, no inline script or style, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
  });

  it('are on every GET and HEAD response, successes and errors alike, and HEAD has no body', async () => {
    expect(paths.length).toBeGreaterThan(12);
    for (const path of paths) {
      const got = await fixture.app.request(path);
      expectSecurityHeaders(got, `GET ${path}`);
      const head = await fixture.app.request(path, { method: 'HEAD' });
      expectSecurityHeaders(head, `HEAD ${path}`);
      expect(head.status, `HEAD ${path}`).toBe(got.status);
      expect(head.headers.get('Content-Type'), `HEAD ${path}`).toBe(got.headers.get('Content-Type'));
      expect(await head.text(), `HEAD ${path}`).toBe('');
    }
  });

  it('answer HEAD on every API GET route with 200', async () => {
    const apiGets = paths.filter(
      (path) => path.startsWith('/api/') && !/999999|abc|limit=0|no-such/.test(path),
    );
    for (const path of apiGets)
      expect((await fixture.app.request(path, { method: 'HEAD' })).status, path).toBe(200);
  });

  it('are on refused writes, validation errors and bodies over the cap', async () => {
    const responses = await Promise.all([
      fixture.app.request('/api/ingest', { method: 'POST', body: '{}' }),
      fixture.app.request('/api/ingest', { method: 'POST', headers: authorized(), body: '{' }),
      fixture.app.request('/api/ingest', {
        method: 'POST',
        headers: authorized(),
        body: JSON.stringify({ text: 'a'.repeat(7_000_000) }),
      }),
      fixture.app.request('/api/articles/1', { method: 'DELETE' }),
      fixture.app.request('/corrections/1/undo', { method: 'POST', body: 'x'.repeat(7_000_000) }),
    ]);
    expect(responses.map((response) => response.status)).toEqual([401, 400, 413, 401, 413]);
    responses.forEach((response, index) => {
      expectSecurityHeaders(response, `write ${index}`);
    });
  });
});
