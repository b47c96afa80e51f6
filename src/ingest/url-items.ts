import { decodeFeedBytes } from '../acquire/feed/decode-feed.js';
import { documentsFromFeed } from '../acquire/feed/documents-from-feed.js';
import { parseFeed } from '../acquire/feed/parse-feed.js';
import type { Fetcher, FetchResult } from '../acquire/fetch/index.js';
import type { SourceItem } from '../acquire/sources/source-item.js';
import { errorMessage, FetchError } from '../errors.js';

/** Media types of feeds; anything else but HTML (`text/xml`, none at all) is sniffed by its root element. */
const FEED_TYPE = /\b(?:rss|atom|rdf)\+xml\b/i;
/** A feed's root element near the start of the body. */
const FEED_ROOT =
  /^(?:\uFEFF)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:[\w.-]+:)?(?:rss|feed|RDF)\b/;

/** Whether a fetched body is a feed (by its type, else by its root element). */
export function isFeedResponse(result: FetchResult): boolean {
  if (FEED_TYPE.test(result.contentType ?? '')) return true;
  if (/html/i.test(result.contentType ?? '')) return false;
  const head = new TextDecoder('latin1').decode(result.body.subarray(0, 1024));
  return FEED_ROOT.test(head);
}

/** A fetched page as a source item; never rejects (a failure is a SourceFailure with the fetch's reason). */
export async function fetchPageItem(fetcher: Fetcher, url: string): Promise<SourceItem> {
  try {
    return pageItem(await fetcher.fetch(url));
  } catch (error) {
    return fetchFailure(url, error);
  }
}

/**
 * What one URL given to `ingest` holds: a page is one document; a feed is its items, each fetched from
 * its link unless the feed carries the article's full text.
 */
export async function* urlItems(fetcher: Fetcher, url: string): AsyncIterable<SourceItem> {
  let result: FetchResult;
  try {
    result = await fetcher.fetch(url);
  } catch (error) {
    yield fetchFailure(url, error);
    return;
  }
  if (!isFeedResponse(result)) {
    yield pageItem(result);
    return;
  }
  let feed;
  try {
    feed = parseFeed(decodeFeedBytes(result.body, result.contentType), result.finalUrl);
  } catch (error) {
    yield { ok: false, name: url, origin: 'url', key: url, reason: 'bad-feed', message: errorMessage(error) };
    return;
  }
  yield* documentsFromFeed(feed, {
    fetchPage: (link) => fetchPageItem(fetcher, link),
    fetchedAt: result.fetchedAt,
  });
}

function pageItem(result: FetchResult): SourceItem {
  return {
    ok: true,
    key: result.finalUrl,
    document: {
      origin: 'url',
      name: result.finalUrl,
      bytes: result.body,
      fetchedAt: result.fetchedAt,
      url: result.finalUrl,
      contentType: result.contentType,
    },
  };
}

function fetchFailure(url: string, error: unknown): SourceItem {
  const reason = error instanceof FetchError ? error.reason : 'network';
  return { ok: false, name: url, origin: 'url', key: url, reason, message: errorMessage(error) };
}
