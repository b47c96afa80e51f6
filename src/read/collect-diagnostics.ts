import type { Article, Diagnostic } from '../types.js';

// Control characters other than tab, line feed and carriage return: scraping debris, never text. Written
// as one negated class (neither a non-control nor tab, LF, CR), which scans far faster than a lookahead.
const CONTROL_CHARACTER = /[^\P{Cc}\t\n\r]/u;
const CONTROL_CHARACTERS = /[^\P{Cc}\t\n\r]/gu;

/**
 * Notes about how the text was read, kept as data on the Article (vfile's messages): nothing here stops
 * the reading, and each note names a stable rule and the span it concerns. Messages name the file when
 * there is one, since a diagnostic is often read far from its input.
 */
export function collectDiagnostics(article: Omit<Article, 'diagnostics'>, name?: string): Diagnostic[] {
  const { text, blocks, meta } = article;
  const where = name === undefined ? '' : ` (${name})`;
  const diagnostics: Diagnostic[] = [];
  if (blocks.length === 0) {
    diagnostics.push({
      severity: 'info',
      rule: 'empty-text',
      message: `The text${where} holds only white space: there is nothing to read.`,
      start: 0,
      end: text.length,
    });
    return diagnostics;
  }
  if (meta.title === null) {
    const first = blocks[0]!;
    diagnostics.push({
      severity: 'info',
      rule: 'no-title',
      message: `No headline found${where}: the first line reads as story text, so the article has no title.`,
      start: first.start,
      end: first.start,
    });
  }
  // One scan that usually finds nothing; counting only when there is something to count.
  const at = text.search(CONTROL_CHARACTER);
  if (at !== -1) {
    const count = text.match(CONTROL_CHARACTERS)?.length ?? 0;
    diagnostics.push({
      severity: 'info',
      rule: 'control-character',
      message: `The text${where} holds ${String(count)} control character(s), first at offset ${String(at)}; they are read as white space.`,
      start: at,
      end: at + 1,
    });
  }
  return diagnostics;
}
