import { defaultThreads, tallyTotal, type IngestStats, type IngestTally } from '../ingest/index.js';

/**
 * `ingest --stats`: one JSON line with the run's rate, its peak memory (the whole process, worker threads
 * included) and where the time went. Worker stages run in parallel, so the shares are of the summed time.
 */
export function formatIngestStats(
  tally: IngestTally,
  stats: IngestStats,
  seconds: number,
  threads: number | undefined,
): string {
  const documents = tallyTotal(tally);
  const total = stats.read + stats.analyze + stats.compress + stats.source + stats.store;
  const share = (value: number): number => (total > 0 ? Number((value / total).toFixed(3)) : 0);
  const entries = Object.entries(stats) as [keyof IngestStats, number][];
  return JSON.stringify({
    stats: {
      documents,
      seconds: Number(seconds.toFixed(2)),
      perSecond: seconds > 0 ? Number((documents / seconds).toFixed(1)) : null,
      threads: threads ?? defaultThreads(),
      peakMemoryMb: Math.round(process.resourceUsage().maxRSS / 1024),
      stageMs: Object.fromEntries(entries.map(([stage, value]) => [stage, Math.round(value)])),
      stageShare: Object.fromEntries(entries.map(([stage, value]) => [stage, share(value)])),
    },
  });
}
