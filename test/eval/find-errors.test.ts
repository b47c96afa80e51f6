import { describe, expect, it } from 'vitest';
import { findErrors } from '../../src/eval/find-errors.js';
import { sentenceAround } from '../../src/eval/format-errors.js';
import { scoreDocument } from '../../src/eval/score-document.js';
import { relation } from './build-relations.js';

describe('findErrors', () => {
  const text = 'Ann said it rained all day. Bo said the roads froze. Cy noted nothing.';
  const gold = {
    name: 'weather.txt',
    text,
    relations: [
      relation(text, { source: 'Ann', cue: 'said', content: ['it rained all day'] }),
      relation(text, { source: 'Bo', cue: { start: 31, end: 35 }, content: ['the roads froze'] }),
    ],
  };

  it('lists unmatched gold and predictions, least covered first, and counts them all', () => {
    const predicted = [
      relation(text, { source: 'Ann', cue: 'said', content: ['it rained'] }),
      relation(text, { source: 'Cy', cue: 'noted', content: ['nothing'] }),
    ];
    const errors = findErrors([scoreDocument(gold, predicted)], 5);
    expect(errors.missCount).toBe(2);
    expect(errors.misses.map((miss) => [miss.relation, miss.coverage])).toEqual([
      [gold.relations[1], 0],
      [gold.relations[0], 0.5],
    ]);
    expect(errors.misses[1]!.nearest).toEqual(predicted[0]);
    expect(errors.falseAlarms.map((alarm) => alarm.relation)).toEqual([predicted[1], predicted[0]]);
    expect(findErrors([scoreDocument(gold, predicted)], 1).misses).toHaveLength(1);
  });

  it('leaves out exact content matches', () => {
    const errors = findErrors([scoreDocument(gold, gold.relations)], 5);
    expect([errors.missCount, errors.falseAlarmCount]).toEqual([0, 0]);
  });
});

describe('sentenceAround', () => {
  it('gives the whole line when it is short', () => {
    expect(sentenceAround('Title\nShe said  it rained.\nNext', 12)).toBe('She said it rained.');
  });

  it('cuts a long line to about 200 characters around the offset', () => {
    const line = `${'a '.repeat(200)}TARGET${' b'.repeat(200)}`;
    const shown = sentenceAround(line, line.indexOf('TARGET'));
    expect(shown.startsWith('…') && shown.endsWith('…')).toBe(true);
    expect(shown).toContain('TARGET');
    expect(shown.length).toBeLessThanOrEqual(202);
  });
});
