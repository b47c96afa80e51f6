import { openStore } from '../open-store.js';
import { DATABASE_OPTION, parsePositiveInteger } from '../database-option.js';
import { OUTPUT_FORMATS, parseFormat } from '../format-extraction.js';
import { formatPeople } from '../format-record.js';
import type { RegisterCommand } from '../register-command.js';

interface PeopleCommandOptions {
  readonly db: string;
  readonly format?: string;
}

interface EditOptions {
  readonly db: string;
  readonly note?: string;
}

export const registerPeople: RegisterCommand = (program, io) => {
  const people = program
    .command('people')
    .description(
      'Print the people in the record with their aliases, roles and statement counts; `people merge` and ' +
        '`people split` correct who is who by hand.',
    );
  people
    .command('list', { isDefault: true })
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
  people
    .command('merge')
    .description(
      'Make person FROM the same person as INTO: every mention, alias, role and statement moves to INTO, ' +
        'and articles stored later that name FROM are linked to INTO. Ids are those of `onrecord people`.',
    )
    .argument('<into>', 'id of the person that stays')
    .argument('<from>', 'id of the person merged into it')
    .option(...DATABASE_OPTION)
    .option('--note <text>', 'why (shown by `onrecord person`)', 'merged by hand')
    .action(async (into: string, from: string, options: EditOptions) => {
      const store = await openStore(options.db, { mustExist: true });
      try {
        const intoId = parsePositiveInteger(into, 'INTO');
        const fromId = parsePositiveInteger(from, 'FROM');
        await store.mergePeople(intoId, fromId, options.note ?? 'merged by hand');
        io.stdout.write(`merged person ${fromId} into person ${intoId}\n`);
      } finally {
        await store.close();
      }
    });
  people
    .command('split')
    .description(
      'Move what person ID is under NAME to a new person (two people taken for one); with article ids, ' +
        'only in those articles (two namesakes). Article ids are those of `onrecord person ID --format json` ' +
        '(links[].article.id).',
    )
    .argument('<id>', 'id of the person to split')
    .argument('<name>', 'the name under which the other person is mentioned')
    .argument('[article-ids...]', 'only the mentions in these articles')
    .option(...DATABASE_OPTION)
    .option('--note <text>', 'why (shown by `onrecord person`)', 'split by hand')
    .action(async (id: string, name: string, articleIds: string[], options: EditOptions) => {
      const store = await openStore(options.db, { mustExist: true });
      try {
        const created = await store.splitPerson(
          parsePositiveInteger(id, 'ID'),
          name,
          articleIds.length === 0
            ? null
            : articleIds.map((articleId) => parsePositiveInteger(articleId, 'article id')),
          options.note ?? 'split by hand',
        );
        io.stdout.write(`split ${created.name} into new person ${created.id}\n`);
      } finally {
        await store.close();
      }
    });
  people
    .command('undo')
    .description(
      'Take back a merge or split: a merge undone brings the merged person back with all that moved; a ' +
        'split undone merges the new person back. Edit ids are those `onrecord person ID` lists. Edits of ' +
        'the same people are undone newest first.',
    )
    .argument('<edit-id>', 'id of the merge or split')
    .option(...DATABASE_OPTION)
    .option('--by <name>', 'who undoes it (kept with the edit)', 'command line')
    .action(async (editId: string, options: { db: string; by?: string }) => {
      const store = await openStore(options.db, { mustExist: true });
      try {
        const id = parsePositiveInteger(editId, 'EDIT-ID');
        await store.undoPersonEdit(id, options.by ?? 'command line');
        io.stdout.write(`undid person edit ${id}\n`);
      } finally {
        await store.close();
      }
    });
};
