import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crawlRecords, generatePage, seededRandom, writeCrawl } from '../../../scripts/make-warc.js';
import { decodeDocument } from '../../../src/acquire/decode-document.js';
import { readWarc } from '../../../src/acquire/sources/read-warc.js';
import { collect, tempFolder } from './temp-folder.js';

describe('make-warc', () => {
  it('writes an archive whose pages the WARC reader reads back, the same for the same seed', async () => {
    const folder = tempFolder({ 'first/.keep': '', 'second/.keep': '' });
    const path = join(folder, 'first', 'crawl.warc.gz');
    await writeCrawl(path, 60, 7);
    const skipped: string[] = [];
    const items = await collect(readWarc(path, { onSkippedRecord: (_, why) => skipped.push(why) }));
    expect(items).toHaveLength(60);
    expect(skipped.filter((why) => why === 'request')).toHaveLength(60);
    expect(skipped).toContain('response 404 text/html');
    for (const item of items) {
      if (!item.ok) throw new Error(item.message);
      expect(item.document.bytes.length).toBeGreaterThan(4 * 1024);
      expect(item.document.bytes.length).toBeLessThan(20 * 1024);
      expect(decodeDocument(item.document).format).toBe('html');
    }
    expect(new Set(items.map((item) => item.key)).size).toBe(60);
    const again = join(folder, 'second', 'crawl.warc.gz');
    await writeCrawl(again, 60, 7);
    expect(readFileSync(again).equals(readFileSync(path))).toBe(true);
    expect([...crawlRecords(2, 8, 'x')].length).toBe(5);
  });

  it('makes Cyrillic pages in legacy encodings that decode to Cyrillic text', () => {
    const random = seededRandom(11);
    const legacy = Array.from({ length: 400 }, (_, index) => generatePage(random, index)).filter(
      (page) => !page.contentType.includes('utf-8'),
    );
    expect(legacy.length).toBeGreaterThan(3);
    for (const page of legacy) {
      const decoded = decodeDocument({
        origin: 'warc',
        name: page.url,
        bytes: page.body,
        fetchedAt: page.date,
        contentType: page.contentType,
      });
      expect(decoded.charset).not.toBe('utf-8');
      expect(decoded.text).toMatch(/(Новини міста|Новости города)/);
      expect(decoded.text).not.toMatch(/[ЂЃ]|\uFFFD/);
    }
  });
});
