import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBratAnnotations } from '../../src/eval/read-brat.js';
import { readPolnearFolder } from '../../src/eval/read-polnear-folder.js';
import { POLNEAR_DEV } from './polnear-dev.js';
import { spanOf } from './build-relations.js';

// A character outside the BMP first, so that every brat offset (code points) differs from its UTF-16 index.
const text = '😀 Ann said “we stay,” and left.\nBo and Cy thought so, and agreed.';
const codePoints = (index: number): number => Array.from(text.slice(0, index)).length;
const offsets = (words: string, occurrence = 1): string => {
  const span = spanOf(text, words, occurrence);
  return `${codePoints(span.start)} ${codePoints(span.end)}`;
};

const ann = [
  `T1\tSource ${offsets('Ann')}\tAnn`,
  `T2\tCue ${offsets('said')}\tsaid`,
  `T3\tContent ${offsets('“we stay,”')}\t“we stay,”`,
  `T4\tAttribution ${offsets('said')}\tsaid`,
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'this is not an annotation line',
  'A1\tNegated E1',
  'R1\tCoref Arg1:T1 Arg2:T5',
  '#1\tAnnotatorNotes T3\tA note about the span',
  // A source in two fragments is one span; a content in two fragments plus a Content2 gives three.
  `T5\tSource ${offsets('Bo')};${offsets('Cy')}\tBo Cy`,
  `T6\tCue ${offsets('thought')}\tthought`,
  `T7\tContent ${offsets('so')};${offsets('and', 3)}\tso and`,
  `T8\tContent ${offsets('agreed')}\tagreed`,
  `T9\tAttribution-no-source ${offsets('thought')}\tthought`,
  'E2\tAttribution-no-source:T9 Content2:T8 Source:T5 Content:T7 Cue:T6',
  // A relation without content is dropped; another event type is not an attribution.
  'E3\tAttribution:T9 Cue:T6',
  `T10\tDiscard ${offsets('left')}\tleft`,
  'E4\tOther:T10 Content:T10',
  // brat writes a span's text raw: one that holds a line break continues on the next line.
  `T11\tDiscuss ${codePoints(text.indexOf('left'))} ${codePoints(text.indexOf(' and C'))}\tleft.`,
  'Bo',
  `T12\tSource 5 x\tbad offsets`,
  `T13\tSource 900 905\tpast the end`,
  'E5\tAttribution:T4 Content:T3 Source:T99',
  `T14\tCue ${offsets('said')}\tsaying`,
  '',
].join('\n');

