import { DATABASE_OPTION, parsePositiveInteger } from '../database-option.js';
import { OUTPUT_FORMATS, parseFormat } from '../format-extraction.js';
import { formatStatements } from '../format-statements.js';
import { openStore } from '../open-store.js';
import type { RegisterCommand } from '../register-command.js';
import { UsageError } from '../../errors.js';

interface StatementsCommandOptions {
  readonly db: string;
  readonly speaker?: string;
  readonly minReports?: string;
  readonly format?: string;
  readonly limit?: string;
}

export const registerStatements: RegisterCommand = (program, io) => {
  program
    .command('statements')
    .description(
      'Print statements: each utterance once, with every report of it (outlet, date, how its words matched), ' +
        'the wording variants with a word-level diff against the first report, and altered reports flagged.',
    )
    .option(...DATABASE_OPTION)
    .option('--speaker <name>', 'only statements of the person with this name, alias or id')
    .option('--min-reports <count>', 'only statements with at least this many reports')
    .option('--limit <count>', 'print at most this many statements')
    .option(
      '-f, --format <format>',
      `output format: ${OUTPUT_FORMATS.join(', ')} (default: text on a terminal, jsonl otherwise)`,
    )
    .action(async (options: StatementsCommandOptions) => {
      const format = parseFormat(options.format, io.stdout.isTTY === true);
      const store = await openStore(options.db, { mustExist: true });
      try {
        let personId: number | undefined;
        if (options.speaker !== undefined) {
          const people = await store.findPeople(options.speaker);
          if (people.length === 0) throw new UsageError(`no person named "${options.speaker}" in the record`);
          if (people.length > 1)
            throw new UsageError(
              `"${options.speaker}" names several people: ${people.map((person) => `${person.name} (${person.id})`).join(', ')}; give an id`,
            );
          personId = people[0]!.id;
        }
        const statements = await store.listStatements({
          ...(personId !== undefined && { personId }),
          ...(options.minReports !== undefined && {
            minReports: parsePositiveInteger(options.minReports, '--min-reports'),
          }),
          ...(options.limit !== undefined && { limit: parsePositiveInteger(options.limit, '--limit') }),
        });
        io.stdout.write(formatStatements(statements, format));
      } finally {
        await store.close();
      }
    });
};
