import { describe, expect, it } from 'vitest';
import {
  beforeMainClause,
  withoutOtherReports,
  withParticipleSources,
} from '../../src/analyze/build-attributions.js';
import type { AttributionCandidate } from '../../src/analyze/candidate.js';
import { buildContext, type AnalysisContext } from '../../src/analyze/context.js';
import type { TokenRange } from '../../src/analyze/noun-phrases.js';
import { extract } from '../../src/extract.js';
import { readText } from '../../src/read/index.js';

// Original sentences written for these tests.
const contextOf = (text: string): AnalysisContext =>
  buildContext(readText(`Headline\n\n${text}`, { name: 't' }));

/** The token range of the `nth` occurrence of `words` (space-separated) in the article. */
function rangeOf(context: AnalysisContext, words: string, nth = 0): TokenRange {
  const parts = words.split(' ');
  const { tokens } = context;
  let seen = 0;
  for (let first = 0; first < tokens.length; first += 1) {
    if (tokens[first]!.kind === 'space') continue;
    let index = first;
    let matched = 0;
    while (index < tokens.length && matched < parts.length) {
      if (tokens[index]!.kind === 'space') index += 1;
      else if (tokens[index]!.text === parts[matched]) {
        matched += 1;
        index += 1;
      } else break;
    }
    if (matched === parts.length && seen++ === nth) return { first, last: index - 1 };
  }
  throw new Error(`"${words}" not in the text`);
}

function candidate(
  context: AnalysisContext,
  cue: string,
  source: string | null,
  content: string,
  nth = 0,
): AttributionCandidate {
  const range = rangeOf(context, cue, nth);
  const words = rangeOf(context, content);
  return {
    cue: { kind: 'verb', sentence: context.sentenceOfToken[range.first]!, range, source: null, verb: null },
    source: source === null ? null : rangeOf(context, source),
    content: [{ start: context.tokens[words.first]!.start, end: context.tokens[words.last]!.end }],
    confidence: 0.7,
    contentSide: 'right',
  };
}

const sourceText = (context: AnalysisContext, range: TokenRange | null): string | null =>
  range && context.text.slice(context.tokens[range.first]!.start, context.tokens[range.last]!.end);

describe('withParticipleSources', () => {
  it('keeps only the words after its source in a participle content that ran back over the clause', () => {
    const context = contextOf('Anna Holt said the pier was old, adding that it would close.');
    const said = candidate(context, 'said', 'Anna Holt', 'the pier was old');
    const adding = candidate(context, 'adding', null, 'that it would close');
    const spanOf = (words: string) => {
      const range = rangeOf(context, words);
      return { start: context.tokens[range.first]!.start, end: context.tokens[range.last]!.end };
    };
    const ranBack = { ...adding, content: [spanOf('Anna Holt said the pier was old'), ...adding.content] };
    const [, refined] = withParticipleSources(context, [said, ranBack]);
    expect(sourceText(context, refined!.source)).toBe('Anna Holt');
    expect(refined!.content.map(({ start, end }) => context.text.slice(start, end))).toEqual([
      'that it would close',
    ]);
  });

  it('gives a participle after a comma without a source the source of the attribution before it', () => {
    const context = contextOf('"It is safe," Lena Brandt said, going on to say that the pier would reopen.');
    const [said, going] = withParticipleSources(context, [
      candidate(context, 'said', 'Lena Brandt', 'It is safe'),
      candidate(context, 'going on to say', null, 'that the pier would reopen'),
    ]);
    expect(sourceText(context, said!.source)).toBe('Lena Brandt');
    expect(sourceText(context, going!.source)).toBe('Lena Brandt');
  });

  it('gives a gerund after "by" or "while" with no comma before it the sayer or subject before it', () => {
    const context = contextOf('Brandt ended her speech by calling for a new levy.');
    const [calling] = withParticipleSources(context, [candidate(context, 'calling for', null, 'a new levy')]);
    expect(sourceText(context, calling!.source)).toBe('Brandt');
    const told = contextOf('Rell told the council that the pier was safe while insisting on repairs.');
    const [, insisting] = withParticipleSources(told, [
      candidate(told, 'told', 'Rell', 'that the pier was safe'),
      candidate(told, 'insisting', null, 'on repairs'),
    ]);
    expect(sourceText(told, insisting!.source)).toBe('Rell');
  });

  it('leaves a participle that has a source, one in another sentence, and a verb that is not a participle', () => {
    const context = contextOf(
      'Lena Brandt said the pier was safe. Adding that it would reopen, the mayor left. Tomas Reyes said the cranes were old, and warned that they would fail.',
    );
    const results = withParticipleSources(context, [
      candidate(context, 'said', 'Lena Brandt', 'the pier was safe'),
      candidate(context, 'Adding', null, 'that it would reopen'),
      candidate(context, 'said', 'Tomas Reyes', 'the cranes were old', 1),
      candidate(context, 'warned', null, 'that they would fail'),
    ]);
    expect(results.map((result) => sourceText(context, result.source))).toEqual([
      'Lena Brandt',
      null,
      'Tomas Reyes',
      null,
    ]);
  });
});

