import { describe, expect, it } from 'vitest';
import { readWithReadability } from '../../../src/eval/read/readability-baseline.js';

// Original, illustrative page text.
const PAGE = `<!doctype html><html lang="en-GB"><head><title>Pier to reopen in May</title>
<meta property="og:site_name" content="Bayside Courier"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><h1>Pier to reopen in May</h1>
<p>The town pier will reopen to walkers in May after two winters of repairs, the harbour board said on Friday, ending a closure that had cut the promenade in two.</p>
<p>"The timber is sound again and the railings are new," said the board's engineer, who inspected the last section of decking this week with the contractor.</p>
<ul><li>Opening hours will run from dawn to dusk through the summer season.</li></ul>
<blockquote><p>We waited a long time for this, and it was worth the wait for the whole town.</p></blockquote>
</article></body></html>`;

describe('the Readability baseline reader', () => {
  it('gives Readability’s article as paragraphs, each list item and quotation once', () => {
    const article = readWithReadability({
      origin: 'file',
      name: 'pier.html',
      bytes: new TextEncoder().encode(PAGE),
      fetchedAt: '2026-11-29T00:00:00Z',
    });
    const paragraphs = article.blocks.map((block) => article.text.slice(block.start, block.end));
    expect(paragraphs).toContain('Opening hours will run from dawn to dusk through the summer season.');
    expect(paragraphs).toContain(
      'We waited a long time for this, and it was worth the wait for the whole town.',
    );
    expect(paragraphs.some((paragraph) => paragraph.startsWith('The town pier will reopen'))).toBe(true);
    expect(paragraphs.join(' ')).not.toContain('Home');
    expect(article.meta.language).toBe('en');
    expect(article.meta.outlet).toBe('Bayside Courier');
  });
});
