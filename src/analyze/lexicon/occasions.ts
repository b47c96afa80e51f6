/**
 * Occasions on which words are said, in English: a dated occasion ("a conversation with Zelensky in
 * February 2022", "at a news conference on Monday") anchors the sayings recounted from it, and a definite
 * reference to one ("at the briefing", "at the same news conference") points back to it. Each word maps to
 * the head it is matched on, so that "press conference" and "news conference" are one occasion. Words that
 * more often name something else ("game", "race", "final", "fight": "the 2012 race", "the final debate")
 * are left out: taking them as the occasion dates sayings that were not made there.
 */
export const OCCASION_NOUNS: ReadonlyMap<string, string> = new Map(
  `conversation call phone-call meeting meetings talks speech address interview briefing conference summit
  hearing debate session visit trip exchange rally ceremony event statement testimony remarks appearance
  dinner lunch breakfast forum congress convention negotiations discussion discussions chat encounter vote
  appointment announcement presentation protest inauguration funeral launch gathering assembly seminar
  match derby bout vigil inquest memorial concert`
    .split(/\s+/u)
    .map((word) => [word, word === 'meetings' ? 'meeting' : word === 'discussions' ? 'discussion' : word]),
);

/** Verbs whose content recounts an occasion: the occasion's date anchors the words recounted from it. */
export const RECOUNTING_VERBS = new Set([
  'recall',
  'recount',
  'remember',
  'describe',
  'reveal',
  'relate',
  'narrate',
  'detail',
]);

/** Cue verbs that continue the speaker's words on the same occasion ("she added", "he continued"). */
export const CONTINUING_VERBS = new Set(['add', 'continue', 'conclude', 'reiterate', 'repeat', 'elaborate']);

/** Words in a reporting clause that continue the occasion before it ("X also said", "afterwards"). */
export const CONTINUING_WORDS = new Set(['also', 'further']);

/**
 * Prepositions before a place or an occasion ("at the market", "after the hearing"): a definite one in a
 * reporting clause points back to the dated saying or narration that named it.
 */
export const PLACE_PREPOSITIONS = new Set([
  'at',
  'in',
  'inside',
  'outside',
  'near',
  'during',
  'after',
  'before',
  // "said from the stage"
  'from',
]);
