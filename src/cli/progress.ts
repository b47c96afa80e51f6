/**
 * A single progress line, rewritten in place on a terminal at most every `intervalMs`, and nothing at all
 * when the stream is not a terminal (logs and pipes get only the final summary).
 */
export interface Progress {
  /** Offers the current state; it is drawn only when the interval has passed. */
  update(line: () => string): void;
  /** Erases the line, so that what follows starts on a clean line. */
  done(): void;
}

export interface ProgressOptions {
  readonly intervalMs?: number;
  readonly now?: () => number;
}

export const PROGRESS_INTERVAL_MS = 200;

export function createProgress(stream: NodeJS.WritableStream, options: ProgressOptions = {}): Progress {
  if (!isTerminal(stream)) return { update: () => undefined, done: () => undefined };
  const intervalMs = options.intervalMs ?? PROGRESS_INTERVAL_MS;
  const now = options.now ?? Date.now;
  let last = now();
  let drawn = false;
  return {
    update(line) {
      const time = now();
      if (time - last < intervalMs) return;
      last = time;
      drawn = true;
      stream.write(`\r\x1b[2K${fitWidth(line(), stream)}`);
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}

export const isTerminal = (stream: NodeJS.WritableStream): boolean =>
  'isTTY' in stream && stream.isTTY === true;

/** Cuts the line to the terminal's width, so that it never wraps (a wrapped line cannot be rewritten). */
function fitWidth(line: string, stream: NodeJS.WritableStream): string {
  const columns =
    'columns' in stream && typeof stream.columns === 'number' && stream.columns > 0 ? stream.columns : 80;
  return line.length < columns ? line : `${line.slice(0, Math.max(0, columns - 2))}…`;
}
