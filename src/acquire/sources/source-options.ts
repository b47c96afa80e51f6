import type { SourceItem } from './source-item.js';

/** How the sources read their inputs. */
export interface SourceOptions {
  /** The size cap of one document, in bytes (decompressed); DEFAULT_MAX_BYTES when not given. */
  readonly maxBytes?: number;
  /** Where relative paths and globs are resolved; the process's working directory when not given. */
  readonly cwd?: string;
  /** What `-` reads; the process's standard input when not given. */
  readonly stdin?: NodeJS.ReadableStream;
  /**
   * Fetches an http(s) argument: the lead's polite fetcher is plugged in here, so that the sources stay
   * free of network code. Without it a URL yields an `unsupported` failure.
   */
  readonly fetchUrl?: (url: string) => AsyncIterable<SourceItem>;
  /** Told of each archive record passed over (request, warcinfo, non-HTML response...), for counts. */
  readonly onSkippedRecord?: (file: string, why: string) => void;
}
