import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../../src/read/html/dom.js';
import { type HtmlMeta, readHtmlMeta } from '../../../../src/read/html/meta/index.js';

// Every page below is illustrative markup written for these tests (see README.md).

function meta(html: string, url?: string): HtmlMeta {
  return readHtmlMeta(parseHtmlDocument(html), url === undefined ? {} : { url });
}

describe('readHtmlMeta: a page with every source', () => {
  const html = `<!doctype html>
<html lang="en-GB">
<head>
  <title>Grain corridor reopens after two-week pause | Kyiv Ledger</title>
  <meta property="og:site_name" content="Kyiv Ledger">
  <meta property="og:title" content="Grain corridor reopens after two-week pause">
  <meta property="og:description" content="Ships left Odesa at dawn as insurers returned to the route.">
  <meta property="og:url" content="https://kyivledger.example/business/grain-corridor-reopens">
  <meta property="article:published_time" content="2024-03-12T10:00:00+02:00">
  <meta property="article:modified_time" content="2024-03-12T14:30:00+02:00">
  <meta name="author" content="Jane Doe">
  <link rel="canonical" href="/business/grain-corridor-reopens">
  <script type="application/ld+json">
  {"@context":"https://schema.org","@type":"NewsArticle",
   "headline":"Grain corridor reopens after two-week pause",
   "datePublished":"2024-03-12T10:00:00+02:00","dateModified":"2024-03-12T14:30:00+02:00",
   "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
   "publisher":{"@type":"NewsMediaOrganization","name":"Kyiv Ledger"}}
  </script>
</head>
<body>
  <header><nav><a href="/">Kyiv Ledger</a></nav></header>
  <article>
    <h1>Grain corridor reopens after two-week pause</h1>
    <div class="byline">By <a rel="author" href="/authors/jane-doe">Jane Doe</a> and
      <a rel="author" href="/authors/john-roe">John Roe</a></div>
    <time datetime="2024-03-12T10:00:00+02:00">12 March 2024</time>
    <p>Ships left Odesa at dawn.</p>
  </article>
  <section class="comments"><div class="comment"><span class="author">Commenter Name</span>
    <time datetime="2024-03-15T09:00:00Z">15 March</time></div></section>
</body>
</html>`;

  it('reads each field', () => {
    expect(meta(html, 'https://kyivledger.example/amp/grain')).toEqual({
      title: 'Grain corridor reopens after two-week pause',
      subtitle: 'Ships left Odesa at dawn as insurers returned to the route.',
      published: '2024-03-12T10:00:00+02:00',
      modified: '2024-03-12T14:30:00+02:00',
      authors: ['Jane Doe', 'John Roe'],
      outlet: 'Kyiv Ledger',
      language: 'en',
      canonical: 'https://kyivledger.example/business/grain-corridor-reopens',
    });
  });
});

