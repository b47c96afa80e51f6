/**
 * The simple past of common irregular English verbs where it differs from both the base form and the past
 * participle ("went", "grew", "began"; not "put", nor "paid" or "built", which also open reduced relative
 * clauses: "a tax paid by ferry users"): a finite verb that no -ed ending reveals. Forms that are also
 * nouns ("saw", "rose") are kept, since they are read only where a verb is expected after a subject.
 */
export const IRREGULAR_PAST = new Set([
  'went',
  'came',
  'took',
  'wrote',
  'spoke',
  'knew',
  'saw',
  'gave',
  'grew',
  'became',
  'began',
  'ran',
  'fell',
  'rose',
  'chose',
  'drove',
  'broke',
  'drew',
  'threw',
  'flew',
  'wore',
  'swore',
  'stole',
  'withdrew',
  'overcame',
  'undertook',
  'froze',
  'hid',
  'shook',
  'sank',
  'sang',
  'rang',
  'forgot',
]);
