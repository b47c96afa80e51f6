import type { Command } from 'commander';
import { DATABASE_OPTION } from '../database-option.js';
import type { CliIo } from '../io.js';
import { openStore } from '../open-store.js';

interface ErrorsCommandOptions {
  readonly db: string;
  readonly json?: boolean;
  readonly reason?: string;
}

export function registerErrors(program: Command, io: CliIo): void {
  program
    .command('errors')
    .description(
      'List the documents whose latest ingest failed, with the reason, most recent first. A document ' +
        'that is ingested successfully later leaves this list.',
    )
    .option(...DATABASE_OPTION)
    .option('--reason <code>', 'only failures with this reason (e.g. not-found, bad-json, too-large)')
    .option('--json', 'one JSON object per failure (JSON Lines)')
    .action(async (options: ErrorsCommandOptions) => {
      const store = await openStore(options.db, { mustExist: true });
      try {
        const failures = (await store.listFailures()).filter(
          (failure) => options.reason === undefined || failure.reason === options.reason,
        );
        if (options.json === true) {
          for (const failure of failures) io.stdout.write(`${JSON.stringify(failure)}\n`);
          return;
        }
        if (failures.length === 0) {
          io.stdout.write('No failed documents.\n');
          return;
        }
        for (const failure of failures) {
          const attempts = (failure.attempts ?? 1) > 1 ? ` (${failure.attempts} attempts)` : '';
          io.stdout.write(`${failure.failedAt ?? ''}  ${failure.reason}${attempts}  ${failure.name}\n`);
          io.stdout.write(`    ${failure.message}\n`);
        }
        io.stdout.write(`${failures.length} failed document${failures.length === 1 ? '' : 's'}\n`);
      } finally {
        await store.close();
      }
    });
}
