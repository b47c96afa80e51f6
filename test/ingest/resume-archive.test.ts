/**
 * An interrupted ingest of an archive, run again, continues without redoing or losing work: the documents
 * stored before the stop are skipped by their bytes (never decoded again), the rest are added.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { readSources } from '../../src/acquire/sources/index.js';
import { emptyStats, ingestDocuments } from '../../src/ingest/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import { writeCrawl } from '../../scripts/make-warc.js';

const folder = mkdtempSync(join(tmpdir(), 'onrecord-resume-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

const quiet = new Writable({
  write(_chunk, _encoding, done) {
    done();
  },
});

describe('an interrupted archive ingest', () => {
  it('continues where it stopped, without reading again what was stored', async () => {
    const archive = join(folder, 'crawl.warc.gz');
    await writeCrawl(archive, 24, 7);
    const db = join(folder, 'resume.db');

    let store = openSqliteStore(db);
    let seen = 0;
    const first = await ingestDocuments(
      store,
      (async function* () {
        for await (const item of readSources([archive])) {
          seen += 1;
          yield item;
        }
      })(),
      { stderr: quiet, command: 'test', threads: 0, shouldStop: () => seen >= 10 },
    );
    await store.close();
    expect(first.failed).toBe(0);
    const storedFirst = first.added + first.duplicate;
    expect(storedFirst).toBe(10);

    store = openSqliteStore(db);
    const stats = emptyStats();
    const second = await ingestDocuments(store, readSources([archive]), {
      stderr: quiet,
      command: 'test',
      threads: 0,
      stats,
    });
    expect(second.unchanged).toBe(first.added);
    expect(second.added + second.duplicate + second.unchanged).toBe(24);
    expect(second.failed).toBe(0);
    const articles = (await store.listArticles()).length;
    expect(articles).toBe(first.added + second.added);
    await store.close();
  });
});
