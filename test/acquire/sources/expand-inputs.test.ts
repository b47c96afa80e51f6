import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ExpandedInput, expandInputs } from '../../../src/acquire/sources/expand-inputs.js';
import { collect, tempFolder } from './temp-folder.js';

const summary = (input: ExpandedInput): string => {
  switch (input.kind) {
    case 'file':
      return `${input.container}${input.gzip ? '+gzip' : ''} ${input.path}`;
    case 'failure':
      return `${input.failure.reason} ${input.failure.name}`;
    case 'url':
      return `url ${input.url}`;
    case 'stdin':
      return 'stdin';
  }
};

const FILES = {
  'news/b.html': '<p>b</p>',
  'news/a.txt': 'a',
  'news/2026/c.htm': '<p>c</p>',
  'news/2026/d.xhtml': '<p>d</p>',
  'news/2026/e.html.gz': 'not really gzip',
  'news/feed.jsonl': '{}',
  'news/more.ndjson.gz': '',
  'news/crawl.warc.gz': '',
  'news/crawl.warc': '',
  'news/.drafts/hidden.html': '<p>hidden</p>',
  'news/.hidden.html': '<p>hidden</p>',
  'news/logo.png': 'png',
  'news/readme.md': '# read me',
  article: 'An article without extension.',
};

describe('expandInputs', () => {
  it('walks folders in name order, skipping hidden entries and files of other kinds', async () => {
    const cwd = tempFolder(FILES);
    const inputs = await collect(expandInputs(['news'], { cwd }));
    expect(inputs.map(summary)).toEqual([
      'document news/2026/c.htm',
      'document news/2026/d.xhtml',
      'document+gzip news/2026/e.html.gz',
      'document news/a.txt',
      'document news/b.html',
      'warc news/crawl.warc',
      'warc news/crawl.warc.gz',
      'jsonl news/feed.jsonl',
      'jsonl+gzip news/more.ndjson.gz',
    ]);
  });

  it('expands quoted patterns, and reads a named file of any extension as one document', async () => {
    const cwd = tempFolder(FILES);
    const inputs = await collect(expandInputs(['news/**/*.html', 'article', 'news/readme.md'], { cwd }));
    expect(inputs.map(summary)).toEqual([
      'document news/b.html',
      'document article',
      'document news/readme.md',
    ]);
  });

  it('gives standard input, URLs and missing paths their own items, in argument order', async () => {
    const cwd = tempFolder(FILES);
    const inputs = await collect(
      expandInputs(['-', 'https://example.org/story', 'nowhere.html', 'news/*.nothing', 'article'], { cwd }),
    );
    expect(inputs.map(summary)).toEqual([
      'stdin',
      'url https://example.org/story',
      'not-found nowhere.html',
      'not-found news/*.nothing',
      'document article',
    ]);
    const missing = inputs[2];
    expect(missing?.kind === 'failure' && missing.failure).toMatchObject({
      origin: 'file',
      key: pathToFileURL(join(cwd, 'nowhere.html')).href,
      message: 'nowhere.html: no such file or folder',
    });
  });

  it('names the files of an absolute pattern absolutely', async () => {
    const cwd = tempFolder(FILES);
    const inputs = await collect(expandInputs([join(cwd, 'news/2026/*.htm')], { cwd: '/' }));
    expect(inputs.map(summary)).toEqual([`document ${join(cwd, 'news/2026/c.htm')}`]);
  });

  it('reads a file reached twice once', async () => {
    const cwd = tempFolder(FILES);
    const inputs = await collect(
      expandInputs(['news/b.html', './news/b.html', 'news/*.html', 'news'], { cwd }),
    );
    expect(inputs.filter((input) => input.kind === 'file' && input.path.endsWith('b.html'))).toHaveLength(1);
  });
});
