/**
 * bench/link: linking stays incremental. Grows one SQLite store to 1,000, 10,000 and 100,000 articles
 * and, at each size, times adding one more article (people linked, statements matched, everything
 * written, in its one transaction): the median over several additions, beside the same at the smallest
 * size, as a ratio. Extraction is not timed (it does not depend on the store).
 *
 * The articles are the 840 PolNeAR train texts, extracted once and stored again and again under new keys
 * and publication dates one day apart, so the record grows as a real one does: the same people (Trump
 * and Clinton in thousands of articles) saying similar things across months.
 *
 *   npm run build && npm run bench:link   (sizes 1000,10000,100000; 25 additions each)
 *   npm run bench:link -- --sizes 1000,20000 --additions 15 --db /tmp/link.db
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extract } from '../dist/extract.js';
import { openSqliteStore, type IngestInput } from '../dist/store/index.js';
import type { Extraction } from '../dist/types.js';
import { median } from './cpu-time.js';

const corpus = fileURLToPath(new URL('../../shared/polnear/train/text', import.meta.url));
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    additions: { type: 'string', default: '25' },
    db: { type: 'string', default: '/tmp/onrecord-bench-link.db' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const additions = Number(values.additions);
if (!existsSync(corpus)) throw new Error(`PolNeAR train texts not found at ${corpus}`);

const bases = readdirSync(corpus)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => {
    const text = readFileSync(`${corpus}/${name}`, 'utf8');
    return { name, text, extraction: extract(text, { file: name }) };
  });

/** The n-th article of the growing record: a base text under a new key and a publication date n/840 days on. */
function article(n: number): IngestInput {
  const base = bases[n % bases.length]!;
  const day = new Date(Date.UTC(2016, 0, 1) + Math.floor(n / bases.length) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const extraction: Extraction = {
    ...base.extraction,
    file: `${base.name}#${n}`,
    meta: { ...base.extraction.meta, published: day },
  };
  return { text: `${base.text}\n<!-- ${n} -->`, extraction };
}

for (const suffix of ['', '-wal', '-shm']) rmSync(`${values.db}${suffix}`, { force: true });
const store = openSqliteStore(values.db);
let stored = 0;
const rows: { size: number; milliseconds: number }[] = [];
const started = performance.now();
for (const size of sizes) {
  const batch = 500;
  while (stored < size) {
    const count = Math.min(batch, size - stored);
    await store.ingestBatch(Array.from({ length: count }, (_, index) => article(stored + index)));
    stored += count;
    process.stderr.write(
      `\rbench/link: ${stored} articles stored (${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
  const times: number[] = [];
  for (let addition = 0; addition < additions; addition += 1) {
    const input = article(stored);
    const before = performance.now();
    const outcome = await store.ingest(input);
    times.push(performance.now() - before);
    if (outcome.status !== 'added') throw new Error(`addition was ${outcome.status}`);
    stored += 1;
  }
  rows.push({ size, milliseconds: median(times) });
}
process.stderr.write('\n');
await store.close();
const baseline = rows[0]!.milliseconds;
console.log(`articles of ~750 words (PolNeAR train texts), ${additions} additions per size, median`);
for (const { size, milliseconds } of rows)
  console.log(
    `store of ${String(size).padStart(7)} articles: adding one takes ${milliseconds.toFixed(2)} ms (x${(milliseconds / baseline).toFixed(2)} the ${sizes[0]}-article store)`,
  );
