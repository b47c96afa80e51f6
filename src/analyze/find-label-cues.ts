import type { Span } from '../types.js';
import { trimmedEnd } from './spans.js';
import { attributionCandidate, trimTrailingPunctuation, type AttributionCandidate } from './candidate.js';
import {
  ANALYZED_BLOCK_KINDS,
  firstTokenAt,
  nextWord,
  previousWord,
  type AnalysisContext,
} from './context.js';
import { isCapitalized, type Token } from './tokenize.js';
import { cueOf, type Cue } from './find-cues.js';
import { NON_HEADS } from './lexicon/function-words.js';
import { isBoundaryWord } from './noun-phrases.js';
import { isKnownWord } from './model/word-classes.js';

/** Dashes that set a speaker's name after a quotation ("… ― Julie Martinez"). */
const ATTRIBUTION_DASHES = new Set(['―', '—', '–']);
const MAX_NAME_WORDS = 5;

/**
 * Attributions marked by layout rather than by words: a transcript's speaker label opening a paragraph
 * ("WALLACE: Let's start with ..."), and a quotation signed with a dash and a name ("“…” ― Julie
 * Martinez"). The label or the dash is the cue, as PolNeAR's annotators mark it.
 */
export function findLabelAttributions(context: AnalysisContext): AttributionCandidate[] {
  const found: AttributionCandidate[] = [];
  for (const block of context.blocks) {
    if (!ANALYZED_BLOCK_KINDS.has(block.kind)) continue;
    // A headline's "Name: words" is read by findHeadlineAttribution.
    const label = block.kind === 'title' ? null : transcriptLabel(context, block);
    if (label) found.push(label);
    found.push(...signedQuotations(context, block));
  }
  return found;
}

/** A layout cue: the one token (a colon, a dash) that marks the attribution. */
const labelCue = (context: AnalysisContext, token: number): Cue =>
  cueOf({
    kind: 'label',
    sentence: context.sentenceOfToken[token]!,
    range: { first: token, last: token },
    source: null,
    verb: null,
  });

/** `NAME: words` at the start of a paragraph, the name in capitals or one to three capitalized words. */
function transcriptLabel(context: AnalysisContext, block: Span): AttributionCandidate | null {
  const { tokens } = context;
  let first = firstTokenAt(tokens, block.start);
  if (tokens[first]?.kind === 'punct' && context.quotationOfToken[first] !== -1) first += 1;
  let last = first;
  // Names, each its words joined by hyphens or apostrophes ("OBI-WALCOTT", "O'BRIEN" are one name).
  let names = 0;
  while (tokens[last] && tokens[last]!.end <= block.end && tokens[last]!.text !== ':') {
    const token = tokens[last]!;
    if (token.kind === 'word') {
      if (!isCapitalized(token) && !isJoined(tokens, last - 1)) return null;
      if (!isJoined(tokens, last - 1) && ++names > 3) return null;
    } else if (token.kind === 'punct' && token.text !== '.' && !isJoined(tokens, last)) return null;
    last += 1;
  }
  const colon = last;
  if (names === 0 || tokens[colon]?.text !== ':') return null;
  const nameTokens = wordsBetween(tokens, first, colon);
  // A hyphenated label of dictionary words is a heading ("WORLD-NEWS:", "FOLLOW-UP:", "CO-CHAIR:"), not a
  // name ("OBI-WALCOTT:").
  if (
    names === 1 &&
    nameTokens.length > 1 &&
    (nameTokens.every((token) => isKnownWord(token.lower)) ||
      nameTokens.some((token) => HEADING_JOINERS.has(token.lower)))
  )
    return null;
  // A label is in capitals (WALLACE) or a short name; "Update:", "Follow-Up:" or "Editor's Note:" are not
  // speakers.
  const allCaps = nameTokens.every(inCapitals);
  if (!allCaps && names < 2) return null;
  // "CLARIFICATION:", "UPDATE:": the newsroom's own notes, in capitals like a transcript's speakers.
  if (nameTokens.length === 1 && NEWSROOM_LABELS.has(nameTokens[0]!.lower)) return null;
  const contentStart = nextWord(tokens, colon);
  if (!tokens[contentStart] || tokens[contentStart].start >= block.end) return null;
  return attributionCandidate({
    cue: labelCue(context, colon),
    source: { first, last: previousWord(tokens, colon) },
    content: [{ start: tokens[contentStart].start, end: trimmedEnd(context.text, block) }],
    confidence: 0.7,
    contentSide: 'right',
  });
}

