import { describe, expect, it } from 'vitest';
import { describeSchema, renderDocsPage } from '../../../src/serve/api/docs-page.js';

describe('describeSchema', () => {
  it('reads references, enumerations, unions, arrays and objects in one line', () => {
    expect(describeSchema({ $ref: '#/components/schemas/SearchHit' })).toBe('SearchHit');
    expect(describeSchema({ type: 'string', enum: ['jsonl', 'csv'] })).toBe('"jsonl" | "csv"');
    expect(describeSchema({ type: ['string', 'null'] })).toBe('string | null');
    expect(describeSchema({ type: 'array', items: { type: 'integer' } })).toBe('integer[]');
    expect(
      describeSchema({
        type: 'object',
        properties: { into: { type: 'integer' }, note: { type: 'string' } },
        required: ['into'],
      }),
    ).toBe('{ into: integer, note?: string }');
    expect(describeSchema({ allOf: [{ $ref: '#/components/schemas/A' }, { type: 'object' }] })).toBe(
      'A & object',
    );
    expect(describeSchema({ type: 'string', pattern: '^\\d+$' })).toBe('string (^\\d+$)');
  });
});

describe('renderDocsPage', () => {
  it('escapes everything it takes from the document', () => {
    const page = renderDocsPage({
      info: {
        title: '<script>alert(1)</script>',
        version: '1"',
        description: '<img src=x onerror=alert(1)>',
      },
      paths: {
        '/x/{id}': {
          get: {
            summary: '<b>bold</b>',
            parameters: [{ name: '"><svg onload=alert(1)>', in: 'query', description: '</td><script>' }],
            responses: { '200': { description: '<iframe>' } },
          },
        },
      },
    });
    expect(page).not.toMatch(/<script|<img|<svg|<iframe|<b>/);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; API');
    expect(page).toContain('<code>&quot;&gt;&lt;svg onload=alert(1)&gt;</code>');
  });
});
