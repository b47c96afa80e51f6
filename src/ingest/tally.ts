/** What happened to every input of an ingest run. */
export interface IngestTally {
  added: number;
  replaced: number;
  unchanged: number;
  /** The same document already stored under another key: not stored again. */
  duplicate: number;
  /** New articles recognized as syndicated copies of stored ones (counted in added too). */
  copies: number;
  failed: number;
  /** Failures by reason code. */
  readonly failedBy: Record<string, number>;
}

export const emptyTally = (): IngestTally => ({
  added: 0,
  replaced: 0,
  unchanged: 0,
  duplicate: 0,
  copies: 0,
  failed: 0,
  failedBy: {},
});

export const tallyTotal = (tally: IngestTally): number =>
  tally.added + tally.replaced + tally.unchanged + tally.duplicate + tally.failed;

/** `12 added, 0 replaced, 3 unchanged, 1 duplicate, 2 failed (1 not-found, 1 bad-json)`. */
export function formatTally(tally: IngestTally): string {
  const reasons = Object.entries(tally.failedBy)
    .sort((first, second) => second[1] - first[1] || first[0].localeCompare(second[0]))
    .map(([reason, count]) => `${count} ${reason}`)
    .join(', ');
  const copies = tally.copies > 0 ? ` (${tally.copies} syndicated copies linked)` : '';
  return (
    `${tally.added} added${copies}, ${tally.replaced} replaced, ${tally.unchanged} unchanged, ` +
    `${tally.duplicate} duplicate, ${tally.failed} failed${reasons === '' ? '' : ` (${reasons})`}`
  );
}
