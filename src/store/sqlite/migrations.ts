/**
 * The SQLite schema, as an ordered list of migrations. A migration, once released, is never edited: change
 * the schema by appending one. The closed vocabularies of src/types.ts are the CHECK constraints, so a
 * vocabulary that grows needs a migration that rebuilds its table (test/store/vocabulary.test.ts trips
 * when one changes). Both engines list the same ids (src/store/postgres/migrations.ts), each in its dialect;
 * one that changes only the other engine is a no-op here.
 */
import type Database from 'better-sqlite3';
import { parsePersonName } from '../../link/person-name.js';
import { prepareWording } from '../../link/wording.js';
import { indexedRuns, wordingOf } from '../statement-linking.js';
import { ATTRIBUTION_TYPES, BLOCK_KINDS, DATINGS, POLARITIES, ROLE_TIMES } from '../../types.js';

export interface Migration {
  readonly id: string;
  /** Run first; may be empty. */
  readonly sql: string;
  /**
   * A step in code, run after `sql` in the same transaction: for what SQL cannot compute (keys the linking
   * code derives from stored names).
   */
  readonly run?: (db: Database.Database) => void;
}

/**
 * The block kinds as migration 0001 was written for; frozen here because a released migration never
 * changes. Migration 0004 rebuilt the table for the kinds HTML pages brought (heading, list-item).
 */
const INITIAL_BLOCK_KINDS = [
  'header',
  'title',
  'duplicate',
  'subtitle',
  'source-line',
  'dateline',
  'byline',
  'lead',
  'takeaway',
  'paragraph',
  'quote',
  'speaker-card',
  'caption',
] as const;

/** `'a', 'b'` for an IN list; the values are our own constants, quoted anyway. */
const sqlList = (values: readonly string[]): string =>
  values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ');

const initial = `
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  source_key TEXT NOT NULL UNIQUE,
  file TEXT,
  url TEXT,
  content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
  text TEXT NOT NULL,
  title TEXT,
  published TEXT,
  outlet TEXT,
  language TEXT,
  meta TEXT NOT NULL CHECK (json_valid(meta)),
  diagnostics TEXT NOT NULL CHECK (json_valid(diagnostics)),
  contract_version TEXT NOT NULL,
  fetched_at TEXT,
  ingested_at TEXT NOT NULL,
  CHECK (file IS NOT NULL OR url IS NOT NULL)
);

CREATE TABLE blocks (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN (${sqlList(INITIAL_BLOCK_KINDS)})),
  span_start INTEGER NOT NULL CHECK (span_start >= 0),
  span_end INTEGER NOT NULL CHECK (span_end >= span_start),
  PRIMARY KEY (article_id, seq)
) WITHOUT ROWID;

-- One row per person across all articles; identity_key is decided by src/link/person-identity.ts.
CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  identity_key TEXT NOT NULL UNIQUE
);
CREATE INDEX people_name_key ON people (name_key);

-- The people of one article under their local ids (p1, p2), and the global person each one is.
CREATE TABLE article_people (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  person_id INTEGER NOT NULL REFERENCES people (id),
  name TEXT NOT NULL,
  PRIMARY KEY (article_id, local_id)
) WITHOUT ROWID;
CREATE INDEX article_people_person ON article_people (person_id);

CREATE TABLE person_aliases (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people (id),
  alias TEXT NOT NULL,
  alias_key TEXT NOT NULL,
  PRIMARY KEY (article_id, person_id, alias_key)
);
CREATE INDEX person_aliases_key ON person_aliases (alias_key);
CREATE INDEX person_aliases_person ON person_aliases (person_id);

CREATE TABLE person_roles (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people (id),
  text TEXT NOT NULL,
  span_start INTEGER NOT NULL CHECK (span_start >= 0),
  span_end INTEGER NOT NULL CHECK (span_end >= span_start)
);
CREATE INDEX person_roles_article ON person_roles (article_id);
CREATE INDEX person_roles_person ON person_roles (person_id);

CREATE TABLE mentions (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people (id),
  span_start INTEGER NOT NULL CHECK (span_start >= 0),
  span_end INTEGER NOT NULL CHECK (span_end >= span_start)
);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX mentions_person ON mentions (person_id);

CREATE TABLE attributions (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  type TEXT NOT NULL CHECK (type IN (${sqlList(ATTRIBUTION_TYPES)})),
  source_start INTEGER,
  source_end INTEGER,
  source_text TEXT,
  cue_start INTEGER,
  cue_end INTEGER,
  cue_text TEXT,
  -- The content fragments as the contract's JSON array of {start, end, text}; content_search is their
  -- text joined by newlines and folded by src/store/match-key.ts, for case-insensitive substring search.
  content TEXT NOT NULL CHECK (json_valid(content) AND json_type(content) = 'array'),
  content_search TEXT NOT NULL,
  speaker_local_id TEXT,
  speaker_name TEXT,
  person_id INTEGER REFERENCES people (id),
  said_at TEXT CHECK (said_at IS NULL OR json_valid(said_at)),
  via TEXT,
  confidence REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
  UNIQUE (article_id, local_id),
  CHECK ((source_start IS NULL) = (source_text IS NULL) AND (source_start IS NULL) = (source_end IS NULL)),
  CHECK ((cue_start IS NULL) = (cue_text IS NULL) AND (cue_start IS NULL) = (cue_end IS NULL)),
  CHECK ((speaker_local_id IS NULL) = (person_id IS NULL))
);
CREATE INDEX attributions_person ON attributions (person_id);

`;

