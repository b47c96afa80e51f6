import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeSpace } from '../../../src/eval/read/normalize-space.js';
import { readGoldenPages } from '../../../src/eval/read/read-golden-pages.js';

const ARTICLES = fileURLToPath(new URL('../../articles', import.meta.url));
const { pages, problems } = readGoldenPages(ARTICLES);

/** The golden set itself is checked, so that a typo in an expected.json does not become a silent miss. */
describe('test/articles golden pages', () => {
  it('are at least 32 well-formed pages', () => {
    expect(problems).toEqual([]);
    expect(pages.length).toBeGreaterThanOrEqual(32);
  });

  it('never list as boilerplate a string that the expected body contains', () => {
    for (const page of pages) {
      const body = normalizeSpace(page.expected.body.join('\n'));
      const inBody = page.expected.boilerplate.filter((value) => body.includes(normalizeSpace(value)));
      expect(inBody, page.slug).toEqual([]);
    }
  });

  it('each say in the page itself that their text is illustrative', () => {
    for (const page of pages) {
      // Every page opens with an HTML comment; legacy-encoded pages are read as Latin-1 here, and the
      // English word "onrecord" survives any ASCII-compatible encoding.
      const source = readFileSync(page.sourcePath, 'latin1');
      expect(source, page.slug).toMatch(/<!--[^>]*onrecord/u);
    }
  });

  it('have absolute URLs, and canonical URLs that are absolute or null', () => {
    for (const page of pages) {
      expect(() => new URL(page.expected.url), page.slug).not.toThrow();
      if (page.expected.meta.canonical !== null)
        expect(page.expected.meta.canonical, page.slug).toMatch(/^https?:\/\//u);
    }
  });
});
