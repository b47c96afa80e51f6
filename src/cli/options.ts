import { UsageError } from '../errors.js';

const UNITS: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  kb: 1024,
  k: 1024,
  mb: 1024 ** 2,
  m: 1024 ** 2,
  gb: 1024 ** 3,
  g: 1024 ** 3,
};

/** Parses `5MB`, `200kb` or `1048576` into bytes. */
export function parseByteSize(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = UNITS[(match?.[2] ?? '').toLowerCase()];
  if (!match || unit === undefined)
    throw new UsageError(`not a size: ${JSON.stringify(value)} (try 5MB or 200KB)`);
  return Math.floor(Number(match[1]) * unit);
}

/** The `--host-delay` option: `0`, `500ms`, `2s`, as milliseconds. */
export const HOST_DELAY_OPTION = [
  '--host-delay <duration>',
  'least time between two requests to one host: 0, 500ms, 2s',
  '1s',
] as const;

/** `0`, `500ms`, `2s`: milliseconds. */
export function parseHostDelay(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)?\s*$/i.exec(value);
  if (!match)
    throw new UsageError(
      `--host-delay needs a duration such as 0, 500ms or 2s, not ${JSON.stringify(value)}`,
    );
  return Math.round(Number(match[1]) * ((match[2] ?? 's').toLowerCase() === 'ms' ? 1 : 1000));
}