describe('readHtmlMeta: each source alone', () => {
  it('reads OpenGraph', () => {
    const result = meta(`<html><head>
      <meta property="og:title" content="Port traffic doubles">
      <meta property="og:site_name" content="Harbour Daily">
      <meta property="og:url" content="https://harbourdaily.example/port-traffic">
      <meta property="og:locale" content="uk_UA">
      <meta property="article:published_time" content="2024-05-01T07:45:00Z">
      <meta property="article:modified_time" content="2024-05-01T09:00:00Z">
      <meta property="article:author" content="https://social.example/profiles/anna.example">
      <meta property="article:author" content="Anna Example">
    </head><body></body></html>`);
    expect(result.title).toBe('Port traffic doubles');
    expect(result.outlet).toBe('Harbour Daily');
    expect(result.canonical).toBe('https://harbourdaily.example/port-traffic');
    expect(result.language).toBe('uk');
    expect(result.published).toBe('2024-05-01T07:45:00Z');
    expect(result.modified).toBe('2024-05-01T09:00:00Z');
    expect(result.authors).toEqual(['Anna Example']);
  });

  it('reads Parse.ly tags, with the outlet from the domain', () => {
    const result = meta(
      `<head><title>Rail freight record - Freight Courier</title>
      <meta name="parsely-title" content="Rail freight sets a record">
      <meta name="parsely-pub-date" content="2024-04-02T06:00:00-04:00">
      <meta name="parsely-author" content="Max Sample">
      <meta name="parsely-author" content="Lucía Ejemplo"></head>`,
      'https://www.freightcourier.example/rail/record',
    );
    expect(result.title).toBe('Rail freight sets a record');
    expect(result.published).toBe('2024-04-02T06:00:00-04:00');
    expect(result.authors).toEqual(['Max Sample', 'Lucía Ejemplo']);
    expect(result.outlet).toBe('freightcourier.example');
    expect(result.canonical).toBeNull();
  });

  it('reads Sailthru and Dublin Core tags, whatever their letter case', () => {
    const result = meta(`<head>
      <meta name="sailthru.title" content="Bridge repairs finish early">
      <meta name="sailthru.date" content="2024-06-10 08:15:00 +0300">
      <meta name="DC.creator" content="Petro Zrazok">
      <meta name="DC.date.modified" content="2024-06-11">
      <meta name="DC.language" content="uk"></head>`);
    expect(result.title).toBe('Bridge repairs finish early');
    expect(result.published).toBe('2024-06-10T08:15:00+03:00');
    expect(result.modified).toBe('2024-06-11');
    expect(result.authors).toEqual(['Petro Zrazok']);
    expect(result.language).toBe('uk');
  });

  it('reads plain date, pubdate and description tags', () => {
    expect(meta('<meta name="pubdate" content="20240312">').published).toBe('2024-03-12');
    expect(meta('<meta name="date" content="2024-03-12">').published).toBe('2024-03-12');
    expect(meta('<meta name="description" content="A short standfirst.">').subtitle).toBe(
      'A short standfirst.',
    );
  });

  it('reads microdata on visible elements and meta tags', () => {
    const result = meta(`<body><article itemscope itemtype="https://schema.org/NewsArticle">
      <h1 itemprop="headline">Ferry service resumes</h1>
      <meta itemprop="datePublished" content="2024-07-04T12:00:00+01:00">
      <span itemprop="dateModified" content="2024-07-05T08:00:00+01:00">5 July</span>
      <span itemprop="author" itemscope itemtype="https://schema.org/Person">
        By <span itemprop="name">Anna Example</span></span>
    </article></body>`);
    expect(result.title).toBe('Ferry service resumes');
    expect(result.published).toBe('2024-07-04T12:00:00+01:00');
    expect(result.modified).toBe('2024-07-05T08:00:00+01:00');
    expect(result.authors).toEqual(['Anna Example']);
  });
});

describe('readHtmlMeta: <time> elements', () => {
  it('tells published from updated by class and by the words before', () => {
    const byClass = meta(`<article><h1>Story</h1>
      <time class="updated" datetime="2024-03-13T09:00:00+02:00">13 March</time>
      <time class="published" datetime="2024-03-12T10:00:00+02:00">12 March</time></article>`);
    expect(byClass.published).toBe('2024-03-12T10:00:00+02:00');
    expect(byClass.modified).toBe('2024-03-13T09:00:00+02:00');
    const byWords = meta(`<article><p>Posted <time datetime="2024-03-12">12 March</time>.
      Updated: <time datetime="2024-03-14T16:20:00Z">14 March</time></p></article>`);
    expect(byWords.published).toBe('2024-03-12');
    expect(byWords.modified).toBe('2024-03-14T16:20:00Z');
  });

  it("takes the first unmarked time of the article as published, and not a comment's", () => {
    const result = meta(`<div class="comments"><time datetime="2024-01-01T00:00:00Z">1 Jan</time></div>
      <article><time datetime="2024-03-12T10:00:00+02:00">12 March 2024</time>
      <time datetime="2024-02-01">related</time></article>`);
    expect(result.published).toBe('2024-03-12T10:00:00+02:00');
    expect(result.modified).toBeNull();
  });

  it('reads the text of a time element without datetime, and gives null for a relative time', () => {
    expect(meta('<article><time>12 березня 2024, 10:00</time></article>').published).toBe(
      '2024-03-12T10:00:00',
    );
    expect(meta('<article><time>3 days ago</time></article>').published).toBeNull();
    expect(meta('<article><span class="date">vor 2 Stunden</span></article>').published).toBeNull();
    expect(meta('<article><span class="date">Published 12. März 2024</span></article>').published).toBe(
      '2024-03-12',
    );
  });
});