/** How each attribution is dated, its polarity and medium (issue 4); roles with the time they are held. */
const attributionDating = `
ALTER TABLE attributions ADD COLUMN dating TEXT NOT NULL DEFAULT 'unknown'
  CHECK (dating IN (${sqlList(DATINGS)}));
ALTER TABLE attributions ADD COLUMN polarity TEXT NOT NULL DEFAULT 'affirmed'
  CHECK (polarity IN (${sqlList(POLARITIES)}));
-- The medium as the contract's JSON object {kind, text, start, end}: its open vocabulary is not a CHECK.
ALTER TABLE attributions ADD COLUMN medium TEXT CHECK (medium IS NULL OR json_valid(medium));
ALTER TABLE person_roles ADD COLUMN time TEXT NOT NULL DEFAULT 'current'
  CHECK (time IN (${sqlList(ROLE_TIMES)}));
ALTER TABLE person_roles ADD COLUMN held_at TEXT;
`;

/**
 * The record across articles (issue 4): why each article's person is the global one, hand merges and
 * splits, statements that gather every report of one utterance, and the earlier revisions of articles.
 */
const record = `
ALTER TABLE people ADD COLUMN family_key TEXT;
ALTER TABLE people ADD COLUMN merged_into INTEGER REFERENCES people (id);
CREATE INDEX people_family_key ON people (family_key);
ALTER TABLE article_people ADD COLUMN reason TEXT NOT NULL DEFAULT '';

-- Merges and splits made by hand, newest last: what \`onrecord person\` explains.
CREATE TABLE person_edits (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
  person_id INTEGER NOT NULL REFERENCES people (id),
  other_id INTEGER NOT NULL REFERENCES people (id),
  note TEXT NOT NULL,
  made_at TEXT NOT NULL
);

CREATE TABLE statements (
  id INTEGER PRIMARY KEY,
  person_id INTEGER REFERENCES people (id),
  -- For an unnamed source, its words folded ("a senior official"): such reports join only word for word.
  source_key TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX statements_person ON statements (person_id);

ALTER TABLE attributions ADD COLUMN statement_id INTEGER REFERENCES statements (id);
-- How the report matched its statement's earlier reports: verbatim, truncated, edited, paraphrased, or first.
ALTER TABLE attributions ADD COLUMN statement_match TEXT;
ALTER TABLE attributions ADD COLUMN altered INTEGER NOT NULL DEFAULT 0 CHECK (altered IN (0, 1));
-- The said-at value, else the publication date (YYYY-MM-DD prefix): the window reports are matched in.
ALTER TABLE attributions ADD COLUMN dated TEXT;
ALTER TABLE attributions ADD COLUMN source_key TEXT;
CREATE INDEX attributions_statement ON attributions (statement_id);
CREATE INDEX attributions_person_dated ON attributions (person_id, dated);
CREATE INDEX attributions_source_key ON attributions (source_key) WHERE person_id IS NULL;

-- The content stems of each report, under its speaker (person id, or the source words of an unnamed one):
-- a new report finds the earlier reports it may repeat through these, not by scanning all of them.
-- With the report's date ('' when undated) in the key, a lookup reads only the window it needs.
CREATE TABLE report_terms (
  speaker_key TEXT NOT NULL,
  term TEXT NOT NULL,
  dated TEXT NOT NULL,
  attribution_id INTEGER NOT NULL REFERENCES attributions (id) ON DELETE CASCADE,
  PRIMARY KEY (speaker_key, term, dated, attribution_id)
) WITHOUT ROWID;
CREATE INDEX report_terms_attribution ON report_terms (attribution_id);

-- Evidence for linking a family name alone, kept small whatever the record's size: the words of each
-- person's roles, and which people have been mentioned in one article together.
CREATE TABLE person_role_words (
  person_id INTEGER NOT NULL REFERENCES people (id),
  word TEXT NOT NULL,
  PRIMARY KEY (person_id, word)
) WITHOUT ROWID;
CREATE TABLE person_pairs (
  person_id INTEGER NOT NULL REFERENCES people (id),
  other_id INTEGER NOT NULL REFERENCES people (id),
  PRIMARY KEY (person_id, other_id)
) WITHOUT ROWID;

-- Earlier versions of an article that changed: its text, meta and attributions as they were, and what the
-- next version changed in the attributions.
CREATE TABLE article_revisions (
  id INTEGER PRIMARY KEY,
  source_key TEXT NOT NULL,
  revision INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  text TEXT NOT NULL,
  meta TEXT NOT NULL CHECK (json_valid(meta)),
  attributions TEXT NOT NULL CHECK (json_valid(attributions)),
  changes TEXT NOT NULL CHECK (json_valid(changes)),
  ingested_at TEXT NOT NULL,
  replaced_at TEXT NOT NULL,
  UNIQUE (source_key, revision)
);
`;

