/**
 * Chooses the article among a walked page's blocks: the container with the best score (prose length minus
 * link text and fragment penalties, summed over its subtree) wins; its blocks and those of its strong
 * siblings are collected in document order, skipping link-dense sub-boxes (inline related links, tag lists)
 * and blocks that are labels, notices, date lines or link lists. Key takeaways are taken from the whole
 * article landmark around the winner, since templates often put them above the body's container.
 */
import type { BlockKind } from '../../types.js';
import { isDateLine, isPublicationLine } from './boilerplate-text.js';
import type { Container, PageWalk, RawBlock } from './walk-page.js';

export interface SelectedBlock {
  readonly kind: BlockKind;
  readonly text: string;
}

export interface BodySelection {
  /** Body blocks, captions and speaker cards, in document order. */
  readonly blocks: readonly SelectedBlock[];
  /** The visible byline's text, if the page shows one. */
  readonly byline: string | null;
  /** Characters of body text (paragraphs, headings, lists, quotes, takeaways) selected. */
  readonly bodyChars: number;
}

/** What the page's metadata already says, so that the body does not repeat it. */
export interface KnownHeader {
  readonly title: string | null;
  readonly subtitle: string | null;
}

/** A sub-box where more than this share of the text is links, and that scores below zero, is skipped. */
const LINK_DENSE_BOX = 0.33;
/** A block where more than this share of the text is links is a link, not prose. */
const LINK_DENSE_BLOCK = 0.5;
/** Siblings of the winner scoring at least this share of its score (and above MIN_SIBLING) join it. */
const SIBLING_SHARE = 0.2;
const MIN_SIBLING = 40;
/** The story has started at the first paragraph this long; what comes before is the header's. */
const STORY_PARAGRAPH = 60;
/** A block quotation this long found word for word in a paragraph is a pull quote, marked up or not. */
const MIN_REPEATED_QUOTE = 30;

/** Adds each container's totals into its parent's: containers come in document (pre-)order. */
export function sumSubtrees(containers: readonly Container[]): void {
  for (let index = containers.length - 1; index > 0; index -= 1) {
    const container = containers[index]!;
    const parent = containers[container.parent]!;
    parent.score += container.score;
    parent.textChars += container.textChars;
    parent.linkChars += container.linkChars;
  }
}

/**
 * The best-scoring container; on a tie, the innermost (later in pre-order). When nothing scores above zero
 * (a snippet, a page of short lines) there is no article to single out and the root is taken whole. -1 when
 * the page has no text.
 */
export function bestContainer(containers: readonly Container[]): number {
  let best = -1;
  let bestScore = 0;
  for (let index = 0; index < containers.length; index += 1) {
    const container = containers[index]!;
    if (container.textChars === 0) continue;
    if (best === -1 || container.score >= bestScore) {
      best = index;
      bestScore = container.score;
    }
  }
  return best !== -1 && bestScore <= 0 ? 0 : best;
}

/** A child holding this share of its parent's score holds the article; the rest is beside it. */
const ARTICLE_SHARE = 0.7;
/** How much more an `<article>`, `<main>` or the headline's container counts when looking for the article. */
const LANDMARK_WEIGHT = 1.5;

/**
 * From the best container, steps down into the child that holds most of its prose, as long as one does:
 * the best container sums all the prose under it, so prose-like furniture beside the article (a cookie
 * notice, an "about us" box, comments) lifts it above the article's own container. A child counts more when
 * it is an `<article>`/`<main>` or holds the `<h1>`. Paragraph-level children are not stepped into.
 */
