/**
 * Where words are quoted in a paragraph: quotations between the language's marks (outermost only, nested
 * pairs inside them skipped), and, in Ukrainian and Russian, speech after a dialogue dash. An author's
 * clause inside a quotation ("«Мы не отступим, — сказал он. — У города будет тепло»", "« A, a-t-il
 * ajouté. B »") splits it into pieces and is kept, to find the cue and source in.
 */
import type { Span } from '../../types.js';
import type { LanguageRules } from './language-rules.js';

export interface Utterance {
  /** The words said, in order: each without the author's words; with enclosing marks when both ends have one. */
  readonly pieces: readonly Span[];
  /** From the first opening mark (or dash) to the last closing mark (or the end of the speech). */
  readonly extent: Span;
  /** The author's words inside the quotation or dash speech ("сказал он"), if any. */
  readonly inserted: Span | null;
  readonly kind: 'quotation' | 'dash';
}

const SPACE = /[\s\u00a0\u202f]/u;
const DASH = /[—–]/u;

/** The pieces of `span` with surrounding white space trimmed and, when both ends touch marks, the marks taken. */
function trimmed(text: string, start: number, end: number): Span {
  let from = start;
  let to = end;
  while (from < to && SPACE.test(text[from]!)) from += 1;
  while (to > from && SPACE.test(text[to - 1]!)) to -= 1;
  return { start: from, end: to };
}

/** Takes a piece's enclosing marks when both ends touch one (across spaces), as onrecord's contents hold them. */
export function withEnclosingMarks(
  text: string,
  piece: Span,
  opening: ReadonlySet<string>,
  closing: ReadonlySet<string>,
): Span {
  let before = piece.start - 1;
  while (before >= 0 && SPACE.test(text[before]!)) before -= 1;
  let after = piece.end;
  while (after < text.length && SPACE.test(text[after]!)) after += 1;
  return before >= 0 && opening.has(text[before]!) && closing.has(text[after] ?? '')
    ? { start: before, end: after + 1 }
    : piece;
}

/**
 * The author's clause inside a quotation: in uk/ru after ", — " (or "! — ", "? — ") up to ". — " or ", — ";
 * in the other languages after ", " when the clause starts with a cue, up to the next ". " or ", ".
 * `startsWithCue` tells whether a clause begins with a reporting word.
 */
function insertedClause(
  text: string,
  inner: Span,
  rules: LanguageRules,
  startsWithCue: (at: number) => boolean,
): { before: Span; clause: Span; after: Span } | null {
  const body = text.slice(inner.start, inner.end);
  const pattern = rules.dialogueDash ? /([,!?…])\s+[—–]\s+/gu : /(,)\s+/gu;
  for (const match of body.matchAll(pattern)) {
    const clauseStart = inner.start + match.index + match[0].length;
    if (!startsWithCue(clauseStart)) continue;
    const rest = text.slice(clauseStart, inner.end);
    // uk/ru: the author's words end at ". — " or ", — "; elsewhere at a sentence's end, or at a comma
    // after which the quotation goes on in lower case ("« A, dit-il, b »").
    const end = rules.dialogueDash
      ? /[.,]\s+[—–]\s+/u.exec(rest)
      : (/[.;]\s+/u.exec(rest) ?? /,\s+(?=\p{Ll})/u.exec(rest));
    if (end === null) return null;
    const punctuationKept = match[1] === ',' ? 0 : 1;
    return {
      before: { start: inner.start, end: inner.start + match.index + punctuationKept },
      clause: { start: clauseStart, end: clauseStart + end.index },
      after: { start: clauseStart + end.index + end[0].length, end: inner.end },
    };
  }
  return null;
}

