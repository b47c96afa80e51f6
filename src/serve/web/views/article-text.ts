/**
 * An article's text with every attribution highlighted in place. The text is cut at every span edge, so
 * each piece is covered by a fixed set of spans, and each piece is wrapped in one element per covering span
 * (outermost the longest): overlapping and nested attributions (words reported within words) stay valid
 * markup, and the pieces of one span, read in order, are exactly `text.slice(start, end)`.
 */
import type { ArticleDetail } from '../../../store/index.js';
import type { Block, BlockKind } from '../../../types.js';
import { markup, joinHtml, type SafeHtml } from '../html.js';

export type ArticleAttribution = ArticleDetail['attributions'][number];
export const SPEAKER_COLOURS = 8;

export const HIGHLIGHT_PARTS = ['source', 'cue', 'content'] as const;
export type HighlightPart = (typeof HIGHLIGHT_PARTS)[number];

export interface HighlightSpan {
  readonly start: number;
  readonly end: number;
  readonly part: HighlightPart;
  readonly attribution: ArticleAttribution;
  /** Order of the attribution in the article: ties between equal spans keep it. */
  readonly order: number;
}

/** A colour class per speaker, in order of first appearance; unnamed sources share `speaker-0`. */
export function speakerColours(attributions: readonly ArticleAttribution[]): Map<number, string> {
  const colours = new Map<number, string>();
  for (const { person } of attributions)
    if (person !== null && !colours.has(person.id))
      colours.set(person.id, `speaker-${(colours.size % SPEAKER_COLOURS) + 1}`);
  return colours;
}

export function highlightSpans(attributions: readonly ArticleAttribution[]): HighlightSpan[] {
  return attributions.flatMap((attribution, order) => {
    const { source, cue, content } = attribution.attribution;
    const spans: HighlightSpan[] = [];
    if (source !== null)
      spans.push({ start: source.start, end: source.end, part: 'source', attribution, order });
    if (cue !== null) spans.push({ start: cue.start, end: cue.end, part: 'cue', attribution, order });
    for (const fragment of content)
      spans.push({ start: fragment.start, end: fragment.end, part: 'content', attribution, order });
    return spans.filter((span) => span.end > span.start);
  });
}

/** What a highlight says on hover: cue, source, speaker, type and said-at. */
export function describeAttribution(a: ArticleAttribution): string {
  const parts = [
    `speaker: ${a.person?.name ?? 'unnamed'}`,
    a.attribution.source === null ? null : `source: ${a.attribution.source.text}`,
    a.attribution.cue === null ? null : `cue: ${a.attribution.cue.text}`,
    `type: ${a.attribution.type}`,
    `said: ${a.attribution.saidAt?.value ?? 'undated'}`,
    a.correction?.kind === 'wrong' && a.correction.undoneAt === null ? 'marked wrong' : null,
  ];
  return parts.filter((part) => part !== null).join(' · ');
}

interface RenderState {
  readonly colours: ReadonlyMap<number, string>;
  /**
   * Attributions whose anchor piece was already rendered: the first piece of the content (what a link to
   * the attribution should land on), or the first piece at all for one without content.
   */
  readonly started: Set<ArticleAttribution>;
}

function markOpen(span: HighlightSpan, state: RenderState): SafeHtml {
  const a = span.attribution;
  const localId = a.attribution.id;
  const colour = a.person === null ? 'speaker-0' : (state.colours.get(a.person.id) ?? 'speaker-0');
  const wrong = a.correction?.kind === 'wrong' && a.correction.undoneAt === null;
  const anchorable = span.part === 'content' || a.attribution.content.length === 0;
  const first = anchorable && !state.started.has(a);
  if (first) state.started.add(a);
  const classes = `hl hl-${span.part} ${colour}${wrong ? ' hl-wrong' : ''}`;
  const anchor = first ? markup` id="attr-${localId}" tabindex="0"` : '';
  return markup`<mark class="${classes}" data-attribution="${localId}" data-part="${span.part}" title="${describeAttribution(a)}" aria-describedby="about-${localId}"${anchor}>`;
}

