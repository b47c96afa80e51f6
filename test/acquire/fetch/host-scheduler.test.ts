import { describe, expect, it } from 'vitest';
import { HostScheduler } from '../../../src/acquire/fetch/host-scheduler.js';
import { FakeClock } from './fake-clock.js';

interface Deferred {
  readonly promise: Promise<void>;
  resolve(): void;
}

const deferred = (): Deferred => {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
};

const flush = async () => {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
};

/** Starts `count` tasks for `hostOf(i)`; each runs until its deferred is resolved. */
function startTasks(scheduler: HostScheduler, count: number, hostOf: (i: number) => string) {
  const started: number[] = [];
  const gates = Array.from({ length: count }, deferred);
  const done = gates.map((gate, i) =>
    scheduler.run(hostOf(i), async () => {
      started.push(i);
      await gate.promise;
    }),
  );
  return { started, gates, done };
}

describe('HostScheduler', () => {
  it('runs at most perHostConcurrency requests to one host at once, the next when one ends', async () => {
    const scheduler = new HostScheduler(
      { perHostConcurrency: 2, globalConcurrency: 10, minDelayMs: 0 },
      new FakeClock(),
    );
    const { started, gates, done } = startTasks(scheduler, 5, () => 'a.example');
    await flush();
    expect(started).toEqual([0, 1]);
    gates[0]!.resolve();
    await flush();
    expect(started).toEqual([0, 1, 2]);
    for (const gate of gates) gate.resolve();
    await Promise.all(done);
    expect(started).toEqual([0, 1, 2, 3, 4]);
  });

  it('caps requests across hosts with globalConcurrency', async () => {
    const scheduler = new HostScheduler(
      { perHostConcurrency: 2, globalConcurrency: 3, minDelayMs: 0 },
      new FakeClock(),
    );
    const { started, gates, done } = startTasks(scheduler, 6, (i) => `host${i}.example`);
    await flush();
    expect(started).toHaveLength(3);
    gates[started[0]!]!.resolve();
    await flush();
    expect(started).toHaveLength(4);
    for (const gate of gates) gate.resolve();
    await Promise.all(done);
    expect(started).toHaveLength(6);
  });

  it('spaces the starts of requests to one host by minDelayMs, other hosts unaffected', async () => {
    const clock = new FakeClock();
    const scheduler = new HostScheduler(
      { perHostConcurrency: 1, globalConcurrency: 10, minDelayMs: 1000 },
      clock,
    );
    const starts: [string, number][] = [];
    const record = (host: string) =>
      scheduler.run(host, () => Promise.resolve(starts.push([host, clock.now()])));
    const origin = clock.now();
    await record('a.example');
    await record('a.example');
    await record('b.example');
    await record('a.example');
    expect(starts.map(([host, time]) => [host, time - origin])).toEqual([
      ['a.example', 0],
      ['a.example', 1000],
      ['b.example', 1000],
      ['a.example', 2000],
    ]);
  });

  it('raises one host delay for a Crawl-delay, never below the default', async () => {
    const clock = new FakeClock();
    const scheduler = new HostScheduler(
      { perHostConcurrency: 1, globalConcurrency: 10, minDelayMs: 1000 },
      clock,
    );
    scheduler.setHostDelay('slow.example', 5000);
    scheduler.setHostDelay('fast.example', 10);
    await scheduler.run('slow.example', () => Promise.resolve());
    await scheduler.run('slow.example', () => Promise.resolve());
    await scheduler.run('fast.example', () => Promise.resolve());
    await scheduler.run('fast.example', () => Promise.resolve());
    expect(clock.sleeps.filter((ms) => ms > 0)).toEqual([5000, 1000]);
  });
});
