/**
 * Reporting cues in English, in one home: verbs of speech and cognition with every inflected form, and the
 * phrasal cues built on nouns and prepositions. Forms are generated from the lemma by the regular rules,
 * with irregular forms listed where they differ.
 */

export const CUE_CLASSES = ['speech', 'cognition'] as const;
export type CueClass = (typeof CUE_CLASSES)[number];

export interface CueVerb {
  readonly lemma: string;
  readonly class: CueClass;
  /** Takes a person as object before its content ("told reporters that ..."). */
  readonly takesObject: boolean;
  /**
   * Only a cue when quoted words follow closely ("what he calls a 'disaster'"): on its own the verb usually
   * means something else ("Zelensky called him").
   */
  readonly needsQuote: boolean;
  /** Only a cue with a that-clause or quoted words after it ("had known of the plan" reports nothing). */
  readonly needsThat: boolean;
  /**
   * Only a cue beside quoted words, before or after it ("“Go home,” she yells", "chanted “lock her up”"): a
   * verb of the manner of speaking, which on its own is rarely a report ("fans yelled at the referee").
   */
  readonly needsQuotation: boolean;
  /**
   * The bare form is more often a noun or another sense ("the report", "would add a venue"): it is a cue
   * only after a subject pronoun or a plural subject ("they report", "officials note").
   */
  readonly ambiguousBase: boolean;
}

interface VerbEntry {
  readonly lemma: string;
  readonly class?: CueClass;
  readonly takesObject?: boolean;
  readonly needsQuote?: boolean;
  readonly needsThat?: boolean;
  readonly needsQuotation?: boolean;
  readonly ambiguousBase?: boolean;
  /** Irregular forms: [third person singular, past, past participle, gerund]; empty string = regular. */
  readonly irregular?: readonly [string, string, string, string];
}

