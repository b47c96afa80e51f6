/**
 * bench/read-html: our HTML reader against Mozilla Readability, in the same process and the same run, on
 * the same decoded pages. Four readers:
 *
 * - Readability on linkedom: parse with linkedom, then `new Readability(document).parse()`;
 * - Readability on jsdom: parse with jsdom's JSDOM, then the same (the DOM Readability is written for);
 * - onrecord's `readHtml`: linkedom parse, metadata, our own body extractor (with its fallbacks);
 * - onrecord's body extractor alone: linkedom parse, walk and selection, without metadata or fallbacks.
 *
 * Each is timed in CPU time (process.cpuUsage: user + system) over several runs, interleaved so that all
 * readers see the same machine state; the median run is reported as pages per second on one core, with the
 * ratio ours / Readability-on-linkedom (the median of the ratios within each run). Pages: the golden pages
 * (test/articles/<slug>/source.*), or any folder given with --pages (every `*.html` in it, and every
 * `<dir>/source.*`).
 *
 *   node --import tsx bench/read-html.ts [--pages DIR] [--runs N] [--min-pages N] [--no-jsdom]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { decodeDocument } from '../src/acquire/decode-document.js';
import { parseHtmlDocument } from '../src/read/html/dom.js';
import { readHtml } from '../src/read/html/index.js';
import { selectBody, sumSubtrees } from '../src/read/html/select-body.js';
import { walkPage } from '../src/read/html/walk-page.js';

interface Page {
  readonly name: string;
  readonly html: string;
}

type Reader = (html: string) => unknown;

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: 'test/articles' },
    runs: { type: 'string', default: '7' },
    'min-pages': { type: 'string', default: '300' },
    'no-jsdom': { type: 'boolean', default: false },
  },
});

/** The pages of a folder: `*.html` files in it, and `source.*` files one level down. */
function loadPages(folder: string): Page[] {
  const pages: Page[] = [];
  for (const entry of readdirSync(folder).sort()) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) {
      const source = readdirSync(path).find((file) => file.startsWith('source.'));
      if (source !== undefined) pages.push(decode(join(path, source)));
    } else if (/\.html?$/i.test(entry)) {
      pages.push(decode(path));
    }
  }
  return pages;
}

function decode(path: string): Page {
  const bytes = readFileSync(path);
  const { text } = decodeDocument({ origin: 'file', name: path, bytes, fetchedAt: '' });
  return { name: path, html: text };
}

const quietConsole = new VirtualConsole();

const READERS: Readonly<Record<string, Reader>> = {
  'readability-linkedom': (html) => new Readability(parseHTML(html).document).parse(),
  'readability-jsdom': (html) => {
    const dom = new JSDOM(html, { virtualConsole: quietConsole });
    const result = new Readability(dom.window.document).parse();
    dom.window.close();
    return result;
  },
  'onrecord-readHtml': (html) => readHtml(html),
  // The body extractor alone (parse, walk, select), without metadata and fallbacks: what Readability's
  // own work compares with.
  'onrecord-body-only': (html) => {
    const walk = walkPage(parseHtmlDocument(html).documentElement);
    sumSubtrees(walk.containers);
    return selectBody(walk, { title: null, subtitle: null });
  },
};

/** CPU seconds to read `pages`, `rounds` times over. */
function cpuSeconds(reader: Reader, pages: readonly Page[], rounds: number): number {
  const start = process.cpuUsage();
  for (let round = 0; round < rounds; round += 1) {
    for (const page of pages) reader(page.html);
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function median(numbers: readonly number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function main(): void {
  const folder = values.pages;
  if (!existsSync(folder)) throw new Error(`no such folder: ${folder} (give --pages DIR)`);
  const pages = loadPages(folder);
  if (pages.length === 0) throw new Error(`no pages in ${folder}: expected *.html or <dir>/source.*`);
  const runs = Math.max(1, Number(values.runs));
  const rounds = Math.max(1, Math.ceil(Number(values['min-pages']) / pages.length));
  const names = Object.keys(READERS).filter((name) => !(values['no-jsdom'] && name.includes('jsdom')));
  const bytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page.html), 0);
  console.log(
    `${pages.length} pages from ${folder} (${(bytes / 1024).toFixed(0)} KiB, mean ${(bytes / pages.length / 1024).toFixed(1)} KiB), ` +
      `${rounds} round(s) per run, ${runs} runs, node ${process.version}`,
  );
  // Warm-up: every reader once over every page, so that the first timed run is not paying for JIT.
  for (const name of names) cpuSeconds(READERS[name]!, pages, 1);
  const rates = new Map<string, number[]>(names.map((name) => [name, []]));
  for (let run = 0; run < runs; run += 1) {
    // Every other run in reverse order, so that no reader always runs right after another's garbage.
    for (const name of run % 2 === 0 ? names : [...names].reverse()) {
      // jsdom is several times slower: fewer rounds keep the run short; the rate is per page anyway.
      const readerRounds = name.includes('jsdom') ? Math.max(1, Math.ceil(rounds / 4)) : rounds;
      const seconds = cpuSeconds(READERS[name]!, pages, readerRounds);
      rates.get(name)!.push((pages.length * readerRounds) / seconds);
    }
  }
  const medians = new Map(names.map((name) => [name, median(rates.get(name)!)]));
  for (const name of names) {
    const all = rates
      .get(name)!
      .map((rate) => rate.toFixed(0))
      .join(' ');
    console.log(
      `${name.padEnd(22)} ${medians.get(name)!.toFixed(1).padStart(8)} pages/s per core (median; runs: ${all})`,
    );
  }
  // Ratios within each run (the same machine load for both), then their median: steadier than the ratio of
  // medians on a machine shared with other work.
  const ratio = (numerator: string, denominator: string): string => {
    const top = rates.get(numerator);
    const bottom = rates.get(denominator);
    if (top === undefined || bottom === undefined) return 'n/a';
    const perRun = top.map((rate, run) => rate / bottom[run]!);
    return `${median(perRun).toFixed(2)} (median of runs: ${perRun.map((value) => value.toFixed(2)).join(' ')})`;
  };
  console.log(
    `ratio onrecord readHtml / readability-linkedom: ${ratio('onrecord-readHtml', 'readability-linkedom')}`,
  );
  console.log(
    `ratio onrecord body-only / readability-linkedom: ${ratio('onrecord-body-only', 'readability-linkedom')}`,
  );
  if (rates.has('readability-jsdom'))
    console.log(
      `ratio readability-linkedom / readability-jsdom: ${ratio('readability-linkedom', 'readability-jsdom')}`,
    );
}

main();
