import { decodeDocument } from '../acquire/decode-document.js';
import type { Article, Document } from '../types.js';
import { readHtml } from './html/index.js';
import { readText } from './index.js';

/**
 * Reads any acquired document into an Article: a web page through the HTML reader, plain text as it is.
 * Throws an InputError when the bytes cannot be decoded; the reader itself never throws on odd content.
 */
export function readDocument(document: Document): Article {
  const decoded = decodeDocument(document);
  if (decoded.format === 'html') {
    return readHtml(decoded.text, {
      name: document.name,
      url: document.url ?? null,
      ...(document.hints === undefined ? {} : { hints: document.hints }),
    });
  }
  const article = readText(decoded.text, { name: document.name });
  return withHints(article, document);
}

/** A container's metadata fills what a plain text does not say about itself. */
function withHints(article: Article, document: Document): Article {
  const hints = document.hints;
  if (hints === undefined && document.url == null) return article;
  const meta = article.meta;
  return {
    ...article,
    meta: {
      ...meta,
      title: meta.title ?? hints?.title ?? null,
      published: meta.published ?? hints?.published ?? null,
      outlet: meta.outlet ?? hints?.outlet ?? null,
      language: hints?.language ?? meta.language,
      authors: meta.authors.length > 0 ? meta.authors : [...(hints?.authors ?? [])],
      url: meta.url ?? document.url ?? null,
    },
  };
}
