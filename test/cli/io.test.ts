import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeOut } from '../../src/cli/io.js';

/** A stream that takes a chunk only on the next turn of the event loop, like a pipe to a slow reader. */
function slowStream(): Writable & { text: string } {
  const stream = new Writable({
    highWaterMark: 64,
    write(chunk: Buffer, _encoding, done) {
      setImmediate(() => {
        stream.text += chunk.toString();
        done();
      });
    },
  }) as Writable & { text: string };
  stream.text = '';
  return stream;
}

describe('writeOut', () => {
  it('waits while the stream is full, so that a long run never holds more than one chunk', async () => {
    const stream = slowStream();
    const chunk = `${'x'.repeat(99)}\n`;
    let mostHeld = 0;
    for (let index = 0; index < 200; index += 1) {
      mostHeld = Math.max(mostHeld, stream.writableLength);
      await writeOut(stream, chunk);
    }
    await new Promise<void>((resolve) => stream.end(resolve));
    expect(stream.text).toBe(chunk.repeat(200));
    // A plain write() loop would have held all 20,000 bytes at once.
    expect(mostHeld).toBeLessThanOrEqual(chunk.length);
  });

  it('does not wait when the stream takes the chunk at once', async () => {
    const stream = slowStream();
    await writeOut(stream, 'short\n');
    expect(stream.writableLength).toBe(6);
  });

  it('gives up waiting when the stream fails or closes, and refuses a stream already closed', async () => {
    const failing = slowStream();
    const pending = writeOut(failing, 'y'.repeat(100));
    failing.destroy(new Error('pipe closed'));
    await expect(pending).rejects.toThrow('pipe closed');
    const closing = slowStream();
    const waiting = writeOut(closing, 'z'.repeat(100));
    closing.destroy();
    await expect(waiting).rejects.toThrow('closed before');
    // Written to after it closed, a stream never drains: writeOut fails at once instead of waiting for ever.
    await expect(writeOut(closing, 'more')).rejects.toThrow('the output is closed');
  });
});
