/**
 * Stores for the page tests: the bundled samples as the pipeline extracts them, and a small original
 * article whose extraction is written by hand (nested report, takeaways, speaker card, caption), so that
 * highlight tests know exactly which words each attribution covers.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../../src/extract.js';
import { openSqliteStore, type IngestInput, type Store } from '../../../src/store/index.js';
import { CONTRACT_VERSION, type Attribution, type Block, type Extraction } from '../../../src/types.js';
import { spanOf } from '../../store/fixtures.js';

const SAMPLE_DIRECTORIES = ['../../../samples/', '../../../samples/record/articles/'].map((path) =>
  fileURLToPath(new URL(path, import.meta.url)),
);

export interface TestStore {
  readonly store: Store;
  cleanup(): Promise<void>;
}

export function freshStore(): TestStore {
  const directory = mkdtempSync(join(tmpdir(), 'onrecord-web-'));
  const store = openSqliteStore(join(directory, 'web.db'));
  return {
    store,
    async cleanup() {
      await store.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** The demo's sample articles, read and analyzed by the real pipeline. */
export function sampleInputs(): IngestInput[] {
  return SAMPLE_DIRECTORIES.flatMap((directory) =>
    readdirSync(directory)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => {
        const text = readFileSync(join(directory, name), 'utf8');
        return { text, extraction: extract(text, { file: join(directory, name) }) };
      }),
  );
}

export const FERRY_TEXT = `Ferry timetable cut for winter

Key points: The island ferry will run twice a day from November.

Marta Lind
Marta Lind
Harbour master

The island ferry will run twice a day from November, the harbour master, Marta Lind, said on Monday.

“Nobody wants fewer boats, but the crew cannot be in two places,” Lind told the council. She added that the summer timetable would return in April.

Lind said the mayor had told her that “the budget is closed until spring”.

A ferry at the quay in Nordvik.
`;

interface ArticleFields {
  readonly file: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
}

function blocksOf(text: string, kinds: readonly Block['kind'][]): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  text
    .trimEnd()
    .split('\n\n')
    .forEach((part, index) => {
      blocks.push({ kind: kinds[index] ?? 'paragraph', start, end: start + part.length });
      start += part.length + 2;
    });
  return blocks;
}

function extractionFor(
  text: string,
  fields: ArticleFields,
  attributions: Attribution[],
  blocks: Block[],
): Extraction {
  const people = [
    ...new Map(
      attributions.flatMap((a) => (a.speaker === null ? [] : [[a.speaker.id, a.speaker] as const])),
    ).values(),
  ].map((speaker) => ({ id: speaker.id, name: speaker.name, aliases: [], roles: [], mentions: [] }));
  return {
    version: CONTRACT_VERSION,
    file: fields.file,
    url: fields.url,
    meta: {
      title: fields.title,
      subtitle: null,
      published: fields.published,
      modified: null,
      outlet: fields.outlet,
      language: 'en',
      authors: [],
      takeaways: [],
      url: fields.url,
      canonical: null,
    },
    blocks,
    people,
    attributions,
    diagnostics: [],
  };
}

const attribution = (fields: Partial<Attribution> & Pick<Attribution, 'id' | 'content'>): Attribution => ({
  type: 'direct',
  source: null,
  cue: null,
  speaker: null,
  saidAt: null,
  dating: 'publication',
  polarity: 'affirmed',
  medium: null,
  via: null,
  confidence: 0.9,
  ...fields,
});

export function ferryAttributions(text = FERRY_TEXT): Attribution[] {
  const lind = { id: 'p1', name: 'Marta Lind' };
  return [
    attribution({
      id: 'a1',
      type: 'indirect',
      source: spanOf(text, 'the harbour master, Marta Lind'),
      cue: spanOf(text, 'said on Monday'),
      content: [spanOf(text, 'The island ferry will run twice a day from November', 2)],
      speaker: lind,
      saidAt: { ...spanOf(text, 'Monday'), value: '2025-10-27', precision: 'day', basis: 'stated' },
    }),
    attribution({
      id: 'a2',
      source: spanOf(text, 'Lind', 4),
      cue: spanOf(text, 'told'),
      content: [spanOf(text, 'Nobody wants fewer boats, but the crew cannot be in two places,')],
      speaker: lind,
    }),
    attribution({
      id: 'a3',
      type: 'mixed',
      source: spanOf(text, 'Lind', 5),
      cue: spanOf(text, 'said', 2),
      content: [spanOf(text, 'the mayor had told her that “the budget is closed until spring”')],
      speaker: lind,
    }),
    // Words reported within a3: the mayor's, through Lind.
    attribution({
      id: 'a4',
      source: spanOf(text, 'the mayor', 1),
      cue: spanOf(text, 'had told her'),
      content: [spanOf(text, 'the budget is closed until spring')],
      speaker: null,
      via: 'a3',
    }),
  ];
}

export function ferryArticle(fields: Partial<ArticleFields> = {}, text = FERRY_TEXT): IngestInput {
  const all: ArticleFields = {
    file: 'ferry.txt',
    title: 'Ferry timetable cut for winter',
    outlet: 'Nordvik Post',
    url: 'https://nordvik.example/ferry',
    published: '2025-10-28',
    ...fields,
  };
  const blocks = blocksOf(text, [
    'title',
    'takeaway',
    'speaker-card',
    'paragraph',
    'paragraph',
    'paragraph',
    'caption',
  ]);
  return { text, extraction: extractionFor(text, all, ferryAttributions(text), blocks) };
}

/** An article built from any title, speaker and quotation (the hostile-text tests), spans computed. */
export function articleSaying(fields: ArticleFields, speaker: string, quotation: string): IngestInput {
  const text = `${fields.title}\n\n“${quotation},” ${speaker} said.\n`;
  const contentStart = fields.title.length + 3;
  const content = { start: contentStart, end: contentStart + quotation.length + 1, text: `${quotation},` };
  const sourceStart = content.end + 2;
  const source = { start: sourceStart, end: sourceStart + speaker.length, text: speaker };
  const cue = { start: source.end + 1, end: source.end + 5, text: 'said' };
  const said = attribution({
    id: 'a1',
    source,
    cue,
    content: [content],
    speaker: { id: 'p1', name: speaker },
  });
  const extraction = extractionFor(text, fields, [said], blocksOf(text, ['title', 'paragraph']));
  // The speaker's own words for a role and an alias, so the person page shows them too.
  const people = extraction.people.map((person) => ({
    ...person,
    aliases: [`${speaker} (alias)`],
    roles: [{ start: source.start, end: source.end, text: speaker, time: 'former' as const, at: null }],
  }));
  // Keyed by file: the hostile URLs repeat, and a URL would otherwise be the key.
  return { key: fields.file, text, extraction: { ...extraction, people } };
}
