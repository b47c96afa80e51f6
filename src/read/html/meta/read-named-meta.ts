/**
 * The other meta tags news sites write for search engines, analytics and archives: plain `description`
 * and `author`, Parse.ly (`parsely-*`), Sailthru (`sailthru.*`), Dublin Core (`dc.*`, `dcterms.*`), the
 * New York Times' `byl`, Twitter cards, and the assorted `date`/`pubdate` names. Keys are lower-cased
 * (read-meta-tags.ts), so `DC.date` is `dc.date`.
 */
import { type MetaTags, metaValue, metaValues } from './read-meta-tags.js';

export interface NamedMetaFacts {
  readonly titles: readonly string[];
  readonly description: string | null;
  readonly published: readonly string[];
  readonly modified: readonly string[];
  readonly authors: readonly string[];
  readonly applicationName: string | null;
  readonly language: string | null;
}

const TITLE_KEYS = [
  'twitter:title',
  'parsely-title',
  'sailthru.title',
  'dc.title',
  'dcterms.title',
  'headline',
];
const DESCRIPTION_KEYS = ['description', 'twitter:description', 'dc.description', 'dcterms.description'];
const PUBLISHED_KEYS = [
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'dc.date.created',
  'article.published',
  'publish-date',
  'publish_date',
  'publishdate',
  'publication_date',
  'pubdate',
  'date',
  'datepublished',
  'article_date_original',
  'original-publish-date',
  'ptime',
];
const MODIFIED_KEYS = [
  'dc.date.modified',
  'dcterms.modified',
  'article.updated',
  'last-modified',
  'lastmod',
  'datemodified',
  'utime',
];
const AUTHOR_KEYS = ['author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl'];
const LANGUAGE_KEYS = ['content-language', 'language', 'dc.language', 'dcterms.language'];

export function readNamedMeta(tags: MetaTags): NamedMetaFacts {
  return {
    titles: metaValues(tags, TITLE_KEYS),
    description: metaValue(tags, DESCRIPTION_KEYS),
    published: metaValues(tags, PUBLISHED_KEYS),
    modified: metaValues(tags, MODIFIED_KEYS),
    authors: metaValues(tags, AUTHOR_KEYS),
    applicationName: metaValue(tags, ['application-name', 'apple-mobile-web-app-title']),
    language: metaValue(tags, LANGUAGE_KEYS),
  };
}
