import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliRunOptions {
  /** What standard input holds. */
  readonly stdin?: string;
  /** Pretend stdout and stderr are terminals. */
  readonly tty?: boolean;
}

class Capture extends Writable {
  text = '';
  readonly columns = 100;
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** Runs the CLI in-process through `main`, with captured streams (no port, no child process). */
export async function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliResult> {
  const stdout = new Capture(options.tty === true);
  const stderr = new Capture(options.tty === true);
  const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]);
  const code = await main(['node', 'onrecord', ...args], { stdout, stderr, stdin });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
