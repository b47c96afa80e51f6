#!/usr/bin/env node
// The bin runs the compiled CLI; `npm ci` builds dist/ through the `prepare` script.
import { setFlagsFromString } from 'node:v8';

// A smaller inlining budget for V8's optimizing compiler (920 bytes of bytecode by default). The
// pipeline is many middle-sized functions that V8 optimizes on background threads while an extraction
// runs; with the default budget each is compiled with all it calls inlined. Measured per thread
// (/proc/self/task) over 1,680 PolNeAR train texts: the compiler threads spent 5.2-5.7 CPU-seconds beside
// the main thread's 13-16, and 3.9-4.4 with this budget; over 5,040 texts, 8.4 and 4.8, the main thread
// 40.1 and 39.9 s. Set before any of the CLI's code is optimized; it changes speed only, never a result.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');

const { main } = await import('../dist/cli/main.js');

// `onrecord quotes | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv);
