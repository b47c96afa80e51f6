import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { InputError } from '../../errors.js';
import { readJsonLines } from '../read-json-lines.js';
import { readGoldPeople } from '../record/read-record-gold.js';
import type { ReadProblem } from '../types.js';

/**
 * Gold of the multilingual record corpus (samples/multilingual): `gold/LANG.jsonl` (one article per line:
 * file, language, publication date, attributions) and `people.json` (each person key's name and every
 * written form, in every script). An attribution's content is the exact words, or the pieces of a split
 * quotation in order; its source and cue are exact substrings near the content.
 */
export interface MultilingualGoldAttribution {
  readonly content: string | readonly string[];
  readonly occurrence?: number;
  readonly type: 'direct' | 'indirect' | 'mixed';
  readonly source: string | null;
  readonly cue: string | null;
  readonly speaker: string | null;
  readonly saidAt: string | null;
  readonly statement: string | null;
  readonly translation?: boolean;
  /** The language of the words when it is not the article's (a quotation left in the original). */
  readonly language?: string;
}

export interface MultilingualGoldArticle {
  readonly file: string;
  readonly language: string;
  readonly published: string | null;
  readonly attributions: readonly MultilingualGoldAttribution[];
}

export interface MultilingualGold {
  readonly folder: string;
  /** By language, in the order of the gold files' names. */
  readonly languages: ReadonlyMap<string, readonly MultilingualGoldArticle[]>;
  readonly people: ReadonlyMap<string, { readonly name: string; readonly aliases: readonly string[] }>;
}

export const isMultilingualGold = (folder: string): boolean =>
  existsSync(join(folder, 'people.json')) &&
  existsSync(join(folder, 'gold')) &&
  statSync(join(folder, 'gold')).isDirectory();

export function readMultilingualGold(folder: string): MultilingualGold {
  const languages = new Map<string, MultilingualGoldArticle[]>();
  for (const name of readdirSync(join(folder, 'gold'))
    .filter((file) => file.endsWith('.jsonl'))
    .sort()) {
    const file = join(folder, 'gold', name);
    const problems: ReadProblem[] = [];
    const articles = [...readJsonLines(readFileSync(file, 'utf8'), file, problems)].map(
      (line) => line.value as MultilingualGoldArticle,
    );
    if (problems.length > 0) throw new InputError(file, `line ${problems[0]!.line}: ${problems[0]!.message}`);
    languages.set(basename(name, '.jsonl'), articles);
  }
  if (languages.size === 0) throw new InputError(join(folder, 'gold'), 'holds no LANG.jsonl gold files');
  return {
    folder,
    languages,
    people: readGoldPeople(folder),
  };
}
