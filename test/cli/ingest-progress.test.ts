import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createIngestProgress, duration, progressBar } from '../../src/cli/ingest-progress.js';
import { emptyTally } from '../../src/ingest/index.js';

class Capture extends Writable {
  text = '';
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

describe('ingest progress', () => {
  it('draws a bar with the rate and the ETA on a terminal', () => {
    let now = 0;
    const stream = new Capture(true);
    const progress = createIngestProgress(stream, { total: 100, now: () => now });
    now = 10_000;
    progress.update({ done: 40, tally: { ...emptyTally(), added: 40 }, name: 'x' });
    expect(stream.text).toContain('[########------------] 40% 40/100 · 4.0/s · ETA 15s · 40 added');
    expect(progress.done()).toBe(10);
  });

  it('writes a JSON line every few seconds when the output is a log, not a terminal', () => {
    let now = 0;
    const stream = new Capture(false);
    const progress = createIngestProgress(stream, { total: null, jsonEverySeconds: 5, now: () => now });
    now = 1000;
    progress.update({ done: 1, tally: emptyTally(), name: 'a' });
    expect(stream.text).toBe('');
    now = 6000;
    progress.update({ done: 12, tally: { ...emptyTally(), added: 11, failed: 1 }, name: 'b' });
    const line = JSON.parse(stream.text) as { progress: Record<string, unknown> };
    expect(line.progress).toMatchObject({
      done: 12,
      total: null,
      perSecond: 2,
      added: 11,
      failed: 1,
      etaSeconds: null,
    });
  });

  it('formats bars and durations', () => {
    expect(progressBar(0, 10)).toBe('[--------------------] 0%');
    expect(progressBar(10, 10)).toBe('[####################] 100%');
    expect(duration(3725)).toBe('1h02m');
    expect(duration(192)).toBe('3m12s');
    expect(duration(9)).toBe('9s');
  });
});
