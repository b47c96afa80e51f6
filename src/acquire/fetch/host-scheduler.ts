/**
 * Politeness between requests: a per-host concurrency cap, a minimum delay between the starts of two requests
 * to one host, and a global concurrency cap across hosts.
 */
import type { Clock } from './clock.js';
import { Semaphore } from './semaphore.js';

export interface SchedulerLimits {
  /** Requests in flight to one host at once. */
  readonly perHostConcurrency: number;
  /** Requests in flight across all hosts at once. */
  readonly globalConcurrency: number;
  /** Milliseconds between the starts of two requests to one host. */
  readonly minDelayMs: number;
}

interface HostState {
  readonly slots: Semaphore;
  nextStart: number;
  delayMs: number;
}

export class HostScheduler {
  private readonly hosts = new Map<string, HostState>();
  private readonly global: Semaphore;

  constructor(
    private readonly limits: SchedulerLimits,
    private readonly clock: Clock,
  ) {
    this.global = new Semaphore(limits.globalConcurrency);
  }

  /** Raises the delay between requests to `host` (a robots.txt Crawl-delay), never below the default. */
  setHostDelay(host: string, delayMs: number): void {
    const state = this.state(host);
    state.delayMs = Math.max(this.limits.minDelayMs, delayMs);
  }

  /** Runs `task` for `host` once the host's and the global caps and the host's delay allow. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const state = this.state(host);
    await state.slots.acquire();
    try {
      const now = this.clock.now();
      const start = Math.max(now, state.nextStart);
      state.nextStart = start + state.delayMs;
      await this.clock.sleep(start - now);
      await this.global.acquire();
      try {
        return await task();
      } finally {
        this.global.release();
      }
    } finally {
      state.slots.release();
    }
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (state === undefined) {
      state = {
        slots: new Semaphore(this.limits.perHostConcurrency),
        nextStart: 0,
        delayMs: this.limits.minDelayMs,
      };
      this.hosts.set(host, state);
    }
    return state;
  }
}
