/**
 * bench/extract: articles per CPU-second of one `onrecord extract` process over the PolNeAR train texts
 * (given several times, as EVAL.md's speed definition says), beside a plain regex word scan of the same
 * files measured in the same run, as a ratio; the median of several runs. Start-up counts.
 *
 *   npm run bench            (defaults: 3 copies of the 840 texts, 5 runs)
 *   npm run bench -- --copies 5 --runs 7
 *   npm run bench -- --against ../before   (another checkout, built: its extract is measured in the same
 *                                            runs, interleaved, and the ratio of the two medians printed)
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cpuSecondsOf, median } from './cpu-time.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = fileURLToPath(new URL('../../shared/polnear/train/text', import.meta.url));
const { values } = parseArgs({
  options: {
    copies: { type: 'string', default: '3' },
    runs: { type: 'string', default: '5' },
    against: { type: 'string' },
  },
});
const against = values.against === undefined ? null : resolve(values.against);
if (against !== null && !existsSync(`${against}/dist/cli/main.js`))
  throw new Error(`${against}/dist is missing: build that checkout first (npx tsc -p tsconfig.build.json)`);
const copies = Number(values.copies);
const runs = Number(values.runs);

if (!existsSync(corpus)) throw new Error(`PolNeAR train texts not found at ${corpus}`);
if (!existsSync(`${root}/dist/cli/main.js`)) throw new Error('dist/ is missing: run `npm run build` first');
const texts = readdirSync(corpus)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => `${corpus}/${name}`);
const files = Array.from({ length: copies }, () => texts).flat();

const engine: number[] = [];
const baseline: number[] = [];
const other: number[] = [];
const extractIn = (checkout: string) =>
  files.length /
  cpuSecondsOf(['node', 'bin/onrecord.js', 'extract', '--format', 'jsonl', ...files], checkout);
for (let run = 0; run < runs; run += 1) {
  // Interleaved, so that all see the same machine state; the order alternates between runs.
  baseline.push(files.length / cpuSecondsOf(['node', 'bench/regex-scan.js', ...files], root));
  if (against !== null && run % 2 === 1) other.push(extractIn(against));
  engine.push(extractIn(root));
  if (against !== null && run % 2 === 0) other.push(extractIn(against));
}
const engineMedian = median(engine);
const baselineMedian = median(baseline);
console.log(
  `inputs per run: ${files.length} (${texts.length} PolNeAR train texts x ${copies}), runs: ${runs}`,
);
console.log(
  `onrecord extract:  ${engineMedian.toFixed(0)} articles per CPU-second (median; runs: ${engine.map((value) => value.toFixed(0)).join(', ')})`,
);
console.log(
  `regex word scan:   ${baselineMedian.toFixed(0)} articles per CPU-second (median; runs: ${baseline.map((value) => value.toFixed(0)).join(', ')})`,
);
console.log(`ratio extract / regex scan: ${(engineMedian / baselineMedian).toFixed(3)}`);
if (against !== null) {
  const otherMedian = median(other);
  console.log(
    `${against} extract: ${otherMedian.toFixed(0)} articles per CPU-second (median; runs: ${other.map((value) => value.toFixed(0)).join(', ')})`,
  );
  console.log(`ratio this checkout / ${against}: ${(engineMedian / otherMedian).toFixed(3)}`);
}
