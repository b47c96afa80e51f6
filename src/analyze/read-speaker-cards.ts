import type { Block } from '../types.js';
import { trimmedEnd } from './spans.js';
import { attributionCandidate, type AttributionCandidate } from './candidate.js';
import { cueOf } from './find-cues.js';
import type { AnalysisContext } from './context.js';
import { ANALYZED_BLOCK_KINDS, firstTokenAt } from './context.js';
import { wordsOf, type NameMention, type PersonDraft } from './find-people.js';

/**
 * Speaker cards (a name, the name again, a role, set under a quoted passage): the card gives its person a
 * role, and a quoted passage right above a card that no cue claims is attributed to the card's person.
 * Returns the attributions this adds; people and their name mentions are updated in place.
 */
export function attachSpeakerCards(
  context: AnalysisContext,
  people: PersonDraft[],
  personOf: Map<NameMention, PersonDraft>,
  candidates: readonly AttributionCandidate[],
  workTitles: ReadonlySet<number>,
): AttributionCandidate[] {
  const { blocks, tokens, text } = context;
  const added: AttributionCandidate[] = [];
  for (let index = 0; index < blocks.length; index += 1) {
    if (blocks[index]!.kind !== 'speaker-card' || blocks[index - 1]?.kind === 'speaker-card') continue;
    const card: Block[] = [];
    for (let next = index; blocks[next]?.kind === 'speaker-card'; next += 1) card.push(blocks[next]!);
    const nameBlock = card[0]!;
    const nameRange = rangeOf(context, nameBlock);
    if (!nameRange) continue;
    const words = wordsOf(tokens, nameRange);
    const key = words.map((word) => word.lower).join(' ');
    const surname = words.at(-1)?.lower ?? '';
    let person =
      people.find((candidate) => candidate.key === key) ??
      people.find((candidate) => candidate.key.split(' ').at(-1) === surname);
    const mention: NameMention = {
      name: nameRange,
      role: null,
      first: nameRange.first,
      subject: false,
      evidence: true,
      sayer: true,
    };
    if (!person) {
      person = { key, name: nameRange, mentions: [], roles: [], aliases: new Set(), gender: null };
      people.push(person);
    }
    person.mentions.push(mention);
    personOf.set(mention, person);
    const roleBlock = card.at(-1)!;
    const roleText = text.slice(roleBlock.start, roleBlock.end).trim().toLowerCase();
    if (card.length > 1 && roleText !== key)
      person.roles.push({ start: roleBlock.start, end: roleBlock.end });

    // The quoted passage right above the card, if nothing else claims it.
    const above = previousAnalyzedBlock(blocks, index);
    if (!above) continue;
    const quotationIndex = context.quotations.findIndex(
      (quotation) =>
        quotation.end >= trimmedEnd(text, above) - 1 && quotation.end <= above.end && quotation.start >= 0,
    );
    const quotation = context.quotations[quotationIndex];
    if (!quotation || workTitles.has(quotationIndex)) continue;
    const claimed = candidates.some((candidate) =>
      candidate.content.some((fragment) => fragment.start < quotation.end && fragment.end > quotation.start),
    );
    const wholeBlock = text.slice(above.start, quotation.fragments.at(-1)!.start).trim() === '';
    if (claimed || !wholeBlock) continue;
    added.push(
      attributionCandidate({
        cue: cueOf({
          kind: 'card',
          sentence: context.sentenceOfToken[nameRange.first]!,
          range: nameRange,
          source: null,
          verb: null,
        }),
        source: nameRange,
        content: [...quotation.fragments],
        confidence: 0.6,
        contentSide: 'left',
      }),
    );
  }
  return added;
}

function rangeOf(context: AnalysisContext, block: Block): { first: number; last: number } | null {
  const { tokens } = context;
  const first = firstTokenAt(tokens, block.start);
  let last = first;
  for (let index = first; index < tokens.length && tokens[index]!.end <= block.end; index += 1)
    if (tokens[index]!.kind !== 'space') last = index;
  return tokens[first] && tokens[first].kind === 'word' ? { first, last } : null;
}

function previousAnalyzedBlock(blocks: readonly Block[], index: number): Block | undefined {
  const previous = blocks[index - 1];
  return previous && ANALYZED_BLOCK_KINDS.has(previous.kind) ? previous : undefined;
}
