import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../../src/read/html/dom.js';
import { indexPage } from '../../../../src/read/html/meta/page-index.js';
import {
  readCanonical as readCanonicalOfIndex,
  resolveHttpUrl,
} from '../../../../src/read/html/meta/read-canonical.js';

function readCanonical(
  document: ReturnType<typeof parseHtmlDocument>,
  base: string | null,
  fallbacks: readonly (string | null)[],
): string | null {
  return readCanonicalOfIndex(indexPage(document, base), base, fallbacks);
}

describe('readCanonical', () => {
  it('resolves a relative canonical link against the page URL', () => {
    const document = parseHtmlDocument(
      '<head><link rel="canonical" href="/world/grain-corridor?ref=rss"></head>',
    );
    expect(readCanonical(document, 'https://www.ledger.example/amp/x', [])).toBe(
      'https://www.ledger.example/world/grain-corridor?ref=rss',
    );
  });

  it('matches rel case-insensitively and among other rel words', () => {
    const document = parseHtmlDocument('<link rel="Canonical alternate" href="https://ledger.example/a">');
    expect(readCanonical(document, null, [])).toBe('https://ledger.example/a');
  });

  it('falls back to og:url when the link is missing or unusable', () => {
    const relative = parseHtmlDocument('<link rel="canonical" href="/only-relative">');
    expect(readCanonical(relative, null, ['https://ledger.example/og'])).toBe('https://ledger.example/og');
    const script = parseHtmlDocument('<link rel="canonical" href="javascript:alert(1)">');
    expect(readCanonical(script, 'https://ledger.example/', ['/og-path'])).toBe(
      'https://ledger.example/og-path',
    );
  });

  it('gives null when nothing is an http(s) address', () => {
    const document = parseHtmlDocument('<link rel="canonical" href="ftp://ledger.example/a">');
    expect(readCanonical(document, null, [null, 'mailto:desk@ledger.example', 'not a url'])).toBeNull();
  });
});

describe('resolveHttpUrl', () => {
  it('refuses other schemes, empty hosts and huge addresses', () => {
    expect(resolveHttpUrl('data:text/html,hi', null)).toBeNull();
    expect(resolveHttpUrl('https://', null)).toBeNull();
    expect(resolveHttpUrl(`https://ledger.example/${'a'.repeat(5000)}`, null)).toBeNull();
    expect(resolveHttpUrl('  https://LEDGER.example/a b ', null)).toBe('https://ledger.example/a%20b');
  });
});
