#!/usr/bin/env node
// The bin runs the compiled CLI; `npm ci` builds dist/ through the `prepare` script.
import { setFlagsFromString } from 'node:v8';

// A smaller inlining budget for V8's optimizing compiler (920 bytes of bytecode by default). The
// pipeline is many middle-sized functions that V8 optimizes on background threads while an extraction
// runs; with the default budget each was compiled with all it calls inlined, about five CPU-seconds per
// process (a quarter of `npm run bench`'s CPU time), and the compiled code ran no faster. Measured on
// 1,680 PolNeAR train texts: 3.6-3.7 CPU-seconds of compilation instead of 4.9-6.3, extraction itself
// unchanged. Set before any of the CLI's code is optimized; it changes speed only, never a result.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');

const { main } = await import('../dist/cli/main.js');

// `onrecord quotes | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv);
