import type { Analysis, Article, Attribution, AttributionType, Person, Span, TextSpan } from '../types.js';
import { buildAttributions } from './build-attributions.js';
import type { AttributionCandidate } from './candidate.js';
import { classifyContentType } from './classify-type.js';
import { buildContext, type AnalysisContext } from './context.js';
import { findCues } from './find-cues.js';
import { findMedia } from './find-medium.js';
import { findPolarity } from './find-polarity.js';
import { findHeadlineAttribution, findLabelAttributions } from './find-label-cues.js';
import { mergeModelCues } from './merge-model-cues.js';
import { isDiscourseMarker } from './discourse-markers.js';
import { isTranscriptLine } from './transcript-speakers.js';
import { tagCues } from './model/cue-tagger.js';
import { findNameMentions, nameText, type PersonDraft } from './find-people.js';
import { findWorkTitles } from './find-work-titles.js';
import { groupPeople, spanOf } from './group-people.js';
import { linkVia } from './link-via.js';
import { PRONOUNS } from './lexicon/pronouns.js';
import { WORK_NOUNS } from './lexicon/works.js';
import { attachSpeakerCards } from './read-speaker-cards.js';
import { findAppositionRoles } from './find-apposition-roles.js';
import { resolveSpeakers } from './resolve-speakers.js';
import { withDescriptionsNamedLater } from './named-later.js';
import { dateAttributions } from './date-attributions.js';
import { dateThenRoles, roleTime } from './role-times.js';
import { analyzeMultilingual } from './multilingual/analyze-multilingual.js';
import { rulesFor } from './multilingual/languages.js';
import { markQuotationLanguages } from './quotation-language.js';
import { addGlosses } from './find-glosses.js';

/**
 * Finds sentences, people and attributions in an Article. The steps run in this one order: segment, find
 * quotations and cues, build attributions, find people, read speaker cards, resolve speakers, link chains.
 */
export function analyze(article: Article): Analysis {
  // Ukrainian, Russian, German, French and Spanish articles are read by their own languages' rules; English
  // (and any language without rules) by the English engine. Either way, a quotation in another language
  // than the article's says which.
  const rules = rulesFor(article.meta.language);
  const analysis = rules !== null ? analyzeMultilingual(article, rules) : analyzeEnglish(article);
  return {
    ...analysis,
    attributions: markQuotationLanguages(
      addGlosses(article.text, analysis.attributions, article.meta.language),
      article.meta.language,
    ),
  };
}

function analyzeEnglish(article: Article): Analysis {
  const context = buildContext(article);
  const cues = mergeModelCues(context, findCues(context), tagCues(context)).filter(
    (cue) => !isDiscourseMarker(context, cue.range),
  );
  const workTitles = findWorkTitles(context);
  const candidates = buildAttributions(context, cues).filter(
    (candidate) => !isOnlyWorkTitle(context, candidate, workTitles),
  );

  const sources = candidates.flatMap((candidate) => (candidate.source ? [candidate.source] : []));
  const mentions = findNameMentions(context, {
    starts: new Set(sources.map((source) => source.first)),
    ends: new Set(sources.map((source) => source.last)),
  });
  const { people, personOf } = groupPeople(context, mentions);
  findAppositionRoles(context, personOf);
  // Layout labels stand where no cue claimed the words already.
  // A report inside a transcript's line ("A: By 40 percent. We were told in March that ...", "HADDAD: I
  // said my door was open") leaves the line standing.
  for (const labelled of findLabelAttributions(context)) {
    const line = isTranscriptLine(context, labelled);
    const claims = line ? claimsLabelled : overlapsContent;
    const claiming = candidates.findIndex((candidate) => claims(candidate, labelled));
    if (claiming === -1) candidates.push(labelled);
    else if (line && isSameLabel(candidates[claiming]!, labelled))
      // The tagger's own reading of the label, its content within the first sentence: the line is the
      // speaker's to its end.
      candidates[claiming] = { ...candidates[claiming]!, content: labelled.content };
  }
  // A headline's speaker label stands whatever the words after it report ("Poll: Voters say ...").
  const headline = findHeadlineAttribution(context);
  const colon = headline?.cue.range.first ?? -1;
  if (
    headline &&
    !candidates.some((candidate) => candidate.cue.range.first <= colon && colon <= candidate.cue.range.last)
  )
    candidates.push(headline);
  candidates.push(...attachSpeakerCards(context, people, personOf, candidates, workTitles));
  candidates.sort((a, b) => (a.content[0]?.start ?? 0) - (b.content[0]?.start ?? 0));

  const speakers = withDescriptionsNamedLater(
    context,
    candidates,
    resolveSpeakers(context, candidates, people, personOf),
  );
  const rendered = renderPeople(context, people, candidates, speakers);
  const dated = dateAttributions(
    context,
    candidates,
    renderAttributions(context, candidates, speakers, rendered),
  );
  const attributions = dated.attributions;
  return {
    sentences: context.sentences.map(({ start, end }) => ({ start, end })),
    people: dateThenRoles(rendered.people, dated.dateAt),
    attributions,
    diagnostics: context.diagnostics,
  };
}

