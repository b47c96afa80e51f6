/**
 * A corpus of generated news pages for the queue's fault test and bench/workers: some as HTML files (queued
 * by path, read by the worker), the rest in a WARC archive (read when queued, each record a job carrying its
 * bytes), so that both kinds of job are exercised. Pages come from scripts/make-warc.ts's generator; the
 * files take page numbers after the archive's, so no file shares a canonical URL with an archived page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generatePage, seededRandom, writeCrawl } from '../../scripts/make-warc.js';

export interface NewsCorpus {
  /** What to give `onrecord ingest`: the folder of files and the archive. */
  readonly inputs: readonly string[];
  /** Documents in all (each stored as one article). */
  readonly documents: number;
}

/** A corpus whose store keys are known: one per article. */
export interface KeyedCorpus extends NewsCorpus {
  readonly keys: readonly string[];
}

export async function writeNewsCorpus(
  dir: string,
  counts: { files: number; archived: number },
  seed = 7,
): Promise<NewsCorpus> {
  const pages = join(dir, 'pages');
  mkdirSync(pages, { recursive: true });
  const random = seededRandom(seed);
  for (let n = 0; n < counts.files; n += 1) {
    const page = generatePage(random, counts.archived + n);
    writeFileSync(join(pages, `page-${String(n).padStart(5, '0')}.html`), page.body);
  }
  const inputs = [pages];
  if (counts.archived > 0) {
    const archive = join(dir, 'crawl.warc.gz');
    await writeCrawl(archive, counts.archived, seed + 1);
    inputs.push(archive);
  }
  return { inputs, documents: counts.files + counts.archived };
}

const TOWNS = ['Larkmoor', 'Eastvale', 'Ostwick', 'Fennick', 'Caldrow', 'Brindle Bay', 'Harrowgate'];
const BODIES = ['council', 'port authority', 'water board', 'transport office', 'school board'];
const FIRST = ['Anna', 'Tomas', 'Lena', 'Pavel', 'Mira', 'Jonas', 'Ines', 'Karl', 'Olga', 'Ruth'];
const LAST = ['Varga', 'Holm', 'Brandt', 'Kessler', 'Moreau', 'Lind', 'Dahl', 'Novak', 'Ferro', 'Sauer'];
const ROLES = ['the mayor', 'a spokeswoman', 'the chair', 'a union leader', 'the treasurer'];
const CLAIMS = [
  'we will not raise the levy this year',
  'the bridge will open before the winter',
  'nobody warned us about the cost',
  'the plan is the best we could agree on',
];

/**
 * A corpus of short articles, quick to ingest (the fault test is about the queue, not the reading): plain
 * text files, and the same kind of article as JSON Lines records. Every article is its own (a number in
 * its text), its speakers drawn from a hundred names, so that workers link the same people at once.
 */
export function writeShortCorpus(dir: string, counts: { files: number; lines: number }): KeyedCorpus {
  const files = join(dir, 'articles');
  mkdirSync(files, { recursive: true });
  const keys: string[] = [];
  for (let n = 0; n < counts.files; n += 1) {
    const file = join(files, `article-${String(n).padStart(5, '0')}.txt`);
    writeFileSync(file, shortArticle(n));
    keys.push(pathToFileURL(file).href);
  }
  const inputs = [files];
  if (counts.lines > 0) {
    const lines = Array.from({ length: counts.lines }, (_, line) => {
      const n = counts.files + line;
      keys.push(`https://news.example/${n}`);
      return JSON.stringify({
        url: `https://news.example/${n}`,
        title: `Plan ${n} approved`,
        published: new Date(Date.UTC(2025, 0, 1) + n * 3_600_000).toISOString(),
        outlet: 'Example News',
        language: 'en',
        text: shortArticle(n),
      });
    });
    const jsonl = join(dir, 'articles.jsonl');
    writeFileSync(jsonl, `${lines.join('\n')}\n`);
    inputs.push(jsonl);
  }
  return { inputs, documents: counts.files + counts.lines, keys };
}

function shortArticle(n: number): string {
  const at = <T>(items: readonly T[], k: number): T => items[k % items.length]!;
  const town = at(TOWNS, n);
  const speaker = `${at(FIRST, n)} ${at(LAST, Math.floor(n / FIRST.length))}`;
  const other = `${at(FIRST, n + 3)} ${at(LAST, Math.floor(n / 7))}`;
  return (
    `${town} approves plan ${n}\n\n` +
    `${town.toUpperCase()} — The ${at(BODIES, n)} approved plan number ${n} on Monday after a long debate.\n\n` +
    `"${capitalize(at(CLAIMS, n))}," said ${speaker}, ${at(ROLES, n)}.\n\n` +
    `${other}, ${at(ROLES, n + 1)}, said the plan would cost ${(n % 90) + 10} million.\n`
  );
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
