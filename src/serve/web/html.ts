/**
 * HTML built by a tagged template, `markup`, that escapes every interpolation by default. (Not named `html`:
 * Prettier reformats templates tagged `html` as HTML documents, closing the partial elements and changing the
 * whitespace this module's callers rely on.) Only markup this module
 * made (another `markup` result) or markup explicitly marked with `trusted` is inserted as is; everything else
 * (article text, titles, names, outlets, URLs) is escaped for both text and quoted-attribute contexts.
 */

const SAFE = Symbol('safe-html');

/** Markup that is already safe to insert: made by `markup` from escaped parts. */
export interface SafeHtml {
  readonly [SAFE]: true;
  readonly value: string;
}

/** What an interpolation may be: text (escaped), markup made here, a list of those, or nothing. */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (character) => ESCAPES[character] ?? character);
}

function isSafe(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && SAFE in value;
}

/** Marks markup this program generated itself (never untrusted text) as safe. */
export function trusted(markup: string): SafeHtml {
  return { [SAFE]: true, value: markup };
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return escapeHtml(String(value));
  if (isSafe(value)) return value.value;
  return value.map(render).join('');
}

/** The tagged template: `markup\`<p>${untrusted}</p>\`` escapes `untrusted`. */
export function markup(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return trusted(out);
}

/** Joins pieces of markup. */
export function joinHtml(parts: readonly HtmlValue[], separator: HtmlValue = ''): SafeHtml {
  const rendered = parts.map(render);
  return trusted(rendered.join(render(separator)));
}

/** A URL from untrusted data, if it is an absolute http(s) URL (never `javascript:`, `data:`...), else null. */
export function webUrl(candidate: string | null | undefined): string | null {
  if (candidate === null || candidate === undefined) return null;
  try {
    const url = new URL(candidate.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * JSON for a `<script type="application/json">` block: `<` (and the line separators JavaScript once
 * disallowed) escaped, so no text inside can close the element or open a comment.
 */
export function jsonForScript(value: unknown): SafeHtml {
  const json = JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return trusted(json);
}
