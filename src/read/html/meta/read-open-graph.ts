/**
 * OpenGraph and its `article:` namespace (https://ogp.me): the tags social networks read, so the ones
 * sites keep most accurate. `article:author` is often a profile URL rather than a name; those are dropped
 * later with every other non-name.
 */
import { type MetaTags, metaValue, metaValues } from './read-meta-tags.js';

export interface OpenGraphFacts {
  readonly title: string | null;
  readonly siteName: string | null;
  readonly url: string | null;
  readonly description: string | null;
  readonly locale: string | null;
  readonly published: readonly string[];
  readonly modified: readonly string[];
  readonly authors: readonly string[];
}

export function readOpenGraph(tags: MetaTags): OpenGraphFacts {
  return {
    title: metaValue(tags, ['og:title']),
    siteName: metaValue(tags, ['og:site_name']),
    url: metaValue(tags, ['og:url']),
    description: metaValue(tags, ['og:description']),
    locale: metaValue(tags, ['og:locale']),
    published: metaValues(tags, ['article:published_time', 'og:published_time', 'og:article:published_time']),
    modified: metaValues(tags, [
      'article:modified_time',
      'og:updated_time',
      'article:updated_time',
      'og:article:modified_time',
    ]),
    authors: metaValues(tags, ['article:author', 'og:article:author']),
  };
}
