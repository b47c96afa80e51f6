import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import type { ExitState } from '../main.js';

export function registerIngest(program: Command, _io: CliIo, _exit: ExitState): void {
  program.command('ingest').description('(not yet built)');
}
