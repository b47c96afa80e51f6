import { describe, expect, it } from 'vitest';
import { FULL_TEXT_MIN_WORDS, isFullTextHtml } from '../../../src/acquire/feed/index.js';
import { ARTICLE_HTML, TEASER_HTML } from './fixtures.js';
import { countWords, htmlFragmentText } from '../../../src/acquire/feed/full-text.js';

describe('isFullTextHtml', () => {
  it('takes an article for the article and a teaser for a teaser', () => {
    expect(countWords(htmlFragmentText(ARTICLE_HTML))).toBeGreaterThan(FULL_TEXT_MIN_WORDS);
    expect(isFullTextHtml(ARTICLE_HTML)).toBe(true);
    expect(isFullTextHtml(TEASER_HTML)).toBe(false);
  });

  it('counts the words of the text, not of tags, scripts or styles', () => {
    const html = `<p>${'word '.repeat(20)}</p><script>${'var x = 1; '.repeat(500)}</script><style>p{}</style>`;
    expect(countWords(htmlFragmentText(html))).toBe(20);
    expect(isFullTextHtml(html)).toBe(false);
  });

  it('takes a long text ending in a "read more" link or an ellipsis for a teaser', () => {
    for (const ending of [
      '<a href="/x">Read more</a>',
      '<a href="/x">Continue reading Harbour wall to be rebuilt →</a>',
      'and the work would take [&#8230;]',
      'and the work would take […]',
      'and then…',
      '<p>Read the full story.</p>',
    ]) {
      expect(isFullTextHtml(`${ARTICLE_HTML}<p>${ending}</p>`), ending).toBe(false);
    }
    expect(isFullTextHtml(`${ARTICLE_HTML}<p>The council meets again in July.</p>`)).toBe(true);
  });

  it('stays fast on a long run of dots and spaces', () => {
    const started = performance.now();
    isFullTextHtml(`${ARTICLE_HTML}${'. '.repeat(200_000)}x`);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
