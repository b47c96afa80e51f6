import { type ExpandedInput, expandInputs } from './expand-inputs.js';
import { readDocumentFromFile } from './read-document-file.js';
import { readJsonLines } from './read-jsonl.js';
import { readStdinDocument } from './read-stdin.js';
import { readWarc } from './read-warc.js';
import type { SourceItem } from './source-item.js';
import { sourceFailure } from './source-failure.js';
import type { SourceOptions } from './source-options.js';

/**
 * Every document the command-line arguments stand for, in order, as a stream of items: files, folders,
 * patterns, JSON Lines, WARC archives, standard input, and URLs through `options.fetchUrl`. One input's
 * failure is an item like any other and the stream goes on; nothing here throws for a bad input. Pulled
 * one item at a time, so that memory stays bounded whatever the batch (back-pressure is the consumer's
 * pace).
 */
export async function* readSources(
  args: readonly string[],
  options: SourceOptions = {},
): AsyncGenerator<SourceItem> {
  for await (const input of expandInputs(args, options)) yield* readInput(input, options);
}

/** The items of one expanded input. */
export async function* readInput(
  input: ExpandedInput,
  options: SourceOptions = {},
): AsyncGenerator<SourceItem> {
  switch (input.kind) {
    case 'failure':
      yield input.failure;
      return;
    case 'stdin':
      yield await readStdinDocument(options.stdin ?? process.stdin, options);
      return;
    case 'url':
      if (options.fetchUrl === undefined)
        yield sourceFailure(
          input.url,
          'url',
          input.url,
          'unsupported',
          'URLs cannot be read here (no fetcher given)',
        );
      else yield* options.fetchUrl(input.url);
      return;
    case 'file':
      if (input.container === 'jsonl') yield* readJsonLines(input.path, input.gzip, options);
      else if (input.container === 'warc') yield* readWarc(input.path, options);
      else yield await readDocumentFromFile(input.path, input.gzip, options);
      return;
  }
}
