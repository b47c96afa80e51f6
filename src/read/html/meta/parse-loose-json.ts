/**
 * JSON-LD as pages really write it: wrapped in HTML comments or CDATA markers, with trailing commas, raw
 * line breaks inside strings, or several objects one after another. Strict parsing first; then the repairs
 * that fix those habits; then nothing (undefined), never an exception.
 */

/** Beyond this a script is a data dump (a whole site's state), not the article's description. */
const MAX_SCRIPT_LENGTH = 4_000_000;

const WRAPPERS =
  /^\s*(?:<!--|\/\/\s*<!\[CDATA\[|\/\*\s*<!\[CDATA\[\s*\*\/|<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>|\/\*\s*\]\]>\s*\*\/|\]\]>)\s*$/g;

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Strips a trailing `;` and the comment and CDATA markers around a script's JSON. */
function unwrap(text: string): string {
  return text.replace(WRAPPERS, '').trim().replace(/;+$/, '');
}

/** Trailing commas before `}` or `]`, and control characters (raw line breaks in strings) as spaces. */
function repair(text: string): string {
  // eslint-disable-next-line no-control-regex -- raw control characters are what breaks the JSON
  return text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
}

export function parseLooseJson(script: string): unknown {
  if (script.length > MAX_SCRIPT_LENGTH) return undefined;
  const strict = tryParse(script);
  if (strict !== undefined) return strict;
  const text = repair(unwrap(script));
  const repaired = tryParse(text);
  if (repaired !== undefined) return repaired;
  // `{...}{...}` or `{...},{...}`: several objects written one after another.
  if (text.startsWith('{')) return tryParse(`[${text.replace(/\}\s*,?\s*\{/g, '},{')}]`);
  return undefined;
}
