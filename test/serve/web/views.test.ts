import { describe, expect, it } from 'vitest';
import type { PersonDetail } from '../../../src/store/index.js';
import { parseSearchForm } from '../../../src/serve/web/search-form.js';
import { monthRange, timelineChart } from '../../../src/serve/web/views/timeline-chart.js';
import { roleHistory } from '../../../src/serve/web/views/role-history.js';
import { localReturnPath } from '../../../src/serve/web/write-access.js';

describe('parseSearchForm', () => {
  it('turns the form into a store query, leaving out what is empty', () => {
    const parsed = parseSearchForm(
      new URLSearchParams('q=levy&person=7&type=direct&said_from=2025-01-01&outlet=&cursor=abc'),
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.query).toEqual({
      q: 'levy',
      personId: 7,
      type: 'direct',
      saidFrom: '2025-01-01',
      cursor: 'abc',
      limit: 20,
    });
    expect(parsed.values).toEqual({
      q: 'levy',
      person: '7',
      type: 'direct',
      said_from: '2025-01-01',
      cursor: 'abc',
    });
  });

  it('reports each bad field and keeps it out of the query', () => {
    const parsed = parseSearchForm(new URLSearchParams('person=-3&language=<b>&published_to=2025-13'));
    expect(parsed.errors.map((error) => error.field)).toEqual(['person', 'published_to', 'language']);
    expect(parsed.query).toEqual({ limit: 20 });
  });
});

describe('the timeline chart', () => {
  it('spans every month from the first to the last, across years', () => {
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });

  it('stacks outlets per month, a bar per month with statements, and says when nothing is dated', () => {
    const chart = timelineChart([
      { month: '2025-01', outlet: 'A', count: 2 },
      { month: '2025-01', outlet: 'B', count: 1 },
      { month: '2025-03', outlet: 'A', count: 4 },
      { month: 'undated', outlet: 'A', count: 9 },
    ]).value;
    expect(chart.match(/<rect\s+class="bar/g)).toHaveLength(3);
    expect(chart).toContain('aria-label="7 dated statements from 2025-01 to 2025-03, by month and outlet"');
    expect(chart).toContain('<title>2025-03: 4 in A</title>');
    expect(timelineChart([]).value).toContain('No dated statements');
  });
});

describe('roleHistory', () => {
  it('makes one line of a role named in many articles, dated by their publication', () => {
    const role = (text: string, articleId: number) => ({
      text,
      start: 0,
      end: text.length,
      time: 'current' as const,
      at: null,
      article: { id: articleId, file: null, url: null },
    });
    const report = (articleId: number, published: string) => ({ article: { id: articleId, published } });
    const person = {
      roles: [role('Finance Minister', 2), role('finance minister', 1), role('Senator', 3)],
      statements: [{ reports: [report(1, '2025-01-05'), report(2, '2025-03-01'), report(3, '2025-02-01')] }],
    } as unknown as PersonDetail;
    expect(roleHistory(person)).toEqual([
      { text: 'Finance Minister', time: 'current', from: '2025-01-05', to: '2025-03-01', articleIds: [1, 2] },
      { text: 'Senator', time: 'current', from: '2025-02-01', to: '2025-02-01', articleIds: [3] },
    ]);
  });
});

describe('localReturnPath', () => {
  it('goes back only to a path on this site', () => {
    expect(localReturnPath('/articles/3#about-a1', '/')).toBe('/articles/3#about-a1');
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '/x\r\nSet-Cookie: a=b',
      7,
    ])
      expect(localReturnPath(bad, '/')).toBe('/');
  });
});
