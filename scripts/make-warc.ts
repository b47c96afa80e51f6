/**
 * Writes a WARC.gz of generated news pages, for `bench/ingest` (issue 5): N HTML pages of 5-20 KB with the
 * chrome real news sites wrap around an article (navigation, breadcrumbs, cookie banner, related links,
 * newsletter box, footer), in three CMS-like templates, each as a request and a response record, one
 * gzip member per record as crawlers write them. A few records are what a crawl also holds and a reader
 * must pass over (a 404, an image, a redirect), and a small share of pages are Ukrainian or Russian in
 * windows-1251 or KOI8 (declared in the HTTP header or only in the page), so that decoding is measured too.
 *
 * All text is generated from word lists written for this script: illustrative, no real event, person or
 * outlet. The output is the same for the same seed and page count.
 *
 *   npx tsx scripts/make-warc.ts --pages 10000 --out bench/ingest/pages.warc.gz [--seed 5]
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  gzipMember,
  requestRecord,
  responseRecord,
  warcinfoRecord,
} from '../src/acquire/sources/write-warc.js';

/** A small, fast, seedable generator (mulberry32): the same seed makes the same archive. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, low: number, high: number): number =>
  low + Math.floor(random() * (high - low + 1));

// Word lists, written for this script.
const TOWNS = [
  'Larkmoor',
  'Eastvale',
  'Brindle Bay',
  'Ostwick',
  'Harrowgate Hill',
  'Fennick',
  'Caldrow',
  'Port Selby',
];
const BODIES = [
  'the city council',
  'the regional water board',
  'the transit authority',
  'the school district',
  'the harbour commission',
  'the county health office',
  'the chamber of commerce',
  'the housing association',
];
const TOPICS = [
  ['budget', 'spending plan', 'tax rate', 'reserve fund'],
  ['bus routes', 'night trains', 'cycle lanes', 'ferry timetable'],
  ['flood defences', 'water mains', 'sewer upgrade', 'drought plan'],
  ['school meals', 'teacher hiring', 'class sizes', 'new campus'],
  ['rent controls', 'social housing', 'building permits', 'empty homes'],
  ['clinic hours', 'ambulance times', 'vaccination drive', 'hospital wing'],
];
/** Given and family names the generator draws from (bench/workers.ts reads them to rename people). */
export const FIRST = [
  'Ada',
  'Bo',
  'Carmen',
  'Dev',
  'Elin',
  'Farid',
  'Greta',
  'Hugo',
  'Ines',
  'Jonah',
  'Kira',
  'Lev',
  'Mira',
  'Nils',
  'Odile',
  'Pavel',
];
export const LAST = [
  'Lin',
  'Park',
  'Okafor',
  'Vance',
  'Moreau',
  'Haddad',
  'Kowal',
  'Ferreira',
  'Lund',
  'Achebe',
  'Novak',
  'Quist',
  'Rahman',
  'Sato',
];
const ROLES = [
  'chair of the finance committee',
  'spokeswoman',
  'spokesman',
  'director',
  'union representative',
  'local shop owner',
  'resident',
  'deputy mayor',
];
const VERBS = [
  'approved',
  'delayed',
  'rejected',
  'announced',
  'revised',
  'defended',
  'questioned',
  'postponed',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const CLAIMS = [
  'we cannot keep asking families to wait another year',
  'the numbers simply do not add up',
  'this is the fairest plan we have seen in a decade',
  'nobody asked the people who actually use the service',
  'we will publish every figure so that residents can check them',
  'the delay will cost more than the repair',
  'our members were told about the change only last night',
  'it is a start, but it is not enough',
];
const DETAILS = [
  'after a debate that ran past midnight',
  'citing a shortfall in the spring accounts',
  'following a petition signed by several thousand residents',
  'two weeks before the deadline set by the regional government',
  'despite objections from the opposition benches',
  'in a vote of eleven to four',
  'after an independent review found gaps in the earlier estimate',
];
const OUTLETS = [
  { name: 'The Larkmoor Ledger', host: 'ledger.example.com' },
  { name: 'Eastvale Evening Post', host: 'www.eastvale-post.example' },
  { name: 'Coastline Daily', host: 'coastline.example.net' },
  { name: 'Regional Wire', host: 'news.regionalwire.example' },
];

// Illustrative Cyrillic paragraphs, for the pages in legacy encodings (ASCII punctuation: KOI8 has no «»).
const UKRAINIAN_PARAGRAPHS = [
  'Міська рада ухвалила новий план ремонту мостів після тривалого обговорення.',
  '"Ми не можемо чекати ще один рік", - сказала голова комісії Олена Коваленко.',
  'Депутати пообіцяли оприлюднити всі кошториси до кінця місяця.',
  'Їхні пропозиції ґрунтуються на єдиних правилах для всіх районів міста.',
];
const RUSSIAN_PARAGRAPHS = [
  'Городской совет утвердил новый план ремонта дорог после долгого обсуждения.',
  '"Мы не можем ждать ещё один год", - сказал председатель комиссии Павел Новак.',
  'Депутаты обещали опубликовать все расчёты до конца месяца.',
  'Жители объявили, что соберут подписи против закрытия библиотеки.',
];

/** One generated page: where it lives, its HTML and how it is served. */
export interface GeneratedPage {
  readonly url: string;
  readonly date: string;
  readonly body: Uint8Array;
  readonly contentType: string;
}

interface Story {
  readonly headline: string;
  readonly author: string;
  readonly published: string;
  readonly paragraphs: readonly string[];
  readonly subheadings: readonly string[];
  readonly quote: string;
}

function makeStory(random: Random, index: number): Story {
  const town = pick(random, TOWNS);
  const body = pick(random, BODIES);
  const topics = pick(random, TOPICS);
  const topic = pick(random, topics);
  const verb = pick(random, VERBS);
  const person = (): string => `${pick(random, FIRST)} ${pick(random, LAST)}`;
  const sentence = (): string => {
    switch (between(random, 0, 4)) {
      case 0:
        return `"${capitalize(pick(random, CLAIMS))}," said ${person()}, ${pick(random, ROLES)}.`;
      case 1:
        return `${capitalize(body)} ${pick(random, VERBS)} the ${pick(random, topics)} on ${pick(random, DAYS)}, ${pick(random, DETAILS)}.`;
      case 2:
        return `According to ${person()}, ${pick(random, CLAIMS)}, and ${between(random, 2, 95)} per cent of those asked agreed.`;
      case 3:
        return `The ${pick(random, topics)} in ${town} will cost about ${between(random, 2, 900)} million, up from ${between(random, 1, 400)} million last year.`;
      default:
        return `${person()} told reporters that ${pick(random, CLAIMS)}.`;
    }
  };
  // About 33 sentences (700 words), three in five of them attributions: the length and attribution density
  // of the political news in PolNeAR (about 750 words, and about 20 attributions that onrecord finds).
  const paragraphCount = between(random, 6, 16);
  const paragraphs = Array.from({ length: paragraphCount }, () =>
    Array.from({ length: between(random, 2, 4) }, sentence).join(' '),
  );
  const month = String(between(random, 1, 12)).padStart(2, '0');
  const day = String(between(random, 1, 28)).padStart(2, '0');
  const hour = String(between(random, 6, 22)).padStart(2, '0');
  return {
    headline: `${capitalize(body)} ${verb} the ${topic} in ${town} (${index + 1})`,
    author: person(),
    published: `2026-${month}-${day}T${hour}:${String(between(random, 0, 59)).padStart(2, '0')}:00+01:00`,
    paragraphs,
    subheadings: ['What happens next', 'Reaction', 'The numbers', 'Background'].filter(() => random() < 0.5),
    quote: capitalize(pick(random, CLAIMS)),
  };
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function navigation(random: Random, host: string): string {
  const sections = [
    'News',
    'Politics',
    'Business',
    'Transport',
    'Schools',
    'Health',
    'Sport',
    'Culture',
    'Opinion',
    'Weather',
  ];
  const links = sections
    .filter(() => random() < 0.8)
    .map((s) => `<li><a href="https://${host}/${s.toLowerCase()}">${s}</a></li>`);
  return `<nav class="site-nav" aria-label="Sections"><ul>${links.join('')}</ul></nav>`;
}

function related(random: Random, host: string): string {
  const items = Array.from({ length: between(random, 4, 10) }, (_, n) => {
    const title = `${capitalize(pick(random, BODIES))} ${pick(random, VERBS)} ${pick(random, pick(random, TOPICS))} in ${pick(random, TOWNS)}`;
    return `<li class="related-item"><a href="https://${host}/story/${between(random, 1000, 99999)}-${n}"><img src="/thumbs/${n}.jpg" alt=""><span>${title}</span></a><time>${between(random, 1, 23)} hours ago</time></li>`;
  });
  return `<aside class="related"><h2>More from the region</h2><ul>${items.join('')}</ul></aside>`;
}

const COOKIE_BANNER =
  '<div class="cookie-consent" role="dialog"><p>We use cookies to improve your experience and to show you relevant advertising. You can change your choices at any time.</p><button>Accept all</button><button>Manage choices</button></div>';

function articleBody(story: Story, random: Random): string {
  const parts: string[] = [];
  story.paragraphs.forEach((paragraph, index) => {
    if (index > 0 && index % 5 === 0 && story.subheadings[index / 5 - 1] !== undefined)
      parts.push(`<h2>${story.subheadings[index / 5 - 1]!}</h2>`);
    parts.push(`<p>${escapeHtml(paragraph)}</p>`);
    if (index === 3)
      parts.push(`<blockquote class="pull-quote"><p>${escapeHtml(story.quote)}</p></blockquote>`);
    if (index === 1 && random() < 0.6)
      parts.push(
        `<figure><img src="/photos/${between(random, 1, 9999)}.jpg" alt=""><figcaption>The council chamber during the vote. Photo: Staff</figcaption></figure>`,
      );
    if (index === 6 && random() < 0.5)
      parts.push('<div class="ad-slot" data-ad="mid-article">Advertisement</div>');
  });
  return parts.join('\n');
}

function jsonLd(story: Story, outlet: { name: string }, url: string): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.headline,
    datePublished: story.published,
    author: { '@type': 'Person', name: story.author },
    publisher: { '@type': 'Organization', name: outlet.name },
    mainEntityOfPage: url,
  };
  return `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
}

/** An English page in one of three templates, as UTF-8. */
function englishPage(
  random: Random,
  index: number,
  url: string,
  outlet: { name: string; host: string },
): string {
  const story = makeStory(random, index);
  const head = `<head><meta charset="utf-8"><title>${escapeHtml(story.headline)} | ${outlet.name}</title><meta property="og:title" content="${escapeHtml(story.headline)}"><meta property="og:site_name" content="${outlet.name}"><link rel="canonical" href="${url}">${jsonLd(story, outlet, url)}<link rel="stylesheet" href="/static/site.css"></head>`;
  const byline = `<p class="byline">By <a rel="author" href="https://${outlet.host}/authors/${story.author.toLowerCase().replace(' ', '-')}">${story.author}</a></p><time datetime="${story.published}">${story.published.slice(0, 10)}</time>`;
  const footer = `<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul><p>&copy; 2026 ${outlet.name}. All rights reserved.</p></footer>`;
  const newsletter =
    '<section class="newsletter"><h3>Get the morning briefing</h3><form><input type="email" placeholder="Your email"><button>Sign up</button></form></section>';
  const banner = random() < 0.4 ? COOKIE_BANNER : '';
  const template = index % 3;
  if (template === 0)
    return `<!DOCTYPE html><html lang="en">${head}<body>${banner}<header class="masthead"><a class="logo" href="/">${outlet.name}</a>${navigation(random, outlet.host)}</header><main><article><h1>${escapeHtml(story.headline)}</h1>${byline}<div class="article-body">${articleBody(story, random)}</div></article>${related(random, outlet.host)}</main>${newsletter}${footer}</body></html>`;
  if (template === 1)
    return `<!DOCTYPE html><html lang="en-GB">${head}<body class="single-post">${banner}<div id="page"><div class="top-bar">${navigation(random, outlet.host)}<div class="search"><input type="search"></div></div><ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>${pick(random, TOWNS)}</li></ol><div id="content"><div class="post"><h1 class="entry-title">${escapeHtml(story.headline)}</h1><div class="entry-meta">${byline}</div><div class="entry-content">${articleBody(story, random)}</div><div class="share-buttons"><a href="#">Share</a><a href="#">Post</a><a href="#">Email</a></div></div><div id="sidebar">${related(random, outlet.host)}${newsletter}</div></div>${footer}</div></body></html>`;
  const takeaways = `<ul class="key-points">${story.paragraphs
    .slice(0, 3)
    .map((p) => `<li>${escapeHtml(p.split('. ')[0]!)}.</li>`)
    .join('')}</ul>`;
  return `<!DOCTYPE html><html lang="en">${head}<body><div class="wire-header"><span class="logo">${outlet.name}</span>${navigation(random, outlet.host)}</div><article class="story"><header><h1>${escapeHtml(story.headline)}</h1>${byline}</header><section class="summary"><h2>Key points</h2>${takeaways}</section><div class="story-text">${articleBody(story, random)}</div><div class="tags"><a href="/tag/local">Local</a><a href="/tag/politics">Politics</a></div></article>${related(random, outlet.host)}${footer}</body></html>`;
}

/** A Cyrillic page, with the bytes in a legacy encoding (declared in the header, or only in the page). */
function cyrillicPage(
  random: Random,
  index: number,
): { html: string; encoding: string; headerCharset: boolean } {
  const ukrainian = random() < 0.5;
  const paragraphs = ukrainian ? UKRAINIAN_PARAGRAPHS : RUSSIAN_PARAGRAPHS;
  const encoding = ukrainian
    ? pick(random, ['windows-1251', 'koi8-u'])
    : pick(random, ['windows-1251', 'koi8-r']);
  const headerCharset = random() < 0.5;
  const paragraph = (): string =>
    Array.from({ length: between(random, 3, 5) }, () => pick(random, paragraphs)).join(' ');
  const text = Array.from({ length: between(random, 15, 40) }, () => `<p>${paragraph()} (${index})</p>`).join(
    '\n',
  );
  const meta = headerCharset
    ? ''
    : `<meta http-equiv="Content-Type" content="text/html; charset=${encoding}">`;
  const title = ukrainian ? 'Новини міста' : 'Новости города';
  const html = `<!DOCTYPE html><html lang="${ukrainian ? 'uk' : 'ru'}"><head>${meta}<title>${title} ${index}</title></head><body><nav><a href="/">Home</a> | <a href="/news">News</a></nav><article><h1>${title} ${index}</h1>${text}</article><footer>(c) 2026</footer></body></html>`;
  return { html, encoding, headerCharset };
}

/** Writes characters in a single-byte encoding, from TextDecoder's table (TextEncoder only writes UTF-8). */
function encodeSingleByte(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) {
    const character = decoder.decode(Uint8Array.of(byte));
    if (character !== '\uFFFD' && !table.has(character)) table.set(character, byte);
  }
  const bytes: number[] = [];
  for (const character of text) bytes.push(table.get(character) ?? 0x3f);
  return Uint8Array.from(bytes);
}

/** The Nth page of a generated crawl. */
export function generatePage(random: Random, index: number): GeneratedPage {
  const outlet = OUTLETS[index % OUTLETS.length]!;
  const url = `https://${outlet.host}/news/2026/story-${index + 1}`;
  const date = new Date(Date.UTC(2026, 0, 1) + index * 61_000).toISOString().replace('.000', '');
  if (random() < 0.03) {
    const page = cyrillicPage(random, index);
    return {
      url: url.replace('/news/', '/uk-ru/'),
      date,
      body: encodeSingleByte(page.html, page.encoding),
      contentType: page.headerCharset ? `text/html; charset=${page.encoding}` : 'text/html',
    };
  }
  return {
    url,
    date,
    body: Buffer.from(englishPage(random, index, url, outlet), 'utf8'),
    contentType: 'text/html; charset=utf-8',
  };
}