export function tightenContainer(walk: PageWalk, start: number): number {
  const { blocks, containers } = walk;
  const children: number[][] = containers.map(() => []);
  for (let index = 1; index < containers.length; index += 1) children[containers[index]!.parent]!.push(index);
  const weight = (index: number): number => {
    const container = containers[index]!;
    const bonus = container.landmark || holdsHeadline(blocks, container) ? LANDMARK_WEIGHT : 1;
    return container.score * bonus;
  };
  let current = start;
  for (;;) {
    let best = -1;
    let bestWeight = 0;
    for (const child of children[current]!) {
      if (
        containers[child]!.score <= 0 ||
        !children[child]!.some((grandchild) => containers[grandchild]!.score > 0)
      )
        continue;
      const childWeight = weight(child);
      if (childWeight > bestWeight) {
        best = child;
        bestWeight = childWeight;
      }
    }
    if (best === -1 || bestWeight < ARTICLE_SHARE * Math.max(0, containers[current]!.score)) return current;
    current = best;
  }
}

/**
 * Selects the body from a walk whose subtree totals are summed (`sumSubtrees`): from the best container, or
 * from the one given (the root, when the walked element is already the article, as Readability's is).
 */
export function selectBody(walk: PageWalk, known: KnownHeader, chosen?: number): BodySelection {
  const { blocks, containers } = walk;
  const best = chosen ?? bestContainer(containers);
  if (best === -1) return { blocks: [], byline: null, bodyChars: 0 };
  const story = chosen ?? storyWithTitle(walk, best, normalized(known.title));
  const winner = chosen ?? tightenContainer(walk, story);
  const top = containers[winner]!;
  const region = articleRegion(containers, winner);
  // A story singled out among several (storyWithTitle) stands alone: its siblings are the other stories.
  const included = includedBlocks(walk, winner, region, story === best);
  const skipped = linkDenseBoxes(containers, winner);
  const order: number[] = [];
  for (let index = 0; index < blocks.length; index += 1) {
    if (included[index] === 0) continue;
    if (skipped[blocks[index]!.container] === 1 && !blocks[index]!.keyPoints) continue;
    order.push(index);
  }
  const { selected, bodyChars } = storyBlocks(blocks, order, known);
  return {
    blocks: markRepeatedPullQuotes(markSummaryBullets(selected), blocks),
    byline: findByline(blocks, region, top),
    bodyChars,
  };
}

/**
 * The blocks the body is taken from: the winner's, its strong siblings' (unless the winner was singled out
 * among stories), and the key points and headline bullets of the article around it.
 */
function includedBlocks(
  walk: PageWalk,
  winner: number,
  region: Container,
  withSiblings: boolean,
): Uint8Array {
  const { blocks, containers } = walk;
  const top = containers[winner]!;
  const included = new Uint8Array(blocks.length);
  included.fill(1, top.firstBlock, top.endBlock);
  if (withSiblings && top.parent !== -1) {
    const parent = containers[top.parent]!;
    const threshold = Math.max(MIN_SIBLING, top.score * SIBLING_SHARE);
    for (let index = top.parent + 1; index < containers.length; index += 1) {
      const sibling = containers[index]!;
      if (sibling.firstBlock >= parent.endBlock) break;
      if (sibling.parent !== top.parent || index === winner) continue;
      // The box with the headline is the article's header (kicker, standfirst, byline), not more body.
      const joins =
        sibling.score >= threshold && linkShare(sibling) < LINK_DENSE_BOX && !holdsHeadline(blocks, sibling);
      if (joins) included.fill(1, sibling.firstBlock, sibling.endBlock);
    }
  }
  for (let index = region.firstBlock; index < region.endBlock; index += 1) {
    if (blocks[index]!.keyPoints) included[index] = 1;
  }
  markBulletsUnderHeadline(blocks, region, top, included);
  return included;
}

/**
 * The included blocks (`order`, document order) as Article blocks: the article header above the byline is
 * left out but for its bullets (key points), then each block gets its final kind or is dropped (finalKind).
 */
