import { charsetParameter } from './charset-parameter.js';

/**
 * How far into a page the meta declaration is looked for. WHATWG says 1024 bytes; real pages put long
 * inline scripts and styles first, and browsers look further in practice, so a few kilobytes are scanned.
 */
export const PRESCAN_BYTES = 4096;

const latin1 = new TextDecoder('latin1');

/**
 * The charset label a page declares in its own head: `<meta charset>` or
 * `<meta http-equiv="Content-Type" content="...; charset=...">`, found with the WHATWG prescan over the
 * first PRESCAN_BYTES bytes (comments and other tags' attributes skipped, so that a `charset=` inside a
 * comment or a script's attribute is not taken), or an XML declaration's `encoding` for XHTML. Returns
 * the raw label (unchecked), or null.
 */
export function prescanCharset(bytes: Uint8Array): string | null {
  // Bytes are read as latin1 (windows-1252 in WHATWG terms, one character per byte): every
  // ASCII-compatible encoding spells markup the same way.
  const head = latin1.decode(bytes.subarray(0, PRESCAN_BYTES));
  const xml = /^<\?xml[^>]*?\sencoding\s*=\s*["']([^"']{1,40})["']/i.exec(head);
  let position = 0;
  while (position < head.length) {
    const rest = head.slice(position, position + 10);
    if (rest.startsWith('<!--')) {
      const close = head.indexOf('-->', position + 2);
      if (close === -1) break;
      position = close + 3;
    } else if (/^<meta[\t\n\f\r /]/i.test(rest)) {
      const scanned = metaCharset(head, position + 5);
      if (scanned.label !== null) return scanned.label;
      position = scanned.end;
    } else if (/^<\/?[a-z]/i.test(rest)) {
      // Another tag: its attributes are skipped whole, so that `<a title="<meta charset=x>">` is no meta.
      const name = /^<\/?[^\t\n\f\r />]*/.exec(head.slice(position))!;
      position += name[0].length;
      for (let attribute = nextAttribute(head, position); attribute !== null;) {
        position = attribute.end;
        attribute = nextAttribute(head, position);
      }
      position = skipSpaceAndSlash(head, position) + 1;
    } else if (/^<[!/?]/.test(rest)) {
      const close = head.indexOf('>', position + 1);
      if (close === -1) break;
      position = close + 1;
    } else {
      // Nothing but a tag can declare anything: on to the next `<`.
      const next = head.indexOf('<', position + 1);
      if (next === -1) break;
      position = next;
    }
  }
  return xml?.[1] ?? null;
}

/** Reads one meta element's attributes from after `<meta`, by the WHATWG prescan rules. */
function metaCharset(head: string, start: number): { label: string | null; end: number } {
  const seen = new Set<string>();
  let gotPragma = false;
  let needPragma: boolean | null = null;
  let label: string | null = null;
  let position = start;
  for (let attribute = nextAttribute(head, position); attribute !== null;) {
    position = attribute.end;
    const { name, value } = attribute;
    if (!seen.has(name)) {
      seen.add(name);
      if (name === 'http-equiv' && value.toLowerCase() === 'content-type') gotPragma = true;
      else if (name === 'content' && label === null) {
        const found = charsetParameter(value);
        if (found !== null) {
          label = found;
          needPragma = true;
        }
      } else if (name === 'charset') {
        label = value;
        needPragma = false;
      }
    }
    attribute = nextAttribute(head, position);
  }
  const end = position;
  if (needPragma === null || (needPragma && !gotPragma) || label === null || label.trim() === '')
    return { label: null, end };
  return { label, end };
}

interface Attribute {
  readonly name: string;
  readonly value: string;
  /** Where scanning goes on after this attribute. */
  readonly end: number;
}

/** The WHATWG "get an attribute" step: the next `name=value` of a tag, or null at its `>` (or the end). */
function nextAttribute(head: string, start: number): Attribute | null {
  let position = skipSpaceAndSlash(head, start);
  if (position >= head.length || head[position] === '>') return null;
  let name = '';
  for (; position < head.length; position += 1) {
    const character = head[position]!;
    if (character === '=' && name !== '') break;
    if (/[\t\n\f\r />]/.test(character)) break;
    name += character.toLowerCase();
  }
  position = skipSpace(head, position);
  if (head[position] !== '=') return { name, value: '', end: position };
  position = skipSpace(head, position + 1);
  const quote = head[position];
  if (quote === '"' || quote === "'") {
    const close = head.indexOf(quote, position + 1);
    const end = close === -1 ? head.length : close;
    return { name, value: head.slice(position + 1, end), end: end + 1 };
  }
  if (quote === '>') return { name, value: '', end: position };
  const match = /^[^\t\n\f\r >]*/.exec(head.slice(position))!;
  return { name, value: match[0], end: position + match[0].length };
}

const skipSpace = (head: string, start: number): number => {
  let position = start;
  while (position < head.length && /[\t\n\f\r ]/.test(head[position]!)) position += 1;
  return position;
};

const skipSpaceAndSlash = (head: string, start: number): number => {
  let position = start;
  while (position < head.length && /[\t\n\f\r /]/.test(head[position]!)) position += 1;
  return position;
};
