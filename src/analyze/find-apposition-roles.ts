import type { AnalysisContext } from './context.js';
import { nextWord, previousWord } from './context.js';
import type { NameMention, PersonDraft } from './find-people.js';
import { AUXILIARIES, DETERMINERS, PREPOSITIONS } from './lexicon/function-words.js';
import {
  HONORIFICS,
  KIN_NOUNS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  ROLE_VERBS,
} from './lexicon/roles.js';
import { isPersonNoun } from './model/word-classes.js';
import { spanOf } from './group-people.js';
import type { TokenRange } from './noun-phrases.js';
import { isApostrophe, type Token } from './tokenize.js';
import { holdsClauseVerb, isClauseVerb } from './finite-verbs.js';

const COPULAS = new Set([
  'is',
  'was',
  'has',
  'had',
  'been',
  'served',
  'serves',
  'became',
  'becomes',
  'remains',
  'remained',
  'as',
]);

/** Words between a subject and the role it takes or leaves: "took over as", "was named", "resigned as". */
const PREDICATE_WORDS = new Set([
  ...COPULAS,
  'have',
  'took',
  'takes',
  'over',
  'named',
  'appointed',
  'elected',
  'now',
  'also',
  'still',
  // A role left: "resigned as chief executive", "stepped down as mayor".
  'resigned',
  'resigns',
  'quit',
  'quits',
  'stepped',
  'steps',
  'down',
  'retired',
  'retires',
]);

/** Words that end a role: a relative clause or the next clause begins ("the senator who has led ..."). */
const ROLE_ENDERS = new Set(['who', 'whose', 'whom', 'which', 'that', 'since', 'until']);

/**
 * Roles from appositions around a name: "Biden, who was the US president at the time," gives "US
 * president"; "Reyes, the city's auditor," gives "city's auditor"; "Vos, who chairs the dockworkers' union,"
 * gives "chairs the dockworkers' union" (matched on "chair"); "the company's founder, Joris Vos," and "his
 * father, Joris Vos," give "company's founder" and "father"; "Vos has been trade minister since 2022" and "Vos
 * took over as chief executive" give "trade minister" and "chief executive". The role ends at a comma, a
 * relative pronoun or a preposition other than "of" (its time, "at the time", is read by the time stage).
 */
export function findAppositionRoles(
  context: AnalysisContext,
  personOf: ReadonlyMap<NameMention, PersonDraft>,
): void {
  const { tokens } = context;
  for (const [mention, person] of personOf) {
    const sentenceStart = context.sentences[context.sentenceOfToken[mention.first]!]!.firstToken;
    const before = roleBefore(tokens, mention.first, mention.name.last, sentenceStart);
    if (before) person.roles.push(spanOf(context, before));
    let comma = nextWord(tokens, mention.name.last);
    // "Vos, 44, took over as ...": an age between the name and what follows.
    const age = tokens[nextWord(tokens, comma)];
    if (tokens[comma]?.text === ',' && age && /^\d{1,3}$/u.test(age.text)) {
      const closing = nextWord(tokens, nextWord(tokens, comma));
      if (tokens[closing]?.text === ',') comma = closing;
    }
    if (tokens[comma]?.text !== ',') {
      const predicate = rolePredicate(tokens, mention.name.last, mention.subject);
      if (predicate) person.roles.push(spanOf(context, predicate));
      continue;
    }
    if (tokens[comma] !== undefined && comma !== nextWord(tokens, mention.name.last)) {
      const predicate = rolePredicate(tokens, comma, true);
      if (predicate) person.roles.push(spanOf(context, predicate));
      continue;
    }
    let first = nextWord(tokens, comma);
    let relative = false;
    if (tokens[first]?.lower === 'who') {
      relative = true;
      first = nextWord(tokens, first);
      while (tokens[first] && COPULAS.has(tokens[first]!.lower)) first = nextWord(tokens, first);
    }
    if (tokens[first] && DETERMINERS.has(tokens[first]!.lower)) first = nextWord(tokens, first);
    let last = -1;
    let hasRoleHead = false;
    for (let index = first; index < tokens.length; index = nextWord(tokens, index)) {
      const token = tokens[index]!;
      if (token.kind === 'punct' && !(isApostrophe(token) || token.text === '-')) break;
      if (token.kind === 'word' && (PREPOSITIONS.has(token.lower) || token.lower === 'or')) break;
      if (token.kind === 'word' && ROLE_ENDERS.has(token.lower) && index !== first) break;
      // "founder and chairman": a role coordinated with another role; otherwise "and" ends it.
      if (token.lower === 'and' && !(hasRoleHead && isRoleWord(tokens[nextWord(tokens, index)]))) break;
      if (
        token.kind === 'word' &&
        (ROLE_HEADS.has(token.lower) || (relative && index === first && ROLE_VERBS.has(token.lower)))
      )
        hasRoleHead = true;
      last = index;
      if (index - first > 24) break;
    }
    if (last < first || !hasRoleHead) continue;
    // A plain apposition is closed by a comma, a relative pronoun or the sentence end ("Reyes, the town's
    // auditor, said"), short and without a verb; otherwise the words after the comma are the next clause ("According to
    // Voss, the delay ...").
    const closing = tokens[nextWord(tokens, last)];
    const closed =
      closing !== undefined &&
      (/^[,.;)]$/u.test(closing.text) ||
        ROLE_ENDERS.has(closing.lower) ||
        (closedAfterModifier(tokens, nextWord(tokens, last)) &&
          !holdsClauseVerb(tokens, first, last) &&
          !CONTRASTING.has(tokens[previousWord(tokens, mention.first)]?.lower ?? '')));
    // "Mika Brzezinski, the Democratic presidential candidate stated that ...": a verb ending the words
    // makes them the next clause's subject (not "the newly appointed police chief,").
    if (!relative && (last - first > 20 || !closed || holdsVerbOfClause(tokens, first, last))) continue;
    person.roles.push(spanOf(context, { first, last }));
  }
}

