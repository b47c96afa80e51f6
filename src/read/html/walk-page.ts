/**
 * One read-only pass over a page's DOM that cuts it into text blocks in document order and scores every
 * block-level element by the text inside it. Nothing is removed from the DOM, so Readability can still run
 * on the same document when the selection that follows finds too little.
 *
 * Each block-level element owns the inline text directly inside it: a `<p>`, a `<li>`, a `<div>` holding
 * only text. Furniture (navigation, ads, banners, share bars, related links, comments) is skipped by tag,
 * ARIA role and class/id words, without being walked at all, which is most of where the time goes on a news
 * page. Special boxes (pull quotes, key takeaways, speaker cards, captions, bylines) are walked with a flag
 * that decides their blocks' kind.
 */
import type { HtmlElement } from './dom.js';
import { isBoilerplateText, isDateLine } from './boilerplate-text.js';
import { attribute, containsQuotation, elementName, isFurnitureName, isHidden } from './element-traits.js';
import {
  BYLINE_NAME,
  CAPTION_NAME,
  DATE_NAME,
  FURNITURE_NAME,
  FURNITURE_ROLES,
  FURNITURE_TAGS,
  INLINE_TAGS,
  PULL_QUOTE_NAME,
  SKIPPED_TAGS,
  SPEAKER_NAME,
  STANDFIRST_NAME,
  TAKEAWAY_LABEL,
  TAKEAWAY_NAME,
} from './element-patterns.js';

/** What a block is, before selection turns it into an Article block kind or drops it. */
export type RawKind =
  | 'paragraph'
  | 'heading'
  | 'h1'
  | 'list-item'
  | 'quote'
  | 'pull-quote'
  | 'caption'
  | 'speaker-card'
  | 'takeaway'
  | 'byline';

export interface RawBlock {
  /** The block's text, white space collapsed. */
  readonly text: string;
  kind: RawKind;
  /** How many of the text's characters are link text. */
  readonly linkChars: number;
  /** The innermost block-level element holding the block (index into `containers`). */
  readonly container: number;
  /** The block holds a `<time>` element: a date line, a live-blog time stamp. */
  readonly dated: boolean;
  /** The block is a date line or a label, notice or call to action by its words (boilerplate-text). */
  readonly furniture: boolean;
  /** The block is in an element named like a standfirst (dek); dropped when it comes before the story. */
  readonly standfirst: boolean;
  /** A key takeaway or the heading of a takeaways box: taken from anywhere in the article's region. */
  keyPoints: boolean;
}

/** A block-level element with the totals of the blocks inside it. */
export interface Container {
  readonly tag: string;
  /** Index of the enclosing container, -1 for the root. */
  readonly parent: number;
  readonly depth: number;
  /** The blocks inside it are `blocks[firstBlock .. endBlock)`: document order makes them contiguous. */
  readonly firstBlock: number;
  endBlock: number;
  /** Text value minus link and fragment penalties (see `blockValue`), its own blocks and then its subtree's. */
  score: number;
  textChars: number;
  linkChars: number;
  /** `<article>`, `<main>` or role=main: where takeaways and the headline are looked for. */
  readonly landmark: boolean;
  /** Its first block is a headline that links away: a teaser card for another story. */
  teaser: boolean;
}

export interface PageWalk {
  readonly blocks: RawBlock[];
  readonly containers: Container[];
  /** Script elements that may carry the article as data (JSON-LD, JSON state), read only when needed. */
  readonly scripts: HtmlElement[];
  /** The first `<h1>`'s text, a headline when the page's metadata has none. */
  readonly firstHeading: string | null;
  /** The page nests deeper than the walk follows (malformed markup): too costly for a Readability pass. */
  readonly tooDeep: boolean;
}

const LINK = 1;
const QUOTE = 2;
const PULL = 4;
const CAPTION = 8;
const SPEAKER = 16;
const TAKEAWAY = 32;
const BYLINE = 64;
const QUOTE_FIGURE = 128;
const STANDFIRST = 256;
const DATED = 512;
/** Flags a block-level element passes to what is inside it. */
const INHERITED = QUOTE | PULL | CAPTION | SPEAKER | TAKEAWAY | BYLINE | STANDFIRST | DATED;

