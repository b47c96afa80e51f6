import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { type WARCRecord, WARCParser } from 'warcio';
import { mimeEssence } from '../charset/charset-parameter.js';
import { DEFAULT_MAX_BYTES } from '../limits.js';
import { PayloadError, decodeHttpPayload } from './http-payload.js';
import { openFileStream } from './open-file-stream.js';
import type { SourceItem } from './source-item.js';
import { fileKey, isHttpUrl, sourceFailure } from './source-failure.js';
import type { SourceOptions } from './source-options.js';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** Room for HTTP headers beside a page in a record, before the size cap refuses it unread. */
const HEADER_ALLOWANCE = 64 * 1024;

/**
 * The web pages of a WARC file (plain or gzip, told by its first bytes, not its name): each `response`
 * record with a 2xx HTTP status and an HTML Content-Type (and each HTML `resource` record) becomes a
 * document keyed by its target URI. Other records are passed over (and told to `onSkippedRecord`). The
 * archive is streamed: one record in memory at a time. A page over the cap or with a broken body is a
 * failure item and the archive goes on; a truncated or corrupt archive yields one failure and ends.
 */
export async function* readWarc(
  path: string,
  options: Pick<SourceOptions, 'maxBytes' | 'cwd' | 'onSkippedRecord'> = {},
): AsyncGenerator<SourceItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const absolute = resolve(options.cwd ?? '.', path);
  const archiveFailure = (reason: string, message: string): SourceItem =>
    sourceFailure(path, 'warc', fileKey(absolute), reason, message);
  const skip = (why: string): void => options.onSkippedRecord?.(path, why);
  let records = 0;
  try {
    const gzip = await startsWithGzipMagic(absolute);
    const parser = new WARCParser(openFileStream(absolute, gzip));
    for await (const record of parser) {
      records += 1;
      const problem = recordProblem(record);
      if (problem !== null) {
        yield archiveFailure(
          'bad-warc',
          `${problem} at record ${records} (offset ${parser.offset}); the rest of the archive is not read`,
        );
        return;
      }
      // Held before reading: warcio swaps the record's reader once the payload is read.
      const contentReader = record.reader as { limit?: number };
      const item = await pageFromRecord(record, path, absolute, maxBytes, skip);
      if (typeof contentReader.limit === 'number' && contentReader.limit > 0) {
        yield archiveFailure(
          'truncated',
          `ends inside record ${records} (${contentReader.limit} bytes missing)`,
        );
        return;
      }
      if (item !== null) yield item;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') yield archiveFailure('not-found', 'no such file');
    else if (code?.startsWith('Z_') === true)
      yield archiveFailure(
        'truncated',
        `is a broken or truncated gzip file after record ${records} (${(error as Error).message})`,
      );
    else
      yield archiveFailure(
        'bad-warc',
        `cannot be read after record ${records} (${(error as Error).message})`,
      );
  }
}

/** What makes a parsed record no WARC record at all (warcio takes any text for headers), or null. */
function recordProblem(record: WARCRecord): string | null {
  if (!/^WARC\/\d/.test(record.warcHeaders.statusline)) return 'no WARC record';
  if (!record.warcHeader('WARC-Type')) return 'a record without WARC-Type';
  const length = record.warcHeader('Content-Length');
  if (length == null || !/^\d+$/.test(length.trim())) return 'a record without a valid Content-Length';
  return null;
}

/** The document a record holds, a failure for a page that cannot be had, or null for a record passed over. */
async function pageFromRecord(
  record: WARCRecord,
  path: string,
  absolute: string,
  maxBytes: number,
  skip: (why: string) => void,
): Promise<SourceItem | null> {
  const type = record.warcType;
  const http = record.httpHeaders;
  const contentType =
    type === 'response' ? (http?.headers.get('content-type') ?? null) : (record.warcContentType ?? null);
  const status = Number(http?.statusCode);
  const isPage =
    (type === 'response' && http != null && status >= 200 && status < 300) ||
    (type === 'resource' && http == null);
  if (!isPage || !HTML_TYPES.has(mimeEssence(contentType) ?? '')) {
    await drain(record);
    skip(
      type === 'response'
        ? `response ${String(http?.statusCode ?? '?')} ${mimeEssence(contentType) ?? 'untyped'}`
        : type,
    );
    return null;
  }
  const recordId = (record.warcHeader('WARC-Record-ID') ?? '').replace(/^<|>$/g, '');
  const name = `${path}#${recordId || `record-at-${record.warcDate ?? ''}`}`;
  // WARC 1.1 as first published wrote the URI in angle brackets; some crawlers still do.
  const target = (record.warcTargetURI ?? '').trim().replace(/^<(.*)>$/, '$1');
  const key = isHttpUrl(target) ? target : fileKey(absolute, recordId || undefined);
  const fail = (reason: string, message: string): SourceItem =>
    sourceFailure(name, 'warc', key, reason, message);
  if (record.warcContentLength > maxBytes + HEADER_ALLOWANCE) {
    await drain(record);
    return fail(
      'too-large',
      `is a record of ${record.warcContentLength} bytes, over the size cap of ${maxBytes} (--max-bytes)`,
    );
  }
  let bytes: Uint8Array;
  try {
    const raw = await record.readFully(false);
    bytes =
      http == null
        ? raw
        : decodeHttpPayload(
            raw,
            {
              transferEncoding: http.headers.get('transfer-encoding') ?? null,
              contentEncoding: http.headers.get('content-encoding') ?? null,
            },
            maxBytes,
          );
  } catch (error) {
    if (error instanceof PayloadError) return fail(error.reason, error.message);
    throw error;
  }
  return {
    ok: true,
    key,
    document: {
      origin: 'warc',
      name,
      bytes,
      fetchedAt: warcDate(record.warcDate),
      url: isHttpUrl(target) ? target : null,
      contentType,
    },
  };
}

/**
 * Reads past a record's content without keeping it. warcio's own `skipFully` loops forever when the file
 * ends inside the record (it asks for the missing bytes again and again), so the raw reader is drained
 * here to its end, and the record marked skipped so that the parser does not try again.
 */
async function drain(record: WARCRecord): Promise<number> {
  let drained = 0;
  for await (const chunk of record.reader) drained += chunk.length;
  record.consumed = 'skipped';
  return drained;
}

/** The capture time as the archive gives it (ISO 8601 by the WARC standard); the read time when the record's date is missing or unreadable. */
function warcDate(value: string | null | undefined): string {
  const time = value == null ? Number.NaN : Date.parse(value);
  return Number.isNaN(time) ? new Date().toISOString() : value!;
}

async function startsWithGzipMagic(path: string): Promise<boolean> {
  const file = await fs.open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await file.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await file.close();
  }
}
