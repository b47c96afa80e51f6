/** A feed as onrecord uses it: its title and its items, each with what it takes to ingest the article. */

export interface Feed {
  readonly title: string | null;
  readonly items: readonly FeedItem[];
}

export interface FeedItem {
  /**
   * The item's identity inside its feed, which tells a new item from one seen before: the guid (RSS) or id
   * (Atom), else the link, else a hash of the title and date.
   */
  readonly key: string;
  /** The article's address, absolute (resolved against the feed's URL), http or https only; else null. */
  readonly link: string | null;
  readonly title: string | null;
  /**
   * When the item was published (else last updated), ISO 8601 with the offset the feed wrote
   * (`2026-06-09T08:30:00+02:00`), a date alone when only a date is given; null if the feed gives none.
   */
  readonly published: string | null;
  readonly authors: readonly string[];
  /** The item's HTML: the article (`content:encoded`, Atom `content`), else its summary; null if none. */
  readonly contentHtml: string | null;
  /** The item carries the article itself, so its link need not be fetched. */
  readonly isFullText: boolean;
}
