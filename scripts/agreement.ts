/**
 * npm run agreement: how far PolNeAR's annotators agree with each other, by the very figures `onrecord
 * eval` gives a system. A few train articles were annotated by several people (`NAME_XXXX.ann`, one
 * file each); every ordered pair of their files is scored as gold against predictions, and the counts of
 * all pairs are summed (micro-average), exactly as `onrecord eval` sums documents.
 *
 * Why: it says what an exact-span F1 means on this corpus. Where two careful readers agree on 0.70 of
 * cue spans, a system at 0.67 against one reader is close to them, and the rest of the gap is partly
 * the readers' own. Reads train by default (dev is for tuning) and refuses PolNeAR's reserved test split.
 *
 *   npm run agreement                       (../shared/polnear/train)
 *   npm run agreement -- --split FOLDER
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseBratAnnotations } from '../src/eval/read-brat.js';
import { ANNOTATION_FILE } from '../src/eval/read-polnear-folder.js';
import { scoreDocument, type ScoredDocument } from '../src/eval/score-document.js';
import { summarizeScores } from '../src/eval/summarize-scores.js';

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: fileURLToPath(new URL('../../shared/polnear/train', import.meta.url)) },
  },
});
const split = values.split;

// PolNeAR's test split is reserved for independent evaluation: never read here.
if (basename(resolve(split)) === 'test') {
  console.error(`agreement: ${split} is PolNeAR's reserved test split; use train (or dev)`);
  process.exit(2);
}

function listFolder(folder: string): string[] {
  try {
    return readdirSync(folder).sort();
  } catch (error) {
    console.error(`agreement: ${folder} cannot be listed: ${(error as Error).message}`);
    process.exit(2);
  }
}

const filesOf = new Map<string, string[]>();
const texts = new Set(listFolder(join(split, 'text')));
for (const name of listFolder(join(split, 'attributions'))) {
  const article = ANNOTATION_FILE.exec(name)?.[1];
  if (article !== undefined) filesOf.set(article, [...(filesOf.get(article) ?? []), name]);
}

const scored: ScoredDocument[] = [];
let articles = 0;
for (const [article, files] of filesOf) {
  if (files.length < 2) continue;
  if (!texts.has(`${article}.txt`)) {
    console.error(`agreement: ${article}: no text/${article}.txt; skipped`);
    continue;
  }
  articles += 1;
  const text = readFileSync(join(split, 'text', `${article}.txt`), 'utf8');
  const readers = files.map((file) => {
    const read = parseBratAnnotations(readFileSync(join(split, 'attributions', file), 'utf8'), text, file);
    for (const problem of read.problems)
      console.error(
        `agreement: ${problem.file}${problem.line === null ? '' : `:${problem.line}`}: ${problem.message}`,
      );
    return read.value;
  });
  for (const [goldIndex, gold] of readers.entries())
    for (const [otherIndex, other] of readers.entries())
      if (otherIndex !== goldIndex)
        scored.push(scoreDocument({ name: article, text, relations: gold }, other));
}
if (articles === 0) {
  console.error(`agreement: no article of ${split} has more than one annotation file`);
  process.exit(1);
}

const { all, quote, speakers } = summarizeScores(scored);
const figure = (value: number): string => value.toFixed(3);
console.log(
  `${split}: ${articles} articles with several annotators, ${scored.length} ordered pairs of annotation files`,
);
console.log('exact-span F1 of one annotator against another (micro-averaged over the pairs):');
for (const row of ['cue', 'source', 'content'] as const)
  console.log(
    `  ${row.padEnd(8)} all ${figure(all.exact[row].f1)}   quotations ${figure(quote.exact[row].f1)}`,
  );
console.log(`  content token-overlap F1 ${figure(all.overlap.content.f1)}`);
console.log(`  quotation speaker accuracy ${figure(speakers.accuracy)}`);
