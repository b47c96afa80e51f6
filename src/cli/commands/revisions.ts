import { DATABASE_OPTION } from '../database-option.js';
import { OUTPUT_FORMATS, parseFormat } from '../format-extraction.js';
import { formatRevisions } from '../format-statements.js';
import { openStore } from '../open-store.js';
import type { RegisterCommand } from '../register-command.js';

interface RevisionsCommandOptions {
  readonly db: string;
  readonly format?: string;
}

export const registerRevisions: RegisterCommand = (program, io) => {
  program
    .command('revisions')
    .description(
      'Print the earlier versions kept of articles that changed (a correction, an update), with what each ' +
        'next version changed in the attributions. The record itself always shows the latest version.',
    )
    .argument('[key]', 'only the article stored under this key (its file path or url)')
    .option(...DATABASE_OPTION)
    .option(
      '-f, --format <format>',
      `output format: ${OUTPUT_FORMATS.join(', ')} (default: text on a terminal, jsonl otherwise)`,
    )
    .action(async (key: string | undefined, options: RevisionsCommandOptions) => {
      const format = parseFormat(options.format, io.stdout.isTTY === true);
      const store = await openStore(options.db, { mustExist: true });
      try {
        io.stdout.write(formatRevisions(await store.listRevisions(key), format));
      } finally {
        await store.close();
      }
    });
};