/**
 * A hyphen or apostrophe joining two words with no space on either side ("OBI-WALCOTT", "O'BRIEN"):
 * `index` is the punctuation's token.
 */
function isJoined(tokens: readonly Token[], index: number): boolean {
  const mark = tokens[index];
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return (
    mark?.kind === 'punct' &&
    JOINING_MARKS.has(mark.text) &&
    before?.kind === 'word' &&
    after?.kind === 'word' &&
    before.end === mark.start &&
    mark.end === after.start &&
    // After an apostrophe, a name's first part is one letter ("O'BRIEN", "D'ARCY"): not "EDITOR'S",
    // "DON'T".
    (HYPHENS.has(mark.text) || (before.text.length === 1 && isCapitalized(after)))
  );
}

const HYPHENS = new Set(['-', '\u2010', '\u2011']);
/** Words that join a heading's parts and no name's ("Q-AND-A", "WHO-TO-CALL"). */
const HEADING_JOINERS = new Set(['and', 'or', 'the', 'in', 'on', 'to']);
const JOINING_MARKS = new Set([...HYPHENS, "'", '\u2019']);

/** Words of the newsroom's own headline labels, not speakers ("Breaking:", "Delegate Update:"). */
const NEWSROOM_LABELS = new Set([
  'breaking',
  'exclusive',
  'update',
  'updated',
  'latest',
  'watch',
  'video',
  'live',
  'byline',
  'revealed',
  'bombshell',
  'busted',
  'boom',
  'wow',
  'look',
  'just',
  'paid',
  'correction',
  'clarification',
  'warning',
  'note',
  'disclosure',
]);

/** Section labels that open a headline ("Analysis:", "Photos:"); "WSJ editorial:" names a speaker. */
const SECTION_LABELS = new Set([
  'analysis',
  'opinion',
  'editorial',
  'fact',
  'photos',
  'photo',
  'explainer',
  'review',
  'interview',
  'podcast',
]);

/** How many words a headline's speaker label may have ("McCain Challenger Kelli Ward"). */
const MAX_HEADLINE_LABEL_WORDS = 5;

/**
 * `Graham: Trump's rhetoric destroying GOP's chance`: a headline that opens with a name and a colon
 * attributes the rest of the line to that name, the colon its cue, as PolNeAR's annotators mark it (in
 * train, 82 of the 134 headlines with a colon in their first words; this rule reads 91 headlines of train as
 * such, 80 of them as the annotators did). Not a newsroom label ("Breaking:", "The Latest:"),
 * and not a clause ("Bill is back:", "Clinton to Planned Parenthood:"): the label is capitalized words
 * with at most two lower-case nouns among them ("Clinton camp", "WSJ editorial").
 */
