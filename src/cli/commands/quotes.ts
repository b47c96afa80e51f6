import { Option } from 'commander';
import type { AttributionFilter } from '../../store/index.js';
import { openStore } from '../open-store.js';
import { ATTRIBUTION_TYPES, type AttributionType } from '../../types.js';
import { DATABASE_OPTION, parsePositiveInteger } from '../database-option.js';
import { OUTPUT_FORMATS, parseFormat } from '../format-extraction.js';
import { formatQuotes } from '../format-record.js';
import type { RegisterCommand } from '../register-command.js';

interface QuotesCommandOptions {
  readonly db: string;
  readonly speaker?: string;
  readonly contains?: string;
  readonly type?: AttributionType;
  readonly format?: string;
  readonly limit?: string;
}

export const registerQuotes: RegisterCommand = (program, io) => {
  program
    .command('quotes')
    .description(
      'Print the stored statements: who said what, in which article. With --format jsonl, one line per ' +
        'statement: its file or url, the attribution as in the extraction contract, and the speaker as a ' +
        'stored person ({id, name}, or null for unnamed sources).',
    )
    .option(...DATABASE_OPTION)
    .option('--speaker <name>', 'only statements by the person with this name or alias (any case)')
    .option('--contains <text>', 'only statements whose words contain this text (any case)')
    .addOption(new Option('--type <type>', 'only statements of this type').choices(ATTRIBUTION_TYPES))
    .option(
      '-f, --format <format>',
      `output format: ${OUTPUT_FORMATS.join(', ')} (default: text on a terminal, jsonl otherwise)`,
    )
    .option('--limit <count>', 'print at most this many statements')
    .action(async (options: QuotesCommandOptions) => {
      const format = parseFormat(options.format, io.stdout.isTTY === true);
      const filter: AttributionFilter = {
        ...(options.speaker !== undefined && { speaker: options.speaker }),
        ...(options.contains !== undefined && { contains: options.contains }),
        ...(options.type !== undefined && { type: options.type }),
        ...(options.limit !== undefined && { limit: parsePositiveInteger(options.limit, '--limit') }),
      };
      const store = await openStore(options.db, { mustExist: true });
      try {
        io.stdout.write(formatQuotes(await store.listAttributions(filter), format));
      } finally {
        await store.close();
      }
    });
};
