import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/read/index.js';
import type { Article } from '../../src/types.js';
import { brokenPromises } from './article-promises.js';

const samples = new URL('../../samples/', import.meta.url);
const SEED = '000_e7d0147381a68862';

function readSample(name: string): string {
  return readFileSync(new URL(`${name}.txt`, samples), 'utf8');
}

/** The blocks as `[kind, text]` pairs: what a reader of the output sees. */
function blocksOf(article: Article): [string, string][] {
  return article.blocks.map((block) => [block.kind, article.text.slice(block.start, block.end)]);
}

describe('readText on the seed article', () => {
  const text = readSample(SEED);
  const article = readText(text, { name: `${SEED}.txt` });
  const expected = JSON.parse(readFileSync(new URL(`${SEED}.expected.json`, samples), 'utf8')) as {
    meta: Record<string, unknown>;
  };

  it('keeps the text exactly', () => {
    expect(article.text).toBe(text);
  });

  it('reads the meta a careful reader takes from it', () => {
    expect(article.meta).toEqual({
      title: expected.meta.title,
      subtitle: expected.meta.subtitle,
      published: '2025-11-09',
      modified: null,
      outlet: 'online.ua',
      language: 'en',
      authors: [],
      takeaways: expected.meta.takeaways,
      url: null,
      canonical: null,
    });
    expect(article.diagnostics).toEqual([]);
  });

  it('classifies the head: dated header, repeated title, subtitle, source line', () => {
    expect(blocksOf(article).slice(0, 4)).toEqual([
      [
        'header',
        'date 2025-11-09 Stoltenberg recalled a painful conversation with Zelensky in February 2022',
      ],
      ['title', 'Stoltenberg recalled a painful conversation with Zelensky in February 2022'],
      ['subtitle', "Stoltenberg explained NATO's paradoxical decisions"],
      ['source-line', 'Source:  online.ua'],
    ]);
  });

  it('takes the first paragraph as the lead and each bullet as a takeaway', () => {
    const [lead, first, second] = blocksOf(article).slice(4, 7);
    expect(lead?.[0]).toBe('lead');
    expect(lead?.[1]).toMatch(/^Former NATO Secretary General Jens Stoltenberg has published/u);
    expect(first).toEqual(['takeaway', `• ${String((expected.meta.takeaways as string[])[0])}`]);
    expect(second?.[0]).toBe('takeaway');
  });

  it('marks the subtitle repeated above the body as a duplicate', () => {
    expect(blocksOf(article)[7]).toEqual(['duplicate', "Stoltenberg explained NATO's paradoxical decisions"]);
  });

  it('reads the speaker card as three speaker-card blocks, not a duplicate', () => {
    const cards = blocksOf(article).filter(([kind]) => kind === 'speaker-card');
    expect(cards).toEqual([
      ['speaker-card', 'Jens Stoltenberg'],
      ['speaker-card', 'Jens Stoltenberg'],
      ['speaker-card', 'NATO External Secretary'],
    ]);
  });

  it('keeps a paragraph that only contains a quotation a paragraph', () => {
    const kinds = article.blocks.map((block) => block.kind);
    expect(kinds.slice(8)).toEqual([
      'paragraph',
      'paragraph',
      'speaker-card',
      'speaker-card',
      'speaker-card',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });
});

describe('readText on the other samples', () => {
  const names = [
    '001_holm_harbour_levy',
    '002_kessel_tunnel_overrun',
    '003_saint_brigid_night_wards',
    '004_millbrook_double_payment',
    '005_lighthouse_documentary',
    '006_orlavik_mill_closure',
    '007_castellane_port_verdict',
  ];
  for (const name of names) {
    it(`reads the expected meta of ${name}`, () => {
      const { meta } = readText(readSample(name));
      const expected = (
        JSON.parse(readFileSync(new URL(`${name}.expected.json`, samples), 'utf8')) as {
          meta: Record<string, unknown>;
        }
      ).meta;
      for (const field of ['title', 'subtitle', 'published', 'outlet', 'language', 'takeaways'] as const)
        expect(meta[field], field).toEqual(expected[field]);
    });
  }

  it('keeps the bracketed editorial note out of the story', () => {
    const article = readText(readSample('001_holm_harbour_levy'));
    const note = blocksOf(article).find(([, value]) => value.startsWith('[Illustrative'));
    expect(note?.[0]).toBe('header');
    expect(blocksOf(article)[5]?.[0]).toBe('lead');
  });

  it('reads a quotation of several paragraphs as quote blocks', () => {
    const article = readText(readSample('003_saint_brigid_night_wards'));
    const kinds = article.blocks.map((block) => block.kind);
    expect(kinds.slice(7, 13)).toEqual([
      'quote',
      'quote',
      'quote',
      'speaker-card',
      'speaker-card',
      'speaker-card',
    ]);
  });
});

describe('readText on plain text without a header', () => {
  const text = [
    'Harbour ferry to run all night from May',
    '',
    'The island ferry will sail through the night from the first of May, the harbour board decided on',
    'Tuesday after a year of complaints from shift workers.',
    '',
    '"We listened, and we found the money," the board chair said.',
    '',
    'Night crossings will cost the same as day ones.',
    '',
  ].join('\n');
  const article = readText(text);

  it('takes a short first line as the title and the first paragraph, wrapped or not, as the lead', () => {
    expect(blocksOf(article)).toEqual([
      ['title', 'Harbour ferry to run all night from May'],
      [
        'lead',
        'The island ferry will sail through the night from the first of May, the harbour board decided on\nTuesday after a year of complaints from shift workers.',
      ],
      ['paragraph', '"We listened, and we found the money," the board chair said.'],
      ['paragraph', 'Night crossings will cost the same as day ones.'],
    ]);
    expect(article.meta.title).toBe('Harbour ferry to run all night from May');
    expect(article.meta.language).toBe('en');
    expect(article.meta.authors).toEqual([]);
    expect(article.meta.url).toBeNull();
  });

  it('has no title when the first line is a sentence, and says so', () => {
    const untitled = readText(
      'The ferry will sail through the night from May, the harbour board said on Tuesday, after a year of complaints.\n\nNight crossings will cost the same as day ones.\n',
    );
    expect(untitled.meta.title).toBeNull();
    expect(untitled.blocks.map((block) => block.kind)).toEqual(['lead', 'paragraph']);
    expect(untitled.diagnostics).toMatchObject([{ severity: 'info', rule: 'no-title', start: 0, end: 0 }]);
  });

  it('reads a byline and a dateline under the title', () => {
    const withByline = readText(
      'Bridge repairs to finish early\n\nBy Mara Lind and Tomas Berg\n\nRiverside Gazette, March 3, 2024\n\nThe repairs on the old bridge will end two weeks early, the city said.\n',
    );
    expect(withByline.blocks.map((block) => block.kind)).toEqual(['title', 'byline', 'dateline', 'lead']);
    expect(withByline.meta).toMatchObject({
      authors: ['Mara Lind', 'Tomas Berg'],
      published: '2024-03-03',
      outlet: 'Riverside Gazette',
    });
  });

  it('splits a dateline from the start of the lead, with exact offsets', () => {
    const wire = readText(
      'Dam operator lowers reservoir\n\nKARVIK, Feb. 6, 2024 (Fjord Wire) — The operator of the Karvik dam began lowering the reservoir on Tuesday.\n',
    );
    expect(blocksOf(wire)).toEqual([
      ['title', 'Dam operator lowers reservoir'],
      ['dateline', 'KARVIK, Feb. 6, 2024 (Fjord Wire) —'],
      ['lead', 'The operator of the Karvik dam began lowering the reservoir on Tuesday.'],
    ]);
    expect(wire.meta).toMatchObject({ published: '2024-02-06', outlet: 'Fjord Wire' });
  });

  it('reads a headline with its subtitle on the next line after a semicolon', () => {
    const article = readText(
      'Council delays vote on parking fees; \nMembers want a study of the costs first.\n\nThe city council put off its vote on Monday.\n',
    );
    expect(blocksOf(article)).toEqual([
      ['title', 'Council delays vote on parking fees;'],
      ['subtitle', 'Members want a study of the costs first.'],
      ['lead', 'The city council put off its vote on Monday.'],
    ]);
  });

  it('keeps only list items near the top as takeaways', () => {
    const article = readText(
      [
        'Library to open on Sundays',
        '',
        'The central library will open on Sundays from June, the culture office said.',
        '',
        '- Sunday hours are noon to five',
        '- The reading room stays closed',
        '',
        'The change costs about 40,000 crowns a year.',
        '',
        'The office listed the branches that follow:',
        '',
        '- North branch',
        '',
      ].join('\n'),
    );
    expect(article.meta.takeaways).toEqual([
      'Sunday hours are noon to five',
      'The reading room stays closed',
    ]);
    expect(article.blocks.at(-1)?.kind).toBe('paragraph');
  });
});

describe('readText keeps offsets exact', () => {
  it('with a byte-order mark and CRLF line ends', () => {
    const text =
      '\uFEFFRiver council approves new ferry timetable\r\n\r\nThe council voted on Monday to add two crossings a day.\r\nThe first runs at six.\r\n\r\n  • Two more crossings a day\r\n\r\n';
    const article = readText(text);
    expect(article.text).toBe(text);
    expect(blocksOf(article)).toEqual([
      ['title', 'River council approves new ferry timetable'],
      ['lead', 'The council voted on Monday to add two crossings a day.\r\nThe first runs at six.'],
      ['takeaway', '• Two more crossings a day'],
    ]);
    expect(article.blocks[0]?.start).toBe(1);
    expect(article.meta.takeaways).toEqual(['Two more crossings a day']);
  });

  it('with lone CR line ends and Unicode line separators', () => {
    const text = 'Short title\r\rFirst paragraph here.\u2029\u2029Second paragraph here.';
    expect(blocksOf(readText(text))).toEqual([
      ['title', 'Short title'],
      ['lead', 'First paragraph here.'],
      ['paragraph', 'Second paragraph here.'],
    ]);
  });

  it('on empty and blank text, with a note instead of an error', () => {
    expect(readText('').blocks).toEqual([]);
    const blank = readText(' \n\t\n');
    expect(blank.blocks).toEqual([]);
    expect(blank.diagnostics).toMatchObject([{ rule: 'empty-text', start: 0, end: 4 }]);
  });

  it('starts the lead after a dateline at content, not at a stray control character', () => {
    const text = 'VELL, Jan. 24, 2024 (Port News) — \u0007The port reopened.';
    expect(blocksOf(readText(text))).toEqual([
      ['dateline', 'VELL, Jan. 24, 2024 (Port News) —'],
      ['lead', 'The port reopened.'],
    ]);
  });

  it('notes control characters without changing the text', () => {
    const text = 'A title\n\nSome text\u0007 with a bell in it.\n';
    const article = readText(text, { name: 'bell.txt' });
    expect(article.text).toBe(text);
    expect(article.diagnostics).toMatchObject([{ rule: 'control-character', start: 18, end: 19 }]);
    expect(article.diagnostics[0]?.message).toContain('bell.txt');
  });
});

describe('readText on arbitrary text', () => {
  // Pieces that exercise every reader: dates, datelines, bylines, bullets, quotation marks, line ends.
  const pieces = [
    'date 2024-03-12 ',
    'Port to reopen',
    'VELL, Jan. 24, 2024 (Port News) — ',
    'Harbour Post, 2 February 2024',
    'By Ana Kovac',
    'Source: port.example',
    'Ana Kovac',
    '• ',
    '- ',
    '“',
    '”',
    '"',
    '«',
    '»',
    "'",
    '[',
    ']',
    ' ',
    '.',
    '\n',
    '\r\n',
    '\r',
    '\n\n',
    '\uFEFF',
    '\u0007',
    'the port will reopen and the crews were paid',
  ];

  it('never throws and keeps its promises', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const input = parts.join('');
        expect(brokenPromises(input, readText(input))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
