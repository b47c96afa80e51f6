/**
 * Renders misses and false alarms for a reader (the article, the line of text around the relation, its
 * spans and its nearest counterpart) and for machines (the same, with offsets).
 */
import { buildLineIndex } from '../read/line-index.js';
import type { Span } from '../types.js';
import type { ErrorEntry, FoundErrors } from './find-errors.js';
import type { EvalRelation } from './types.js';

/** About how much of the line around a relation is shown. */
const SENTENCE_WIDTH = 200;
const SPAN_WIDTH = 160;

export function formatErrors(errors: FoundErrors): string {
  const out: string[] = [];
  out.push(
    `Misses: ${errors.missCount} gold relations without an exact content match; ${errors.misses.length} worst:`,
  );
  for (const error of errors.misses) out.push(...formatEntry(error, 'gold', 'prediction'));
  out.push('');
  out.push(
    `False alarms: ${errors.falseAlarmCount} predicted relations matching no gold content; ` +
      `${errors.falseAlarms.length} worst:`,
  );
  for (const error of errors.falseAlarms) out.push(...formatEntry(error, 'predicted', 'gold'));
  return `${out.join('\n')}\n`;
}

function formatEntry(error: ErrorEntry, own: string, other: string): string[] {
  const { relation, text } = error;
  const anchor = anchorOf(relation);
  const line = buildLineIndex(text).lineOf(anchor);
  const label = [relation.id, relation.type].filter(Boolean).join(', ');
  return [
    '',
    `  ${error.file} line ${line} (${label}; nearest ${other} covers ${Math.round(error.coverage * 100)}%)`,
    `    | ${sentenceAround(text, anchor)}`,
    `    ${own.padEnd(10)} ${describeRelation(relation, text)}`,
    `    ${other.padEnd(10)} ${error.nearest ? describeRelation(error.nearest, text) : '(none)'}`,
  ];
}

function describeRelation(relation: EvalRelation, text: string): string {
  const quote = (span: Span | null): string => (span ? JSON.stringify(clip(slice(text, span), 60)) : '-');
  const content = relation.content.map((fragment) => slice(text, fragment)).join(' … ');
  return `source ${quote(relation.source)}  cue ${quote(relation.cue)}  content ${JSON.stringify(clip(content, SPAN_WIDTH))}`;
}

/** The place a relation is shown at: its content, else its cue, else its source. */
function anchorOf(relation: EvalRelation): number {
  return relation.content[0]?.start ?? relation.cue?.start ?? relation.source?.start ?? 0;
}

/** The line of text around an offset, cut to about SENTENCE_WIDTH characters centred on it. */
export function sentenceAround(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const lineEnd = newline === -1 ? text.length : newline;
  const from = Math.max(lineStart, Math.min(offset - SENTENCE_WIDTH / 2, lineEnd - SENTENCE_WIDTH));
  const to = Math.min(lineEnd, from + SENTENCE_WIDTH);
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > lineStart ? '…' : ''}${body}${to < lineEnd ? '…' : ''}`;
}

/** Errors as data for `--json`: spans with their offsets and text. */
export function errorsAsJson(errors: FoundErrors): unknown {
  const entry = (error: ErrorEntry): unknown => {
    const anchor = anchorOf(error.relation);
    return {
      file: error.file,
      line: buildLineIndex(error.text).lineOf(anchor),
      sentence: sentenceAround(error.text, anchor),
      coverage: error.coverage,
      relation: relationAsJson(error.relation, error.text),
      nearest: error.nearest ? relationAsJson(error.nearest, error.text) : null,
    };
  };
  return {
    missCount: errors.missCount,
    falseAlarmCount: errors.falseAlarmCount,
    misses: errors.misses.map(entry),
    falseAlarms: errors.falseAlarms.map(entry),
  };
}

function relationAsJson(relation: EvalRelation, text: string): unknown {
  const span = (value: Span): unknown => ({ start: value.start, end: value.end, text: slice(text, value) });
  return {
    id: relation.id,
    type: relation.type,
    source: relation.source && span(relation.source),
    cue: relation.cue && span(relation.cue),
    content: relation.content.map(span),
  };
}

const slice = (text: string, span: Span): string => text.slice(span.start, span.end);

const clip = (value: string, width: number): string => {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
};