export function findUtterances(
  text: string,
  paragraph: Span,
  rules: LanguageRules,
  startsWithCue: (at: number) => boolean,
): Utterance[] {
  const opening = new Set(rules.quotePairs.map(([open]) => open));
  const closing = new Set(rules.quotePairs.map(([, close]) => close));
  const utterances: Utterance[] = [];
  const pieceOf = (start: number, end: number): Span =>
    withEnclosingMarks(text, trimmed(text, start, end), opening, closing);

  let at = paragraph.start;
  // Dialogue dash: a paragraph that opens with a dash is speech up to the author's words.
  const head = text.slice(paragraph.start, paragraph.end);
  const dash = rules.dialogueDash ? /^\s*[—–]\s+/u.exec(head) : null;
  if (dash !== null) {
    const speech: Span = { start: paragraph.start + dash[0].length, end: paragraph.end };
    const split = insertedClause(text, speech, rules, startsWithCue);
    const trailing = /([,!?…])\s+[—–]\s+/gu;
    let author: Span | null = null;
    let first: Span = speech;
    if (split === null) {
      // "— Слова, — сказав він." : the author's words end the paragraph.
      for (const match of text.slice(speech.start, speech.end).matchAll(trailing)) {
        const clauseStart = speech.start + match.index + match[0].length;
        if (!startsWithCue(clauseStart)) continue;
        first = { start: speech.start, end: speech.start + match.index + (match[1] === ',' ? 0 : 1) };
        author = { start: clauseStart, end: speech.end };
        break;
      }
    }
    const pieces =
      split === null
        ? [trimmed(text, first.start, first.end)]
        : [
            trimmed(text, split.before.start, split.before.end),
            trimmed(text, split.after.start, split.after.end),
          ];
    utterances.push({
      pieces: pieces.map((piece) => trimTrailingPeriodBeforeDash(text, piece)),
      extent: {
        start: paragraph.start + dash[0].length - dash[0].trimStart().length,
        end: (author ?? pieces.at(-1)!).end,
      },
      inserted: split?.clause ?? author,
      kind: 'dash',
    });
    at = speech.end;
  }

  while (at < paragraph.end) {
    let openAt = -1;
    let pair: readonly [string, string] | undefined;
    for (let index = at; index < paragraph.end && openAt === -1; index += 1) {
      pair = rules.quotePairs.find(([open]) => open === text[index]);
      if (pair) openAt = index;
    }
    if (openAt === -1 || !pair) break;
    const [open, close] = pair;
    // The matching close: same-kind marks nest ("«… «…» …»").
    let depth = 0;
    let closeAt = -1;
    for (let index = openAt + 1; index < paragraph.end; index += 1) {
      const char = text[index]!;
      if (char === close && depth === 0) {
        closeAt = index;
        break;
      }
      if (char === open && open !== close) depth += 1;
      else if (char === close) depth -= 1;
    }
    if (closeAt === -1) {
      at = openAt + 1;
      continue;
    }
    const inner: Span = { start: openAt + 1, end: closeAt };
    // «Укренергомережа-Захід», »Hydrelis«: a name in quotation marks (a few capitalized words) is not speech.
    if (isQuotedName(text.slice(inner.start, inner.end))) {
      at = closeAt + 1;
      continue;
    }
    const split = insertedClause(text, inner, rules, startsWithCue);
    const pieces =
      split === null
        ? [pieceOf(inner.start, inner.end)]
        : [pieceOf(split.before.start, split.before.end), pieceOf(split.after.start, split.after.end)];
    utterances.push({
      pieces,
      extent: { start: openAt, end: closeAt + 1 },
      inserted: split?.clause ?? null,
      kind: 'quotation',
    });
    at = closeAt + 1;
  }
  return utterances.filter((utterance) => utterance.pieces.every((piece) => piece.end > piece.start));
}

/** A short run of capitalized words without sentence punctuation: an institution's or a work's name. */
function isQuotedName(inner: string): boolean {
  const words = inner.trim().split(/[\s\u00a0]+/u);
  return (
    words.length <= 4 &&
    !/[.,!?;:…]/u.test(inner) &&
    words.every(
      (word) => /^[\p{Lu}\d]/u.test(word) || /^(de|du|la|le|der|die|das|of|the|y|i|и|і|та)$/u.test(word),
    )
  );
}

/** Dash speech keeps its own final . ? ! but not a period that only closes the paragraph before nothing. */
function trimTrailingPeriodBeforeDash(text: string, piece: Span): Span {
  let end = piece.end;
  while (
    end > piece.start &&
    (text[end - 1] === ',' || DASH.test(text[end - 1]!) || SPACE.test(text[end - 1]!))
  )
    end -= 1;
  return { start: piece.start, end };
}
