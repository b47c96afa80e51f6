import { describe, expect, it } from 'vitest';
import { bandKeys, containment, COPY_CONTAINMENT, shingleHashes } from '../../src/link/near-duplicate.js';
import { EDITED_COPY, OTHER_STORY, WIRE_STORY } from '../ingest/wire-story.js';

describe('near-duplicate articles', () => {
  const wire = shingleHashes(WIRE_STORY);
  const copy = shingleHashes(EDITED_COPY);
  const other = shingleHashes(OTHER_STORY);

  it('recognizes an edited copy of a wire story, and not another story on the same subject', () => {
    expect(containment(wire, copy)).toBeGreaterThanOrEqual(COPY_CONTAINMENT);
    expect(containment(wire, other)).toBeLessThan(0.2);
    expect(containment(copy, other)).toBeLessThan(0.2);
  });

  it('gives copies a shared band, so that they are compared at all', () => {
    const shared = bandKeys(wire).filter((band) => bandKeys(copy).includes(band));
    expect(shared.length).toBeGreaterThan(0);
  });

  it('ignores case and punctuation, and gives short texts no bands', () => {
    expect(shingleHashes('One two three four five six.')).toEqual(
      shingleHashes('ONE, two; three four five six'),
    );
    expect(bandKeys(shingleHashes('Too short to judge: a one-line brief about the port.'))).toEqual([]);
    expect(containment(shingleHashes('a b c d e f'), wire)).toBe(0);
  });
});
