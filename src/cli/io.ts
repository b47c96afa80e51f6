/** The streams a command talks to; tests pass their own to capture output without spawning a process. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
}

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };

/** Exit codes: 0 all done, 1 some inputs failed (the rest were processed), 2 the command line was wrong. */
export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

/**
 * Writes a chunk and, when the stream holds more than it wants to (a pipe read slower than we write),
 * waits until it has drained. A command that loops over thousands of inputs must: process.stdout on a pipe
 * writes asynchronously, so a loop that never waits keeps every output in memory until it ends (10,000
 * extractions piped to another program held over a gigabyte).
 */
export async function writeOut(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  // A stream that has ended or been destroyed will never drain: fail now rather than wait for ever.
  const state = stream as NodeJS.WritableStream & { destroyed?: boolean; writableEnded?: boolean };
  if (state.destroyed === true || state.writableEnded === true) throw new Error('the output is closed');
  if (stream.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const drained = (): void => {
      stop();
      resolve();
    };
    const failed = (error: Error): void => {
      stop();
      reject(error);
    };
    const closed = (): void => {
      failed(new Error('the output was closed before it took everything'));
    };
    const stop = (): void => {
      stream.off('drain', drained);
      stream.off('close', closed);
      stream.off('error', failed);
    };
    stream.on('drain', drained);
    stream.on('close', closed);
    stream.on('error', failed);
  });
}