/** A UUID-shaped record id from the generator, so that the archive is the same for the same seed. */
function recordId(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** The gzip members of a crawl of `pages` pages: warcinfo, then a request and a response per page, and some noise. */
export function* crawlRecords(pages: number, seed: number, filename: string): Generator<Uint8Array> {
  const random = seededRandom(seed);
  yield gzipMember(warcinfoRecord(filename, '2026-01-01T00:00:00Z', recordId(random)));
  for (let index = 0; index < pages; index += 1) {
    const page = generatePage(random, index);
    yield gzipMember(requestRecord(page.url, page.date, recordId(random)));
    yield gzipMember(
      responseRecord({
        url: page.url,
        date: page.date,
        body: page.body,
        contentType: page.contentType,
        recordId: recordId(random),
      }),
    );
    // What a crawl holds beside pages, for the reader to pass over: one in fifty.
    if (index % 50 === 49) {
      const noise = index % 150 === 49 ? 404 : index % 150 === 99 ? 301 : 200;
      yield gzipMember(
        responseRecord({
          url: `${page.url}/extra`,
          date: page.date,
          body: noise === 200 ? Uint8Array.of(0x89, 0x50, 0x4e, 0x47) : 'Moved',
          contentType: noise === 200 ? 'image/png' : 'text/html',
          status: noise,
          recordId: recordId(random),
          ...(noise === 301 ? { headers: { Location: page.url } } : {}),
        }),
      );
    }
  }
}

/** Writes the crawl to a file, with back-pressure; resolves to the number of bytes written. */
export async function writeCrawl(path: string, pages: number, seed: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  for (const member of crawlRecords(pages, seed, path.split('/').at(-1) ?? path)) {
    bytes += member.length;
    if (!out.write(member)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string', default: '10000' },
      out: { type: 'string', default: 'pages.warc.gz' },
      seed: { type: 'string', default: '5' },
    },
  });
  const started = performance.now();
  const bytes = await writeCrawl(values.out, Number(values.pages), Number(values.seed));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${values.out}: ${values.pages} pages, ${(bytes / 1e6).toFixed(1)} MB, ${seconds} s`);
}
