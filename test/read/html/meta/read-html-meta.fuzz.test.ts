import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../../src/read/html/dom.js';
import { detectLanguage } from '../../../../src/read/html/meta/detect-language.js';
import { type HtmlMeta, readHtmlMeta } from '../../../../src/read/html/meta/index.js';
import { normalizeDate } from '../../../../src/read/html/meta/normalize-date.js';
import { indexPage } from '../../../../src/read/html/meta/page-index.js';
import { readBylines } from '../../../../src/read/html/meta/read-bylines.js';
import { readLogoNames } from '../../../../src/read/html/meta/read-logo-names.js';
import { readScriptData } from '../../../../src/read/html/meta/read-script-data.js';
import { readCanonical } from '../../../../src/read/html/meta/read-canonical.js';
import { readJsonLd } from '../../../../src/read/html/meta/read-json-ld.js';
import { readMetaTags } from '../../../../src/read/html/meta/read-meta-tags.js';
import { readMicrodata } from '../../../../src/read/html/meta/read-microdata.js';
import { readNamedMeta } from '../../../../src/read/html/meta/read-named-meta.js';
import { readOpenGraph } from '../../../../src/read/html/meta/read-open-graph.js';
import { readTimeElements } from '../../../../src/read/html/meta/read-time-elements.js';
import { splitAuthors } from '../../../../src/read/html/meta/split-authors.js';

// Property tests: whatever the page, readHtmlMeta returns well-formed values and never throws.

const DATE_FORM = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})?)?$/;

function expectWellFormed(meta: HtmlMeta): void {
  for (const field of [
    'title',
    'subtitle',
    'outlet',
    'language',
    'canonical',
    'published',
    'modified',
  ] as const) {
    const value = meta[field];
    expect(value === null || (typeof value === 'string' && value.trim() === value && value !== '')).toBe(
      true,
    );
  }
  expect(meta.title === null || meta.title.length <= 500).toBe(true);
  expect(meta.subtitle === null || meta.subtitle.length <= 1000).toBe(true);
  expect(meta.published === null || DATE_FORM.test(meta.published)).toBe(true);
  expect(meta.modified === null || DATE_FORM.test(meta.modified)).toBe(true);
  expect(meta.language === null || /^[a-z]{2,3}$/.test(meta.language)).toBe(true);
  expect(meta.canonical === null || /^https?:\/\//.test(meta.canonical)).toBe(true);
  expect(Array.isArray(meta.authors)).toBe(true);
  for (const author of meta.authors) {
    expect(typeof author).toBe('string');
    expect(author.length).toBeGreaterThan(0);
    expect(author.length).toBeLessThanOrEqual(200);
  }
}

function read(html: string, url?: string): HtmlMeta {
  return readHtmlMeta(parseHtmlDocument(html), url === undefined ? {} : { url });
}

/** An illustrative page with every source, mutated below. */
const PAGE = `<!doctype html><html lang="uk-UA"><head>
<title>Уряд ухвалив програму | Приклад Новини</title>
<meta property="og:site_name" content="Приклад Новини">
<meta property="og:title" content="Уряд ухвалив програму">
<meta property="article:published_time" content="2024-03-12T10:00:00+02:00">
<meta name="author" content="Олена Приклад">
<link rel="canonical" href="/news/programa">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","@id":"#a",
"headline":"Уряд ухвалив програму","author":{"@id":"#p"},"datePublished":"2024-03-12T10:00:00+02:00",
"publisher":{"@type":"Organization","name":"Приклад Новини"}},{"@type":"Person","@id":"#p","name":"Олена Приклад"}]}</script>
</head><body><article><h1>Уряд ухвалив програму</h1>
<div class="byline">Автор: <a rel="author" href="/a/1">Олена Приклад</a> і <a rel="author" href="/a/2">Петро Зразок</a></div>
<time datetime="2024-03-12T10:00:00+02:00">12 березня 2024, 10:00</time>
<span class="updated">Оновлено 13 березня 2024</span><p>Текст.</p></article></body></html>`;

/** Pieces that steer a mutation into the parts of the reader that parse things. */
const TRICKY = [
  '<script type="application/ld+json">',
  '</script>',
  '{',
  '}',
  '[',
  '"@graph":[',
  '"@id":"#p"',
  '"author":',
  '<!--',
  '-->',
  '<![CDATA[',
  '<time datetime="',
  '<meta property="og:title" content="',
  '<link rel="canonical" href="',
  '&#',
  '&#x110000;',
  '"',
  "'",
  '>',
  '<',
  '|',
  ' - ',
  'By ',
  ' and ',
  '\u0000',
  '\ud800',
  '2024-02-30T25:61:00+99:99',
  '12 березня',
  'javascript:',
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 20 })),
  }),
);