const webIngest = `
-- Block kinds of HTML pages: SQLite cannot change a CHECK, so the table is rebuilt.
CREATE TABLE blocks_rebuilt (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN (${sqlList(BLOCK_KINDS)})),
  span_start INTEGER NOT NULL CHECK (span_start >= 0),
  span_end INTEGER NOT NULL CHECK (span_end >= span_start),
  PRIMARY KEY (article_id, seq)
) WITHOUT ROWID;
INSERT INTO blocks_rebuilt SELECT article_id, seq, kind, span_start, span_end FROM blocks;
DROP TABLE blocks;
ALTER TABLE blocks_rebuilt RENAME TO blocks;

-- The page's own canonical URL: a second copy of one page under another address is the same document.
ALTER TABLE articles ADD COLUMN canonical_url TEXT;
CREATE INDEX articles_canonical_url ON articles (canonical_url) WHERE canonical_url IS NOT NULL;
-- The same text under another key (a page saved twice, a URL with tracking parameters) is one document.
CREATE INDEX articles_content_hash ON articles (content_hash);

-- The original bytes of each stored article (the HTML page, the file), gzip-compressed, and their hash:
-- an unchanged document is recognized before it is decoded, which is what makes a re-run cheap.
CREATE TABLE documents (
  article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  origin TEXT NOT NULL,
  name TEXT NOT NULL,
  url TEXT,
  content_type TEXT,
  bytes_hash TEXT NOT NULL CHECK (length(bytes_hash) = 64),
  bytes_gzip BLOB NOT NULL,
  fetched_at TEXT NOT NULL
);

-- Syndicated copies: one story carried by several outlets (wire copy). The later article points at the
-- earliest stored one it copies; both stay, but the record counts them as one report.
CREATE TABLE article_copies (
  article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  copy_of INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  similarity REAL NOT NULL CHECK (similarity >= 0 AND similarity <= 1)
);
CREATE INDEX article_copies_copy_of ON article_copies (copy_of);
-- Locality-sensitive hashing bands of each article's text shingles: near-duplicate candidates share one.
CREATE TABLE article_bands (
  band TEXT NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  PRIMARY KEY (band, article_id)
) WITHOUT ROWID;
CREATE INDEX article_bands_article ON article_bands (article_id);

-- Documents that could not be ingested, with why; the latest failure per document, cleared when it succeeds.
CREATE TABLE ingest_errors (
  source_key TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  origin TEXT NOT NULL,
  reason TEXT NOT NULL,
  message TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 1,
  failed_at TEXT NOT NULL
);

-- Feeds under watch: the validators of the last response (for conditional requests) and the items seen.
CREATE TABLE feeds (
  url TEXT PRIMARY KEY,
  title TEXT,
  etag TEXT,
  last_modified TEXT,
  checked_at TEXT,
  changed_at TEXT
);
CREATE TABLE feed_items (
  feed_url TEXT NOT NULL REFERENCES feeds (url) ON DELETE CASCADE,
  item_key TEXT NOT NULL,
  link TEXT,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (feed_url, item_key)
) WITHOUT ROWID;
`;

