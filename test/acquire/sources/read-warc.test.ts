import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../src/acquire/decode-document.js';
import { readWarc } from '../../../src/acquire/sources/read-warc.js';
import type { SourceItem } from '../../../src/acquire/sources/source-item.js';
import {
  gzipMember,
  requestRecord,
  responseRecord,
  warcinfoRecord,
  warcRecord,
} from '../../../src/acquire/sources/write-warc.js';
import { page, RUSSIAN } from '../cyrillic-texts.js';
import { encodeLegacy } from '../legacy-encode.js';
import { collect, tempFolder } from './temp-folder.js';

const DATE = '2026-02-03T04:05:06Z';

// Illustrative pages, written for these tests.
const storyHtml = (n: number): string =>
  `<!doctype html><html><head><title>Story ${n}</title></head><body><article><p>The library on Elm Street reopened on day ${n}, the council said.</p></article></body></html>`;

/** An archive as crawlers write them: warcinfo, then request/response pairs, with some records to pass over. */
function archiveRecords(): Uint8Array[] {
  return [
    warcinfoRecord('crawl.warc.gz', DATE),
    requestRecord('https://news.example.org/1', DATE),
    responseRecord({
      url: 'https://news.example.org/1',
      date: DATE,
      body: storyHtml(1),
      recordId: 'urn:uuid:r1',
    }),
    responseRecord({ url: 'https://news.example.org/gone', date: DATE, body: 'Not found', status: 404 }),
    responseRecord({
      url: 'https://news.example.org/logo.png',
      date: DATE,
      body: 'PNG',
      contentType: 'image/png',
    }),
    responseRecord({
      url: 'https://news.example.org/2',
      date: DATE,
      body: gzipSync(storyHtml(2)),
      headers: { 'Content-Encoding': 'gzip' },
      recordId: 'urn:uuid:r2',
    }),
    responseRecord({
      url: 'https://news.example.org/3',
      date: DATE,
      body: chunked(storyHtml(3)),
      headers: { 'Transfer-Encoding': 'chunked' },
      recordId: 'urn:uuid:r3',
    }),
    responseRecord({
      url: 'https://news.example.ru/4',
      date: DATE,
      body: encodeLegacy(page(RUSSIAN), 'windows-1251'),
      contentType: 'text/html; charset=windows-1251',
      recordId: 'urn:uuid:r4',
    }),
    warcRecord(
      {
        'WARC-Type': 'resource',
        'WARC-Record-ID': '<urn:uuid:r5>',
        'WARC-Date': DATE,
        'WARC-Target-URI': 'https://news.example.org/5',
        'Content-Type': 'text/html',
      },
      Buffer.from(storyHtml(5)),
    ),
  ];
}

function chunked(text: string): string {
  const pieces = text.match(/[\s\S]{1,40}/g) ?? [];
  return (
    pieces.map((piece) => `${Buffer.byteLength(piece).toString(16)}\r\n${piece}\r\n`).join('') + '0\r\n\r\n'
  );
}

const summary = (item: SourceItem): string => (item.ok ? `ok ${item.key}` : `${item.reason} ${item.name}`);

async function readArchive(bytes: Uint8Array, name = 'crawl.warc.gz', maxBytes?: number) {
  const cwd = tempFolder({ [name]: bytes });
  const skipped: string[] = [];
  const items = await collect(
    readWarc(name, {
      cwd,
      onSkippedRecord: (_, why) => skipped.push(why),
      ...(maxBytes === undefined ? {} : { maxBytes }),
    }),
  );
  return { items, skipped, cwd };
}

const PAGE_KEYS = [1, 2, 3]
  .map((n) => `ok https://news.example.org/${n}`)
  .concat(['ok https://news.example.ru/4', 'ok https://news.example.org/5']);

