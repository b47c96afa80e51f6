/**
 * The narrow interface every storage engine implements (after Kysely: one contract, a folder per engine).
 * SQLite (`store/sqlite`) is the embedded default; PostgreSQL (`store/postgres`) will implement the same
 * interface and run the same contract tests (`test/store/store.contract.test.ts`). Methods are async so
 * that a networked engine fits; the SQLite engine does its work synchronously inside them.
 */
import { StoreError } from '../errors.js';
import type {
  ArticleMeta,
  Attribution,
  AttributionType,
  Block,
  Extraction,
  Person,
  RoleTime,
} from '../types.js';

/** One document to store: its text (what every offset points into) and what extraction found in it. */
export interface IngestInput {
  readonly text: string;
  readonly extraction: Extraction;
  /**
   * The document's identity: re-ingesting the same key with the same text is a no-op, with a different
   * text it replaces the stored version. Defaults to the extraction's `url`, else its `file`.
   */
  readonly key?: string;
  /** ISO timestamp of when the bytes were read. */
  readonly fetchedAt?: string;
  /** The original bytes the text was read from (an HTML page, a file), kept beside the article. */
  readonly document?: StoredDocumentInput;
}

/** The original document as stored: compressed bytes and where they came from. */
export interface StoredDocumentInput {
  readonly origin: string;
  readonly name: string;
  readonly url: string | null;
  readonly contentType: string | null;
  /** sha256 of the original bytes, hex: an unchanged document is known by it before it is decoded. */
  readonly bytesHash: string;
  readonly bytesGzip: Uint8Array;
}

/**
 * `duplicate`: the same document is already stored under another key (same text, or its canonical URL
 * names an article already stored); it is not stored again, and `articleId` is the stored one.
 */
export const INGEST_STATUSES = ['added', 'replaced', 'unchanged', 'duplicate', 'failed'] as const;
export type IngestStatus = (typeof INGEST_STATUSES)[number];

/** What happened to one document. Writes report failures here instead of throwing. */
export type IngestOutcome =
  | {
      readonly status: 'added' | 'replaced' | 'unchanged' | 'duplicate';
      readonly key: string;
      readonly articleId: number;
      /** For a new article that is a syndicated copy of one already stored: that article's id. */
      readonly copyOf?: number | null;
    }
  | { readonly status: 'failed'; readonly key: string; readonly error: StoreError };

export interface StoredVersion {
  readonly articleId: number;
  readonly contentHash: string;
  /** sha256 of the original bytes, when they were kept. */
  readonly bytesHash: string | null;
}

/** A document that could not be ingested: the latest failure under its key, until it succeeds. */
export interface IngestFailure {
  readonly key: string;
  readonly name: string;
  readonly origin: string;
  /** A short code to group failures by (`not-found`, `too-large`, `bad-json`, `forbidden-address`...). */
  readonly reason: string;
  readonly message: string;
  /** How many ingests have failed on it so far. */
  readonly attempts?: number;
  readonly failedAt?: string;
}

/** Where an article came from: what the record cites. */
export interface ArticleRef {
  readonly id: number;
  readonly file: string | null;
  readonly url: string | null;
}

export interface StoredArticle extends ArticleRef {
  readonly key: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly language: string | null;
  /** sha256 of the text, hex. */
  readonly contentHash: string;
  readonly ingestedAt: string;
  readonly attributions: number;
  /** The page's canonical URL, when it names one. */
  readonly canonical: string | null;
  /** The earlier article this one is a syndicated copy of (wire copy on another site), or null. */
  readonly copyOf: number | null;
}

/** A person as stored: one row across all articles. */
export interface PersonRecord {
  readonly id: number;
  readonly name: string;
}

export interface StoredRole {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly time: RoleTime;
  /** The date the role is known to be held at, or null. */
  readonly at: string | null;
  readonly article: ArticleRef;
}

export interface StoredPerson extends PersonRecord {
  /** Other names and descriptions used for the person, over all articles, without duplicates. */
  readonly aliases: readonly string[];
  readonly roles: readonly StoredRole[];
  /** Attributions whose speaker is this person. */
  readonly statements: number;
  readonly mentions: number;
  readonly articles: number;
}

/** How a report belongs to its statement. */
export interface StatementRef {
  readonly id: number;
  /** How its words matched the statement's earlier reports (`first` for the first report). */
  /** How the report repeats its statement's first: `translated` for a report in another language. */
  readonly match: 'first' | 'verbatim' | 'truncated' | 'edited' | 'paraphrased' | 'translated';
  /** The report changes the statement's meaning (a dropped "not", a changed number). */
  readonly altered: boolean;
}

