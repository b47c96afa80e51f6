import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../src/acquire/sources/read-sources.js';
import type { SourceItem } from '../../../src/acquire/sources/source-item.js';
import { gzipMember, responseRecord } from '../../../src/acquire/sources/write-warc.js';
import { collect, tempFolder } from './temp-folder.js';

// Illustrative inputs, written for these tests.
const FILES = {
  'in/a.html': '<p>The bridge opens on Monday, the mayor said.</p>',
  'in/b.txt.gz': gzipSync('The bakery on Pier Road will stay open late.'),
  'in/c.jsonl': `${JSON.stringify({ text: 'One line, one article.' })}\nnot json\n`,
  'in/d.warc.gz': Buffer.concat(
    [
      responseRecord({
        url: 'https://example.org/d',
        date: '2026-01-01T00:00:00Z',
        body: '<p>Archived.</p>',
      }),
    ].map(gzipMember),
  ),
  'big.html': `<p>${'w'.repeat(5000)}</p>`,
  'bad.html.gz': 'not gzip at all',
};

const summary = (item: SourceItem): string =>
  item.ok ? `ok ${item.document.origin} ${item.document.name}` : `${item.reason} ${item.name}`;

describe('readSources', () => {
  it('reads every kind of input in argument order, failures in their places', async () => {
    const cwd = tempFolder(FILES);
    const fetched: string[] = [];
    const items = await collect(
      readSources(['in', 'missing.txt', 'https://example.org/live', '-', 'big.html', 'bad.html.gz'], {
        cwd,
        maxBytes: 1000,
        stdin: Readable.from([Buffer.from('Piped '), Buffer.from('text.')]),
        async *fetchUrl(url) {
          fetched.push(url);
          await Promise.resolve();
          yield {
            ok: false,
            name: url,
            origin: 'url',
            key: url,
            reason: 'robots',
            message: `${url}: refused by robots.txt`,
          };
        },
      }),
    );
    expect(items.map(summary)).toEqual([
      'ok file in/a.html',
      'ok file in/b.txt.gz',
      'ok jsonl in/c.jsonl:1',
      'bad-json in/c.jsonl:2',
      expect.stringMatching(/^ok warc in\/d\.warc\.gz#urn:uuid:[0-9a-f-]{36}$/) as string,
      'not-found missing.txt',
      'robots https://example.org/live',
      'ok stdin -',
      'too-large big.html',
      'bad-gzip bad.html.gz',
    ]);
    expect(fetched).toEqual(['https://example.org/live']);
    expect(items[1]).toMatchObject({
      key: pathToFileURL(join(cwd, 'in/b.txt.gz')).href,
      document: { bytes: Buffer.from('The bakery on Pier Road will stay open late.') },
    });
    expect(items[7]).toMatchObject({
      key: expect.stringMatching(/^stdin:sha256:[0-9a-f]{64}$/) as string,
      document: { bytes: Buffer.from('Piped text.') },
    });
  });

  it('refuses URLs when no fetcher is given, and a gzip bomb past the cap', async () => {
    const cwd = tempFolder({ 'bomb.html.gz': gzipSync(Buffer.alloc(2_000_000, 0x20)) });
    const items = await collect(
      readSources(['http://example.org/x', 'bomb.html.gz'], { cwd, maxBytes: 10_000 }),
    );
    expect(items.map(summary)).toEqual(['unsupported http://example.org/x', 'too-large bomb.html.gz']);
  });
});
