import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { SourceItem } from '../../src/acquire/sources/source-item.js';
import { ingestDocuments } from '../../src/ingest/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import { EDITED_COPY, OTHER_STORY, WIRE_STORY } from './wire-story.js';

function textItem(key: string, text: string): SourceItem {
  return {
    ok: true,
    key,
    document: {
      origin: 'url',
      name: key,
      bytes: new TextEncoder().encode(text),
      fetchedAt: '2026-11-29T10:00:00.000Z',
      url: key,
      contentType: 'text/plain; charset=utf-8',
    },
  };
}

function sink(): { stream: NodeJS.WritableStream; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

const options = (stderr: NodeJS.WritableStream) => ({ stderr, command: 'test', threads: 0 });

describe('ingestDocuments', () => {
  it('stores documents, keeps failures with their reasons, and goes on', async () => {
    const store = openSqliteStore(':memory:');
    const errors = sink();
    const items: SourceItem[] = [
      textItem('https://one.example/wire', WIRE_STORY),
      {
        ok: false,
        name: 'feed.jsonl:2',
        origin: 'jsonl',
        key: 'file:///feed.jsonl#2',
        reason: 'bad-json',
        message: 'feed.jsonl:2: not JSON',
      },
      textItem('https://two.example/empty', '   \n'),
      textItem('https://two.example/other', OTHER_STORY),
    ];
    const tally = await ingestDocuments(store, items, options(errors.stream));
    expect(tally).toMatchObject({ added: 2, failed: 2, failedBy: { 'bad-json': 1, empty: 1 } });
    expect(errors.text()).toContain('feed.jsonl:2: not JSON');
    const failures = await store.listFailures();
    expect(failures.map((failure) => [failure.key, failure.reason]).sort()).toEqual([
      ['file:///feed.jsonl#2', 'bad-json'],
      ['https://two.example/empty', 'empty'],
    ]);
    // The original bytes are kept as they came.
    const [first] = await store.listArticles();
    const original = await store.readDocument(first!.id);
    expect(new TextDecoder().decode(original!.bytes)).toBe(WIRE_STORY);
    // A document that later succeeds leaves the failure list.
    await ingestDocuments(
      store,
      [textItem('https://two.example/empty', OTHER_STORY.replace('Thursday', 'Friday'))],
      options(errors.stream),
    );
    expect((await store.listFailures()).map((failure) => failure.key)).toEqual(['file:///feed.jsonl#2']);
    await store.close();
  });

  it('skips what is stored byte for byte, and the same text under another address', async () => {
    const store = openSqliteStore(':memory:');
    const errors = sink();
    await ingestDocuments(store, [textItem('https://one.example/wire', WIRE_STORY)], options(errors.stream));
    const again = await ingestDocuments(
      store,
      [
        textItem('https://one.example/wire', WIRE_STORY),
        textItem('https://one.example/wire?utm=x', WIRE_STORY),
      ],
      options(errors.stream),
    );
    expect(again).toMatchObject({ added: 0, unchanged: 1, duplicate: 1, failed: 0 });
    expect(await store.listArticles()).toHaveLength(1);
    await store.close();
  });

  it('links a syndicated copy to the story it copies, and not a different story', async () => {
    const store = openSqliteStore(':memory:');
    const errors = sink();
    const tally = await ingestDocuments(
      store,
      [
        textItem('https://wire.example/pilots', WIRE_STORY),
        textItem('https://other.example/pilots', OTHER_STORY),
        textItem('https://paper.example/vestra-pilots', EDITED_COPY),
      ],
      options(errors.stream),
    );
    expect(tally).toMatchObject({ added: 3, copies: 1 });
    const articles = await store.listArticles();
    const byKey = new Map(articles.map((article) => [article.key, article]));
    expect(byKey.get('https://paper.example/vestra-pilots')!.copyOf).toBe(
      byKey.get('https://wire.example/pilots')!.id,
    );
    expect(byKey.get('https://other.example/pilots')!.copyOf).toBeNull();
    // The quotation both carry is one statement with two reports, but only one independent report.
    const quoted = (await store.listStatements()).find((statement) =>
      statement.reports.some((report) =>
        report.attribution.content.some((part) => part.text.includes('river pilots')),
      ),
    );
    expect(quoted).toMatchObject({ independentReports: 1 });
    expect(quoted!.reports).toHaveLength(2);
    await store.close();
  });

  it('stops taking documents when asked, and finishes those already read', async () => {
    const store = openSqliteStore(':memory:');
    const errors = sink();
    let taken = 0;
    async function* items(): AsyncIterable<SourceItem> {
      for (const [index, text] of [WIRE_STORY, OTHER_STORY, EDITED_COPY].entries()) {
        taken += 1;
        yield await Promise.resolve(textItem(`https://site.example/${index}`, text));
      }
    }
    const tally = await ingestDocuments(store, items(), {
      ...options(errors.stream),
      shouldStop: () => taken >= 2,
    });
    expect(taken).toBe(2);
    expect(tally.added).toBe(2);
    await store.close();
  });
});
