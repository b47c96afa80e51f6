import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

class Terminal extends Writable {
  text = '';
  constructor(
    readonly isTTY: boolean,
    readonly columns = 40,
  ) {
    super();
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

describe('progress line', () => {
  it('redraws one line on a terminal at most every interval, and erases it when done', () => {
    const terminal = new Terminal(true);
    let time = 0;
    const progress = createProgress(terminal, { intervalMs: 200, now: () => time });
    const draw = (label: string): void => {
      progress.update(() => label);
    };
    time = 100;
    draw('too soon');
    time = 200;
    draw('first');
    time = 350;
    draw('again too soon');
    time = 400;
    draw('second');
    progress.done();
    expect(terminal.text).toBe('\r\x1b[2Kfirst\r\x1b[2Ksecond\r\x1b[2K');
  });

  it('cuts a line to the terminal width so that it never wraps', () => {
    const terminal = new Terminal(true, 10);
    let time = 0;
    const progress = createProgress(terminal, { now: () => time });
    time = 1000;
    progress.update(() => 'ingesting 12/840: 12 added');
    expect(terminal.text).toBe('\r\x1b[2Kingestin…');
  });

  it('writes nothing when the stream is not a terminal', () => {
    const log = new Terminal(false);
    let time = 0;
    const progress = createProgress(log, { now: () => time });
    time = 10_000;
    progress.update(() => 'ingesting');
    progress.done();
    expect(log.text).toBe('');
  });
});