describe('readHtmlMeta: bylines', () => {
  it('reads a byline element and splits it', () => {
    expect(
      meta('<article><div class="byline">By Jane Doe and John Roe | 12 March 2024</div></article>').authors,
    ).toEqual(['Jane Doe', 'John Roe']);
  });

  it('reads author links as names, without the text around them', () => {
    const result = meta(`<article><p class="meta">By <a rel="author" href="/a/1">Jane Doe</a>,
      <a rel="author" href="/a/2">John Roe</a> and <a rel="author" href="/a/3">Max Sample</a>, 12 March 2024</p></article>`);
    expect(result.authors).toEqual(['Jane Doe', 'John Roe', 'Max Sample']);
  });

  it('reads a "By" line when no element is marked as a byline', () => {
    const result = meta(
      '<article><h1>Story</h1><p>By Jane Doe &amp; John Roe</p><p>By the river, the story began.</p></article>',
    );
    expect(result.authors).toEqual(['Jane Doe', 'John Roe']);
  });

  it('keeps the lines of a byline apart', () => {
    expect(meta('<article><p class="byline">By JANE DOE<br />Staff Writer</p></article>').authors).toEqual([
      'Jane Doe',
    ]);
  });

  it('finds a byline written as a field of a date line', () => {
    expect(
      meta('<article><div class="info">12.09.2025 | Автор: Богдан Зразок</div><p>Текст.</p></article>')
        .authors,
    ).toEqual(['Богдан Зразок']);
  });

  it('keeps the outlet credited by JSON-LD over "Von der Redaktion"', () => {
    const result = meta(`<head><meta property="og:site_name" content="Alpen Beispiel">
      <script type="application/ld+json">{"@type":"LiveBlogPosting","author":{"@type":"Organization","name":"Alpen Beispiel"}}</script>
      </head><body><article><p class="ticker-autor">Von der Redaktion · aktualisiert vor 5 Minuten</p></article></body>`);
    expect(result.authors).toEqual(['Alpen Beispiel']);
  });

  it('ignores commenters and the bylines of related stories', () => {
    const result = meta(`<article><h1>Story</h1><p>Body.</p></article>
      <aside><div class="byline">By Other Writer</div></aside>
      <div id="comments"><span class="author">Commenter Name</span></div>`);
    expect(result.authors).toEqual([]);
  });

  it('prefers people named by a later source over an outlet credited by the CMS', () => {
    const result = meta(`<head><meta property="og:site_name" content="Kyiv Ledger">
      <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Kyiv Ledger"}}</script>
      </head><body><article><div class="byline">By Jane Doe</div></article></body>`);
    expect(result.authors).toEqual(['Jane Doe']);
  });

  it('keeps an organisation when it is the author', () => {
    const result = meta(`<head><meta property="og:site_name" content="Kyiv Ledger">
      <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Kyiv Ledger"}}</script></head>`);
    expect(result.authors).toEqual(['Kyiv Ledger']);
    const wire = meta(
      `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Organization","name":"Wire Agency"}]}</script>`,
    );
    expect(wire.authors).toEqual(['Wire Agency']);
  });
});

