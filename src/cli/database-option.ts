import type { Command } from 'commander';
import { UsageError } from '../errors.js';

/** The database commands use unless given `--db` or the environment variable below: a file here. */
export const DEFAULT_DATABASE = 'onrecord.db';

/** The store every command uses when `--db` is not given (a PostgreSQL URL, typically). */
export const DATABASE_ENVIRONMENT = 'ONRECORD_DATABASE_URL';

export const DATABASE_OPTION = [
  '--db <FILE|URL>',
  `the store: a SQLite database FILE, or a PostgreSQL URL (postgres://user@host/database); ` +
    `without --db, $${DATABASE_ENVIRONMENT} when set`,
  DEFAULT_DATABASE,
] as const;

/**
 * Makes every command that takes DATABASE_OPTION use $ONRECORD_DATABASE_URL when `--db` is not given. Done
 * here, as the command is about to run, rather than as the option's default: help would otherwise print the
 * URL, password and all.
 */
export function useDatabaseEnvironment(program: Command): void {
  program.hook('preAction', (_program, command) => {
    const url = process.env[DATABASE_ENVIRONMENT]?.trim();
    if (url === undefined || url === '') return;
    if (command.getOptionValueSource('db') !== 'default') return;
    // Only the shared option: a command with a --db default of its own (demo) keeps it.
    if (command.getOptionValue('db') !== DEFAULT_DATABASE) return;
    command.setOptionValueWithSource('db', url, 'env');
  });
}

/** Parses a count such as `--limit 20`: a whole number, at least 1. */
export function parsePositiveInteger(value: string, option: string): number {
  const number = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(number) || number < 1)
    throw new UsageError(`${option} needs a whole number of at least 1, not ${JSON.stringify(value)}`);
  return number;
}
