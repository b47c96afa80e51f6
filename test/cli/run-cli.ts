/** Runs the command line in-process through `main`, with captured streams. */
import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliRunOptions {
  /** Pretend stdout (and stderr) are terminals. */
  readonly tty?: boolean;
}

class Capture extends Writable {
  text = '';
  readonly isTTY: boolean;
  readonly columns = 100;
  constructor(tty: boolean) {
    super();
    this.isTTY = tty;
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export async function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  const stdout = new Capture(options.tty === true);
  const stderr = new Capture(options.tty === true);
  const code = await main(['node', 'onrecord', ...args], { stdout, stderr, stdin: Readable.from([]) });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
