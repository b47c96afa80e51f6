import type { Command } from 'commander';
import { createFetcher } from '../../acquire/fetch/index.js';
import { expandInputs, readInput, type ExpandedInput, type SourceItem } from '../../acquire/sources/index.js';
import { emptyStats, formatTally, ingestDocuments, tallyTotal } from '../../ingest/index.js';
import { formatIngestStats } from '../ingest-stats.js';
import { urlItems } from '../../ingest/url-items.js';
import { DATABASE_OPTION, parsePositiveInteger } from '../database-option.js';
import { createIngestProgress } from '../ingest-progress.js';
import { EXIT_SOME_FAILED, type CliIo } from '../io.js';
import type { ExitState } from '../main.js';
import { openStore } from '../open-store.js';
import { queueIngest } from '../queue-ingest.js';
import { HOST_DELAY_OPTION, parseByteSize, parseHostDelay } from '../options.js';

interface IngestCommandOptions {
  readonly db: string;
  readonly maxBytes: string;
  readonly threads?: string;
  readonly allowPrivate?: boolean;
  readonly hostDelay: string;
  readonly stats?: boolean;
  readonly queue?: boolean;
}

/** Exit code of a run stopped by Ctrl-C (128 + SIGINT), after what was read has been stored. */
const EXIT_INTERRUPTED = 130;

export function registerIngest(program: Command, io: CliIo, exit: ExitState): void {
  program
    .command('ingest')
    .description(
      'Read articles, find who said what in them, and store it: each article whole or not at all. Takes ' +
        'plain-text and HTML files, folders (searched recursively, hidden files skipped), quoted glob ' +
        "patterns ('news/**/*.html'), JSON Lines (.jsonl: one article per line, `text` or `html` plus " +
        'optional url, title, published, outlet, language), WARC archives (.warc, .warc.gz), .gz files, ' +
        'page URLs and RSS/Atom/RDF feed URLs, and - for standard input. A document already stored with the ' +
        'same bytes is skipped, so a run that was interrupted continues where it stopped; the same text or ' +
        'canonical URL under another address is a duplicate; a changed document replaces its stored ' +
        'version. Failures are reported, kept in the database (`onrecord errors`), and the run goes on.',
    )
    .argument('<input...>', 'files, folders, patterns, archives, URLs or feeds; - for standard input')
    .option(...DATABASE_OPTION)
    .option('--max-bytes <size>', 'refuse documents larger than this (e.g. 5MB)', '5MB')
    .option('--threads <n>', 'worker threads reading and analyzing documents (default: one per core)')
    .option(...HOST_DELAY_OPTION)
    .option(
      '--stats',
      'at the end, print one JSON line with the rate, peak memory and where the time went, by stage',
    )
    .option(
      '--allow-private',
      'fetch URLs on private, loopback and other reserved addresses too (intranet use; refused by default)',
    )
    .option(
      '--queue',
      'queue the inputs for `onrecord worker` processes instead of ingesting them here (PostgreSQL store)',
    )
    .action(async (inputs: string[], options: IngestCommandOptions) => {
      const maxBytes = parseByteSize(options.maxBytes);
      if (options.queue === true) {
        await queueIngest(inputs, { db: options.db, maxBytes }, io, exit);
        return;
      }
      const threads =
        options.threads === undefined ? undefined : parsePositiveInteger(options.threads, '--threads');
      const expanded: ExpandedInput[] = [];
      for await (const input of expandInputs(inputs)) expanded.push(input);
      const fetcher = createFetcher({
        allowPrivate: options.allowPrivate === true,
        maxBytes,
        minDelayMs: parseHostDelay(options.hostDelay),
      });
      const sourceOptions = {
        maxBytes,
        stdin: io.stdin,
        fetchUrl: (url: string) => urlItems(fetcher, url),
      };
      async function* items(): AsyncIterable<SourceItem> {
        for (const input of expanded) yield* readInput(input, sourceOptions);
      }
      // The count is known when every input is one document (files); archives, feeds and lines are not.
      const total = expanded.every((input) => input.kind === 'file' && input.container === 'document')
        ? expanded.length
        : null;

      const store = await openStore(options.db);
      const progress = createIngestProgress(io.stderr, { total });
      const stop = { requested: false };
      const interrupt = (): void => {
        stop.requested = true;
      };
      process.once('SIGINT', interrupt);
      process.once('SIGTERM', interrupt);
      try {
        const started = performance.now();
        const stats = emptyStats();
        const tally = await ingestDocuments(store, items(), {
          stats,
          stderr: io.stderr,
          command: 'onrecord ingest',
          ...(threads === undefined ? {} : { threads }),
          onProgress: (event) => {
            progress.update(event);
          },
          shouldStop: () => stop.requested,
        });
        progress.done();
        io.stderr.write(`ingested ${tallyTotal(tally)}: ${formatTally(tally)}\n`);
        if (options.stats === true)
          io.stderr.write(
            `${formatIngestStats(tally, stats, (performance.now() - started) / 1000, threads)}\n`,
          );
        if (tally.failed > 0) {
          io.stderr.write('failed documents are listed by `onrecord errors`\n');
          exit.code = EXIT_SOME_FAILED;
        }
        if (stop.requested) {
          io.stderr.write('interrupted: what was read is stored; run the same command again to continue\n');
          exit.code = EXIT_INTERRUPTED;
        }
      } finally {
        process.off('SIGINT', interrupt);
        process.off('SIGTERM', interrupt);
        await store.close();
      }
    });
}
