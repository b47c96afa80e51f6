import { describe, expect, it } from 'vitest';
import { parseLooseJson } from '../../../../src/read/html/meta/parse-loose-json.js';

describe('parseLooseJson', () => {
  it('parses valid JSON as it is', () => {
    expect(parseLooseJson('{"headline":"Grain corridor reopens"}')).toEqual({
      headline: 'Grain corridor reopens',
    });
  });

  it('tolerates comment and CDATA wrappers, trailing commas and a final semicolon', () => {
    expect(parseLooseJson('<!-- {"a":1} -->')).toEqual({ a: 1 });
    expect(parseLooseJson('//<![CDATA[\n{"a":1}\n//]]>')).toEqual({ a: 1 });
    expect(parseLooseJson('/*<![CDATA[*/{"a":1}/*]]>*/')).toEqual({ a: 1 });
    expect(parseLooseJson('{"a":[1,2,],"b":{"c":3,},};')).toEqual({ a: [1, 2], b: { c: 3 } });
  });

  it('tolerates raw line breaks inside strings', () => {
    expect(parseLooseJson('{"headline":"Grain corridor\n reopens"}')).toEqual({
      headline: 'Grain corridor  reopens',
    });
  });

  it('reads several objects written one after another as a list', () => {
    expect(parseLooseJson('{"a":1}\n{"b":2}')).toEqual([{ a: 1 }, { b: 2 }]);
    expect(parseLooseJson('{"a":1},{"b":2}')).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it('gives undefined for what cannot be repaired', () => {
    expect(parseLooseJson('{"headline": "unterminated')).toBeUndefined();
    expect(parseLooseJson('')).toBeUndefined();
    expect(parseLooseJson('window.__STATE__ = {}')).toBeUndefined();
  });
});