const contentText = (context: AnalysisContext, candidate: AttributionCandidate): string =>
  candidate.content.map((fragment) => context.text.slice(fragment.start, fragment.end)).join(' | ');

// rangeOf matches tokens: punctuation is written as words of its own.
describe('withoutOtherReports', () => {
  const spanOf = (context: AnalysisContext, words: string) => {
    const range = rangeOf(context, words);
    return { start: context.tokens[range.first]!.start, end: context.tokens[range.last]!.end };
  };
  const contentText = (context: AnalysisContext, candidate: AttributionCandidate | undefined) =>
    candidate?.content.map(({ start, end }) => context.text.slice(start, end));

  it("drops a run before the cue that holds another attribution's reporting clause", () => {
    const context = contextOf(
      '"The pier will hold," said Tom Rell, adding that the repairs would take a year.',
    );
    const said = candidate(context, 'said', 'Tom Rell', 'The pier will hold');
    const adding = candidate(context, 'adding', null, 'that the repairs would take a year');
    const ranBack = {
      ...adding,
      content: [spanOf(context, '" The pier will hold , " said Tom Rell'), ...adding.content],
    };
    const [kept, refined] = withoutOtherReports(context, [said, ranBack]);
    expect(kept).toBe(said);
    expect(contentText(context, refined)).toEqual(['that the repairs would take a year']);
  });

  it("drops a participle's run before its cue that is the content of the verb before it", () => {
    const context = contextOf('Rell said: "The levy is unfair," adding that he would appeal.');
    const said = candidate(context, 'said :', 'Rell', 'The levy is unfair');
    const adding = candidate(context, 'adding', 'Rell', 'that he would appeal');
    const ranBack = { ...adding, content: [...said.content, ...adding.content] };
    const [, refined] = withoutOtherReports(context, [said, ranBack]);
    expect(contentText(context, refined)).toEqual(['that he would appeal']);
    // Not for a cue that is no participle: the run may be its own (`"Q," Rell said. "Q2," he added`).
    const added = { ...candidate(context, 'appeal', 'Rell', 'that he would'), content: ranBack.content };
    expect(withoutOtherReports(context, [said, added])[1]).toBe(added);
  });

  it("drops a later run after the cue that holds another attribution's cue, not the run next to the cue", () => {
    const context = contextOf(
      'Tom Rell wrote that officials warned of storms. Later, Brandt said the pier was safe.',
    );
    const wrote = candidate(context, 'wrote', 'Tom Rell', 'that officials warned of storms');
    const warned = candidate(context, 'warned', 'officials', 'of storms');
    const said = candidate(context, 'said', 'Brandt', 'the pier was safe');
    const ranOn = { ...wrote, content: [...wrote.content, spanOf(context, 'Brandt said the pier was safe')] };
    const [refined] = withoutOtherReports(context, [ranOn, warned, said]);
    expect(contentText(context, refined)).toEqual(['that officials warned of storms']);
  });

  it('keeps a run before the cue without another cue, a content wholly before it, and "according to"', () => {
    const context = contextOf('The pier, Tom Rell said, will hold until May.');
    const said = candidate(context, 'said', 'Tom Rell', 'will hold until May');
    const split = { ...said, content: [spanOf(context, 'The pier'), ...said.content] };
    expect(withoutOtherReports(context, [split])[0]).toBe(split);

    const quoted = contextOf('"The pier will hold," Tom Rell said. According to him, "it will last."');
    const rell = candidate(quoted, 'said', 'Tom Rell', 'The pier will hold');
    const according = candidate(quoted, 'According to', 'him', 'it will last');
    const across = {
      ...according,
      cue: { ...according.cue, kind: 'according' as const },
      content: [spanOf(quoted, '" The pier will hold , " Tom Rell said'), ...according.content],
    };
    expect(withoutOtherReports(quoted, [rell, across])[1]).toBe(across);
  });
});

