import type { IngestProgressEvent, IngestTally } from '../ingest/index.js';
import { formatTally } from '../ingest/index.js';
import { createProgress, isTerminal } from './progress.js';

export interface IngestProgressOptions {
  /** How many documents the run holds, when known (a list of files); archives and feeds are open-ended. */
  readonly total?: number | null;
  /** Seconds between JSON progress lines when the output is not a terminal. */
  readonly jsonEverySeconds?: number;
  readonly now?: () => number;
}

export interface IngestProgress {
  update(event: IngestProgressEvent): void;
  /** Clears the terminal line; returns the elapsed seconds. */
  done(): number;
}

/**
 * Progress of an ingest: on a terminal one line rewritten in place, with the rate and, when the total is
 * known, the ETA; otherwise (logs, CI, pipes) a one-line JSON object every few seconds, so that a long run
 * shows it is alive without flooding the log.
 */
export function createIngestProgress(
  stream: NodeJS.WritableStream,
  options: IngestProgressOptions = {},
): IngestProgress {
  const now = options.now ?? Date.now;
  const started = now();
  const total = options.total ?? null;
  const elapsed = (): number => (now() - started) / 1000;
  const rate = (done: number): number => (elapsed() > 0 ? done / elapsed() : 0);
  if (isTerminal(stream)) {
    const line = createProgress(stream, { now });
    return {
      update(event) {
        line.update(() => terminalLine(event, total, rate(event.done)));
      },
      done() {
        line.done();
        return elapsed();
      },
    };
  }
  const everyMs = (options.jsonEverySeconds ?? 10) * 1000;
  let last = started;
  return {
    update(event) {
      const time = now();
      if (time - last < everyMs) return;
      last = time;
      stream.write(`${JSON.stringify(jsonLine(event, total, rate(event.done), elapsed()))}\n`);
    },
    done: elapsed,
  };
}

/** `[########------------] 40%`: how far a run of known length is. */
export function progressBar(done: number, total: number, width = 20): string {
  const share = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor(share * 100)}%`;
}

function terminalLine(event: IngestProgressEvent, total: number | null, perSecond: number): string {
  const count = total === null ? `${event.done}` : `${progressBar(event.done, total)} ${event.done}/${total}`;
  const eta = total !== null && perSecond > 0 ? ` · ETA ${duration((total - event.done) / perSecond)}` : '';
  return `ingesting ${count} · ${perSecond.toFixed(1)}/s${eta} · ${formatTally(event.tally)}`;
}

function jsonLine(event: IngestProgressEvent, total: number | null, perSecond: number, seconds: number) {
  const tally: Omit<IngestTally, 'failedBy'> & { failedBy: Record<string, number> } = { ...event.tally };
  return {
    progress: {
      done: event.done,
      total,
      perSecond: Number(perSecond.toFixed(2)),
      elapsedSeconds: Number(seconds.toFixed(1)),
      etaSeconds: total !== null && perSecond > 0 ? Math.round((total - event.done) / perSecond) : null,
      ...tally,
    },
  };
}

/** `2h05m`, `3m12s`, `45s`. */
export function duration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  if (hours > 0) return `${hours}h${String(minutes).padStart(2, '0')}m`;
  if (minutes > 0) return `${minutes}m${String(rest).padStart(2, '0')}s`;
  return `${rest}s`;
}
