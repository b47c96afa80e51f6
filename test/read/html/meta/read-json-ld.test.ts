import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../../src/read/html/dom.js';
import { indexPage } from '../../../../src/read/html/meta/page-index.js';
import {
  type JsonLdFacts,
  readJsonLd as readJsonLdOfIndex,
} from '../../../../src/read/html/meta/read-json-ld.js';

function readJsonLd(document: ReturnType<typeof parseHtmlDocument>): JsonLdFacts {
  return readJsonLdOfIndex(indexPage(document));
}

/** A page whose head holds the given JSON-LD scripts (illustrative markup, see README.md). */
function page(...scripts: string[]): ReturnType<typeof parseHtmlDocument> {
  const tags = scripts.map((script) => `<script type="application/ld+json">${script}</script>`).join('\n');
  return parseHtmlDocument(`<!doctype html><html><head>${tags}</head><body><p>Text.</p></body></html>`);
}

describe('readJsonLd', () => {
  it('reads a NewsArticle with Person authors and a publisher', () => {
    const facts = readJsonLd(
      page(
        JSON.stringify({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: 'Grain corridor reopens after two-week pause',
          description: 'Ships left port at dawn.',
          datePublished: '2024-03-12T10:00:00+02:00',
          dateModified: '2024-03-12T14:30:00+02:00',
          author: [
            { '@type': 'Person', name: 'Jane Doe', url: 'https://kyivledger.example/authors/jane-doe' },
            { '@type': 'Person', givenName: 'John', familyName: 'Roe' },
          ],
          publisher: { '@type': 'NewsMediaOrganization', name: 'Kyiv Ledger' },
          inLanguage: 'en-GB',
          mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://kyivledger.example/grain-corridor' },
        }),
      ),
    );
    expect(facts.headline).toBe('Grain corridor reopens after two-week pause');
    expect(facts.description).toBe('Ships left port at dawn.');
    expect(facts.published[0]).toBe('2024-03-12T10:00:00+02:00');
    expect(facts.modified[0]).toBe('2024-03-12T14:30:00+02:00');
    expect(facts.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(facts.publisher).toBe('Kyiv Ledger');
    expect(facts.language).toBe('en-GB');
    expect(facts.url).toBe('https://kyivledger.example/grain-corridor');
  });

  it('finds the article in a Yoast-style @graph and follows @id references', () => {
    const facts = readJsonLd(
      page(
        JSON.stringify({
          '@context': 'https://schema.org',
          '@graph': [
            {
              '@type': 'WebSite',
              '@id': 'https://ledger.example/#website',
              name: 'Kyiv Ledger',
              inLanguage: 'uk',
            },
            {
              '@type': 'WebPage',
              '@id': 'https://ledger.example/story/#webpage',
              name: 'Story title | Kyiv Ledger',
              datePublished: '2024-03-12T08:00:00+00:00',
            },
            {
              '@type': ['Article', 'NewsArticle'],
              '@id': 'https://ledger.example/story/#article',
              headline: 'Story title',
              author: { '@id': 'https://ledger.example/#/schema/person/1' },
              publisher: { '@id': 'https://ledger.example/#organization' },
            },
            { '@type': 'Person', '@id': 'https://ledger.example/#/schema/person/1', name: 'Jane Doe' },
            { '@type': 'Organization', '@id': 'https://ledger.example/#organization', name: 'Ledger Media' },
          ],
        }),
      ),
    );
    expect(facts.headline).toBe('Story title');
    expect(facts.authors).toEqual(['Jane Doe']);
    expect(facts.publisher).toBe('Ledger Media');
    expect(facts.siteName).toBe('Kyiv Ledger');
    // The WebPage's date fills what the article node leaves out.
    expect(facts.published).toContain('2024-03-12T08:00:00+00:00');
    expect(facts.language).toBe('uk');
  });

  it('prefers a news article over a WebPage and a BreadcrumbList in any order', () => {
    const facts = readJsonLd(
      page(
        JSON.stringify({ '@type': 'BreadcrumbList', name: 'Home > World' }),
        JSON.stringify([
          { '@type': 'WebPage', name: 'Page name' },
          { '@type': 'ReportageNewsArticle', headline: 'Reportage headline' },
        ]),
      ),
    );
    expect(facts.headline).toBe('Reportage headline');
  });

  it('finds the article nested in a WebPage mainEntity', () => {
    const facts = readJsonLd(
      page(
        JSON.stringify({
          '@type': 'WebPage',
          name: 'Live: updates',
          mainEntity: { '@type': 'LiveBlogPosting', headline: 'Live: grain corridor updates' },
        }),
      ),
    );
    expect(facts.headline).toBe('Live: grain corridor updates');
  });

  it('falls back to a WebPage when there is no article', () => {
    const facts = readJsonLd(page(JSON.stringify({ '@type': 'WebPage', name: 'About the project' })));
    expect(facts.headline).toBe('About the project');
  });

  it('keeps an Organization author whole and splits a Person name holding two people', () => {
    const organization = readJsonLd(
      page(
        JSON.stringify({
          '@type': 'NewsArticle',
          author: { '@type': 'Organization', name: 'Smith & Jones Wire' },
        }),
      ),
    );
    expect(organization.authors).toEqual(['Smith & Jones Wire']);
    const pair = readJsonLd(
      page(
        JSON.stringify({
          '@type': 'NewsArticle',
          author: { '@type': 'Person', name: 'Jane Doe and John Roe' },
        }),
      ),
    );
    expect(pair.authors).toEqual(['Jane Doe', 'John Roe']);
    const strings = readJsonLd(
      page(JSON.stringify({ '@type': 'NewsArticle', author: 'By Jane Doe, John Roe' })),
    );
    expect(strings.authors).toEqual(['Jane Doe', 'John Roe']);
  });

  it('reads a Person whose name lists several people', () => {
    const facts = readJsonLd(
      page(
        JSON.stringify({
          '@type': 'NewsArticle',
          author: { '@type': 'Person', name: ['Jane Doe', 'John Roe'] },
        }),
      ),
    );
    expect(facts.authors).toEqual(['Jane Doe', 'John Roe']);
  });

  it('decodes HTML entities that CMSs leave in JSON-LD strings', () => {
    const facts = readJsonLd(
      page(
        JSON.stringify({ '@type': 'NewsArticle', headline: 'Ports &amp; rails: &#8220;open&#8221; again' }),
      ),
    );
    expect(facts.headline).toBe('Ports & rails: \u201copen\u201d again');
  });

  it('reads a Language node as inLanguage', () => {
    const facts = readJsonLd(
      page(
        JSON.stringify({
          '@type': 'NewsArticle',
          inLanguage: { '@type': 'Language', name: 'Ukrainian', alternateName: 'uk' },
        }),
      ),
    );
    expect(facts.language).toBe('uk');
  });

  it('tolerates broken JSON: repairs what it can and salvages the plain fields of the rest', () => {
    const repaired = readJsonLd(page('{"@type":"NewsArticle","headline":"Trailing comma",}'));
    expect(repaired.headline).toBe('Trailing comma');
    const salvaged = readJsonLd(
      page(
        '{"@type":"NewsArticle","headline":"Minister says "no" to tariffs","datePublished":"2024-03-12", "author": {',
      ),
    );
    expect(salvaged.headline).toBe('Minister says "no" to tariffs');
    expect(salvaged.published[0]).toBe('2024-03-12');
    const hopeless = readJsonLd(page('{{{{', 'null', '"a string"', '42', '[[[[]]]]'));
    expect(hopeless.headline).toBeNull();
    expect(hopeless.authors).toEqual([]);
  });

  it('reads nothing from other script types and from pages without JSON-LD', () => {
    const document = parseHtmlDocument(
      '<script type="application/json">{"@type":"NewsArticle","headline":"Not JSON-LD"}</script>',
    );
    expect(readJsonLd(document).headline).toBeNull();
  });

  it('stays bounded on deeply nested and self-referencing graphs', () => {
    const depth = 100_000;
    const nested =
      '{"@type":"WebPage","mainEntity":'.repeat(depth) +
      '{"@type":"NewsArticle","headline":"Deep"}' +
      '}'.repeat(depth);
    expect(() => readJsonLd(page(nested))).not.toThrow();
    const loop = readJsonLd(
      page(
        JSON.stringify({ '@type': 'NewsArticle', '@id': '#a', headline: 'Loop', author: { '@id': '#a' } }),
      ),
    );
    expect(loop.headline).toBe('Loop');
  });
});