/**
 * Whether a content names a work and says nothing: the title of a work, alone or with the few words that
 * introduce it ("a book, \"Salt and Timber.\"", "his memoirs, \"On My Watch.\"").
 */
function overlapsContent(a: AttributionCandidate, b: AttributionCandidate): boolean {
  return a.content.some((x) => b.content.some((y) => x.start < y.end && y.start < x.end));
}

/** Whether a candidate is a label attribution's cue and words read by the tagger: the same colon, the same start. */
function isSameLabel(candidate: AttributionCandidate, labelled: AttributionCandidate): boolean {
  return (
    candidate.cue.range.first === labelled.cue.range.first &&
    candidate.content.length === 1 &&
    candidate.content[0]!.start === labelled.content[0]!.start &&
    candidate.content[0]!.end < labelled.content[0]!.end
  );
}

/** Whether a candidate's words take in the start of a label attribution's words. */
function claimsLabelled(candidate: AttributionCandidate, labelled: AttributionCandidate): boolean {
  const start = labelled.content[0]?.start ?? -1;
  return candidate.content.some((fragment) => fragment.start <= start && start < fragment.end);
}

function isOnlyWorkTitle(
  context: AnalysisContext,
  candidate: AttributionCandidate,
  titles: ReadonlySet<number>,
): boolean {
  let rest = '';
  let hasTitle = false;
  for (const fragment of candidate.content) {
    let cursor = fragment.start;
    for (const index of titles) {
      const quotation = context.quotations[index]!;
      if (quotation.end <= fragment.start || quotation.start >= fragment.end) continue;
      hasTitle = true;
      rest += ` ${context.text.slice(cursor, Math.max(cursor, quotation.start))}`;
      cursor = Math.max(cursor, quotation.end);
    }
    rest += ` ${context.text.slice(cursor, Math.max(cursor, fragment.end))}`;
  }
  if (!hasTitle) return false;
  const words = rest.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length === 0 || (words.length <= 4 && words.some((word) => WORK_NOUNS.has(word)));
}

interface RenderedPeople {
  readonly people: Person[];
  readonly idOf: Map<PersonDraft, string>;
}