/**
 * Whether words hold a clause's verb, past participles before a noun aside ("the newly appointed police
 * chief", "the union's elected president"; not "the senator said the bill was dead").
 */
function holdsVerbOfClause(tokens: readonly Token[], first: number, last: number): boolean {
  for (let index = first; index <= last; index += 1) {
    if (!isClauseVerb(tokens, index)) continue;
    const next = nextWord(tokens, index);
    const adjectival =
      tokens[index]!.lower.endsWith('ed') &&
      next <= last &&
      tokens[next]!.kind === 'word' &&
      !DETERMINERS.has(tokens[next]!.lower) &&
      !PREPOSITIONS.has(tokens[next]!.lower);
    if (!adjectival) return true;
  }
  return false;
}

/**
 * Words before a name after which the phrase set off by a comma is the main clause's subject, not an
 * apposition ("Compared with Anna Holt, the senator from Ohio trails ...", "Unlike Holt, the mayor in ...").
 */
const CONTRASTING = new Set([...PREPOSITIONS, 'unlike', 'than']);

/** How many words a role's prepositional modifier may run to ("for the sheriff's office"). */
const MODIFIER_WORDS = 8;

/**
 * `Ben Adair, a spokesman for the sheriff's office, said`: a role whose words stop at a preposition is
 * still a closed apposition where that preposition's phrase runs, with no verb, to a comma or the sentence
 * end. The role itself stays the words before the preposition.
 */
function closedAfterModifier(tokens: readonly Token[], preposition: number): boolean {
  if (!PREPOSITIONS.has(tokens[preposition]?.lower ?? '')) return false;
  let index = nextWord(tokens, preposition);
  for (let words = 0; words < MODIFIER_WORDS && index < tokens.length; words += 1) {
    const token = tokens[index]!;
    if (/^[,.;)]$/u.test(token.text)) return true;
    if (token.kind === 'punct' && !isApostrophe(token) && token.text !== '-') return false;
    if (token.kind === 'word' && (isClauseVerb(tokens, index) || ROLE_ENDERS.has(token.lower))) return false;
    index = nextWord(tokens, index);
  }
  return false;
}

const isRoleWord = (token: Token | undefined): boolean =>
  token !== undefined && (ROLE_HEADS.has(token.lower) || ROLE_MODIFIERS.has(token.lower));

/**
 * The role or relation a name stands in apposition to: "the company's founder, Joris Vos", "his father,
 * Joris Vos" (a lower-case phrase ending in a role or kin noun, then a comma, right before the name).
 */
function roleBefore(
  tokens: readonly Token[],
  first: number,
  mentionLast: number,
  floor: number,
): TokenRange | null {
  const comma = previousWord(tokens, first);
  if (tokens[comma]?.text !== ',') return null;
  const end = previousWord(tokens, comma);
  // "The mayor of Santa Lucía del Monte, Dolores Echeverría,", "The chair of the growers' union, Tigist
  // Alemu,": the head comes before the phrase of its place or body.
  const isHead = (index: number): boolean => {
    const head = tokens[index];
    return (
      head !== undefined && head.kind === 'word' && head.text === head.lower && isRoleHeadWord(head.lower)
    );
  };
  // Set off on both sides: "The town's mayor, Ana Ruiz, said"; not "After examining the patient, Ana Ruiz
  // ordered tests" (the object of an opening phrase), nor "In a letter to the mayor of Boston, Tom Reilly".
  if (!/^[,.;)—–]$/u.test(tokens[nextWord(tokens, mentionLast)]?.text ?? '')) return null;
  const modified = headBeforeModifier(tokens, end, floor);
  const last = modified !== null && isHead(modified) ? modified : end;
  if (!isHead(last)) return null;
  let start = last;
  for (let index = previousWord(tokens, last), words = 0; index >= 0 && words < 5; words += 1) {
    const token = tokens[index]!;
    // "... whoever is governor, Kwame": a role after "is" is a predicate, and the name after it is called on.
    if (AUXILIARIES.has(token.lower)) return null;
    const possessive = isApostrophe(token);
    if (
      !possessive &&
      (token.kind !== 'word' || DETERMINERS.has(token.lower) || PREPOSITIONS.has(token.lower))
    )
      break;
    if (token.kind === 'word' && token.text !== token.lower && !isPossessor(tokens, index)) break;
    start = index;
    index = previousWord(tokens, index);
  }
  // Keep a possessor's apostrophe with its word: "company's founder", not "'s founder".
  while (start < last && (isApostrophe(tokens[start]) || tokens[start]!.lower === 's'))
    start = nextWord(tokens, start);
  return { first: start, last: end };
}

