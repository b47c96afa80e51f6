import { analyze } from './analyze/index.js';
import { readText } from './read/index.js';
import { CONTRACT_VERSION, type Article, type Extraction } from './types.js';

export interface ExtractOptions {
  /** The file the text came from, echoed in the contract's `file` field. */
  readonly file?: string | null;
  readonly url?: string | null;
}

/**
 * The whole pipeline on one text: read it as an article, analyze it, and return the extraction contract
 * of DESIGN.md. A string is read as a plain-text article; an Article is analyzed as it is.
 */
export function extract(input: string | Article, options: ExtractOptions = {}): Extraction {
  const article = typeof input === 'string' ? readText(input, { name: options.file ?? '-' }) : input;
  const analysis = analyze(article);
  return {
    version: CONTRACT_VERSION,
    file: options.file ?? null,
    url: options.url ?? article.meta.url,
    meta: article.meta,
    blocks: article.blocks,
    people: analysis.people,
    attributions: analysis.attributions,
    diagnostics: [...article.diagnostics, ...analysis.diagnostics],
  };
}
