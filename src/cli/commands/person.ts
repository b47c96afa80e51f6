import { DATABASE_OPTION } from '../database-option.js';
import { OUTPUT_FORMATS, parseFormat } from '../format-extraction.js';
import { formatPersons, type PersonView } from '../format-statements.js';
import { openStore } from '../open-store.js';
import type { RegisterCommand } from '../register-command.js';
import { UsageError } from '../../errors.js';

interface PersonCommandOptions {
  readonly db: string;
  readonly format?: string;
}

export const registerPerson: RegisterCommand = (program, io) => {
  program
    .command('person')
    .description(
      'Print one person: aliases, roles over time, statements by said-at date, and why the record holds ' +
        "these mentions as one person (the linker's reasons, and merges and splits made by hand).",
    )
    .argument('<name-or-id>', 'a name or alias (any case), or a person id from `onrecord people`')
    .option(...DATABASE_OPTION)
    .option(
      '-f, --format <format>',
      `output format: ${OUTPUT_FORMATS.join(', ')} (default: text on a terminal, jsonl otherwise)`,
    )
    .action(async (query: string, options: PersonCommandOptions) => {
      const format = parseFormat(options.format, io.stdout.isTTY === true);
      const store = await openStore(options.db, { mustExist: true });
      try {
        const people = await store.findPeople(query);
        if (people.length === 0) throw new UsageError(`no person named "${query}" in the record`);
        const views: PersonView[] = [];
        for (const person of people)
          views.push({
            person,
            statements: await store.listAttributions({ personId: person.id }),
            explanation: await store.explainPerson(person.id),
          });
        io.stdout.write(formatPersons(views, format));
      } finally {
        await store.close();
      }
    });
};
