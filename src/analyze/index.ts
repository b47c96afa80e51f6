import type { Analysis, Article } from '../types.js';

/** Finds sentences, people and attributions in an Article. */
export function analyze(article: Article): Analysis {
  return {
    sentences: [{ start: 0, end: article.text.length }],
    people: [],
    attributions: [],
    diagnostics: [],
  };
}
