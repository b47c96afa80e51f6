/**
 * Reads one brat standoff `.ann` file (PolNeAR's form) into the relations EVAL.md scores. Every line kind
 * brat writes is understood; a line that cannot be read is reported with its number and skipped.
 */
import { classifyContentType } from '../analyze/classify-type.js';
import type { Span } from '../types.js';
import { buildCodePointConverter, type CodePointConverter } from './convert-code-points.js';
import type { EvalRelation, ReadProblem, ReadResult } from './types.js';

/** Event types that are attribution relations; other events are not scored. */
const ATTRIBUTION_EVENTS: ReadonlySet<string> = new Set(['Attribution', 'Attribution-no-source']);

/**
 * The start of every annotation line: an id and a tab. brat writes a text-bound annotation's text raw, so a
 * span that holds a line break continues on the next lines, which do not start this way.
 */
const ANNOTATION_LINE = /^(?:[TERAMN]\d+|#\d*|\*)\t/;

interface TextBound {
  readonly type: string;
  /** UTF-16 fragments, in the order brat lists them. */
  readonly fragments: readonly Span[];
  /** The text brat stored after the offsets, for a consistency check. */
  text: string;
  readonly line: number;
}

interface EventLine {
  readonly id: string;
  readonly roles: readonly { readonly role: string; readonly target: string }[];
  readonly line: number;
}

export function parseBratAnnotations(ann: string, text: string, file: string): ReadResult<EvalRelation[]> {
  const problems: ReadProblem[] = [];
  const report = (line: number | null, message: string): void => {
    problems.push({ file, line, message });
  };
  const toUtf16 = buildCodePointConverter(text);
  const textBounds = new Map<string, TextBound>();
  const events: EventLine[] = [];

  // The file ends with a line break; it does not open one more (empty) line of span text.
  const lines = ann.replace(/\r?\n$/, '').split(/\r?\n/);
  let open: TextBound | null = null;
  for (const [index, line] of lines.entries()) {
    const number = index + 1;
    if (!ANNOTATION_LINE.test(line)) {
      if (open) open.text += `\n${line}`;
      else if (line.trim() !== '') report(number, `not a brat annotation line: ${preview(line)}`);
      continue;
    }
    open = null;
    const kind = line[0];
    if (kind === 'T') {
      const parsed = parseTextBound(line, number, toUtf16);
      if (typeof parsed === 'string') report(number, parsed);
      else {
        textBounds.set(parsed.id, parsed.value);
        open = parsed.value;
      }
    } else if (kind === 'E') {
      const parsed = parseEvent(line, number);
      if (typeof parsed === 'string') report(number, parsed);
      else events.push(parsed);
    }
    // A (attributes), R (relations), M, N, * and # (annotator notes) do not bear on attribution spans.
  }

  for (const bound of textBounds.values()) {
    const stored = bound.fragments.map((fragment) => text.slice(fragment.start, fragment.end)).join(' ');
    if (stored !== bound.text)
      report(bound.line, `span text differs from the article text at its offsets: ${preview(bound.text)}`);
  }

  const relations: EvalRelation[] = [];
  for (const event of events) {
    const relation = buildRelation(event, textBounds, text, report);
    if (relation) relations.push(relation);
  }
  return { value: relations, problems };
}

type Parsed<T> = { readonly id: string; readonly value: T } | string;

/** `T12<TAB>Content 120 211;215 230<TAB>text`; offsets in code points. */
function parseTextBound(line: string, number: number, toUtf16: CodePointConverter): Parsed<TextBound> {
  const match = /^(T\d+)\t(\S+) ((?:\d+ \d+;)*\d+ \d+)\t?(.*)$/.exec(line);
  if (!match) return `malformed text-bound annotation: ${preview(line)}`;
  const [, id = '', type = '', offsets = '', stored = ''] = match;
  const fragments: Span[] = [];
  for (const pair of offsets.split(';')) {
    const [startText = '', endText = ''] = pair.split(' ');
    const start = toUtf16(Number(startText));
    const end = toUtf16(Number(endText));
    if (start === undefined || end === undefined)
      return `${id}: offsets ${pair} lie past the end of the text`;
    if (end < start) return `${id}: offsets ${pair} end before they start`;
    fragments.push({ start, end });
  }
  return { id, value: { type, fragments, text: stored, line: number } };
}

/** `E3<TAB>Attribution:T12 Content:T11 Cue:T10 Source:T9`: the trigger first, then the roles. */
function parseEvent(line: string, number: number): EventLine | string {
  const [id = '', body = ''] = line.split('\t');
  const args = body.trim().split(/\s+/);
  const roles: { role: string; target: string }[] = [];
  for (const arg of args) {
    const match = /^([^:\s]+):([TE]\d+)$/.exec(arg);
    if (!match) return `${id}: malformed event argument ${JSON.stringify(arg)}`;
    roles.push({ role: match[1]!, target: match[2]! });
  }
  if (roles.length === 0) return `${id}: event without a trigger`;
  return { id, roles, line: number };
}

function buildRelation(
  event: EventLine,
  textBounds: ReadonlyMap<string, TextBound>,
  text: string,
  report: (line: number, message: string) => void,
): EvalRelation | null {
  const [trigger, ...roles] = event.roles;
  if (!trigger || !ATTRIBUTION_EVENTS.has(trigger.role)) return null;
  const sources: Span[] = [];
  const cues: Span[] = [];
  const content: Span[] = [];
  for (const { role, target } of roles) {
    const bound = textBounds.get(target);
    if (!bound) {
      report(event.line, `${event.id}: role ${role} points at ${target}, which is not a readable span`);
      continue;
    }
    // Content2, Content3... are further content fragments; Source and Cue get no numbered roles in
    // PolNeAR, but a numbered one would be the same part of the relation.
    const part = /^(Source|Cue|Content)\d*$/.exec(role)?.[1];
    if (part === 'Source') sources.push(...bound.fragments);
    else if (part === 'Cue') cues.push(...bound.fragments);
    else if (part === 'Content') content.push(...bound.fragments);
  }
  if (content.length === 0) return null;
  content.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    id: event.id,
    source: hull(sources),
    cue: hull(cues),
    content,
    type: classifyContentType(content.map((fragment) => text.slice(fragment.start, fragment.end))),
  };
}

/** A Source or Cue with several fragments is one span from the first start to the last end (EVAL.md). */
function hull(fragments: readonly Span[]): Span | null {
  if (fragments.length === 0) return null;
  return {
    start: Math.min(...fragments.map((fragment) => fragment.start)),
    end: Math.max(...fragments.map((fragment) => fragment.end)),
  };
}

const preview = (line: string): string => JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line);
