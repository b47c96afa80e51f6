/**
 * Reads an RSS 0.9x/2.0, Atom or RDF feed with @rowanmanning/feed-parser, a lenient parser tested against
 * real feeds, into onrecord's Feed. Whatever the input, the result is a Feed or a FeedError.
 */
import { parseFeed as parseFeedXml } from '@rowanmanning/feed-parser';
import { errorMessage } from '../../errors.js';
import type { Feed, FeedItem } from './feed.js';
import { FeedError } from './feed-error.js';
import { isFullTextHtml } from './full-text.js';
import { itemHtml } from './item-content.js';
import { itemPublished } from './item-date.js';
import { feedItemKey } from './item-key.js';

type ParsedFeed = ReturnType<typeof parseFeedXml>;
type ParsedItem = ParsedFeed['items'][number];

/** A feed's root element closed near its end: `</rss>`, `</feed>`, `</rdf:RDF>`. */
const CLOSED_ROOT = /<\/(?:[\w.-]+:)?(?:rss|feed|rdf)\s*>/i;
/** How far from the end the closing root tag may sit (trailing comments and white space). */
const TAIL_CHARACTERS = 512;

export function parseFeed(xml: string, feedUrl: string): Feed {
  const source = xml.replace(/^\uFEFF/, '');
  let parsed: ParsedFeed;
  try {
    parsed = parseFeedXml(source);
  } catch (cause) {
    throw new FeedError(feedUrl, `not an RSS, Atom or RDF feed (${errorMessage(cause)})`, { cause });
  }
  // The parser makes what it can of a cut-off download; its last item would be cut too (a link half there).
  if (!CLOSED_ROOT.test(source.slice(-TAIL_CHARACTERS)))
    throw new FeedError(
      feedUrl,
      'the feed is cut off: its root element (rss, feed or rdf:RDF) is never closed',
    );
  try {
    keepFeedLevelValues(parsed);
    return {
      title: cleanText(parsed.title),
      items: parsed.items
        .map((item) => feedItem(item, feedUrl, parsed.meta.type === 'atom'))
        .filter((item) => item !== null),
    };
  } catch (cause) {
    throw new FeedError(feedUrl, `cannot read the feed's items (${errorMessage(cause)})`, { cause });
  }
}

/**
 * The parser's feed-level values are getters that search the channel's children on every read, and every
 * item reads some (its link is resolved against the feed's); on a feed of thousands of items that is
 * quadratic. Read once, they are kept as plain values on the parsed feed.
 */
function keepFeedLevelValues(parsed: ParsedFeed): void {
  for (const name of ['url', 'authors', 'categories'] as const)
    Object.defineProperty(parsed, name, { value: parsed[name], writable: false });
}

function feedItem(item: ParsedItem, feedUrl: string, isAtom: boolean): FeedItem | null {
  const link = httpLink(item.url, feedUrl);
  const title = cleanText(item.title);
  const html = itemHtml(item, isAtom);
  const contentHtml = html.content ?? html.summary;
  // An item with nothing to fetch, read or name is nothing to ingest.
  if (link === null && title === null && contentHtml === null) return null;
  const published = itemPublished(item);
  return {
    key: feedItemKey({ id: item.id, link, title, published, contentHtml }),
    link,
    title,
    published,
    authors: authorNames(item.authors),
    contentHtml,
    isFullText: contentHtml !== null && isFullTextHtml(contentHtml),
  };
}

/** The link made absolute against the feed's own URL; null unless it is http or https. */
function httpLink(url: string | null, feedUrl: string): string | null {
  if (url === null || url.trim() === '') return null;
  let absolute: URL;
  try {
    absolute = new URL(url.trim(), feedUrl);
  } catch {
    return null;
  }
  return absolute.protocol === 'http:' || absolute.protocol === 'https:' ? absolute.href : null;
}

function authorNames(authors: ParsedItem['authors']): string[] {
  const names = authors
    .map((author) => cleanText(author.name) ?? cleanText(author.email))
    .filter((name) => name !== null);
  return [...new Set(names)];
}

const cleanText = (value: string | null | undefined): string | null => {
  const text = value?.trim();
  return text ? text : null;
};
