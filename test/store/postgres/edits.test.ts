/**
 * Hand edits on PostgreSQL: merges, splits, their undoing and corrections give the record SQLite's store
 * gives for the same edits of the same corpus (samples/record); and edits made while other writers ingest,
 * or two at once, leave the record whole (nothing linked under a person merged away, one correction in force).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract.js';
import {
  openSqliteStore,
  type IngestInput,
  type PersonRecord,
  type Store,
  type StoredPerson,
} from '../../../src/store/index.js';
import { openPostgresStore } from '../../../src/store/postgres/index.js';
import {
  dropSchemas,
  freshSchemaName,
  POSTGRES_URL,
  urlWithSchema,
  usePostgres,
} from '../../helpers/postgres.js';

const runs = await usePostgres('the PostgreSQL edit tests');

const folder = fileURLToPath(new URL('../../../samples/record/articles/', import.meta.url));
const inputs: IngestInput[] = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => {
    const text = readFileSync(folder + name, 'utf8');
    return { text, extraction: extract(text, { file: name }) };
  });

/** Times differ between two runs: only whether each is set is compared. */
const timeless = (value: unknown): unknown =>
  JSON.parse(
    JSON.stringify(value, (key, field: unknown) =>
      key === 'madeAt' || key === 'undoneAt' ? field !== null : field,
    ),
  );

/**
 * People with their aliases as a set: their order (first stored first) is the read's, which a merge's moves
 * reorder on PostgreSQL (ctid), not on SQLite (rowid).
 */
const aliasSets = (people: readonly StoredPerson[]) =>
  people.map((person) => ({ ...person, aliases: [...person.aliases].sort() }));

/**
 * What the edits change, read through the Store as callers read it. Statements by their order, not their
 * ids: SQLite gives a new row the id of the highest one deleted (an undone correction's statement, an article
 * rewritten), PostgreSQL's identity never gives an id twice.
 */
async function record(store: Store) {
  const people = aliasSets(await store.listPeople());
  const explanations = [];
  for (const person of people) {
    const { links, edits } = await store.explainPerson(person.id);
    explanations.push({ id: person.id, links, edits });
  }
  const statements = await store.listStatements();
  const order = new Map(
    statements
      .map((statement) => statement.id)
      .sort((a, b) => a - b)
      .map((id, index) => [id, index]),
  );
  const renumbered = (value: unknown): unknown =>
    JSON.parse(
      JSON.stringify(value, (key, field: unknown) =>
        key === 'statement' && field !== null
          ? { ...field, id: order.get((field as { id: number }).id) }
          : field,
      ),
    );
  return {
    people,
    explanations,
    attributions: renumbered(await store.listAttributions()),
    statements: renumbered(statements.map((statement) => ({ ...statement, id: order.get(statement.id) }))),
    corrections: await store.listCorrections(),
  };
}

/** The attributions a person speaks, with their global ids (a listing gives the article's local ones). */
async function spokenBy(store: Store, personId: number) {
  const found: { id: number; articleId: number; file: string }[] = [];
  for (const { article, attribution } of await store.listAttributions({ personId })) {
    const detail = (await store.getArticle(article.id))!;
    const stored = detail.attributions.find((candidate) => candidate.attribution.id === attribution.id)!;
    found.push({ id: stored.id, articleId: article.id, file: article.file! });
  }
  return found;
}

/** The person an attribution is spoken by now. */
async function speakerOf(store: Store, { id, articleId }: { id: number; articleId: number }) {
  const detail = (await store.getArticle(articleId))!;
  return detail.attributions.find((candidate) => candidate.id === id)!.person?.id ?? null;
}

/** The person of that name, as a merge or split takes it. */
const personNamed = async (store: Store, name: string): Promise<PersonRecord> => {
  const [found] = await store.findPeople(name);
  if (!found) throw new Error(`no ${name} in the record corpus`);
  return { id: found.id, name: found.name };
};

