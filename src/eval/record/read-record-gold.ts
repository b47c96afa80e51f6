import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../errors.js';
import { readJsonLines } from '../read-json-lines.js';
import type { ReadProblem } from '../types.js';

/**
 * Gold for the record (EVAL.md, "The record"): a folder with `gold.jsonl` (one article per line: its file,
 * publication date and attributions, each with its content as an exact substring of the article, the gold
 * speaker's key, said-at and statement key) and `people.json` (each speaker key's name and aliases).
 */
export interface RecordGoldAttribution {
  readonly content: string;
  readonly occurrence?: number;
  readonly speaker: string | null;
  readonly saidAt: string | null;
  readonly statement: string | null;
  readonly altered?: boolean;
  readonly polarity?: 'denied' | 'negated';
}

export interface RecordGoldArticle {
  /** Path of the article, relative to the gold folder. */
  readonly file: string;
  readonly published: string | null;
  readonly attributions: readonly RecordGoldAttribution[];
}

export interface RecordGold {
  readonly folder: string;
  readonly articles: readonly RecordGoldArticle[];
  readonly people: ReadonlyMap<string, { readonly name: string; readonly aliases: readonly string[] }>;
}

export const isRecordGold = (folder: string): boolean =>
  existsSync(join(folder, 'gold.jsonl')) && existsSync(join(folder, 'people.json'));

export function readRecordGold(folder: string): RecordGold {
  const goldFile = join(folder, 'gold.jsonl');
  const problems: ReadProblem[] = [];
  const articles = [...readJsonLines(readFileSync(goldFile, 'utf8'), goldFile, problems)].map(
    (line) => line.value as RecordGoldArticle,
  );
  if (problems.length > 0)
    throw new InputError(goldFile, `line ${problems[0]!.line}: ${problems[0]!.message}`);
  return {
    folder,
    articles,
    people: readGoldPeople(folder),
  };
}

/** A gold folder's `people.json`: each person key's name and aliases. */
export function readGoldPeople(
  folder: string,
): Map<string, { readonly name: string; readonly aliases: readonly string[] }> {
  const file = join(folder, 'people.json');
  let people: unknown;
  try {
    people = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new InputError(file, 'is not valid JSON', { cause });
  }
  if (typeof people !== 'object' || people === null) throw new InputError(file, 'is not an object');
  return new Map(Object.entries(people as Record<string, { name: string; aliases: string[] }>));
}
