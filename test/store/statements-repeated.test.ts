/**
 * The same words in two articles are one statement, whoever each report is attributed to: a report that no
 * report of its own speaker repeats joins the statement of another article's report whose words it repeats
 * or that repeats its words, whole or as a run of the longer, when both are at least REPEATED_WORDS (7) words.
 * Shorter stock phrases, edited wordings and reports of the same article stay apart. Both engines, and the
 * migration that indexes the reports stored before it.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareWording } from '../../src/link/wording.js';
import {
  indexedRuns,
  repeatedStatement,
  REPEATED_WORDS,
  RUN_POSTINGS,
  RUN_STRIDE,
  RUN_WORDS,
  runKey,
  wordRuns,
} from '../../src/store/statement-linking.js';
import { openSqliteStore, type IngestInput, type Store } from '../../src/store/index.js';
import { MIGRATIONS, migrate } from '../../src/store/sqlite/index.js';
import type { Attribution, Person } from '../../src/types.js';
import { ENGINES } from './engines.js';
import { extractionOf, spanOf } from './fixtures.js';

/** Who says a quotation: a person's name, or the words of an unnamed source. */
type Sayer = { person: string } | { source: string };

/** An article of quotations, each `“words,” said NAME.` in a paragraph of its own, in order. */
function article(file: string, quotes: { sayer: Sayer; words: string }[]): IngestInput {
  const nameOf = (sayer: Sayer) => ('person' in sayer ? sayer.person : sayer.source);
  const text = `Harbour news\n\n${quotes.map(({ sayer, words }) => `“${words},” said ${nameOf(sayer)}.`).join('\n\n')}\n`;
  const people: Person[] = [];
  const attributions = quotes.map(({ sayer, words }, index): Attribution => {
    const name = nameOf(sayer);
    const occurrence = quotes.slice(0, index + 1).filter((quote) => nameOf(quote.sayer) === name).length;
    const source = spanOf(text, name, occurrence);
    let speaker: Attribution['speaker'] = null;
    if ('person' in sayer) {
      let person = people.find((known) => known.name === name);
      if (!person) {
        person = { id: `p${people.length + 1}`, name, aliases: [], roles: [], mentions: [] };
        people.push(person);
      }
      (person.mentions as { start: number; end: number }[]).push({ start: source.start, end: source.end });
      speaker = { id: person.id, name };
    }
    return {
      id: `a${index + 1}`,
      type: 'direct',
      source,
      cue: spanOf(text, 'said', index + 1),
      content: [spanOf(text, `“${words},”`)],
      speaker,
      saidAt: null,
      dating: 'unknown',
      polarity: 'affirmed',
      medium: null,
      via: null,
      confidence: 0.9,
    };
  });
  return { text, extraction: extractionOf(text, file, people, attributions) };
}

const MAREK = { person: 'Marek Zieliński' };
const ORLA = { person: 'Orla Dempsey' };
const OFFICIAL = { source: 'a union official' };

const FERRIES = 'We will put the ferries back first as a gesture if the board puts a real number down';

describe('wordRuns and repeatedStatement', () => {
  const candidate = (text: string, statementId: number) => ({ content: [{ text }], statementId });

  it('looks a report up by every run of RUN_WORDS words and indexes it under every RUN_STRIDE-th', () => {
    const wording = prepareWording('One two three four five six seven eight, nine.');
    expect([RUN_WORDS, RUN_STRIDE, REPEATED_WORDS]).toEqual([6, 2, 7]);
    const runs = wordRuns(wording);
    expect(runs).toEqual([
      runKey(['one', 'two', 'three', 'four', 'five', 'six']),
      runKey(['two', 'three', 'four', 'five', 'six', 'seven']),
      runKey(['three', 'four', 'five', 'six', 'seven', 'eight']),
      runKey(['four', 'five', 'six', 'seven', 'eight', 'nine']),
    ]);
    expect(indexedRuns(wording)).toEqual([runs[0], runs[2]]);
    expect(new Set(runs).size).toBe(4);
    expect(runs.every(Number.isSafeInteger)).toBe(true);
    // Words, not letters, make a run.
    expect(runKey(['ab', 'c'])).not.toBe(runKey(['a', 'bc']));
    expect(wordRuns(prepareWording('We will not back down, ever'))).toEqual([]);
  });

  it('finds a wording of REPEATED_WORDS words inside a stored one wherever it starts', () => {
    const stored = new Set(indexedRuns(prepareWording(FERRIES)));
    const words = prepareWording(FERRIES).words;
    for (let start = 0; start + REPEATED_WORDS <= words.length; start += 1) {
      const inside = prepareWording(words.slice(start, start + REPEATED_WORDS).join(' '));
      expect(wordRuns(inside).some((run) => stored.has(run))).toBe(true);
    }
  });

  it('joins the first candidate that repeats the words or whose words the report repeats', () => {
    const candidates = [
      candidate('The ferries are not for sale and never were', 3),
      candidate(`“${FERRIES},” he said at the rally`, 7),
      candidate(FERRIES, 9),
    ];
    expect(repeatedStatement(prepareWording(FERRIES), candidates)).toEqual({
      statementId: 7,
      match: 'truncated',
      altered: false,
    });
    expect(
      repeatedStatement(prepareWording('the ferries back first as a gesture if'), candidates.slice(2)),
    ).toMatchObject({ statementId: 9, match: 'truncated' });
  });

  it('joins nothing edited, nothing short and nothing that only shares words', () => {
    const candidates = [candidate(FERRIES, 9), candidate('We will not back down', 4)];
    // One word changed is an edit, which another speaker's words do not join on.
    expect(repeatedStatement(prepareWording(FERRIES.replace('real', 'better')), candidates)).toBeNull();
    expect(repeatedStatement(prepareWording('We will not back down'), candidates)).toBeNull();
    expect(repeatedStatement(prepareWording('the board puts the ferries first'), candidates)).toBeNull();
  });
});

