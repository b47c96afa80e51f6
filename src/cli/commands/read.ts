import type { Command } from 'commander';
import { readDocumentFile, readDocumentStdin } from '../../acquire/index.js';
import { createFetcher, type Fetcher } from '../../acquire/fetch/index.js';
import { errorMessage, UsageError } from '../../errors.js';
import { articleBody } from '../../read/article-body.js';
import { readDocument } from '../../read/read-document.js';
import type { Article, Document } from '../../types.js';
import { EXIT_SOME_FAILED, writeOut, type CliIo } from '../io.js';
import type { ExitState } from '../main.js';
import { parseByteSize } from '../options.js';

export const READ_FORMATS = ['jsonl', 'text'] as const;
export type ReadFormat = (typeof READ_FORMATS)[number];

interface ReadCommandOptions {
  readonly format?: string;
  readonly maxBytes: string;
  readonly allowPrivate?: boolean;
}

/** What `--format jsonl` prints for one input: where it came from, and the Article the reader made of it. */
export interface ReadRecord {
  readonly file?: string;
  readonly url?: string;
  readonly meta: Article['meta'];
  readonly text: string;
  readonly blocks: Article['blocks'];
  /** The article body alone (paragraphs, subheadings, lists, quotations, takeaways), as EVAL.md defines it. */
  readonly body: string;
  readonly diagnostics: Article['diagnostics'];
}

const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

export function registerRead(program: Command, io: CliIo, exit: ExitState): void {
  program
    .command('read')
    .description(
      'Print the article the reader makes of each input: a web page (HTML file or http(s) URL) or a ' +
        'plain-text file. jsonl prints one JSON object per input with `file` or `url`, `meta`, `text`, ' +
        '`blocks` (kinds and UTF-16 offsets into `text`), `body` (the article body alone: paragraphs, ' +
        'subheadings, lists, block quotations and key takeaways) and `diagnostics`; text prints only the ' +
        'body. URLs are fetched politely (robots.txt respected, redirects followed) and private or ' +
        'loopback addresses are refused unless --allow-private is given. An input that fails is reported ' +
        'on standard error and the others go on (exit code 1). Use - to read standard input.',
    )
    .argument('<input...>', 'HTML or text files, http(s) URLs, or - for standard input')
    .option(
      '-f, --format <format>',
      `output format: ${READ_FORMATS.join(', ')} (default: text on a terminal, jsonl otherwise)`,
    )
    .option('--max-bytes <size>', 'refuse inputs larger than this (e.g. 5MB)', '5MB')
    .option(
      '--allow-private',
      'fetch URLs on private, loopback and other reserved addresses too (intranet use; refused by default)',
    )
    .action(async (inputs: string[], options: ReadCommandOptions) => {
      const format = parseReadFormat(options.format, io.stdout.isTTY === true);
      const maxBytes = parseByteSize(options.maxBytes);
      let fetcher: Fetcher | undefined;
      let failed = 0;
      let printed = 0;
      for (const input of inputs) {
        try {
          let document: Document;
          if (input === '-') {
            document = await readDocumentStdin(io.stdin, { maxBytes });
          } else if (isUrl(input)) {
            fetcher ??= createFetcher({ allowPrivate: options.allowPrivate === true, maxBytes });
            document = await fetchDocument(fetcher, input);
          } else {
            document = readDocumentFile(input, { maxBytes });
          }
          const article = readDocument(document);
          if (format === 'jsonl') {
            await writeOut(io.stdout, `${JSON.stringify(readRecord(document, article))}\n`);
          } else {
            await writeOut(io.stdout, `${printed > 0 ? '\n' : ''}${articleBody(article)}\n`);
          }
          printed += 1;
        } catch (error) {
          failed += 1;
          io.stderr.write(`onrecord read: ${errorMessage(error)}\n`);
        }
      }
      if (failed > 0) exit.code = EXIT_SOME_FAILED;
    });
}

export function parseReadFormat(value: string | undefined, isTerminal: boolean): ReadFormat {
  if (value === undefined) return isTerminal ? 'text' : 'jsonl';
  const format = READ_FORMATS.find((candidate) => candidate === value);
  if (format === undefined)
    throw new UsageError(`unknown format ${JSON.stringify(value)}: use one of ${READ_FORMATS.join(', ')}`);
  return format;
}

/** A fetched page as a Document: named by the URL given, addressed by the URL its bytes came from. */
async function fetchDocument(fetcher: Fetcher, url: string): Promise<Document> {
  const result = await fetcher.fetch(url);
  return {
    origin: 'url',
    name: url,
    bytes: result.body,
    fetchedAt: result.fetchedAt,
    url: result.finalUrl,
    contentType: result.contentType,
  };
}

export function readRecord(document: Document, article: Article): ReadRecord {
  const where = document.origin === 'url' ? { url: document.url ?? document.name } : { file: document.name };
  return {
    ...where,
    meta: article.meta,
    text: article.text,
    blocks: article.blocks,
    body: articleBody(article),
    diagnostics: article.diagnostics,
  };
}
