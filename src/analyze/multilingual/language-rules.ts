/**
 * What the multilingual analyzer needs to know of one language, each in its one home (lexicon/LANG.ts):
 * how the language quotes, which words report speech or thought, what introduces a source, what starts a
 * reported clause, its pronouns and the nouns that describe a speaker. Everything else is shared.
 */
export type Gender = 'm' | 'f' | 'plural';

export interface LanguageRules {
  readonly code: 'uk' | 'ru' | 'de' | 'fr' | 'es';
  /** The script of the language's own names: Cyrillic names inflect (see inflection.ts). */
  readonly script: 'cyrillic' | 'latin';
  /** Opening mark to the closing marks that end it, outermost first (« » in uk; „ “ and » « in de). */
  readonly quotePairs: readonly (readonly [string, string])[];
  /** Whether a paragraph opening with a dash is speech (the dialogue dash of uk and ru). */
  readonly dialogueDash: boolean;
  /** Every form of a reporting verb (speech or cognition), lower case: "сказав", "sagte", "a déclaré". */
  readonly cueWords: ReadonlySet<string>;
  /**
   * Multi-word cues, lower case, as they are written: "a déclaré" (the auxiliary is part of the cue), "за
   * словами" (a phrase that puts the source after it), "нагадав" is a single word and lives in cueWords.
   */
  readonly cuePhrases: readonly string[];
  /** Phrases whose source follows them and whose content is the rest of the sentence: "за словами X, ...". */
  readonly accordingTo: readonly string[];
  /** Words that tag a quotation right after its comma and name its source: de "„…“, so Krawez". */
  readonly quoteTags: ReadonlySet<string>;
  /**
   * Nouns that name what someone said, lower case: a quotation after a colon whose clause holds one and a
   * name stands for that person's words ("Werbyzkyjs Antwort kam sofort: »…«", "la réponse de X : « … »").
   */
  readonly speechNouns: ReadonlySet<string>;
  /**
   * Pronouns that stand before a verb as its object, lower case (fr "lui a répondu le ministre", es "le
   * respondió", de "ihm antwortete"): before a cue, such a pronoun is whom it was said to, not who said it.
   */
  readonly objectPronouns: ReadonlySet<string>;
  /**
   * Words that open a relative clause after a comma ("Вербицький, який виступав після Свєтлова"), lower
   * case: a person named inside one is in the background for the pronouns that follow.
   */
  readonly relativePronouns: ReadonlySet<string>;
  /**
   * Verb forms that mark reported speech by themselves (German Konjunktiv I: "sei", "werde", "habe"): a
   * sentence holding one, right after a reported one, goes on reporting the same speaker.
   */
  readonly reportedMood: ReadonlySet<string>;
  /** Words that follow a source at the end of a clause and report it: de "zufolge" ("Krawez zufolge"). */
  readonly accordingToAfter: readonly string[];
  /** The words that open a reported clause: "що", "что", "dass", "que". */
  readonly complementizers: ReadonlySet<string>;
  /** Personal pronouns that can be a source, lower case, with the gender they refer to. */
  readonly pronouns: ReadonlyMap<string, Gender>;
  /** Nouns that describe a speaker ("міністр", "der Minister", "la maire"), lower case, with gender if known. */
  readonly speakerNouns: ReadonlyMap<string, Gender | null>;
  /** Articles and determiners that may open a description ("der", "la", "el"). */
  readonly determiners: ReadonlySet<string>;
  /** Capitalized words that are not names at the start of a sentence (function words, titles). */
  readonly notNames: ReadonlySet<string>;
  /** Words that stand before a name as a title and are not part of it ("Mme", "Dr"). */
  readonly honorifics: ReadonlySet<string>;
}

/** Word forms from stems and endings: `forms(['сказа', 'заяви'], ['в', 'ла', 'ли'])`. */
export function forms(stems: readonly string[], endings: readonly string[]): string[] {
  return stems.flatMap((stem) => endings.map((ending) => stem + ending));
}
