/**
 * What linking a report to its statement is, whatever the engine (src/store/sqlite/link-statements.ts and
 * src/store/postgres/link-statements.ts look the candidates up, each its own way): a report's words, whose
 * reports it is compared with, the date window, the limits of a lookup, and which candidate it joins. Both
 * engines use these, so that one record gives the same statements in either.
 */
import { matchKey } from '../link/match-key.js';
import { nameSkeleton } from '../link/name-skeleton.js';
import { compareWordings, prepareWording, type Wording, type WordingMatch } from '../link/wording.js';
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

/**
 * Reports of other articles that repeat one another word for word are reports of one statement, whoever
 * each is attributed to: the same words in two articles are one person's, and one of the two speakers is
 * wrong or unknown ("Not one wheel turns in this city", quoted under a nickname the record does not join to
 * the name; a court report quoting the company's denial under the prosecutor who read it out; a quotation
 * whose "he" was not resolved). At least this many words, so that a stock phrase ("we will not back down")
 * joins no one; and only across articles, since within one a report often repeats the words of another it
 * holds ("Declan said after the hearing it was a start"). No date window: the words are evidence enough,
 * and a remark quoted years later ("in 2019 she said that ...") is still the one remark. Statement clusters
 * F1 on the corpora of test/record-corpora and samples/record: 0.667, 0.790, 0.673 and 0.908 before, 0.703,
 * 0.875, 0.725 and 0.920 after, precision nowhere lower; on a held-out corpus written for session 21, 0.404
 * to 0.512 (precision 0.662 to 0.692). Six words instead of seven joined two more correct pairs on one corpus;
 * joining edited wordings too (a word or two changed) cost precision (0.844 to 0.745 on one corpus) for
 * little recall, and so did joining within an article (nested reports).
 */
export const REPEATED_WORDS = 7;
/**
 * Reports are found by runs of this many consecutive words. Every run of a new report is looked up, but a
 * stored report is indexed under every RUN_STRIDE-th run only (a row per run is most of what indexing costs
 * a write: every run, 18% more time to ingest PolNeAR train, against 5-10% for every other one). A wording
 * of RUN_WORDS + RUN_STRIDE - 1 = REPEATED_WORDS words inside a stored one still meets one of its indexed
 * runs wherever it starts, and a stored one inside a new one meets its first.
 */
export const RUN_WORDS = 6;
export const RUN_STRIDE = REPEATED_WORDS - RUN_WORDS + 1;
/**
 * A report is looked up by at most this many of its runs, and indexed under at most every RUN_STRIDE-th of
 * them (quotations of a few hundred words are rare; SQLite joins at most 500 selects in one query).
 */
export const MAX_WORD_RUNS = 200;
/** Per run, at most this many of the latest reports that hold it are counted (see `repeatedStatement`). */
export const RUN_POSTINGS = 50;

/**
 * A run's key: two 32-bit FNV-1a hashes of its words, 53 bits in all (an exact JavaScript number, a
 * 64-bit integer in either database): an integer key keeps the index small, and two runs that share a
 * key only add a candidate that `repeatedStatement` then compares word by word.
 */
export function runKey(words: readonly string[]): number {
  let high = 0x811c9dc5;
  let low = 0x9747b28c;
  for (const word of words) {
    for (let index = 0; index < word.length; index += 1) {
      const code = word.charCodeAt(index);
      high = Math.imul(high ^ code, 0x01000193);
      low = Math.imul(low ^ code, 0x5bd1e995);
    }
    // A separator, so that ["ab", "c"] and ["a", "bc"] differ.
    high = Math.imul(high ^ 32, 0x01000193);
    low = Math.imul(low ^ 32, 0x5bd1e995);
  }
  return (high >>> 0) * 2 ** 21 + ((low >>> 0) & (2 ** 21 - 1));
}

/**
 * The keys of a report's runs of RUN_WORDS words (its wording's words, as `compareWordings` compares
 * them), in order, at most MAX_WORD_RUNS: what a new report is looked up by. None for a report shorter
 * than REPEATED_WORDS, which joins no other speaker's.
 */
export function wordRuns(wording: Wording): number[] {
  const { words } = wording;
  if (words.length < REPEATED_WORDS) return [];
  const runs: number[] = [];
  for (let start = 0; start + RUN_WORDS <= words.length && runs.length < MAX_WORD_RUNS; start += 1)
    runs.push(runKey(words.slice(start, start + RUN_WORDS)));
  return runs;
}

/** The runs a stored report is indexed under: every RUN_STRIDE-th of `wordRuns`, from the first, once each. */
export const indexedRuns = (wording: Wording): number[] => [
  ...new Set(wordRuns(wording).filter((_, index) => index % RUN_STRIDE === 0)),
];

/**
 * The statement of the first candidate whose words the report repeats or that repeats the report's, whole
 * or as a run of the longer (`verbatim` or `truncated`), both at least REPEATED_WORDS words long; null when
 * none does. The candidates are reports of other articles that share runs with it, those sharing the most
 * first, then the oldest; each run counts at most RUN_POSTINGS of the latest reports holding it.
 */
export function repeatedStatement(
  wording: Wording,
  candidates: readonly { readonly content: readonly { text: string }[]; readonly statementId: number }[],
): StatementLink | null {
  if (wording.words.length < REPEATED_WORDS) return null;
  for (const candidate of candidates) {
    const theirs = prepareWording(wordingOf(candidate.content));
    if (theirs.words.length < REPEATED_WORDS) continue;
    const { match } = compareWordings(wording, theirs);
    if (match === 'verbatim' || match === 'truncated')
      return { statementId: candidate.statementId, match, altered: false };
  }
  return null;
}
