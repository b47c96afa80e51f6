/**
 * Attributions in Ukrainian, Russian, German, French and Spanish news, by rules over each language's lexicon
 * (language-rules.ts): quotations and dialogue-dash speech with the author's words around or inside them,
 * reported clauses after a cue and a complementizer ("сказав, що", "sagte, dass", "a affirmé que") or
 * without one (German Konjunktiv I), and phrasal cues ("за словами X", "laut X", "selon X"). Sources are
 * names (in any case), pronouns and descriptions; speakers are the people named in the article.
 */
import type {
  Analysis,
  Article,
  Attribution,
  AttributionType,
  Person,
  SaidAt,
  Span,
  TextSpan,
} from '../../types.js';
import { monthOfName } from '../../read/months.js';
import { dateIn, goesOn, publicationDay } from './find-dates.js';
import { findBackground, inBackground } from './find-background.js';
import {
  familyMention,
  findCyrillicPairs,
  findFullNames,
  groupFullNames,
  isCapitalized,
  wordsIn,
  type FoundPerson,
  type NameMention,
  type Word,
} from './find-names.js';
import { familyNominatives } from './inflection.js';
import { findUtterances, type Utterance } from './find-utterances.js';
import type { Gender, LanguageRules } from './language-rules.js';

/** Blocks whose text may hold attributions (not the title, bylines or source lines). */
const SPEECH_BLOCKS = new Set(['lead', 'paragraph', 'quote', 'list-item', 'takeaway']);
/** How many words after a quotation (or before it) the author's cue may be. */
const CUE_WINDOW = 6;
/** Nouns that describe somebody unnamed, in every language: such a source has no speaker. */
const UNNAMED_NOUNS = new Set([
  'жінка',
  'чоловік',
  'пенсіонерка',
  'пенсіонер',
  'мешканка',
  'мешканець',
  'женщина',
  'мужчина',
  'пенсионерка',
  'пенсионер',
  'жительница',
  'житель',
  'frau',
  'mann',
  'rentnerin',
  'rentner',
  'bewohnerin',
  'bewohner',
  'femme',
  'homme',
  'habitante',
  'habitant',
  'retraitée',
  'retraité',
  'mujer',
  'hombre',
  'vecina',
  'vecino',
  'jubilada',
  'jubilado',
  'sprecher',
  'sprecherin',
  'porte-parole',
  'portavoz',
  'речник',
  'речниця',
  'представник',
  'представниця',
  'представитель',
  'представительница',
  'пресс-секретарь',
]);
/** A sentence opening with "that" before its cue: what it reports is the sentence before. */
const THAT_SAID = /^(?:das|dies|про це|об этом|это|це|c[’']est ce qu[’']|así lo|eso)\s+/iu;

/** A relative pronoun opening a clause about the source ("qui", "який", "которая", "der", "que"). */
const RELATIVE =
  /^\s*(qui|dont|який|яка|які|котрий|котра|который|которая|которые|der|die|das|welche|welcher|quien|quienes|que|who|which)(?![\p{L}])/iu;
const INDEFINITE = new Set(['ein', 'eine', 'einer', 'eines', 'un', 'une', 'una', 'uno', 'unos', 'unas']);

interface Candidate {
  readonly type: AttributionType;
  readonly content: readonly Span[];
  readonly cue: Span | null;
  readonly source: Span | null;
  /** Who the source is, decided when the source was found (an interviewee without a source too). */
  readonly person: FoundPerson | null;
}

export function analyzeMultilingual(article: Article, rules: LanguageRules): Analysis {
  const { text } = article;
  const allWords = wordsIn(text, 0, text.length);
  const paragraphs = article.blocks.filter((block) => SPEECH_BLOCKS.has(block.kind));
  const cues = cueMatcher(rules);
  const people = findPeople(text, allWords, cues, rules);
  const background = findBackground(text, rules.relativePronouns);
  const dateline = findDateline(text, paragraphs);
  const unnamed: UnnamedSource[] = [];
  const descriptions = descriptionReferences(text, allWords, people, rules);
  reassignNamesakes(people, background, descriptions);
  const candidates: Candidate[] = [];
  const interviewee = intervieweeOf(article, people);

  for (const paragraph of paragraphs) {
    const words = allWords.filter((word) => word.start >= paragraph.start && word.end <= paragraph.end);
    const cueAt = (offset: number): Span | null => {
      const index = words.findIndex((word) => word.start >= offset);
      if (index === -1) return null;
      // The author's clause opens with the cue or with its source and then the cue.
      for (let at = index; at < Math.min(words.length, index + 4); at += 1) {
        if (at > index && /[,.;:!?«»“”„—]/u.test(text.slice(words[at - 1]!.end, words[at]!.start))) break;
        const cue = cues.at(words, at);
        if (cue) return cue.span;
      }
      return null;
    };
    const utterances = findUtterances(text, paragraph, rules, (offset) => cueAt(offset) !== null);
    const context: ParagraphContext = {
      text,
      words,
      rules,
      people,
      cues,
      paragraph,
      background,
      descriptions,
      dateline,
      unnamed,
    };
    for (const found of [
      speechCandidates(context, utterances, interviewee),
      reportedCandidates(context, utterances),
    ]) {
      candidates.push(...found);
      unnamed.push(...unnamedSources(text, found, rules));
    }
  }
  candidates.sort((a, b) => a.content[0]!.start - b.content[0]!.start);
  // "«…», añadió.", "— …, — додала.": a cue without a source goes on with the speaker before it.
  for (let index = 1; index < candidates.length; index += 1) {
    const candidate = candidates[index]!;
    if (candidate.cue !== null && candidate.source === null && candidate.person === null)
      candidates[index] = { ...candidate, person: candidates[index - 1]!.person };
  }

  const persons = renderPeople(text, people);
  const dates = dateCandidates(text, candidates, rules, publicationDay(article.meta.published), dateline);
  const undated = article.meta.published ? 'publication' : 'unknown';
  const attributions: Attribution[] = candidates.map((candidate, index) => ({
    id: `a${index + 1}`,
    type: candidate.type,
    source: candidate.source && textSpan(text, candidate.source),
    cue: candidate.cue && textSpan(text, candidate.cue),
    content: candidate.content.map((span) => textSpan(text, span)),
    speaker: candidate.person ? { id: candidate.person.id, name: candidate.person.name } : null,
    saidAt: dates[index] ?? null,
    dating: dates[index] ? 'text' : undated,
    polarity: 'affirmed',
    medium: null,
    via: null,
    confidence: candidate.cue ? 0.8 : 0.6,
  }));
  return {
    sentences: paragraphs.map(({ start, end }) => ({ start, end })),
    people: persons,
    attributions,
    diagnostics: [],
  };
}

/**
 * When each candidate's words were said: a date named in the author's words around its cue (the sentence of
 * the cue, the quoted words left out: a date inside a quotation is what it speaks of), else, for a cue that
 * goes on from earlier words ("додала", "a ajouté"), the date of the candidate before it, else the date of
 * an occasion the words point back to, else the date of the same speaker's last dated words.
 */
