import { UsageError } from '../errors.js';

/** The database commands use unless given `--db`: a file in the current directory. */
export const DEFAULT_DATABASE = 'onrecord.db';

export const DATABASE_OPTION = ['--db <file>', 'SQLite database file', DEFAULT_DATABASE] as const;

/** Parses a count such as `--limit 20`: a whole number, at least 1. */
export function parsePositiveInteger(value: string, option: string): number {
  const number = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(number) || number < 1)
    throw new UsageError(`${option} needs a whole number of at least 1, not ${JSON.stringify(value)}`);
  return number;
}
