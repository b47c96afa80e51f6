import { CLOSING_MARKS } from '../lexicon/quotation-marks.js';
import { bulletContentStart } from './read-bullet.js';

/** Headlines are short; a longer first line is the start of the story. */
const MAX_TITLE_LENGTH = 200;
/** A headline ending in a period (as PolNeAR writes them) must be shorter still, and one sentence. */
const MAX_PERIOD_TITLE_LENGTH = 150;
const MAX_SUBTITLE_LENGTH = 200;

// A word of four or more lower-case letters, a period, then the next sentence: two sentences. Four
// letters, so that "Sen. Graham" and "Mrs. Clinton" are not taken for a sentence break; a question
// inside a headline ("Superdelegates? Dems have too many.") does not count.
const SENTENCE_BREAK = /\p{Ll}{4,}\.['"”’»]?\s+['"“‘«]?\p{Lu}/u;
/** Share of the longer words that are capitalised, above which a line is set in headline case. */
const HEADLINE_CASE_SHARE = 0.7;

/** The last character that is not a closing quotation mark or bracket: "In Question.’" ends in a period. */
function lastSignificantChar(line: string): string {
  let end = line.length;
  while (end > 0 && (CLOSING_MARKS.has(line.charAt(end - 1)) || ')]'.includes(line.charAt(end - 1)))) end--;
  return line.charAt(end - 1);
}

/**
 * Whether most longer words are capitalised ("Barack Obama Just Nominated A Muslim To Be A Federal
 * Judge. That’s A First."): a headline even when it holds two sentences.
 */
function isHeadlineCase(line: string): boolean {
  const words = line.split(/\s+/u).filter((word) => word.length >= 4);
  const capitalised = words.filter((word) => /^['"“‘«]?\p{Lu}/u.test(word)).length;
  return words.length >= 3 && capitalised >= words.length * HEADLINE_CASE_SHARE;
}

function startsLowercase(line: string): boolean {
  return /^\p{Ll}/u.test(line);
}

function hasLetter(line: string): boolean {
  return /\p{L}/u.test(line);
}

/**
 * Whether the first line of a text reads as its headline. A headline is short, and ends without
 * sentence punctuation (a question or exclamation is allowed). Two looser shapes are common enough to
 * accept: a line ending in a semicolon with the subtitle on the next line ("Jobs report gives Democrats a
 * lift; / Solid upturn ..."), and a single short sentence ending in a period that stands alone above a
 * longer paragraph (`longestFollowing`: the length of the longest of the next few lines), as archives
 * such as PolNeAR write headlines. A line continued by a lower-case line is the start of a wrapped
 * paragraph, never a headline.
 */
export function isTitleLine(line: string, nextInGroup: string | null, longestFollowing: number): boolean {
  if (line.length > MAX_TITLE_LENGTH || !hasLetter(line) || bulletContentStart(line) !== null) return false;
  if (nextInGroup !== null && startsLowercase(nextInGroup)) return false;
  const last = lastSignificantChar(line);
  if (last === '') return false;
  if (last === ';') return nextInGroup !== null;
  if (last === '.')
    return (
      nextInGroup === null &&
      longestFollowing > line.length &&
      line.length <= MAX_PERIOD_TITLE_LENGTH &&
      (!SENTENCE_BREAK.test(line) || isHeadlineCase(line))
    );
  return !',:…'.includes(last);
}

/** Whether the line after a headline reads as its subtitle: short, not a sentence, not the headline again. */
export function isSubtitleLine(line: string, title: string | null): boolean {
  if (line.length > MAX_SUBTITLE_LENGTH || !hasLetter(line) || line === title) return false;
  if (startsLowercase(line) || bulletContentStart(line) !== null) return false;
  const last = lastSignificantChar(line);
  return last !== '' && !'.,;:…'.includes(last);
}

/** Whether a headline announces its subtitle on the next line, as the NYT archive writes them. */
export function announcesSubtitle(line: string): boolean {
  return lastSignificantChar(line) === ';';
}