/** The text from `from` to `to` with the spans inside it highlighted. */
export function highlightRange(
  text: string,
  from: number,
  to: number,
  spans: readonly HighlightSpan[],
  state: RenderState,
): SafeHtml {
  const inside = spans
    .filter((span) => span.start < to && span.end > from)
    .map((span) => ({ ...span, start: Math.max(span.start, from), end: Math.min(span.end, to) }));
  const cuts = [...new Set([from, to, ...inside.flatMap((span) => [span.start, span.end])])].sort(
    (a, b) => a - b,
  );
  const pieces: SafeHtml[] = [];
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const [start, end] = [cuts[index]!, cuts[index + 1]!];
    const covering = inside
      .filter((span) => span.start <= start && span.end >= end)
      .sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
    const opens = joinHtml(covering.map((span) => markOpen(span, state)));
    pieces.push(markup`${opens}${text.slice(start, end)}${joinHtml(covering.map(() => markup`</mark>`))}`);
  }
  return joinHtml(pieces);
}

const META_LINE_KINDS: ReadonlySet<BlockKind> = new Set(['header', 'source-line', 'dateline', 'byline']);

function blockElement(kind: BlockKind, inner: SafeHtml, isFirstTitle: boolean): SafeHtml {
  switch (kind) {
    case 'title':
      return isFirstTitle
        ? markup`<h1 class="article-title">${inner}</h1>`
        : markup`<p class="article-title-repeat">${inner}</p>`;
    case 'duplicate':
      return markup`<p class="duplicate"><span class="block-label">Repeated:</span> ${inner}</p>`;
    case 'subtitle':
      return markup`<p class="subtitle">${inner}</p>`;
    case 'lead':
      return markup`<p class="lead">${inner}</p>`;
    case 'heading':
      return markup`<h2 class="article-heading">${inner}</h2>`;
    case 'quote':
      return markup`<blockquote class="block-quote"><p>${inner}</p></blockquote>`;
    case 'speaker-card':
      return markup`<div class="speaker-card" role="note" aria-label="Speaker card"><p>${inner}</p></div>`;
    case 'caption':
      return markup`<p class="caption"><span class="block-label">Caption:</span> ${inner}</p>`;
    case 'takeaway':
    case 'list-item':
      return markup`<li>${inner}</li>`;
    case 'paragraph':
      return markup`<p>${inner}</p>`;
    default:
      return META_LINE_KINDS.has(kind)
        ? markup`<p class="meta-line kind-${kind}">${inner}</p>`
        : markup`<p>${inner}</p>`;
  }
}

/** Blocks as rendered, in text order; takeaways and list items grouped into lists, gaps with words kept. */
function renderBlocks(
  text: string,
  blocks: readonly Block[],
  render: (from: number, to: number) => SafeHtml,
): SafeHtml {
  const out: SafeHtml[] = [];
  let openList: BlockKind | null = null;
  let position = 0;
  let titleSeen = false;
  const closeList = () => {
    if (openList !== null) out.push(markup`</ul>`);
    openList = null;
  };
  const gap = (from: number, to: number) => {
    if (text.slice(from, to).trim() === '') return;
    closeList();
    out.push(markup`<p>${render(from, to)}</p>`);
  };
  for (const block of blocks) {
    if (block.start < position) continue;
    gap(position, block.start);
    const listKind = block.kind === 'takeaway' || block.kind === 'list-item' ? block.kind : null;
    if (listKind !== openList) {
      closeList();
      if (listKind !== null)
        out.push(
          listKind === 'takeaway'
            ? markup`<ul class="takeaways" aria-label="Key takeaways">`
            : markup`<ul class="article-list">`,
        );
      openList = listKind;
    }
    out.push(blockElement(block.kind, render(block.start, block.end), block.kind === 'title' && !titleSeen));
    if (block.kind === 'title') titleSeen = true;
    position = block.end;
  }
  gap(position, text.length);
  closeList();
  return joinHtml(out);
}

/** Whether the article's own blocks give it a heading (else the page shows the stored title). */
export const hasTitleBlock = (blocks: readonly Block[]): boolean =>
  blocks.some((block) => block.kind === 'title');

export function articleText(article: ArticleDetail): SafeHtml {
  const spans = highlightSpans(article.attributions);
  const state: RenderState = { colours: speakerColours(article.attributions), started: new Set() };
  const blocks = [...article.blocks].sort((a, b) => a.start - b.start);
  return renderBlocks(article.text, blocks, (from, to) =>
    highlightRange(article.text, from, to, spans, state),
  );
}
