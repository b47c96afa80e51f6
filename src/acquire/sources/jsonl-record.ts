import type { DocumentHints } from '../../types.js';
import type { SourceItem } from './source-item.js';
import { isHttpUrl, sourceFailure } from './source-failure.js';

/** Where a JSON Lines record sits, for its name and key. */
export interface JsonLineContext {
  /** `news.jsonl:12` */
  readonly name: string;
  /** `file:///abs/news.jsonl#12`: the record's key when it has no URL of its own. */
  readonly fileKey: string;
  readonly maxBytes: number;
  readonly fetchedAt: string;
}

const OPTIONAL_STRINGS = ['url', 'title', 'published', 'outlet', 'language'] as const;

/**
 * One JSON Lines record as a document: `{text | html, url?, title?, published?, outlet?, language?,
 * authors?}`. The article's text or HTML becomes the bytes (UTF-8, declared so, so that a stale
 * `<meta charset>` kept inside the HTML is not obeyed), the other fields the hints. A line that is not
 * JSON, not an object, has no text, a field of the wrong type or a text over the cap is a failure item.
 */
export function documentFromJsonLine(line: string, context: JsonLineContext): SourceItem {
  const fail = (key: string, reason: string, message: string): SourceItem =>
    sourceFailure(context.name, 'jsonl', key, reason, message);
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return fail(context.fileKey, 'bad-json', `is not JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail(context.fileKey, 'bad-record', 'is not a JSON object');
  const record = value as Record<string, unknown>;
  const url = typeof record['url'] === 'string' && isHttpUrl(record['url']) ? record['url'] : null;
  const key = url ?? context.fileKey;
  for (const field of [...OPTIONAL_STRINGS, 'text', 'html']) {
    const fieldValue = record[field];
    if (fieldValue != null && typeof fieldValue !== 'string')
      return fail(key, 'bad-record', `field "${field}" is ${typeOf(fieldValue)}, not a string`);
  }
  const authors = authorList(record['authors']);
  if (authors === null)
    return fail(key, 'bad-record', 'field "authors" is neither a string nor a list of strings');
  const html = nonBlank(record['html']);
  const text = html === null ? nonBlank(record['text']) : null;
  const body = html ?? text;
  if (body === null) return fail(key, 'missing-text', 'has no "text" or "html" with anything in it');
  const bytes = Buffer.from(body, 'utf8');
  if (bytes.length > context.maxBytes)
    return fail(
      key,
      'too-large',
      `holds ${bytes.length} bytes of article, over the size cap of ${context.maxBytes} (--max-bytes)`,
    );
  const hints: DocumentHints = {
    format: html === null ? 'text' : 'html',
    ...present('title', record['title']),
    ...present('published', record['published']),
    ...present('outlet', record['outlet']),
    ...present('language', record['language']),
    ...(authors.length > 0 ? { authors } : {}),
  };
  return {
    ok: true,
    key,
    document: {
      origin: 'jsonl',
      name: context.name,
      bytes,
      fetchedAt: context.fetchedAt,
      url,
      contentType: html === null ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8',
      hints,
    },
  };
}

function authorList(value: unknown): string[] | null {
  if (value == null) return [];
  if (typeof value === 'string') return value.trim() === '' ? [] : [value.trim()];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return null;
  return value.map((name) => name.trim()).filter((name) => name !== '');
}

const nonBlank = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/** A hint only when the record has something for it (exactOptionalPropertyTypes: no `undefined` values). */
function present<Field extends string>(field: Field, value: unknown): Partial<Record<Field, string>> {
  return typeof value === 'string' && value.trim() !== ''
    ? ({ [field]: value.trim() } as Record<Field, string>)
    : {};
}

const typeOf = (value: unknown): string => (Array.isArray(value) ? 'a list' : `a ${typeof value}`);
