import { describe, expect, it } from 'vitest';
import { classifyContentType } from '../../src/analyze/classify-type.js';

describe('classifyContentType (EVAL.md)', () => {
  it('is direct when every letter and digit is quoted', () => {
    expect(classifyContentType(['“We will stay,”'])).toBe('direct');
    expect(classifyContentType(['"A." ', '"B."'])).toBe('direct');
  });

  it('is mixed when quoted and unquoted words meet', () => {
    expect(classifyContentType(['the minister had “no plan, only a calendar.”'])).toBe('mixed');
    expect(classifyContentType(["it was 'in close contact' with them"])).toBe('mixed');
  });

  it('is indirect without quotation marks; apostrophes are not marks', () => {
    expect(classifyContentType(["NATO's members don't agree"])).toBe('indirect');
    expect(classifyContentType(["the keepers' union"])).toBe('indirect');
  });

  it('reads a first closing mark as a content that starts inside a quotation', () => {
    expect(classifyContentType(['we will stay,” he said'])).toBe('mixed');
    expect(classifyContentType(['we will stay.”'])).toBe('direct');
  });
});
