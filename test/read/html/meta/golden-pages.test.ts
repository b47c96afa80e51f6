import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../../src/acquire/decode-document.js';
import { parseHtmlDocument } from '../../../../src/read/html/dom.js';
import { type HtmlMeta, readHtmlMeta } from '../../../../src/read/html/meta/index.js';

// The team's golden pages (test/articles, illustrative, see its README): readHtmlMeta on its own against
// each page's expected meta. `language` is compared only where the page declares one: for the others the
// expected tag comes from detection on the body, which the HTML reader does, not this one.

const ROOT = 'test/articles';
const FIELDS = ['title', 'published', 'modified', 'authors', 'outlet', 'language', 'canonical'] as const;
/** Share of pages each field must match; below 1 so that one new hard page does not block everyone. */
const MIN_SHARE = 0.9;

interface GoldenPage {
  readonly slug: string;
  readonly url: string | null;
  readonly expected: Readonly<Record<string, unknown>>;
  readonly meta: HtmlMeta;
}

function loadPages(): GoldenPage[] {
  if (!existsSync(ROOT)) return [];
  const pages: GoldenPage[] = [];
  for (const slug of readdirSync(ROOT).sort()) {
    const folder = join(ROOT, slug);
    if (!existsSync(join(folder, 'expected.json'))) continue;
    const source = readdirSync(folder).find((file) => file.startsWith('source.'));
    if (source === undefined) continue;
    const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as {
      url?: string | null;
      meta: Record<string, unknown>;
    };
    const url = expected.url ?? null;
    const bytes = new Uint8Array(readFileSync(join(folder, source)));
    const { text } = decodeDocument({ origin: 'file', name: source, bytes, fetchedAt: '', url });
    pages.push({ slug, url, expected: expected.meta, meta: readHtmlMeta(parseHtmlDocument(text), { url }) });
  }
  return pages;
}

describe('readHtmlMeta on the golden pages', () => {
  const pages = loadPages();

  it.runIf(pages.length > 0)('reads each field as expected on nearly every page', () => {
    for (const field of FIELDS) {
      const compared = pages.filter((page) => field !== 'language' || page.meta.language !== null);
      const misses = compared.filter(
        (page) => JSON.stringify(page.meta[field]) !== JSON.stringify(page.expected[field] ?? null),
      );
      const report = misses.map(
        (page) =>
          `${page.slug}: ${JSON.stringify(page.meta[field])} != ${JSON.stringify(page.expected[field])}`,
      );
      expect(1 - misses.length / compared.length, `${field}\n${report.join('\n')}`).toBeGreaterThanOrEqual(
        MIN_SHARE,
      );
    }
  });
});
