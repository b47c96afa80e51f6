/**
 * A generated record for bench/search: N articles of ten statements each (100,000 articles make the
 * 1,000,000 statements the issue asks for), written straight into the tables of a fresh store that
 * `openSqliteStore` migrated, in one transaction per chunk of articles. The full-text indexes and the
 * derived columns are kept by the schema's own triggers (migration 0005), so the rows are indexed exactly as
 * an ingest would index them; skipping the extraction and the statement linking is what makes a million
 * rows take a minute instead of hours.
 *
 * The text is made of a few hundred real news words and a few thousand made-up ones, drawn with a Zipf
 * distribution, so that common words match hundreds of thousands of statements and rare ones a handful,
 * as in a real record. Speakers, outlets and dates are skewed the same way. One statement in ten is a
 * second report (another outlet, later) of an earlier one, so statement pages have several reports.
 *
 *   node --import tsx scripts/make-search-store.ts --db FILE [--articles 100000]
 */
import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { matchKey } from '../src/link/match-key.js';
import { openSqliteStore } from '../src/store/index.js';
import { migrate } from '../src/store/sqlite/migrate.js';
import { MIGRATIONS } from '../src/store/sqlite/migrations.js';

export const STATEMENTS_PER_ARTICLE = 10;
const PEOPLE_PER_ARTICLE = 4;
const CHUNK_ARTICLES = 2_000;
/** The migrations that make the tables the rows are written to (0001 to 0004); later ones index them. */
const BASE_MIGRATIONS = MIGRATIONS.findIndex((migration) => migration.id === '0004-web-ingest') + 1;

/** Real words first: with the Zipf draw, the first ones are the most common. */
const NEWS_WORDS = `the government will minister said budget council people year plan new city police court
health school water energy housing tax election party vote public report minister's workers union prices
rent transport rail bridge harbour hospital doctors teachers children families farmers fishing coast river
forest climate emissions flood storm drought border trade market jobs wages pension inflation interest bank
bond debt deficit spending cuts reform law bill parliament committee inquiry evidence trial judge verdict
appeal prison sentence fraud audit contract tender project tunnel road airport port ferry bus tram fares
license permit zoning planning mayor governor senator president chancellor spokesman spokeswoman official
officials agency ministry department office board chair director executive company firm factory mill plant
closure layoffs strike talks agreement deal offer proposal deadline delay overrun cost costs billion million
percent figures data numbers survey study research science university students fees grants funding aid
refugees migrants asylum visa security defence army navy troops war peace ceasefire sanctions embassy
treaty summit meeting conference interview statement speech letter hearing briefing debate promise warning
risk crisis emergency shortage supply demand power grid gas oil wind solar nuclear coal carbon recycling
waste pollution air noise traffic safety accident fire rescue crew ship cargo container terminal wharf
dock pier lighthouse island village town region province state nation country europe north south east west
spring summer autumn winter january february march april may june july august september october november
december monday tuesday wednesday thursday friday weekend morning evening night today tomorrow yesterday
never always again still already only just more less most least better worse best worst good bad fair
unfair wrong right true false clear honest open closed free safe ready enough serious proper full`
  .split(/\s+/u)
  .filter((word) => word !== '');

const SYLLABLES = [
  'ka',
  'lo',
  'ven',
  'tar',
  'mi',
  'sor',
  'bel',
  'da',
  'rin',
  'os',
  'tem',
  'ul',
  'fa',
  'gri',
  'no',
  'pel',
  'quo',
  'sa',
  'thu',
  'ver',
  'wen',
  'yi',
  'zar',
  'hol',
  'kes',
  'mar',
  'nov',
  'ost',
  'ran',
  'sel',
];

/** A small deterministic generator (mulberry32): the same store every run for the same size. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Draws indexes 0..size-1 with probability falling as 1/(rank+1)^exponent. */
function zipf(size: number, exponent: number, next: () => number): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank += 1) {
    total += 1 / (rank + 1) ** exponent;
    cumulative[rank] = total;
  }
  return () => {
    const target = next() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

function madeUpWords(count: number, next: () => number): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    const length = 2 + Math.floor(next() * 2);
    let word = '';
    for (let index = 0; index < length; index += 1)
      word += SYLLABLES[Math.floor(next() * SYLLABLES.length)] ?? '';
    if (!NEWS_WORDS.includes(word)) words.add(word);
  }
  return [...words];
}

const capitalized = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

export interface GeneratedStore {
  readonly articles: number;
  readonly statements: number;
  readonly people: number;
  readonly seconds: number;
}

/** What the bench needs to know of a generated store: the words, names and outlets it may ask about. */
export interface StoreVocabulary {
  readonly words: readonly string[];
  readonly people: readonly string[];
  readonly outlets: readonly string[];
}

