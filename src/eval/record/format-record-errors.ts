import type { RecordGold } from './read-record-gold.js';
import { isSpeakerRight, type RecordPair } from './score-record.js';

/** How much of a content a line shows. */
const SHOWN = 90;

const shown = (text: string): string => {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return JSON.stringify(flat.length > SHOWN ? `${flat.slice(0, SHOWN)}…` : flat);
};

const storedSpeaker = (pair: RecordPair): string =>
  pair.stored === null ? '(no attribution matched)' : (pair.stored.person?.name ?? 'no one');

const goldSpeaker = (gold: RecordGold, key: string | null): string =>
  key === null ? 'no one' : (gold.people.get(key)?.name ?? key);

/**
 * What the record got wrong, for error analysis (`onrecord eval <record folder> --errors N`): up to `count`
 * each of wrong speakers, wrong said-at dates, gold people split over several stored people, stored people
 * that join several gold people, gold statements split over several stored statements, and stored statements
 * that join several gold statements.
 */
export function formatRecordErrors(gold: RecordGold, pairs: readonly RecordPair[], count: number): string {
  const lines: string[] = [];
  const section = (title: string, total: number, entries: readonly string[]): void => {
    lines.push(`${title}: ${total}${total > entries.length ? `, ${entries.length} shown` : ''}`);
    lines.push(...entries, '');
  };

  const wrongSpeakers = pairs.filter((pair) => !isSpeakerRight(gold, pair));
  section(
    'Wrong speakers',
    wrongSpeakers.length,
    wrongSpeakers
      .slice(0, count)
      .map(
        (pair) =>
          `  ${pair.file}: gold ${goldSpeaker(gold, pair.gold.speaker)}, stored ${storedSpeaker(pair)}\n    ${shown(pair.gold.content)}`,
      ),
  );

  const wrongDates = pairs.filter(
    (pair) => pair.gold.saidAt !== null && pair.stored?.attribution.saidAt?.value !== pair.gold.saidAt,
  );
  section(
    'Wrong said-at',
    wrongDates.length,
    wrongDates.slice(0, count).map((pair) => {
      const saidAt = pair.stored?.attribution.saidAt;
      const stored = saidAt
        ? `${saidAt.value} (from "${saidAt.text}")`
        : (pair.stored?.attribution.dating ?? 'none');
      return `  ${pair.file}: gold ${pair.gold.saidAt}, stored ${stored}\n    ${shown(pair.gold.content)}`;
    }),
  );

  // People: each gold person's reports by the stored person they went to, and the other way round.
  const named = pairs.filter((pair) => pair.stored !== null && pair.gold.speaker !== null);
  const split = groupBy(named, (pair) => pair.gold.speaker!)
    .map(([key, reports]) => ({ key, stored: tally(reports.map(storedSpeaker)) }))
    .filter(({ stored }) => stored.length > 1)
    .sort((a, b) => b.stored.length - a.stored.length);
  section(
    'Gold people split over several stored people',
    split.length,
    split.slice(0, count).map(({ key, stored }) => `  ${goldSpeaker(gold, key)}: ${stored.join(', ')}`),
  );
  const joined = groupBy(
    named.filter((pair) => pair.stored!.person !== null),
    (pair) => String(pair.stored!.person!.id),
  )
    .map(([, reports]) => ({
      name: reports[0]!.stored!.person!.name,
      golds: tally(reports.map((pair) => goldSpeaker(gold, pair.gold.speaker))),
    }))
    .filter(({ golds }) => golds.length > 1);
  section(
    'Stored people that join several gold people',
    joined.length,
    joined.slice(0, count).map(({ name, golds }) => `  ${name}: ${golds.join(', ')}`),
  );

  const reported = pairs.filter((pair) => pair.stored !== null && pair.gold.statement !== null);
  const splitStatements = groupBy(reported, (pair) => pair.gold.statement!)
    .map(([key, reports]) => ({
      key,
      reports,
      stored: new Set(reports.map((pair) => pair.stored!.statement?.id ?? `none:${pair.file}`)),
    }))
    .filter(({ stored }) => stored.size > 1)
    .sort((a, b) => b.reports.length - a.reports.length);
  section(
    'Gold statements split over several stored statements',
    splitStatements.length,
    splitStatements
      .slice(0, count)
      .map(({ key, reports }) =>
        [
          `  ${key}:`,
          ...reports.map(
            (pair) =>
              `    statement ${pair.stored!.statement?.id ?? 'none'} (${pair.stored!.statement?.match ?? '-'}, by ${pair.stored!.person?.name ?? 'no one'}) ${pair.file}: ${shown(pair.gold.content)}`,
          ),
        ].join('\n'),
      ),
  );
  const joinedStatements = groupBy(
    reported.filter((pair) => pair.stored!.statement !== null),
    (pair) => String(pair.stored!.statement!.id),
  )
    .map(([id, reports]) => ({ id, reports }))
    .filter(({ reports }) => new Set(reports.map((pair) => pair.gold.statement)).size > 1)
    .sort((a, b) => b.reports.length - a.reports.length);
  section(
    'Stored statements that join several gold statements',
    joinedStatements.length,
    joinedStatements
      .slice(0, count)
      .map(({ id, reports }) =>
        [
          `  statement ${id}:`,
          ...reports.map(
            (pair) =>
              `    ${pair.gold.statement} (${pair.stored!.statement!.match}, by ${pair.stored!.person?.name ?? 'no one'}) ${pair.file}: ${shown(pair.gold.content)}`,
          ),
        ].join('\n'),
      ),
  );
  return lines.join('\n');
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups];
}

/** Distinct values with how often each occurs, most frequent first: `Ana Ruiz (3)`. */
function tally(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([value, times]) => `${value} (${times})`);
}
