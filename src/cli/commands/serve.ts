import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { Store } from '../../store/index.js';
import { DATABASE_OPTION } from '../database-option.js';
import type { CliIo } from '../io.js';
import { openStore } from '../open-store.js';
import { DEFAULT_HOST, DEFAULT_PORT } from '../../serve/defaults.js';

/** Loaded when serving: Hono and the app are not for the other commands to pay for at start-up. */
const loadServer = () => import('../../serve/start-server.js');

interface ServeCommandOptions {
  readonly db: string;
  readonly port: string;
  readonly host: string;
  readonly token?: string;
  readonly allowPrivate?: boolean;
}

export interface ServeSettings {
  readonly port: number;
  readonly host: string;
  readonly writeToken: string | null;
  readonly allowPrivate: boolean;
}

/** The port as a number from 0 (any free port) to 65535. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\s*\d{1,5}\s*$/.test(value) || port > 65535)
    throw new UsageError(`--port needs a port number from 0 to 65535, not ${JSON.stringify(value)}`);
  return port;
}

/** The write token: `--token`, else `ONRECORD_TOKEN`, else none (the server takes no writes). */
export function writeTokenOf(option: string | undefined, environment: NodeJS.ProcessEnv): string | null {
  const token = option ?? environment.ONRECORD_TOKEN ?? '';
  if (token === '') return null;
  if (!/^[\x21-\x7e]{16,}$/.test(token))
    throw new UsageError('the write token needs at least 16 printable characters without spaces');
  return token;
}

/** The options `serve` and `demo` share. */
export function addServeOptions(command: Command): Command {
  return command
    .option('--port <n>', 'port to listen on (0: any free port)', String(DEFAULT_PORT))
    .option(
      '--host <address>',
      `address to listen on (${DEFAULT_HOST}: this machine only; 0.0.0.0 exposes the record to the network)`,
      DEFAULT_HOST,
    )
    .option(
      '--token <token>',
      'allow writes (ingest, corrections) from requests carrying this bearer token (or set ONRECORD_TOKEN)',
    )
    .option(
      '--allow-private',
      'let POST /api/ingest fetch URLs on private and loopback addresses (intranet use)',
    );
}

export const serveSettings = (options: Omit<ServeCommandOptions, 'db'>): ServeSettings => ({
  port: parsePort(options.port),
  host: options.host,
  writeToken: writeTokenOf(options.token, process.env),
  allowPrivate: options.allowPrivate === true,
});

/**
 * Serves the store until SIGINT or SIGTERM, printing the address; then stops taking requests, lets the
 * open ones finish, and returns (the caller closes the store).
 */
export async function serveUntilStopped(
  store: Store,
  settings: ServeSettings,
  io: CliIo,
  stopped: Promise<string> = shutdownSignal(),
): Promise<void> {
  const { startServer } = await loadServer();
  const server = await startServer({ store, ...settings }).catch((error: unknown) => {
    throw new UsageError(`cannot listen on ${settings.host}:${settings.port}: ${(error as Error).message}`);
  });
  io.stdout.write(
    `onrecord serve: ${server.url} (API reference ${server.url}api/docs; writes ${
      settings.writeToken === null ? 'off: no --token' : 'on, with the token'
    }). Ctrl-C stops it.\n`,
  );
  const signal = await stopped;
  io.stderr.write(`onrecord serve: ${signal}, stopping\n`);
  await server.close();
}

/** Resolves with the name of the first SIGINT or SIGTERM, and stops listening for them. */
export function shutdownSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export function registerServe(program: Command, io: CliIo): void {
  const command = program
    .command('serve')
    .description(
      `Serve the record as a web app and a JSON API (reference at /api/docs) on http://${DEFAULT_HOST}:${DEFAULT_PORT}/ ` +
        'unless told otherwise. Reading needs no token; writes need --token.',
    )
    .option(...DATABASE_OPTION);
  addServeOptions(command).action(async (options: ServeCommandOptions) => {
    const settings = serveSettings(options);
    const store = await openStore(options.db, { mustExist: true });
    try {
      await serveUntilStopped(store, settings, io);
    } finally {
      await store.close();
    }
  });
}
