import { Command, CommanderError } from 'commander';
import { errorMessage, UsageError } from '../errors.js';
import { registerCopy } from './commands/copy.js';
import { registerDemo } from './commands/demo.js';
import { registerErrors } from './commands/errors.js';
import { registerEval } from './commands/eval.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerMigrate } from './commands/migrate.js';
import { registerPeople } from './commands/people.js';
import { registerQuotes } from './commands/quotes.js';
import { registerRead } from './commands/read.js';
import { registerPerson } from './commands/person.js';
import { registerRevisions } from './commands/revisions.js';
import { registerServe } from './commands/serve.js';
import { registerStatements } from './commands/statements.js';
import { registerStatus } from './commands/status.js';
import { registerWatch } from './commands/watch.js';
import { registerWorker } from './commands/worker.js';
import { useDatabaseEnvironment } from './database-option.js';
import { EXIT_USAGE, processIo, type CliIo } from './io.js';
import { VERSION } from './version.js';

/** Each command sets the exit code it wants through this holder; commander's own errors map to 2. */
export interface ExitState {
  code: number;
}

export function buildProgram(io: CliIo, exit: ExitState): Command {
  const program = new Command('onrecord')
    .description('Turns news articles into a searchable record of who said what, when, and who reported it.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError('(run with --help for usage)');
  registerExtract(program, io, exit);
  registerRead(program, io, exit);
  registerIngest(program, io, exit);
  registerErrors(program, io);
  registerQuotes(program, io, exit);
  registerPeople(program, io, exit);
  registerPerson(program, io, exit);
  registerStatements(program, io, exit);
  registerRevisions(program, io, exit);
  registerWatch(program, io, exit);
  registerServe(program, io);
  registerDemo(program, io, exit);
  registerEval(program, io, exit);
  registerMigrate(program, io, exit);
  registerCopy(program, io, exit);
  registerWorker(program, io, exit);
  registerStatus(program, io);
  useDatabaseEnvironment(program);
  return program;
}

/** Runs the command line and resolves to the process exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const exit: ExitState = { code: 0 };
  const program = buildProgram(io, exit);
  try {
    await program.parseAsync([...argv]);
    return exit.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`onrecord: ${error.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr.write(`onrecord: ${errorMessage(error)}\n`);
    return 1;
  }
}
