export { decodeFeedBytes } from './decode-feed.js';
export { documentsFromFeed, type FeedDocumentsOptions, type FetchPage } from './documents-from-feed.js';
export type { Feed, FeedItem } from './feed.js';
export { FeedError } from './feed-error.js';
export { FULL_TEXT_MIN_WORDS, isFullTextHtml } from './full-text.js';
export { feedItemKey } from './item-key.js';
export { parseFeed } from './parse-feed.js';
