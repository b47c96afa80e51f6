import { describe, expect, it } from 'vitest';
import { formatExtraction } from '../../src/cli/format-extraction.js';
import { formatQuotes, quoteJson } from '../../src/cli/format-record.js';
import { extract } from '../../src/extract.js';
import type { StoredAttribution } from '../../src/store/index.js';

// Original sentences written for these tests.
const text = [
  'Harbour news',
  '',
  'Ana Ferro has denied that the contract was signed in secret.',
  '',
  'The council has refused to say how much the audit cost.',
  '',
  '"The pier is unsafe," Tomas Rell said in a letter to the council.',
  '',
].join('\n');

describe('polarity and medium in the readable formats', () => {
  const extraction = extract(text, { file: 'harbour.txt' });

  it('marks denied and negated attributions and names the medium in `extract --format text`', () => {
    const lines = formatExtraction(extraction, text, 'text').split('\n');
    expect(lines).toContain('  a1 line 3: "Ana Ferro" [indirect] has denied (denied)');
    expect(lines).toContain('  a2 line 5: "The council" [indirect] has refused to say (negated)');
    // The learned cue tagger decides whether "in a letter" is part of the cue (PolNeAR's annotators write
    // both "said" and "said in a statement"), and retraining has moved it; the medium is what is checked.
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {2}a3 line 7: Tomas Rell \[direct\] said( in a letter)? \(medium letter\)$/),
    );
  });

  it('prints them in `quotes`, as text and as JSON', () => {
    const stored = extraction.attributions.map((attribution): StoredAttribution => ({
      article: { id: 1, file: 'harbour.txt', url: null },
      attribution,
      person: null,
      statement: null,
    }));
    const printed = formatQuotes(stored, 'text');
    expect(printed).toContain('"Ana Ferro" [indirect] has denied (harbour.txt a1, denied)');
    expect(printed).toMatch(/"Tomas Rell" \[direct\] said( in a letter)? \(harbour\.txt a3, medium letter\)/);
    expect(quoteJson(stored[2]!)).toMatchObject({
      polarity: 'affirmed',
      medium: { kind: 'letter', text: 'a letter' },
    });
    expect(quoteJson(stored[0]!)).toMatchObject({ polarity: 'denied', medium: null });
  });
});
