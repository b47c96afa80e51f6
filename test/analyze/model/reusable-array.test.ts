import { describe, expect, it } from 'vitest';
import { outputBuckets, reusableArray } from '../../../src/analyze/model/reusable-array.js';

describe('reusableArray', () => {
  it('returns the same array while it is long enough, and a longer one when asked for more', () => {
    const array = reusableArray((length) => new Int32Array(length));
    const first = array(10);
    expect(first.length).toBeGreaterThanOrEqual(10);
    first[3] = 7;
    expect(array(5)).toBe(first);
    expect(array(5)[3]).toBe(7);
    const longer = array(first.length + 1);
    expect(longer).not.toBe(first);
    expect(longer.length).toBeGreaterThanOrEqual(2 * first.length);
  });
});

describe('outputBuckets', () => {
  it('is a fresh array without a reusable one, else a view of exactly the length asked for', () => {
    expect(outputBuckets(4)).toEqual(new Uint32Array(4));
    const reusable = reusableArray((length) => new Uint32Array(length));
    const view = outputBuckets(3, reusable);
    expect(view.length).toBe(3);
    expect(view.buffer).toBe(reusable(3).buffer);
  });
});
