/**
 * What a page's JSON-LD says about its article: the best article node (news types first, then other
 * articles and blog posts, then a WebPage as a fallback), its headline, dates, authors, publisher and
 * language, with the page's WebPage and WebSite nodes filling fields the article node leaves out.
 */
import { decodeEntities } from './decode-entities.js';
import {
  isNode,
  type JsonLdGraph,
  type JsonLdNode,
  readJsonLdGraph,
  resolveNode,
  typesOf,
} from './json-ld-graph.js';
import type { PageIndex } from './page-index.js';
import { cleanAuthorName, dedupeNames, splitAuthors } from './split-authors.js';

export interface JsonLdFacts {
  readonly headline: string | null;
  readonly description: string | null;
  /** Raw date values, most trusted first (the article's own, then its WebPage's). */
  readonly published: readonly unknown[];
  readonly modified: readonly unknown[];
  readonly authors: readonly string[];
  readonly publisher: string | null;
  /** The WebSite node's name: the site's name as the site itself spells it. */
  readonly siteName: string | null;
  readonly language: string | null;
  readonly url: string | null;
}

/** Lower rank is a better article node. */
const TYPE_RANKS: ReadonlyMap<string, number> = new Map([
  ['NewsArticle', 0],
  ['ReportageNewsArticle', 0],
  ['AnalysisNewsArticle', 0],
  ['OpinionNewsArticle', 0],
  ['BackgroundNewsArticle', 0],
  ['ReviewNewsArticle', 0],
  ['AskPublicNewsArticle', 0],
  ['LiveBlogPosting', 1],
  ['Article', 1],
  ['BlogPosting', 1],
  ['SocialMediaPosting', 2],
  ['Report', 2],
  ['TechArticle', 2],
  ['ScholarlyArticle', 2],
  ['SatiricalArticle', 2],
  ['WebPage', 3],
  ['ItemPage', 3],
  ['CollectionPage', 4],
]);
const PUBLISHER_TYPES = new Set(['NewsMediaOrganization', 'Organization', 'Corporation']);

function rankOf(node: JsonLdNode): number {
  let best = Number.POSITIVE_INFINITY;
  for (const type of typesOf(node)) best = Math.min(best, TYPE_RANKS.get(type) ?? Number.POSITIVE_INFINITY);
  return best;
}

/** The best-ranked node; among equals, the first that has a headline or name. */
function pickArticle(nodes: readonly JsonLdNode[]): JsonLdNode | null {
  let best: JsonLdNode | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const node of nodes) {
    const rank = rankOf(node);
    if (rank === Number.POSITIVE_INFINITY) continue;
    const score = rank * 2 + ((text(node.headline) ?? text(node.name)) ? 0 : 1);
    if (score < bestScore) {
      best = node;
      bestScore = score;
    }
  }
  return best;
}

/** A string field; JSON-LD may also give `{"@value": "..."}` or a list whose first string is meant. */
function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : decodeEntities(value);
  if (Array.isArray(value)) return text(value.find((item) => typeof item === 'string' || isNode(item)));
  if (isNode(value)) return text(value['@value']);
  return null;
}

function nameOf(value: unknown, graph: JsonLdGraph): string | null {
  const node = resolveNode(value, graph);
  if (typeof node === 'string') return text(node);
  if (!isNode(node)) return null;
  const given = text(node.givenName);
  const family = text(node.familyName);
  return text(node.name) ?? (given !== null && family !== null ? `${given} ${family}` : null);
}

function listOf(value: unknown): readonly unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.slice(0, 50) : [value];
}

/**
 * Authors of the article node: Person names, split if a CMS wrote several into one ("A and B"), and
 * Organization names whole ("Procter & Gamble" is one author); plain strings are read as bylines.
 */
function authorsOf(article: JsonLdNode, graph: JsonLdGraph, publisher: string | null): string[] {
  const given = article.author ?? article.creator;
  const options = { outlets: publisher === null ? [] : [publisher] };
  const names: string[] = [];
  for (const value of listOf(given)) {
    const node = resolveNode(value, graph);
    if (typeof node === 'string') names.push(...splitAuthors(decodeEntities(node), options));
    if (!isNode(node)) continue;
    // Some CMSs list several people in one Person's name: {"name": ["A", "B"]}.
    if (Array.isArray(node.name)) {
      for (const each of node.name.slice(0, 50)) {
        const written = text(each);
        if (written !== null) names.push(...splitAuthors(written, options));
      }
      continue;
    }
    const name = nameOf(node, graph);
    if (name === null) continue;
    const isPerson = !typesOf(node).some(
      (type) => PUBLISHER_TYPES.has(type) || type === 'NewsMediaOrganization',
    );
    if (isPerson) names.push(...splitAuthors(name, options));
    else {
      const organization = cleanAuthorName(name);
      if (organization !== null) names.push(organization);
    }
  }
  return dedupeNames(names);
}

/** `inLanguage` is a tag ("uk-UA") or a Language node whose `alternateName` is the tag. */
function languageOf(value: unknown): string | null {
  if (isNode(value) && !('@value' in value)) return text(value.alternateName) ?? text(value.name);
  return text(value);
}

function firstOfType(nodes: readonly JsonLdNode[], types: ReadonlySet<string>): JsonLdNode | null {
  return nodes.find((node) => typesOf(node).some((type) => types.has(type))) ?? null;
}

function urlOf(node: JsonLdNode, graph: JsonLdGraph): string | null {
  const direct = text(node.url);
  if (direct !== null) return direct;
  const page = resolveNode(node.mainEntityOfPage, graph);
  if (typeof page === 'string') return text(page);
  return isNode(page) ? (text(page.url) ?? text(page['@id'])) : null;
}

/** What a page without (usable) JSON-LD gives. */
export const NO_JSON_LD: JsonLdFacts = {
  headline: null,
  description: null,
  published: [],
  modified: [],
  authors: [],
  publisher: null,
  siteName: null,
  language: null,
  url: null,
};

export function readJsonLd(page: Pick<PageIndex, 'jsonLdScripts'>): JsonLdFacts {
  const graph = readJsonLdGraph(page.jsonLdScripts);
  if (graph.nodes.length === 0) return NO_JSON_LD;
  const article = pickArticle(graph.nodes);
  const webPage = firstOfType(graph.nodes, new Set(['WebPage', 'ItemPage']));
  const webSite = firstOfType(graph.nodes, new Set(['WebSite']));
  const organization = firstOfType(graph.nodes, PUBLISHER_TYPES);
  const sources = [article, webPage].filter((node): node is JsonLdNode => node !== null);
  const publisher =
    (article === null ? null : nameOf(article.publisher, graph)) ??
    (organization === null ? null : nameOf(organization, graph));
  return {
    headline: article === null ? null : (text(article.headline) ?? text(article.name)),
    description: article === null ? null : text(article.description),
    published: sources.flatMap((node) => [node.datePublished, node.dateCreated, node.uploadDate]),
    modified: sources.map((node) => node.dateModified),
    authors: article === null ? [] : authorsOf(article, graph, publisher),
    publisher,
    siteName: webSite === null ? null : text(webSite.name),
    language:
      languageOf(article?.inLanguage) ?? languageOf(webPage?.inLanguage) ?? languageOf(webSite?.inLanguage),
    url: article === null ? null : urlOf(article, graph),
  };
}
