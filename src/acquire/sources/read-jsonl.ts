import { resolve } from 'node:path';
import { DEFAULT_MAX_BYTES } from '../limits.js';
import { byteLines } from './byte-lines.js';
import { documentFromJsonLine } from './jsonl-record.js';
import { openFileStream } from './open-file-stream.js';
import type { SourceItem } from './source-item.js';
import { fileKey, sourceFailure } from './source-failure.js';
import type { SourceOptions } from './source-options.js';

/**
 * The articles of a JSON Lines file (`.jsonl`, `.ndjson`, gzipped or not), one item per non-blank line,
 * read as a stream: memory holds one line at a time, and a line is never longer in memory than twice the
 * document cap (JSON escaping makes an article's line longer than the article). A bad line is a failure
 * item and the file goes on; a file that cannot be read or decompressed ends with one failure for the file.
 */
export async function* readJsonLines(
  path: string,
  gzip: boolean,
  options: Pick<SourceOptions, 'maxBytes' | 'cwd'> = {},
): AsyncGenerator<SourceItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const absolute = resolve(options.cwd ?? '.', path);
  const maxLineBytes = 2 * maxBytes + 64 * 1024;
  let lastLine = 0;
  try {
    for await (const line of byteLines(openFileStream(absolute, gzip), maxLineBytes)) {
      lastLine = line.number;
      const name = `${path}:${line.number}`;
      const key = fileKey(absolute, line.number);
      if (line.tooLong) {
        yield sourceFailure(
          name,
          'jsonl',
          key,
          'too-large',
          `is a line of ${line.size} bytes, over ${maxLineBytes}`,
        );
        continue;
      }
      const text = lineText(line.bytes, line.number);
      if (text.trim() === '') continue;
      yield documentFromJsonLine(text, { name, fileKey: key, maxBytes, fetchedAt: new Date().toISOString() });
    }
  } catch (error) {
    yield fileFailure(path, absolute, lastLine, error);
  }
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: false });

/** A line's text; the first line may start with a byte-order mark, which is not part of the JSON. */
const lineText = (bytes: Buffer, number: number): string =>
  number === 1 ? utf8.decode(bytes) : bytes.toString('utf8');

function fileFailure(path: string, absolute: string, lastLine: number, error: unknown): SourceItem {
  const code = (error as NodeJS.ErrnoException).code;
  const where = lastLine === 0 ? '' : ` after line ${lastLine}`;
  if (code === 'ENOENT') return sourceFailure(path, 'jsonl', fileKey(absolute), 'not-found', 'no such file');
  if (code?.startsWith('Z_') === true)
    return sourceFailure(
      path,
      'jsonl',
      fileKey(absolute),
      'bad-gzip',
      `is not a readable gzip file${where} (${(error as Error).message})`,
    );
  return sourceFailure(
    path,
    'jsonl',
    fileKey(absolute),
    'unreadable',
    `cannot be read${where} (${code ?? (error as Error).message})`,
  );
}
