import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/analyze/context.js';
import { clauseSubject, sourceBeforeCue } from '../../src/analyze/source-before-cue.js';
import { readText } from '../../src/read/index.js';

// Original sentences written for these tests.
describe('clauseSubject', () => {
  /** The subject that `clauseSubject` reads for the clause before `word` in the article's last sentence. */
  function subjectBefore(text: string, word: string): string | null {
    const context = buildContext(readText(`Headline\n\n${text}`, { name: 't' }));
    const sentence = context.sentences.at(-1)!;
    const at = context.tokens.findIndex(
      (token, index) => index >= sentence.firstToken && token.text === word,
    );
    const subject = clauseSubject(context, at, sentence.firstToken);
    return (
      subject && context.text.slice(context.tokens[subject.first]!.start, context.tokens[subject.last]!.end)
    );
  }

  it('reads the subject that opens the sentence', () => {
    expect(subjectBefore('The harbour board visited the pier and said it was safe.', 'and')).toBe(
      'The harbour board',
    );
  });

  it('skips a fronted circumstance and a sentence adverb set off by a comma', () => {
    expect(subjectBefore('In May, the harbour board visited the pier and said it was safe.', 'and')).toBe(
      'the harbour board',
    );
    expect(subjectBefore('Meanwhile, the harbour board visited the pier and said it was safe.', 'and')).toBe(
      'the harbour board',
    );
  });

  it('reads a name with a particle in lower case, set off by its description, as the subject', () => {
    expect(
      subjectBefore("Samira al-Haddad, the committee's chair, opened the inquiry by telling members.", 'by'),
    ).toBe('Samira al-Haddad');
  });

  it('reads a pronoun before its verb after a fronted circumstance with no comma, and no noun there', () => {
    expect(subjectBefore('At a breakfast on Thursday she went further, saying it was safe.', ',')).toBe(
      'she',
    );
    expect(subjectBefore('At a breakfast on Thursday the board went further, saying it was safe.', ',')).toBe(
      null,
    );
  });
});

describe('sourceBeforeCue', () => {
  function sourceBefore(text: string, cue: string): string | null {
    const context = buildContext(readText(`Headline\n\n${text}`, { name: 't' }));
    const sentence = context.sentences.at(-1)!;
    const at = context.tokens.findIndex((token, index) => index >= sentence.firstToken && token.text === cue);
    const source = sourceBeforeCue(context, at, sentence.firstToken);
    return (
      source && context.text.slice(context.tokens[source.first]!.start, context.tokens[source.last]!.end)
    );
  }

  it('steps over a time of the report between the subject and its verb', () => {
    expect(
      sourceBefore('Wells Fargo just this month announced it would end the incentives.', 'announced'),
    ).toBe('Wells Fargo');
    expect(sourceBefore('The council earlier this year warned that the pier was failing.', 'warned')).toBe(
      'The council',
    );
    // A time that is the whole subject stays the subject; one that belongs to the noun stays with it.
    expect(sourceBefore('Last week showed that the plan works.', 'showed')).toBe('Last week');
    expect(sourceBefore('A poll released last week said the plan works.', 'said')).toBe(
      'A poll released last week',
    );
    expect(sourceBefore('A study from last year found that the plan works.', 'found')).toBe(
      'A study from last year',
    );
  });

  it('does not read a short reported clause before the source as its description', () => {
    // The clause before the first comma has a verb of its own: it is what was said, and the source is the
    // segment after it, whole, or the name there.
    expect(sourceBefore('The harbor will close, the mayor, a Democrat, said.', 'said')).toBe('the mayor');
    expect(sourceBefore('Taxes will rise for workers, the mayor, a Democrat, said.', 'said')).toBe(
      'the mayor',
    );
    expect(sourceBefore('The harbor will close, Anna Holt, a Democrat, said.', 'said')).toBe('Anna Holt');
    // A description that is a segment of its own still belongs to the name after it.
    expect(
      sourceBefore(
        'The director of the hospital, Dr. Miriam Okafor, told reporters the ward was full.',
        'told',
      ),
    ).toBe('The director of the hospital, Dr. Miriam Okafor');
    // A participle's doer is another clause's subject, not the segment before it.
    expect(
      sourceBefore('The harbor will close, the mayor, a Democrat, saying it was unsafe.', 'saying'),
    ).toBe(null);
  });
});
