import { type Dirent, promises as fs } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { SourceFailure } from './source-item.js';
import { type FileKind, collectedFileKind, namedFileKind } from './input-kind.js';
import { fileKey, isHttpUrl, sourceFailure } from './source-failure.js';
import type { SourceOptions } from './source-options.js';

/** One thing to read, as the command-line arguments expand to. */
export type ExpandedInput =
  | ({ readonly kind: 'file'; readonly path: string } & FileKind)
  | { readonly kind: 'stdin' }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'failure'; readonly failure: SourceFailure };

/**
 * Expands command-line arguments into inputs, lazily: `-` is standard input, an http(s) argument a URL,
 * a file itself, a folder every readable file below it (hidden ones skipped, names in order), and an
 * argument that is no path but a pattern (`'news/**\/*.html'`) the files it matches. A missing path is a
 * `not-found` failure, in its place. A file reached twice is read once.
 */
export async function* expandInputs(
  args: readonly string[],
  options: Pick<SourceOptions, 'cwd'> = {},
): AsyncGenerator<ExpandedInput> {
  const cwd = options.cwd ?? process.cwd();
  const seen = new Set<string>();
  const once = (path: string): boolean => {
    const absolute = resolve(cwd, path);
    if (seen.has(absolute)) return false;
    seen.add(absolute);
    return true;
  };
  for (const arg of args) {
    if (arg === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    if (isHttpUrl(arg)) {
      yield { kind: 'url', url: arg };
      continue;
    }
    const info = await fs.stat(resolve(cwd, arg)).catch(() => null);
    if (info?.isDirectory()) {
      let found = 0;
      for await (const input of walkFolder(arg, cwd)) {
        found += 1;
        if (input.kind !== 'file' || once(input.path)) yield input;
      }
      // A folder the user named that holds nothing to read is worth saying: a typo, or the wrong folder.
      if (found === 0)
        yield {
          kind: 'failure',
          failure: sourceFailure(
            arg,
            'file',
            fileKey(arg, undefined, cwd),
            'no-documents',
            'is a folder with no articles (.txt, .html, .htm, .xhtml, .jsonl, .ndjson, .warc, or these .gz)',
          ),
        };
    } else if (info !== null) {
      if (once(arg)) yield { kind: 'file', path: arg, ...namedFileKind(arg) };
    } else if (isDynamicPattern(arg)) {
      const matches = await globFiles(arg, cwd);
      if (matches.length === 0) yield notFound(arg, cwd, 'no file matches this pattern');
      for (const path of matches) if (once(path)) yield { kind: 'file', path, ...collectedFileKind(path)! };
    } else {
      yield notFound(arg, cwd, 'no such file or folder');
    }
  }
}

/** Every readable file below a folder, depth first, names sorted; hidden entries and symlinked folders skipped. */
async function* walkFolder(folder: string, cwd: string): AsyncGenerator<ExpandedInput> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(resolve(cwd, folder), { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    yield {
      kind: 'failure',
      failure: sourceFailure(
        folder,
        'file',
        fileKey(folder, undefined, cwd),
        'unreadable',
        `cannot list folder (${code})`,
      ),
    };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walkFolder(path, cwd);
    else if (entry.isFile() || (entry.isSymbolicLink() && (await isFile(resolve(cwd, path))))) {
      const kind = collectedFileKind(path);
      if (kind !== null) yield { kind: 'file', path, ...kind };
    }
  }
}

async function isFile(path: string): Promise<boolean> {
  return (await fs.stat(path).catch(() => null))?.isFile() ?? false;
}

/** Files matching a pattern, of the kinds a batch reads, in order; hidden files only if the pattern says so. */
async function globFiles(pattern: string, cwd: string): Promise<string[]> {
  // Matches are named as the pattern was written: absolute for an absolute pattern, else relative to cwd.
  const matches = await glob(pattern, {
    cwd,
    onlyFiles: true,
    dot: false,
    expandDirectories: false,
    absolute: isAbsolute(pattern),
  });
  return matches.filter((path) => collectedFileKind(path) !== null).sort();
}

const notFound = (arg: string, cwd: string, message: string): ExpandedInput => ({
  kind: 'failure',
  failure: sourceFailure(arg, 'file', fileKey(arg, undefined, cwd), 'not-found', message),
});