export function storeVocabulary(): StoreVocabulary {
  const next = random(42);
  const words = [...NEWS_WORDS, ...madeUpWords(4_000, next)];
  const given = madeUpWords(400, next).map(capitalized);
  const family = madeUpWords(300, next).map(capitalized);
  const people = Array.from(
    { length: 20_000 },
    (_, index) =>
      `${given[index % given.length]} ${family[Math.floor(index / given.length) % family.length]}${index >= given.length * family.length ? ` ${index}` : ''}`,
  );
  const outlets = madeUpWords(300, next).map(
    (word) =>
      `${capitalized(word)} ${['Herald', 'Times', 'Post', 'Courier', 'Gazette', 'Observer'][word.length % 6] ?? 'News'}`,
  );
  return { words, people, outlets };
}

/** Writes the store at `path` (replacing any file there). */
export function makeSearchStore(
  path: string,
  articleCount: number,
  indexing: 'migration' | 'triggers' = 'migration',
): GeneratedStore {
  const started = performance.now();
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const db = new Database(path);
  // The rows go into the store's own schema, not a copy of it. With `indexing: 'migration'` the file is
  // first migrated only up to the tables the rows need, and the store's later migrations (the search
  // indexes of 0005 onward) run when the store opens it at the end, indexing every row in one pass, as
  // they would for a record stored before an upgrade; 'triggers' migrates fully first, so every row is
  // indexed by the triggers as it is written (as an ingest does), which is slower.
  migrate(db, indexing === 'migration' ? MIGRATIONS.slice(0, BASE_MIGRATIONS) : MIGRATIONS);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  db.pragma('foreign_keys = OFF');

  const vocabulary = storeVocabulary();
  const next = random(7);
  const word = zipf(vocabulary.words.length, 1.05, next);
  const speaker = zipf(vocabulary.people.length, 0.8, next);
  const outletOf = zipf(vocabulary.outlets.length, 0.9, next);
  const words = (count: number): string =>
    Array.from({ length: count }, () => vocabulary.words[word()]).join(' ');

  const insertPerson = db.prepare(
    'INSERT INTO people (id, name, name_key, identity_key, family_key) VALUES (?, ?, ?, ?, ?)',
  );
  const insertArticle =
    db.prepare(`INSERT INTO articles (id, source_key, file, url, content_hash, text, title,
    published, outlet, language, meta, diagnostics, contract_version, fetched_at, ingested_at)
    VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, 'en', ?, '[]', '1', ?, ?)`);
  const insertBlock = db.prepare(
    'INSERT INTO blocks (article_id, seq, kind, span_start, span_end) VALUES (?, ?, ?, ?, ?)',
  );
  const insertArticlePerson = db.prepare(
    "INSERT INTO article_people (article_id, local_id, person_id, name, reason) VALUES (?, ?, ?, ?, 'generated')",
  );
  const insertMention = db.prepare(
    'INSERT INTO mentions (article_id, person_id, span_start, span_end) VALUES (?, ?, ?, ?)',
  );
  const insertStatement = db.prepare(
    'INSERT INTO statements (id, person_id, source_key, created_at) VALUES (?, ?, NULL, ?)',
  );
  const insertAttribution = db.prepare(`INSERT INTO attributions (id, article_id, local_id, seq, type,
    source_start, source_end, source_text, cue_start, cue_end, cue_text, content, content_search,
    speaker_local_id, speaker_name, person_id, said_at, dating, polarity, confidence, statement_id,
    statement_match, altered, dated, source_key)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'said', ?, ?, ?, ?, ?, NULL, 'publication', 'affirmed', 0.9, ?, ?, 0, ?, ?)`);

  const writePeople = db.transaction(() => {
    vocabulary.people.forEach((name, index) => {
      const key = matchKey(name);
      insertPerson.run(index + 1, name, key, `generated:${key}`, matchKey(name.split(' ')[1] ?? name));
    });
  });
  writePeople();

  /** Recent statements that a later article may report again: [statement id, person index, content]. */
  const repeatable: [number, number, string][] = [];
  let attributionId = 0;
  const now = new Date().toISOString();
  const firstDay = Date.UTC(2015, 0, 1);
  const days = 11 * 365;

  const writeArticle = (id: number): void => {
    const outlet = vocabulary.outlets[outletOf()] ?? '';
    // Later ids are later dates, as a record fills up over time.
    const day = Math.floor(((id - 1) / articleCount) * days + next() * 30);
    const published = new Date(firstDay + Math.min(day, days) * 86_400_000).toISOString().slice(0, 10);
    const title = capitalized(words(6 + Math.floor(next() * 5)));
    const people = Array.from({ length: PEOPLE_PER_ARTICLE }, () => speaker());
    const uniquePeople = [...new Set(people)];
    let text = `${title}\n\n`;
    const blocks: [string, number, number][] = [['title', 0, title.length]];
    const rows: unknown[][] = [];
    const spoken = new Set<number>();
    for (let seq = 0; seq < STATEMENTS_PER_ARTICLE; seq += 1) {
      attributionId += 1;
      const again =
        seq === STATEMENTS_PER_ARTICLE - 1 && repeatable.length > 0
          ? repeatable[Math.floor(next() * repeatable.length)]
          : undefined;
      const personIndex = again?.[1] ?? uniquePeople[seq % uniquePeople.length] ?? 0;
      const name = vocabulary.people[personIndex] ?? '';
      const content = again?.[2] ?? words(10 + Math.floor(next() * 20));
      const direct = seq % 3 !== 2;
      const start = text.length;
      const line = direct ? `“${content},” ${name} said.` : `${name} said that ${content}.`;
      const sourceStart = direct ? start + content.length + 4 : start;
      const contentStart = direct ? start + 1 : start + name.length + 11;
      const cueStart = sourceStart + name.length + 1;
      text += `${line}\n\n`;
      blocks.push(['paragraph', start, start + line.length]);
      let statementId = again?.[0];
      if (statementId === undefined) {
        statementId = attributionId;
        insertStatement.run(statementId, personIndex + 1, now);
        if (next() < 0.05) repeatable.push([statementId, personIndex, content]);
        if (repeatable.length > 5_000) repeatable.splice(0, 2_500);
      }
      spoken.add(personIndex);
      const fragment = [{ start: contentStart, end: contentStart + content.length, text: content }];
      rows.push([
        attributionId,
        id,
        `a${seq + 1}`,
        seq,
        direct ? 'direct' : 'indirect',
        sourceStart,
        sourceStart + name.length,
        name,
        cueStart,
        cueStart + 4,
        JSON.stringify(fragment),
        matchKey(content),
        `p${personIndex + 1}`,
        name,
        personIndex + 1,
        statementId,
        again === undefined ? 'first' : 'verbatim',
        published,
        matchKey(name),
      ]);
      if (text.slice(cueStart, cueStart + 4) !== 'said') throw new Error('generator spans are off');
    }
    const meta = {
      title,
      subtitle: null,
      published,
      modified: null,
      outlet,
      language: 'en',
      authors: [],
      takeaways: [],
      url: `https://news.example/${id}`,
      canonical: null,
    };
    insertArticle.run(
      id,
      `https://news.example/${id}`,
      `https://news.example/${id}`,
      createHash('sha256').update(text).digest('hex'),
      text,
      title,
      published,
      outlet,
      JSON.stringify(meta),
      now,
      now,
    );
    blocks.forEach(([kind, start, end], seq) => insertBlock.run(id, seq, kind, start, end));
    for (const personIndex of spoken) {
      insertArticlePerson.run(
        id,
        `p${personIndex + 1}`,
        personIndex + 1,
        vocabulary.people[personIndex] ?? '',
      );
      const at = text.indexOf(vocabulary.people[personIndex] ?? '');
      insertMention.run(id, personIndex + 1, at, at + (vocabulary.people[personIndex]?.length ?? 0));
    }
    for (const row of rows) insertAttribution.run(...row);
  };

  const writeChunk = db.transaction((first: number, last: number) => {
    for (let id = first; id <= last; id += 1) writeArticle(id);
  });
  for (let first = 1; first <= articleCount; first += CHUNK_ARTICLES) {
    writeChunk(first, Math.min(articleCount, first + CHUNK_ARTICLES - 1));
    if (process.stderr.isTTY)
      process.stderr.write(
        `\r  generated ${Math.min(articleCount, first + CHUNK_ARTICLES - 1)} / ${articleCount} articles`,
      );
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  // Unused people (the Zipf tail never drawn) are left out, as a real record would not hold them.
  db.exec('DELETE FROM people WHERE NOT EXISTS (SELECT 1 FROM article_people WHERE person_id = people.id)');
  const people = db.prepare('SELECT count(*) FROM people').pluck().get() as number;
  db.close();
  // The store's remaining migrations (with 'migration' indexing: the search indexes) and its own checks.
  const store = openSqliteStore(path);
  void store.close();
  const finish = new Database(path);
  finish.exec('ANALYZE');
  finish.pragma('wal_checkpoint(TRUNCATE)');
  finish.close();
  return {
    articles: articleCount,
    statements: attributionId,
    people,
    seconds: (performance.now() - started) / 1000,
  };
}

if (import.meta.filename === process.argv[1] || process.argv[1]?.endsWith('make-search-store.ts')) {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      articles: { type: 'string', default: '100000' },
      indexing: { type: 'string', default: 'migration' },
    },
  });
  if (values.db === undefined) throw new Error('usage: make-search-store.ts --db FILE [--articles N]');
  if (existsSync(values.db)) console.error(`replacing ${values.db}`);
  const indexing = values.indexing === 'triggers' ? 'triggers' : 'migration';
  const made = makeSearchStore(values.db, Number(values.articles), indexing);
  console.log(
    `${made.articles} articles, ${made.statements} statements, ${made.people} people in ${made.seconds.toFixed(1)} s`,
  );
}
