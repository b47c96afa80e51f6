import { describe, expect, it } from 'vitest';
import {
  formatInterval,
  MIN_POLL_INTERVAL_MS,
  parsePollInterval,
} from '../../../src/acquire/feed/poll-interval.js';
import { UsageError } from '../../../src/errors.js';

describe('parsePollInterval', () => {
  it('reads seconds, minutes, hours and their sums', () => {
    expect(parsePollInterval('30s')).toBe(30_000);
    expect(parsePollInterval('10m')).toBe(600_000);
    expect(parsePollInterval('1h')).toBe(3_600_000);
    expect(parsePollInterval(' 1H30M ')).toBe(5_400_000);
    expect(parsePollInterval('90s')).toBe(90_000);
  });

  it('refuses what is not a duration, and an interval shorter than the minimum', () => {
    for (const value of ['', '10', 'm', '10 m', '-5m', '1.5h', '10d', '1e3s', 'soon'])
      expect(() => parsePollInterval(value), value).toThrow(UsageError);
    expect(() => parsePollInterval('29s')).toThrow(
      `poll a feed at most every ${MIN_POLL_INTERVAL_MS / 1000}s`,
    );
    expect(() => parsePollInterval(`${'9'.repeat(30)}h`)).toThrow(UsageError);
  });
});

describe('formatInterval', () => {
  it('writes the interval back as a person would, to the second', () => {
    expect([600_000, 5_400_000, 45_000, 59_950, 3_661_000, 0].map(formatInterval)).toEqual([
      '10m',
      '1h30m',
      '45s',
      '1m',
      '1h1m1s',
      '0s',
    ]);
  });
});