function storyBlocks(
  blocks: readonly RawBlock[],
  order: readonly number[],
  known: KnownHeader,
): { selected: SelectedBlock[]; bodyChars: number } {
  const title = normalized(known.title);
  const subtitle = normalized(known.subtitle);
  const headerEnd = articleHeaderEnd(blocks, order);
  const selected: SelectedBlock[] = [];
  let bodyChars = 0;
  let storyStarted = false;
  for (let position = 0; position < order.length; position += 1) {
    const block = blocks[order[position]!]!;
    if (position <= headerEnd) {
      const kind = headerBlockKind(block);
      if (kind !== null) selected.push({ kind, text: block.text });
      if (kind === 'takeaway') bodyChars += block.text.length;
      continue;
    }
    // A standfirst above the story is the subtitle's place; its bullet list, though, is the takeaways.
    if (block.standfirst && !storyStarted && block.kind !== 'list-item' && block.kind !== 'takeaway')
      continue;
    const kind = finalKind(block, title, subtitle, storyStarted);
    if (kind === null) continue;
    if ((kind === 'paragraph' || kind === 'quote') && block.text.length >= STORY_PARAGRAPH)
      storyStarted = true;
    selected.push({ kind, text: block.text });
    if (kind !== 'caption' && kind !== 'speaker-card') bodyChars += block.text.length;
  }
  return { selected, bodyChars };
}

/**
 * What a block of the article's header becomes: kicker, display headline and standfirst are not the story;
 * its bullets are the key points; captions and cards stay what they are.
 */
function headerBlockKind(block: RawBlock): BlockKind | null {
  if (block.kind === 'heading' && block.keyPoints) return 'heading';
  if (block.kind === 'list-item' || block.kind === 'takeaway') return 'takeaway';
  if (block.kind === 'caption' || block.kind === 'speaker-card') return block.kind;
  return null;
}

/**
 * When the best container holds several `<article>`s and exactly one of them carries the page's headline,
 * that one is the page's story: infinite-scroll pages append the next stories in the same template. Live
 * blogs, whose entries are `<article>`s too, carry the headline above the entries, so they are not cut.
 */
function storyWithTitle(walk: PageWalk, winner: number, title: string | null): number {
  if (title === null) return winner;
  const { blocks, containers } = walk;
  const top = containers[winner]!;
  const stories: number[] = [];
  for (let index = winner + 1; index < containers.length; index += 1) {
    const container = containers[index]!;
    if (container.firstBlock >= top.endBlock) break;
    if (!container.landmark || container.textChars === 0) continue;
    const last = stories[stories.length - 1];
    if (last !== undefined && container.firstBlock < containers[last]!.endBlock) continue;
    stories.push(index);
  }
  if (stories.length < 2) return winner;
  const titled = stories.filter((index) => {
    const story = containers[index]!;
    for (let block = story.firstBlock; block < story.endBlock; block += 1) {
      const { kind, text } = blocks[block]!;
      if ((kind === 'h1' || kind === 'heading') && repeats(text.toLowerCase(), title)) return true;
    }
    return false;
  });
  return titled.length === 1 ? titled[0]! : winner;
}

/**
 * Bullets between the headline and the story's container are the story's key points (tabloid and
 * broadcaster templates): they are included, and become takeaways as list items above the first paragraph.
 */
function markBulletsUnderHeadline(
  blocks: readonly RawBlock[],
  region: Container,
  top: Container,
  included: Uint8Array,
): void {
  let headline = -1;
  for (let index = region.firstBlock; index < top.firstBlock; index += 1) {
    if (blocks[index]!.kind === 'h1') headline = index;
  }
  if (headline === -1) return;
  for (let index = headline + 1; index < top.firstBlock; index += 1) {
    const block = blocks[index]!;
    if (block.kind === 'list-item' && block.linkChars === 0) included[index] = 1;
  }
}

function holdsHeadline(blocks: readonly RawBlock[], container: Container): boolean {
  for (let index = container.firstBlock; index < container.endBlock; index += 1) {
    if (blocks[index]!.kind === 'h1') return true;
  }
  return false;
}

const linkShare = (container: Container): number =>
  container.textChars === 0 ? 0 : container.linkChars / container.textChars;

