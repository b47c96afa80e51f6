import type Database from 'better-sqlite3';
import { wordsOf } from '../../link/wording.js';
import type { Attribution, Extraction } from '../../types.js';
import type { StoredRevision } from '../store.js';

/** What a new version of an article changed in its attributions, by their words. */
export interface AttributionChanges {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** Same words, different speaker, type or cue. */
  readonly changed: readonly string[];
}

/** Keeps the stored version of an article as a revision before a new version replaces it. */
export type KeepRevision = (articleId: number, key: string, next: Extraction) => void;

export function prepareKeepRevision(db: Database.Database): KeepRevision {
  const article = db.prepare<
    [number],
    { contentHash: string; text: string; meta: string; ingestedAt: string }
  >('SELECT content_hash AS contentHash, text, meta, ingested_at AS ingestedAt FROM articles WHERE id = ?');
  const attributions = db.prepare<
    [number],
    { localId: string; type: string; cueText: string | null; speakerName: string | null; content: string }
  >(
    `SELECT local_id AS localId, type, cue_text AS cueText, speaker_name AS speakerName, content
      FROM attributions WHERE article_id = ? ORDER BY seq`,
  );
  const lastRevision = db
    .prepare<[string], number>(
      'SELECT coalesce(max(revision), 0) FROM article_revisions WHERE source_key = ?',
    )
    .pluck();
  const insert = db.prepare<[string, number, string, string, string, string, string, string, string]>(
    `INSERT INTO article_revisions (source_key, revision, content_hash, text, meta, attributions, changes,
        ingested_at, replaced_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  return (articleId, key, next) => {
    const stored = article.get(articleId);
    if (!stored) return;
    const before = attributions.all(articleId).map((row) => ({
      id: row.localId,
      type: row.type,
      cue: row.cueText,
      speaker: row.speakerName,
      words: (JSON.parse(row.content) as { text: string }[]).map((fragment) => fragment.text).join(' … '),
    }));
    const changes = compareAttributions(before, next.attributions);
    insert.run(
      key,
      lastRevision.get(key)! + 1,
      stored.contentHash,
      stored.text,
      stored.meta,
      JSON.stringify(before),
      JSON.stringify(changes),
      stored.ingestedAt,
      new Date().toISOString(),
    );
  };
}

interface AttributionSummary {
  readonly type: string;
  readonly cue: string | null;
  readonly speaker: string | null;
  readonly words: string;
}

/** Attributions matched by their folded words: those only before, only after, and those that changed. */
export function compareAttributions(
  before: readonly AttributionSummary[],
  after: readonly Attribution[],
): AttributionChanges {
  const key = (words: string) => wordsOf(words).join(' ');
  const next = new Map(
    after.map((attribution) => {
      const words = attribution.content.map((fragment) => fragment.text).join(' … ');
      return [
        key(words),
        {
          type: attribution.type,
          cue: attribution.cue?.text ?? null,
          speaker: attribution.speaker?.name ?? null,
          words,
        },
      ] as const;
    }),
  );
  const previous = new Map(before.map((summary) => [key(summary.words), summary] as const));
  const changed: string[] = [];
  for (const [words, summary] of previous) {
    const now = next.get(words);
    if (now && (now.type !== summary.type || now.cue !== summary.cue || now.speaker !== summary.speaker))
      changed.push(summary.words);
  }
  return {
    added: [...next].filter(([words]) => !previous.has(words)).map(([, summary]) => summary.words),
    removed: [...previous].filter(([words]) => !next.has(words)).map(([, summary]) => summary.words),
    changed,
  };
}

/** Reads the kept revisions, oldest first. */
export function prepareReadRevisions(db: Database.Database): (key?: string) => StoredRevision[] {
  const rows = db.prepare<
    [string | null, string | null],
    {
      key: string;
      revision: number;
      contentHash: string;
      ingestedAt: string;
      replacedAt: string;
      changes: string;
    }
  >(
    `SELECT source_key AS key, revision, content_hash AS contentHash, ingested_at AS ingestedAt,
        replaced_at AS replacedAt, changes
      FROM article_revisions WHERE ? IS NULL OR source_key = ? ORDER BY source_key, revision`,
  );
  return (key) =>
    rows
      .all(key ?? null, key ?? null)
      .map((row) => ({ ...row, changes: JSON.parse(row.changes) as AttributionChanges }));
}
