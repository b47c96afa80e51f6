import { openStore } from '../open-store.js';
import { DATABASE_OPTION } from '../database-option.js';
import { OUTPUT_FORMATS, parseFormat } from '../format-extraction.js';
import { formatPeople } from '../format-record.js';
import type { RegisterCommand } from '../register-command.js';

interface PeopleCommandOptions {
  readonly db: string;
  readonly format?: string;
}

export const registerPeople: RegisterCommand = (program, io) => {
  program
    .command('people')
    .description('Print the people in the record with their aliases, roles and statement counts.')
    .option(...DATABASE_OPTION)
    .option(
      '-f, --format <format>',
      `output format: ${OUTPUT_FORMATS.join(', ')} (default: text on a terminal, jsonl otherwise)`,
    )
    .action(async (options: PeopleCommandOptions) => {
      const format = parseFormat(options.format, io.stdout.isTTY === true);
      const store = await openStore(options.db, { mustExist: true });
      try {
        io.stdout.write(formatPeople(await store.listPeople(), format));
      } finally {
        await store.close();
      }
    });
};
