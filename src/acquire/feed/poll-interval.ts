import { UsageError } from '../../errors.js';

/** Polling a feed more often than this gains nothing (feeds change every few minutes) and burdens servers. */
export const MIN_POLL_INTERVAL_MS = 30_000;
export const DEFAULT_POLL_INTERVAL = '10m';

const UNIT_MS: Readonly<Record<string, number>> = { s: 1000, m: 60_000, h: 3_600_000 };

/** Parses `30s`, `10m`, `1h` or `1h30m` into milliseconds; at least MIN_POLL_INTERVAL_MS. */
export function parsePollInterval(value: string): number {
  const text = value.trim().toLowerCase();
  const parts = /^(?:\d+[smh])+$/.test(text) ? [...text.matchAll(/(\d+)([smh])/g)] : [];
  const ms = parts.reduce((sum, [, count, unit]) => sum + Number(count) * UNIT_MS[unit!]!, 0);
  if (parts.length === 0 || !Number.isSafeInteger(ms))
    throw new UsageError(`--every needs a duration such as 30s, 10m or 1h, not ${JSON.stringify(value)}`);
  if (ms < MIN_POLL_INTERVAL_MS)
    throw new UsageError(
      `--every ${value} is too often; poll a feed at most every ${MIN_POLL_INTERVAL_MS / 1000}s`,
    );
  return ms;
}

/** `10m`, `1h30m`, `45s`: the interval as a person would write it. */
export function formatInterval(ms: number): string {
  const total = Math.round(ms / 1000);
  const [hours, minutes, seconds] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const text = `${hours > 0 ? `${hours}h` : ''}${minutes > 0 ? `${minutes}m` : ''}${seconds > 0 ? `${seconds}s` : ''}`;
  return text === '' ? '0s' : text;
}
