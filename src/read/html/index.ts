// TEMPORARY (lead, issue 5): a minimal reader so that the pipeline runs end to end; the HTML helper
// replaces this file with the real extractor.
import { Readability } from '@mozilla/readability';
import type { Article, Block, DocumentHints } from '../../types.js';
import { parseHtmlDocument } from './dom.js';

export interface ReadHtmlOptions {
  /** File name or URL, for diagnostics. */
  readonly name?: string;
  /** The page's address, to resolve relative links and to name the outlet when the page does not. */
  readonly url?: string | null;
  /** What the container said about the page (JSON Lines record, feed item), used where the page is silent. */
  readonly hints?: DocumentHints;
}

export function readHtml(html: string, options: ReadHtmlOptions = {}): Article {
  const document = parseHtmlDocument(html);
  const parsed = new Readability(document as never).parse();
  const paragraphs = (parsed?.textContent ?? '')
    .split(/\n\s*\n/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '');
  const title = parsed?.title?.trim() || options.hints?.title || null;
  const blocks: Block[] = [];
  let text = '';
  const add = (kind: Block['kind'], part: string): void => {
    if (text !== '') text += '\n\n';
    blocks.push({ kind, start: text.length, end: text.length + part.length });
    text += part;
  };
  if (title !== null) add('title', title);
  for (const part of paragraphs) add('paragraph', part);
  return {
    text,
    blocks,
    meta: {
      title,
      subtitle: null,
      published: options.hints?.published ?? null,
      modified: null,
      outlet: options.hints?.outlet ?? null,
      language: options.hints?.language ?? null,
      authors: options.hints?.authors ?? [],
      takeaways: [],
      url: options.url ?? null,
      canonical: null,
    },
    diagnostics: [],
  };
}
