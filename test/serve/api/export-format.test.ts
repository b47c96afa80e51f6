import { describe, expect, it } from 'vitest';
import { csvField, csvHeader, jsonLine } from '../../../src/serve/api/export-format.js';
import type { SearchHit } from '../../../src/store/index.js';

describe('csvField', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('plain words')).toBe('plain words');
    expect(csvField('one, two')).toBe('"one, two"');
    expect(csvField('she said "no"')).toBe('"she said ""no"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(null)).toBe('');
    expect(csvField(42)).toBe('42');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil.example","x")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""x"")"`,
    );
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('a = b')).toBe('a = b');
  });
});

describe('export lines', () => {
  const hit: SearchHit = {
    attributionId: 1,
    localId: 'a1',
    statementId: null,
    article: {
      id: 2,
      title: '</script><script>alert(1)</script>',
      outlet: null,
      published: null,
      url: null,
      file: null,
      language: 'en',
    },
    person: null,
    source: 'a spokesman',
    type: 'direct',
    content: 'x',
    saidAt: null,
    reports: 1,
    score: 0,
  };

  it('writes one JSON object a line, with < escaped', () => {
    const line = jsonLine(hit);
    expect(line.endsWith('\n')).toBe(true);
    expect(line).not.toContain('<');
    expect(JSON.parse(line)).toEqual(hit);
  });

  it('names every column in the header', () => {
    expect(csvHeader()).toBe(
      'attribution_id,statement_id,speaker_id,speaker,source,type,content,said_at,reports,article_id,title,outlet,published,language,url\r\n',
    );
  });
});
