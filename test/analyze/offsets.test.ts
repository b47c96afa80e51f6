import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import type { Extraction } from '../../src/types.js';
import { polnearTrainTexts } from '../helpers/polnear.js';

/** Every span an extraction reports, with the text it claims to cover (or none, for bare spans). */
function spansOf(extraction: Extraction): { start: number; end: number; text?: string }[] {
  const spans: { start: number; end: number; text?: string }[] = [
    ...extraction.blocks,
    ...extraction.diagnostics,
  ];
  for (const person of extraction.people) spans.push(...person.roles, ...person.mentions);
  for (const attribution of extraction.attributions) {
    if (attribution.source) spans.push(attribution.source);
    if (attribution.cue) spans.push(attribution.cue);
    if (attribution.saidAt) spans.push(attribution.saidAt);
    spans.push(...attribution.content);
  }
  return spans;
}

function checkOffsets(text: string): void {
  const extraction = extract(text);
  for (const span of spansOf(extraction)) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThanOrEqual(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
    if (span.text !== undefined) expect(text.slice(span.start, span.end)).toBe(span.text);
  }
  // A content fragment is some words: never a span of no characters.
  for (const attribution of extraction.attributions) {
    expect(attribution.content.length).toBeGreaterThan(0);
    for (const fragment of attribution.content) expect(fragment.end).toBeGreaterThan(fragment.start);
  }
}

// Pieces that exercise the engine: cues, names, quotation marks of every style, line breaks.
const pieces = [
  'Jens Stoltenberg',
  'Mayor Ines Calder',
  'he said',
  'she told reporters that',
  'according to the minister,',
  'In his opinion,',
  '"',
  '“',
  '”',
  '„',
  '«',
  '»',
  "'",
  '‘',
  '’',
  '「',
  '」',
  ', said Smith, the ',
  '.',
  ', ',
  '\n\n',
  '\n',
  ' ',
  'the former Secretary General',
  'We will not',
  '🇺🇦',
  'e\u0301',
  '\u0000',
  '\r\n',
  'As Biden said, ',
  'admitted',
  // Reporting clauses that the refinements of candidates cut around (refine-candidates.ts).
  ', until ',
  'who said ',
  'was asked, ',
  'Asked about it, ',
  ' and added: ',
  '?” ',
  'U.S.',
  ', which, Lena Brandt said, ',
  'is expected to ',
  // A report nested before another's reporting clause, which leaves that clause's content empty.
  'Critics argued the plan was costly',
  ', an aide said, adding that ',
];

describe('every span is an offset into the text', () => {
  it('holds over texts that once made an empty content fragment', () => {
    checkOffsets('Headline\n\naccording to X, , until said , until —(\n\nIn May, who said :');
    checkOffsets('Headline\n\nthe mayor said, according to X, , she said.');
  });

  it('holds where a report before a closing reporting clause leaves it no content (it once threw)', () => {
    const text =
      'Headline\n\nCritics argued the plan was costly, an aide said, adding that the budget would hold.\n\nThe vote is on Monday.\n';
    checkOffsets(text);
    const cues = extract(text).attributions.map((attribution) => attribution.cue?.text);
    expect(cues).toEqual(['argued', 'adding']);
  });

  it('holds over generated texts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 })), { maxLength: 60 }),
        (parts) => {
          checkOffsets(parts.join(''));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('holds over every PolNeAR train article', () => {
    for (const { text } of polnearTrainTexts()) checkOffsets(text);
  });
});