/** Deeper than this, an element's text is taken whole: malformed pages nest thousands of unclosed tags. */
const MAX_DEPTH = 300;
/** A heading this much link text is a headline linking to another story. */
const LINKED_HEADLINE = 0.8;
/** What teaser prose counts for, against the page's own. */
const TEASER_WEIGHT = 0.2;
const TEASER_LEVELS = 4;
/** Marks a `<br>` in the buffer: two in a row separate paragraphs inside a `<div>`. */
const BREAK = '\u2028';
const PARAGRAPH_BREAK = /\u2028\s*\u2028/;
const SPACES = /[\s\u200b]+/g;
/** Names of CMS heading tags. */
const HEADING_TAGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const NEVER_PRUNED_TAGS: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article']);
const SCRIPT_TYPES = /^(?:application\/(?:ld\+)?json|text\/javascript|application\/javascript|module)?$/i;
/** The node types linkedom uses (the DOM's). */
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export const collapseSpaces = (text: string): string => text.replace(SPACES, ' ').trim();

/**
 * How much a block says for its container being the article: prose counts by length, each block costs a
 * little (menus and tag clouds are many tiny blocks), link text counts against (related links, teasers).
 */
export function blockValue(kind: RawKind, textChars: number, linkChars: number): number {
  switch (kind) {
    case 'paragraph':
    case 'list-item':
    case 'quote':
    case 'takeaway':
      return textChars - linkChars - 20 - 1.5 * linkChars;
    case 'heading':
    case 'h1':
      // A linked headline is a teaser card's: stories link to other stories, not to themselves.
      return 0 - 3 * linkChars;
    default:
      return 0;
  }
}

/** Walks a page from its root element. Never throws on odd markup. */
export function walkPage(root: HtmlElement): PageWalk {
  const walker = new PageWalker();
  walker.walkRoot(root);
  return {
    blocks: walker.blocks,
    containers: walker.containers,
    scripts: walker.scripts,
    firstHeading: walker.firstHeading,
    tooDeep: walker.tooDeep,
  };
}

class PageWalker {
  readonly blocks: RawBlock[] = [];
  readonly containers: Container[] = [];
  readonly scripts: HtmlElement[] = [];
  firstHeading: string | null = null;
  tooDeep = false;
  private buffer = '';
  private bufferLinkChars = 0;
  private bufferDated = false;
  private bufferByline = false;

  walkRoot(root: HtmlElement): void {
    const index = this.openContainer('html', -1, 0, false);
    this.visitChildren(root, 'html', 0, index, 1);
    this.flush('html', 0, index);
    this.closeContainer(index);
  }

  private openContainer(tag: string, parent: number, depth: number, landmark: boolean): number {
    this.containers.push({
      tag,
      parent,
      depth,
      firstBlock: this.blocks.length,
      endBlock: this.blocks.length,
      score: 0,
      textChars: 0,
      linkChars: 0,
      landmark,
      teaser: false,
    });
    return this.containers.length - 1;
  }

  private closeContainer(index: number): void {
    this.containers[index]!.endBlock = this.blocks.length;
  }