/**
 * The article around the winner: its nearest `<article>`/`<main>` ancestor (itself included), else its
 * grandparent. Takeaways and the byline are looked for here.
 */
function articleRegion(containers: readonly Container[], winner: number): Container {
  let index = winner;
  while (index !== -1) {
    const container = containers[index]!;
    if (container.landmark) return container;
    index = container.parent;
  }
  const parent = containers[winner]!.parent;
  if (parent === -1) return containers[winner]!;
  const grandparent = containers[parent]!.parent;
  return containers[grandparent === -1 ? parent : grandparent]!;
}

/**
 * Marks the containers whose blocks are skipped: link-dense boxes that score below zero, and everything
 * inside them. The winner and its ancestors are never skipped.
 */
function linkDenseBoxes(containers: readonly Container[], winner: number): Uint8Array {
  const skipped = new Uint8Array(containers.length);
  const kept = new Set<number>();
  for (let index = winner; index !== -1; index = containers[index]!.parent) kept.add(index);
  for (let index = 1; index < containers.length; index += 1) {
    const container = containers[index]!;
    if (skipped[container.parent] === 1) {
      skipped[index] = 1;
    } else if (!kept.has(index) && container.score < 0 && linkShare(container) > LINK_DENSE_BOX) {
      skipped[index] = 1;
    }
  }
  return skipped;
}

/** The Article block kind a raw block becomes, or null when it is not part of the article. */
function finalKind(
  block: RawBlock,
  title: string | null,
  subtitle: string | null,
  storyStarted: boolean,
): BlockKind | null {
  const { kind, text } = block;
  if (kind === 'byline') return null;
  if (kind === 'caption' || kind === 'speaker-card') return kind;
  if (block.linkChars > text.length * LINK_DENSE_BLOCK) return null;
  if (block.furniture) return null;
  const plain = text.toLowerCase();
  if (plain === title) return null;
  // The display headline and a standfirst set as a heading, above the story. A paragraph that matches the
  // subtitle is kept: pages often take their description from the lead, which is then the story's own.
  if (!storyStarted && (kind === 'h1' || kind === 'heading')) {
    if (title !== null && repeats(plain, title)) return null;
    if (subtitle !== null && subtitle.length >= 20 && plain.startsWith(stem(subtitle))) return null;
  }
  switch (kind) {
    case 'h1':
      return title !== null && repeats(plain, title) ? null : 'heading';
    case 'pull-quote':
      return 'quote';
    default:
      return kind;
  }
}

/** Header blocks end at a byline or a "Published ..." line, if one comes before the story's second paragraph. */
const STORY_LENGTH = 120;

/**
 * The position (in `order`) of the article header's last block, or -1: the last byline or publication line
 * before the story starts. What precedes it (kicker, display headline, standfirst, summary bullets) is
 * header, whatever the template calls it. The story starts at its first long paragraph, or at its second
 * when the headline is among the blocks (the first may be a standfirst under it); a date line further down
 * (an "Updated" note after the lead) never takes the lead with it.
 */
function articleHeaderEnd(blocks: readonly RawBlock[], order: readonly number[]): number {
  let end = -1;
  let paragraphs = 0;
  let allowed = 1;
  for (let position = 0; position < order.length && paragraphs < allowed; position += 1) {
    const block = blocks[order[position]!]!;
    // A subheading starts the story (a live blog's first entry): its time stamps are not the header's.
    if (block.kind === 'heading') break;
    if (block.kind === 'h1') allowed = 2;
    else if (block.kind === 'byline' || isPublicationLine(block.text) || isDateLine(block.text, block.dated))
      end = position;
    else if (block.kind === 'paragraph' && block.text.length >= STORY_LENGTH) paragraphs += 1;
  }
  return end;
}

/** One text holds the other (a headline with or without its site suffix or a longer display form). */
const repeats = (text: string, title: string): boolean => text.includes(title) || title.includes(text);

/** A sentence without its final punctuation, to find it at the start of a longer one. */
const stem = (text: string): string => text.replace(/[\s.!?…]+$/, '');

