import { createHash } from 'node:crypto';
import { DEFAULT_MAX_BYTES } from '../limits.js';
import type { SourceItem } from './source-item.js';
import { sourceFailure } from './source-failure.js';
import type { SourceOptions } from './source-options.js';

/**
 * Standard input as one document, within the size cap. It has no file to be known by, so its key is its
 * content (`stdin:sha256:...`): the same text piped twice is one document, a different text another.
 */
export async function readStdinDocument(
  stream: NodeJS.ReadableStream,
  options: Pick<SourceOptions, 'maxBytes'> = {},
): Promise<SourceItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > maxBytes)
        return sourceFailure(
          '-',
          'stdin',
          'stdin:',
          'too-large',
          `standard input is over the size cap of ${maxBytes} bytes (--max-bytes)`,
        );
      chunks.push(buffer);
    }
  } catch (error) {
    return sourceFailure(
      '-',
      'stdin',
      'stdin:',
      'unreadable',
      `cannot read standard input (${(error as Error).message})`,
    );
  }
  const bytes = Buffer.concat(chunks, size);
  const key = `stdin:sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  return {
    ok: true,
    key,
    document: { origin: 'stdin', name: '-', bytes, fetchedAt: new Date().toISOString() },
  };
}