export interface StoredAttribution {
  readonly article: ArticleRef;
  /** As in the extraction contract: ids (`a1`, `p1`) are local to the article. */
  readonly attribution: Attribution;
  /** The speaker as a stored person, or null for unnamed sources. */
  readonly person: PersonRecord | null;
  /** The statement this report is one report of. */
  readonly statement: StatementRef | null;
}

/** One piece of a word-level diff between two wordings. */
export interface DiffPart {
  readonly op: 'same' | 'added' | 'removed';
  readonly text: string;
}

/** A report of a statement: which article carried it, when, and in which words. */
export interface StatementReport {
  readonly article: ArticleRef & {
    readonly title: string | null;
    readonly outlet: string | null;
    readonly published: string | null;
    readonly language: string | null;
    /** The article this one is a syndicated copy of, or null: copies are not independent reports. */
    readonly copyOf: number | null;
  };
  readonly attribution: Attribution;
  readonly match: StatementRef['match'];
  readonly altered: boolean;
}

/** One wording of a statement, with how it differs from the first report's. */
export interface WordingVariant {
  readonly wording: string;
  readonly reports: number;
  readonly altered: boolean;
  /** A translation's words: never the same wording, so not diffed (its diff is the words as they are). */
  readonly translation: boolean;
  readonly diff: readonly DiffPart[];
}

/** One utterance and every report of it. */
export interface StoredStatement {
  readonly id: number;
  readonly person: PersonRecord | null;
  /** The first report's source words (for an unnamed source, all there is of the speaker). */
  readonly source: string | null;
  /** The earliest said-at value of its reports, else null. */
  readonly saidAt: string | null;
  /** The first report by publication date (then by order of storing). */
  readonly firstSeen: StatementReport;
  readonly reports: readonly StatementReport[];
  /** Reports from distinct stories: syndicated copies of one story count once. */
  readonly independentReports: number;
  readonly outlets: readonly string[];
  readonly variants: readonly WordingVariant[];
}

export interface StatementFilter {
  readonly personId?: number;
  /** Only statements with at least this many reports. */
  readonly minReports?: number;
  readonly limit?: number;
}

/** Why an article's person is the global person it is, and the hand edits made to it. */
export interface PersonExplanation {
  readonly links: readonly { readonly article: ArticleRef; readonly name: string; readonly reason: string }[];
  readonly edits: readonly PersonEdit[];
}

/** A hand merge or split of people, as kept: `undonePersonEdit` takes it back. */
export interface PersonEdit {
  readonly id: number;
  readonly kind: 'merge' | 'split';
  /** The person merged in (merge) or created (split), seen from the person explained. */
  readonly other: PersonRecord;
  readonly note: string;
  readonly madeAt: string;
  /** When it was undone, and by whom (in the note), or null while it holds. */
  readonly undoneAt: string | null;
}

/** An earlier version of an article, kept when a new one replaced it. */
export interface StoredRevision {
  readonly key: string;
  readonly revision: number;
  readonly contentHash: string;
  readonly ingestedAt: string;
  readonly replacedAt: string;
  readonly changes: {
    readonly added: readonly string[];
    readonly removed: readonly string[];
    readonly changed: readonly string[];
  };
}

export interface AttributionFilter {
  /** A name or alias of the speaker, matched whole and case-insensitively. */
  readonly speaker?: string;
  readonly personId?: number;
  readonly statementId?: number;
  /** A substring of the content, case-insensitive. */
  readonly contains?: string;
  readonly type?: AttributionType;
  readonly limit?: number;
}

