import type { Document, DocumentOrigin } from '../../types.js';

/**
 * One input of a batch, as the sources yield it: a document ready to read, or why one could not be had.
 * Sources never throw for a bad document; they yield a failure and go on, so that a batch loses nothing.
 */
export type SourceItem = SourceDocument | SourceFailure;

export interface SourceDocument {
  readonly ok: true;
  readonly document: Document;
  /**
   * The document's identity in the store: its URL when it has one (fetched page, WARC target, a JSON
   * Lines record's `url`), else a `file:` URL of the file, with `#N` for the Nth record inside a container.
   */
  readonly key: string;
}

export interface SourceFailure {
  readonly ok: false;
  /** What the user would call it: path, URL, `file.jsonl:12`. */
  readonly name: string;
  readonly origin: DocumentOrigin;
  /** The same identity a document would have had, so that a later success clears the failure. */
  readonly key: string;
  /** A short code to group failures by (`not-found`, `too-large`, `bad-json`, `forbidden-address`...). */
  readonly reason: string;
  readonly message: string;
}