describe.skipIf(!runs)('hand edits on PostgreSQL', () => {
  const schemas: string[] = [];
  const stores: Store[] = [];
  const postgresStore = async (schema = freshSchemaName('onrecord_edits')) => {
    if (!schemas.includes(schema)) schemas.push(schema);
    const store = await openPostgresStore(urlWithSchema(schema));
    stores.push(store);
    return store;
  };
  afterAll(async () => {
    for (const store of stores) await store.close();
    await dropSchemas(schemas);
  });

  describe('the same edits as SQLite', () => {
    let sqlite: Store;
    let postgres: Store;
    beforeAll(async () => {
      sqlite = openSqliteStore(':memory:');
      stores.push(sqlite);
      postgres = await postgresStore();
      for (const input of inputs) {
        await sqlite.ingest(input);
        await postgres.ingest(input);
      }
    });

    /** Runs one edit on both stores: the same result, or the same refusal. */
    const onBoth = async <T>(edit: (store: Store) => Promise<T>): Promise<T> => {
      const [expected, actual] = await Promise.allSettled([edit(sqlite), edit(postgres)]);
      if (expected.status === 'rejected') {
        expect(actual.status).toBe('rejected');
        const reason = (actual as PromiseRejectedResult).reason as Error;
        expect(reason.message.replace(/^[^:]+:\/\/[^ ]*: /u, '')).toBe(
          (expected.reason as Error).message.replace(/^[^ ]*: /u, ''),
        );
        expect(reason).toBeInstanceOf((expected.reason as Error).constructor);
        return undefined as T;
      }
      expect(timeless(actual)).toEqual(timeless(expected));
      return expected.value;
    };

    it('finds, merges, splits and explains people as SQLite does', async () => {
      const mira = await onBoth((store) => personNamed(store, 'Mira Strand'));
      const pavel = await onBoth((store) => personNamed(store, 'Pavel Strand'));
      const halden = await onBoth((store) => personNamed(store, 'Joris Halden'));
      await onBoth((store) => store.mergePeople(pavel.id, mira.id, 'same family, same person?'));
      await onBoth(async (store) => aliasSets(await store.findPeople('mira strand')));
      await onBoth(async (store) => aliasSets(await store.findPeople(String(mira.id))));
      await onBoth((store) => store.mergePeople(pavel.id, pavel.id, 'self'));
      await onBoth((store) => store.mergePeople(pavel.id, 99_999, 'nobody'));
      await onBoth((store) => store.mergePeople(mira.id, halden.id, 'into a merged person'));
      await onBoth((store) => store.splitPerson(pavel.id, 'nobody of that name', null, 'no'));
      const split = await onBoth((store) => store.splitPerson(pavel.id, 'mira strand', null, 'not the same'));
      expect(split.name).toBe('Mira Strand');
      const articles = (await postgres.explainPerson(halden.id)).links.map((link) => link.article.id);
      await onBoth((store) =>
        store.splitPerson(halden.id, 'Joris Halden', articles.slice(0, 1), 'a namesake'),
      );
      expect(timeless(await record(postgres))).toEqual(timeless(await record(sqlite)));
    });

    it('undoes edits as SQLite does', async () => {
      const pavel = await onBoth((store) => personNamed(store, 'Pavel Strand'));
      const edits = (await onBoth((store) => store.explainPerson(pavel.id))).edits;
      expect(edits.map((edit) => edit.kind)).toEqual(['merge', 'split']);
      await onBoth((store) => store.undoPersonEdit(edits[0]!.id, 'an editor'));
      await onBoth((store) => store.undoPersonEdit(edits[1]!.id, 'an editor'));
      await onBoth((store) => store.undoPersonEdit(edits[0]!.id, 'an editor'));
      await onBoth((store) => store.undoPersonEdit(edits[0]!.id, 'again'));
      expect(timeless(await record(postgres))).toEqual(timeless(await record(sqlite)));
    });

    it('corrects attributions, and keeps the corrections through a re-ingest, as SQLite does', async () => {
      const pavel = await onBoth((store) => personNamed(store, 'Pavel Strand'));
      const halden = await onBoth((store) => personNamed(store, 'Joris Halden'));
      const [first, second, third] = await onBoth((store) => spokenBy(store, pavel.id));
      await onBoth((store) => store.correctAttribution({ attributionId: first!.id, kind: 'wrong', by: 'e' }));
      await onBoth((store) => store.correctAttribution({ attributionId: first!.id, kind: 'wrong', by: 'e' }));
      const toHalden = await onBoth((store) =>
        store.correctAttribution({
          attributionId: second!.id,
          kind: 'speaker',
          personId: halden.id,
          by: 'e',
        }),
      );
      await onBoth((store) =>
        store.correctAttribution({ attributionId: second!.id, kind: 'speaker', personId: null, by: 'e' }),
      );
      await onBoth((store) =>
        store.correctAttribution({ attributionId: third!.id, kind: 'speaker', personId: halden.id, by: 'e' }),
      );
      await onBoth((store) => store.undoCorrection(toHalden.id, 'e'));
      // The article of the third attribution, changed: the correction finds its attribution again.
      const article = inputs.find((input) => input.extraction.file === third!.file)!;
      const text = `${article.text}\n“We will publish the figures on Friday,” a ministry spokesman said.\n`;
      await onBoth((store) => store.ingest({ text, extraction: extract(text, { file: third!.file }) }));
      expect(timeless(await record(postgres))).toEqual(timeless(await record(sqlite)));
      expect(
        (await postgres.listCorrections()).filter((correction) => correction.undoneAt === null),
      ).toHaveLength(3);
    });
  });

  it('links nothing under a person merged away while others ingest', async () => {
    const schema = freshSchemaName('onrecord_edits');
    const [editor, writer] = [await postgresStore(schema), await postgresStore(schema)];
    // Mira Strand is named in later articles too: those are ingested while she is merged into Pavel Strand.
    const firstMira = inputs.findIndex((input) => input.text.includes('Mira Strand'));
    await editor.ingestBatch(inputs.slice(0, firstMira + 1));
    const [mira, pavel] = [
      await personNamed(editor, 'Mira Strand'),
      await personNamed(editor, 'Pavel Strand'),
    ];
    const later = inputs.slice(firstMira + 1);
    expect(later.some((input) => input.text.includes('Mira Strand'))).toBe(true);
    const ingests = Promise.all(later.map((input) => writer.ingest(input)));
    await editor.mergePeople(pavel.id, mira.id, 'merged while others ingest');
    expect((await ingests).map((outcome) => outcome.status)).not.toContain('failed');
    const client = new pg.Client({ connectionString: POSTGRES_URL, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      for (const table of ['attributions', 'article_people', 'person_aliases', 'person_roles', 'mentions']) {
        const counted = await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM ${table} WHERE person_id = $1`,
          [mira.id],
        );
        expect({ table, n: counted.rows[0]!.n }).toEqual({ table, n: 0 });
      }
    } finally {
      await client.end();
    }
    expect(await editor.findPeople('Mira Strand')).toEqual([expect.objectContaining({ id: pavel.id })]);
  });

  it('makes two corrections of one attribution at once one after the other: one stays in force', async () => {
    const schema = freshSchemaName('onrecord_edits');
    const [one, other] = [await postgresStore(schema), await postgresStore(schema)];
    await one.ingestBatch(inputs);
    const [pavel, mira] = [await personNamed(one, 'Pavel Strand'), await personNamed(one, 'Mira Strand')];
    const halden = await personNamed(one, 'Joris Halden');
    const [target] = await spokenBy(one, pavel.id);
    const made = await Promise.all([
      one.correctAttribution({ attributionId: target!.id, kind: 'speaker', personId: mira.id, by: 'one' }),
      other.correctAttribution({
        attributionId: target!.id,
        kind: 'speaker',
        personId: halden.id,
        by: 'other',
      }),
    ]);
    const corrections = await one.listCorrections({ attributionId: target!.id });
    expect(corrections).toHaveLength(2);
    const inForce = corrections.filter((correction) => correction.undoneAt === null);
    expect(inForce).toHaveLength(1);
    expect(made.map((correction) => correction.id)).toContain(inForce[0]!.id);
    expect(await speakerOf(one, target!)).toBe(inForce[0]!.personId);
    // The first correction made was undone by the second, which restored the speaker it changed first.
    await one.undoCorrection(inForce[0]!.id, 'one');
    expect(await speakerOf(one, target!)).toBe(pavel.id);
  });
});