const VERBS: readonly VerbEntry[] = [
  { lemma: 'say', irregular: ['says', 'said', 'said', 'saying'] },
  { lemma: 'tell', takesObject: true, irregular: ['tells', 'told', 'told', 'telling'] },
  { lemma: 'write', irregular: ['writes', 'wrote', 'written', 'writing'] },
  { lemma: 'state' },
  { lemma: 'declare' },
  { lemma: 'announce' },
  { lemma: 'add' },
  { lemma: 'note' },
  { lemma: 'explain' },
  { lemma: 'claim' },
  { lemma: 'argue' },
  { lemma: 'insist' },
  { lemma: 'warn', takesObject: true },
  { lemma: 'stress' },
  { lemma: 'emphasize' },
  { lemma: 'emphasise' },
  { lemma: 'acknowledge' },
  { lemma: 'admit', irregular: ['admits', 'admitted', 'admitted', 'admitting'] },
  { lemma: 'concede' },
  { lemma: 'confirm' },
  { lemma: 'deny', irregular: ['denies', 'denied', 'denied', 'denying'] },
  { lemma: 'recall' },
  { lemma: 'recount' },
  { lemma: 'report' },
  { lemma: 'reveal' },
  { lemma: 'suggest' },
  { lemma: 'predict' },
  { lemma: 'promise' },
  { lemma: 'vow' },
  { lemma: 'pledge' },
  { lemma: 'assert' },
  { lemma: 'contend' },
  { lemma: 'maintain' },
  { lemma: 'mention' },
  { lemma: 'remark' },
  { lemma: 'comment' },
  { lemma: 'reply', irregular: ['replies', 'replied', 'replied', 'replying'] },
  { lemma: 'respond' },
  { lemma: 'ask', takesObject: true, needsThat: true },
  { lemma: 'urge', takesObject: true },
  { lemma: 'complain' },
  { lemma: 'boast' },
  { lemma: 'joke' },
  { lemma: 'quip', irregular: ['quips', 'quipped', 'quipped', 'quipping'] },
  { lemma: 'tweet' },
  { lemma: 'testify', irregular: ['testifies', 'testified', 'testified', 'testifying'] },
  { lemma: 'allege' },
  { lemma: 'conclude' },
  { lemma: 'observe' },
  { lemma: 'repeat' },
  { lemma: 'reiterate' },
  { lemma: 'caution' },
  { lemma: 'lament' },
  { lemma: 'disclose' },
  { lemma: 'reaffirm' },
  { lemma: 'counter' },
  { lemma: 'retort' },
  { lemma: 'exclaim' },
  { lemma: 'proclaim' },
  { lemma: 'swear', irregular: ['swears', 'swore', 'sworn', 'swearing'] },
  { lemma: 'assure', takesObject: true },
  { lemma: 'inform', takesObject: true },
  { lemma: 'remind', takesObject: true },
  { lemma: 'advise', takesObject: true },
  { lemma: 'indicate' },
  { lemma: 'estimate' },
  { lemma: 'predict' },
  { lemma: 'underline' },
  { lemma: 'complain' },
  { lemma: 'agree', needsThat: true, irregular: ['agrees', 'agreed', 'agreed', 'agreeing'] },
  // Verbs of the manner of speaking, cues only by find-cues' rule (the taggers' features leave them out, see
  // word-codes.ts). PolNeAR, whose reporters rarely shout, is unchanged by them: dev cues exact 1,420.
  { lemma: 'shout', needsQuotation: true },
  { lemma: 'yell', needsQuotation: true },
  { lemma: 'scream', needsQuotation: true },
  { lemma: 'whisper', needsQuotation: true },
  { lemma: 'mutter', needsQuotation: true },
  { lemma: 'murmur', needsQuotation: true },
  { lemma: 'chant', needsQuotation: true },
  // Verbs of a voice's manner that report what was said beside quoted words ("“Not again,” she groaned"
  // is left out with laugh, sigh, gasp, roar and cry, which more often tell of a crowd or a feeling).
  { lemma: 'sing', needsQuotation: true, irregular: ['sings', 'sang', 'sung', 'singing'] },
  { lemma: 'hiss', needsQuotation: true },
  { lemma: 'snap', needsQuotation: true, irregular: ['snaps', 'snapped', 'snapped', 'snapping'] },
  { lemma: 'bark', needsQuotation: true },
  { lemma: 'growl', needsQuotation: true },
  { lemma: 'snarl', needsQuotation: true },
  { lemma: 'sneer', needsQuotation: true },
  { lemma: 'scoff', needsQuotation: true },
  { lemma: 'grumble', needsQuotation: true },
  { lemma: 'stammer', needsQuotation: true },
  { lemma: 'bellow', needsQuotation: true },
  { lemma: 'holler', needsQuotation: true },
  { lemma: 'shriek', needsQuotation: true },
  { lemma: 'wail', needsQuotation: true },
  { lemma: 'sob', needsQuotation: true, irregular: ['sobs', 'sobbed', 'sobbed', 'sobbing'] },
  { lemma: 'blurt', needsQuotation: true },
  { lemma: 'fume', needsQuotation: true },
  { lemma: 'gush', needsQuotation: true },
  { lemma: 'marvel', needsQuotation: true, irregular: ['marvels', 'marveled', 'marveled', 'marveling'] },
  { lemma: 'muse', needsQuotation: true },
  { lemma: 'plead', needsQuotation: true, irregular: ['pleads', 'pleaded', 'pleaded', 'pleading'] },
  { lemma: 'call', needsQuote: true },
  { lemma: 'describe', needsQuote: true },
  { lemma: 'dub', needsQuote: true, irregular: ['dubs', 'dubbed', 'dubbed', 'dubbing'] },
  { lemma: 'believe', class: 'cognition' },
  { lemma: 'think', class: 'cognition', irregular: ['thinks', 'thought', 'thought', 'thinking'] },
  { lemma: 'feel', class: 'cognition', irregular: ['feels', 'felt', 'felt', 'feeling'] },
  { lemma: 'fear', class: 'cognition', needsThat: true },
  { lemma: 'doubt', class: 'cognition' },
  { lemma: 'suspect', class: 'cognition' },
  { lemma: 'expect', class: 'cognition', needsThat: true },
  { lemma: 'hope', class: 'cognition', needsThat: true },
  { lemma: 'worry', class: 'cognition', irregular: ['worries', 'worried', 'worried', 'worrying'] },
  { lemma: 'know', class: 'cognition', needsThat: true, irregular: ['knows', 'knew', 'known', 'knowing'] },
];

