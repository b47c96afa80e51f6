import { describe, expect, it } from 'vitest';
import { isoDateWithOffset } from '../../../src/acquire/feed/item-date.js';
import { parseFeed } from '../../../src/acquire/feed/parse-feed.js';

describe('isoDateWithOffset', () => {
  it('rewrites RFC 822 dates (RSS pubDate) with their offset', () => {
    expect(isoDateWithOffset('Tue, 09 Jun 2026 08:30:00 +0200')).toBe('2026-06-09T08:30:00+02:00');
    expect(isoDateWithOffset('Tue, 9 Jun 2026 08:30:00 GMT')).toBe('2026-06-09T08:30:00Z');
    expect(isoDateWithOffset('9 June 2026 8:30 EDT')).toBe('2026-06-09T08:30:00-04:00');
    expect(isoDateWithOffset('Wed, 02 Oct 02 13:00:00 -0330')).toBe('2002-10-02T13:00:00-03:30');
    expect(isoDateWithOffset('Tue, 09 Jun 2026 08:30:00')).toBe('2026-06-09T08:30:00');
  });

  it('keeps ISO 8601 dates (Atom, dc:date) as written, a date alone as a date', () => {
    expect(isoDateWithOffset('2026-06-10T09:00:00+03:00')).toBe('2026-06-10T09:00:00+03:00');
    expect(isoDateWithOffset('2026-06-10T09:00:00.250Z')).toBe('2026-06-10T09:00:00Z');
    expect(isoDateWithOffset('2026-06-10t09:00+0530')).toBe('2026-06-10T09:00:00+05:30');
    expect(isoDateWithOffset('2026-06-10')).toBe('2026-06-10');
  });

  it('refuses impossible dates, unknown zones and other text', () => {
    for (const text of [
      '2026-02-30',
      '2026-13-01T00:00:00Z',
      'Tue, 09 Foo 2026 08:30:00 GMT',
      'Tue, 09 Jun 2026 25:30:00 GMT',
      'Tue, 09 Jun 2026 08:30:00 XYZ',
      'yesterday',
      '3 days ago',
      '',
    ])
      expect(isoDateWithOffset(text), text).toBeNull();
  });
});

describe('a feed item date the parser reads but ISO 8601 cannot write in four digits', () => {
  it('is null, not `+012026-...` (found by fuzzing)', () => {
    const feed = parseFeed(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Illustrative</title>
<item><title>Far future</title><link>https://example.com/a</link><pubDate>Tue, 09 Jun 12026 08:30:00 +0200</pubDate></item>
</channel></rss>`,
      'https://example.com/feed.xml',
    );
    expect(feed.items[0]?.published).toBeNull();
  });
});
