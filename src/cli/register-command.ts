import type { Command } from 'commander';
import type { CliIo } from './io.js';
import type { ExitState } from './main.js';

/** What every `register*` function of src/cli/commands is: it adds one command to the program. */
export type RegisterCommand = (program: Command, io: CliIo, exit: ExitState) => void;
