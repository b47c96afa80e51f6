import type { Clock } from '../../../src/acquire/fetch/index.js';

/** A clock whose sleeps return at once and move time forward; the waits asked for are recorded. */
export class FakeClock implements Clock {
  readonly sleeps: number[] = [];
  constructor(private time = Date.UTC(2026, 0, 1)) {}

  now(): number {
    return this.time;
  }

  sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.time = Math.max(this.time, this.time + ms);
    return Promise.resolve();
  }
}