export function findHeadlineAttribution(context: AnalysisContext): AttributionCandidate | null {
  const { tokens } = context;
  const block = context.blocks.find((candidate) => candidate.kind === 'title');
  if (!block) return null;
  const first = nextWord(tokens, firstTokenAt(tokens, block.start) - 1);
  let colon = first;
  let words = 0;
  let lower = 0;
  for (; tokens[colon] && tokens[colon]!.end <= block.end && tokens[colon]!.text !== ':'; colon += 1) {
    const token = tokens[colon]!;
    if (token.kind === 'space') continue;
    if (token.kind === 'punct') {
      // Initials, possessives and hyphens belong to names ("Dr. Ben Carson", "Democrats' new warning").
      if (!/^[.'’-]$/u.test(token.text)) return null;
      continue;
    }
    // Title case capitalizes every word, so function words are refused capitalized too ("Stealth Over Health").
    // A verb of saying makes the label a clause ("Brandt Says:"), which the verb cue reads; "Report:",
    // as often a noun, stays a label.
    if (
      ++words > MAX_HEADLINE_LABEL_WORDS ||
      NOT_NOUNS.has(token.lower) ||
      NEWSROOM_LABELS.has(token.lower) ||
      isBoundaryWord(token) ||
      (words === 1 && SECTION_LABELS.has(token.lower))
    )
      return null;
    if (isCapitalized(token)) continue;
    if (colon === first || ++lower > 2 || !/^\p{Ll}+$/u.test(token.text)) return null;
  }
  if (words === 0 || tokens[colon]?.text !== ':') return null;
  if (isKicker(tokens, first, colon, words)) return null;
  const contentStart = nextWord(tokens, colon);
  if (!tokens[contentStart] || tokens[contentStart].start >= block.end) return null;
  if (wordsBetween(tokens, contentStart, firstTokenAt(tokens, block.end)).length < 2) return null;
  return attributionCandidate({
    cue: labelCue(context, colon),
    source: { first, last: previousWord(tokens, colon) },
    // Without the headline's closing period, as a sentence's content is.
    content: [
      {
        start: tokens[contentStart].start,
        end: trimTrailingPunctuation(context.text, tokens[contentStart].start, block.end),
      },
    ],
    confidence: 0.7,
    contentSide: 'right',
  });
}

/**
 * "LEVY CUT: Minister blinks ...", "FERRY FARES: ...": several words in capitals before a headline's colon
 * are a kicker (the story's topic), not a speaker. In PolNeAR train and dev, the labels in capitals that
 * are sources are one word, an outlet ("AP:", "HUFFPOLLSTER:"); none of several words is. A name in
 * capitals ("JOE BIDEN: ...") is lost with them: given names are no test, since many are also words
 * ("Levy", "Bill", "Grant").
 */
function isKicker(tokens: readonly Token[], first: number, colon: number, words: number): boolean {
  return words >= 2 && wordsBetween(tokens, first, colon).every(inCapitals);
}

/** The colon at token `colon` ends a kicker that opens the headline (see `isKicker`). */
export function endsHeadlineKicker(context: AnalysisContext, colon: number): boolean {
  const { tokens } = context;
  const block = context.blocks.find((candidate) => candidate.kind === 'title');
  const token = tokens[colon];
  if (!block || token?.text !== ':' || token.start < block.start || token.end > block.end) return false;
  const first = nextWord(tokens, firstTokenAt(tokens, block.start) - 1);
  return isKicker(tokens, first, colon, wordsBetween(tokens, first, colon).length);
}

/** A word written in capitals ("WALLACE", "U"), as a transcript's speaker or a kicker is. */
const inCapitals = (token: Token): boolean => token.text === token.text.toUpperCase();

/** Lower-case words that make a headline's opening a clause or a phrase rather than a name. */
const NOT_NOUNS = new Set([...NON_HEADS, 'no', 'more']);

/** `“…” ― Name` or `“…” — Name, role`: quotations closing on a dash and a capitalized name (several per block). */
function signedQuotations(context: AnalysisContext, block: Span): AttributionCandidate[] {
  const { tokens } = context;
  const end = trimmedEnd(context.text, block);
  const found: AttributionCandidate[] = [];
  for (
    let dash = firstTokenAt(tokens, block.start);
    dash < tokens.length && tokens[dash]!.start < end;
    dash += 1
  ) {
    if (!ATTRIBUTION_DASHES.has(tokens[dash]!.text) || context.quotationOfToken[dash] !== -1) continue;
    const quotation = context.quotations[context.quotationOfToken[previousWord(tokens, dash)] ?? -1];
    if (!quotation) continue;
    const name = signature(tokens, nextWord(tokens, dash), end);
    if (!name) continue;
    found.push(
      attributionCandidate({
        cue: labelCue(context, dash),
        source: name,
        content: [...quotation.fragments],
        confidence: 0.7,
        contentSide: 'left',
      }),
    );
  }
  return found;
}

/** The capitalized name after a signing dash, up to a comma or the end of its line. */
function signature(
  tokens: readonly Token[],
  first: number,
  end: number,
): { first: number; last: number } | null {
  let last = -1;
  let words = 0;
  for (let index = first; index < tokens.length && tokens[index]!.start < end; index += 1) {
    const token = tokens[index]!;
    if (token.text === ',' || (token.kind === 'space' && token.text.includes('\n'))) break;
    if (token.kind !== 'word') continue;
    if (!isCapitalized(token) || ++words > MAX_NAME_WORDS) return null;
    last = index;
  }
  return last === -1 ? null : { first, last };
}

function wordsBetween(tokens: readonly Token[], from: number, to: number): Token[] {
  return tokens.slice(from, to).filter((token) => token.kind === 'word');
}
