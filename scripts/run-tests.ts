/**
 * The last step of `npm test`: the test suite, as two vitest processes side by side.
 *
 * Vitest gives a machine one worker fewer than it has CPUs, so on a 2-core machine every test file ran
 * one after another, and the test that retrains the committed models (about four minutes of CPU) was a
 * third of the suite's time. It shares nothing with the other files (it reads PolNeAR and models/, and
 * writes nothing), so it runs in a process of its own beside the rest. Its output is held and printed
 * once the rest's is done, so that the two reports do not interleave. Exits non-zero if either fails.
 *
 *   node --import tsx scripts/run-tests.ts            (the whole suite, as npm test runs it)
 *   node --import tsx scripts/run-tests.ts test/cli   (arguments given: one plain `vitest run` with them)
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const TRAINING_TEST = 'test/analyze/model/train-cue-model.test.ts';
const vitestBin = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');

interface Run {
  readonly code: number;
  readonly output: string;
}

/** Runs `vitest run` with `args`; with `hold`, keeps its output and returns it instead of printing it. */
function vitest(args: readonly string[], hold: boolean): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [vitestBin, 'run', ...args], {
      stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    const held: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => held.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => held.push(chunk));
    child.on('error', (error) => {
      resolve({ code: 1, output: `could not start vitest: ${error.message}\n` });
    });
    child.on('close', (code) => {
      resolve({ code: code ?? 1, output: Buffer.concat(held).toString() });
    });
  });
}

const args = process.argv.slice(2);
if (args.length > 0) {
  process.exitCode = (await vitest(args, false)).code;
} else {
  const training = vitest([TRAINING_TEST], true);
  const rest = await vitest(['--exclude', TRAINING_TEST], false);
  const trained = await training;
  process.stdout.write(`\n--- ${TRAINING_TEST} (run beside the rest) ---\n${trained.output}`);
  if (rest.code !== 0 || trained.code !== 0)
    console.error(
      `test suite failed: ${[rest.code !== 0 ? 'the suite' : '', trained.code !== 0 ? TRAINING_TEST : ''].filter(Boolean).join(' and ')}`,
    );
  process.exitCode = rest.code !== 0 ? rest.code : trained.code;
}
