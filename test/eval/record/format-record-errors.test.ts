import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateRecord } from '../../../src/eval/record/evaluate-record.js';
import { formatRecordErrors } from '../../../src/eval/record/format-record-errors.js';

const SAMPLES = fileURLToPath(new URL('../../../samples/record', import.meta.url));

describe('formatRecordErrors', () => {
  it("lists the record's wrong speakers and dates, split people and split statements, as many as asked", async () => {
    const { gold, scores, pairs } = await evaluateRecord(SAMPLES);
    const report = formatRecordErrors(gold, pairs, 1);
    const wrongSpeakers = scores.speaker.total - scores.speaker.correct;
    const wrongDates = scores.saidAt.total - scores.saidAt.correct;
    expect(report).toContain(`Wrong speakers: ${wrongSpeakers}${wrongSpeakers > 1 ? ', 1 shown' : ''}\n`);
    expect(report).toContain(`Wrong said-at: ${wrongDates}\n`);
    expect(report).toMatch(/^Gold people split over several stored people: \d+/mu);
    expect(report).toMatch(/^Stored people that join several gold people: \d+/mu);
    // Each gold statement split over stored ones lists every report with its stored statement, its match and
    // the speaker it was stored under.
    const statements = report.slice(report.indexOf('Gold statements split'));
    if (scores.statements.recall < 1)
      expect(statements).toMatch(
        /^ {4}statement \d+ \((first|verbatim|truncated|edited|paraphrased|translated), by [^)]+\) articles\//mu,
      );
    // A stored statement that joins several gold ones lists its reports with their gold statements.
    const joined = report.slice(report.indexOf('Stored statements that join several gold statements'));
    expect(joined).toMatch(/^Stored statements that join several gold statements: \d+/u);
    if (scores.statements.precision < 1)
      expect(joined).toMatch(
        /^ {2}statement \d+:\n {4}[\w-]+ \((first|verbatim|truncated|edited|paraphrased|translated), by /mu,
      );
    // One entry per section at most: a wrong speaker is two lines (where, then the content).
    const speakerSection = report.slice(0, report.indexOf('Wrong said-at'));
    expect(speakerSection.split('\n').filter((line) => line.startsWith('  articles/'))).toHaveLength(
      Math.min(1, wrongSpeakers),
    );
  });
});
