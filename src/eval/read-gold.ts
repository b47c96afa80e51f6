/**
 * Finds the gold the user named: a PolNeAR split folder (`text/` and `attributions/`), a PolNeAR root with
 * `--split` naming its split folders, or a JSONL file in onrecord's own gold form. Anything else fails
 * with a message that says what was expected.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { parseGoldJsonl } from './read-gold-jsonl.js';
import { readPolnearFolder } from './read-polnear-folder.js';
import type { GoldDocument, ReadProblem, ReadResult } from './types.js';

export function readGold(path: string, splits: readonly string[] = []): ReadResult<GoldDocument[]> {
  const kind = kindOf(path);
  if (kind === 'file') {
    if (splits.length > 0) throw new UsageError(`--split picks folders of a PolNeAR root; ${path} is a file`);
    const read = parseGoldJsonl(readText(path), path);
    if (read.value.length === 0)
      throw new InputError(
        path,
        'holds no gold articles (expected JSONL lines with "text" and "attributions")',
      );
    return read;
  }
  if (splits.length === 0) {
    if (isSplitFolder(path)) return readPolnearFolder(path);
    const found = ['train', 'dev'].filter((split) => isSplitFolder(join(path, split)));
    if (found.length > 0)
      throw new UsageError(`${path} is a PolNeAR root: choose a split with --split (${found.join(', ')})`);
    throw new InputError(path, 'is not a PolNeAR split folder (expected text/ and attributions/ inside)');
  }
  const documents: GoldDocument[] = [];
  const problems: ReadProblem[] = [];
  for (const split of splits) {
    const folder = join(path, split);
    if (!isSplitFolder(folder))
      throw new InputError(folder, 'is not a PolNeAR split folder (expected text/ and attributions/ inside)');
    const read = readPolnearFolder(folder);
    documents.push(...read.value);
    problems.push(...read.problems);
  }
  return { value: documents, problems };
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(path, 'cannot be read', { cause: error });
  }
}

function kindOf(path: string): 'file' | 'folder' {
  if (!existsSync(path)) throw new InputError(path, 'no such file or folder');
  return statSync(path).isDirectory() ? 'folder' : 'file';
}

const isSplitFolder = (folder: string): boolean =>
  existsSync(join(folder, 'text')) && existsSync(join(folder, 'attributions'));
