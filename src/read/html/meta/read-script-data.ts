/**
 * Metadata in the data that script-rendered pages carry for their own JavaScript: Next.js `__NEXT_DATA__`
 * and other `<script type="application/json">` blocks. No standard names the fields, so the article is
 * the object that looks most like one (a title and a publication date, then authors, an update date and
 * a body), and its fields are read under the names such sites use (`publishedAt`, `first_publish_date`,
 * `authors: [{name}]`, Arc's `credits.by`). Bounded like the JSON-LD walk.
 */
import { isNode, type JsonLdNode } from './json-ld-graph.js';
import type { PageIndex } from './page-index.js';
import { parseLooseJson } from './parse-loose-json.js';

export interface ScriptDataFacts {
  readonly headline: string | null;
  readonly published: readonly unknown[];
  readonly modified: readonly unknown[];
  readonly authors: readonly string[];
}

const MAX_SCRIPTS = 5;
const MAX_DEPTH = 12;
const MAX_OBJECTS = 20_000;

const TITLE_KEYS = ['headline', 'title'];
const PUBLISHED_KEYS = [
  'datePublished',
  'publishedAt',
  'published_at',
  'publishDate',
  'publish_date',
  'publishedDate',
  'firstPublished',
  'first_publish_date',
  'publicationDate',
  'pubDate',
  'display_date',
];
const MODIFIED_KEYS = [
  'dateModified',
  'updatedAt',
  'updated_at',
  'modifiedAt',
  'modified_at',
  'lastModified',
  'last_updated_date',
  'modifiedDate',
  'updatedDate',
];
const AUTHOR_KEYS = ['authors', 'author', 'byline', 'credits'];
const BODY_KEYS = ['body', 'content', 'content_elements', 'blocks', 'text'];

const EMPTY: ScriptDataFacts = { headline: null, published: [], modified: [], authors: [] };

function has(node: JsonLdNode, keys: readonly string[]): boolean {
  return keys.some((key) => node[key] !== undefined && node[key] !== null);
}

function valuesOf(node: JsonLdNode, keys: readonly string[]): unknown[] {
  return keys
    .map((key) => node[key])
    .filter((value) => typeof value === 'string' || typeof value === 'number');
}

/** How much an object looks like the article: a title and a publication date are required. */
function articleScore(node: JsonLdNode): number {
  if (!has(node, PUBLISHED_KEYS) || !has(node, TITLE_KEYS)) return 0;
  return 2 + Number(has(node, AUTHOR_KEYS)) + Number(has(node, MODIFIED_KEYS)) + Number(has(node, BODY_KEYS));
}

function findArticle(root: unknown): JsonLdNode | null {
  let best: JsonLdNode | null = null;
  let bestScore = 0;
  let seen = 0;
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length > 0 && seen < MAX_OBJECTS) {
    const { value, depth } = stack.pop()!;
    if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) continue;
    seen++;
    const children = Array.isArray(value) ? value : Object.values(value);
    // Pushed in reverse so that the walk meets them in document order.
    for (let index = children.length - 1; index >= 0; index--)
      stack.push({ value: children[index], depth: depth + 1 });
    if (!isNode(value)) continue;
    const score = articleScore(value);
    if (score > bestScore) {
      best = value;
      bestScore = score;
    }
  }
  return best;
}

/** Author names under the shapes these stores use: a string, `{name}`, `{byline}`, lists, `{by: [...]}`. */
function authorNames(value: unknown, depth = 0): string[] {
  if (depth > 3) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.slice(0, 20).flatMap((item) => authorNames(item, depth + 1));
  if (!isNode(value)) return [];
  for (const key of ['name', 'byline', 'displayName', 'display_name', 'fullName']) {
    if (typeof value[key] === 'string') return [value[key]];
  }
  return authorNames(value.by ?? value.authors, depth + 1);
}

export function readScriptData(page: Pick<PageIndex, 'dataScripts'>): ScriptDataFacts {
  for (const script of page.dataScripts.slice(0, MAX_SCRIPTS)) {
    const article = findArticle(parseLooseJson(script.textContent));
    if (article === null) continue;
    const headline = TITLE_KEYS.map((key) => article[key]).find((value) => typeof value === 'string');
    const authorValue = AUTHOR_KEYS.map((key) => article[key]).find(
      (value) => value !== undefined && value !== null,
    );
    return {
      headline: typeof headline === 'string' ? headline : null,
      published: valuesOf(article, PUBLISHED_KEYS),
      modified: valuesOf(article, MODIFIED_KEYS),
      authors: authorNames(authorValue),
    };
  }
  return EMPTY;
}