describe('beforeMainClause', () => {
  it('ends the content of a cue in a fronted subordinate clause where the main clause begins', () => {
    const context = contextOf(
      'While his advisers have suggested that the pier, which opened in 1910, is safe, Mr. Holm is determined to close it.',
    );
    const suggested = candidate(
      context,
      'have suggested',
      'his advisers',
      'that the pier , which opened in 1910 , is safe , Mr . Holm is determined to close it',
    );
    // A relative clause after a comma is still the content; "Mr. Holm is" opens the main clause.
    expect(contentText(context, beforeMainClause(context, suggested))).toBe(
      'that the pier, which opened in 1910, is safe',
    );
  });

  it('finds a main clause whose verb is an irregular past ("grew", "went")', () => {
    // The content `beforeMainClause` leaves of a cue's candidate in the sentence.
    const cut = (text: string, cue: string, source: string, content: string): string => {
      const context = contextOf(text);
      return contentText(context, beforeMainClause(context, candidate(context, cue, source, content)));
    };
    expect(
      cut(
        'When the mayor refused to close the pier, the protest grew louder.',
        'refused',
        'the mayor',
        'to close the pier , the protest grew louder',
      ),
    ).toBe('to close the pier');
    expect(
      cut(
        'Although she insisted that it was safe, the council went ahead.',
        'insisted',
        'she',
        'that it was safe , the council went ahead',
      ),
    ).toBe('that it was safe');
    // A past participle that is also the past ("paid", "built") opens a reduced relative clause.
    expect(
      cut(
        'Although she insisted that the levy, a tax paid by ferry users, was fair, the council cut it.',
        'insisted',
        'she',
        'that the levy , a tax paid by ferry users , was fair , the council cut it',
      ),
    ).toBe('that the levy, a tax paid by ferry users, was fair, the council cut it');
  });

  it('leaves a cue of the main clause, a list, and a relative clause alone', () => {
    // The cue after the fronted clause's comma is in the main clause.
    const storm = contextOf(
      'When the storm ended, the mayor said that roads, bridges and tunnels were closed.',
    );
    const said = candidate(storm, 'said', 'the mayor', 'that roads , bridges and tunnels were closed');
    expect(beforeMainClause(storm, said)).toBe(said);
    // "bridges and tunnels were" ends a list, and ", was flawed" continues the clause before the comma.
    const plan = contextOf(
      'While aides argued that roads, bridges and tunnels were closed, the council met. While she said the plan, which voters approved, was flawed, the council kept it.',
    );
    const argued = candidate(plan, 'argued', 'aides', 'that roads , bridges and tunnels were closed');
    expect(contentText(plan, beforeMainClause(plan, argued))).toBe(
      'that roads, bridges and tunnels were closed',
    );
    const flawed = candidate(plan, 'said', 'she', 'the plan , which voters approved , was flawed');
    expect(contentText(plan, beforeMainClause(plan, flawed))).toBe(
      'the plan, which voters approved, was flawed',
    );
  });
});

