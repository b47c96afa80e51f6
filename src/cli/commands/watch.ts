import type { Command } from 'commander';
import { DEFAULT_POLL_INTERVAL, parsePollInterval } from '../../acquire/feed/poll-interval.js';
import { watchFeeds } from '../../acquire/feed/watch-feeds.js';
import { createFetcher, parseHttpUrl } from '../../acquire/fetch/index.js';
import { errorMessage, UsageError } from '../../errors.js';
import { createPreparer, ingestDocuments } from '../../ingest/index.js';
import { fetchPageItem } from '../../ingest/url-items.js';
import { DATABASE_OPTION, parsePositiveInteger } from '../database-option.js';
import { EXIT_OK, EXIT_SOME_FAILED, type CliIo } from '../io.js';
import type { ExitState } from '../main.js';
import { openStore } from '../open-store.js';
import { HOST_DELAY_OPTION, parseByteSize, parseHostDelay } from '../options.js';

const COMMAND = 'onrecord watch';
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;
/** A `--once` poll stopped by a signal before it was done (128 + SIGINT), as `ingest` does. */
const EXIT_INTERRUPTED = 130;

interface WatchCommandOptions {
  readonly db: string;
  readonly every: string;
  readonly once?: boolean;
  readonly allowPrivate?: boolean;
  readonly maxItems?: string;
  readonly hostDelay: string;
  readonly maxBytes: string;
  readonly threads?: string;
}

export function registerWatch(program: Command, io: CliIo, exit: ExitState): void {
  program
    .command('watch')
    .description(
      'Poll RSS, Atom and RDF feeds and ingest the items not seen before. Each poll is a conditional ' +
        'request (ETag, Last-Modified), so an unchanged feed costs one 304. An item that carries its ' +
        "article's full text is ingested from the feed; any other is fetched from its link, politely " +
        '(robots.txt, a delay between requests to one host, retries). An item is marked seen once it is ' +
        'ingested or its failure recorded (`onrecord errors`). One summary line per round goes to stderr. ' +
        'SIGINT or SIGTERM stops after the document being ingested (a second one at once); items not ' +
        'ingested yet are taken up by the next run. Exit code: 0 when stopped by a signal; with --once, ' +
        '0 when every feed was read and every new item ingested, 1 when any failed, 130 when interrupted.',
    )
    .argument('<feed-url...>', 'http or https URLs of feeds')
    .option(
      '--every <duration>',
      'time between the starts of two rounds: 30s, 10m, 1h (at least 30s)',
      DEFAULT_POLL_INTERVAL,
    )
    .option('--once', 'poll every feed once, then exit')
    .option(...DATABASE_OPTION)
    .option('--allow-private', 'fetch from private, loopback and link-local addresses too (intranet feeds)')
    .option('--max-items <n>', 'ingest at most this many new items per feed per round; the rest wait')
    .option(...HOST_DELAY_OPTION)
    .option('--max-bytes <size>', 'refuse feeds and pages larger than this (e.g. 5MB)', '5MB')
    .option('--threads <n>', 'worker threads reading and analyzing documents (default: one per core)')
    .action(async (urls: string[], options: WatchCommandOptions) => {
      const everyMs = parsePollInterval(options.every);
      const maxItems =
        options.maxItems === undefined ? undefined : parsePositiveInteger(options.maxItems, '--max-items');
      const hostDelayMs = parseHostDelay(options.hostDelay);
      const maxBytes = parseByteSize(options.maxBytes);
      const threads =
        options.threads === undefined ? undefined : parsePositiveInteger(options.threads, '--threads');
      const feeds = [...new Set(urls.map(feedUrl))];
      const fetcher = createFetcher({
        allowPrivate: options.allowPrivate === true,
        minDelayMs: hostDelayMs,
        maxBytes,
      });
      const store = await openStore(options.db);
      const preparer = createPreparer(threads === undefined ? {} : { threads });
      const stop = new AbortController();
      // Once: a second Ctrl-C gets the default action and ends the process at once (the store stays whole).
      const onSignal = () => {
        if (!stop.signal.aborted)
          io.stderr.write(`${COMMAND}: stopping after the current document (again to quit at once)\n`);
        stop.abort();
      };
      for (const signal of STOP_SIGNALS) process.once(signal, onSignal);
      try {
        const last = await watchFeeds(feeds, {
          store,
          fetchFeed: (url, conditional) => fetcher.fetch(url, conditional),
          fetchPage: (url) => fetchPageItem(fetcher, url),
          ingest: (items) =>
            ingestDocuments(store, items, {
              stderr: io.stderr,
              command: COMMAND,
              preparer,
              shouldStop: () => stop.signal.aborted,
            }),
          ...(maxItems === undefined ? {} : { maxItems }),
          everyMs,
          once: options.once === true,
          signal: stop.signal,
          report: (line) =>
            io.stderr.write(line.startsWith('round ') ? `${line}\n` : `${COMMAND}: ${line}\n`),
        });
        const failed = last.polls.some((poll) => poll.status === 'failed') || last.tally.failed > 0;
        if (options.once !== true) exit.code = EXIT_OK;
        else if (stop.signal.aborted) exit.code = EXIT_INTERRUPTED;
        else exit.code = failed ? EXIT_SOME_FAILED : EXIT_OK;
      } finally {
        for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
        await preparer.close();
        await store.close();
      }
    });
}

function feedUrl(input: string): string {
  try {
    return parseHttpUrl(input).href;
  } catch (error) {
    throw new UsageError(`not a feed URL: ${errorMessage(error)}`);
  }
}
