import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/analyze/context.js';
import { findTimes } from '../../src/analyze/find-times.js';
import { readText } from '../../src/read/index.js';

/** The time expressions of a body published on a date (a Friday, 2025-03-14, unless given): text, value, kind. */
function times(body: string, published: string | null = '2025-03-14'): [string, string | null, string][] {
  const header =
    published === null ? 'Harbour board meets over the pier' : `${published} Harbour board meets`;
  const context = buildContext(readText(`${header}\n\n${body}`, { name: 'test.txt' }));
  return findTimes(context)
    .filter((time) => time.start > context.text.indexOf('\n\n'))
    .map((time) => [context.text.slice(time.start, time.end), time.date?.value ?? null, time.kind]);
}

// Original sentences written for these tests.
describe('findTimes', () => {
  it('reads absolute dates, months and years', () => {
    expect(times('The board met on 3 March 2024 and again on March 5, 2024.')).toEqual([
      ['3 March 2024', '2024-03-03', 'absolute'],
      ['March 5, 2024', '2024-03-05', 'absolute'],
    ]);
    expect(times('The pier closed in February 2022, the cranes in 2019 and the shed on 2023-11-02.')).toEqual(
      [
        ['February 2022', '2022-02', 'absolute'],
        ['2019', '2019', 'absolute'],
        ['2023-11-02', '2023-11-02', 'absolute'],
      ],
    );
  });

  it('gives a month or day without a year the most recent past one, or the next when the text looks ahead', () => {
    expect(times('The pier closed in February and reopened on March 3.')).toEqual([
      ['February', '2025-02', 'partial'],
      ['March 3', '2025-03-03', 'partial'],
    ]);
    expect(times('The dredging began on March 20.')).toEqual([['March 20', '2024-03-20', 'partial']]);
    expect(times('The board will meet in June.')).toEqual([['June', '2025-06', 'partial']]);
  });

  it('does not read the modal "may" or a bare number as a time', () => {
    expect(times('The board may meet, and 2019 members may vote.')).toEqual([]);
  });

  it('counts days, weekdays and weeks from the publication date', () => {
    expect(times('It rained yesterday and on Tuesday, and last Friday it snowed.')).toEqual([
      ['yesterday', '2025-03-13', 'relative'],
      ['Tuesday', '2025-03-11', 'relative'],
      ['last Friday', '2025-03-07', 'relative'],
    ]);
    // A weekday named on its own day of publication is that day (news convention).
    expect(times('The ferry sailed on Friday.')).toEqual([['Friday', '2025-03-14', 'relative']]);
    expect(times('The ferry sailed two days ago, and the crew left three weeks ago.')).toEqual([
      ['two days ago', '2025-03-12', 'relative'],
      ['three weeks ago', '2025-02', 'relative'],
    ]);
    // Minutes and hours ago are the day of publication.
    expect(times('The chair spoke a few minutes ago, and the driver two hours ago.')).toEqual([
      ['minutes ago', '2025-03-14', 'relative'],
      ['hours ago', '2025-03-14', 'relative'],
    ]);
  });

  it('gives weeks, months and years at the precision that holds all of them', () => {
    expect(times('The crane failed last week, earlier this month and this week.')).toEqual([
      ['last week', '2025-03', 'relative'],
      ['earlier this month', '2025-03', 'relative'],
      ['this week', '2025-03', 'relative'],
    ]);
    // The week before 2025-03-05 runs from 24 February to 2 March: only its year holds all of it.
    expect(times('The crane failed last week.', '2025-03-05')).toEqual([['last week', '2025', 'relative']]);
    expect(times('The crane failed last month and last year.')).toEqual([
      ['last month', '2025-02', 'relative'],
      ['last year', '2024', 'relative'],
    ]);
  });

  it('reads "at the time" as a reference back, with no date of its own', () => {
    expect(times('Reyes, who was mayor at the time, agreed.')).toEqual([
      ['at the time', null, 'back-reference'],
    ]);
  });

  it('reads phrases counted from the narrated time as references back, with their days', () => {
    const shifts = (body: string): [string, number][] => {
      const context = buildContext(
        readText(`2025-03-14 Harbour board meets\n\n${body}`, { name: 'test.txt' }),
      );
      return findTimes(context)
        .filter((time) => time.kind === 'back-reference')
        .map((time) => [context.text.slice(time.start, time.end), time.shift]);
    };
    expect(
      shifts(
        'The board met later that day, again the next day and two days later. A week earlier it had met, and hours later it ate. It left afterwards.',
      ),
    ).toEqual([
      ['later that day', 0],
      ['the next day', 1],
      ['two days later', 2],
      ['A week earlier', -7],
      ['hours later', 0],
      ['afterwards', 0],
    ]);
    // "two days ago" still counts from publication; "the day after the vote" is not read.
    expect(shifts('The board met two days ago and the day after the vote.')).toEqual([]);
  });

  it('resolves only absolute expressions without a publication date', () => {
    expect(times('The pier closed yesterday, in February and in February 2022.', null)).toEqual([
      ['yesterday', null, 'relative'],
      ['February', null, 'partial'],
      ['February 2022', '2022-02', 'absolute'],
    ]);
  });
});
