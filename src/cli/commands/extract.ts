import type { Command } from 'commander';
import { decodePlainText } from '../../acquire/decode-document.js';
import { readDocumentFile, readDocumentStdin } from '../../acquire/read-file.js';
import { errorMessage } from '../../errors.js';
import { extract } from '../../extract.js';
import type { Document } from '../../types.js';
import { formatExtraction, OUTPUT_FORMATS, parseFormat } from '../format-extraction.js';
import { EXIT_SOME_FAILED, writeOut, type CliIo } from '../io.js';
import type { ExitState } from '../main.js';
import { parseByteSize } from '../options.js';

interface ExtractCommandOptions {
  readonly format?: string;
  readonly maxBytes: string;
}

export function registerExtract(program: Command, io: CliIo, exit: ExitState): void {
  program
    .command('extract')
    .description(
      'Print who said what in each input, as the extraction contract (one JSON object per input). ' +
        'Offsets are UTF-16 indices into the input text. Use - to read standard input.',
    )
    .argument(
      '<file...>',
      'plain-text article files (UTF-8, or UTF-16 with a byte-order mark), or - for standard input',
    )
    .option(
      '-f, --format <format>',
      `output format: ${OUTPUT_FORMATS.join(', ')} (default: text on a terminal, jsonl otherwise)`,
    )
    .option('--max-bytes <size>', 'refuse inputs larger than this (e.g. 5MB)', '5MB')
    .action(async (files: string[], options: ExtractCommandOptions) => {
      const format = parseFormat(options.format, io.stdout.isTTY === true);
      const maxBytes = parseByteSize(options.maxBytes);
      let failed = 0;
      for (const file of files) {
        // Reading errors name their file themselves; an error of the analysis is named here, so that one
        // bad article among thousands can be found.
        let stage = '';
        try {
          const document: Document =
            file === '-'
              ? await readDocumentStdin(io.stdin, { maxBytes })
              : readDocumentFile(file, { maxBytes });
          // Strict UTF-8, or UTF-16 with its byte-order mark, as ingest reads a text file.
          const { text } = decodePlainText(document);
          stage = `${file}: extraction failed: `;
          const extraction = extract(text, { file: document.name });
          stage = `${file}: `;
          await writeOut(io.stdout, formatExtraction(extraction, text, format));
        } catch (error) {
          failed += 1;
          io.stderr.write(`onrecord extract: ${stage}${errorMessage(error)}\n`);
        }
      }
      if (failed > 0) exit.code = EXIT_SOME_FAILED;
    });
}
