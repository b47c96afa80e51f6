/**
 * Feeds under watch: the validators of the last response (for conditional requests) and the items already
 * ingested, so that each poll fetches and ingests only what is new.
 */
import type Database from 'better-sqlite3';
import type { FeedCheck, FeedState, SeenFeedItem } from '../store.js';

export interface FeedsTable {
  state(url: string): FeedState | null;
  save(check: FeedCheck): void;
  unseen(url: string, keys: readonly string[]): string[];
  markSeen(url: string, items: readonly SeenFeedItem[], seenAt: string): void;
}

export function prepareFeeds(db: Database.Database): FeedsTable {
  const select = db.prepare<[string], FeedState>(
    `SELECT url, title, etag, last_modified AS lastModified, checked_at AS checkedAt, changed_at AS changedAt
      FROM feeds WHERE url = ?`,
  );
  // A check without a title keeps the one known; changed_at moves only when the feed changed.
  const upsert = db.prepare<{
    url: string;
    title: string | null;
    etag: string | null;
    lastModified: string | null;
    checkedAt: string;
    changedAt: string | null;
  }>(
    `INSERT INTO feeds (url, title, etag, last_modified, checked_at, changed_at)
      VALUES (@url, @title, @etag, @lastModified, @checkedAt, @changedAt)
      ON CONFLICT (url) DO UPDATE SET
        title = coalesce(excluded.title, feeds.title),
        etag = excluded.etag,
        last_modified = excluded.last_modified,
        checked_at = excluded.checked_at,
        changed_at = coalesce(excluded.changed_at, feeds.changed_at)`,
  );
  const ensureFeed = db.prepare<[string]>('INSERT OR IGNORE INTO feeds (url) VALUES (?)');
  const isSeen = db
    .prepare<[string, string], number>('SELECT 1 FROM feed_items WHERE feed_url = ? AND item_key = ?')
    .pluck();
  const insertSeen = db.prepare<[string, string, string | null, string]>(
    `INSERT INTO feed_items (feed_url, item_key, link, seen_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (feed_url, item_key) DO NOTHING`,
  );
  const markSeen = db.transaction((url: string, items: readonly SeenFeedItem[], seenAt: string) => {
    ensureFeed.run(url);
    for (const item of items) insertSeen.run(url, item.key, item.link, seenAt);
  });

  return {
    state: (url) => select.get(url) ?? null,
    save: (check) => {
      upsert.run({
        url: check.url,
        title: check.title ?? null,
        etag: check.etag,
        lastModified: check.lastModified,
        checkedAt: check.checkedAt,
        changedAt: check.changed ? check.checkedAt : null,
      });
    },
    unseen: (url, keys) => [...new Set(keys)].filter((key) => isSeen.get(url, key) === undefined),
    markSeen: (url, items, seenAt) => {
      markSeen(url, items, seenAt);
    },
  };
}
