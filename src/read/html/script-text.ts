/**
 * Article text carried as data inside `<script>` elements, for pages that render their body with
 * JavaScript: JSON-LD `articleBody`, and JSON state (`__NEXT_DATA__`, `window.__INITIAL_STATE__ = {...}`,
 * `application/json` islands) where the body is a long HTML string or an array of paragraph objects.
 * Read only when the DOM itself holds almost no article text.
 */
import type { HtmlElement } from './dom.js';

/** A paragraph must be this long, or end like a sentence, to count as prose rather than a label or a link. */
const MIN_PROSE = 60;
const SENTENCE_END = /[.!?…]["'”’»)]*$/;
/** JSON nesting explored; state objects can be deep, but article bodies are not far down. */
const MAX_JSON_DEPTH = 24;
/** Script text longer than this is not parsed (state dumps of whole sites). */
const MAX_SCRIPT_CHARS = 8_000_000;
const TEXT_FIELDS = ['text', 'content', 'value', 'html', 'body', 'paragraph', 'articleBody'] as const;
const STATE_ASSIGNMENT = /^[\s;]*(?:window\.|self\.|var\s+|let\s+|const\s+)?[\w$.[\]'"]+\s*=\s*(?=[{[])/;

/** A block of script-carried text, with the kind its markup or its item type gives. */
export interface ScriptBlock {
  readonly kind: 'paragraph' | 'heading' | 'list-item' | 'quote';
  readonly text: string;
}

const HEADING_TYPE = /^(?:h[1-6]|heading|sub-?head(?:ing|er)?|header|title)$/i;
const QUOTE_TYPE = /^(?:blockquote|quote|pull-?quote)$/i;
const LIST_TYPE = /^(?:li|list-?item|bullet)$/i;

/** The blocks the scripts carry, the best candidate by prose length; empty when none. */
export function readScriptParagraphs(scripts: readonly HtmlElement[]): ScriptBlock[] {
  let best: ScriptBlock[] = [];
  let bestChars = 0;
  const consider = (paragraphs: ScriptBlock[]): void => {
    const chars = proseChars(paragraphs);
    if (chars > bestChars) {
      best = paragraphs;
      bestChars = chars;
    }
  };
  for (const script of scripts) {
    const data = parseScriptJson(script);
    if (data === undefined) continue;
    visitJson(data, 0, consider);
  }
  return best;
}

/** The JSON a script holds: the whole of a JSON script, or the value assigned in a state script. */
function parseScriptJson(script: HtmlElement): unknown {
  const source = script.textContent;
  if (source.length < 200 || source.length > MAX_SCRIPT_CHARS) return undefined;
  const type = (script.getAttributeNode('type')?.value ?? '').toLowerCase();
  let json = source.trim();
  if (!type.includes('json')) {
    const assignment = STATE_ASSIGNMENT.exec(json);
    if (assignment === null) return undefined;
    json = json.slice(assignment[0].length).replace(/;\s*$/, '');
  }
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/** Offers every plausible body inside a JSON value: long strings and arrays of paragraph-like items. */
function visitJson(value: unknown, depth: number, consider: (paragraphs: ScriptBlock[]) => void): void {
  if (depth > MAX_JSON_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    const paragraphs: ScriptBlock[] = [];
    for (const item of value) {
      const text = itemText(item, 0);
      if (text === null) continue;
      const kind = itemKind(item);
      for (const block of splitParagraphs(text))
        paragraphs.push(kind === 'paragraph' ? block : { kind, text: block.text });
    }
    if (paragraphs.length >= 2) consider(paragraphs);
    for (const item of value) visitJson(item, depth + 1, consider);
    return;
  }
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    if (typeof field === 'string') {
      if (field.length >= 200 && (key === 'articleBody' || /body|content|text|html/i.test(key)))
        consider(splitParagraphs(field));
    } else {
      visitJson(field, depth + 1, consider);
    }
  }
}

/** What an array item's type field (`type`, `_type`, `kind`, `tag`) says it is. */
function itemKind(item: unknown): ScriptBlock['kind'] {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return 'paragraph';
  const record = item as Record<string, unknown>;
  const type = record.type ?? record._type ?? record.kind ?? record.tag;
  if (typeof type !== 'string') return 'paragraph';
  if (HEADING_TYPE.test(type)) return 'heading';
  if (QUOTE_TYPE.test(type)) return 'quote';
  if (LIST_TYPE.test(type)) return 'list-item';
  return 'paragraph';
}

/** The text of one array item: a string, or a paragraph object's text field (or its children's texts). */
function itemText(item: unknown, depth: number): string | null {
  if (typeof item === 'string') return item;
  if (depth > 3 || item === null || typeof item !== 'object' || Array.isArray(item)) return null;
  const record = item as Record<string, unknown>;
  for (const field of TEXT_FIELDS) {
    const value = record[field];
    if (typeof value === 'string') return value;
  }
  const children = record.children ?? record.content;
  if (Array.isArray(children)) {
    const parts = children.map((child) => itemText(child, depth + 1)).filter((part) => part !== null);
    return parts.length > 0 ? parts.join('') : null;
  }
  return null;
}

const HTML_BLOCK = /<(p|h[1-6]|li|blockquote)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi;

/** A string as blocks: the HTML blocks when it is markup (kinds from their tags), else its lines. */
export function splitParagraphs(value: string): ScriptBlock[] {
  const blocks: ScriptBlock[] = [];
  if (/<(?:p|h[1-6]|li|blockquote)\b/i.test(value)) {
    for (const match of value.matchAll(HTML_BLOCK)) {
      const text = plainText(match[2]!);
      if (text !== '') blocks.push({ kind: kindOfTag(match[1]!.toLowerCase()), text });
    }
    if (blocks.length > 0) return blocks;
  }
  for (const line of value.split(/\n+|<br\s*\/?>\s*<br\s*\/?>/i)) {
    const text = plainText(line);
    if (text !== '') blocks.push({ kind: 'paragraph', text });
  }
  return blocks;
}

const kindOfTag = (tag: string): ScriptBlock['kind'] =>
  tag === 'li' ? 'list-item' : tag === 'blockquote' ? 'quote' : tag === 'p' ? 'paragraph' : 'heading';

const plainText = (markup: string): string => collapse(decodeEntities(markup.replace(/<[^>]*>/g, ' ')));

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  hellip: '…',
};

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const collapse = (text: string): string => text.replace(/[\s\u200b]+/g, ' ').trim();

/** Characters of prose: paragraphs long enough or ending like sentences (not headline lists). */
export function proseChars(blocks: readonly ScriptBlock[]): number {
  let chars = 0;
  for (const { kind, text: paragraph } of blocks) {
    if (kind === 'heading') continue;
    if (paragraph.length >= MIN_PROSE || SENTENCE_END.test(paragraph)) {
      if (paragraph.includes(' ')) chars += paragraph.length;
    }
  }
  return chars;
}
