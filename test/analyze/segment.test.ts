import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/analyze/context.js';
import { readText } from '../../src/read/index.js';
import { extract } from '../../src/extract.js';
import { polnearTrainTexts } from '../helpers/polnear.js';

function rebuild(text: string): { fromSentences: string; fromTokens: string; sentences: number } {
  const context = buildContext(readText(text));
  return {
    fromSentences: context.sentences.map((sentence) => text.slice(sentence.start, sentence.end)).join(''),
    fromTokens: context.tokens.map((token) => token.text).join(''),
    sentences: context.sentences.length,
  };
}

describe('segmentation is lossless', () => {
  it('splits sentences at terminators, not at abbreviations or initials', () => {
    const text =
      'Sen. J. K. Smith spoke on Jan. 5. Then Mr. Jones left! Did he? "Yes." She nodded.\n\nNew paragraph here.';
    const context = buildContext(readText(text));
    const sentences = context.sentences.map((sentence) => text.slice(sentence.start, sentence.end).trim());
    expect(sentences).toContain('Sen. J. K. Smith spoke on Jan. 5.');
    expect(sentences).toContain('Then Mr. Jones left!');
    expect(sentences).toContain('New paragraph here.');
  });

  it('keeps a quoted question or exclamation with the reporting clause after it', () => {
    const text =
      '"How long must we wait?" Lena Brandt said. "Never again!" shouted the crowd. "Why?" The reply came late.';
    const context = buildContext(readText(text));
    const sentences = context.sentences.map((sentence) => text.slice(sentence.start, sentence.end).trim());
    expect(sentences).toEqual([
      '"How long must we wait?" Lena Brandt said.',
      '"Never again!" shouted the crowd.',
      '"Why?"',
      'The reply came late.',
    ]);
    // Not every speech verb after a quoted question is its reporting clause.
    for (const next of [
      'State officials declined to comment on the matter.',
      'Officials say taxpayers will.',
      'The question hangs over the campaign as Lena Brandt says she will run.',
    ]) {
      const other = `"Who will pay?" ${next}`;
      const read = buildContext(readText(other));
      expect(read.sentences.map((sentence) => other.slice(sentence.start, sentence.end).trim())).toEqual([
        '"Who will pay?"',
        next,
      ]);
    }
  });

  it('keeps a quoted question with a reporting verb the lexicon lacks but WordNet reads as speech', () => {
    const text = '"Who pays for the pier?" Lena Brandt demanded. "And the shed?" Her notes are redacted.';
    const context = buildContext(readText(text));
    expect(context.sentences.map((sentence) => text.slice(sentence.start, sentence.end).trim())).toEqual([
      '"Who pays for the pier?" Lena Brandt demanded.',
      // In the passive the verb says what was done to the words: a sentence of its own.
      '"And the shed?"',
      'Her notes are redacted.',
    ]);
    // Nor a verb of thought, a bare form, or a passive with an adverb in it.
    for (const next of ['Nobody knows.', 'Lawyers disagree.', 'Her notes were later redacted.']) {
      const other = `"Who will pay?" ${next}`;
      expect(
        buildContext(readText(other)).sentences.map((sentence) =>
          other.slice(sentence.start, sentence.end).trim(),
        ),
        other,
      ).toEqual(['"Who will pay?"', next]);
    }
    const quoted = extract('"Who pays for the pier?" Lena Brandt demanded.').attributions.find(
      (attribution) => attribution.cue?.text === 'demanded',
    );
    expect(quoted?.source?.text).toBe('Lena Brandt');
    expect(quoted?.content.map((fragment) => fragment.text)).toEqual(['"Who pays for the pier?"']);
  });

  it('rebuilds every PolNeAR train text exactly from sentences and from tokens', () => {
    for (const { name, text } of polnearTrainTexts()) {
      const result = rebuild(text);
      expect(result.fromSentences, name).toBe(text);
      expect(result.fromTokens, name).toBe(text);
    }
  });

  it('rebuilds text with CRLF, a BOM, emoji and combining marks', () => {
    const text = '\uFEFFTitle line\r\n\r\nShe said: «Ça va.» 👍🏽 Then e\u0301 left.\r\n';
    const result = rebuild(text);
    expect(result.fromSentences).toBe(text);
    expect(result.fromTokens).toBe(text);
  });
});
