import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** One HTTP response to archive: a page as a crawler would have received it. */
export interface ArchivedResponse {
  readonly url: string;
  /** ISO timestamp of the capture (WARC-Date). */
  readonly date: string;
  readonly body: Uint8Array | string;
  /** The HTTP Content-Type; `text/html; charset=utf-8` when not given. */
  readonly contentType?: string;
  readonly status?: number;
  /** Further HTTP headers, e.g. Content-Encoding for a body given already encoded. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The WARC-Record-ID without angle brackets; a fresh `urn:uuid:` when not given. */
  readonly recordId?: string;
}

const CRLF = '\r\n';

/**
 * One WARC/1.0 record, uncompressed: the header block, a blank line, the content block and the two line
 * breaks that end every record. Written by hand (the format is a few lines of text), which lets the
 * benchmark archive be generated quickly and tests build exact, also deliberately broken, archives.
 */
export function warcRecord(headers: Readonly<Record<string, string>>, block: Uint8Array): Uint8Array {
  const lines = ['WARC/1.0', ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  lines.push(`Content-Length: ${block.length}`);
  return Buffer.concat([
    Buffer.from(lines.join(CRLF) + CRLF + CRLF, 'utf8'),
    block,
    Buffer.from(CRLF + CRLF),
  ]);
}

/** A `response` record holding an HTTP response with the page as its payload. */
export function responseRecord(response: ArchivedResponse): Uint8Array {
  const body = typeof response.body === 'string' ? Buffer.from(response.body, 'utf8') : response.body;
  const status = response.status ?? 200;
  const httpHeaders: Record<string, string> = {
    'Content-Type': response.contentType ?? 'text/html; charset=utf-8',
    'Content-Length': String(body.length),
    ...response.headers,
  };
  const head =
    [
      `HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Status'}`,
      ...Object.entries(httpHeaders).map(([k, v]) => `${k}: ${v}`),
    ].join(CRLF) +
    CRLF +
    CRLF;
  return warcRecord(
    {
      'WARC-Type': 'response',
      'WARC-Record-ID': `<${response.recordId ?? `urn:uuid:${randomUUID()}`}>`,
      'WARC-Date': response.date,
      'WARC-Target-URI': response.url,
      'Content-Type': 'application/http; msgtype=response',
    },
    Buffer.concat([Buffer.from(head, 'latin1'), body]),
  );
}

/** A `request` record for a GET of the URL, as crawlers write before each response. */
export function requestRecord(url: string, date: string, recordId = `urn:uuid:${randomUUID()}`): Uint8Array {
  const { host, pathname, search } = new URL(url);
  const block = `GET ${pathname}${search} HTTP/1.1${CRLF}Host: ${host}${CRLF}User-Agent: onrecord-bench${CRLF}${CRLF}`;
  return warcRecord(
    {
      'WARC-Type': 'request',
      'WARC-Record-ID': `<${recordId}>`,
      'WARC-Date': date,
      'WARC-Target-URI': url,
      'Content-Type': 'application/http; msgtype=request',
    },
    Buffer.from(block, 'latin1'),
  );
}

/** The `warcinfo` record that opens an archive. */
export function warcinfoRecord(
  filename: string,
  date: string,
  recordId = `urn:uuid:${randomUUID()}`,
): Uint8Array {
  return warcRecord(
    {
      'WARC-Type': 'warcinfo',
      'WARC-Record-ID': `<${recordId}>`,
      'WARC-Date': date,
      'WARC-Filename': filename,
      'Content-Type': 'application/warc-fields',
    },
    Buffer.from(`software: onrecord make-warc${CRLF}format: WARC File Format 1.0${CRLF}`, 'utf8'),
  );
}

/** A record as its own gzip member, the way WARC.gz files are written, so that readers can seek to it. */
export const gzipMember = (record: Uint8Array): Uint8Array => gzipSync(record);