/**
 * A word that heads a role written before a name and a comma: a role's head ("mayor"), a qualifier that
 * ends one ("chief executive", "secretary of state"), a relative ("his father"), or a noun WordNet knows
 * first as a person's ("her publisher", "the novelist"); not an honorific.
 */
const isRoleHeadWord = (word: string): boolean =>
  (ROLE_NOUNS.has(word) && !HONORIFICS.has(word)) ||
  KIN_NOUNS.has(word) ||
  // One person's noun: not "Politics and Pies attendees, Trump would win"; but "the actress", "the witness".
  (isPersonNoun(word) && (!word.endsWith('s') || word.endsWith('ss')));

/** Prepositions a role's place or body follows: "mayor of", "spokesman for", "head at". */
const ROLE_PREPOSITIONS = new Set(['of', 'for', 'at']);

/**
 * The word before the preposition of a phrase that ends at `end` ("mayor" of "the mayor of Santa Lucía"),
 * within a few words of its sentence (from `floor`) and no punctuation but a possessive's apostrophe; null
 * when there is none.
 */
function headBeforeModifier(tokens: readonly Token[], end: number, floor: number): number | null {
  for (let index = end, words = 0; index > floor && words < MODIFIER_WORDS; words += 1) {
    const token = tokens[index]!;
    if (token.kind !== 'word' && !isApostrophe(token) && token.text !== '-') return null;
    if (ROLE_PREPOSITIONS.has(token.lower) && index !== end) return previousWord(tokens, index);
    index = previousWord(tokens, index);
  }
  return null;
}

const isPossessor = (tokens: readonly Token[], index: number): boolean => isApostrophe(tokens[index + 1]);

/**
 * "Vos has been trade minister since 2022", "Vos took over as chief executive": a role stated of the clause's
 * subject right after it (up to three predicate words, then a role phrase with a role head).
 */
function rolePredicate(tokens: readonly Token[], after: number, subject: boolean): TokenRange | null {
  if (!subject) return null;
  let index = nextWord(tokens, after);
  let predicates = 0;
  while (tokens[index] && PREDICATE_WORDS.has(tokens[index]!.lower) && predicates < 4) {
    index = nextWord(tokens, index);
    predicates += 1;
  }
  if (predicates === 0) return null;
  if (tokens[index] && DETERMINERS.has(tokens[index]!.lower)) index = nextWord(tokens, index);
  const first = index;
  // "Chen has been Corvina's chief financial officer", "Menon is the city's transit commissioner": the
  // role's possessor (a name or a noun, then 's) stays with it, as in an apposition ("city's auditor").
  const possessed = possessorEnd(tokens, index);
  if (possessed !== -1) index = nextWord(tokens, possessed);
  let last = -1;
  for (let words = 0; tokens[index] && words < 4; words += 1) {
    const token = tokens[index]!;
    if (token.kind !== 'word' || token.text !== token.lower) break;
    if (!ROLE_HEADS.has(token.lower) && !ROLE_MODIFIERS.has(token.lower) && !/^[a-z]+$/u.test(token.text))
      break;
    if (PREPOSITIONS.has(token.lower) || ROLE_ENDERS.has(token.lower) || token.lower === 'and') break;
    // A qualifier after a head ends the role too: "chief executive".
    if (ROLE_HEADS.has(token.lower) || (last !== -1 && ROLE_NOUNS.has(token.lower))) last = index;
    index = nextWord(tokens, index);
  }
  return last === -1 ? null : { first, last };
}

/** How many words a possessor before a role may have ("Port Marrick's"). */
const POSSESSOR_WORDS = 3;

/**
 * The last token of a possessor that opens at `first` ("Corvina's", "the union's" after its determiner,
 * "Port Marrick's", "the workers'"): words, then an apostrophe and "s" or a plural's apostrophe alone;
 * -1 where the words there are no possessor.
 */
function possessorEnd(tokens: readonly Token[], first: number): number {
  let index = first;
  for (let words = 0; words < POSSESSOR_WORDS; words += 1) {
    const token = tokens[index];
    if (token?.kind !== 'word' || PREPOSITIONS.has(token.lower) || AUXILIARIES.has(token.lower)) return -1;
    const after = tokens[index + 1];
    if (isApostrophe(after)) {
      if (tokens[index + 2]?.lower === 's' && tokens[index + 2]!.kind === 'word') return index + 2;
      return token.lower.endsWith('s') ? index + 1 : -1;
    }
    index = nextWord(tokens, index);
  }
  return -1;
}