  /** The inline content of `parent` goes to the buffer; block-level children become blocks of their own. */
  private visitChildren(
    parent: HtmlElement,
    ownerTag: string,
    ownerFlags: number,
    container: number,
    depth: number,
    inlineFlags = 0,
  ): void {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === TEXT_NODE) {
        const data = (child as unknown as { data: string }).data;
        this.buffer += data;
        if ((inlineFlags & LINK) !== 0) this.bufferLinkChars += data.length;
        continue;
      }
      if (type !== ELEMENT_NODE) continue;
      const element = child as HtmlElement;
      const tag = element.localName;
      if (tag === 'br') {
        this.buffer += BREAK;
        continue;
      }
      if (SKIPPED_TAGS.has(tag)) {
        if (tag === 'script') this.noteScript(element);
        else if (tag === 'head') this.visitHead(element);
        continue;
      }
      if (INLINE_TAGS.has(tag)) {
        if (this.visitInline(element, tag, ownerTag, ownerFlags, container, depth, inlineFlags)) continue;
      }
      this.flush(ownerTag, ownerFlags, container);
      this.visitBlock(element, tag, ownerFlags, container, depth);
    }
  }

  /**
   * Inline elements add their text to the owner's buffer. Returns false when the element is to be read
   * as a block instead: a speaker's name or a caption marked up as a `<span>`, a `<cite>` under a quote.
   */
  private visitInline(
    element: HtmlElement,
    tag: string,
    ownerTag: string,
    ownerFlags: number,
    container: number,
    depth: number,
    inlineFlags: number,
  ): boolean {
    // Most inline elements carry no attributes: one check spares the look-ups (linkedom walks a list).
    const attributed = element.hasAttributes();
    if (attributed && isHidden(element)) return true;
    if (tag === 'cite' && (ownerFlags & QUOTE) !== 0 && (ownerTag === 'blockquote' || ownerTag === 'figure'))
      return false;
    const name = attributed || tag.includes('-') ? elementName(element, tag) : '';
    if ((ownerFlags & SPEAKER) !== 0) {
      // A card's name and its role are separate lines of the card, often adjacent named spans: each is a
      // block, as the analyzer reads cards (name first, role last).
      if (name !== '') return false;
    } else if (name !== '') {
      if (SPEAKER_NAME.test(name) || CAPTION_NAME.test(name)) return false;
      if (BYLINE_NAME.test(name) && !FURNITURE_NAME.test(name)) this.bufferByline = true;
    }
    if (tag === 'a' && attributed && attribute(element, 'rel') === 'author') this.bufferByline = true;
    if (tag === 'time' || (name !== '' && DATE_NAME.test(name))) {
      // A byline's date is not part of the byline ("By Ann Lee 5 March 2025").
      if ((ownerFlags & BYLINE) !== 0 || this.bufferByline) return true;
      this.bufferDated = true;
    }
    if (depth >= MAX_DEPTH) {
      this.tooDeep = true;
      this.buffer += element.textContent;
      return true;
    }
    // A link to a place on the same page (a live blog's permalink, a jump link) does not lead away.
    const leadsAway = tag === 'a' && !(attributed && (attribute(element, 'href') ?? '').startsWith('#'));
    const flags = leadsAway ? inlineFlags | LINK : inlineFlags;
    this.visitChildren(element, ownerTag, ownerFlags, container, depth + 1, flags);
    return true;
  }

  private visitBlock(
    element: HtmlElement,
    tag: string,
    parentFlags: number,
    parentContainer: number,
    depth: number,
  ): void {
    const attributed = element.hasAttributes();
    if (attributed && isHidden(element)) return;
    const name = attributed || tag.includes('-') ? elementName(element, tag) : '';
    let flags = parentFlags & INHERITED;
    if (name !== '') {
      const special = specialFlags(name);
      if (special === 0 && !NEVER_PRUNED_TAGS.has(tag) && isFurnitureName(name)) return;
      if ((special & BYLINE) !== 0 && FURNITURE_NAME.test(name)) return;
      flags |= special;
      if (STANDFIRST_NAME.test(name)) flags |= STANDFIRST;
      if (DATE_NAME.test(name)) flags |= DATED;
    }
    const role = attributed ? attribute(element, 'role') : null;
    if (role !== null && FURNITURE_ROLES.has(role) && (flags & (PULL | TAKEAWAY | SPEAKER)) === 0) {
      if (!(tag === 'aside' || role === 'complementary') || !containsQuotation(element)) return;
      flags |= PULL;
    }
    if (FURNITURE_TAGS.has(tag) && (flags & (PULL | TAKEAWAY | SPEAKER | CAPTION)) === 0) {
      if (tag === 'footer' && (parentFlags & (QUOTE | QUOTE_FIGURE)) !== 0) flags |= SPEAKER;
      else if (tag === 'aside' && containsQuotation(element)) flags |= PULL;
      else return;
    }
    // A quotation in a speaker card or caption box is the quote itself, said only there.
    if (tag === 'blockquote') flags = (flags & ~(SPEAKER | CAPTION)) | QUOTE;
    else if (tag === 'figure') flags |= containsQuotation(element) ? QUOTE_FIGURE : CAPTION;
    else if (tag === 'figcaption')
      flags |= (parentFlags & QUOTE_FIGURE) !== 0 ? SPEAKER : (parentFlags & QUOTE) !== 0 ? SPEAKER : CAPTION;
    else if (tag === 'cite' && (parentFlags & QUOTE) !== 0) flags |= SPEAKER;
    else if ((tag === 'ul' || tag === 'ol') && (flags & TAKEAWAY) === 0 && this.followsTakeawayLabel())
      flags |= TAKEAWAY;
    const landmark = tag === 'article' || tag === 'main' || role === 'main';
    const index = this.openContainer(tag, parentContainer, depth, landmark);
    if (depth >= MAX_DEPTH) {
      this.tooDeep = true;
      this.buffer += element.textContent;
    } else {
      this.visitChildren(element, tag, flags, index, depth + 1);
    }
    this.flush(tag, flags, index);
    this.closeContainer(index);
  }

  /** A linked headline that opens its box (the headline's own element, or the one around it) makes a teaser. */
  private markTeaser(container: number, block: number): void {
    for (let index = container; index !== -1; index = this.containers[index]!.parent) {
      const box = this.containers[index]!;
      if (box.firstBlock !== block) return;
      box.teaser = true;
    }
  }

  /** Inside a teaser card, a few levels up at most: teaser prose summarizes another story. */
  private inTeaser(container: number): boolean {
    let index = container;
    for (let level = 0; level < TEASER_LEVELS && index !== -1; level += 1) {
      if (this.containers[index]!.teaser) return true;
      index = this.containers[index]!.parent;
    }
    return false;
  }

  /** The block just before a list is a "Key takeaways" kind of label: the list is the takeaways. */
  private followsTakeawayLabel(): boolean {
    const last = this.blocks[this.blocks.length - 1];
    if (last === undefined || last.text.length > 60) return false;
    if (last.kind !== 'heading' && last.kind !== 'paragraph') return false;
    if (!TAKEAWAY_LABEL.test(last.text)) return false;
    last.keyPoints = true;
    return true;
  }

  private visitHead(head: HtmlElement): void {
    for (let child = head.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === ELEMENT_NODE && (child as HtmlElement).localName === 'script')
        this.noteScript(child as HtmlElement);
    }
  }

  private noteScript(script: HtmlElement): void {
    if (attribute(script, 'src') !== null) return;
    if (SCRIPT_TYPES.test(attribute(script, 'type') ?? '')) this.scripts.push(script);
  }

  /** Turns the buffer into blocks owned by `container`. */
  private flush(ownerTag: string, ownerFlags: number, container: number): void {
    const raw = this.buffer;
    const linkChars = this.bufferLinkChars;
    const dated = this.bufferDated || (ownerFlags & DATED) !== 0;
    const byline = this.bufferByline;
    this.buffer = '';
    this.bufferLinkChars = 0;
    this.bufferDated = false;
    this.bufferByline = false;
    if (raw === '') return;
    const parts = raw.includes(BREAK) && ownerTag !== 'p' ? raw.split(PARAGRAPH_BREAK) : [raw];
    const linkShare = linkChars / raw.length;
    for (const part of parts) {
      const text = collapseSpaces(part.includes(BREAK) ? part.replaceAll(BREAK, ' ') : part);
      if (text === '') continue;
      let kind = kindOf(ownerTag, ownerFlags);
      if (kind === 'paragraph' || kind === 'list-item') {
        if ((byline && text.length <= 150) || (kind === 'paragraph' && looksLikeByline(text)))
          kind = 'byline';
      }
      // A paragraph that ends in a photo credit is a caption, whatever its markup.
      if (kind === 'paragraph' && text.length <= 400 && PHOTO_CREDIT.test(text)) kind = 'caption';
      // "— Ann Lee (@annlee) March 4, 2025" under an embedded post: who said it, not what was said.
      if (kind === 'quote' && text.length <= 150 && QUOTE_SOURCE_LINE.test(text)) kind = 'speaker-card';
      if (kind === 'h1' && this.firstHeading === null) this.firstHeading = text;
      const blockLinkChars = Math.round(text.length * linkShare);
      const standfirst = (ownerFlags & STANDFIRST) !== 0;
      const keyPoints = kind === 'takeaway' || (kind === 'heading' && (ownerFlags & TAKEAWAY) !== 0);
      // Date lines and labels are not prose, whatever their length.
      const furniture = isDateLine(text, dated) || isBoilerplateText(text);
      this.blocks.push({
        text,
        kind,
        linkChars: blockLinkChars,
        container,
        dated,
        furniture,
        standfirst,
        keyPoints,
      });
      const owner = this.containers[container]!;
      if ((kind === 'heading' || kind === 'h1') && blockLinkChars >= LINKED_HEADLINE * text.length)
        this.markTeaser(container, this.blocks.length - 1);
      const value = furniture ? 0 : blockValue(kind, text.length, blockLinkChars);
      owner.score += value > 0 && this.inTeaser(container) ? value * TEASER_WEIGHT : value;
      owner.textChars += text.length;
      owner.linkChars += blockLinkChars;
    }
  }
}

