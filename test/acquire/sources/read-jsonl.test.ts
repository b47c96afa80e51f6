import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../src/acquire/decode-document.js';
import { readJsonLines } from '../../../src/acquire/sources/read-jsonl.js';
import type { SourceItem } from '../../../src/acquire/sources/source-item.js';
import { UKRAINIAN } from '../cyrillic-texts.js';
import { collect, tempFolder } from './temp-folder.js';

// Illustrative records, written for these tests.
const LINES = [
  JSON.stringify({
    html: `<html><head><meta charset="windows-1251"></head><body><p>${UKRAINIAN}</p></body></html>`,
    url: 'https://news.example.org/budget',
    title: ' Council passes budget ',
    published: '2026-03-04T10:00:00+02:00',
    outlet: 'Example Daily',
    language: 'uk',
    authors: ['Ada Lin', ' '],
  }),
  '',
  JSON.stringify({
    text: 'The ferry will run again in May, the harbour office said.',
    url: 'not a url',
    authors: 'Bo Park',
  }),
  '{"text": "cut off',
  '[1, 2, 3]',
  JSON.stringify({ title: 'No body here', url: 'https://news.example.org/empty' }),
  JSON.stringify({ text: 'Typed wrong.', published: 20260304 }),
  JSON.stringify({ text: 'x'.repeat(3000) }),
  JSON.stringify({ text: 'Last line, after the bad ones.', outlet: null }),
];

const summary = (item: SourceItem): string =>
  item.ok ? `ok ${item.document.name}` : `${item.reason} ${item.name}`;

describe('readJsonLines', () => {
  it('makes a document of each good line and a failure of each bad one, and goes on to the end', async () => {
    const cwd = tempFolder({ 'feed.jsonl': LINES.join('\r\n') + '\n' });
    const items = await collect(readJsonLines('feed.jsonl', false, { cwd, maxBytes: 2000 }));
    expect(items.map(summary)).toEqual([
      'ok feed.jsonl:1',
      'ok feed.jsonl:3',
      'bad-json feed.jsonl:4',
      'bad-record feed.jsonl:5',
      'missing-text feed.jsonl:6',
      'bad-record feed.jsonl:7',
      'too-large feed.jsonl:8',
      'ok feed.jsonl:9',
    ]);
    const fileUrl = pathToFileURL(join(cwd, 'feed.jsonl')).href;
    const [page, text] = items;
    expect(page).toMatchObject({
      ok: true,
      key: 'https://news.example.org/budget',
      document: {
        origin: 'jsonl',
        url: 'https://news.example.org/budget',
        contentType: 'text/html; charset=utf-8',
        hints: {
          format: 'html',
          title: 'Council passes budget',
          published: '2026-03-04T10:00:00+02:00',
          outlet: 'Example Daily',
          language: 'uk',
          authors: ['Ada Lin'],
        },
      },
    });
    expect(text).toMatchObject({
      ok: true,
      key: `${fileUrl}#3`,
      document: { url: null, hints: { format: 'text', authors: ['Bo Park'] } },
    });
    // The page's stale meta declaration is not obeyed: the record's text is UTF-8.
    if (page?.ok !== true) throw new Error('expected a document');
    expect(decodeDocument(page.document).text).toContain(UKRAINIAN);
    expect(items[4]).toMatchObject({ key: 'https://news.example.org/empty', origin: 'jsonl' });
    expect(items[5]).toMatchObject({ message: 'feed.jsonl:7: field "published" is a number, not a string' });
    expect(items[2]).toMatchObject({ key: `${fileUrl}#4` });
  });

  it('reads gzipped files, and a first line after a byte-order mark', async () => {
    const lines = `\uFEFF${JSON.stringify({ text: 'One.' })}\n${JSON.stringify({ text: 'Two.' })}`;
    const cwd = tempFolder({ 'feed.jsonl.gz': gzipSync(lines) });
    const items = await collect(readJsonLines('feed.jsonl.gz', true, { cwd }));
    expect(items.map((item) => item.ok && Buffer.from(item.document.bytes).toString())).toEqual([
      'One.',
      'Two.',
    ]);
  });

  it('refuses an over-long line by its size, without holding it, and goes on', async () => {
    const long = JSON.stringify({ text: 'y'.repeat(200_000) });
    const cwd = tempFolder({ 'feed.jsonl': `${long}\n${JSON.stringify({ text: 'Short.' })}\n` });
    const items = await collect(readJsonLines('feed.jsonl', false, { cwd, maxBytes: 1000 }));
    expect(items.map(summary)).toEqual(['too-large feed.jsonl:1', 'ok feed.jsonl:2']);
    expect(items[0]).toMatchObject({
      message: expect.stringContaining(`a line of ${long.length} bytes`) as string,
    });
  });

  it('ends a truncated gzip file with one failure for the file, after the lines it could read', async () => {
    const lines = Array.from({ length: 400 }, (_, index) =>
      JSON.stringify({ text: `Line ${index} of many.` }),
    );
    const gzip = gzipSync(lines.join('\n'));
    const cwd = tempFolder({ 'feed.jsonl.gz': gzip.subarray(0, gzip.length - 20) });
    const items = await collect(readJsonLines('feed.jsonl.gz', true, { cwd }));
    const last = items.at(-1);
    expect(last).toMatchObject({ ok: false, reason: 'bad-gzip', name: 'feed.jsonl.gz' });
    expect(items.slice(0, -1).every((item) => item.ok)).toBe(true);
  });

  it('reports a missing file as one failure', async () => {
    const cwd = tempFolder();
    expect(await collect(readJsonLines('gone.jsonl', false, { cwd }))).toMatchObject([
      { ok: false, reason: 'not-found', name: 'gone.jsonl' },
    ]);
  });
});