describe('readHtmlMeta: title', () => {
  it('cuts the site name from <title> when nothing better is given', () => {
    expect(
      meta(
        '<head><title>Harbour reopens | Harbour Daily</title><meta property="og:site_name" content="Harbour Daily"></head>',
      ).title,
    ).toBe('Harbour reopens');
    expect(
      meta(
        '<head><title>Harbour Daily: Harbour reopens</title><meta name="application-name" content="Harbour Daily"></head>',
      ).title,
    ).toBe('Harbour reopens');
    expect(
      meta('<title>Harbour reopens - Harbour Daily</title>', 'https://www.harbourdaily.example/x').title,
    ).toBe('Harbour reopens');
  });

  it('uses the h1 to find the headline in a title with an unknown suffix', () => {
    expect(
      meta('<title>Harbour reopens – Port &amp; Sea Weekly</title><body><h1>Harbour reopens</h1></body>')
        .title,
    ).toBe('Harbour reopens');
  });

  it('recognises the site name from the masthead when the page declares none', () => {
    const html = `<head><title>ВЕЧІРНІЙ ПРИКЛАД - У місті закриють трамвай</title></head>
      <body><table><tr><td class="head"><a href="/"><b>Вечірній Приклад</b></a> — міська газета</td></tr></table></body>`;
    expect(meta(html, 'http://www.vechirnij.example/news/1.html').title).toBe('У місті закриють трамвай');
  });

  it('does not cut a headline at its own dash', () => {
    expect(meta('<title>Kyiv - the view from the ground</title>').title).toBe(
      'Kyiv - the view from the ground',
    );
  });

  it('prefers the headline that sources agree on', () => {
    const result = meta(`<head>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"SEO headline for search"}</script>
      <meta property="og:title" content="Harbour reopens after storm">
      </head><body><article><h1>Harbour reopens after storm</h1></article></body>`);
    expect(result.title).toBe('Harbour reopens after storm');
  });

  it('skips a title that is only the site name, and a shortened copy of a longer one', () => {
    const result = meta(`<head><meta property="og:site_name" content="Harbour Daily">
      <meta property="og:title" content="Harbour Daily">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour reopens after the longest…"}</script>
      <title>Harbour reopens after the longest storm of the decade | Harbour Daily</title></head>`);
    expect(result.title).toBe('Harbour reopens after the longest storm of the decade');
  });

  it('caps a huge title', () => {
    const title = meta(`<title>${'word '.repeat(1000)}</title>`).title;
    expect(title?.length).toBeLessThanOrEqual(500);
  });
});