describe('parseBratAnnotations', () => {
  const { value: relations, problems } = parseBratAnnotations(ann, text, 'x.ann');

  it('reads each Attribution event with content as one relation, offsets in UTF-16', () => {
    expect(relations.map((relation) => relation.id)).toEqual(['E1', 'E2', 'E5']);
    const [first, second] = relations;
    expect(first).toEqual({
      id: 'E1',
      source: spanOf(text, 'Ann'),
      cue: spanOf(text, 'said'),
      content: [spanOf(text, '“we stay,”')],
      type: 'direct',
    });
    expect(text.slice(first!.source!.start, first!.source!.end)).toBe('Ann');
    expect(second!.source).toEqual({ start: spanOf(text, 'Bo').start, end: spanOf(text, 'Cy').end });
    expect(second!.content).toEqual([spanOf(text, 'so'), spanOf(text, 'and', 3), spanOf(text, 'agreed')]);
    expect(second!.type).toBe('indirect');
  });

  it('reports each line it cannot use, with its number, and goes on', () => {
    const lineOf = (start: string): number => ann.split('\n').findIndex((line) => line.startsWith(start)) + 1;
    const byLine = [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    expect(byLine.map((problem) => [problem.line, problem.message])).toEqual([
      [lineOf('this is'), 'not a brat annotation line: "this is not an annotation line"'],
      [lineOf('T12'), 'malformed text-bound annotation: "T12\\tSource 5 x\\tbad offsets"'],
      [lineOf('T13'), 'T13: offsets 900 905 lie past the end of the text'],
      [lineOf('E5'), 'E5: role Source points at T99, which is not a readable span'],
      [lineOf('T14'), 'span text differs from the article text at its offsets: "saying"'],
    ]);
    expect(problems.every((problem) => problem.file === 'x.ann')).toBe(true);
  });

  it('converts code points to UTF-16 only where they differ', () => {
    const plain = parseBratAnnotations(
      'T1\tCue 4 8\tsaid\nT2\tContent 9 11\tno\nE1\tAttribution:T1 Content:T2 Cue:T1\n',
      'Ann said no',
      'p.ann',
    );
    expect(plain.value[0]!.cue).toEqual({ start: 4, end: 8 });
    expect(plain.problems).toEqual([]);
  });
});

describe('readPolnearFolder with two annotators of one article', () => {
  const folder = mkdtempSync(join(tmpdir(), 'onrecord-polnear-'));
  mkdirSync(join(folder, 'text'));
  mkdirSync(join(folder, 'attributions'));
  writeFileSync(join(folder, 'text', 'a.txt'), 'Ann said no.');
  writeFileSync(join(folder, 'text', 'b.txt'), 'Bo said yes.');
  const reading = (cue: string): string =>
    `T1\tCue ${cue}\tsaid\nT2\tContent 9 11\tno\nE1\tAttribution:T1 Content:T2 Cue:T1\n`;
  // Named so that the later annotator's file sorts second; its cue span differs.
  writeFileSync(join(folder, 'attributions', 'a_0a1b.ann'), reading('4 8'));
  writeFileSync(
    join(folder, 'attributions', 'a_ff00.ann'),
    reading('4 8').replace('Cue 4 8\tsaid', 'Cue 0 8\tAnn said'),
  );
  writeFileSync(
    join(folder, 'attributions', 'b_1234.ann'),
    'T1\tCue 3 7\tsaid\nT2\tContent 8 11\tyes\nE1\tAttribution:T1 Content:T2 Cue:T1\n',
  );
  const cues = (documents: readonly { name: string; relations: readonly { cue: unknown }[] }[]) =>
    documents.map((document) => [document.name, document.relations[0]!.cue]);

  it('reads the lexicographically first file of each article by default', () => {
    const { value, problems } = readPolnearFolder(folder);
    expect(problems).toEqual([]);
    expect(cues(value)).toEqual([
      ['a.txt', { start: 4, end: 8 }],
      ['b.txt', { start: 3, end: 7 }],
    ]);
  });

  it('with everyAnnotator, reads each file as a document of its own, the first reading first', () => {
    const { value, problems } = readPolnearFolder(folder, { everyAnnotator: true });
    expect(problems).toEqual([]);
    expect(cues(value)).toEqual([
      ['a.txt', { start: 4, end: 8 }],
      ['a.txt', { start: 0, end: 8 }],
      ['b.txt', { start: 3, end: 7 }],
    ]);
  });

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });
});

describe('PolNeAR dev, read at run time', () => {
  const { value: documents, problems } = readPolnearFolder(POLNEAR_DEV);

  it('reads all 84 articles without a problem', () => {
    expect(documents).toHaveLength(84);
    expect(problems).toEqual([]);
  });

  it('has, per article, one relation per Attribution event with content in the first annotator file', () => {
    const annotations = readdirSync(join(POLNEAR_DEV, 'attributions')).sort();
    for (const document of documents) {
      const stem = document.name.replace(/\.txt$/, '');
      const first = annotations.find(
        (name) => name.startsWith(`${stem}_`) && /^_[0-9a-f]{4}\.ann$/.test(name.slice(stem.length)),
      );
      const lines = readFileSync(join(POLNEAR_DEV, 'attributions', first!), 'utf8').split('\n');
      const expected = lines.filter(
        (line) => /^E\d+\tAttribution(-no-source)?:T\d+ /.test(line) && /\sContent\d*:T/.test(line),
      ).length;
      expect(document.relations.length, document.name).toBe(expected);
    }
    expect(documents.reduce((sum, document) => sum + document.relations.length, 0)).toBe(2192);
  });

  it('gives spans that are the annotated text: each T line equals the article slice', () => {
    const bad: string[] = [];
    for (const document of documents) {
      const stem = document.name.replace(/\.txt$/, '');
      const first = readdirSync(join(POLNEAR_DEV, 'attributions'))
        .filter((name) => name.startsWith(`${stem}_`))
        .sort()[0]!;
      for (const line of readFileSync(join(POLNEAR_DEV, 'attributions', first), 'utf8').split('\n')) {
        const match = /^T\d+\t\S+ ([\d ;]+)\t(.*)$/.exec(line);
        if (!match) continue;
        const slice = match[1]!
          .split(';')
          .map((pair) => pair.split(' ').map(Number))
          .map(([start, end]) => document.text.slice(start, end))
          .join(' ');
        // A span holding a line break continues on the next line of the .ann: compare its first line.
        if (slice.split('\n')[0] !== match[2]) bad.push(`${first}: ${line}`);
      }
      for (const relation of document.relations)
        for (const span of [relation.source, relation.cue, ...relation.content])
          if (span && !(span.start <= span.end && span.end <= document.text.length)) bad.push(document.name);
    }
    expect(bad).toEqual([]);
  });
});