export interface Store {
  /** Where the store lives, for messages (a file path, a connection string without its password). */
  readonly location: string;
  /** Stores one document in one transaction: all of it or none of it. Never throws for a bad document. */
  ingest(input: IngestInput): Promise<IngestOutcome>;
  /**
   * Stores the documents in one transaction, each document all or nothing within it (a savepoint), and
   * reports a status per document, in order: a failed document leaves nothing and the others are stored.
   * One commit for many documents is what makes a bulk ingest fast; a process killed before the commit
   * loses the batch whole, never part of a document.
   */
  ingestBatch(inputs: readonly IngestInput[]): Promise<IngestOutcome[]>;
  /**
   * The version stored under a key (its article id and `contentHash`), or null: lets a caller skip the
   * work of extracting a document that would be `unchanged`.
   */
  storedVersion(key: string): Promise<StoredVersion | null>;
  listArticles(): Promise<StoredArticle[]>;
  /** People with their aliases, roles and counts, those with the most statements first. */
  listPeople(): Promise<StoredPerson[]>;
  /** Attributions in article order, then in the order the extraction gave them. */
  listAttributions(filter?: AttributionFilter): Promise<StoredAttribution[]>;
  /** Statements with their reports and wording variants, those reported most first. */
  listStatements(filter?: StatementFilter): Promise<StoredStatement[]>;
  /** People whose name or alias is `query` (any case), or the person with that id. */
  findPeople(query: string): Promise<StoredPerson[]>;
  explainPerson(id: number): Promise<PersonExplanation>;
  /** Makes `from` one person with `into`, for good: later articles naming `from` go to `into` too. */
  mergePeople(into: number, from: number, note: string): Promise<void>;
  /**
   * Moves what the person is under `name` (only in these articles, when given: two namesakes) to a new
   * person, and returns it.
   */
  splitPerson(
    id: number,
    name: string,
    articleIds: readonly number[] | null,
    note: string,
  ): Promise<PersonRecord>;
  /**
   * Takes back a merge (the merged person and everything moved from them come back) or a split (what moved
   * to the new person goes back, the new person is merged away). An edit made before later edits of the same
   * people must wait for those to be undone first (409).
   */
  undoPersonEdit(id: number, by: string): Promise<void>;
  /** Earlier versions of the article stored under `key` (of every article when omitted), oldest first. */
  listRevisions(key?: string): Promise<StoredRevision[]>;
  /** Keeps the failure of one document (replacing an earlier one under its key), for `onrecord errors`. */
  recordFailure(failure: IngestFailure): Promise<void>;
  /** Documents whose latest ingest failed, most recent first. */
  listFailures(): Promise<IngestFailure[]>;
  /** The original bytes kept for an article (gunzipped), with where they came from, or null. */
  readDocument(
    articleId: number,
  ): Promise<{ readonly bytes: Uint8Array; readonly contentType: string | null } | null>;
  // feeds
  /** What the last poll of a feed left: its validators and when it was checked and last changed; or null. */
  feedState(url: string): Promise<FeedState | null>;
  /** Records a poll of a feed (creating its row): the validators to send next time, when, and if it changed. */
  saveFeedState(check: FeedCheck): Promise<void>;
  /** The keys among `keys` of items not yet marked seen in the feed, in the given order, without repeats. */
  unseenFeedItems(url: string, keys: readonly string[]): Promise<string[]>;
  /** Marks items seen (ingested, or failed and recorded), in one transaction; seeing one again is a no-op. */
  markFeedItemsSeen(url: string, items: readonly SeenFeedItem[], seenAt?: string): Promise<void>;
  // end feeds
  // web
  /**
   * Attributions matching a full-text query (words, "exact phrases", a trailing `*` for a prefix; the store
   * quotes every term, so no query is a syntax error) and filters, best first (BM25, then the newest
   * publication), a page at a time; with the count and facets of the whole filtered result.
   */
  search(query: SearchQuery): Promise<SearchPage>;
  /** Articles whose title or text matches the query, best first. */
  searchArticles(q: string, limit?: number): Promise<StoredArticle[]>;
  getArticle(id: number): Promise<ArticleDetail | null>;
  /** A person with their statements, outlets and timeline; a merged person's id gives the person it became. */
  getPerson(id: number): Promise<PersonDetail | null>;
  getStatement(id: number): Promise<StoredStatement | null>;
  /**
   * Records a hand correction of an attribution and applies it: `wrong` leaves it out of search and
   * listings (the article view flags it); `speaker` makes `personId` (null: an unnamed source) its speaker.
   * Corrections are kept by the article's key and the attribution's words: they survive re-ingesting.
   */
  correctAttribution(input: CorrectionInput): Promise<CorrectionRecord>;
  /** Undoes a correction (the attribution is as extracted again) and returns it, with `undoneAt` set. */
  undoCorrection(id: number, by: string): Promise<CorrectionRecord>;
  /** Corrections, oldest first, undone ones included. */
  listCorrections(filter?: { attributionId?: number; articleId?: number }): Promise<CorrectionRecord[]>;
  /** Removes an article and what derives only from it, in one transaction; false when there is none. */
  deleteArticle(id: number): Promise<boolean>;
  // end web
  close(): Promise<void>;
}

// feeds
/** A watched feed as the store keeps it. Timestamps are ISO; validators are the server's, as received. */
export interface FeedState {
  readonly url: string;
  readonly title: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly checkedAt: string | null;
  /** When a poll last found the feed changed (not 304). */
  readonly changedAt: string | null;
}

/** One poll of a feed, to record. A null `title` keeps the title known. */
export interface FeedCheck {
  readonly url: string;
  readonly title?: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly checkedAt: string;
  readonly changed: boolean;
}

export interface SeenFeedItem {
  readonly key: string;
  readonly link: string | null;
}
// end feeds

// web
/**
 * A request the store refuses as made (a bad cursor or date, no such attribution or correction, a
 * correction already undone): the caller's mistake, not a broken store. `problem` says which, for an API
 * to answer 400, 404 or 409.
 */
