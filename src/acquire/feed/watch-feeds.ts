/**
 * `watch`'s loop: poll every feed, one after another, report the round in one line, sleep until the next
 * round is due, and stop cleanly when told (the document being ingested is finished first).
 */
import { emptyTally, formatTally, type IngestTally } from '../../ingest/tally.js';
import { formatInterval } from './poll-interval.js';
import {
  type FeedPoll,
  type FeedResponse,
  handleFeedResponse,
  messageAbout,
  type PollFeedOptions,
  requestFeed,
} from './poll-feed.js';

/** Feeds requested at once in a round. */
const DEFAULT_FEED_CONCURRENCY = 4;

export interface WatchFeedsOptions extends Omit<PollFeedOptions, 'stopped'> {
  /** Time from the start of one round to the start of the next. */
  readonly everyMs: number;
  /** Feeds requested at once (default 4). */
  readonly feedConcurrency?: number;
  /** Poll once and return. */
  readonly once: boolean;
  /** Aborting stops the watch: no new item or feed is started and the sleep between rounds ends. */
  readonly signal: AbortSignal;
  /** Where each feed's failure and each round's summary line go. */
  readonly report: (line: string) => void;
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface WatchRound {
  readonly round: number;
  readonly polls: readonly FeedPoll[];
  readonly tally: IngestTally;
}

/** Runs rounds until `once` is done or the signal aborts; resolves to the last round. */
export async function watchFeeds(
  feedUrls: readonly string[],
  options: WatchFeedsOptions,
): Promise<WatchRound> {
  const urls = [...new Set(feedUrls)];
  const { signal } = options;
  const sleep = options.sleep ?? abortableSleep;
  const clock = options.now ?? (() => new Date());
  const stopped = () => signal.aborted;
  for (let round = 1; ; round += 1) {
    const startedAt = clock().getTime();
    const polls = await pollRound(urls, options, stopped);
    const last: WatchRound = { round, polls, tally: sumTallies(polls) };
    const nextInMs = Math.max(0, startedAt + options.everyMs - clock().getTime());
    const ending = stopped() ? 'stopped' : options.once ? 'done' : `next in ${formatInterval(nextInMs)}`;
    options.report(roundSummary(last, urls.length, ending));
    if (options.once || stopped()) return last;
    await sleep(nextInMs, signal);
    if (stopped()) return last;
  }
}

/**
 * Polls every feed once. A few feeds are requested at a time (the fetcher's per-host caps still apply) and
 * each is handled as its response arrives, so that one slow or unreachable feed holds up no other. Feeds
 * are ingested one at a time. Once stopped, no feed is started or handled; requests in flight are left.
 */
async function pollRound(
  urls: readonly string[],
  options: WatchFeedsOptions,
  stopped: () => boolean,
): Promise<FeedPoll[]> {
  const concurrency = Math.max(1, options.feedConcurrency ?? DEFAULT_FEED_CONCURRENCY);
  const failure = (url: string, error: unknown): FeedPoll => ({
    status: 'failed',
    url,
    reason: 'store',
    message: messageAbout(url, error),
  });
  // Settles with the response or the poll's failure, never rejects: a request left behind is harmless.
  const request = (url: string): Promise<{ url: string; requested: FeedResponse | FeedPoll }> =>
    requestFeed(url, options).then(
      (requested) => ({ url, requested }),
      (error: unknown) => ({ url, requested: failure(url, error) }),
    );
  const waiting = [...urls];
  const inFlight = new Map<string, ReturnType<typeof request>>();
  const polls: FeedPoll[] = [];
  for (;;) {
    while (inFlight.size < concurrency && waiting.length > 0 && !stopped()) {
      const url = waiting.shift()!;
      inFlight.set(url, request(url));
    }
    if (inFlight.size === 0 || stopped()) return polls;
    const { url, requested } = await Promise.race(inFlight.values());
    inFlight.delete(url);
    if (stopped()) return polls;
    // The store failing (disk full, locked) is this feed's failure; the next feed may still go.
    const poll =
      'status' in requested
        ? requested
        : await handleFeedResponse(requested, { ...options, stopped }).catch((error: unknown) =>
            failure(url, error),
          );
    if (poll.status === 'failed') options.report(poll.message);
    polls.push(poll);
  }
}

/** `round 2: 3 feeds (1 changed, 1 not modified, 1 failed); 4 new items: 3 added, ...; next in 10m` */
export function roundSummary(round: WatchRound, feeds: number, ending: string): string {
  const count = (status: FeedPoll['status']) => round.polls.filter((poll) => poll.status === status).length;
  const fresh = round.polls.reduce((sum, poll) => sum + (poll.status === 'changed' ? poll.ingested : 0), 0);
  const unpolled = feeds - round.polls.length;
  const feedCounts =
    `${count('changed')} changed, ${count('not-modified')} not modified, ${count('failed')} failed` +
    (unpolled > 0 ? `, ${unpolled} not polled` : '');
  const items =
    fresh === 0
      ? 'no new items'
      : `${fresh} new ${fresh === 1 ? 'item' : 'items'}: ${formatTally(round.tally)}`;
  return `round ${round.round}: ${feeds} ${feeds === 1 ? 'feed' : 'feeds'} (${feedCounts}); ${items}; ${ending}`;
}

function sumTallies(polls: readonly FeedPoll[]): IngestTally {
  const total = emptyTally();
  for (const poll of polls) {
    if (poll.status !== 'changed' || poll.tally === null) continue;
    const { tally } = poll;
    total.added += tally.added;
    total.replaced += tally.replaced;
    total.unchanged += tally.unchanged;
    total.duplicate += tally.duplicate;
    total.copies += tally.copies;
    total.failed += tally.failed;
    for (const [reason, count] of Object.entries(tally.failedBy))
      total.failedBy[reason] = (total.failedBy[reason] ?? 0) + count;
  }
  return total;
}

/** Resolves after `ms`, or at once when the signal aborts. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
