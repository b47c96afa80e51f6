/**
 * bench/extract: articles per CPU-second of one `onrecord extract` process over the PolNeAR train texts
 * (given several times, as EVAL.md's speed definition says), beside a plain regex word scan of the same
 * files measured in the same run, as a ratio; the median of several runs. Start-up counts.
 *
 *   npm run bench            (defaults: 3 copies of the 840 texts, 5 runs)
 *   npm run bench -- --copies 5 --runs 7
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cpuSecondsOf, median } from './cpu-time.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = fileURLToPath(new URL('../../shared/polnear/train/text', import.meta.url));
const { values } = parseArgs({
  options: { copies: { type: 'string', default: '3' }, runs: { type: 'string', default: '5' } },
});
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
for (let run = 0; run < runs; run += 1) {
  // Interleaved, so that both see the same machine state.
  baseline.push(files.length / cpuSecondsOf(['node', 'bench/regex-scan.js', ...files], root));
  engine.push(
    files.length / cpuSecondsOf(['node', 'bin/onrecord.js', 'extract', '--format', 'jsonl', ...files], root),
  );
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
