import { describe, expect, it } from 'vitest';
import { stripSiteName } from '../../../../src/read/html/meta/strip-site-name.js';

const ledger = { names: ['Kyiv Ledger'], host: 'www.kyivledger.example' };

describe('stripSiteName', () => {
  it('cuts the site name after the usual separators', () => {
    expect(stripSiteName('Grain corridor reopens | Kyiv Ledger', ledger)).toBe('Grain corridor reopens');
    expect(stripSiteName('Grain corridor reopens - Kyiv Ledger', ledger)).toBe('Grain corridor reopens');
    expect(stripSiteName('Grain corridor reopens – Kyiv Ledger', ledger)).toBe('Grain corridor reopens');
    expect(stripSiteName('Grain corridor reopens — Kyiv Ledger', ledger)).toBe('Grain corridor reopens');
    expect(stripSiteName('Grain corridor reopens · Kyiv Ledger', ledger)).toBe('Grain corridor reopens');
    expect(stripSiteName('Grain corridor reopens :: Kyiv Ledger', ledger)).toBe('Grain corridor reopens');
    expect(stripSiteName('Grain corridor reopens|Kyiv Ledger', ledger)).toBe('Grain corridor reopens');
  });

  it('cuts the site name before the headline', () => {
    expect(stripSiteName('Kyiv Ledger: Grain corridor reopens', ledger)).toBe('Grain corridor reopens');
    expect(stripSiteName('Kyiv Ledger | Grain corridor reopens', ledger)).toBe('Grain corridor reopens');
  });

  it('recognises the site by its domain when the page gives no name', () => {
    const site = { names: [], host: 'www.kyivledger.example' };
    expect(stripSiteName('Grain corridor reopens | KyivLedger.example', site)).toBe('Grain corridor reopens');
    expect(stripSiteName('Grain corridor reopens - Kyiv Ledger', site)).toBe('Grain corridor reopens');
    const broadcaster = { names: [], host: 'www.bbc.co.uk' };
    expect(stripSiteName('Grain corridor reopens - BBC News', broadcaster)).toBe('Grain corridor reopens');
  });

  it('recognises "The" and "News" variants of the name', () => {
    expect(stripSiteName('Grain corridor reopens | The Kyiv Ledger', ledger)).toBe('Grain corridor reopens');
    expect(stripSiteName('Grain corridor reopens | Kyiv Ledger News', ledger)).toBe('Grain corridor reopens');
  });

  it('keeps a section that stands between the headline and the site', () => {
    expect(stripSiteName('Grain corridor reopens | Business | Kyiv Ledger', ledger)).toBe(
      'Grain corridor reopens | Business',
    );
  });

  it("uses another source's headline to find the headline in the title", () => {
    const unknown = { names: [], host: null };
    expect(
      stripSiteName('Grain corridor reopens | Business | Ledger of Kyiv', unknown, [
        'Grain corridor reopens',
      ]),
    ).toBe('Grain corridor reopens');
    expect(
      stripSiteName('Ledger of Kyiv - Grain corridor reopens', unknown, ['Grain corridor reopens']),
    ).toBe('Grain corridor reopens');
  });

  it("leaves a headline's own dashes and colons alone", () => {
    expect(stripSiteName('Kyiv - the view from the ground', ledger)).toBe('Kyiv - the view from the ground');
    expect(stripSiteName('Ukraine: talks resume in Geneva', ledger)).toBe('Ukraine: talks resume in Geneva');
    expect(stripSiteName('Exports rise - and so do prices - Kyiv Ledger', ledger)).toBe(
      'Exports rise - and so do prices',
    );
    expect(stripSiteName('Well-known author visits Kyiv', ledger)).toBe('Well-known author visits Kyiv');
  });

  it('does not cut a topic that only resembles the domain at the start', () => {
    const site = { names: [], host: 'ukrainenews.example' };
    expect(stripSiteName('Ukraine: talks resume', site)).toBe('Ukraine: talks resume');
  });

  it('cuts nothing without a site name or an agreeing headline', () => {
    expect(stripSiteName('Grain corridor reopens | Other Paper', { names: [], host: null })).toBe(
      'Grain corridor reopens | Other Paper',
    );
    expect(stripSiteName('Kyiv Ledger', ledger)).toBe('Kyiv Ledger');
  });

  it('handles Cyrillic titles and site names', () => {
    const site = { names: ['Приклад Новини'], host: 'pryklad.example' };
    expect(stripSiteName('Уряд ухвалив нову програму | Приклад Новини', site)).toBe(
      'Уряд ухвалив нову програму',
    );
    expect(stripSiteName('Приклад Новини: Уряд ухвалив нову програму', site)).toBe(
      'Уряд ухвалив нову програму',
    );
  });
});