const QUOTE_SOURCE_LINE = /^[—–―-]\s*\S/;
/** "Staff photo by Ann Lee", "Photo: Ann Lee/Reuters", "(AP Photo/Ann Lee)" closing a short paragraph. */
const PHOTO_CREDIT =
  /(?:^|[.!?”"]\s+|\()(?:(?:Staff|File|AP|AFP) )?[Pp]hoto(?:graph)?(?: by|:|\/)\s*\p{Lu}[^.!?]{1,60}\)?\.?$|[/(]\s*(?:Reuters|AFP|AP|Getty Images|Shutterstock)\)?\.?$|\bGetty Images\.?$/u;

/** "By" (or its equivalent) and a short run of text without sentence punctuation. */
const BYLINE_TEXT =
  /^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Аа]втор|[Вв]ід|[Оо]т)\s+(\p{Lu}[^.!?]{1,70})$/u;
/** Words that join names in a byline ("Ann Lee and Tom Ray", "Ann Lee | Reuters"). */
const NAME_JOINERS = /^(?:and|und|et|y|e|i|и|та|і|&|\||·|-|–|—|in|de|van|von|der|da|le|la|al|bin|ibn)$/iu;

/** "By Ann Lee and Tom Ray": a short line of capitalized names after "By" (or its equivalent). */
function looksLikeByline(text: string): boolean {
  if (text.length > 80) return false;
  const names = BYLINE_TEXT.exec(text)?.[1];
  if (names === undefined) return false;
  const words = names.split(/[\s,]+/).filter((word) => word !== '');
  if (words.length > 10) return false;
  return words.every((word) => /^\p{Lu}/u.test(word) || NAME_JOINERS.test(word));
}

