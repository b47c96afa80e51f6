/**
 * Reads one attribution in the extraction contract's shape (DESIGN.md) from parsed JSON, checking its
 * spans against the article text. Shared by the JSONL gold and by `--predictions`, so that both accept
 * exactly the same spans.
 */
import { classifyContentType } from '../analyze/classify-type.js';
import { isAttributionType, type Span } from '../types.js';
import type { EvalRelation } from './types.js';

export interface JsonRelationResult {
  /** Null when the attribution cannot be scored at all. */
  readonly relation: EvalRelation | null;
  /** What was wrong; a relation may still be returned (a span's `text` that disagrees, an unknown type). */
  readonly problems: readonly string[];
}

export function readJsonRelation(value: unknown, text: string, where: string): JsonRelationResult {
  const problems: string[] = [];
  if (!isRecord(value)) return { relation: null, problems: [`${where}: not an object`] };
  const source = readOptionalSpan(value.source, text, `${where} source`, problems);
  const cue = readOptionalSpan(value.cue, text, `${where} cue`, problems);
  if (!Array.isArray(value.content))
    return { relation: null, problems: [...problems, `${where}: content must be an array of spans`] };
  const content: Span[] = [];
  for (const [index, fragment] of (value.content as unknown[]).entries()) {
    const span = readSpan(fragment, text, `${where} content[${index}]`, problems);
    if (span) content.push(span);
  }
  if (source === undefined || cue === undefined || content.length < value.content.length)
    return { relation: null, problems };
  content.sort((a, b) => a.start - b.start || a.end - b.end);

  let type = classifyContentType(content.map((fragment) => text.slice(fragment.start, fragment.end)));
  if (isAttributionType(value.type)) type = value.type;
  else if (value.type !== undefined)
    problems.push(`${where}: unknown type ${JSON.stringify(value.type)}, typed by EVAL.md's rule instead`);
  const id = typeof value.id === 'string' ? value.id : null;
  return { relation: { id, source, cue, content, type }, problems };
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A span or null (absent counts as null); undefined when it is present but unusable. */
function readOptionalSpan(
  value: unknown,
  text: string,
  where: string,
  problems: string[],
): Span | null | undefined {
  if (value === null || value === undefined) return null;
  return readSpan(value, text, where, problems) ?? undefined;
}

function readSpan(value: unknown, text: string, where: string, problems: string[]): Span | null {
  if (!isRecord(value) || !Number.isSafeInteger(value.start) || !Number.isSafeInteger(value.end)) {
    problems.push(`${where}: expected {start, end} with whole numbers`);
    return null;
  }
  const start = value.start as number;
  const end = value.end as number;
  if (start < 0 || end < start || end > text.length) {
    problems.push(`${where}: ${start}..${end} does not fit in a text of ${text.length} UTF-16 units`);
    return null;
  }
  // Offsets are authoritative; a disagreeing `text` means the spans were made on some other text.
  if (typeof value.text === 'string' && value.text !== text.slice(start, end))
    problems.push(`${where}: text ${JSON.stringify(value.text)} is not the article text at ${start}..${end}`);
  return { start, end };
}
