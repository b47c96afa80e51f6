/**
 * Several writers on one PostgreSQL store: two stores (two pools, as two worker processes would have) on one
 * schema ingest overlapping documents that name the same people and repeat the same statements, at once.
 * Each document, person and statement must exist once, and the record be the one a single writer makes.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { IngestInput, IngestOutcome, Store } from '../../../src/store/index.js';
import { openPostgresStore } from '../../../src/store/postgres/index.js';
import type { Attribution, Person } from '../../../src/types.js';
import {
  dropSchemas,
  freshSchemaName,
  POSTGRES_URL,
  urlWithSchema,
  usePostgres,
} from '../../helpers/postgres.js';
import { extractionOf, spanOf } from '../fixtures.js';

const runs = await usePostgres('the concurrent PostgreSQL ingest tests');

/** Who speaks in the documents, and the two things each of them says (every document repeats one). */
const CAST = [
  {
    name: 'Ingrid Sæther',
    claims: [
      'the harbour levy will fund new moorings for the fishing fleet',
      'the board will publish its harbour accounts before the summer vote',
    ],
  },
  {
    name: 'Marten Vos',
    claims: [
      'the tunnel budget cannot absorb another overrun this winter',
      'the transport office underestimated the cost of coastal rock',
    ],
  },
  {
    name: 'Ruth Okafor',
    claims: [
      'the council will reopen the ferry route to the northern islands',
      'ferry tickets for pensioners will stay free until next spring',
    ],
  },
  {
    name: 'Lena Park',
    claims: [
      'the new school wing will open its doors in September',
      'teachers at the harbour school deserve a pay rise this year',
    ],
  },
] as const;
const OFFICIAL_CLAIM = 'the repair of the northern quay will take three more weeks';

const DOCUMENTS = 24;

/**
 * Document `index`: two of the cast (in turn, so that documents share people and statements), each saying
 * one of their claims, then an unnamed official; `version` 2 adds a closing line (a changed document).
 */
function document(index: number, version = 1, key = `report-${index}.txt`): IngestInput {
  const speakers = [CAST[index % CAST.length]!, CAST[(index + 1) % CAST.length]!];
  const said = speakers.map((speaker) => ({ ...speaker, claim: speaker.claims[index % 2]! }));
  const family = (name: string): string => name.split(' ').at(-1)!;
  const text = [
    `Report ${index}`,
    ...said.map(({ name, claim }) => `${name} said that ${claim}. ${family(name)} spoke at the town hall.`),
    `A harbour official said that ${OFFICIAL_CLAIM}.`,
    ...(version > 1 ? [`Updated in version ${version}.`] : []),
  ].join('\n\n');
  const people: Person[] = said.map(({ name }, seq) => ({
    id: `p${seq + 1}`,
    name,
    aliases: [family(name)],
    roles: [],
    mentions: [spanOf(text, name), spanOf(text, `${family(name)} spoke`)].map(({ start }, mention) => ({
      start,
      end: start + (mention === 0 ? name.length : family(name).length),
    })),
  }));
  const report = (
    id: string,
    source: string,
    claim: string,
    speaker: Attribution['speaker'],
  ): Attribution => ({
    id,
    type: 'indirect',
    source: spanOf(text, source),
    cue: cueAfter(text, source),
    content: [spanOf(text, claim)],
    speaker,
    saidAt: null,
    dating: 'publication',
    polarity: 'affirmed',
    medium: null,
    via: null,
    confidence: 0.9,
  });
  const attributions = [
    ...said.map(({ name, claim }, seq) => report(`a${seq + 1}`, name, claim, { id: `p${seq + 1}`, name })),
    report('a3', 'A harbour official', OFFICIAL_CLAIM, null),
  ];
  const extraction = extractionOf(text, key, people, attributions);
  return {
    text,
    key,
    extraction: {
      ...extraction,
      meta: { ...extraction.meta, published: `2024-03-${String(1 + (index % 28)).padStart(2, '0')}` },
    },
  };
}

/** An article that names the whole cast and reports nothing: the people exist before their statements. */
function rollCall(): IngestInput {
  const text = `Roll call\n\nPresent: ${CAST.map((person) => person.name).join(', ')}.`;
  const people: Person[] = CAST.map(({ name }, seq) => {
    const { start, end } = spanOf(text, name);
    return { id: `p${seq + 1}`, name, aliases: [], roles: [], mentions: [{ start, end }] };
  });
  return { text, key: 'roll-call.txt', extraction: extractionOf(text, 'roll-call.txt', people, []) };
}

/** The "said" after a source's words. */
function cueAfter(text: string, source: string) {
  const start = text.indexOf(`${source} said`) + source.length + 1;
  return { start, end: start + 4, text: 'said' };
}