describe('the topic of a saying ("said of the plan")', () => {
  /** Each attribution's cue, source and content pieces. */
  const read = (body: string): [string, string, string][] =>
    extract(`Harbour board meets\n\n${body}`).attributions.map((attribution) => [
      attribution.cue?.text ?? '',
      attribution.source?.text ?? '',
      attribution.content.map((piece) => piece.text).join(' … '),
    ]);

  it('is no part of quoted words before the cue, nor of those that go on after it', () => {
    expect(
      read(
        '"We know the tolls have been tampered with already, so the question is only whether they have the will," he said of the prospect of a second attack. "Right now there is little to deter them."',
      ),
    ).toEqual([
      [
        'said of',
        'he',
        '"We know the tolls have been tampered with already, so the question is only whether they have the will," … "Right now there is little to deter them."',
      ],
    ]);
    expect(read('"It is fine," Lena Brandt said of the plan. "We can do more."')).toEqual([
      ['said', 'Lena Brandt', '"It is fine," … "We can do more."'],
    ]);
  });

  it('is what was reported where no quoted words are, and a quotation after it is the content', () => {
    expect(read('Tomas Reyes complained of the noise from the cranes.')).toEqual([
      ['complained', 'Tomas Reyes', 'of the noise from the cranes'],
    ]);
    expect(read('In 2010 she said of the harbour: "Nobody is stopping them."')).toEqual([
      ['said', 'she', '"Nobody is stopping them."'],
    ]);
  });
});

describe('a span of time before the sayer', () => {
  const sources = (body: string): (string | null)[] =>
    extract(`Harbour board meets\n\n${body}`).attributions.map(
      (attribution) => attribution.source?.text ?? null,
    );

  it('is no source: the subject after it is, for a joined cue and a participle after "after"', () => {
    expect(sources('Days later she was minister, and said that no one would be protected.')).toEqual(['she']);
    expect(
      sources('Two days later the harbour master resigned and said that no one would be protected.'),
    ).toEqual(['the harbour master']);
    expect(
      sources(
        'Tomas Berg resigned as harbour master late Friday, three days after telling the board that the cranes were safe.',
      ),
    ).toEqual(['Tomas Berg']);
  });

  it('leaves a count that is the sayer ("three said")', () => {
    expect(sources('Of the five members of the board, three said they would vote against the plan.')).toEqual(
      ['three'],
    );
  });
});

describe('a time and a clause of circumstance after the cue', () => {
  it("are the reporting clause's, and the clause before the sayer is the content", () => {
    const [attribution] = extract(
      'Harbour board meets\n\nDockers voted to strike from Monday, the harbour union announced late Thursday, after a ballot in which most members backed a walkout.',
    ).attributions;
    expect(attribution?.content.map((fragment) => fragment.text)).toEqual([
      'Dockers voted to strike from Monday',
    ]);
    expect(attribution?.source?.text).toBe('the harbour union');
  });
});

describe('reports listed with semicolons', () => {
  it('end each content at the semicolon where the next sayer opens a clause, and keep the sayers apart', () => {
    const found = extract(
      'Harbour board meets\n\nThe pilots’ leader, Ines Vaal, said the pier had held; Bram Oort, who chairs the board, said the cranes were safe; and the mayor said repairs would wait.',
    ).attributions.map((attribution) => [
      attribution.source?.text ?? null,
      attribution.content.map((fragment) => fragment.text).join(' | '),
    ]);
    expect(found).toEqual([
      ['The pilots’ leader, Ines Vaal,', 'the pier had held'],
      ['Bram Oort, who chairs the board,', 'the cranes were safe'],
      ['the mayor', 'repairs would wait'],
    ]);
  });

  it('keep the next sayer apart after a comma and "and" that close a clause, not a coordinated subject', () => {
    const sources = (body: string) =>
      extract(`Harbour board meets\n\n${body}`).attributions.map((attribution) => attribution.source?.text);
    expect(
      sources(
        'Ines Vaal, the former harbour master who leads the pilots, said on Friday that the board’s position was “a fence with a seat on it”, and Bram Oort, who chairs the board, said the cranes were safe.',
      ),
    ).toEqual([
      'Ines Vaal, the former harbour master who leads the pilots,',
      'Bram Oort, who chairs the board,',
    ]);
    expect(sources('Rep. Ines Vaal, D-Holm, and Rep. Bram Oort, R-Tarn, said the cranes were safe.')).toEqual(
      ['Rep. Ines Vaal, D-Holm, and Rep. Bram Oort, R-Tarn,'],
    );
  });

  it('leave a semicolon inside one report alone', () => {
    const [attribution] = extract(
      'Harbour board meets\n\nBram Oort said the cranes were safe; repairs would wait until spring.',
    ).attributions;
    expect(attribution?.content[0]?.text).toBe('the cranes were safe; repairs would wait until spring');
  });
});
