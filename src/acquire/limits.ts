/** Inputs larger than this are refused: a news article is tens of kilobytes, not tens of megabytes. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
