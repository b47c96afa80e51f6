import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/** A worker's name in the queue and in pg_stat_activity: its machine, its process, and a nonce. */
export const newWorkerId = (): string => `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

/**
 * The store's URL with the worker's name as the connections' application_name (unless the URL names one):
 * an operator sees in pg_stat_activity which machine and process holds which connection.
 */
export function withApplicationName(url: string, workerId: string): string {
  const parsed = new URL(url);
  if (!parsed.searchParams.has('application_name'))
    parsed.searchParams.set('application_name', `onrecord worker ${workerId}`.slice(0, 63));
  return parsed.toString();
}
