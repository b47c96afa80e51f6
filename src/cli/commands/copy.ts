import { UsageError } from '../../errors.js';
import { isPostgresUrl } from '../../store/postgres/connect.js';
import type { CliIo } from '../io.js';
import { createProgress } from '../progress.js';
import type { RegisterCommand } from '../register-command.js';

interface CopyCommandOptions {
  readonly from: string;
  readonly to: string;
  readonly force?: boolean;
}

/** The SQLite file of `--from`: `sqlite:FILE`, or a plain path. */
export function sqliteSource(from: string): string {
  const path = from.startsWith('sqlite:') ? from.slice('sqlite:'.length) : from;
  if (path === '' || isPostgresUrl(path))
    throw new UsageError(
      `--from needs a SQLite store (sqlite:FILE), not ${JSON.stringify(from)}: copy moves a SQLite store into PostgreSQL`,
    );
  return path;
}

export const registerCopy: RegisterCommand = (program, io) => {
  program
    .command('copy')
    .description(
      'Copy a SQLite store into PostgreSQL: every table, ids kept, the full-text index built. The target ' +
        'must be empty (its schema is created); --force replaces what it holds. Both stores are first ' +
        'brought up to date with this version.',
    )
    .requiredOption('--from <sqlite:FILE>', 'the SQLite store to copy')
    .requiredOption('--to <URL>', 'the PostgreSQL store to fill (postgres://user@host/database)')
    .option('--force', 'empty a target that already holds a store (its queue is kept)')
    .action(async (options: CopyCommandOptions) => {
      const from = sqliteSource(options.from);
      if (!isPostgresUrl(options.to))
        throw new UsageError(
          `--to needs a PostgreSQL URL (postgres://...), not ${JSON.stringify(options.to)}`,
        );
      const { copySqliteToPostgres } = await import('../../store/copy/copy-store.js');
      const report = reportTo(io);
      const result = await copySqliteToPostgres(from, options.to, {
        force: options.force === true,
        onProgress: report.progress,
      });
      report.done();
      const rows = result.tables.reduce((sum, table) => sum + table.rows, 0);
      io.stdout.write(
        `copied ${from} into ${result.target}: ${rows} rows in ${result.tables.length} tables\n`,
      );
    });
};

/**
 * Progress on stderr: on a terminal, one line rewritten as batches land; elsewhere (a log) a line per table
 * copied.
 */
function reportTo(io: CliIo): {
  progress: (state: { table: string; copied: number; total: number }) => void;
  done: () => void;
} {
  const line = createProgress(io.stderr);
  return {
    progress({ table, copied, total }) {
      line.update(() => `copying ${table}: ${copied}/${total} rows`);
      if (copied === total) {
        line.done();
        io.stderr.write(`${table}: ${copied} rows\n`);
      }
    },
    done() {
      line.done();
    },
  };
}
