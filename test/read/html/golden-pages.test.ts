/**
 * The HTML reader over the team's golden pages (test/articles, illustrative): every page reads into an
 * Article with exact spans, and the body finds the expected paragraphs and leaves out the known boilerplate;
 * and, with every class and id name removed, the scoring alone still does most of it.
 * The thresholds are floors for the whole set, so that one changed page does not hide a general regression.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleBody } from '../../../src/read/article-body.js';
import { decodeDocument } from '../../../src/acquire/decode-document.js';
import { readHtml } from '../../../src/read/html/index.js';

interface Expected {
  readonly url?: string;
  readonly body: readonly string[];
  readonly boilerplate?: readonly string[];
}

const folder = join(import.meta.dirname, '..', '..', 'articles');
const slugs = existsSync(folder)
  ? readdirSync(folder).filter((slug) => existsSync(join(folder, slug, 'expected.json')))
  : [];
const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Class, id, role and microdata attributes removed: what the scoring alone makes of the page. */
const withoutNames = (html: string): string =>
  html.replace(/\s(?:class|id|data-component|role|itemprop)\s*=\s*("[^"]*"|'[^']*')/gi, '');

describe.runIf(slugs.length > 0)('readHtml on the golden pages', () => {
  it('finds the expected body paragraphs and leaves out the boilerplate', () => {
    const score = measure((html) => html);
    expect(score.found).toBeGreaterThanOrEqual(0.97);
    expect(score.absent).toBeGreaterThanOrEqual(0.97);
  });

  it('still finds the body, and leaves out most boilerplate, with every class and id name removed', () => {
    const score = measure(withoutNames);
    expect(score.found).toBeGreaterThanOrEqual(0.95);
    expect(score.absent).toBeGreaterThanOrEqual(0.9);
  });
});

/** Shares of expected paragraphs found and of boilerplate strings absent, over all pages. */
function measure(transform: (html: string) => string): { found: number; absent: number } {
  let paragraphs = 0;
  let found = 0;
  let boilerplate = 0;
  let absent = 0;
  for (const slug of slugs) {
    const expected = JSON.parse(readFileSync(join(folder, slug, 'expected.json'), 'utf8')) as Expected;
    const source = readdirSync(join(folder, slug)).find((name) => name.startsWith('source.'));
    if (source === undefined) continue;
    const { text } = decodeDocument({
      origin: 'file',
      name: slug,
      bytes: readFileSync(join(folder, slug, source)),
      fetchedAt: '2026-01-01T00:00:00Z',
    });
    const article = readHtml(transform(text), { name: slug, url: expected.url ?? null });
    for (const block of article.blocks) expect(block.end).toBeLessThanOrEqual(article.text.length);
    const body = normalize(articleBody(article));
    paragraphs += expected.body.length;
    found += expected.body.filter((paragraph) => body.includes(normalize(paragraph))).length;
    boilerplate += expected.boilerplate?.length ?? 0;
    absent += (expected.boilerplate ?? []).filter((text) => !body.includes(normalize(text))).length;
  }
  return { found: found / paragraphs, absent: absent / boilerplate };
}