/** Lemmas whose bare form is usually a noun or another sense. */
const AMBIGUOUS_BASE = new Set([
  'add',
  'note',
  'state',
  'report',
  'claim',
  'comment',
  'maintain',
  'observe',
  'repeat',
  'reply',
  'answer',
  'promise',
  'pledge',
  'vow',
  'counter',
  'caution',
  'lament',
  'joke',
  'tweet',
  'estimate',
  'stress',
  'doubt',
  'fear',
  'hope',
  'remark',
  'call',
  'describe',
  'mention',
  'report',
  'charge',
  'concede',
  'allege',
  'ask',
]);

/** The regular inflections of an English verb: 3rd person singular, past, past participle, gerund. */
export function regularForms(lemma: string): [string, string, string, string] {
  const consonantY = /[^aeiou]y$/.test(lemma);
  const third = consonantY
    ? `${lemma.slice(0, -1)}ies`
    : /(s|sh|ch|x|z)$/.test(lemma)
      ? `${lemma}es`
      : `${lemma}s`;
  const past = consonantY ? `${lemma.slice(0, -1)}ied` : lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`;
  const gerund = lemma.endsWith('ee')
    ? `${lemma}ing`
    : lemma.endsWith('e')
      ? `${lemma.slice(0, -1)}ing`
      : `${lemma}ing`;
  return [third, past, past, gerund];
}

function buildCueVerbIndex(): ReadonlyMap<string, CueVerb> {
  const index = new Map<string, CueVerb>();
  for (const entry of VERBS) {
    const verb: CueVerb = {
      lemma: entry.lemma,
      class: entry.class ?? 'speech',
      takesObject: entry.takesObject ?? false,
      needsQuote: entry.needsQuote ?? false,
      needsThat: entry.needsThat ?? false,
      needsQuotation: entry.needsQuotation ?? false,
      ambiguousBase: entry.ambiguousBase ?? AMBIGUOUS_BASE.has(entry.lemma),
    };
    const regular = regularForms(entry.lemma);
    const forms = regular.map((form, position) => entry.irregular?.[position] || form);
    for (const form of [entry.lemma, ...forms]) if (!index.has(form)) index.set(form, verb);
  }
  return index;
}

/** Every inflected form of every cue verb, lower-cased, to its entry. */
export const CUE_VERB_FORMS: ReadonlyMap<string, CueVerb> = buildCueVerbIndex();

/** Nouns that name an opinion or utterance in `in X's opinion`, `in his words`, `X's words`. */
export const OPINION_NOUNS = new Set([
  'opinion',
  'view',
  'words',
  'assessment',
  'estimation',
  'judgment',
  'judgement',
]);

/** Words that may stand between a source and its cue without breaking the link ("frankly admitted"). */
export const CUE_MODIFIERS = new Set([
  'also',
  'later',
  'then',
  'again',
  'once',
  'previously',
  'earlier',
  'repeatedly',
  'reportedly',
  'allegedly',
  'has',
  'have',
  'had',
  'is',
  'was',
  'were',
  'are',
  'would',
  'will',
  'could',
  'might',
  'may',
  'did',
  'does',
  'do',
  'not',
  'never',
  'just',
  'recently',
  'once',
  'had',
  'been',
  'being',
  'further',
  'still',
  'long',
  'publicly',
  'privately',
  'even',
  'only',
]);
