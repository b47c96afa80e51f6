/**
 * `onrecord read`: files and URLs (from a server on 127.0.0.1 that the test starts) read into Articles,
 * printed as JSON Lines or as the body alone; failures reported while the other inputs go on. Page text is
 * original and illustrative.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadRecord } from '../../src/cli/commands/read.js';
import { startServer, type LocalServer } from '../acquire/fetch/local-server.js';
import { runCli } from '../helpers/capture-cli.js';

const PAGE = `<!doctype html><html lang="en"><head><title>Ferry fares to rise - Coast Herald</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry fares to rise</h1>
<p>Ferry fares on the island routes will rise by six per cent in March, the operator announced on Monday.</p>
<p>"Fuel has cost us more every quarter this year, and we cannot hold prices any longer," said Martha Lund, the operator's chief executive.</p>
<div class="share-bar"><a href="#">Share on Facebook</a></div>
</article><footer>Contact us</footer></body></html>`;

const folder = mkdtempSync(join(tmpdir(), 'onrecord-read-'));
const at = (name: string): string => join(folder, name);
writeFileSync(at('page.html'), PAGE);
writeFileSync(at('story.txt'), 'Harbour news\n\n"The pier is safe," Mayor Lena Brandt said.\n');
writeFileSync(at('binary.html'), Buffer.from([0x3c, 0x00, 0x3e, 0x00]));

let server: LocalServer;

beforeAll(async () => {
  server = await startServer((request, response) => {
    if (request.url === '/news/ferry-fares') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(PAGE);
    } else if (request.url === '/old-address') {
      response.writeHead(301, { location: '/news/ferry-fares' });
      response.end();
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
});

afterAll(async () => {
  await server.close();
});

const records = (stdout: string): ReadRecord[] =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as ReadRecord);

describe('onrecord read', () => {
  it('prints one JSON object per input with meta, text, blocks and body; bad inputs go to stderr', async () => {
    const run = await runCli([
      'read',
      at('page.html'),
      at('missing.html'),
      at('binary.html'),
      at('story.txt'),
    ]);
    expect(run.code).toBe(1);
    const [page, story] = records(run.stdout);
    expect(page!.file).toBe(at('page.html'));
    expect(page!.meta.title).toBe('Ferry fares to rise');
    expect(page!.meta.language).toBe('en');
    expect(page!.body).toBe(
      'Ferry fares on the island routes will rise by six per cent in March, the operator announced on Monday.\n\n' +
        '"Fuel has cost us more every quarter this year, and we cannot hold prices any longer," said Martha Lund, the operator\'s chief executive.',
    );
    for (const block of page!.blocks) expect(block.end).toBeLessThanOrEqual(page!.text.length);
    expect(page!.text.slice(page!.blocks[0]!.start, page!.blocks[0]!.end)).toBe('Ferry fares to rise');
    expect(story!.file).toBe(at('story.txt'));
    expect(story!.body).toContain('The pier is safe');
    const errors = run.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toBe(`onrecord read: ${at('missing.html')}: cannot read: no such file`);
    expect(errors[1]).toMatch(/^onrecord read: .*binary\.html: /);
  });

  it('--format text prints the bodies only; text is the default on a terminal', async () => {
    const run = await runCli(['read', '--format', 'text', at('page.html')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Ferry fares on the island routes/);
    expect(run.stdout).not.toContain('Share on Facebook');
    expect(run.stdout).not.toContain('Ferry fares to rise\n');
    const tty = await runCli(['read', at('page.html')], { tty: true });
    expect(tty.stdout).toBe(run.stdout);
  });

  it('fetches a URL, following redirects, when --allow-private opens the loopback address', async () => {
    const url = `${server.origin}/old-address`;
    const run = await runCli(['read', '--allow-private', url]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [record] = records(run.stdout);
    expect(record!.url).toBe(`${server.origin}/news/ferry-fares`);
    expect(record!.file).toBeUndefined();
    expect(record!.meta.url).toBe(`${server.origin}/news/ferry-fares`);
    expect(record!.body).toContain('Martha Lund');
  });

  it('refuses a loopback URL without --allow-private, and reports a failing status', async () => {
    const run = await runCli(['read', `${server.origin}/news/ferry-fares`, at('page.html')]);
    expect(run.code).toBe(1);
    expect(records(run.stdout).map((record) => record.file)).toEqual([at('page.html')]);
    expect(run.stderr).toContain(`onrecord read: ${server.origin}/news/ferry-fares`);
    const missing = await runCli(['read', '--allow-private', `${server.origin}/gone`]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/status 404/);
  });

  it('rejects an unknown format as a usage error', async () => {
    const run = await runCli(['read', '--format', 'xml', at('page.html')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown format "xml"');
  });

  it('describes itself truthfully in --help', async () => {
    const run = await runCli(['read', '--help']);
    expect(run.code).toBe(0);
    for (const option of ['--format', '--allow-private', '--max-bytes', 'jsonl', 'body']) {
      expect(run.stdout).toContain(option);
    }
  });
});
