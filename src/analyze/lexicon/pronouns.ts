/** English personal pronouns, in one home, with what they tell about their referent. */

export const PRONOUN_GENDERS = ['male', 'female', 'neutral'] as const;
export type PronounGender = (typeof PRONOUN_GENDERS)[number];

export interface PronounInfo {
  readonly gender: PronounGender;
  readonly plural: boolean;
  readonly person: 1 | 2 | 3;
  /** Subject, object or possessive form. */
  readonly case: 'subject' | 'object' | 'possessive';
}

export const PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map<string, PronounInfo>([
  ['he', { gender: 'male', plural: false, person: 3, case: 'subject' }],
  ['him', { gender: 'male', plural: false, person: 3, case: 'object' }],
  ['his', { gender: 'male', plural: false, person: 3, case: 'possessive' }],
  ['she', { gender: 'female', plural: false, person: 3, case: 'subject' }],
  ['her', { gender: 'female', plural: false, person: 3, case: 'possessive' }],
  ['hers', { gender: 'female', plural: false, person: 3, case: 'possessive' }],
  ['they', { gender: 'neutral', plural: true, person: 3, case: 'subject' }],
  ['them', { gender: 'neutral', plural: true, person: 3, case: 'object' }],
  ['their', { gender: 'neutral', plural: true, person: 3, case: 'possessive' }],
  ['it', { gender: 'neutral', plural: false, person: 3, case: 'subject' }],
  ['its', { gender: 'neutral', plural: false, person: 3, case: 'possessive' }],
  ['i', { gender: 'neutral', plural: false, person: 1, case: 'subject' }],
  ['me', { gender: 'neutral', plural: false, person: 1, case: 'object' }],
  ['my', { gender: 'neutral', plural: false, person: 1, case: 'possessive' }],
  ['we', { gender: 'neutral', plural: true, person: 1, case: 'subject' }],
  ['us', { gender: 'neutral', plural: true, person: 1, case: 'object' }],
  ['our', { gender: 'neutral', plural: true, person: 1, case: 'possessive' }],
  ['you', { gender: 'neutral', plural: false, person: 2, case: 'subject' }],
]);

/** Pronouns that can point at one named person (he, she and their forms). */
export const isPersonalPronoun = (info: PronounInfo): boolean =>
  info.person === 3 && !info.plural && info.gender !== 'neutral';

/** The possessive determiners ("his aide", "their lawyer"), which open a noun phrase as an article does. */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set([
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
]);
