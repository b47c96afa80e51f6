import { isVowel } from './name-skeleton.js';

/**
 * How far apart two spellings of one name word are, on their skeletons (name-skeleton.ts): an edit distance
 * where what transliterations disagree on costs half (one vowel for another, a vowel left out, a hissing
 * sound for a hushing one: Svitlov and Svetlov 0.5, Wendelstein and Вендельштайн 1) and anything else costs
 * one (Marchand's silent d against Маршан).
 */
export function spellingDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => prefixCost(b, j));
  for (let i = 1; i <= a.length; i += 1) {
    const current = [previous[0]! + indelCost(a[i - 1]!)];
    for (let j = 1; j <= b.length; j += 1)
      current.push(
        Math.min(
          previous[j - 1]! + substitutionCost(a[i - 1]!, b[j - 1]!),
          previous[j]! + indelCost(a[i - 1]!),
          current[j - 1]! + indelCost(b[j - 1]!),
        ),
      );
    previous = current;
  }
  return previous[b.length]!;
}

function prefixCost(word: string, length: number): number {
  let cost = 0;
  for (let at = 0; at < length; at += 1) cost += indelCost(word[at]!);
  return cost;
}

const indelCost = (letter: string): number => (isVowel(letter) ? 0.5 : 1);

const SIBILANTS = new Set(['s', 'x']);

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (isVowel(a) && isVowel(b)) return 0.5;
  if (SIBILANTS.has(a) && SIBILANTS.has(b)) return 0.5;
  return 1;
}

/** Shorter skeletons than these are never taken for another spelling of each other: they must be equal. */
const MIN_SHORTER = 4;
const MIN_LONGER = 5;
/** The most two spellings in two scripts may differ, in all and per letter of the longer skeleton. */
const MAX_ACROSS_SCRIPTS = 1;
const MAX_ACROSS_SCRIPTS_PER_LETTER = 0.2;
/** The most two spellings in one script may differ: one vowel (Svitlov and Svetlov, Olena and Elena). */
export const MAX_WITHIN_SCRIPT = 0.5;

/**
 * The distance between two skeletons when they may be spellings of one name word, else null. In one script
 * only a vowel may differ (Svitlov, Svetlov), for a consonant more or less is another person as often as a
 * misspelling (Ivana and Ivanka Trump, David Brooks and David Brock). In two scripts transliteration differs
 * more: a silent letter one of them leaves out (Marchand, Маршан), a hissing sound for a hushing one
 * (Wendelstein, Вендельштайн). Either way they must begin alike (Donald is not Ronald; a vowel for a vowel
 * is the Олена and Елена of two languages, and i for h is Spanish j, which Cyrillic writes х: Javier,
 * Хав'єр) and agree on a final a, which marks a woman's name in Slavic and Romance languages (Orlova is not
 * Orlov, Maria not Mario).
 */
export function nearSpelling(a: string, b: string, acrossScripts: boolean): number | null {
  if (a === b) return 0;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length < MIN_SHORTER || longer.length < MIN_LONGER) return null;
  if (!beginAlike(a[0]!, b[0]!) || a.endsWith('a') !== b.endsWith('a')) return null;
  if (!acrossScripts && consonants(a) !== consonants(b)) return null;
  const distance = spellingDistance(a, b);
  const most = acrossScripts
    ? Math.min(MAX_ACROSS_SCRIPTS, MAX_ACROSS_SCRIPTS_PER_LETTER * longer.length)
    : MAX_WITHIN_SCRIPT;
  return distance <= most ? distance : null;
}

const consonants = (skeleton: string): string => skeleton.replace(/[aeiou]/gu, '');

function beginAlike(a: string, b: string): boolean {
  if (a === b || (isVowel(a) && isVowel(b)) || (SIBILANTS.has(a) && SIBILANTS.has(b))) return true;
  return (a === 'i' && b === 'h') || (a === 'h' && b === 'i');
}
