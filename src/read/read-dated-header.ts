import { formatDate, readDate } from './read-date.js';

export interface DatedHeader {
  /** `YYYY-MM-DD`. */
  readonly published: string;
  readonly title: string;
}

// The header line some exporters write above an article: ` date 2025-11-09 Title`. The `date` keyword
// is optional, since an ISO date followed by a headline on the first line means the same without it.
const DATED_HEADER = /^(?:date[ \t]+)?(\d{4}-\d{2}-\d{2})[ \t]+(\S.*)$/i;

/** Reads a dated header line (already trimmed), or returns null when the line is not one. */
export function readDatedHeader(line: string): DatedHeader | null {
  const match = DATED_HEADER.exec(line);
  if (!match) return null;
  const date = readDate(match[1]!);
  const published = date && formatDate(date);
  if (!published) return null;
  return { published, title: match[2]!.trim() };
}