/** A list above the story's first paragraph (bold bullets under a headline) is its key takeaways. */
function markSummaryBullets(selected: SelectedBlock[]): SelectedBlock[] {
  const first = selected.findIndex((block) => block.kind === 'paragraph' || block.kind === 'quote');
  if (first <= 0) return selected;
  return selected.map((block, index) =>
    index < first && block.kind === 'list-item' ? { kind: 'takeaway', text: block.text } : block,
  );
}

/**
 * A pull quote that repeats a sentence of the body is a `duplicate`, outside the body: one marked up as a
 * pull quote, or any block quotation found word for word in a paragraph.
 */
function markRepeatedPullQuotes(
  selected: readonly SelectedBlock[],
  raw: readonly RawBlock[],
): SelectedBlock[] {
  const pullTexts = new Set(raw.filter((block) => block.kind === 'pull-quote').map((block) => block.text));
  const repeats = (block: SelectedBlock): boolean =>
    block.kind === 'quote' && (pullTexts.has(block.text) || block.text.length >= MIN_REPEATED_QUOTE);
  if (!selected.some(repeats)) return [...selected];
  const storyText = selected
    .filter((block) => block.kind !== 'quote')
    .map((block) => quoteless(block.text))
    .join('\n');
  const words = wordsOnly(storyText);
  // A pull quote may shorten what it repeats ("heavy rain." of "heavy rain,” said ... “Many ..."): each of
  // its sentences is in the story. The short line under it that names its speaker goes with it.
  const repeated = (block: SelectedBlock): boolean =>
    storyText.includes(quoteless(block.text)) ||
    (pullTexts.has(block.text) &&
      block.text
        .split(/(?<=[.!?…])\s+/u)
        .map(wordsOnly)
        .every((sentence) => sentence.length > 0 && words.includes(sentence)));
  let previousRepeated = false;
  return selected.map((block) => {
    const duplicate =
      repeats(block) &&
      (repeated(block) ||
        (previousRepeated &&
          pullTexts.has(block.text) &&
          block.text.split(/\s+/u).length <= PULL_QUOTE_CREDIT_WORDS &&
          !/[.!?]$/u.test(block.text)));
    previousRepeated = duplicate;
    return duplicate ? { kind: 'duplicate', text: block.text } : block;
  });
}

/** How many words the line crediting a pull quote's speaker may have ("Dr Lorna Penhallow, Water Agency"). */
const PULL_QUOTE_CREDIT_WORDS = 10;

/** Letters, digits and single spaces, lower case: to find a shortened pull quote's sentences in the story. */
const wordsOnly = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Text without quotation marks and outer punctuation, lower case, to compare a pull quote with the body. */
const quoteless = (text: string): string =>
  text
    .replace(/["'“”‘’«»„‚‹›]/g, '')
    .replace(/^[\s\-–—.]+|[\s\-–—.]+$/g, '')
    .toLowerCase();

/** The byline in the article's region, else the first one above the body. */
function findByline(blocks: readonly RawBlock[], region: Container, top: Container): string | null {
  for (let index = region.firstBlock; index < region.endBlock; index += 1) {
    if (blocks[index]!.kind === 'byline') return withoutLeadingDate(blocks[index]!.text);
  }
  for (let index = 0; index < top.firstBlock; index += 1) {
    if (blocks[index]!.kind === 'byline') return withoutLeadingDate(blocks[index]!.text);
  }
  return null;
}

/** "11 April 2025 by Ann Lee" reads as "by Ann Lee": templates print the date and the byline in one line. */
function withoutLeadingDate(byline: string): string {
  const by = /\s(?:by|von|par|por)\s/iu.exec(byline);
  return by !== null && /\d/.test(byline.slice(0, by.index)) ? byline.slice(by.index + 1) : byline;
}

const normalized = (value: string | null): string | null =>
  value === null ? null : value.replace(/\s+/g, ' ').trim().toLowerCase();
