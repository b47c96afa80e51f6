import type { FetchError } from '../../errors.js';

/** Validators from an earlier fetch of the same URL, sent as If-None-Match and If-Modified-Since. */
export interface Conditional {
  readonly etag?: string | null;
  readonly lastModified?: string | null;
}

export interface FetchResult {
  /** The URL asked for. */
  readonly url: string;
  /** The URL the body came from, after redirects. */
  readonly finalUrl: string;
  readonly status: number;
  /** Response headers, names in lower case, repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  /** Empty when `notModified`. */
  readonly body: Buffer;
  readonly contentType: string | null;
  /** ISO timestamp of when the response arrived. */
  readonly fetchedAt: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** The server answered 304 to a conditional request: the caller's copy is current. */
  readonly notModified: boolean;
}

/** One URL's outcome in a batch: batches report per URL instead of throwing. */
export type FetchOutcome =
  | { readonly ok: true; readonly url: string; readonly result: FetchResult }
  | { readonly ok: false; readonly url: string; readonly error: FetchError };
