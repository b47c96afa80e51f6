import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/analyze/context.js';
import { readText } from '../../src/read/index.js';

/** The outermost quotations of a plain text, as the text of each fragment. */
function quotations(text: string): string[][] {
  const context = buildContext(readText(`Headline for the test\n\n${text}`));
  return context.quotations.map((quotation) =>
    quotation.fragments.map((fragment) => context.text.slice(fragment.start, fragment.end)),
  );
}

describe('findQuotations', () => {
  it.each([
    ['straight', 'He said "we will stay" and left.', '"we will stay"'],
    ['curly', 'He said “we will stay” and left.', '“we will stay”'],
    ['German low-high', 'Er sagte „wir bleiben“ und ging.', '„wir bleiben“'],
    ['guillemets', 'Il a dit «nous restons» et il est parti.', '«nous restons»'],
    ['reversed guillemets', 'Er sagte »wir bleiben« und ging.', '»wir bleiben«'],
    ['single curly', 'He called it ‘a disaster’ twice.', '‘a disaster’'],
    ['single straight', "He called it 'a disaster' twice.", "'a disaster'"],
    ['corner brackets', '彼は「行きます」と言った。', '「行きます」'],
  ])('finds a quotation in %s marks', (_style, text, expected) => {
    expect(quotations(text)).toEqual([[expected]]);
  });

  it('keeps a nested quotation inside the outer one', () => {
    expect(quotations('She said, “They told us ‘restructuring’ last autumn.”')).toEqual([
      ['“They told us ‘restructuring’ last autumn.”'],
    ]);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(quotations("NATO's members don't agree, and the keepers' union isn't sure.")).toEqual([]);
  });

  it('carries a quotation over paragraphs that reopen it without closing it', () => {
    const text = 'She wrote:\n\n"First part.\n\n"Second part.\n\n"Last part."\n\nAfter the letter.';
    expect(quotations(text)).toEqual([['"First part.', '"Second part.', '"Last part."']]);
  });

  it('closes a quotation with a double mark of another style where that mark can only close', () => {
    // Copy mixes styles: a curly opening mark closed by a straight one.
    expect(
      quotations('“The pier is safe," Lena Brandt said, adding that it had been "checked twice."'),
    ).toEqual([['“The pier is safe,"'], ['"checked twice."']]);
    // An apostrophe left open inside does not keep it open; inches after a digit close nothing.
    expect(quotations("“We'll get 'em next time,\" he said.")).toEqual([["“We'll get 'em next time,\""]]);
    expect(quotations('“The screen is 55" wide and costs too much,” he said.')).toEqual([
      ['“The screen is 55" wide and costs too much,”'],
    ]);
  });

  it('does not carry a quotation into a paragraph that opens with marks of another style', () => {
    // An excerpt set off with straight marks that never close, then someone's words in curly ones.
    const text =
      'The reporter wrote:\n\n"The ferry was late again.\n\n“Here it comes,” she said.\n\n"The crowd cheered.\n\n“We waited an hour,” he said.';
    expect(quotations(text)).toEqual([
      ['"The ferry was late again.'],
      ['“Here it comes,”'],
      ['"The crowd cheered.'],
      ['“We waited an hour,”'],
    ]);
    // Some older copy reopens a continued quotation with its closing mark («…» then »…»).
    expect(quotations('Sie schrieb:\n\n«Die Fähre ist spät.\n\n»Sie kommt endlich.»')).toEqual([
      ['«Die Fähre ist spät.', '»Sie kommt endlich.»'],
    ]);
  });

  it('reads typewriter quotes (two apostrophes) as one double mark, over paragraphs too', () => {
    expect(quotations("He said ''we will stay'' and left.")).toEqual([["''we will stay''"]]);
    expect(quotations("He said: ''First part.\n\n''Second part.''\n\nAfter.")).toEqual([
      ["''First part.", "''Second part.''"],
    ]);
  });

  it('closes an unclosed quotation at the end of its paragraph, with a warning', () => {
    const context = buildContext(
      readText('Headline for the test\n\nHe said "we will stay.\n\nNext paragraph here.'),
    );
    expect(context.quotations.map((quotation) => quotation.closed)).toEqual([false]);
    expect(context.diagnostics.map((diagnostic) => diagnostic.rule)).toContain('unbalanced-quote');
  });
});
