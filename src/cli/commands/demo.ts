import { existsSync } from 'node:fs';
import { DEFAULT_MAX_BYTES } from '../../acquire/index.js';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { openStore } from '../open-store.js';
import { expandArticlePaths, type ArticlePath } from '../article-paths.js';
import { formatRecord } from '../format-demo.js';
import { ingestFiles } from '../ingest-files.js';
import { formatTally } from '../../ingest/index.js';
import { EXIT_SOME_FAILED, type CliIo } from '../io.js';
import type { ExitState } from '../main.js';
import { addServeOptions, serveSettings, serveUntilStopped } from './serve.js';

/** The bundled sample articles, found from this module (src/ or dist/), not from the working directory. */
export const SAMPLES_DIRECTORY = fileURLToPath(new URL('../../../samples/', import.meta.url));

export const DEFAULT_DEMO_DATABASE = 'onrecord-demo.db';

interface DemoCommandOptions {
  readonly db: string;
  readonly samples: string;
  /** False with `--no-serve`: print the record and exit. */
  readonly serve: boolean;
  readonly port: string;
  readonly host: string;
  readonly token?: string;
  readonly allowPrivate?: boolean;
}

export function registerDemo(program: Command, io: CliIo, exit: ExitState): void {
  const command = program
    .command('demo')
    .description(
      'Store the bundled sample articles in a fresh database (recreated on every run), print the ' +
        'record (the people, their roles, and what each one said, in which article), then serve it as a ' +
        'web app (`npm start`) until Ctrl-C; --no-serve exits after printing.',
    )
    .option('--db <file>', 'SQLite database file to recreate for the demo', DEFAULT_DEMO_DATABASE)
    .option('--samples <directory>', 'folder of sample articles', SAMPLES_DIRECTORY)
    .option('--no-serve', 'print the record and exit instead of serving it');
  addServeOptions(command).action(async (options: DemoCommandOptions) => {
    // Checked before the database is recreated: a bad --port should not cost the user their demo.
    const settings = options.serve ? serveSettings(options) : null;
    const samples = await sampleArticles(options.samples);
    if (samples.length === 0) {
      io.stdout.write(
        `No sample articles (*.txt) in ${options.samples}: nothing to show.\n` +
          'Store your own articles with `onrecord ingest PATH...`, then look with `onrecord quotes`.\n',
      );
      return;
    }
    // Loaded here: it opens SQLite, which other commands should not pay for at start-up.
    const { removeDemoDatabase } = await import('../demo-database.js');
    removeDemoDatabase(options.db);
    const store = await openStore(options.db);
    try {
      const tally = await ingestFiles(store, samples, {
        maxBytes: DEFAULT_MAX_BYTES,
        stderr: io.stderr,
        command: 'onrecord demo',
      });
      io.stdout.write(
        `onrecord demo: ${samples.length} sample articles into ${options.db} (${formatTally(tally)})\n\n`,
      );
      io.stdout.write(
        formatRecord(await store.listArticles(), await store.listPeople(), await store.listAttributions()),
      );
      io.stdout.write(
        `\nExplore it: onrecord people --db ${options.db}\n` +
          `            onrecord quotes --db ${options.db} --speaker NAME --contains TEXT\n`,
      );
      if (tally.failed > 0) exit.code = EXIT_SOME_FAILED;
      if (settings) await serveUntilStopped(store, settings, io);
    } finally {
      await store.close();
    }
  });
}

/** The sample files, named relative to the working directory when they are under it (`samples/x.txt`). */
async function sampleArticles(directory: string): Promise<ArticlePath[]> {
  if (!existsSync(directory)) return [];
  const found = await expandArticlePaths([directory]);
  return found.flatMap((input) => {
    if ('error' in input) return [];
    const short = relative(process.cwd(), input.file);
    return [{ file: short.startsWith('..') || isAbsolute(short) ? input.file : short }];
  });
}
