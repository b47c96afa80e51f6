import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePort, serveUntilStopped, writeTokenOf } from '../../src/cli/commands/serve.js';
import { CONTENT_SECURITY_POLICY } from '../../src/serve/security-headers.js';
import { openSqliteStore, type Store } from '../../src/store/index.js';
import { runCli } from '../helpers/capture-cli.js';
import { harbourArticle } from '../store/fixtures.js';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'onrecord-serve-'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('onrecord serve options', () => {
  it('takes a port from 0 to 65535', () => {
    expect(parsePort('4319')).toBe(4319);
    expect(parsePort('0')).toBe(0);
    for (const bad of ['-1', '65536', 'http', '80.5', ''])
      expect(() => parsePort(bad), bad).toThrow(/--port needs a port number/);
  });

  it('takes the token from --token, else ONRECORD_TOKEN, and refuses a short one', () => {
    expect(writeTokenOf(undefined, {})).toBeNull();
    expect(writeTokenOf(undefined, { ONRECORD_TOKEN: '' })).toBeNull();
    expect(writeTokenOf(undefined, { ONRECORD_TOKEN: 'from-the-environment-1' })).toBe(
      'from-the-environment-1',
    );
    expect(writeTokenOf('from-the-option-12345', { ONRECORD_TOKEN: 'from-the-environment-1' })).toBe(
      'from-the-option-12345',
    );
    expect(() => writeTokenOf('short', {})).toThrow(/at least 16 printable characters/);
    expect(() => writeTokenOf('has a space in it, sadly', {})).toThrow(/without spaces/);
  });

  it('refuses a bad port or a missing database with a usage error, before serving', async () => {
    const port = await runCli(['serve', '--db', join(root, 'x.db'), '--port', 'eighty']);
    expect(port.code).toBe(2);
    expect(port.stderr).toMatch(/--port needs a port number from 0 to 65535, not "eighty"/);
    const missing = await runCli(['serve', '--db', join(root, 'missing.db'), '--port', '0']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such database file/);
    expect(missing.stdout).toBe('');
  });
});

describe('serving', () => {
  // serveUntilStopped imports the server on first use (no command loads it at start-up any more), which
  // under vitest's transform can take longer than a poll's default second.
  const started = { timeout: 15_000 };
  let store: Store;
  beforeAll(async () => {
    store = openSqliteStore(':memory:');
    await store.ingest(harbourArticle());
  });
  afterAll(async () => {
    await store.close();
  });

  it('prints its address, answers over HTTP with the security headers, and stops on a signal', async () => {
    const stdout = new Capture();
    const stderr = new Capture();
    let stop: (signal: string) => void = () => undefined;
    const stopped = new Promise<string>((resolve) => {
      stop = resolve;
    });
    const serving = serveUntilStopped(
      store,
      { host: '127.0.0.1', port: 0, writeToken: null, allowPrivate: false },
      { stdout, stderr, stdin: process.stdin },
      stopped,
    );
    await expect.poll(() => stdout.text, started).toMatch(/^onrecord serve: http:\/\/127\.0\.0\.1:\d+\//);
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout.text)![0];
    expect(stdout.text).toContain(`API reference ${url}api/docs; writes off`);

    const search = await fetch(`${url}api/search?q=hearing`);
    expect(search.status).toBe(200);
    expect(search.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    const page = (await search.json()) as { total: number; hits: { person: { name: string } | null }[] };
    expect(page.total).toBeGreaterThan(0);
    const write = await fetch(`${url}api/ingest`, { method: 'POST', body: '{"text":"x"}' });
    expect(write.status).toBe(403);

    stop('SIGTERM');
    await serving;
    expect(stderr.text).toBe('onrecord serve: SIGTERM, stopping\n');
    await expect(fetch(`${url}api/search`)).rejects.toThrow();
  });

  it('says so when the port is taken', async () => {
    const first = new Capture();
    let stop: (signal: string) => void = () => undefined;
    const stopped = new Promise<string>((resolve) => {
      stop = resolve;
    });
    const io = { stdout: first, stderr: new Capture(), stdin: process.stdin };
    const settings = { host: '127.0.0.1', port: 0, writeToken: null, allowPrivate: false };
    const serving = serveUntilStopped(store, settings, io, stopped);
    await expect.poll(() => first.text, started).toMatch(/:\d+\//);
    const port = Number(/:(\d+)\//.exec(first.text)![1]);
    await expect(serveUntilStopped(store, { ...settings, port }, io, stopped)).rejects.toThrow(
      new RegExp(`cannot listen on 127\\.0\\.0\\.1:${port}: .*EADDRINUSE`),
    );
    stop('SIGINT');
    await serving;
  });
});
