import { describe, expect, it } from 'vitest';
import { readDatedHeader } from '../../src/read/read-dated-header.js';

describe('readDatedHeader', () => {
  it('reads the date and the title of a dated header line', () => {
    expect(readDatedHeader('date 2024-03-12 Ferry fares to rise in spring')).toEqual({
      published: '2024-03-12',
      title: 'Ferry fares to rise in spring',
    });
    expect(readDatedHeader('2024-03-12 Ferry fares to rise in spring')?.published).toBe('2024-03-12');
  });

  it('rejects impossible dates and lines without a title', () => {
    expect(readDatedHeader('date 2024-13-12 Ferry fares to rise')).toBeNull();
    expect(readDatedHeader('date 2024-03-12')).toBeNull();
    expect(readDatedHeader('Ferry fares to rise')).toBeNull();
  });
});
