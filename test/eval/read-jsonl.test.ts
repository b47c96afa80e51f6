import { describe, expect, it } from 'vitest';
import { parseGoldJsonl } from '../../src/eval/read-gold-jsonl.js';
import { parsePredictionsJsonl, pickPredictions } from '../../src/eval/read-predictions.js';

const text = 'Ann said: "We stay." Bo said it rained.';
const line = (value: unknown): string => JSON.stringify(value);

describe('parseGoldJsonl', () => {
  it('reads one article per line, types relations by EVAL.md unless given, drops relations without content', () => {
    const content = [
      line({
        file: 'dir/ann.txt',
        text,
        attributions: [
          {
            source: { start: 0, end: 3 },
            cue: { start: 4, end: 8, text: 'said' },
            content: [{ start: 10, end: 20 }],
          },
          {
            source: null,
            cue: { start: 24, end: 28 },
            content: [{ start: 29, end: 38 }],
            type: 'mixed',
            id: 'g2',
          },
          { source: null, cue: null, content: [] },
        ],
      }),
      '',
      line({ text: 'Nothing said.', attributions: [] }),
    ].join('\n');
    const { value, problems } = parseGoldJsonl(content, 'gold.jsonl');
    expect(problems).toEqual([]);
    expect(value.map((document) => document.name)).toEqual(['dir/ann.txt', 'line 3']);
    expect(value[0]!.relations).toEqual([
      {
        id: null,
        source: { start: 0, end: 3 },
        cue: { start: 4, end: 8 },
        content: [{ start: 10, end: 20 }],
        type: 'direct',
      },
      {
        id: 'g2',
        source: null,
        cue: { start: 24, end: 28 },
        content: [{ start: 29, end: 38 }],
        type: 'mixed',
      },
    ]);
  });

  it('reports a bad line or span with file and line, and keeps the rest', () => {
    const content = [
      '{not json',
      line({ text }),
      line({
        text,
        attributions: [
          { cue: { start: 4, end: 99 }, content: [{ start: 10, end: 20 }] },
          { content: [{ start: 10, end: 20, text: 'other words' }], type: 'quoted' },
          { content: { start: 1, end: 2 } },
        ],
      }),
    ].join('\n');
    const { value, problems } = parseGoldJsonl(content, 'gold.jsonl');
    expect(value).toHaveLength(1);
    expect(value[0]!.relations).toHaveLength(1);
    expect(problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`)).toEqual([
      expect.stringMatching(/^gold\.jsonl:1: not JSON/),
      'gold.jsonl:2: expected an object with "text" (a string) and "attributions" (an array)',
      'gold.jsonl:3: attributions[0] cue: 4..99 does not fit in a text of 39 UTF-16 units',
      'gold.jsonl:3: attributions[1] content[0]: text "other words" is not the article text at 10..20',
      'gold.jsonl:3: attributions[1]: unknown type "quoted", typed by EVAL.md\'s rule instead',
      'gold.jsonl:3: attributions[2]: content must be an array of spans',
    ]);
  });
});

describe('predictions from a file', () => {
  const golds = [
    { name: 'ann.txt', text, relations: [] },
    { name: 'missing.txt', text, relations: [] },
  ];

  it('matches extractions to gold articles by file basename and reports the ones that do not pair', () => {
    const content = [
      line({
        version: '1',
        file: '/somewhere/else/ann.txt',
        attributions: [
          { id: 'a1', type: 'direct', source: null, cue: null, content: [{ start: 10, end: 20 }] },
        ],
      }),
      line({ version: '1', file: 'ann.txt', attributions: [] }),
      line({ version: '1', file: 'stray.txt', attributions: [] }),
      line({ version: '1', file: null, attributions: [] }),
    ].join('\n');
    const lines = parsePredictionsJsonl(content, 'pred.jsonl');
    const picked = pickPredictions(golds, lines.value, 'pred.jsonl');
    expect(picked.value).toEqual([
      [{ id: 'a1', source: null, cue: null, content: [{ start: 10, end: 20 }], type: 'direct' }],
      [],
    ]);
    expect(
      [...lines.problems, ...picked.problems].map((problem) => `${problem.line}: ${problem.message}`),
    ).toEqual([
      '2: a second extraction of "ann.txt": only the first is scored',
      '4: expected an extraction with "file" (a string) and "attributions" (an array)',
      'null: no extraction of missing.txt: scored as predicting nothing',
      '3: no gold article named stray.txt: not scored',
    ]);
  });
});
