import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/types.js';
import { runCli } from '../helpers/capture-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'onrecord-extract-'));
const at = (name: string): string => join(folder, name);
writeFileSync(at('good.txt'), 'Harbour news\n\n"The pier is safe," Mayor Lena Brandt said.\n');
writeFileSync(at('binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
writeFileSync(at('latin1.txt'), Buffer.from('Caf\xe9 owners said prices rose.\n', 'latin1'));
writeFileSync(at('empty.txt'), '');
// UTF-16 little-endian with its byte-order mark: NUL bytes, but text, as ingest reads it too.
writeFileSync(
  at('utf16.txt'),
  Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from('Harbour news\n\nLena Brandt said the pier was safe.\n', 'utf16le'),
  ]),
);

describe('onrecord extract', () => {
  it('prints one JSON line per input, offsets into the file, and goes on past bad inputs', async () => {
    const run = await runCli([
      'extract',
      at('good.txt'),
      at('binary.txt'),
      at('missing.txt'),
      at('latin1.txt'),
      at('empty.txt'),
      at('good.txt'),
    ]);
    expect(run.code).toBe(1);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Extraction);
    expect(lines.map((line) => line.file)).toEqual([at('good.txt'), at('good.txt')]);
    expect(lines[0]!.attributions[0]!.speaker?.name).toBe('Lena Brandt');
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `onrecord extract: ${at('binary.txt')}: looks binary: NUL byte at offset 1`,
      `onrecord extract: ${at('missing.txt')}: cannot read: no such file`,
      `onrecord extract: ${at('latin1.txt')}: is not valid UTF-8 (first bad byte at offset 3)`,
      `onrecord extract: ${at('empty.txt')}: is empty`,
    ]);
  });

  it('reads a UTF-16 file with a byte-order mark, offsets into its decoded text', async () => {
    const run = await runCli(['extract', at('utf16.txt')]);
    expect(run.code).toBe(0);
    const extraction = JSON.parse(run.stdout) as Extraction;
    const content = extraction.attributions[0]!.content[0]!;
    expect(content.text).toBe('the pier was safe');
    // The byte-order mark is the text's first character, as a UTF-8 file's is.
    expect(
      '\uFEFFHarbour news\n\nLena Brandt said the pier was safe.\n'.slice(content.start, content.end),
    ).toBe('the pier was safe');
  });

  it('reads standard input with -', async () => {
    const run = await runCli(['extract', '-'], {
      stdin: 'Harbour news\n\nLena Brandt said the pier was safe.\n',
    });
    expect(run.code).toBe(0);
    const extraction = JSON.parse(run.stdout) as Extraction;
    expect(extraction.file).toBe('-');
    expect(extraction.attributions[0]!.content[0]!.text).toBe('the pier was safe');
  });

  it('prints pretty JSON, and a readable list on a terminal', async () => {
    const pretty = await runCli(['extract', '--format', 'json', at('good.txt')]);
    expect(pretty.stdout.startsWith('{\n  "version": "1"')).toBe(true);
    const text = await runCli(['extract', at('good.txt')], { tty: true });
    expect(text.stdout).toContain('a1 line 3: Lena Brandt [direct] said');
    expect(text.stdout).toContain('"The pier is safe,"');
  });

  it('refuses an input over the size cap, naming the cap', async () => {
    const run = await runCli(['extract', '--max-bytes', '10', at('good.txt')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('over the size cap of 10 bytes (--max-bytes)');
  });

  it('says what is wrong with a bad command line', async () => {
    const format = await runCli(['extract', '--format', 'xml', at('good.txt')]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown format "xml": use one of jsonl, json, text');
    const size = await runCli(['extract', '--max-bytes', 'lots', at('good.txt')]);
    expect(size.code).toBe(2);
    expect(size.stderr).toContain('not a size: "lots"');
  });
});