describe('readHtmlMeta: data of script-rendered pages', () => {
  it('reads a Next.js article from __NEXT_DATA__', () => {
    const data = {
      props: {
        pageProps: {
          related: [{ title: 'Other story', publishedAt: '2024-01-01T00:00:00Z' }],
          article: {
            headline: 'Monsoon arrives early',
            publishedAt: '2024-05-27T11:48:00+05:30',
            updatedAt: '2024-05-27T16:05:00+05:30',
            authors: [{ name: 'Anjali Example', slug: 'anjali-example' }],
            body: [{ type: 'paragraph', html: 'Text.' }],
          },
        },
      },
    };
    const result = meta(`<body><div id="__next"></div>
      <script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script></body>`);
    expect(result.title).toBe('Monsoon arrives early');
    expect(result.published).toBe('2024-05-27T11:48:00+05:30');
    expect(result.modified).toBe('2024-05-27T16:05:00+05:30');
    expect(result.authors).toEqual(['Anjali Example']);
  });

  it('reads Arc-style credits', () => {
    const data = {
      headlines: { basic: 'x' },
      title: 'Transit strike ends',
      display_date: '2024-02-02T09:00:00Z',
      credits: { by: [{ name: 'Jane Doe' }, { name: 'John Roe' }] },
    };
    const result = meta(`<script type="application/json">${JSON.stringify(data)}</script>`);
    expect(result.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(result.published).toBe('2024-02-02T09:00:00Z');
  });
});

describe('readHtmlMeta: dates', () => {
  it("prefers JSON-LD, and takes a later source's time for the same day", () => {
    const result = meta(`<head>
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-12"}</script>
      <meta property="article:published_time" content="2024-03-12T10:00:00+02:00"></head>`);
    expect(result.published).toBe('2024-03-12T10:00:00+02:00');
  });

  it('skips an invalid higher source for a valid lower one', () => {
    const result = meta(`<head>
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-02-30T10:00:00Z","dateModified":"yesterday"}</script>
      <meta property="article:published_time" content="2024-03-01T10:00:00Z"></head>`);
    expect(result.published).toBe('2024-03-01T10:00:00Z');
    expect(result.modified).toBeNull();
  });
});

describe('readHtmlMeta: language, outlet, canonical', () => {
  it('takes the declared language in order: html lang, content-language, JSON-LD, og:locale', () => {
    expect(
      meta('<html lang="uk-UA"><head><meta http-equiv="content-language" content="ru"></head></html>')
        .language,
    ).toBe('uk');
    expect(
      meta('<html><head><meta http-equiv="Content-Language" content="ru-RU"></head></html>').language,
    ).toBe('ru');
    expect(
      meta('<script type="application/ld+json">{"@type":"NewsArticle","inLanguage":"de-AT"}</script>')
        .language,
    ).toBe('de');
    expect(meta('<meta property="og:locale" content="fr_FR">').language).toBe('fr');
    expect(meta('<html><body><p>Undeclared.</p></body></html>').language).toBeNull();
  });

  it('names the outlet from the publisher, the application name, then the domain', () => {
    expect(
      meta(
        '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Harbour Daily"}}</script>',
      ).outlet,
    ).toBe('Harbour Daily');
    expect(meta('<meta name="application-name" content="Harbour Daily">').outlet).toBe('Harbour Daily');
    expect(meta('<link rel="canonical" href="https://www.harbourdaily.example/a">').outlet).toBe(
      'harbourdaily.example',
    );
    expect(meta('<p>x</p>', 'https://news.harbourdaily.example/a').outlet).toBe('news.harbourdaily.example');
    expect(meta('<p>x</p>').outlet).toBeNull();
  });

  it('gives a subtitle only when it is not the title again', () => {
    expect(
      meta('<title>Harbour reopens</title><meta name="description" content="Harbour reopens">').subtitle,
    ).toBeNull();
  });
});

describe('readHtmlMeta: Cyrillic pages', () => {
  it('reads a Ukrainian page', () => {
    const result = meta(
      `<!doctype html><html lang="uk"><head>
      <title>Уряд ухвалив програму відновлення мостів — Приклад Новини</title>
      <meta property="og:site_name" content="Приклад Новини">
      <meta name="description" content="Програма охоплює сорок мостів у шести областях.">
      </head><body><article>
      <h1>Уряд ухвалив програму відновлення мостів</h1>
      <div class="article-meta"><span class="author">Автор: Олена Приклад і Петро Зразок</span>
      <span class="date">Опубліковано 12 березня 2024, 10:00</span>
      <span class="date-updated">Оновлено 13 березня 2024, 09:15</span></div>
      <p>Текст статті.</p></article></body></html>`,
      'https://pryklad.example/news/mosty',
    );
    expect(result).toEqual({
      title: 'Уряд ухвалив програму відновлення мостів',
      subtitle: 'Програма охоплює сорок мостів у шести областях.',
      published: '2024-03-12T10:00:00',
      modified: '2024-03-13T09:15:00',
      authors: ['Олена Приклад', 'Петро Зразок'],
      outlet: 'Приклад Новини',
      language: 'uk',
      canonical: null,
    });
  });

  it('reads a Russian page', () => {
    const result = meta(`<html><head><meta http-equiv="content-language" content="ru">
      <title>Мэрия открыла новый мост | Пример Вести</title>
      <meta name="application-name" content="Пример Вести"></head>
      <body><article><h1>Мэрия открыла новый мост</h1>
      <p class="byline">Автор: Анна Пример и Иван Образцов</p>
      <time>12 марта 2024 г., 10:00 МСК</time></article></body></html>`);
    expect(result.title).toBe('Мэрия открыла новый мост');
    expect(result.authors).toEqual(['Анна Пример', 'Иван Образцов']);
    expect(result.published).toBe('2024-03-12T10:00:00+03:00');
    expect(result.outlet).toBe('Пример Вести');
    expect(result.language).toBe('ru');
  });
});

describe('readHtmlMeta: empty and broken pages', () => {
  const nothing: HtmlMeta = {
    title: null,
    subtitle: null,
    published: null,
    modified: null,
    authors: [],
    outlet: null,
    language: null,
    canonical: null,
  };

  it('gives nulls for an empty document, plain text and a page without a head', () => {
    expect(meta('')).toEqual(nothing);
    expect(meta('just some text')).toEqual(nothing);
    expect(meta('<p>A paragraph without any metadata.</p>')).toEqual(nothing);
  });

  it('ignores a page URL that is not http(s)', () => {
    expect(meta('<link rel="canonical" href="/a">', 'file:///tmp/page.html').canonical).toBeNull();
    expect(meta('<p>x</p>', 'not a url').outlet).toBeNull();
  });
});

describe('readHtmlMeta: escaping', () => {
  it('decodes entities a CMS escaped twice', () => {
    const result = meta(
      '<meta property="og:title" content="Ports &amp;amp; rails reopen &amp;#8212; at last">',
    );
    expect(result.title).toBe('Ports & rails reopen \u2014 at last');
  });
});