export class StoreRequestError extends StoreError {
  constructor(
    database: string,
    readonly problem: 'invalid' | 'not-found' | 'conflict',
    message: string,
  ) {
    super(database, message);
  }
}

export interface SearchQuery {
  /** Full text (FTS5 syntax-safe: the store quotes terms); empty = all. */
  readonly q?: string;
  /** Speaker filter. */
  readonly personId?: number;
  /** Or a speaker's name or alias (any case). */
  readonly speaker?: string;
  readonly outlet?: string;
  readonly type?: AttributionType;
  /** YYYY-MM-DD, inclusive, on said-at (else the publication date). */
  readonly saidFrom?: string;
  readonly saidTo?: string;
  /** YYYY-MM-DD, inclusive, on the article's publication date. */
  readonly publishedFrom?: string;
  readonly publishedTo?: string;
  readonly language?: string;
  /** Default 20, at most 100. */
  readonly limit?: number;
  /** Opaque, from a previous page's nextCursor. */
  readonly cursor?: string | null;
  /**
   * `rank` (default): by BM25 then recency, over the 1,000 most recently stored matches when there are
   * more. `stored`: every match, newest stored first, without facets (what an export walks).
   */
  readonly order?: 'rank' | 'stored';
}

export interface SearchHit {
  /** attributions.id, global. */
  readonly attributionId: number;
  /** a1, a2 within its article. */
  readonly localId: string;
  readonly statementId: number | null;
  readonly article: {
    readonly id: number;
    readonly title: string | null;
    readonly outlet: string | null;
    readonly published: string | null;
    readonly url: string | null;
    readonly file: string | null;
    readonly language: string | null;
  };
  readonly person: PersonRecord | null;
  /** Source words as written. */
  readonly source: string | null;
  readonly type: AttributionType;
  /** Content fragments joined with " … ". */
  readonly content: string;
  readonly saidAt: string | null;
  /** Reports of its statement (1 if none). */
  readonly reports: number;
  /** BM25 (lower is better, as SQLite gives it) or 0 without q. */
  readonly score: number;
}

export interface SearchFacets {
  readonly speakers: readonly { readonly id: number; readonly name: string; readonly count: number }[];
  readonly outlets: readonly { readonly outlet: string; readonly count: number }[];
  /** YYYY-MM of said-at, else published. */
  readonly months: readonly { readonly month: string; readonly count: number }[];
}

export interface SearchPage {
  readonly hits: readonly SearchHit[];
  /** How many statements match: all of them, or a floor (the store's count cap) when `totalExact` is false. */
  readonly total: number;
  readonly totalExact: boolean;
  readonly facets: SearchFacets;
  readonly nextCursor: string | null;
}

/** An article whole. `attributions` is the list itself here, not their count as in StoredArticle. */
export interface ArticleDetail extends Omit<StoredArticle, 'attributions'> {
  readonly text: string;
  readonly meta: ArticleMeta;
  readonly blocks: readonly Block[];
  /** Each with its global id and statement, corrections applied (a wrong one is flagged, not dropped). */
  readonly attributions: readonly (StoredAttribution & {
    readonly id: number;
    readonly correction: CorrectionRecord | null;
  })[];
  /** The article's people with global ids. */
  readonly people: readonly (Person & { readonly personId: number })[];
}

/** A person whole. `statements` is the list itself here, not their count as in StoredPerson. */
export interface PersonDetail extends Omit<StoredPerson, 'statements'> {
  /** By said-at date (undated last): the 200 most reported, when there are more (`outlets` and `byMonth` count all). */
  readonly statements: readonly StoredStatement[];
  /** How many statements the person made, all of them (`statements` holds at most 200). */
  readonly statementTotal: number;
  readonly outlets: readonly { readonly outlet: string; readonly count: number }[];
  readonly byMonth: readonly {
    readonly month: string;
    readonly outlet: string | null;
    readonly count: number;
  }[];
}

export const CORRECTION_KINDS = ['wrong', 'speaker'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export interface CorrectionInput {
  readonly attributionId: number;
  readonly kind: CorrectionKind;
  /** For 'speaker': the person now speaking (null or omitted: an unnamed source). */
  readonly personId?: number | null;
  readonly by: string;
  readonly note?: string;
}

export interface CorrectionRecord {
  readonly id: number;
  readonly attributionId: number;
  readonly kind: CorrectionKind;
  /** For 'speaker': the person now speaking (null = unnamed). */
  readonly personId: number | null;
  readonly by: string;
  readonly note: string;
  readonly madeAt: string;
  readonly undoneAt: string | null;
}
// end web

/** The key a document is stored under when the caller gives none: its URL, else its file. */
export function defaultDocumentKey(extraction: Extraction): string | null {
  return extraction.url ?? extraction.file;
}