interface Mutation {
  readonly kind: 'cut' | 'delete' | 'insert';
  readonly at: number;
  readonly length?: number;
  readonly text?: string;
}

function mutate(page: string, mutations: readonly Mutation[]): string {
  let text = page;
  for (const change of mutations) {
    const at = change.at % (text.length + 1);
    if (change.kind === 'cut') text = text.slice(0, at);
    else if (change.kind === 'delete') text = text.slice(0, at) + text.slice(at + (change.length ?? 0));
    else text = text.slice(0, at) + (change.text ?? '') + text.slice(at);
  }
  return text;
}

/**
 * readHtmlMeta catches a reader's exception and treats the source as silent; these call the readers
 * themselves, so that a reader that throws is found here rather than hidden there.
 */
function readEachSource(html: string): void {
  const page = indexPage(parseHtmlDocument(html), 'https://pryklad.example/x');
  const tags = readMetaTags(page.metas);
  readOpenGraph(tags);
  readNamedMeta(tags);
  readJsonLd(page);
  readMicrodata(page);
  readTimeElements(page);
  readBylines(page);
  readScriptData(page);
  readLogoNames(page);
  readCanonical(page, 'https://pryklad.example/x', ['/og']);
}

describe('readHtmlMeta never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.option(fc.webUrl(), { nil: undefined }),
        (html, url) => {
          expectWellFormed(read(html, url));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on mutated and truncated pages', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
        const html = mutate(PAGE, mutations);
        expect(() => {
          readEachSource(html);
        }).not.toThrow();
        expectWellFormed(read(html, 'https://pryklad.example/x'));
      }),
      { numRuns: 400 },
    );
  });

  it('on arbitrary JSON-LD', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const script = `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
        expectWellFormed(read(script));
        expectWellFormed(
          read(
            `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', author: value, headline: value, datePublished: value, publisher: value, inLanguage: value, '@graph': [value] })}</script>`,
          ),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('on random meta tag values', () => {
    const keys = [
      'og:title',
      'og:site_name',
      'og:url',
      'og:locale',
      'article:published_time',
      'author',
      'date',
      'parsely-author',
      'content-language',
      'description',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...keys), fc.string({ maxLength: 80 })), { maxLength: 10 }),
        (tags) => {
          const html = tags
            .map(
              ([key, value]) =>
                `<meta property="${key}" name="${key}" content="${value.replace(/"/g, '&quot;')}">`,
            )
            .join('');
          expectWellFormed(read(html, 'https://ledger.example/a'));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the readers stay fast on hostile pages', () => {
  it('reads a page with huge attributes, scripts and titles in bounded time', () => {
    const huge = 'x'.repeat(1_000_000);
    const html = `<html lang="${huge}"><head><title>${'word | '.repeat(50_000)}</title>
      <meta property="og:title" content="${huge}"><meta name="author" content="${'Jane Doe and '.repeat(20_000)}">
      <link rel="canonical" href="https://ledger.example/${huge}">
      <script type="application/ld+json">${'['.repeat(200_000)}</script>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"${huge}","author":"${'a@b '.repeat(50_000)}"}</script>
      </head><body>${'<div class="byline"><time>'.repeat(2000)}</body></html>`;
    const started = performance.now();
    expect(() => {
      readEachSource(html);
    }).not.toThrow();
    const result = read(html, 'https://ledger.example/a');
    expect(performance.now() - started).toBeLessThan(10_000);
    expectWellFormed(result);
  });
});

describe('the value readers never throw', () => {
  it('normalizeDate returns null or a well-formed date', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
        ),
        (value) => {
          const date = normalizeDate(value);
          expect(date === null || DATE_FORM.test(date)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('normalizeDate keeps a valid ISO timestamp it is given', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2100-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const iso = date.toISOString();
          expect(normalizeDate(iso)).toBe(iso);
          const withoutFraction = iso.replace(/\.\d{3}Z$/, 'Z');
          expect(normalizeDate(withoutFraction)).toBe(withoutFraction);
        },
      ),
    );
  });

  it('splitAuthors returns short, trimmed, distinct names', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (value) => {
        const names = splitAuthors(value);
        expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
        for (const name of names) {
          expect(name.length).toBeLessThanOrEqual(200);
          expect(name).toBe(name.trim());
          expect(/^(?:by|von|par)\s/i.test(name)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('detectLanguage returns null or a two-letter tag', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const language = detectLanguage(text);
        expect(language === null || /^[a-z]{2}$/.test(language)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