describe.skipIf(!runs)('concurrent ingest on PostgreSQL', () => {
  const schemas: string[] = [];
  const stores: Store[] = [];
  const open = async (schema: string): Promise<Store> => {
    const store = await openPostgresStore(urlWithSchema(schema));
    stores.push(store);
    return store;
  };
  const freshSchema = (): string => {
    const schema = freshSchemaName('onrecord_concurrent');
    schemas.push(schema);
    return schema;
  };
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await dropSchemas(schemas);
  });

  /** Rows of a query on the schema, read directly. */
  const query = async <Row extends pg.QueryResultRow>(schema: string, text: string): Promise<Row[]> => {
    const client = new pg.Client({ connectionString: POSTGRES_URL, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      return (await client.query<Row>(text)).rows;
    } finally {
      await client.end();
    }
  };

  /** The record as a single writer would make it: people, and which reports each statement gathers. */
  const record = async (schema: string) => ({
    people: (await query<{ name: string }>(schema, 'SELECT name FROM people ORDER BY name')).map(
      (p) => p.name,
    ),
    statements: (
      await query<{ reports: string }>(
        schema,
        `SELECT string_agg(ar.title || ' ' || a.local_id, ', ' ORDER BY ar.title, a.local_id) AS reports
          FROM attributions a JOIN articles ar ON ar.id = a.article_id
          GROUP BY a.statement_id ORDER BY reports`,
      )
    ).map((statement) => statement.reports),
    articles: (await query<{ title: string }>(schema, 'SELECT title FROM articles ORDER BY title')).map(
      (article) => article.title,
    ),
    orphanStatements: (
      await query<{ count: number }>(
        schema,
        'SELECT count(*) FROM statements s WHERE NOT EXISTS (SELECT 1 FROM attributions WHERE statement_id = s.id)',
      )
    )[0]!.count,
  });

  const statusesByKey = (outcomes: readonly IngestOutcome[]): Map<string, string> =>
    new Map(outcomes.map((outcome) => [outcome.key, outcome.status]));

  /** One at a time, in order, as a worker takes its jobs. */
  const ingestEach = async (store: Store, inputs: readonly IngestInput[]): Promise<IngestOutcome[]> => {
    const outcomes: IngestOutcome[] = [];
    for (const input of inputs) outcomes.push(await store.ingest(input));
    return outcomes;
  };
  /** In batches of four. */
  const ingestBatches = async (store: Store, inputs: readonly IngestInput[]): Promise<IngestOutcome[]> => {
    const outcomes: IngestOutcome[] = [];
    for (let start = 0; start < inputs.length; start += 4)
      outcomes.push(...(await store.ingestBatch(inputs.slice(start, start + 4))));
    return outcomes;
  };

  it('stores each document, person and statement once when two stores ingest the same documents at once', async () => {
    const inputs = Array.from({ length: DOCUMENTS }, (_, index) => document(index));
    const single = freshSchema();
    await ingestEach(await open(single), [rollCall(), ...inputs]);
    const expected = await record(single);
    expect(expected.people).toEqual(['Ingrid Sæther', 'Lena Park', 'Marten Vos', 'Ruth Okafor']);
    // Two claims a person, and the official's: nine statements, every report of a claim in one.
    expect(expected.statements).toHaveLength(9);

    const shared = freshSchema();
    const [first, second] = [await open(shared), await open(shared)];
    // The people exist already (no writer waits on another's new person): what is new is their statements.
    await first.ingest(rollCall());
    // One writer goes through the documents one at a time, the other in batches from the middle: at every
    // moment both write different documents that name the same people and repeat the same statements.
    const half = DOCUMENTS / 2;
    const [one, other] = await Promise.all([
      ingestEach(first, inputs),
      ingestBatches(second, [...inputs.slice(half), ...inputs.slice(0, half)]),
    ]);
    const a = statusesByKey(one);
    const b = statusesByKey(other);
    for (const input of inputs)
      expect([a.get(input.key!), b.get(input.key!)].sort()).toEqual(['added', 'unchanged']);
    expect(await record(shared)).toEqual(expected);
  });

  it('stores one of two copies of a text ingested under two keys at once, and replaces a document once', async () => {
    const schema = freshSchema();
    const [first, second] = [await open(schema), await open(schema)];
    const originals = Array.from({ length: 8 }, (_, index) => document(index));
    await Promise.all([ingestEach(first, originals), ingestEach(second, originals.slice(4))]);

    // The same texts under other keys (a URL with tracking parameters), from both writers at once.
    const copies = (prefix: string) =>
      Array.from({ length: 4 }, (_, index) => document(8 + index, 1, `${prefix}/report-${8 + index}.txt`));
    const [fromFirst, fromSecond] = await Promise.all([
      ingestEach(first, copies('a')),
      ingestBatches(second, copies('b')),
    ]);
    for (let index = 0; index < 4; index += 1)
      expect([fromFirst[index]!.status, fromSecond[index]!.status].sort()).toEqual(['added', 'duplicate']);

    // Changed versions of the same documents, from both writers at once: each replaced once.
    const changed = originals.map((input, index) => document(index, 2, input.key));
    const [replacedFirst, replacedSecond] = await Promise.all([
      ingestBatches(first, changed),
      ingestEach(second, [...changed].reverse()),
    ]);
    const a = statusesByKey(replacedFirst);
    const b = statusesByKey(replacedSecond);
    for (const input of changed)
      expect([a.get(input.key!), b.get(input.key!)].sort()).toEqual(['replaced', 'unchanged']);

    const stored = await record(schema);
    expect(stored.articles).toHaveLength(12);
    expect(stored.people).toEqual(['Ingrid Sæther', 'Lena Park', 'Marten Vos', 'Ruth Okafor']);
    expect(stored.statements).toHaveLength(9);
    expect(stored.orphanStatements).toBe(0);
    expect(await query(schema, 'SELECT source_key FROM article_revisions')).toHaveLength(8);
  });
});