for (const makeEngine of ENGINES) {
  const engine = makeEngine();
  // An engine that cannot run here (no PostgreSQL server) has said so on stderr; in CI it throws instead.
  const runs = await engine.available();

  describe.skipIf(!runs)(`statements repeated under other speakers: ${engine.name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await engine.fresh();
    });
    afterEach(async () => {
      await store.close();
    });
    afterAll(async () => {
      await engine.cleanup();
    });

    const ingest = async (input: IngestInput) => {
      const result = await store.ingest(input);
      expect(result.status === 'failed' ? String(result.error) : result.status).toBe('added');
    };
    const statementsOf = async () =>
      (await store.listStatements())
        .map((statement) => statement.reports.map((report) => [report.article.file, report.match]))
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

    it('joins the same words in another article, whether its speaker is another person or no one', async () => {
      await ingest(article('a.txt', [{ sayer: MAREK, words: FERRIES }]));
      await ingest(article('b.txt', [{ sayer: OFFICIAL, words: FERRIES.slice(3) }]));
      await ingest(article('c.txt', [{ sayer: ORLA, words: `${FERRIES} on the table` }]));
      expect(await statementsOf()).toEqual([
        [
          ['a.txt', 'first'],
          ['b.txt', 'truncated'],
          ['c.txt', 'truncated'],
        ],
      ]);
    });

    it('finds the same words behind a stock phrase that more reports than it counts per run open on', async () => {
      const opening = 'At the end of the day we';
      for (let index = 0; index < RUN_POSTINGS + 5; index += 1)
        await ingest(
          article(`old-${index}.txt`, [
            {
              sayer: { person: `Speaker Number${index}` },
              words: `${opening} will decide item ${index} alone`,
            },
          ]),
        );
      const words = `${opening} will sell the ferries to the highest bidder next spring`;
      await ingest(article('x.txt', [{ sayer: MAREK, words }]));
      await ingest(article('y.txt', [{ sayer: OFFICIAL, words }]));
      const joined = (await store.listStatements({ minReports: 2 })).map((statement) =>
        statement.reports.map((report) => [report.article.file, report.match]),
      );
      expect(joined).toEqual([
        [
          ['x.txt', 'first'],
          ['y.txt', 'verbatim'],
        ],
      ]);
    });

    it('keeps apart stock phrases, edited words and the reports of one article', async () => {
      const stock = 'Nobody here is going anywhere';
      await ingest(
        article('a.txt', [
          { sayer: MAREK, words: stock },
          { sayer: MAREK, words: FERRIES },
        ]),
      );
      await ingest(article('b.txt', [{ sayer: ORLA, words: stock }]));
      await ingest(article('c.txt', [{ sayer: OFFICIAL, words: FERRIES.replace('real', 'better') }]));
      // Within one article, a report holding another's words is a report of its own (the official quotes
      // Orla Dempsey in words of his own).
      const winter = 'the harbour must stay open all winter';
      await ingest(
        article('d.txt', [
          { sayer: ORLA, words: winter },
          { sayer: OFFICIAL, words: `Orla told us ${winter} and we agree` },
        ]),
      );
      expect(await statementsOf()).toHaveLength(6);
    });
  });
}

describe('migration 0010-report-word-runs', () => {
  const directory = mkdtempSync(join(tmpdir(), 'onrecord-word-runs-'));
  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('indexes the reports stored before it, so that a later article joins their statements', async () => {
    const path = join(directory, 'old.db');
    const before = openSqliteStore(path);
    expect((await before.ingest(article('a.txt', [{ sayer: MAREK, words: FERRIES }]))).status).toBe('added');
    await before.close();
    // As a store written before 0010 is: no runs indexed, the migration not recorded.
    const db = new Database(path);
    db.exec("DROP TABLE report_word_runs; DELETE FROM schema_migrations WHERE id = '0010-report-word-runs'");
    migrate(db, MIGRATIONS);
    expect(db.prepare('SELECT count(*) AS n FROM report_word_runs').get()).toEqual({
      n: indexedRuns(prepareWording(FERRIES)).length,
    });
    db.close();
    const after = openSqliteStore(path);
    expect((await after.ingest(article('b.txt', [{ sayer: OFFICIAL, words: FERRIES }]))).status).toBe(
      'added',
    );
    const statements = await after.listStatements();
    expect(statements.map((statement) => statement.reports.map((report) => report.match))).toEqual([
      ['first', 'verbatim'],
    ]);
    await after.close();
  });
});
