import type { Command } from 'commander';
import { openStore } from '../open-store.js';
import { expandArticlePaths } from '../article-paths.js';
import { DATABASE_OPTION } from '../database-option.js';
import { ingestFiles } from '../ingest-files.js';
import { formatTally, tallyTotal } from '../../ingest/index.js';
import { EXIT_SOME_FAILED, type CliIo } from '../io.js';
import type { ExitState } from '../main.js';
import { parseByteSize } from '../options.js';

interface IngestCommandOptions {
  readonly db: string;
  readonly maxBytes: string;
}

export function registerIngest(program: Command, io: CliIo, exit: ExitState): void {
  program
    .command('ingest')
    .description(
      'Extract who said what from articles and store it in the database, one transaction per article. ' +
        'Directories are searched recursively for *.txt files (hidden files skipped). An unchanged ' +
        'article is left as it is; a changed one replaces its stored version.',
    )
    .argument('<path...>', 'plain-text article files, or directories of them')
    .option(...DATABASE_OPTION)
    .option('--max-bytes <size>', 'refuse inputs larger than this (e.g. 5MB)', '5MB')
    .action(async (paths: string[], options: IngestCommandOptions) => {
      const maxBytes = parseByteSize(options.maxBytes);
      const inputs = await expandArticlePaths(paths);
      const store = await openStore(options.db);
      try {
        const tally = await ingestFiles(store, inputs, {
          maxBytes,
          stderr: io.stderr,
          command: 'onrecord ingest',
        });
        io.stderr.write(`ingested ${tallyTotal(tally)}: ${formatTally(tally)}\n`);
        if (tally.failed > 0) exit.code = EXIT_SOME_FAILED;
      } finally {
        await store.close();
      }
    });
}
