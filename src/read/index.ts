import type { Article } from '../types.js';
import { classifyBlocks } from './classify-blocks.js';
import { collectDiagnostics } from './collect-diagnostics.js';
import { detectLanguage } from './detect-language.js';
import { readMeta } from './read-meta.js';
import { splitLines } from './split-lines.js';

export interface ReadTextOptions {
  /** File name, used only for diagnostics. */
  readonly name?: string;
}

/**
 * Reads a plain-text article: classifies its blocks and reads its meta. The text is never changed:
 * every block is a span into it, so offsets point into the user's own file. Never throws on odd input
 * (stray markup, control characters, no headline); what it could not find is left null and noted.
 */
export function readText(text: string, options: ReadTextOptions = {}): Article {
  const blocks = classifyBlocks(text, splitLines(text));
  const meta = readMeta(text, blocks, detectLanguage(text));
  return { text, blocks, meta, diagnostics: collectDiagnostics({ text, blocks, meta }, options.name) };
}
