/**
 * The article's headline from the titles a page gives (JSON-LD headline, og:title, other meta titles,
 * microdata, `<title>`, the first `<h1>`): each without the site's name, then the first, in order of
 * trust, that another source agrees with; else the first. A title that is only the site's name, or a
 * shortened copy ("…") of a longer one, gives way to the next.
 */
import { cleanValue, comparisonKey, MAX_LENGTH } from './clean-value.js';
import { type SiteNames, stripSiteName } from './strip-site-name.js';

export interface TitleSources {
  /** Titles written for machines, most trusted first: JSON-LD, og:title, twitter/parsely/dc, microdata. */
  readonly declared: readonly unknown[];
  /** The `<title>` element's text. */
  readonly documentTitle: unknown;
  /** The article's first `<h1>`. */
  readonly heading: unknown;
}

const ELLIPSIS = /(?:\.{3}|\u2026)$/u;

function isSiteOnly(title: string, site: SiteNames): boolean {
  const key = comparisonKey(title);
  return site.names.some((name) => comparisonKey(name) === key);
}

/** A longer title that a shortened one ("Headline that was cut…") is the start of. */
function fullerTitle(title: string, titles: readonly string[]): string {
  if (!ELLIPSIS.test(title)) return title;
  const start = comparisonKey(title.replace(ELLIPSIS, ''));
  return titles.find((other) => other !== title && comparisonKey(other).startsWith(start)) ?? title;
}

export function chooseTitle(sources: TitleSources, site: SiteNames): string | null {
  const raw = [...sources.declared, sources.documentTitle, sources.heading]
    .map((title) => cleanValue(title, MAX_LENGTH.title * 2))
    .filter((title): title is string => title !== null && !isSiteOnly(title, site));
  const titles = raw
    .map((title) =>
      stripSiteName(
        title,
        site,
        raw.filter((other) => other !== title),
      ),
    )
    .filter((title) => !isSiteOnly(title, site));
  if (titles.length === 0) return null;
  const keys = titles.map(comparisonKey);
  const agreed = titles.find((_, index) => keys.indexOf(keys[index]!) !== keys.lastIndexOf(keys[index]!));
  return cleanValue(fullerTitle(agreed ?? titles[0]!, titles), MAX_LENGTH.title);
}
