/**
 * One poll of one feed: a conditional request with the validators the store kept, the items not seen
 * before ingested, and those marked seen only once ingested (or failed and recorded). The validators of
 * the new response are kept only when every new item was handled; otherwise the next poll gets the whole
 * feed again (not a 304) and takes up the items left.
 */
import { errorMessage } from '../../errors.js';
import type { IngestTally } from '../../ingest/tally.js';
import type { Store } from '../../store/store.js';
import type { Conditional, FetchResult } from '../fetch/types.js';
import type { SourceItem } from '../sources/source-item.js';
import { decodeFeedBytes } from './decode-feed.js';
import { documentsFromFeed, type FetchPage } from './documents-from-feed.js';
import type { FeedItem } from './feed.js';
import { parseFeed } from './parse-feed.js';

export interface PollFeedOptions {
  readonly store: Store;
  /** The polite fetcher's `fetch`: rejects with a FetchError, answers `notModified` on 304. */
  readonly fetchFeed: (url: string, conditional: Conditional) => Promise<FetchResult>;
  readonly fetchPage: FetchPage;
  /** Ingests a batch of documents (`ingestDocuments` with the store and options bound). */
  readonly ingest: (items: AsyncIterable<SourceItem>) => Promise<IngestTally>;
  /** At most this many new items per feed per poll; the rest wait for the next. */
  readonly maxItems?: number;
  /** Once true, no further item is started; the poll ends after the one being ingested. */
  readonly stopped: () => boolean;
  readonly now?: () => Date;
}

export type FeedPoll =
  | { readonly status: 'not-modified'; readonly url: string }
  | {
      readonly status: 'changed';
      readonly url: string;
      readonly title: string | null;
      /** Items in the feed, items not seen before, and those of them ingested in this poll. */
      readonly items: number;
      readonly unseen: number;
      readonly ingested: number;
      readonly tally: IngestTally | null;
    }
  | {
      readonly status: 'failed';
      readonly url: string;
      /** `bad-feed`, `store`, or the fetch's reason (`http-status`, `timeout`, `forbidden-address`...). */
      readonly reason: string;
      /** Starts with the feed's URL. */
      readonly message: string;
    };

/** A feed's response (or why there is none) and the validators it was asked with. */
export interface FeedResponse {
  readonly url: string;
  readonly asked: Conditional;
  readonly outcome:
    { readonly ok: true; readonly response: FetchResult } | { readonly ok: false; readonly error: unknown };
}

/** Polls one feed: a request, then what its response calls for. */
export async function pollFeed(url: string, options: PollFeedOptions): Promise<FeedPoll> {
  return handleFeedResponse(await requestFeed(url, options), options);
}

/** Asks for the feed with the validators kept from the last poll; a failed fetch is an outcome, not thrown. */
export async function requestFeed(
  url: string,
  options: Pick<PollFeedOptions, 'store' | 'fetchFeed'>,
): Promise<FeedResponse> {
  const known = await options.store.feedState(url);
  const asked = { etag: known?.etag ?? null, lastModified: known?.lastModified ?? null };
  try {
    return { url, asked, outcome: { ok: true, response: await options.fetchFeed(url, asked) } };
  } catch (error) {
    return { url, asked, outcome: { ok: false, error } };
  }
}

/** Records the check, and for a changed feed ingests the items not seen before. */
export async function handleFeedResponse(
  requested: FeedResponse,
  options: PollFeedOptions,
): Promise<FeedPoll> {
  const { store } = options;
  const { url, asked: kept } = requested;
  const now = options.now ?? (() => new Date());
  const recordCheck = (validators: Conditional, changed: boolean, title: string | null = null) =>
    store.saveFeedState({
      url,
      title,
      etag: validators.etag ?? null,
      lastModified: validators.lastModified ?? null,
      checkedAt: now().toISOString(),
      changed,
    });

  if (!requested.outcome.ok) {
    const { error } = requested.outcome;
    await recordCheck(kept, false);
    return { status: 'failed', url, reason: reasonOf(error), message: messageAbout(url, error) };
  }
  const { response } = requested.outcome;
  if (response.notModified) {
    await recordCheck(response, false);
    return { status: 'not-modified', url };
  }

  let feed;
  try {
    // Relative links are resolved against where the feed was found, after redirects.
    feed = parseFeed(decodeFeedBytes(response.body, response.contentType), response.finalUrl);
  } catch (error) {
    // The old validators stay: a fixed feed under the same ETag must not be answered with a 304.
    await recordCheck(kept, false);
    return { status: 'failed', url, reason: 'bad-feed', message: messageAbout(url, error) };
  }

  const unseen = await unseenItems(store, url, feed.items);
  const batch = options.maxItems === undefined ? unseen : unseen.slice(0, options.maxItems);
  const { tally, ingested } = await ingestBatch(batch, response.fetchedAt, options);
  await store.markFeedItemsSeen(
    url,
    ingested.map((item) => ({ key: item.key, link: item.link })),
    now().toISOString(),
  );
  const complete = ingested.length === unseen.length;
  await recordCheck(complete ? response : kept, true, feed.title);
  return {
    status: 'changed',
    url,
    title: feed.title,
    items: feed.items.length,
    unseen: unseen.length,
    ingested: ingested.length,
    tally,
  };
}

/** The feed's items not yet seen, in feed order, each key once. */
async function unseenItems(store: Store, url: string, items: readonly FeedItem[]): Promise<FeedItem[]> {
  const unseenKeys = new Set(
    await store.unseenFeedItems(
      url,
      items.map((item) => item.key),
    ),
  );
  const taken = new Set<string>();
  return items.filter((item) => {
    if (!unseenKeys.has(item.key) || taken.has(item.key)) return false;
    taken.add(item.key);
    return true;
  });
}

/**
 * Ingests the items and says which were handed over. The ingester finishes every document it took before
 * it returns, so the items handed over are exactly those ingested or failed and recorded.
 */
async function ingestBatch(
  batch: readonly FeedItem[],
  fetchedAt: string,
  options: PollFeedOptions,
): Promise<{ tally: IngestTally | null; ingested: readonly FeedItem[] }> {
  if (batch.length === 0) return { tally: null, ingested: [] };
  let handed = 0;
  async function* counted(): AsyncIterable<SourceItem> {
    // documentsFromFeed yields one source item per feed item, in order, until stopped.
    for await (const item of documentsFromFeed(
      { items: batch },
      { fetchPage: options.fetchPage, fetchedAt, stopped: options.stopped },
    )) {
      handed += 1;
      yield item;
    }
  }
  const tally = await options.ingest(counted());
  return { tally, ingested: batch.slice(0, handed) };
}

/** The error's message, led by the URL it is about (fetch and feed errors already are). */
export function messageAbout(url: string, error: unknown): string {
  const message = errorMessage(error);
  return message.startsWith(url) ? message : `${url}: ${message}`;
}

const reasonOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'reason' in error && typeof error.reason === 'string'
    ? error.reason
    : 'network';
