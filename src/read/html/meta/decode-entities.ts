/**
 * Text inside `<script>` is not entity-decoded by the HTML parser, yet CMSs often escape JSON-LD strings
 * as if they were HTML ("Ukraine &amp; Poland", "&#8220;"). Decodes numeric references and the handful of
 * named ones that occur in practice; anything else is left as written.
 */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  laquo: '\u00ab',
  raquo: '\u00bb',
  hellip: '\u2026',
  middot: '\u00b7',
  bull: '\u2022',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

function fromCodePoint(code: number, written: string): string {
  // Surrogates, NUL and values beyond Unicode are what a broken or hostile page writes; keep them as text.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return written;
  return String.fromCodePoint(code);
}

export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(REFERENCE, (written, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10), written);
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16), written);
    return NAMED[name!.toLowerCase()] ?? written;
  });
}