/**
 * Search, corrections and the web app (issue 6). A full-text index over attributions (their words, source
 * words and speaker name) and one over articles (title and text), kept in step by triggers so that every way
 * of writing a row indexes it, and filled here for the rows already stored. The unicode61 tokenizer folds
 * case and diacritics in every script (Cyrillic, Greek, Latin).
 *
 * The attributions index is contentless (it keeps no copy of the text) and holds only attributions not
 * corrected as wrong. Its `tags` column holds the filterable values as tokens (`xtdirect` the type, `xp12`
 * the person, `xo` + hex of the outlet, `xl` + hex of the language and of its primary subtag, `xm202403` the
 * month said (`xy2024` a year), `xq202403` the month published): a filter is then one more term of the
 * full-text query (a date range: the months it spans, then the exact test on the rows), and FTS5 intersects posting lists instead of SQLite joining
 * and testing every match, which is what keeps a search of a million attributions fast.
 */
const ATTRIBUTION_TAGS = `'xt' || a.type || coalesce(' xp' || a.person_id, ' xpnone')
  || coalesce(' xo' || hex(ar.outlet), '') || coalesce(' xl' || hex(lower(ar.language)), '')
  || CASE WHEN instr(ar.language, '-') > 1
    THEN ' xl' || hex(lower(substr(ar.language, 1, instr(ar.language, '-') - 1))) ELSE '' END
  || CASE WHEN length(a.dated) >= 7 THEN ' xm' || replace(substr(a.dated, 1, 7), '-', '')
    WHEN length(a.dated) = 4 THEN ' xy' || a.dated ELSE '' END
  || CASE WHEN length(ar.published) >= 7 THEN ' xq' || replace(substr(ar.published, 1, 7), '-', '') ELSE '' END`;
const indexAttributions = (
  where: string,
): string => `INSERT INTO attributions_fts (rowid, content, source, speaker, tags)
  SELECT a.id, a.content_search, a.source_text, a.speaker_name, ${ATTRIBUTION_TAGS}
  FROM attributions a JOIN articles ar ON ar.id = a.article_id WHERE a.wrong = 0 AND ${where};`;

