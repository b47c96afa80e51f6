/**
 * The charset named in a Content-Type value (`text/html; charset="koi8-r"`) or in a meta element's
 * `content` attribute, following the WHATWG "extracting a character encoding from a meta element"
 * algorithm: the first `charset` followed by `=`, quoted or not. Returns the raw label, or null.
 */
export function charsetParameter(value: string | null | undefined): string | null {
  if (value == null) return null;
  const lower = value.toLowerCase();
  let position = 0;
  for (;;) {
    const found = lower.indexOf('charset', position);
    if (found === -1) return null;
    position = skipWhiteSpace(value, found + 'charset'.length);
    if (value[position] !== '=') continue;
    position = skipWhiteSpace(value, position + 1);
    const quote = value[position];
    if (quote === '"' || quote === "'") {
      const close = value.indexOf(quote, position + 1);
      return close === -1 ? null : value.slice(position + 1, close);
    }
    const end = value.slice(position).search(/[\t\n\f\r ;]/);
    const label = end === -1 ? value.slice(position) : value.slice(position, position + end);
    return label === '' ? null : label;
  }
}

/** The MIME type essence of a Content-Type value, lower-cased (`text/html`), or null when there is none. */
export function mimeEssence(contentType: string | null | undefined): string | null {
  if (contentType == null) return null;
  const essence = contentType.split(';', 1)[0]!.trim().toLowerCase();
  return essence === '' ? null : essence;
}

function skipWhiteSpace(value: string, position: number): number {
  let at = position;
  while (at < value.length && /[\t\n\f\r ]/.test(value[at]!)) at += 1;
  return at;
}
