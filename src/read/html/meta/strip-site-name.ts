/**
 * A page title without the site's name: "Headline | Site", "Headline - Site", "Headline — Site News",
 * "Site: Headline", "Site | Headline". A part is cut only when it is recognisably the site (its name as the
 * page gives it, or its domain) or when what remains is another source's headline: a headline's own
 * dashes and colons ("Kyiv - the view from the ground", "Ukraine: talks resume") are left alone.
 */
import { comparisonKey } from './clean-value.js';

export interface SiteNames {
  /** Names the page gives itself: og:site_name, the JSON-LD publisher and WebSite, application-name. */
  readonly names: readonly string[];
  /** The page's host, e.g. "www.example-news.com". */
  readonly host: string | null;
}

/** Spaced separators, and separators that never occur inside a headline ("|", "::", "·", "»") even unspaced. */
const SEPARATOR = /\s+[|\-\u2013\u2014:~/·•»«]\s+|\s*(?:\||::|·|•|»|«)\s*|:\s+/gu;
const MIN_KEY_LENGTH = 3;

/** Labels too common to name a site: top-level domains and the like. */
const GENERIC_LABELS: ReadonlySet<string> = new Set([
  'com',
  'org',
  'net',
  'co',
  'gov',
  'edu',
  'news',
  'info',
  'ua',
  'ru',
  'uk',
  'de',
  'fr',
  'es',
]);

/** Comparison keys for a host: "www.kyiv-news.com.ua" gives "kyivnewscomua" and "kyivnews". */
function hostKeys(host: string): string[] {
  const labels = host
    .toLowerCase()
    .replace(/^www\d*\./u, '')
    .split('.');
  const main =
    labels.find((label, index) => index < labels.length - 1 && !GENERIC_LABELS.has(label)) ?? labels[0] ?? '';
  return [comparisonKey(labels.join('.')), comparisonKey(main)];
}

/** Keys of each SiteNames already seen: chooseTitle strips every title with the same one. */
const siteKeysOf = new WeakMap<SiteNames, readonly string[]>();

function siteKeys(site: SiteNames): readonly string[] {
  const known = siteKeysOf.get(site);
  if (known !== undefined) return known;
  const keys = site.names.map(comparisonKey);
  if (site.host !== null) keys.push(...hostKeys(site.host));
  const usable = keys.filter((key) => key.length >= MIN_KEY_LENGTH);
  siteKeysOf.set(site, usable);
  return usable;
}

/**
 * Whether a title part names the site: the same key, or the key with a leading "the". At the title's end,
 * where site names usually sit, also one starting with the other ("BBC News" and "bbc", "Example" and
 * "Example Daily"); at its start, where a headline's own "Topic:" sits, only the same name.
 */
function isSiteName(part: string, keys: readonly string[], loose: boolean): boolean {
  const key = comparisonKey(part);
  if (key.length < MIN_KEY_LENGTH || part.split(/\s+/u).length > 6) return false;
  const bare = key.replace(/^the/u, '');
  return keys.some(
    (site) =>
      key === site ||
      bare === site ||
      (loose && (key.startsWith(site) || bare.startsWith(site))) ||
      (loose && key.length >= 4 && site.startsWith(key) && key.length >= site.length * 0.6),
  );
}

interface Piece {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function splitTitle(title: string): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (const match of title.matchAll(SEPARATOR)) {
    pieces.push({ text: title.slice(start, match.index), start, end: match.index });
    start = match.index + match[0].length;
  }
  pieces.push({ text: title.slice(start), start, end: title.length });
  return pieces.filter((piece) => piece.text.trim() !== '');
}

/**
 * The title without the site's name at its end or start; the title unchanged when no part is the site
 * or when cutting would leave nothing. `headlines` (og:title, JSON-LD, h1) count as agreement: a part of
 * the title equal to one of them is the headline, whatever the rest is.
 */
export function stripSiteName(title: string, site: SiteNames, headlines: readonly string[] = []): string {
  const pieces = splitTitle(title);
  if (pieces.length < 2) return title;
  const headlineKeys = new Set(headlines.map(comparisonKey).filter((key) => key.length >= MIN_KEY_LENGTH));
  // A run of pieces that another source gives as the headline.
  for (let first = 0; first < pieces.length; first++)
    for (let last = pieces.length - 1; last >= first; last--) {
      if (first === 0 && last === pieces.length - 1) continue;
      const candidate = title.slice(pieces[first]!.start, pieces[last]!.end).trim();
      if (headlineKeys.has(comparisonKey(candidate))) return candidate;
    }
  const keys = siteKeys(site);
  if (keys.length === 0) return title;
  let first = 0;
  let last = pieces.length - 1;
  // The site's name, possibly with a section before it ("Headline | World | Site" keeps "Headline | World").
  while (last > first && isSiteName(pieces[last]!.text, keys, true)) last--;
  while (first < last && isSiteName(pieces[first]!.text, keys, false)) first++;
  if (first === 0 && last === pieces.length - 1) return title;
  return title.slice(pieces[first]!.start, pieces[last]!.end).trim();
}
