/**
 * Wordings of one statement compared word by word: what makes two reports the same utterance (verbatim,
 * re-punctuated, truncated, lightly edited, paraphrased) and what makes a report altered (a negation or a
 * number that the other wording does not have).
 */
import { matchKey } from './match-key.js';

/** The words of a wording, folded: case, quotation marks, punctuation and apostrophe styles do not count. */
export function wordsOf(text: string): string[] {
  return matchKey(text)
    .replace(/[’‘`]/gu, "'")
    .split(/[^\p{L}\p{N}'%]+/u)
    .map((word) => word.replace(/^'+|'+$/gu, ''))
    .filter((word) => word !== '');
}

export type WordingMatch = 'verbatim' | 'truncated' | 'edited' | 'paraphrased';

export interface WordingComparison {
  readonly match: WordingMatch | null;
  /** How alike the two are, from 0 to 1 (1 for verbatim). */
  readonly score: number;
  /** A negation or a number differs where the wordings otherwise align: the meaning changed. */
  readonly altered: boolean;
}

/** Fewest words a truncated report must keep to count as one. */
const MIN_TRUNCATED_WORDS = 4;
/** Share of the shorter wording that an edited one must keep in order (longest common subsequence). */
const EDITED_SHARE = 0.8;
/** Share of the shorter wording's content stems a paraphrase must share; tuned for precision. */
const PARAPHRASE_SHARE = 0.5;
const MIN_SHARED_STEMS = 3;

const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'none',
  'nobody',
  'neither',
  'nor',
  'cannot',
  "n't",
]);
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion half'.split(
    ' ',
  ),
);

/** A wording's words and names, computed once when one wording is compared with many. */
export interface Wording {
  readonly words: readonly string[];
  readonly names: ReadonlySet<string>;
}

export const prepareWording = (text: string): Wording => ({ words: wordsOf(text), names: namesIn(text) });

export function compareWordings(a: string | Wording, b: string | Wording): WordingComparison {
  const first = typeof a === 'string' ? prepareWording(a) : a;
  const second = typeof b === 'string' ? prepareWording(b) : b;
  const left = first.words;
  const right = second.words;
  if (left.length === 0 || right.length === 0) return { match: null, score: 0, altered: false };
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  if (shorter.length === longer.length && shorter.every((word, index) => word === longer[index]))
    return { match: 'verbatim', score: 1, altered: false };
  if (shorter.length >= MIN_TRUNCATED_WORDS && containsRun(longer, shorter))
    return { match: 'truncated', score: 0.95, altered: false };
  const common = commonSubsequence(shorter, longer);
  if (common.length / shorter.length >= EDITED_SHARE && shorter.length >= MIN_TRUNCATED_WORDS) {
    return {
      match: 'edited',
      score: 0.6 + (0.3 * common.length) / longer.length,
      altered: changesMeaning(shorter, longer, common),
    };
  }
  // Names of people, places and companies say what a report is about, not what was said: a paraphrase must
  // share its other words ("the route would stay in Halvsund" is not "the route would leave Halvsund").
  const names = new Set([...first.names, ...second.names]);
  const share = stemShare(
    shorter.filter((word) => !names.has(word)),
    longer.filter((word) => !names.has(word)),
  );
  if (share.shared >= MIN_SHARED_STEMS && share.ratio >= PARAPHRASE_SHARE)
    return { match: 'paraphrased', score: 0.5 * share.ratio, altered: numbersDiffer(shorter, longer) };
  return { match: null, score: 0, altered: false };
}

const isNumber = (word: string): boolean => /\p{N}/u.test(word) || NUMBER_WORDS.has(word);
const isNegation = (word: string): boolean => NEGATIONS.has(word) || word.endsWith("n't");

/** Each side has a number the other lacks: one was replaced ("five summers" reported as "two summers"). */
function numbersDiffer(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a.filter(isNumber));
  const right = new Set(b.filter(isNumber));
  return [...left].some((word) => !right.has(word)) && [...right].some((word) => !left.has(word));
}

function containsRun(longer: readonly string[], run: readonly string[]): boolean {
  outer: for (let start = 0; start + run.length <= longer.length; start += 1) {
    for (let index = 0; index < run.length; index += 1)
      if (longer[start + index] !== run[index]) continue outer;
    return true;
  }
  return false;
}

/** One longest common subsequence, as pairs of indices [into a, into b] of the words kept. */
export function commonSubsequence(a: readonly string[], b: readonly string[]): [number, number][] {
  const columns = b.length + 1;
  const table = new Uint16Array((a.length + 1) * columns);
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      table[i * columns + j] =
        a[i] === b[j]
          ? table[(i + 1) * columns + j + 1]! + 1
          : Math.max(table[(i + 1) * columns + j]!, table[i * columns + j + 1]!);
  const kept: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      kept.push([i, j]);
      i += 1;
      j += 1;
    } else if (table[(i + 1) * columns + j]! >= table[i * columns + j + 1]!) i += 1;
    else j += 1;
  }
  return kept;
}

/**
 * Whether an edit changed the meaning: between the first and the last word the wordings share (words
 * outside were cut, not changed), one side negates where the other does not, or a number was replaced by
 * another ("five" by "two"; a number only added, "the levy of six crowns", is a detail, not a change).
 */
function changesMeaning(
  a: readonly string[],
  b: readonly string[],
  kept: readonly [number, number][],
): boolean {
  if (kept.length === 0) return false;
  const unshared = (words: readonly string[], side: 0 | 1): string[] => {
    const keptSet = new Set(kept.map((pair) => pair[side]));
    const found: string[] = [];
    for (let index = kept[0]![side]; index <= kept.at(-1)![side]; index += 1)
      if (!keptSet.has(index)) found.push(words[index]!);
    return found;
  };
  const left = unshared(a, 0);
  const right = unshared(b, 1);
  const negations = (words: readonly string[]) => words.filter(isNegation).length;
  return negations(left) !== negations(right) || numbersDiffer(left, right);
}

/** A crude English stem: enough to meet "affordable" with "afforded" and "years" with "year". */
export function stemOf(word: string): string {
  for (const suffix of ['ability', 'ibility', 'able', 'ible', 'ing', 'ed', 'es', 's', 'ly'])
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  return word;
}

const STOP_WORDS = new Set(
  `a an the and or but if of to in on at by for with from as is are was were be been being it its this that
  these those we our us you your he him his she her they them their i me my will would can could should may
  might must do does did have has had not no so than then there here what which who whom whose when where why
  how all any some more most such only also just very into about over after before`.split(/\s+/u),
);

/** Words written with a capital inside a sentence (not after . ! ? or an opening mark): names, folded. */
export function namesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/(?<![.!?:"“‘'«„(]\s*|^\s*)\b(\p{Lu}[\p{L}'’-]*)/gu))
    for (const word of wordsOf(match[1]!)) names.add(word);
  return names;
}

/** The stems of a wording's content words, without duplicates: what reports of one statement share. */
export const contentStems = (words: readonly string[]): Set<string> =>
  new Set(words.filter((word) => !STOP_WORDS.has(word)).map(stemOf));

function stemShare(a: readonly string[], b: readonly string[]): { shared: number; ratio: number } {
  const left = contentStems(a);
  const right = contentStems(b);
  const smaller = Math.min(left.size, right.size);
  if (smaller === 0) return { shared: 0, ratio: 0 };
  let shared = 0;
  for (const stem of left) if (right.has(stem)) shared += 1;
  return { shared, ratio: shared / smaller };
}

/**
 * A word-level diff from one wording to another: the words of `to` that are new (`added`), those of `from`
 * it lacks (`removed`), and the shared ones (`same`), compared folded but shown as written in `to`/`from`.
 */
export function wordDiff(from: string, to: string): { op: 'same' | 'added' | 'removed'; text: string }[] {
  const shown = (text: string) => text.split(/\s+/u).filter((word) => word !== '');
  const left = shown(from);
  const right = shown(to);
  const fold = (word: string) => wordsOf(word).join(' ');
  const kept = commonSubsequence(left.map(fold), right.map(fold));
  const parts: { op: 'same' | 'added' | 'removed'; text: string }[] = [];
  const push = (op: 'same' | 'added' | 'removed', word: string) => {
    const last = parts.at(-1);
    if (last?.op === op) parts[parts.length - 1] = { op, text: `${last.text} ${word}` };
    else parts.push({ op, text: word });
  };
  let i = 0;
  let j = 0;
  for (const [keptLeft, keptRight] of [...kept, [left.length, right.length] as [number, number]]) {
    for (; i < keptLeft; i += 1) push('removed', left[i]!);
    for (; j < keptRight; j += 1) push('added', right[j]!);
    if (keptLeft < left.length) push('same', right[keptRight]!);
    i = keptLeft + 1;
    j = keptRight + 1;
  }
  return parts;
}
