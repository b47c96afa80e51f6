import { Command, CommanderError } from 'commander';
import { errorMessage, UsageError } from '../errors.js';
import { useDatabaseEnvironment } from './database-option.js';
import { EXIT_USAGE, processIo, type CliIo } from './io.js';
import type { RegisterCommand } from './register-command.js';
import { VERSION } from './version.js';

/** Each command sets the exit code it wants through this holder; commander's own errors map to 2. */
export interface ExitState {
  code: number;
}

/**
 * Each command's module, in the order help lists them, imported only when needed: loading all of them
 * (database drivers, HTML and feed parsers, the server) cost about half a second of CPU at every start,
 * which a run of one command, such as `extract` over a batch of files, need not pay.
 */
const COMMANDS: Readonly<Record<string, () => Promise<RegisterCommand>>> = {
  extract: async () => (await import('./commands/extract.js')).registerExtract,
  read: async () => (await import('./commands/read.js')).registerRead,
  ingest: async () => (await import('./commands/ingest.js')).registerIngest,
  errors: async () => (await import('./commands/errors.js')).registerErrors,
  quotes: async () => (await import('./commands/quotes.js')).registerQuotes,
  people: async () => (await import('./commands/people.js')).registerPeople,
  person: async () => (await import('./commands/person.js')).registerPerson,
  statements: async () => (await import('./commands/statements.js')).registerStatements,
  revisions: async () => (await import('./commands/revisions.js')).registerRevisions,
  watch: async () => (await import('./commands/watch.js')).registerWatch,
  serve: async () => (await import('./commands/serve.js')).registerServe,
  demo: async () => (await import('./commands/demo.js')).registerDemo,
  eval: async () => (await import('./commands/eval.js')).registerEval,
  migrate: async () => (await import('./commands/migrate.js')).registerMigrate,
  copy: async () => (await import('./commands/copy.js')).registerCopy,
  worker: async () => (await import('./commands/worker.js')).registerWorker,
  status: async () => (await import('./commands/status.js')).registerStatus,
};

/**
 * The program with every command, or with only `command` when given (the one a command line runs: its
 * parsing, help and errors are the same either way).
 */
export async function buildProgram(io: CliIo, exit: ExitState, command?: string): Promise<Command> {
  const program = new Command('onrecord')
    .description('Turns news articles into a searchable record of who said what, when, and who reported it.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError('(run with --help for usage)');
  const names = command === undefined ? Object.keys(COMMANDS) : [command];
  const registers = await Promise.all(names.map((name) => COMMANDS[name]!()));
  for (const register of registers) register(program, io, exit);
  useDatabaseEnvironment(program);
  return program;
}

/** The command a command line names as its first argument, if it is one; otherwise (options, help, a typo) none. */
function namedCommand(argv: readonly string[]): string | undefined {
  const first = argv[2];
  return first !== undefined && Object.hasOwn(COMMANDS, first) ? first : undefined;
}

/** Runs the command line and resolves to the process exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const exit: ExitState = { code: 0 };
  const program = await buildProgram(io, exit, namedCommand(argv));
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
