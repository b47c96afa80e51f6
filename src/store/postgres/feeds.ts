/**
 * Feeds under watch, as src/store/sqlite/feeds.ts keeps them: the validators of the last response (for
 * conditional requests) and the items already ingested, so that each poll fetches only what is new.
 */
import type { FeedCheck, FeedState, SeenFeedItem } from '../store.js';
import { inTransaction, row, rows, type Sql } from './sql.js';
import type pg from 'pg';

export async function feedState(sql: Sql, url: string): Promise<FeedState | null> {
  const found = await row<FeedState>(
    sql,
    `SELECT url, title, etag, last_modified AS "lastModified", checked_at AS "checkedAt",
        changed_at AS "changedAt"
      FROM feeds WHERE url = $1`,
    [url],
  );
  return found ?? null;
}

/** Records a poll: a check without a title keeps the one known; changed_at moves only when the feed changed. */
export async function saveFeedState(sql: Sql, check: FeedCheck): Promise<void> {
  await sql.query(
    `INSERT INTO feeds (url, title, etag, last_modified, checked_at, changed_at)
      VALUES ($1, $2, $3, $4, $5, $6)
      ON CONFLICT (url) DO UPDATE SET
        title = coalesce(excluded.title, feeds.title),
        etag = excluded.etag,
        last_modified = excluded.last_modified,
        checked_at = excluded.checked_at,
        changed_at = coalesce(excluded.changed_at, feeds.changed_at)`,
    [
      check.url,
      check.title ?? null,
      check.etag,
      check.lastModified,
      check.checkedAt,
      check.changed ? check.checkedAt : null,
    ],
  );
}

/** The keys not yet seen in the feed, in the given order, without repeats. */
export async function unseenFeedItems(sql: Sql, url: string, keys: readonly string[]): Promise<string[]> {
  const distinct = [...new Set(keys)];
  if (distinct.length === 0) return [];
  const seen = await rows<{ key: string }>(
    sql,
    'SELECT item_key AS key FROM feed_items WHERE feed_url = $1 AND item_key = ANY($2::text[])',
    [url, distinct],
  );
  const seenKeys = new Set(seen.map((item) => item.key));
  return distinct.filter((key) => !seenKeys.has(key));
}

/**
 * Marks items seen in one transaction, creating the feed's row; an item seen before keeps its first time.
 * Rows are written in key order, so two processes marking the same items never wait on each other in a cycle.
 */
export async function markFeedItemsSeen(
  pool: pg.Pool,
  url: string,
  items: readonly SeenFeedItem[],
  seenAt: string,
): Promise<void> {
  const byKey = [...new Map(items.map((item) => [item.key, item])).values()].sort((a, b) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
  );
  await inTransaction(pool, async (sql) => {
    await sql.query('INSERT INTO feeds (url) VALUES ($1) ON CONFLICT (url) DO NOTHING', [url]);
    await sql.query(
      `INSERT INTO feed_items (feed_url, item_key, link, seen_at)
        SELECT $1, item.key, item.link, $4 FROM unnest($2::text[], $3::text[]) AS item (key, link)
        ON CONFLICT (feed_url, item_key) DO NOTHING`,
      [url, byKey.map((item) => item.key), byKey.map((item) => item.link), seenAt],
    );
  });
}
