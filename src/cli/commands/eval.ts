import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import type { ExitState } from '../main.js';

export function registerEval(program: Command, _io: CliIo, _exit: ExitState): void {
  program.command('eval').description('(not yet built)');
}