function renderPeople(
  context: AnalysisContext,
  drafts: readonly PersonDraft[],
  candidates: readonly AttributionCandidate[],
  speakers: readonly (PersonDraft | null)[],
): RenderedPeople {
  const { text, tokens } = context;
  const ordered = [...drafts].sort((a, b) => (a.mentions[0]?.first ?? 0) - (b.mentions[0]?.first ?? 0));
  const idOf = new Map<PersonDraft, string>();
  const people = ordered.map((draft, index): Person => {
    const id = `p${index + 1}`;
    idOf.set(draft, id);
    // A nickname in quotation marks stays in the aliases, not in the name.
    const name = nameText(text, tokens, draft.name);
    const aliases = new Set<string>();
    for (const mention of draft.mentions) {
      aliases.add(slice(text, spanOf(context, mention.name)));
      aliases.add(slice(text, spanOf(context, { first: mention.first, last: mention.name.last })));
    }
    candidates.forEach((candidate, candidateIndex) => {
      if (speakers[candidateIndex] !== draft || !candidate.source) return;
      const source = candidate.source;
      const isPronoun = source.first === source.last && PRONOUNS.has(tokens[source.first]!.lower);
      if (!isPronoun) aliases.add(slice(text, spanOf(context, source)));
    });
    aliases.delete(name);
    const mentions = draft.mentions.map((mention) => spanOf(context, mention.name));
    const roles = uniqueBy(draft.roles, (role) => slice(text, role).toLowerCase()).map((role) => ({
      text: slice(text, role),
      start: role.start,
      end: role.end,
      time: roleTime(context, role),
      at: null,
    }));
    return { id, name, aliases: [...aliases], roles, mentions };
  });
  return { people, idOf };
}

function renderAttributions(
  context: AnalysisContext,
  candidates: readonly AttributionCandidate[],
  speakers: readonly (PersonDraft | null)[],
  rendered: RenderedPeople,
): Attribution[] {
  const { text, tokens } = context;
  const nameOf = new Map(rendered.people.map((person) => [person.id, person.name]));
  // Where each person is referred to: their name mentions, and the sources resolved to them.
  const mentionOffsets = new Map<string, number[]>(
    rendered.people.map((person) => [person.id, person.mentions.map((mention) => mention.start)]),
  );
  candidates.forEach((candidate, index) => {
    const speaker = speakers[index];
    const id = speaker ? rendered.idOf.get(speaker) : undefined;
    if (id && candidate.source) mentionOffsets.get(id)?.push(tokens[candidate.source.first]!.start);
  });

  const via = linkVia(
    context,
    candidates.map((candidate, index) => {
      const speaker = speakers[index];
      return {
        cueStart: tokens[candidate.cue.range.first]!.start,
        sentence: candidate.cue.sentence,
        content: candidate.content,
        speakerKey: speaker ? (rendered.idOf.get(speaker) ?? null) : null,
        mentionsOf: (key: string) => mentionOffsets.get(key) ?? [],
      };
    }),
  );
  const media = findMedia(context, candidates);
  return candidates.map((candidate, index): Attribution => {
    const speaker = speakers[index];
    const speakerId = speaker ? rendered.idOf.get(speaker) : undefined;
    const content = candidate.content.map((fragment) => textSpan(text, fragment));
    const carrier = via[index];
    return {
      id: `a${index + 1}`,
      type: typeOfFragments(content.map((fragment) => fragment.text)),
      source: candidate.source ? textSpan(text, spanOf(context, candidate.source)) : null,
      cue: candidate.cue.kind === 'card' ? null : textSpan(text, spanOf(context, candidate.cue.range)),
      content,
      speaker: speakerId ? { id: speakerId, name: nameOf.get(speakerId)! } : null,
      saidAt: null,
      dating: context.meta.published ? 'publication' : 'unknown',
      polarity: findPolarity(context, candidate.cue),
      medium: media[index] ?? null,
      via: carrier === null || carrier === undefined ? null : `a${carrier + 1}`,
      confidence: Math.round(candidate.confidence * (speakerId || !candidate.source ? 1 : 0.9) * 100) / 100,
    };
  });
}

/**
 * Each fragment is typed on its own and the types combined, so that a quotation over several paragraphs
 * (each opening with a mark, none but the last closing) stays direct.
 */
function typeOfFragments(fragments: readonly string[]): AttributionType {
  const types = fragments.map((fragment) => classifyContentType([fragment]));
  if (types.every((type) => type === 'direct')) return 'direct';
  return types.some((type) => type !== 'indirect') ? 'mixed' : 'indirect';
}

const slice = (text: string, span: Span): string => text.slice(span.start, span.end);
const textSpan = (text: string, span: Span): TextSpan => ({
  start: span.start,
  end: span.end,
  text: slice(text, span),
});

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const value = key(item);
    if (seen.has(value)) return false;
    seen.add(value);
    return true;
  });
}
