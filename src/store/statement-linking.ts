/**
 * What linking a report to its statement is, whatever the engine (src/store/sqlite/link-statements.ts and
 * src/store/postgres/link-statements.ts look the candidates up, each its own way): a report's words, whose
 * reports it is compared with, the date window, the limits of a lookup, and which candidate it joins. Both
 * engines use these, so that one record gives the same statements in either.
 */
import { matchKey } from '../link/match-key.js';
import { nameSkeleton } from '../link/name-skeleton.js';
import { compareWordings, type Wording, type WordingMatch } from '../link/wording.js';
import type { Attribution } from '../types.js';

/** How a report joined its statement. */
export interface StatementLink {
  readonly statementId: number;
  readonly match: WordingMatch | 'first' | 'translated';
  readonly altered: boolean;
}

export interface ReportToLink {
  readonly attribution: Attribution;
  readonly personId: number | null;
  /** The said-at value, else the publication date (`YYYY-MM-DD` prefix), else null. */
  readonly dated: string | null;
  /** The language of the report's words (the quotation's own, else its article's), if known. */
  readonly language?: string | null;
}

/** The numbers a report's words hold ("40", "120", "10"): what a translation keeps as it was said. */
export function numbersIn(content: readonly { text: string }[]): Set<string> {
  return new Set(
    content
      .flatMap((fragment) => fragment.text.match(/\d+(?:[.,]\d+)?/gu) ?? [])
      .map((number) => number.replace(',', '.')),
  );
}

/** Words this long are compared across languages by their sound (cognates, names, places). */
const COGNATE_LENGTH = 6;
/** How many of a word's sound letters stand for it: inflected forms share them ("генератор", "generators"). */
const COGNATE_PREFIX = 5;
/** Reports without numbers join a translation only when they share this many cognates. */
export const MIN_SHARED_COGNATES = 2;

/**
 * The long words of a report by the first letters of their sound skeleton, whatever the script: what a
 * translation keeps of names, places and international words ("Generator", "генератор", "générateur"
 * share "hener"; "Dnistrowa" and "Дністрова" share "dnist").
 */
export function cognatesIn(content: readonly { text: string }[]): Set<string> {
  const found = new Set<string>();
  for (const fragment of content)
    for (const word of fragment.text.match(/\p{L}+/gu) ?? [])
      if (word.length >= COGNATE_LENGTH) {
        const skeleton = nameSkeleton(word.toLowerCase()).slice(0, COGNATE_PREFIX);
        if (skeleton.length >= COGNATE_PREFIX - 1) found.add(skeleton);
      }
  return found;
}

/**
 * The statement a report in one language joins as a translation of reports in another: among the same
 * person's reports dated the same day in other languages, those that keep what a translation keeps. Either
 * the same numbers (at least one, all of them equal), or no number on either side and at least
 * MIN_SHARED_COGNATES long words of the same sound (names, places, international words). Taken only when
 * every such report belongs to one statement: a person says several things a day, and words alone decide
 * little across languages (precision first). On the multilingual samples' gold, among one speaker's reports
 * of one day in two languages, equal numbers held for 268 pairs of one statement and no pair of two, two
 * shared cognates for 183 and 2.
 */
export function translatedStatement(
  report: ReportToLink,
  candidates: readonly { readonly content: readonly { text: string }[]; readonly statementId: number }[],
): StatementLink | null {
  if (report.personId === null) return null;
  const numbers = numbersIn(report.attribution.content);
  const cognates = numbers.size === 0 ? cognatesIn(report.attribution.content) : new Set<string>();
  const same = (other: Set<string>) =>
    other.size === numbers.size && [...numbers].every((number) => other.has(number));
  const translates = (content: readonly { text: string }[]): boolean => {
    const theirs = numbersIn(content);
    if (!same(theirs)) return false;
    if (numbers.size > 0) return true;
    let shared = 0;
    for (const cognate of cognatesIn(content)) if (cognates.has(cognate)) shared += 1;
    return shared >= MIN_SHARED_COGNATES;
  };
  const statements = new Set(
    candidates.filter((candidate) => translates(candidate.content)).map((candidate) => candidate.statementId),
  );
  return statements.size === 1
    ? { statementId: [...statements][0]!, match: 'translated', altered: false }
    : null;
}

/** How far apart (in days) two reports of one statement may be dated, when both are. */
export const WINDOW_DAYS = 120;
/** At most this many of a report's terms are looked up, and this many earlier reports compared. */
export const MAX_TERMS = 40;
export const MAX_CANDIDATES = 20;
/** Per term, at most this many of the speaker's latest reports in the window are counted. */
export const TERM_POSTINGS = 200;

/** A report's words: its fragments joined. */
export const wordingOf = (content: readonly { text: string }[]): string =>
  content.map((fragment) => fragment.text).join(' … ');

/**
 * The key a speaker's reports are compared and filed (report_terms) under: the person (`p12`), else an
 * unnamed source's words (`s:` and them folded); null without either.
 */
export const speakerKey = (personId: number | null, source: string | null): string | null =>
  personId !== null ? `p${personId}` : source !== null ? `s:${matchKey(source)}` : null;

/** Whose reports a report is compared with: the person's, or an unnamed source's by its words. */
export const reportSpeakerKey = (attribution: Attribution, personId: number | null): string | null =>
  speakerKey(personId, attribution.source?.text ?? null);

/** The dates `WINDOW_DAYS` before and after a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` value, as comparable strings. */
export function windowAround(value: string): [string, string] {
  const [year, month = '01', day = '01'] = value.split('-');
  const middle = Date.UTC(Number(year), Number(month) - 1, Number(day));
  if (Number.isNaN(middle)) return ['0000', '9999'];
  const shift = (days: number): string => new Date(middle + days * 86_400_000).toISOString().slice(0, 10);
  // A month or a year is a span: widen the window by that span's length.
  const extra = value.length === 4 ? 365 : value.length === 7 ? 31 : 0;
  return [shift(-WINDOW_DAYS - extra), shift(WINDOW_DAYS + extra)];
}

/**
 * The statement a report joins among the earlier reports found for it (in the order found): that of the one
 * whose words it repeats best; a paraphrase joins only under a named person (for an unnamed source it is too
 * weak a tie). Null when none repeats it.
 */
export function bestStatement(
  wording: Wording,
  personId: number | null,
  candidates: readonly { readonly content: readonly { text: string }[]; readonly statementId: number }[],
): StatementLink | null {
  let best: StatementLink | null = null;
  let bestScore = 0;
  for (const candidate of candidates) {
    const comparison = compareWordings(wording, wordingOf(candidate.content));
    if (comparison.match === null) continue;
    if (personId === null && comparison.match === 'paraphrased') continue;
    if (comparison.score > bestScore) {
      bestScore = comparison.score;
      best = { statementId: candidate.statementId, match: comparison.match, altered: comparison.altered };
    }
  }
  return best;
}

/** The source words a new statement of an unnamed source keeps (it joins other reports only by them). */
export const statementSourceKey = (attribution: Attribution, personId: number | null): string | null =>
  personId === null && attribution.source ? matchKey(attribution.source.text) : null;
