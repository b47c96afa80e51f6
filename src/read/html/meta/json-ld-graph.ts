/**
 * The JSON-LD nodes of a page as one flat list: every `<script type="application/ld+json">`, its arrays,
 * its `@graph`, and the nodes nested in `mainEntity` or `mainEntityOfPage` (where some CMSs put the
 * article inside its WebPage), with an index by `@id` to follow references (`"author": {"@id": ...}`, as
 * Yoast writes them). Walks are bounded, so a hostile page cannot make them deep or long.
 */
import type { PageElement } from './page-index.js';
import { parseLooseJson } from './parse-loose-json.js';
import { salvageJsonLd } from './salvage-json-ld.js';

export type JsonLdNode = Readonly<Record<string, unknown>>;

export interface JsonLdGraph {
  readonly nodes: readonly JsonLdNode[];
  readonly byId: ReadonlyMap<string, JsonLdNode>;
}

const MAX_DEPTH = 8;
const MAX_NODES = 2000;
const MAX_SCRIPTS = 50;
const NESTED_KEYS = ['@graph', 'mainEntity', 'mainEntityOfPage', 'hasPart'] as const;

export function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A node's types, without vocabulary prefixes: "schema:NewsArticle" and "https://schema.org/NewsArticle" are "NewsArticle". */
export function typesOf(node: JsonLdNode): string[] {
  const types = node['@type'];
  const list: unknown[] = Array.isArray(types) ? types : [types];
  return list
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.replace(/^.*[/:#]/u, ''));
}

function collect(value: unknown, depth: number, nodes: JsonLdNode[]): void {
  if (depth > MAX_DEPTH || nodes.length >= MAX_NODES) return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, MAX_NODES)) collect(item, depth + 1, nodes);
    return;
  }
  if (!isNode(value)) return;
  nodes.push(value);
  for (const key of NESTED_KEYS) if (key in value) collect(value[key], depth + 1, nodes);
}

/** The graph of the page's `<script type="application/ld+json">` elements. */
export function readJsonLdGraph(scripts: readonly PageElement[]): JsonLdGraph {
  const nodes: JsonLdNode[] = [];
  for (const element of scripts.slice(0, MAX_SCRIPTS)) {
    const script = element.textContent;
    const parsed = parseLooseJson(script);
    collect(parsed === undefined ? salvageJsonLd(script) : parsed, 0, nodes);
  }
  const byId = new Map<string, JsonLdNode>();
  for (const node of nodes) {
    const id = node['@id'];
    // The first node with an id is the one that describes it; later ones are usually bare references.
    if (typeof id === 'string' && (!byId.has(id) || Object.keys(byId.get(id)!).length <= 1))
      byId.set(id, node);
  }
  return { nodes, byId };
}

/** A node with its reference followed: `{"@id": "#author"}` becomes the node the graph describes under that id. */
export function resolveNode(value: unknown, graph: JsonLdGraph): unknown {
  if (!isNode(value)) return value;
  const id = value['@id'];
  if (typeof id !== 'string' || Object.keys(value).some((key) => key !== '@id')) return value;
  return graph.byId.get(id) ?? value;
}
