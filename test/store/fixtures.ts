/**
 * Small fictional articles and the extractions a careful reader would make of them, with every span
 * computed from the text, for the store and CLI tests (which must not depend on the analyzer's progress).
 */
import {
  CONTRACT_VERSION,
  type Attribution,
  type Extraction,
  type Person,
  type TextSpan,
} from '../../src/types.js';
import type { IngestInput } from '../../src/store/index.js';

/** The span of the `occurrence`-th (1-based) `part` in `text`. */
export function spanOf(text: string, part: string, occurrence = 1): TextSpan {
  let start = -1;
  for (let seen = 0; seen < occurrence; seen += 1) {
    start = text.indexOf(part, start + 1);
    if (start === -1) throw new Error(`${JSON.stringify(part)} occurs fewer than ${occurrence} times`);
  }
  return { start, end: start + part.length, text: part };
}

export const HARBOUR_TEXT = `Harbour board delays levy vote

The Holm harbour board will not vote on the mooring levy until spring, its chair, Ingrid Sæther, said on Tuesday.

“We owe the fishing families a proper hearing,” Sæther told reporters. She added that the board would publish its figures in March.

A council official said the delay would cost the town little.
`;

export const TUNNEL_TEXT = `Kessel tunnel costs rise again

The Kessel tunnel will cost a fifth more than planned, the transport office said on Monday.

Ingrid Sæther, who chairs the Holm harbour board, called the overrun “a warning for every coastal project, from Ålesund to Bodø.”
`;

function harbourPeople(text: string): Person[] {
  const role = spanOf(text, 'its chair');
  return [
    {
      id: 'p1',
      name: 'Ingrid Sæther',
      aliases: ['Sæther', 'its chair'],
      roles: [{ start: role.start, end: role.end, text: 'its chair', time: 'current', at: null }],
      mentions: [spanOf(text, 'Ingrid Sæther'), spanOf(text, 'Sæther', 2), spanOf(text, 'She')].map(
        ({ start, end }) => ({ start, end }),
      ),
    },
  ];
}

function harbourAttributions(text: string): Attribution[] {
  const speaker = { id: 'p1', name: 'Ingrid Sæther' };
  return [
    {
      id: 'a1',
      type: 'indirect',
      source: spanOf(text, 'its chair, Ingrid Sæther'),
      cue: spanOf(text, 'said'),
      content: [spanOf(text, 'The Holm harbour board will not vote on the mooring levy until spring')],
      speaker,
      saidAt: null,
      dating: 'publication',
      polarity: 'affirmed',
      medium: null,
      via: null,
      confidence: 0.9,
    },
    {
      id: 'a2',
      type: 'direct',
      source: spanOf(text, 'Sæther', 2),
      cue: spanOf(text, 'told'),
      content: [spanOf(text, 'We owe the fishing families a proper hearing,')],
      speaker,
      saidAt: null,
      dating: 'publication',
      polarity: 'affirmed',
      medium: null,
      via: null,
      confidence: 0.95,
    },
    {
      id: 'a3',
      type: 'indirect',
      source: spanOf(text, 'She'),
      cue: spanOf(text, 'added'),
      content: [spanOf(text, 'the board would publish its figures in March')],
      speaker,
      saidAt: { ...spanOf(text, 'Tuesday'), value: '2024-03-12', precision: 'day', basis: 'stated' },
      dating: 'text',
      polarity: 'affirmed',
      medium: null,
      via: null,
      confidence: 0.8,
    },
    {
      id: 'a4',
      type: 'indirect',
      source: spanOf(text, 'A council official'),
      cue: spanOf(text, 'said', 2),
      content: [spanOf(text, 'the delay would cost the town little')],
      speaker: null,
      saidAt: null,
      dating: 'publication',
      polarity: 'affirmed',
      medium: null,
      via: null,
      confidence: 0.7,
    },
  ];
}

function tunnelAttributions(text: string): Attribution[] {
  return [
    {
      id: 'a1',
      type: 'indirect',
      source: spanOf(text, 'the transport office'),
      cue: spanOf(text, 'said'),
      content: [spanOf(text, 'The Kessel tunnel will cost a fifth more than planned')],
      speaker: null,
      saidAt: null,
      dating: 'publication',
      polarity: 'affirmed',
      medium: null,
      via: null,
      confidence: 0.85,
    },
    {
      id: 'a2',
      type: 'mixed',
      source: spanOf(text, 'Ingrid Sæther'),
      cue: spanOf(text, 'called'),
      content: [
        spanOf(text, 'the overrun'),
        spanOf(text, 'a warning for every coastal project, from Ålesund to Bodø.'),
      ],
      speaker: { id: 'p1', name: 'Ingrid Sæther' },
      saidAt: null,
      dating: 'publication',
      polarity: 'affirmed',
      medium: null,
      via: null,
      confidence: 0.75,
    },
  ];
}

function tunnelPeople(text: string): Person[] {
  const role = spanOf(text, 'chairs the Holm harbour board');
  return [
    {
      id: 'p1',
      name: 'Ingrid Sæther',
      aliases: [],
      roles: [{ start: role.start, end: role.end, text: role.text, time: 'current', at: null }],
      mentions: [spanOf(text, 'Ingrid Sæther')].map(({ start, end }) => ({ start, end })),
    },
  ];
}

export function extractionOf(
  text: string,
  file: string,
  people: Person[],
  attributions: Attribution[],
): Extraction {
  return {
    version: CONTRACT_VERSION,
    file,
    url: null,
    meta: {
      title: text.slice(0, text.indexOf('\n')),
      subtitle: null,
      published: null,
      modified: null,
      outlet: null,
      language: 'en',
      authors: [],
      takeaways: [],
      url: null,
      canonical: null,
    },
    blocks: text.split('\n\n').reduce<{ start: number; spans: Extraction['blocks'][number][] }>(
      ({ start, spans }, part, index) => ({
        start: start + part.length + 2,
        spans: [...spans, { kind: index === 0 ? 'title' : 'paragraph', start, end: start + part.length }],
      }),
      { start: 0, spans: [] },
    ).spans,
    people,
    attributions,
    diagnostics: [],
  };
}

export const harbourArticle = (file = 'harbour.txt', text = HARBOUR_TEXT): IngestInput => ({
  text,
  extraction: extractionOf(text, file, harbourPeople(text), harbourAttributions(text)),
});

export const tunnelArticle = (file = 'tunnel.txt', text = TUNNEL_TEXT): IngestInput => ({
  text,
  extraction: extractionOf(text, file, tunnelPeople(text), tunnelAttributions(text)),
});

/** An article with nothing said in it, for counts. */
export const quietArticle = (file: string, text = `Nothing was said in ${file}.\n`): IngestInput => ({
  text,
  extraction: extractionOf(text, file, [], []),
});