const search = `
-- 1 when a hand correction says the attribution is wrong: search and listings leave it out.
ALTER TABLE attributions ADD COLUMN wrong INTEGER NOT NULL DEFAULT 0 CHECK (wrong IN (0, 1));

CREATE VIRTUAL TABLE attributions_fts USING fts5 (
  content, source, speaker, tags,
  content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);
${indexAttributions('1')}
CREATE TRIGGER attributions_fts_insert AFTER INSERT ON attributions WHEN new.wrong = 0 BEGIN
  ${indexAttributions('a.id = new.id')}
END;
CREATE TRIGGER attributions_fts_delete AFTER DELETE ON attributions BEGIN
  DELETE FROM attributions_fts WHERE rowid = old.id;
END;
CREATE TRIGGER attributions_fts_update
  AFTER UPDATE OF content_search, source_text, speaker_name, person_id, type, wrong, dated ON attributions BEGIN
  DELETE FROM attributions_fts WHERE rowid = old.id;
  ${indexAttributions('a.id = new.id')}
END;
CREATE TRIGGER attributions_fts_article AFTER UPDATE OF outlet, language, published ON articles BEGIN
  DELETE FROM attributions_fts WHERE rowid IN (SELECT id FROM attributions WHERE article_id = new.id);
  ${indexAttributions('a.article_id = new.id')}
END;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, text,
  content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- The article's publication date (YYYY-MM-DD, '' when unknown) on each attribution, set by trigger: the
-- order of search results without a query ("newest first") and the published filter read one index.
ALTER TABLE attributions ADD COLUMN published_on TEXT NOT NULL DEFAULT '';
UPDATE attributions SET published_on = coalesce(
  (SELECT substr(published, 1, 10) FROM articles WHERE articles.id = attributions.article_id), '');
-- The store writes it with the row; the trigger is for rows written otherwise (a bulk load in SQL).
CREATE TRIGGER attributions_published_on AFTER INSERT ON attributions WHEN new.published_on = '' BEGIN
  UPDATE attributions SET published_on = coalesce(
    (SELECT substr(published, 1, 10) FROM articles WHERE id = new.article_id), '') WHERE id = new.id;
END;
CREATE TRIGGER articles_published_on AFTER UPDATE OF published ON articles BEGIN
  UPDATE attributions SET published_on = coalesce(substr(new.published, 1, 10), '') WHERE article_id = new.id;
END;
CREATE INDEX attributions_published_on ON attributions (published_on, id) WHERE wrong = 0;
CREATE INDEX attributions_person_published_on ON attributions (person_id, published_on, id) WHERE wrong = 0;
CREATE INDEX attributions_article ON attributions (article_id, id);
CREATE INDEX attributions_dated ON attributions (dated) WHERE wrong = 0;
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX articles_published ON articles (published);

-- Hand corrections of attributions. Kept by what survives re-extracting the article (its key, and the
-- attribution's words and cue), not only by the attribution's id: a re-ingested article gets them again.
-- The original_* columns hold what the correction changed, so that undoing it restores them.
CREATE TABLE corrections (
  id INTEGER PRIMARY KEY,
  attribution_id INTEGER NOT NULL,
  article_id INTEGER NOT NULL,
  article_key TEXT NOT NULL,
  content_text TEXT NOT NULL,
  content_start INTEGER NOT NULL,
  cue_text TEXT,
  cue_start INTEGER,
  kind TEXT NOT NULL CHECK (kind IN ('wrong', 'speaker')),
  person_id INTEGER,
  made_by TEXT NOT NULL,
  note TEXT NOT NULL,
  made_at TEXT NOT NULL,
  undone_at TEXT,
  undone_by TEXT,
  original_person_id INTEGER,
  original_speaker_local_id TEXT,
  original_speaker_name TEXT,
  original_statement_id INTEGER
);
CREATE INDEX corrections_attribution ON corrections (attribution_id);
CREATE INDEX corrections_article_key ON corrections (article_key) WHERE undone_at IS NULL;
CREATE INDEX corrections_article ON corrections (article_id);
`;

/**
 * A person's page reads all their reports (per article, per statement, per month): one index that holds
 * what those reads need, so that a speaker with tens of thousands of reports is read from the index alone.
 */
const personReports = `
CREATE INDEX attributions_person_reports
  ON attributions (person_id, article_id, statement_id, dated, published_on) WHERE wrong = 0;
`;

/**
 * Undoing a merge of people: what the merge moved from the merged person (each row as it was, and whether it
 * moved or was dropped because the person it joined already had it), so that undoing it puts them back.
 */
const personEditUndo = `
ALTER TABLE person_edits ADD COLUMN undone_at TEXT;
ALTER TABLE person_edits ADD COLUMN undone_by TEXT;
CREATE TABLE person_edit_rows (
  edit_id INTEGER NOT NULL REFERENCES person_edits (id),
  table_name TEXT NOT NULL,
  moved INTEGER NOT NULL CHECK (moved IN (0, 1)),
  row TEXT NOT NULL CHECK (json_valid(row))
);
CREATE INDEX person_edit_rows_edit ON person_edit_rows (edit_id);
`;

