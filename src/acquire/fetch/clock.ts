import { setTimeout as delay } from 'node:timers/promises';

/** Time as the fetcher sees it; injectable so that tests of waiting need not wait. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: async (ms) => {
    if (ms > 0) await delay(ms);
  },
};
