import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHttpPayload, PayloadError } from '../../../src/acquire/sources/http-payload.js';
import { documentFromJsonLine } from '../../../src/acquire/sources/jsonl-record.js';
import { readJsonLines } from '../../../src/acquire/sources/read-jsonl.js';
import { readWarc } from '../../../src/acquire/sources/read-warc.js';
import type { SourceItem } from '../../../src/acquire/sources/source-item.js';
import {
  gzipMember,
  requestRecord,
  responseRecord,
  warcinfoRecord,
} from '../../../src/acquire/sources/write-warc.js';
import { collect, tempFolder } from './temp-folder.js';

const DATE = '2026-02-03T04:05:06Z';

/** Every item is a document with bytes or a failure with a reason and a message naming the input. */
function wellFormed(item: SourceItem): void {
  if (item.ok) {
    expect(item.document.bytes).toBeInstanceOf(Uint8Array);
    expect(item.key).not.toBe('');
  } else {
    expect(item.reason).toMatch(/^[a-z-]+$/);
    expect(item.message.startsWith(`${item.name}: `)).toBe(true);
  }
}

// Illustrative pages, varied in size and coding, as a real archive to truncate and mutate.
function realArchive(): Buffer[] {
  const records = [warcinfoRecord('fuzz.warc.gz', DATE)];
  for (let n = 0; n < 6; n += 1) {
    const url = `https://fuzz.example/${n}`;
    const html = `<html><body>${`<p>Paragraph ${n} about the harbour's new timetable.</p>`.repeat(20 + n * 15)}</body></html>`;
    records.push(requestRecord(url, DATE));
    records.push(
      n % 2 === 0
        ? responseRecord({ url, date: DATE, body: html })
        : responseRecord({ url, date: DATE, body: gzipSync(html), headers: { 'Content-Encoding': 'gzip' } }),
    );
  }
  return records.map((record) => Buffer.from(record));
}

/** Reads a WARC and checks the invariants: items well formed, at most one archive failure, and it comes last. */
async function readsCleanly(folder: string, name: string, bytes: Uint8Array): Promise<void> {
  writeFileSync(join(folder, name), bytes);
  const items = await collect(readWarc(name, { cwd: folder, maxBytes: 50_000 }));
  items.forEach(wellFormed);
  const archiveFailures = items.filter((item) => !item.ok && item.name === name);
  expect(archiveFailures.length).toBeLessThanOrEqual(1);
  if (archiveFailures.length === 1) expect(items.at(-1)).toBe(archiveFailures[0]);
}

describe('JSON Lines reader under fuzzing', () => {
  it('turns any line into a document or a failure, never an exception', () => {
    const field = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.object(),
    );
    const record = fc.record(
      {
        text: field,
        html: field,
        url: field,
        title: field,
        published: field,
        authors: field,
        language: field,
      },
      { requiredKeys: [] },
    );
    const line = fc.oneof(
      fc.string(),
      fc.json(),
      record.map((value) => JSON.stringify(value)),
    );
    fc.assert(
      fc.property(line, (text) => {
        const item = documentFromJsonLine(text, {
          name: 'f.jsonl:1',
          fileKey: 'file:///f.jsonl#1',
          maxBytes: 1000,
          fetchedAt: DATE,
        });
        wellFormed(item);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads arbitrary and truncated gzip files to a clean end', { timeout: 20_000 }, async () => {
    const folder = tempFolder();
    const lines = Array.from({ length: 200 }, (_, n) =>
      JSON.stringify({ text: `Line ${n}.`, url: `https://x.example/${n}` }),
    );
    const gzip = gzipSync(lines.join('\n'));
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2000 }),
        fc.nat({ max: gzip.length }),
        async (random, cut) => {
          writeFileSync(join(folder, 'random.jsonl'), random);
          (await collect(readJsonLines('random.jsonl', false, { cwd: folder }))).forEach(wellFormed);
          writeFileSync(join(folder, 'cut.jsonl.gz'), gzip.subarray(0, cut));
          (await collect(readJsonLines('cut.jsonl.gz', true, { cwd: folder }))).forEach(wellFormed);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('WARC reader under fuzzing', () => {
  const records = realArchive();
  const plain = Buffer.concat(records);
  const gzip = Buffer.concat(records.map(gzipMember));

  it('ends truncated archives with one clear failure', { timeout: 30_000 }, async () => {
    const folder = tempFolder();
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: plain.length }),
        fc.nat({ max: gzip.length }),
        async (plainCut, gzipCut) => {
          await readsCleanly(folder, 'cut.warc', plain.subarray(0, plainCut));
          await readsCleanly(folder, 'cut.warc.gz', gzip.subarray(0, gzipCut));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('survives mutated bytes in plain and gzipped archives', { timeout: 30_000 }, async () => {
    const folder = tempFolder();
    const mutation = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 12,
    });
    await fc.assert(
      fc.asyncProperty(mutation, fc.boolean(), async (changes, compressed) => {
        const bytes = Buffer.from(compressed ? gzip : plain);
        for (const [at, value] of changes) bytes[at % bytes.length] = value;
        await readsCleanly(folder, compressed ? 'mutated.warc.gz' : 'mutated.warc', bytes);
      }),
      { numRuns: 80 },
    );
  });

  it('decodes or refuses any archived body under any coding', () => {
    const coding = fc.constantFrom(null, 'gzip', 'x-gzip', 'deflate', 'br', 'compress', 'identity');
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 500 }),
        fc.constantFrom(null, 'chunked'),
        coding,
        (raw, transfer, content) => {
          try {
            const bytes = decodeHttpPayload(
              raw,
              { transferEncoding: transfer, contentEncoding: content },
              10_000,
            );
            expect(bytes.length).toBeLessThanOrEqual(10_000);
          } catch (error) {
            expect(error).toBeInstanceOf(PayloadError);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
