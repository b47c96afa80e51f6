/**
 * Turns a feed's items into the documents to ingest: an item that carries the article becomes a document
 * at once; any other is fetched from its link through the caller's fetcher (so its politeness applies).
 */
import type { DocumentHints } from '../../types.js';
import type { SourceItem } from '../sources/source-item.js';
import type { Feed, FeedItem } from './feed.js';

/** Fetches one page as a source item; never rejects (a failure is a SourceFailure). */
export type FetchPage = (url: string) => Promise<SourceItem>;

export interface FeedDocumentsOptions {
  readonly fetchPage: FetchPage;
  /** When the feed was fetched: the time full-text items were read. */
  readonly fetchedAt: string;
  /** The outlet to hint for every item, when the caller knows it. */
  readonly outlet?: string;
  /** Pages fetched ahead of the one being ingested; the fetcher's per-host caps still apply. */
  readonly lookahead?: number;
  /** Asked before each item: once it answers true, no further item is yielded or fetched. */
  readonly stopped?: () => boolean;
}

const DEFAULT_LOOKAHEAD = 2;

export async function* documentsFromFeed(
  feed: Pick<Feed, 'items'>,
  options: FeedDocumentsOptions,
): AsyncIterable<SourceItem> {
  const stopped = options.stopped ?? (() => false);
  const lookahead = Math.max(1, options.lookahead ?? DEFAULT_LOOKAHEAD);
  const pending: Promise<SourceItem>[] = [];
  let next = 0;
  const fill = () => {
    while (pending.length < lookahead && next < feed.items.length && !stopped()) {
      pending.push(sourceItemOf(feed.items[next]!, options));
      next += 1;
    }
  };
  fill();
  while (pending.length > 0 && !stopped()) {
    const item = await pending.shift()!;
    fill();
    if (stopped()) return;
    yield item;
  }
}

async function sourceItemOf(item: FeedItem, options: FeedDocumentsOptions): Promise<SourceItem> {
  const key = item.link ?? item.key;
  const name = item.link ?? item.key;
  if (item.isFullText && item.contentHtml !== null) {
    return {
      ok: true,
      key,
      document: {
        origin: 'feed',
        name,
        bytes: new TextEncoder().encode(item.contentHtml),
        fetchedAt: options.fetchedAt,
        url: item.link,
        contentType: 'text/html; charset=utf-8',
        hints: itemHints(item, options.outlet, true),
      },
    };
  }
  if (item.link === null) {
    return {
      ok: false,
      name,
      origin: 'feed',
      key,
      reason: 'no-link',
      message: 'the feed item has neither the article text nor a link to it',
    };
  }
  const fetched = await options.fetchPage(item.link).catch((error: unknown): SourceItem => ({
    ok: false,
    name,
    origin: 'url',
    key,
    reason: 'network',
    message: error instanceof Error ? error.message : String(error),
  }));
  if (!fetched.ok) return { ...fetched, key };
  // The page's Content-Type says what it is; the feed's title, date and authors fill what the page lacks.
  const feedHints = itemHints(item, options.outlet, false);
  const document = fetched.document;
  return { ok: true, key, document: { ...document, hints: mergeHints(feedHints, document.hints) } };
}

/** The document's own hints win where they say something (not null). */
function mergeHints(base: DocumentHints, own: DocumentHints | undefined): DocumentHints {
  const said = Object.entries(own ?? {}).filter(([, value]) => value !== null && value !== undefined);
  return { ...base, ...Object.fromEntries(said) };
}

function itemHints(item: FeedItem, outlet: string | undefined, isHtml: boolean): DocumentHints {
  return {
    ...(isHtml ? { format: 'html' as const } : {}),
    title: item.title,
    published: item.published,
    ...(item.authors.length > 0 ? { authors: item.authors } : {}),
    ...(outlet === undefined ? {} : { outlet }),
  };
}