function kindOf(ownerTag: string, flags: number): RawKind {
  if ((flags & SPEAKER) !== 0) return 'speaker-card';
  if ((flags & CAPTION) !== 0) return 'caption';
  if ((flags & BYLINE) !== 0) return 'byline';
  if ((flags & PULL) !== 0) return 'pull-quote';
  if ((flags & TAKEAWAY) !== 0)
    return ownerTag === 'h1' || HEADING_TAGS.has(ownerTag) ? 'heading' : 'takeaway';
  if ((flags & QUOTE) !== 0) return 'quote';
  // A bulleted standfirst is the story's key points.
  if ((flags & STANDFIRST) !== 0 && ownerTag === 'li') return 'takeaway';
  if (ownerTag === 'h1') return 'h1';
  if (HEADING_TAGS.has(ownerTag)) return 'heading';
  if (ownerTag === 'li') return 'list-item';
  return 'paragraph';
}

function specialFlags(name: string): number {
  let flags = 0;
  if (PULL_QUOTE_NAME.test(name)) flags |= PULL;
  if (TAKEAWAY_NAME.test(name)) flags |= TAKEAWAY;
  if (SPEAKER_NAME.test(name)) flags |= SPEAKER;
  if (CAPTION_NAME.test(name)) flags |= CAPTION;
  if (flags === 0 && BYLINE_NAME.test(name)) flags |= BYLINE;
  return flags;
}
