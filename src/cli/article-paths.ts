import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';

/** One input to ingest, or a path that yielded none (an error reported in its place in the batch). */
export type ArticlePath = { readonly file: string } | { readonly error: InputError };

/** The extension of the article files taken from a directory. */
export const ARTICLE_EXTENSION = '.txt';

/**
 * Expands the paths of a command line into article files, in the order given: a file stands for itself
 * (whatever its name; reading it reports what is wrong with it), a directory for the `*.txt` files under
 * it, recursively, in sorted order, skipping hidden files and folders. A directory without any is an error
 * for that path.
 */
export async function expandArticlePaths(paths: readonly string[]): Promise<ArticlePath[]> {
  const expanded: ArticlePath[] = [];
  for (const path of paths) {
    if (!(await isDirectory(path))) {
      expanded.push({ file: path });
      continue;
    }
    try {
      const files = await articleFilesUnder(path, new Set());
      if (files.length === 0)
        expanded.push({
          error: new InputError(path, `is a directory with no ${ARTICLE_EXTENSION} articles`),
        });
      for (const file of files) expanded.push({ file });
    } catch (cause) {
      expanded.push({ error: new InputError(path, 'cannot list the directory', { cause }) });
    }
  }
  return expanded;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** `visited` holds the folders already walked (device and inode), so that a link loop ends. */
async function articleFilesUnder(directory: string, visited: Set<string>): Promise<string[]> {
  const { dev, ino } = await stat(directory);
  if (visited.has(`${dev}:${ino}`)) return [];
  visited.add(`${dev}:${ino}`);
  const entries = await readdir(directory, { withFileTypes: true });
  const names = entries
    .map((entry) => entry.name)
    .filter((name) => !name.startsWith('.'))
    .sort(compareCodeUnits);
  const files: string[] = [];
  for (const name of names) {
    const path = join(directory, name);
    // stat, not the directory entry's type, so that links to files and folders are followed.
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) files.push(...(await articleFilesUnder(path, visited)));
    else if (info?.isFile() && name.endsWith(ARTICLE_EXTENSION)) files.push(path);
  }
  return files;
}

const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