function dateCandidates(
  text: string,
  candidates: readonly Candidate[],
  rules: LanguageRules,
  published: number | null,
  dateline: Span | null,
): (SaidAt | null)[] {
  const dates: (SaidAt | null)[] = [];
  let lastDate: SaidAt | null = null;
  candidates.forEach((candidate, index) => {
    if (candidate.cue === null) {
      // Reported speech that goes on (German Konjunktiv I) keeps the date of the words it continues; an
      // interview's answer takes the date the lead gives the conversation ("Розмова відбулася в неділю").
      const previous = index > 0 ? dates[index - 1]! : null;
      if (candidate.type === 'indirect') dates.push(previous && { ...previous, basis: 'carried' });
      else {
        const lead = {
          start: Math.max(0, candidates[index - 1]?.content.at(-1)?.end ?? 0),
          end: candidate.content[0]!.start,
        };
        const found = lead.end - lead.start < 600 ? dateIn(text, lead, rules, published) : null;
        dates.push(found ? { ...found, basis: 'carried' } : null);
      }
      lastDate = dates.at(-1) ?? lastDate;
      return;
    }
    let start = candidate.cue.start;
    while (start > 0 && !/[.!?…\n]/u.test(text[start - 1]!)) start -= 1;
    // A dateline ("DNISTROVA (Ukraine), 4 décembre 2025 (DM) - ") dates the filing, not the words.
    if (dateline !== null && start <= dateline.start && candidate.cue.start >= dateline.end)
      start = dateline.end;
    let end = candidate.cue.end;
    while (end < text.length && !/[.!?…\n]/u.test(text[end]!)) end += 1;
    // The quoted words are blanked out, keeping every offset.
    let masked = text.slice(0, end);
    for (const fragment of candidate.content)
      if (fragment.end > start && fragment.start < end)
        masked =
          masked.slice(0, fragment.start) +
          ' '.repeat(fragment.end - fragment.start) +
          masked.slice(fragment.end);
    const found = dateIn(masked, { start, end }, rules, published);
    if (found) dates.push({ ...found, text: text.slice(found.start, found.end), basis: 'stated' });
    else if (index > 0 && goesOn(text.slice(candidate.cue.start, candidate.cue.end)) && dates[index - 1])
      dates.push({ ...dates[index - 1]!, basis: 'carried' });
    // "на брифінгу", "am selben Tag", "lors de la conférence": the words point back to a dated occasion.
    else if (lastDate !== null && OCCASION.test(masked.slice(start, end).toLowerCase()))
      dates.push({ ...lastDate, basis: 'carried' });
    else {
      // A speaker quoted again with no date of their own speaks on the occasion their last dated words
      // were said ("a déclaré mercredi …" then "« … », a-t-elle déclaré devant le barrage").
      const same =
        candidate.person === null
          ? -1
          : candidates.findLastIndex(
              (other, at) => at < index && other.person === candidate.person && dates[at] !== null,
            );
      dates.push(same === -1 ? null : { ...dates[same]!, basis: 'carried' });
    }
    lastDate = dates.at(-1) ?? lastDate;
  });
  return dates;
}

/** A dateline opening a paragraph: a place in capitals, what follows it, and a dash. */
const DATELINE = /^[\s\u00a0]*\p{Lu}{3,40}[^\n]{0,80}?[\s\u00a0][-–—][\s\u00a0]+/u;

/**
 * The dateline of an article: the place in capitals (and what follows it) and a dash at the start of its
 * first paragraph, and nowhere else ("НАТО – це оборонний союз" later in the text is a sentence).
 */
function findDateline(text: string, paragraphs: readonly Span[]): Span | null {
  const first = paragraphs[0];
  if (!first) return null;
  const found = DATELINE.exec(text.slice(first.start, Math.min(first.end, first.start + 200)));
  return found ? { start: first.start, end: first.start + found[0].length } : null;
}

/** Words that point back to an occasion the article has dated: a briefing, a hearing, "the same day". */
const OCCASION =
  /брифінг|пресконференц|засіданн|зустріч|слуханн|презентац|того ж дня|тій самій|брифинг|пресс-конференц|заседан|встреч|слушан|в тот же день|на той же|pressekonferenz|sitzung|treffen|anhörung|am selben tag|am gleichen tag|conférence de presse|réunion|audition|le même jour|la même|rueda de prensa|conferencia|reunión|sesión|el mismo día|la misma/u;

const textSpan = (text: string, span: Span): TextSpan => ({
  ...span,
  text: text.slice(span.start, span.end),
});

interface ParagraphContext {
  readonly text: string;
  readonly words: readonly Word[];
  readonly rules: LanguageRules;
  readonly people: readonly FoundPerson[];
  readonly cues: CueMatcher;
  readonly paragraph: Span;
  /** Asides and relative clauses of the whole text (find-background.ts). */
  readonly background: readonly Span[];
  /** Descriptions that refer to a person named with that title ("la alcaldesa", "учительница"). */
  readonly descriptions: readonly Reference[];
  /** The article's dateline, if its first paragraph opens with one. */
  readonly dateline: Span | null;
  /** Sources of the paragraphs before (and of this one's speech) that name nobody ("Пенсионерка из …"). */
  readonly unnamed: readonly UnnamedSource[];
}

/** A source that refers to somebody the article does not name, with the gender its words tell. */
interface UnnamedSource {
  readonly start: number;
  readonly end: number;
  readonly gender: Gender | null;
}

