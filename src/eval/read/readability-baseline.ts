import { Readability } from '@mozilla/readability';
import { decodeDocument } from '../../acquire/decode-document.js';
import { parseHtmlDocument } from '../../read/html/dom.js';
import type { Article, Block } from '../../types.js';
import type { Document } from '../../types.js';

/** Elements whose text is one paragraph of Readability's article (its body, as it gives it). */
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption';

/**
 * Mozilla Readability alone on linkedom, as an Article, for `onrecord eval PAGES --reader readability`:
 * the baseline the issue names, scored by the same metric on the same pages in the same run. Its body is
 * every paragraph-like element of Readability's article; its meta is what Readability reports.
 */
export function readWithReadability(document: Document): Article {
  const decoded = decodeDocument(document);
  const parsed = new Readability(parseHtmlDocument(decoded.text)).parse();
  const paragraphs: string[] = [];
  if (parsed?.content) {
    const content = parseHtmlDocument(`<html><body>${parsed.content}</body></html>`);
    for (const element of content.querySelectorAll(BLOCK_SELECTOR)) {
      // A paragraph inside a list item or quotation is counted once, with its container.
      if (element.parentElement?.closest(BLOCK_SELECTOR)) continue;
      const text = element.textContent.replace(/\s+/g, ' ').trim();
      if (text !== '') paragraphs.push(text);
    }
  }
  const blocks: Block[] = [];
  let text = '';
  for (const paragraph of paragraphs) {
    if (text !== '') text += '\n\n';
    blocks.push({ kind: 'paragraph', start: text.length, end: text.length + paragraph.length });
    text += paragraph;
  }
  return {
    text,
    blocks,
    meta: {
      title: parsed?.title ?? null,
      subtitle: parsed?.excerpt ?? null,
      published: parsed?.publishedTime ?? null,
      modified: null,
      outlet: parsed?.siteName ?? null,
      language: parsed?.lang?.split('-')[0]?.toLowerCase() ?? null,
      authors: parsed?.byline ? [parsed.byline] : [],
      takeaways: [],
      url: document.url ?? null,
      canonical: null,
    },
    diagnostics: [],
  };
}