/** How many people a step in code reads and rewrites at a time. */
const PEOPLE_PAGE = 5000;

/**
 * Sets every person's `family_key` to what linking now looks candidates up by (`PersonName.familyKey` of the
 * stored name; NULL for a name that does not parse). Stores written before 0009 hold the folded family name
 * there, which linking across spellings no longer finds. A later change of `PersonName.familyKey` needs a
 * new migration that runs this again.
 */
function recomputeFamilyKeys(db: Database.Database): void {
  const page = db.prepare<[number, number], { id: number; name: string; familyKey: string | null }>(
    'SELECT id, name, family_key AS familyKey FROM people WHERE id > ? ORDER BY id LIMIT ?',
  );
  const update = db.prepare<[string | null, number]>('UPDATE people SET family_key = ? WHERE id = ?');
  let found = page.all(0, PEOPLE_PAGE);
  while (found.length > 0) {
    for (const { id, name, familyKey } of found) {
      const key = parsePersonName(name)?.familyKey ?? null;
      if (key !== familyKey) update.run(key, id);
    }
    found = page.all(found.at(-1)!.id, PEOPLE_PAGE);
  }
}

/**
 * The runs of words each report is indexed under (statement-linking.ts `indexedRuns`, by key): a new report
 * finds the reports of other articles that repeat its words, or whose words it repeats, whoever they are
 * attributed to.
 */
const reportWordRuns = `
CREATE TABLE report_word_runs (
  run INTEGER NOT NULL,
  attribution_id INTEGER NOT NULL REFERENCES attributions (id) ON DELETE CASCADE,
  PRIMARY KEY (run, attribution_id)
) WITHOUT ROWID;
CREATE INDEX report_word_runs_attribution ON report_word_runs (attribution_id);
`;

/** How many reports a step in code reads and indexes at a time. */
const REPORTS_PAGE = 2000;

/**
 * Indexes the runs of words of every report already stored that has a statement (0010). A later change of
 * `indexedRuns` needs a new migration that runs this again.
 */
function indexReportWordRuns(db: Database.Database): void {
  const page = db.prepare<[number, number], { id: number; content: string }>(
    'SELECT id, content FROM attributions WHERE id > ? AND statement_id IS NOT NULL ORDER BY id LIMIT ?',
  );
  const insert = db.prepare<[number, number]>(
    'INSERT OR IGNORE INTO report_word_runs (run, attribution_id) VALUES (?, ?)',
  );
  let found = page.all(0, REPORTS_PAGE);
  while (found.length > 0) {
    for (const { id, content } of found)
      for (const run of indexedRuns(prepareWording(wordingOf(JSON.parse(content) as { text: string }[]))))
        insert.run(run, id);
    found = page.all(found.at(-1)!.id, REPORTS_PAGE);
  }
}

/**
 * The people who hold a role word, looked up by the word: an unnamed description ("the city's transit
 * commissioner") is matched to the one person the record knows by all its role words (`roleHolder`).
 */
const roleWordHolders = `
CREATE INDEX person_role_words_by_word ON person_role_words (word, person_id);
`;

export const MIGRATIONS: readonly Migration[] = [
  { id: '0001-initial', sql: initial },
  { id: '0002-attribution-dating', sql: attributionDating },
  { id: '0003-record', sql: record },
  { id: '0004-web-ingest', sql: webIngest },
  { id: '0005-search', sql: search },
  { id: '0006-person-reports', sql: personReports },
  { id: '0007-person-edit-undo', sql: personEditUndo },
  // The ingest queue lives in PostgreSQL (src/queue/): nothing to do here; listed so both engines share ids.
  { id: '0008-queue', sql: '' },
  { id: '0009-family-keys', sql: '', run: recomputeFamilyKeys },
  { id: '0010-report-word-runs', sql: reportWordRuns, run: indexReportWordRuns },
  { id: '0011-role-word-holders', sql: roleWordHolders },
];