/** The unnamed sources among candidates: the gender from the description's noun, else from the cue. */
function unnamedSources(
  text: string,
  candidates: readonly Candidate[],
  rules: LanguageRules,
): UnnamedSource[] {
  return candidates.flatMap((candidate) => {
    if (candidate.source === null || candidate.person !== null) return [];
    const words = text.slice(candidate.source.start, candidate.source.end).match(/[\p{L}’'-]+/gu) ?? [];
    const nounGender = words
      .map((word) => rules.speakerNouns.get(nounOf(word)))
      .find((gender) => gender !== undefined);
    const cueGenderOf = candidate.cue
      ? cueGender(text.slice(candidate.cue.start, candidate.cue.end), rules)
      : null;
    return [{ start: candidate.source.start, end: candidate.source.end, gender: nounGender ?? cueGenderOf }];
  });
}

/** A place that refers to a person without naming them. */
interface Reference {
  readonly start: number;
  readonly end: number;
  readonly person: FoundPerson;
}

// --------------------------------------------------------------------------------------------------------
// cues

interface CueMatcher {
  /** The cue that starts at words[index], if any (the longest phrase first). */
  at(words: readonly Word[], index: number): { span: Span; words: number } | null;
}

function cueMatcher(rules: LanguageRules): CueMatcher {
  const phrases = new Map<string, string[][]>();
  for (const phrase of rules.cuePhrases) {
    const parts = phrase.split(' ');
    const list = phrases.get(parts[0]!) ?? [];
    list.push(parts);
    phrases.set(parts[0]!, list);
  }
  for (const list of phrases.values()) list.sort((a, b) => b.length - a.length);
  return {
    at(words, index) {
      const first = words[index]!.text.toLowerCase().replaceAll("'", '’');
      for (const parts of phrases.get(first) ?? phrases.get(first.replaceAll('’', "'")) ?? []) {
        const matched = parts.every(
          (part, offset) =>
            words[index + offset]?.text.toLowerCase().replaceAll("'", '’') === part.replaceAll("'", '’'),
        );
        if (matched)
          return {
            span: { start: words[index]!.start, end: words[index + parts.length - 1]!.end },
            words: parts.length,
          };
      }
      if (rules.cueWords.has(first))
        return { span: { start: words[index]!.start, end: words[index]!.end }, words: 1 };
      return null;
    },
  };
}

// --------------------------------------------------------------------------------------------------------
// people

function findPeople(
  text: string,
  words: readonly Word[],
  cues: CueMatcher,
  rules: LanguageRules,
): FoundPerson[] {
  const found = [
    ...findFullNames(
      words,
      text,
      (word) => rules.determiners.has(word.toLowerCase()) || rules.notNames.has(word),
    ),
    ...namesBesideCues(text, words, cues, rules),
    ...(rules.script === 'cyrillic'
      ? findCyrillicPairs(words, text, (word) => rules.speakerNouns.has(word))
      : []),
  ];
  // One mention per place: of those that overlap, the surest (known given names, then names beside a cue,
  // then capitalized pairs).
  const full: NameMention[] = [];
  for (const mention of found)
    if (!full.some((kept) => mention.start < kept.end && kept.start < mention.end)) full.push(mention);
  full.sort((a, b) => a.start - b.start);
  const people = groupFullNames(full, text);
  // A family name alone, in any case form, is the person of that family name named last before it.
  const covered = (word: Word) =>
    full.some((mention) => word.start >= mention.start && word.end <= mention.end);
  const background = findBackground(text, rules.relativePronouns);
  for (const word of words) {
    if (covered(word) || !isCapitalized(word.text)) continue;
    const person = familyMention(word, people, background);
    if (person)
      person.mentions.push({
        start: word.start,
        end: word.end,
        given: null,
        family: word.text,
        gender: person.gender,
      });
  }
  for (const person of people) person.mentions.sort((a, b) => a.start - b.start);
  return people;
}

/**
 * Two capitalized words right before or right after a cue are a person's name even when the given name is
 * not a known one ("Катрін Вендельштайн заявила", "a déclaré Élise Marchand"); the cue's form may tell the
 * gender (uk "заявила", ru "сказала").
 */
function namesBesideCues(
  text: string,
  words: readonly Word[],
  cues: CueMatcher,
  rules: LanguageRules,
): NameMention[] {
  const mentions: NameMention[] = [];
  const spaceOnly = (from: number, to: number) => /^[\s\u00a0]+$/u.test(text.slice(from, to));
  for (let index = 0; index < words.length; index += 1) {
    const cue = cues.at(words, index);
    if (!cue) continue;
    const gender = cueGender(words[index]!.text, rules);
    const pairs: [Word | undefined, Word | undefined, Word | undefined][] = [
      [words[index - 2], words[index - 1], words[index]],
      [words[index + cue.words], words[index + cue.words + 1], undefined],
    ];
    for (const [first, second, next] of pairs) {
      if (!first || !second || !isCapitalized(first.text) || !isCapitalized(second.text)) continue;
      if (!spaceOnly(first.end, second.start) || (next && !spaceOnly(second.end, next.start))) continue;
      if (rules.notNames.has(first.text) || rules.determiners.has(first.text.toLowerCase())) continue;
      // German capitalizes every noun: "Energieminister Werbyzkyj" is a title and a name, not two names.
      if (rules.code === 'de' || rules.speakerNouns.has(first.text.toLowerCase())) continue;
      // The word before the pair must not be capitalized too (an organisation's long name).
      mentions.push({
        start: first.start,
        end: second.end,
        given: first.text.toLowerCase(),
        family: second.text,
        gender,
      });
    }
  }
  return mentions;
}

/** The gender a Ukrainian or Russian past-tense cue shows ("сказала": f, "сказав"/"сказал": m). */
export function cueGender(cue: string, rules: LanguageRules): Gender | null {
  if (rules.script !== 'cyrillic') return null;
  const word = cue.toLowerCase().split(/\s+/u).at(-1)!;
  if (/(ла|лася|лась)$/u.test(word)) return 'f';
  if (/(ли|лися|лись)$/u.test(word)) return 'plural';
  if (/(в|л|вся|лся)$/u.test(word)) return 'm';
  return null;
}

function renderPeople(text: string, people: readonly FoundPerson[]): Person[] {
  return people.map((person) => ({
    id: person.id,
    name: person.name,
    aliases: [
      ...new Set(
        person.mentions
          .map((mention) => text.slice(mention.start, mention.end).replace(/[\s\u00a0]+/gu, ' '))
          .filter((alias) => alias !== person.name),
      ),
    ],
    roles: [],
    mentions: person.mentions.map(({ start, end }) => ({ start, end })),
  }));
}

/** The person a mention at this place names, if any. */
function personAt(people: readonly FoundPerson[], span: Span): FoundPerson | null {
  return (
    people.find((person) =>
      person.mentions.some((mention) => mention.start >= span.start && mention.end <= span.end),
    ) ?? null
  );
}

/**
 * The person named last before `offset` (of this gender, when known), not counting names in `background`;
 * `references` are more places that refer to a person.
 */
function lastPersonBefore(
  people: readonly FoundPerson[],
  offset: number,
  gender: Gender | null,
  background: readonly Span[] = [],
  references: readonly Reference[] = [],
): FoundPerson | null {
  let best: { person: FoundPerson; at: number } | null = null;
  for (const reference of references) {
    const { person } = reference;
    // Only references to the people asked about (reassignNamesakes asks about namesakes alone).
    if (!people.includes(person)) continue;
    if (gender !== null && person.gender !== null && person.gender !== gender) continue;
    if (
      reference.end <= offset &&
      (best === null || reference.start > best.at) &&
      !inBackground(background, reference)
    )
      best = { person, at: reference.start };
  }
  for (const person of people) {
    if (gender !== null && person.gender !== null && person.gender !== gender) continue;
    for (const mention of person.mentions)
      if (
        mention.end <= offset &&
        (best === null || mention.start > best.at) &&
        !inBackground(background, mention)
      )
        best = { person, at: mention.start };
  }
  return best?.person ?? null;
}

/**
 * An interview's interviewee: the person the title names before a colon ("Світлана Орлова: «…»"), else the
 * person most named in the article.
 */
function intervieweeOf(article: Article, people: readonly FoundPerson[]): FoundPerson | null {
  const title = article.blocks.find((block) => block.kind === 'title');
  if (title) {
    const colon = article.text.indexOf(':', title.start);
    if (colon !== -1 && colon < title.end) {
      const named = personAt(people, { start: title.start, end: colon });
      if (named) return named;
    }
  }
  // The lead names whom the interview is with, right before the questions start.
  const firstDash = article.blocks.find(
    (block) =>
      SPEECH_BLOCKS.has(block.kind) && /^\s*[—–]\s/u.test(article.text.slice(block.start, block.end)),
  );
  if (firstDash) {
    const named = lastPersonBefore(people, firstDash.start, null);
    if (named) return named;
  }
  return [...people].sort((a, b) => b.mentions.length - a.mentions.length)[0] ?? null;
}

// --------------------------------------------------------------------------------------------------------
// sources

/** The source of a cue: the name, pronoun or description just before it, or just after it when inverted. */
function sourceNear(
  context: ParagraphContext,
  cue: Span,
  clause: Span,
): { span: Span; person: FoundPerson | null } | null {
  const { text, words, rules } = context;
  const inClause = words.filter((word) => word.start >= clause.start && word.end <= clause.end);
  const before = inClause.filter((word) => word.end <= cue.start);
  const after = inClause.filter((word) => word.start >= cue.end);
  // A pronoun inside a French inverted cue ("a-t-il ajouté"): the source.
  const inverted = /-t?-(il|elle|ils|elles|on)\b/u.exec(text.slice(cue.start, cue.end));
  if (inverted) {
    const start = cue.start + inverted.index + inverted[0].length - inverted[1]!.length;
    const span = { start, end: start + inverted[1]!.length };
    return { span, person: resolvePronoun(context, inverted[1]!, span) };
  }
  // An object pronoun right before the cue is whom it was said to ("lui a répondu le ministre").
  while (before.length > 0 && rules.objectPronouns.has(before.at(-1)!.text.toLowerCase())) before.pop();
  // With no words before the cue in its clause, the source follows it ("— сказав він", "dijo Olmedo").
  const candidates = before.length === 0 ? [after, before] : [before, after];
  for (const side of candidates) {
    const found = side === before ? sourceBefore(context, before, cue) : sourceAfter(context, after);
    if (found) return found;
  }
  return null;
}

function sourceBefore(
  context: ParagraphContext,
  before: readonly Word[],
  cue: Span,
): { span: Span; person: FoundPerson | null } | null {
  const { text, people, rules } = context;
  // The words right before the cue, back to punctuation.
  const phrase: Word[] = [];
  // "…, Maksim Kravets, dijo que": an apposition's comma stands between the subject and its verb.
  const appositive = /^,\s*$/u.test(text.slice(before.at(-1)?.end ?? cue.start, cue.start));
  for (let index = before.length - 1; index >= 0 && phrase.length < 8; index -= 1) {
    const word = before[index]!;
    const next = phrase[0];
    const gap = text.slice(word.end, next ? next.start : cue.start);
    if (/[,;:«»“”„()—–]/u.test(gap) && !(appositive && next === undefined)) break;
    phrase.unshift(word);
  }
  if (phrase.length === 0) return null;
  const found = describeSource(context, phrase, 'before', people, rules);
  // "La analista Svitlana Orlova, del centro Energy Watch Centre, advirtió": the subject is a segment back.
  if (found === null && appositive && phrase[0] !== before[0]) {
    const earlier = before.filter((word) => word.end <= phrase[0]!.start);
    const gap = text.slice(earlier.at(-1)?.end ?? 0, phrase[0]!.start);
    if (/^,\s*$/u.test(gap))
      return sourceBefore(context, earlier, { start: phrase[0]!.start - gap.length, end: phrase[0]!.start });
  }
  return found;
}

function sourceAfter(
  context: ParagraphContext,
  after: readonly Word[],
): { span: Span; person: FoundPerson | null } | null {
  const { text, people, rules } = context;
  const phrase: Word[] = [];
  let following: Word | undefined;
  // Up to the next punctuation: adverbials may stand between the cue and its subject ("dijo el 20 de
  // noviembre el ministro de Energía de Ucrania, Ostap Verbitski").
  for (const word of after) {
    const previous = phrase.at(-1);
    if (previous && /[,;:.!?«»“”„()—–]/u.test(text.slice(previous.end, word.start))) {
      if (/^,\s*$/u.test(text.slice(previous.end, word.start))) following = word;
      break;
    }
    phrase.push(word);
    if (phrase.length >= 14) break;
  }
  if (phrase.length === 0) return null;
  const found = describeSource(context, phrase, 'after', people, rules);
  // "a souligné la maire de Dnistrova, Halyna Dovzhenko": the name in apposition is the source; so it is
  // when adverbials put the description too far from the cue to be read as one ("afirmó el jueves en una
  // rueda de prensa en Madrid la ministra de Energía, Lucía Ortega").
  const described = found !== null || phrase.some((word) => rules.speakerNouns.has(word.text.toLowerCase()));
  if (described && following && (found === null || personAt(people, found.span) === null)) {
    const start = following.start;
    const named = people.flatMap((person) =>
      person.mentions.filter((mention) => mention.start === start).map((mention) => ({ person, mention })),
    )[0];
    if (named) return { span: { start: named.mention.start, end: named.mention.end }, person: named.person };
  }
  return found;
}

/** Words that stress a pronoun without changing whom it means, in the five languages (lower case). */
const INTENSIFIERS = new Set([
  'mismo',
  'misma',
  'mismos',
  'mismas',
  'selbst',
  'même',
  'сам',
  'сама',
  'сами',
  'самі',
]);

/**
 * A source among the words next to a cue: a named person (the mention nearest the cue), a pronoun, or a
 * description (determiner, adjectives, a speaker noun and what follows it).
 */
function describeSource(
  context: ParagraphContext,
  phrase: readonly Word[],
  side: 'before' | 'after',
  people: readonly FoundPerson[],
  rules: LanguageRules,
): { span: Span; person: FoundPerson | null } | null {
  if (phrase.length === 0) return null;
  const ordered = side === 'before' ? [...phrase].reverse() : phrase;
  // "Ein Sprecher Werbyzkyjs", "un porte-parole du ministre": somebody unnamed, whoever the name after is.
  const unnamedAt = phrase.findIndex(
    (word, index) =>
      INDEFINITE.has(word.text.toLowerCase()) &&
      (UNNAMED_NOUNS.has(phrase[index + 1]?.text.toLowerCase() ?? '') ||
        rules.speakerNouns.has(phrase[index + 1]?.text.toLowerCase() ?? '')),
  );
  if (unnamedAt !== -1) {
    const start = phrase[unnamedAt]!.start;
    return {
      span: {
        start,
        end: side === 'before' ? phrase.at(-1)!.end : nounPhraseEnd(context, phrase, unnamedAt + 1),
      },
      person: null,
    };
  }
  // A name: the mention the phrase holds nearest the cue.
  for (const word of ordered) {
    for (const person of people)
      for (const mention of person.mentions)
        if (word.start >= mention.start && word.end <= mention.end)
          return { span: { start: mention.start, end: mention.end }, person };
  }
  // A pronoun next to the cue, or next to an intensifier next to it ("Ella misma dijo", "Sie selbst sagte").
  const nearest =
    ordered.length > 1 && INTENSIFIERS.has(ordered[0]!.text.toLowerCase()) ? ordered[1]! : ordered[0]!;
  const pronoun = rules.pronouns.get(nearest.text.toLowerCase());
  if (pronoun !== undefined)
    return { span: nearest, person: resolvePronoun(context, nearest.text.toLowerCase(), nearest) };
  // A description: up to and including a speaker noun (its elided article aside: "l’élu", "l'adjointe").
  const nounIndex = ordered.findIndex(
    (word) => context.rules.speakerNouns.has(nounOf(word.text)) || UNNAMED_NOUNS.has(nounOf(word.text)),
  );
  // Before the cue the noun is near it; after it, adverbials may come first ("dijo un día después el ministro").
  if (nounIndex === -1 || nounIndex > (side === 'before' ? 3 : 6)) return null;
  const span =
    side === 'before'
      ? {
          start:
            phrase[Math.max(0, phrase.length - 1 - nounIndex - leadingWords(phrase, nounIndex, rules))]!
              .start,
          end: phrase.at(-1)!.end,
        }
      : {
          start:
            phrase[
              Math.max(
                0,
                nounIndex - (rules.determiners.has(phrase[nounIndex - 1]?.text.toLowerCase() ?? '') ? 1 : 0),
              )
            ]!.start,
          end: nounPhraseEnd(context, phrase, nounIndex),
        };
  const noun = nounOf(ordered[nounIndex]!.text);
  const description = context.text
    .slice(span.start, span.end)
    .toLowerCase()
    .split(/[\s\u00a0]+/u);
  if (
    UNNAMED_NOUNS.has(noun) ||
    description.some((word) => INDEFINITE.has(word)) ||
    rules.speakerNouns.get(noun) === 'plural'
  )
    return { span, person: null };
  const gender = rules.speakerNouns.get(noun) ?? null;
  return { span, person: personDescribed(context, noun, gender, span) };
}

/** A word in lower case without an elided article or preposition before it ("l’élu" is "élu"). */
const nounOf = (word: string): string => word.toLowerCase().replace(/^(?:l|d)[’']/u, '');

/** How many words before a speaker noun belong to its description (a determiner, an adjective). */
function leadingWords(phrase: readonly Word[], nounIndexFromEnd: number, rules: LanguageRules): number {
  const nounAt = phrase.length - 1 - nounIndexFromEnd;
  let count = 0;
  for (let index = nounAt - 1; index >= 0 && count < 2; index -= 1) {
    const word = phrase[index]!.text;
    if (rules.determiners.has(word.toLowerCase()) || /^\p{Ll}/u.test(word)) count += 1;
    else break;
  }
  return count;
}

/** Where a description after a cue ends: its noun, and a genitive or "de" phrase after it, to punctuation. */
function nounPhraseEnd(context: ParagraphContext, phrase: readonly Word[], nounIndex: number): number {
  let end = phrase[nounIndex]!.end;
  for (let index = nounIndex + 1; index < phrase.length && index <= nounIndex + 4; index += 1) {
    const word = phrase[index]!;
    if (context.rules.cueWords.has(word.text.toLowerCase())) break;
    end = word.end;
  }
  return end;
}

/**
 * The person a description ("the mayor", "міністр", "la maire") stands for: the last one named before it with
 * that noun beside their name ("la maire de Dnistrova, Halyna Dovzhenko"), else the last one of that gender,
 * else the next one named in the paragraph ("dijo la alcaldesa, Halyna Dovzhenko").
 */
function personDescribed(
  context: ParagraphContext,
  noun: string,
  gender: Gender | null,
  at: Span,
): FoundPerson | null {
  const titled = context.people.filter((person) => rolesOf(context, person).has(noun));
  return (
    lastPersonBefore(titled, at.start, null) ??
    (titled.length === 1 ? titled[0]! : null) ??
    lastPersonBefore(context.people, at.start, gender) ??
    nextPersonAfter(context.people, at.end, context.paragraph.end)
  );
}

/** The speaker nouns written beside a person's name anywhere in the article (before it, or after a comma). */
function rolesOf(context: Pick<ParagraphContext, 'text' | 'rules'>, person: FoundPerson): Set<string> {
  const { text, rules } = context;
  const roles = new Set<string>();
  for (const mention of person.mentions) {
    // The words right before the name in its clause, and an apposition after it ("X, the mayor of Y,").
    // (one comma allowed: "la maire de Dnistrova, Halyna Dovzhenko")
    const before = /[^,.;:!?«»“”„—–()]*,?[^,.;:!?«»“”„—–()]*$/u.exec(
      text.slice(Math.max(0, mention.start - 50), mention.start),
    )![0];
    // An apposition after the name opens with a determiner ("X, la maire de Y.") or is closed by a comma
    // ("Х, учителька історії, сказала"): "Максима Кравца, учительница смеётся" is a new clause's subject.
    const apposition = /^,\s*([^,.;:!?«»“”„—–()]*)(,?)/u.exec(text.slice(mention.end, mention.end + 60));
    const opening = apposition?.[1]?.split(/[\s\u00a0]+/u)[0]?.toLowerCase() ?? '';
    const after =
      apposition && (apposition[2] === ',' || rules.determiners.has(opening)) ? apposition[1]! : '';
    const around = `${before} ${after}`;
    for (const word of around.toLowerCase().match(/[\p{L}-]+/gu) ?? [])
      if (rules.speakerNouns.has(word)) roles.add(word);
  }
  return roles;
}

function nextPersonAfter(people: readonly FoundPerson[], offset: number, limit: number): FoundPerson | null {
  let best: { person: FoundPerson; at: number } | null = null;
  for (const person of people)
    for (const mention of person.mentions)
      if (mention.start >= offset && mention.start < limit && (best === null || mention.start < best.at))
        best = { person, at: mention.start };
  return best?.person ?? null;
}

function resolvePronoun(context: ParagraphContext, pronoun: string, at: Span): FoundPerson | null {
  const gender = context.rules.pronouns.get(pronoun) ?? null;
  if (gender === 'plural') return null;
  // One named in the sentence itself before one named in an aside or a relative clause; a description
  // that refers to someone ("la alcaldesa volvió a hablar. Ella dijo") counts as naming them.
  const { people, background, descriptions } = context;
  const person =
    lastPersonBefore(people, at.start, gender, background, descriptions) ??
    lastPersonBefore(people, at.start, gender);
  // "Пенсионерка из Нижнего города … рассказала … — говорит она": somebody unnamed of that gender spoke
  // since the person was last named, and the pronoun is theirs.
  if (person !== null && gender !== null) {
    const unnamedAt = Math.max(
      -1,
      ...context.unnamed
        .filter((source) => source.end <= at.start && source.gender === gender)
        .map((source) => source.start),
    );
    const namedAt = Math.max(
      -1,
      ...person.mentions.filter((mention) => mention.end <= at.start).map((mention) => mention.start),
      ...descriptions
        .filter((reference) => reference.person === person && reference.end <= at.start)
        .map((reference) => reference.start),
    );
    if (unnamedAt > namedAt) return null;
  }
  return person;
}

/**
 * A family name alone, when two people of the article bear it, is the one referred to last before it by
 * name or by description: "Учительница Елена Кравец … главы сети Максима Кравца, учительница смеётся. — …,
 * — говорит Кравец" is the teacher. findPeople decided by names alone; descriptions are known only now.
 */
function reassignNamesakes(
  people: FoundPerson[],
  background: readonly Span[],
  descriptions: readonly Reference[],
): void {
  // Each person's family names by their possible nominatives, once: a bare mention is compared by set.
  const families = new Map(
    people.map((person) => [
      person,
      new Set(
        person.mentions
          .filter((mention) => mention.given !== null)
          .flatMap((mention) => familyNominatives(mention.family)),
      ),
    ]),
  );
  const bare = people
    .flatMap((person) =>
      person.mentions.filter((mention) => mention.given === null).map((mention) => ({ person, mention })),
    )
    .sort((a, b) => a.mention.start - b.mention.start);
  for (const { person: holder, mention } of bare) {
    const nominatives = familyNominatives(mention.family);
    const namesakes = people.filter((person) =>
      nominatives.some((nominative) => families.get(person)!.has(nominative)),
    );
    if (namesakes.length < 2 || !namesakes.includes(holder)) continue;
    const chosen = lastPersonBefore(namesakes, mention.start, null, background, descriptions);
    if (chosen === null || chosen === holder) continue;
    holder.mentions.splice(holder.mentions.indexOf(mention), 1);
    chosen.mentions.push(mention);
    chosen.mentions.sort((a, b) => a.start - b.start);
  }
}

/**
 * Descriptions that refer to one person: a speaker noun ("la alcaldesa", "учительница", "der Netzchef") not
 * written before a name, standing for the one person of the article named with that noun beside their name,
 * the last one named before it. Plural and unnamed ones ("ein Sprecher") refer to nobody in particular.
 */
function descriptionReferences(
  text: string,
  words: readonly Word[],
  people: readonly FoundPerson[],
  rules: LanguageRules,
): Reference[] {
  const context = { text, rules };
  const titles = new Map(people.map((person) => [person, rolesOf(context, person)]));
  const references: Reference[] = [];
  words.forEach((word, index) => {
    const noun = word.text.toLowerCase();
    const gender = rules.speakerNouns.get(noun);
    if (gender === undefined || gender === 'plural') return;
    if (INDEFINITE.has(words[index - 1]?.text.toLowerCase() ?? '')) return;
    // A title before a name is part of that mention, not a reference of its own.
    const next = words[index + 1];
    if (next && isCapitalized(next.text) && /^[\s\u00a0]+$/u.test(text.slice(word.end, next.start))) return;
    if (personAt(people, word)) return;
    const titled = people.filter((person) => titles.get(person)!.has(noun));
    const person = lastPersonBefore(titled, word.start, null) ?? (titled.length === 1 ? titled[0]! : null);
    if (person) references.push({ start: word.start, end: word.end, person });
  });
  return references;
}

// --------------------------------------------------------------------------------------------------------
// speech in quotation marks and after dashes

/** The end of the sentence that starts at `from` within the paragraph (before the next quotation opens). */
function clauseEnd(context: ParagraphContext, from: number): number {
  const { text, paragraph, rules } = context;
  const openings = new Set(rules.quotePairs.map(([open]) => open));
  for (let index = from; index < paragraph.end; index += 1) {
    const char = text[index]!;
    if (openings.has(char)) return index;
    if (
      /[.!?…]/u.test(char) &&
      (index + 1 >= paragraph.end || /[\s\u00a0]/u.test(text[index + 1]!)) &&
      !isOrdinalDot(text, index)
    )
      return index;
    if (rules.dialogueDash && /[—–]/u.test(char) && /[.,]\s*$/u.test(text.slice(from, index))) return index;
  }
  return paragraph.end;
}

/** A German ordinal's dot before a month ("am 15. Dezember"), which ends no sentence. */
function isOrdinalDot(text: string, index: number): boolean {
  if (text[index] !== '.' || !/\d/u.test(text[index - 1] ?? '')) return false;
  const next = /^[\s\u00a0]+(\p{L}+)/u.exec(text.slice(index + 1, index + 20));
  return next !== null && monthOfName(next[1]!) !== null;
}

/** The start of the sentence that ends at `to` (after the previous sentence end or quotation). */
function clauseStart(context: ParagraphContext, to: number): number {
  const { text, paragraph } = context;
  for (let index = to - 1; index > paragraph.start; index -= 1) {
    const char = text[index]!;
    if (/[.!?…»“”]/u.test(char) && /[\s\u00a0]/u.test(text[index + 1] ?? ' ') && !isOrdinalDot(text, index)) {
      let start = index + 1;
      while (start < to && /[\s\u00a0]/u.test(text[start]!)) start += 1;
      return start;
    }
  }
  return paragraph.start;
}

function speechCandidates(
  context: ParagraphContext,
  utterances: readonly Utterance[],
  interviewee: FoundPerson | null,
): Candidate[] {
  const { text, words, cues } = context;
  const candidates: Candidate[] = [];
  const used = new Set<number>();
  utterances.forEach((utterance, index) => {
    if (used.has(index)) return;
    let cue: Span | null = null;
    let clause: Span | null = null;
    let mixedFrom: number | null = null;
    if (utterance.inserted) {
      clause = utterance.inserted;
      cue = firstCue(context, clause);
    }
    if (cue === null) {
      // The author's words after the quotation: ", — сказав він", ", sagte er", ", a déclaré X", ", dijo X".
      const gap = /^[\s\u00a0,.!?…—–:]*/u.exec(text.slice(utterance.extent.end))![0];
      const start = utterance.extent.end + gap.length;
      const end = clauseEnd(context, start);
      const found = firstCue(context, { start, end }, CUE_WINDOW) ?? quoteTag(context, start, gap);
      if (found && !/[.!?…]/u.test(gap.replace(/[—–,]/gu, ''))) {
        cue = found;
        clause = { start, end };
        // "Le barrage est stable et il n'y a « aucun danger », a-t-il ajouté": the sentence up to the
        // closing mark is what was reported, partly quoted.
        // A dateline ("DNISTROVA (Ukraine), 13 janvier (DM) - ") is not part of what was said.
        let sentenceStart = clauseStart(context, utterance.extent.start);
        const dateline = /^.*\s[-–—]\s+/su.exec(text.slice(sentenceStart, utterance.extent.start));
        if (dateline) sentenceStart += dateline[0].length;
        const lead = text.slice(sentenceStart, utterance.extent.start);
        if (
          utterance.kind === 'quotation' &&
          !utterance.inserted &&
          /[\p{L}\d]{2,}.*\s[\p{L}\d]/su.test(lead) &&
          !/[:,—–]\s*$/u.test(lead)
        )
          mixedFrom = sentenceStart;
      }
    }
    if (cue === null) {
      // The author's words before it: "X заявив: «…»", "Elle a déclaré : « … »".
      const end = utterance.extent.start;
      const start = clauseStart(context, end);
      const lead = text.slice(start, end);
      if (/[:,]\s*$/u.test(lead) || /[—–]\s*$/u.test(lead)) {
        const cueWords = words.filter((word) => word.start >= start && word.end <= end);
        for (let at = cueWords.length - 1; at >= Math.max(0, cueWords.length - CUE_WINDOW); at -= 1) {
          const found = cues.at(cueWords, at);
          if (found) {
            cue = found.span;
            clause = { start, end };
            break;
          }
        }
      }
    }
    if (cue === null) {
      const said = speechNounBefore(context, utterance.extent.start);
      if (said) {
        candidates.push({ type: 'direct', content: [...utterance.pieces], cue: said.noun, ...said.source });
        return;
      }
    }
    let pieces = [...utterance.pieces];
    // The quotation continues after the author's words: "«A», dijo X, «B»", "„A“, sagte X. „B“".
    const next = utterances[index + 1];
    if (cue !== null && clause !== null && next && next.kind === 'quotation' && !next.inserted) {
      const between = text.slice(clause.end, next.extent.start);
      if (
        /^[\s\u00a0,.:—–]*$/u.test(between) &&
        clause.end > utterance.extent.end &&
        !authorAfter(context, next)
      ) {
        pieces = [...pieces, ...next.pieces];
        used.add(index + 1);
      }
    }
    if (cue === null || clause === null) {
      // An interview's answer: dash speech with no author's words, not a question.
      if (
        utterance.kind === 'dash' &&
        interviewee &&
        !/\?\s*$/u.test(text.slice(utterance.extent.start, utterance.extent.end))
      )
        candidates.push({ type: 'direct', content: pieces, cue: null, source: null, person: interviewee });
      return;
    }
    const source = sourceNear(context, cue, clause);
    candidates.push({
      type: mixedFrom === null ? 'direct' : 'mixed',
      content: mixedFrom === null ? pieces : [{ start: mixedFrom, end: utterance.extent.end }],
      cue,
      source: source?.span ?? null,
      person: source?.person ?? null,
    });
  });
  return candidates;
}

/**
 * A quotation after a colon whose clause names someone's words: "Werbyzkyjs Antwort kam noch in derselben
 * Sitzung: »…«", "відповідь Вербицького була короткою: «…»". The speech noun is the cue and the person named
 * in the clause (the one nearest the noun) the source; a clause with no name gives nothing, as who answered
 * is then for the reader's context, not this rule.
 */
function speechNounBefore(
  context: ParagraphContext,
  quoteStart: number,
): { noun: Span; source: { source: Span; person: FoundPerson } } | null {
  const { text, words, rules, people } = context;
  const start = clauseStart(context, quoteStart);
  if (!/:[\s\u00a0]*$/u.test(text.slice(start, quoteStart))) return null;
  const clause = words.filter((word) => word.start >= start && word.end <= quoteStart);
  const noun = clause.find((word) => rules.speechNouns.has(word.text.toLowerCase()));
  if (!noun) return null;
  let best: { source: Span; person: FoundPerson; distance: number } | null = null;
  for (const person of people)
    for (const mention of person.mentions) {
      if (mention.start < start || mention.end > quoteStart) continue;
      const distance = Math.min(Math.abs(mention.start - noun.end), Math.abs(noun.start - mention.end));
      if (best === null || distance < best.distance)
        best = { source: { start: mention.start, end: mention.end }, person, distance };
    }
  if (best === null) return null;
  return { noun: { start: noun.start, end: noun.end }, source: { source: best.source, person: best.person } };
}

/** A word that tags a quotation after a comma and names its source (de "„…“, so Krawez"). */
function quoteTag(context: ParagraphContext, start: number, gap: string): Span | null {
  if (!gap.includes(',')) return null;
  const word = context.words.find((candidate) => candidate.start >= start);
  if (!word || word.start !== start || !context.rules.quoteTags.has(word.text.toLowerCase())) return null;
  return { start: word.start, end: word.end };
}

/** Whether a quotation has its own author's words right after it. */
function authorAfter(context: ParagraphContext, utterance: Utterance): boolean {
  const gap = /^[\s\u00a0,—–]*/u.exec(context.text.slice(utterance.extent.end))![0];
  // The author's words follow a comma or a dash; after a sentence's end they are a new sentence.
  if (!/[,—–]/u.test(gap)) return false;
  const start = utterance.extent.end + gap.length;
  return firstCue(context, { start, end: clauseEnd(context, start) }, CUE_WINDOW) !== null;
}

/** The first cue among the clause's words (the first `limit` of them). */
function firstCue(context: ParagraphContext, clause: Span, limit = 12): Span | null {
  const clauseWords = context.words.filter((word) => word.start >= clause.start && word.end <= clause.end);
  for (let at = 0; at < Math.min(limit, clauseWords.length); at += 1) {
    const found = context.cues.at(clauseWords, at);
    if (found) return found.span;
  }
  return null;
}

// --------------------------------------------------------------------------------------------------------
// reported speech without quotation marks

function sentencesOf(context: ParagraphContext): Span[] {
  const { text, paragraph } = context;
  const sentences: Span[] = [];
  let start = paragraph.start;
  let depth = 0;
  const openings = new Set(context.rules.quotePairs.map(([open]) => open));
  const closings = new Set(context.rules.quotePairs.map(([, close]) => close));
  for (let index = paragraph.start; index < paragraph.end; index += 1) {
    const char = text[index]!;
    if (openings.has(char) && !(closings.has(char) && depth > 0)) depth += 1;
    else if (closings.has(char)) depth = Math.max(0, depth - 1);
    if (
      depth === 0 &&
      /[.!?…]/u.test(char) &&
      /^[\s\u00a0]+[\p{Lu}«»„“‚—–]/u.test(text.slice(index + 1, index + 4)) &&
      !isOrdinalDot(text, index)
    ) {
      sentences.push({ start, end: index + 1 });
      start = index + 1;
    }
  }
  sentences.push({ start, end: paragraph.end });
  return sentences
    .map((sentence) => {
      let from = sentence.start;
      while (from < sentence.end && /[\s\u00a0]/u.test(text[from]!)) from += 1;
      return { start: from, end: sentence.end };
    })
    .filter((sentence) => sentence.end > sentence.start);
}

/** A reported clause's span: from `start` to the sentence's end, without its final punctuation and spaces. */
function clauseToEnd(text: string, start: number, end: number): Span | null {
  let from = start;
  while (from < end && /[\s\u00a0]/u.test(text[from]!)) from += 1;
  let to = end;
  while (to > from && /[\s\u00a0.!?…]/u.test(text[to - 1]!)) to -= 1;
  return to - from >= 8 ? { start: from, end: to } : null;
}

function typeOf(text: string, span: Span, rules: LanguageRules): AttributionType {
  const inside = text.slice(span.start, span.end);
  return rules.quotePairs.some(([open]) => inside.includes(open)) ? 'mixed' : 'indirect';
}

function reportedCandidates(context: ParagraphContext, utterances: readonly Utterance[]): Candidate[] {
  const { text, words, rules, cues } = context;
  const candidates: Candidate[] = [];
  /** The last reported candidate's speaker, while the sentences after it go on in the reported mood. */
  let reporting: Candidate | null = null;
  const inUtterance = (offset: number) =>
    utterances.some((utterance) => offset >= utterance.extent.start && offset < utterance.extent.end);
  let previousSentence: Span | null = null;
  for (const sentence of sentencesOf(context)) {
    const sentenceWords = words.filter((word) => word.start >= sentence.start && word.end <= sentence.end);
    const before = candidates.length;
    // "… Das sagte Wendelstein am Mittwoch.", "Про це заявив міністр.": the sentence before is the content.
    const pointer = THAT_SAID.exec(text.slice(sentence.start, sentence.end));
    const pointed =
      pointer !== null && previousSentence !== null && !inUtterance(previousSentence.start)
        ? cues.at(
            sentenceWords,
            sentenceWords.findIndex((word) => word.start >= sentence.start + pointer[0].length),
          )
        : null;
    if (pointed && previousSentence) {
      const content = clauseToEnd(text, previousSentence.start, previousSentence.end);
      const source = sourceNear(context, pointed.span, { start: pointed.span.start, end: sentence.end });
      if (content) {
        candidates.push({
          type: typeOf(text, content, rules),
          content: [content],
          cue: pointed.span,
          source: source?.span ?? null,
          person: source?.person ?? null,
        });
        reporting = candidates.at(-1)!;
        previousSentence = sentence;
        continue;
      }
    }
    previousSentence = sentence;
    reportedIn(sentence, sentenceWords);
    if (candidates.length > before) {
      reporting = candidates.at(-1)!;
      continue;
    }
    // German: "Die ersten Lieferungen seien geplant." after a reported sentence goes on reporting it.
    const continues =
      reporting !== null &&
      !inUtterance(sentence.start) &&
      sentenceWords.some(
        (word, index) =>
          rules.reportedMood.has(word.text.toLowerCase()) ||
          (index <= 3 && looksSubjunctive(word.text, rules)),
      );
    if (continues) {
      const content = clauseToEnd(text, sentence.start, sentence.end);
      if (content) {
        candidates.push({
          type: typeOf(text, content, rules),
          content: [content],
          cue: null,
          source: null,
          person: reporting!.person,
        });
        continue;
      }
    }
    reporting = null;
  }
  return candidates;

  function reportedIn(sentence: Span, sentenceWords: readonly Word[]): void {
    // "За словами X, …", "Laut X …", "Selon X, …", "Según X, …": a phrase, its source, then the content.
    const lower = text.slice(sentence.start, sentence.end).toLowerCase();
    const phrase = rules.accordingTo.find((candidate) =>
      new RegExp(`^${escape(candidate)}(?![\\p{L}])`, 'u').test(lower),
    );
    if (phrase !== undefined && !inUtterance(sentence.start)) {
      const after = sentence.start + phrase.length;
      let comma = text.indexOf(',', after);
      // "Selon X, qui a pris la parole, la ville…": the relative clause belongs to the source.
      if (comma !== -1 && RELATIVE.test(text.slice(comma + 1, comma + 12))) {
        const next = text.indexOf(',', comma + 1);
        if (next !== -1 && next < sentence.end) comma = next;
      }
      const sourceWords = sentenceWords.filter(
        (word) => word.start >= after && (comma === -1 || word.end <= comma),
      );
      // German puts the verb second and no comma after "Laut X": "Laut X vom Y-Institut ist der Termin …"
      // ends the source at its first word that is not part of a name; "Laut X soll …" likewise.
      const verbSecond = rules.code === 'de' ? nameEnd(context, sourceWords, true) : null;
      const sourceEnd =
        verbSecond ??
        (comma !== -1 && comma < sentence.end && sourceWords.length <= 14
          ? comma
          : nameEnd(context, sourceWords));
      if (sourceEnd !== null) {
        const source = describeSource(
          context,
          sentenceWords.filter((word) => word.start >= after && word.end <= sourceEnd),
          'after',
          context.people,
          rules,
        );
        // "За його словами", "по её словам": the pronoun inside the phrase is the source.
        const possessive = /(його|її|їхніми|его|ее|её|их)\s+слова(?:ми|м)/u.exec(phrase);
        const content = clauseToEnd(text, sourceEnd + (text[sourceEnd] === ',' ? 1 : 0), sentence.end);
        if (content) {
          let person = source?.person ?? null;
          let sourceSpan = source?.span ?? null;
          if (possessive) {
            const start = sentence.start + possessive.index;
            sourceSpan = { start, end: start + possessive[1]!.length };
            person = resolvePronoun(context, possessive[1]!, sourceSpan);
          }
          candidates.push({
            type: typeOf(text, content, rules),
            content: [content],
            cue: { start: sentence.start, end: sentence.start + phrase.length },
            source: sourceSpan,
            person,
          });
          return;
        }
      }
    }
    // German "Der Hydrelis-Chefin X zufolge läuft die Turbine …": the source, the phrase, then the content.
    const afterSource = sentenceWords
      .slice(1, 10)
      .find((word) => rules.accordingToAfter.includes(word.text.toLowerCase()));
    if (
      afterSource &&
      !inUtterance(sentence.start) &&
      !/[,;:]/u.test(text.slice(sentence.start, afterSource.start))
    ) {
      const content = clauseToEnd(text, afterSource.end, sentence.end);
      if (content) {
        const source = describeSource(
          context,
          sentenceWords.filter((word) => word.end <= afterSource.start),
          'before',
          context.people,
          rules,
        );
        candidates.push({
          type: typeOf(text, content, rules),
          content: [content],
          cue: { start: afterSource.start, end: afterSource.end },
          source: source?.span ?? null,
          person: source?.person ?? null,
        });
        return;
      }
    }
    // "X заявив, що …", "X sagte, dass …", "X a affirmé que …", "X dijo que …", "X sagte, die Stadt werde …".
    for (let index = 0; index < sentenceWords.length; index += 1) {
      const cue = cues.at(sentenceWords, index);
      if (!cue || inUtterance(cue.span.start)) continue;
      let contentStart: number | null = null;
      for (let at = index + cue.words; at < Math.min(sentenceWords.length, index + cue.words + 8); at += 1) {
        const word = sentenceWords[at]!;
        if (inUtterance(word.start)) break;
        if (rules.complementizers.has(word.text.toLowerCase()) || /^qu[’']/u.test(word.text.toLowerCase())) {
          contentStart = /^qu[’']/u.test(word.text.toLowerCase()) ? word.start + 3 : word.end;
          break;
        }
      }
      // "CLAUSE, sagte X." / "CLAUSE, a-t-il ajouté." / "CLAUSE, — заявив він.": the content comes first.
      if (contentStart === null) {
        const lead = text.slice(sentence.start, cue.span.start);
        const comma = /,\s*(?:[—–]\s*)?$/u.exec(lead);
        const tail = sentenceWords.filter((word) => word.start >= cue.span.end);
        // The author's words after the cue may be long ("afirmó el jueves en una rueda de prensa en Kiev el
        // ministro de Energía de Ucrania, Ostap Verbitski"); a dateline before the content is not said.
        const from =
          context.dateline !== null && sentence.start === context.dateline.start
            ? context.dateline.end
            : sentence.start;
        if (comma !== null && tail.length <= 18 && !/[»“”«"]\s*,\s*(?:[—–]\s*)?$/u.test(lead)) {
          const content = clauseToEnd(text, from, sentence.start + comma.index);
          if (content && content.end - content.start > 15) {
            const source = sourceNear(context, cue.span, { start: cue.span.start, end: sentence.end });
            candidates.push({
              type: typeOf(text, content, rules),
              content: [content],
              cue: cue.span,
              source: source?.span ?? null,
              person: source?.person ?? null,
            });
            break;
          }
        }
      }
      // German reported speech without "dass": "sagte, die Stadt werde …" (a comma right after the cue).
      if (contentStart === null && rules.code === 'de') {
        const rest = text.slice(cue.span.end, sentence.end);
        const comma = /^(?:\s+[\p{L}\d.]+){0,10}?\s*,\s+/u.exec(rest);
        const clause = comma === null ? '' : rest.slice(comma[0].length);
        // Past four words of adverbials ("sagte am Donnerstag bei einer Anhörung des Ausschusses, …") the
        // clause after the comma must be in the reported mood to be what was said.
        const far = comma !== null && comma[0].trim().split(/\s+/u).length > 5;
        const reported = (clause.match(/\p{L}+/gu) ?? [])
          .slice(0, 8)
          .some((word) => rules.reportedMood.has(word) || looksSubjunctive(word, rules));
        if (comma !== null && !/^[\s\u00a0]*[«»„“]/u.test(clause) && (!far || reported))
          contentStart = cue.span.end + comma[0].length;
      }
      if (contentStart === null) continue;
      const content = clauseToEnd(text, contentStart, sentence.end);
      if (!content) continue;
      const clause = { start: sentence.start, end: contentStart };
      const source = sourceNear(context, cue.span, clause);
      candidates.push({
        type: typeOf(text, content, rules),
        content: [content],
        cue: cue.span,
        source: source?.span ?? null,
        person: source?.person ?? null,
      });
      break;
    }
  }
}

/**
 * Where a name that a phrase introduces ends ("Laut Krawez soll…": after "Krawez"), or null. With
 * `attached`, what is attached to the name by a preposition and capitalized words goes with it ("Switlana
 * Orlowa vom Kiewer Energy Watch Centre"), and the name must be followed by a lower-case word (the verb).
 */
function nameEnd(context: ParagraphContext, words: readonly Word[], attached = false): number | null {
  const { rules } = context;
  let end: number | null = null;
  const limit = attached ? 10 : 4;
  for (const [index, word] of words.slice(0, limit).entries()) {
    const lower = word.text.toLowerCase();
    if (isCapitalized(word.text) || rules.determiners.has(lower)) end = word.end;
    else if (
      attached &&
      end !== null &&
      NAME_ATTACHMENTS.has(lower) &&
      isCapitalized(words[index + 1]?.text ?? '')
    )
      end = word.end;
    else return attached && !/^\p{Ll}/u.test(word.text) ? null : end;
  }
  return attached ? null : end;
}

/** German prepositions that attach an institution or a place to a name ("Orlowa vom Energy Watch Centre"). */
const NAME_ATTACHMENTS = new Set([
  'vom',
  'von',
  'aus',
  'der',
  'des',
  'beim',
  'bei',
  'am',
  'im',
  'in',
  'für',
  'zum',
  'zur',
]);

/**
 * A German verb in the Konjunktiv I third person ("arbeite", "plane", "liefere"): a lower-case word ending in
 * -e early in the sentence that is not one of the many other words ending so (articles, adjectives...).
 */
function looksSubjunctive(word: string, rules: LanguageRules): boolean {
  return (
    rules.code === 'de' &&
    /^\p{Ll}{3,}e$/u.test(word) &&
    !GERMAN_WORDS_IN_E.has(word) &&
    !/(ige|ische|liche|ste|ere|te)$/u.test(word)
  );
}
const GERMAN_WORDS_IN_E = new Set(
  'die eine keine seine ihre meine deine unsere eure diese jene jede welche solche alle beide viele wenige andere manche große kleine neue alte gute ganze halbe hohe lange ohne heute gerne bitte ende weise'.split(
    ' ',
  ),
);

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