describe('readWarc', () => {
  for (const compressed of [true, false]) {
    it(`reads the HTML responses of a ${compressed ? 'gzipped ' : ''}archive and passes over the rest`, async () => {
      const records = archiveRecords();
      const bytes = Buffer.concat(compressed ? records.map(gzipMember) : records);
      const { items, skipped } = await readArchive(bytes, compressed ? 'crawl.warc.gz' : 'crawl.warc');
      expect(items.map(summary)).toEqual(PAGE_KEYS);
      expect(skipped).toEqual(['warcinfo', 'request', 'response 404 text/html', 'response 200 image/png']);
      const first = items[0];
      expect(first).toMatchObject({
        document: {
          origin: 'warc',
          name: `${compressed ? 'crawl.warc.gz' : 'crawl.warc'}#urn:uuid:r1`,
          url: 'https://news.example.org/1',
          contentType: 'text/html; charset=utf-8',
          fetchedAt: DATE,
        },
      });
      const texts = items.map((item) => (item.ok ? decodeDocument(item.document).text : ''));
      expect(texts[0]).toBe(storyHtml(1));
      expect(texts[1]).toBe(storyHtml(2));
      expect(texts[2]).toBe(storyHtml(3));
      expect(texts[3]).toContain(RUSSIAN);
      expect(texts[4]).toBe(storyHtml(5));
    });
  }

  it('refuses a page over the cap, or one that decompresses past it, and goes on', async () => {
    const bomb = gzipSync(Buffer.alloc(3_000_000, 0x20));
    const records = [
      responseRecord({ url: 'https://a.example/big', date: DATE, body: `<p>${'z'.repeat(200_000)}</p>` }),
      responseRecord({
        url: 'https://a.example/bomb',
        date: DATE,
        body: bomb,
        headers: { 'Content-Encoding': 'gzip' },
      }),
      responseRecord({ url: 'https://a.example/ok', date: DATE, body: storyHtml(6) }),
    ];
    const { items } = await readArchive(Buffer.concat(records.map(gzipMember)), 'crawl.warc.gz', 100_000);
    expect(items.map((item) => (item.ok ? `ok ${item.key}` : `${item.reason} ${item.key}`))).toEqual([
      'too-large https://a.example/big',
      'too-large https://a.example/bomb',
      'ok https://a.example/ok',
    ]);
  });

  it('ends a truncated archive with one failure, after the pages before the cut', async () => {
    const records = archiveRecords();
    const plain = Buffer.concat(records);
    const cutPlain = await readArchive(plain.subarray(0, plain.length - 60), 'crawl.warc');
    expect(cutPlain.items.map(summary)).toEqual([...PAGE_KEYS.slice(0, 4), 'truncated crawl.warc']);
    const gzip = Buffer.concat(records.map(gzipMember));
    const cutGzip = await readArchive(gzip.subarray(0, gzip.length - 60));
    expect(cutGzip.items.at(-1)).toMatchObject({ ok: false, reason: 'truncated', name: 'crawl.warc.gz' });
    expect(cutGzip.items.slice(0, -1).map(summary)).toEqual(PAGE_KEYS.slice(0, 4));
  });

  it('ends, rather than spinning, when the file stops inside a record it passes over', async () => {
    // warcio's own skip loops forever here; the reader drains the record instead.
    const info = warcinfoRecord('crawl.warc', DATE);
    const { items } = await readArchive(info.subarray(0, info.length - 30), 'crawl.warc');
    expect(items).toMatchObject([
      { ok: false, reason: 'truncated', message: 'crawl.warc: ends inside record 1 (26 bytes missing)' },
    ]);
  });

  it('refuses what is no WARC at all, and a missing file', async () => {
    const { items, cwd } = await readArchive(
      Buffer.from('<html>This is a web page, not an archive.</html>\n'),
      'x.warc',
    );
    expect(items).toEqual([
      {
        ok: false,
        name: 'x.warc',
        origin: 'warc',
        key: pathToFileURL(join(cwd, 'x.warc')).href,
        reason: 'bad-warc',
        message: 'x.warc: no WARC record at record 1 (offset 0); the rest of the archive is not read',
      },
    ]);
    expect(await collect(readWarc('gone.warc.gz', { cwd }))).toMatchObject([
      { ok: false, reason: 'not-found' },
    ]);
  });
});
