/**
 * A tripwire: the SQLite schema's CHECK constraints hold the closed vocabularies as they were when its
 * migrations were written. When one of these lists changes, add a migration that rebuilds the table whose
 * CHECK names it (blocks.kind, attributions.type), then update the list here. Block kinds: 0001, then 0004.
 */
import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_TYPES, BLOCK_KINDS, DATINGS, POLARITIES, ROLE_TIMES } from '../../src/types.js';

describe('vocabularies stored under CHECK constraints', () => {
  it('are the ones the migrations were written for', () => {
    expect(BLOCK_KINDS).toEqual([
      'header',
      'title',
      'duplicate',
      'subtitle',
      'source-line',
      'dateline',
      'byline',
      'lead',
      'takeaway',
      'paragraph',
      'heading',
      'list-item',
      'quote',
      'speaker-card',
      'caption',
    ]);
    expect(ATTRIBUTION_TYPES).toEqual(['direct', 'mixed', 'indirect']);
    expect(DATINGS).toEqual(['text', 'publication', 'unknown']);
    expect(POLARITIES).toEqual(['affirmed', 'negated', 'denied']);
    expect(ROLE_TIMES).toEqual(['current', 'former', 'then']);
  });
});
