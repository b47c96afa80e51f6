/**
 * npm run agreement: how far PolNeAR's annotators agree with each other, by the very figures `onrecord
 * eval` gives a system. A few train articles were annotated by several people (`NAME_XXXX.ann`, one
 * file each); every ordered pair of their files is scored as gold against predictions, and the counts of
 * all pairs are summed (micro-average), exactly as `onrecord eval` sums documents.
 *
 * Why: it says what an exact-span F1 means on this corpus. Where two careful readers agree on 0.70 of
 * cue spans, a system at 0.67 against one reader is close to them, and the rest of the gap is partly
 * the readers' own. Reads train only (dev is for tuning; the test split is never read).
 *
 *   npm run agreement                       (../shared/polnear/train)
 *   npm run agreement -- --split FOLDER
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseBratAnnotations } from '../src/eval/read-brat.js';
import { scoreDocument, type ScoredDocument } from '../src/eval/score-document.js';
import { summarizeScores } from '../src/eval/summarize-scores.js';

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: fileURLToPath(new URL('../../shared/polnear/train', import.meta.url)) },
  },
});
const split = values.split;
const ANNOTATION_FILE = /^(.+)_[0-9a-f]{4}\.ann$/i;

const filesOf = new Map<string, string[]>();
for (const name of readdirSync(join(split, 'attributions')).sort()) {
  const article = ANNOTATION_FILE.exec(name)?.[1];
  if (article !== undefined) filesOf.set(article, [...(filesOf.get(article) ?? []), name]);
}

const scored: ScoredDocument[] = [];
let articles = 0;
for (const [article, files] of filesOf) {
  if (files.length < 2) continue;
  articles += 1;
  const text = readFileSync(join(split, 'text', `${article}.txt`), 'utf8');
  const readers = files.map(
    (file) => parseBratAnnotations(readFileSync(join(split, 'attributions', file), 'utf8'), text, file).value,
  );
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
