import type { Extraction } from '../../types.js';
import { compareAttributions, type AttributionChanges } from '../sqlite/revisions.js';
import type { StoredRevision } from '../store.js';
import { rows, type Sql } from './sql.js';

/**
 * Keeps the stored version of an article as a revision before a new version replaces it, as
 * src/store/sqlite/revisions.ts does: its text, meta and attributions, and what the new version changes.
 */
export async function keepRevision(
  sql: Sql,
  articleId: number,
  key: string,
  next: Extraction,
): Promise<void> {
  const attributions = await rows<{
    localId: string;
    type: string;
    cueText: string | null;
    speakerName: string | null;
    content: unknown;
  }>(
    sql,
    `SELECT local_id AS "localId", type, cue_text AS "cueText", speaker_name AS "speakerName", content
      FROM attributions WHERE article_id = $1 ORDER BY seq`,
    [articleId],
  );
  const before = attributions.map((attribution) => ({
    id: attribution.localId,
    type: attribution.type,
    cue: attribution.cueText,
    speaker: attribution.speakerName,
    words: fragments(attribution.content)
      .map((fragment) => fragment.text)
      .join(' … '),
  }));
  const changes = compareAttributions(before, next.attributions);
  // The text and meta are copied in SQL: they need not travel to this process and back.
  await sql.query(
    `INSERT INTO article_revisions (source_key, revision, content_hash, text, meta, attributions, changes,
        ingested_at, replaced_at)
      SELECT $1, (SELECT coalesce(max(revision), 0) + 1 FROM article_revisions WHERE source_key = $1),
        content_hash, text, meta, $3, $4, ingested_at, $5
      FROM articles WHERE id = $2`,
    [key, articleId, JSON.stringify(before), JSON.stringify(changes), new Date().toISOString()],
  );
}

/** The kept revisions (of one key, or all), oldest first. */
export async function listRevisions(sql: Sql, key?: string): Promise<StoredRevision[]> {
  const found = await rows<{
    key: string;
    revision: number;
    contentHash: string;
    ingestedAt: string;
    replacedAt: string;
    changes: unknown;
  }>(
    sql,
    `SELECT source_key AS key, revision, content_hash AS "contentHash", ingested_at AS "ingestedAt",
        replaced_at AS "replacedAt", changes
      FROM article_revisions WHERE $1::text IS NULL OR source_key = $1 ORDER BY source_key, revision`,
    [key ?? null],
  );
  return found.map((revision) => ({ ...revision, changes: parsed(revision.changes) as AttributionChanges }));
}

/** A JSON column as read: jsonb arrives parsed, json text as a string. */
function parsed(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

const fragments = (content: unknown): { text: string }[] => parsed(content) as { text: string }[];
