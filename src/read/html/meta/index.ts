/**
 * Page metadata (headline, standfirst, dates, authors, outlet, language, canonical URL) read from an HTML
 * document, following ../shared/EVAL.md "Reading HTML". Every source is read once (JSON-LD, OpenGraph,
 * other meta tags, microdata, `<time>` elements, bylines), then each field takes the most trusted source
 * that gives a valid value. Nothing here throws: a source that fails on a broken page counts as silent.
 */
import type { HtmlDocument } from '../dom.js';
import { chooseAuthors } from './choose-authors.js';
import { chooseOutlet, hostOf } from './choose-outlet.js';
import { chooseTitle } from './choose-title.js';
import { cleanValue, comparisonKey, MAX_LENGTH, withComparisonKeys } from './clean-value.js';
import { normalizeLanguage } from './normalize-language.js';
import { pickDate } from './normalize-date.js';
import { readBylines } from './read-bylines.js';
import { baseUrl, readCanonical } from './read-canonical.js';
import { NO_JSON_LD, readJsonLd } from './read-json-ld.js';
import { readLogoNames } from './read-logo-names.js';
import { readMetaTags } from './read-meta-tags.js';
import { readMicrodata } from './read-microdata.js';
import { readNamedMeta } from './read-named-meta.js';
import { readOpenGraph } from './read-open-graph.js';
import { indexPage, type PageIndex } from './page-index.js';
import { readScriptData } from './read-script-data.js';
import { readTimeElements, type TimeFacts } from './read-time-elements.js';
import { splitAuthors } from './split-authors.js';

export interface HtmlMeta {
  readonly title: string | null;
  readonly subtitle: string | null;
  /** ISO 8601 as normalize-date.ts writes it: the page's offset kept, `Z` for UTC, a day alone if only a day. */
  readonly published: string | null;
  readonly modified: string | null;
  readonly authors: readonly string[];
  readonly outlet: string | null;
  /** The page's declared language, primary tag ("uk"); null when undeclared (the caller may detect it). */
  readonly language: string | null;
  readonly canonical: string | null;
}

export interface ReadHtmlMetaOptions {
  /** The address the page was fetched from, to resolve relative links and to name the outlet. */
  readonly url?: string | null;
}

/** Runs one source reader; a reader that throws on a hostile page is treated as finding nothing. */
function safely<T>(read: () => T, nothing: T): T {
  try {
    return read();
  } catch {
    return nothing;
  }
}

const NO_INDEX: PageIndex = {
  html: null,
  title: null,
  heading: null,
  hasRoot: false,
  metas: [],
  canonicalLinks: [],
  jsonLdScripts: [],
  dataScripts: [],
  itemprops: [],
  dates: [],
  bylines: [],
  logos: [],
  lines: [],
};

function declaredLanguage(page: PageIndex): string | null {
  return page.html?.getAttribute('lang') ?? page.html?.getAttribute('xml:lang') ?? null;
}

/** Date values in order of trust, the `<time>` elements' read only when reached. */
function* dateCandidates(
  declared: readonly (readonly unknown[])[],
  fromTimeElements: () => readonly unknown[],
): Generator {
  for (const values of declared) yield* values;
  yield* fromTimeElements();
}

function readAll(document: HtmlDocument, options: ReadHtmlMetaOptions): HtmlMeta {
  const base = baseUrl(options.url);
  const page = safely(() => indexPage(document, base), NO_INDEX);
  const tags = safely(() => readMetaTags(page.metas), new Map<string, readonly string[]>());
  const jsonLd = safely(() => readJsonLd(page), NO_JSON_LD);
  const openGraph = readOpenGraph(tags);
  const named = readNamedMeta(tags);
  const microdata = safely(() => readMicrodata(page), {
    headline: null,
    published: [],
    modified: [],
    authors: [],
  });
  const scriptData = safely(() => readScriptData(page), {
    headline: null,
    published: [],
    modified: [],
    authors: [],
  });
  // `<time>` elements are the last resort for dates: read only when an earlier source leaves one open.
  let times: TimeFacts | null = null;
  const readTimes = (): TimeFacts =>
    (times ??= safely(() => readTimeElements(page), { published: [], modified: [] }));

  const canonical = safely(() => readCanonical(page, base, [openGraph.url, jsonLd.url]), null);
  const outletNames = [openGraph.siteName, jsonLd.publisher, jsonLd.siteName, named.applicationName].filter(
    (name): name is string => name !== null,
  );
  const outlet = chooseOutlet(outletNames, [canonical, base]);
  const logoNames = safely(() => readLogoNames(page), []);
  const site = { names: [...outletNames, ...logoNames], host: hostOf(canonical) ?? hostOf(base) };

  const title = chooseTitle(
    {
      declared: [jsonLd.headline, openGraph.title, ...named.titles, microdata.headline, scriptData.headline],
      documentTitle: page.title?.textContent ?? null,
      heading: page.heading?.textContent ?? null,
    },
    site,
  );

  const split = (values: readonly unknown[]): string[] =>
    values.flatMap((value) => splitAuthors(value, { outlets: outletNames }));
  // Each source is split only when the ones before it name nobody but the outlet (chooseAuthors).
  function* authorSources(): Generator<readonly string[]> {
    yield jsonLd.authors;
    yield split(microdata.authors);
    yield split(named.authors);
    yield split(openGraph.authors);
    yield split(scriptData.authors);
    yield safely(() => split(readBylines(page)), []);
  }
  const authors = chooseAuthors(authorSources(), outletNames);

  const subtitle = cleanValue(
    openGraph.description ?? jsonLd.description ?? named.description,
    MAX_LENGTH.subtitle,
  );
  return {
    title,
    subtitle:
      subtitle !== null && title !== null && comparisonKey(subtitle) === comparisonKey(title)
        ? null
        : subtitle,
    published: pickDate(
      dateCandidates(
        [jsonLd.published, openGraph.published, named.published, microdata.published, scriptData.published],
        () => readTimes().published,
      ),
    ),
    modified: pickDate(
      dateCandidates(
        [jsonLd.modified, openGraph.modified, named.modified, microdata.modified, scriptData.modified],
        () => readTimes().modified,
      ),
    ),
    authors,
    outlet,
    language:
      [safely(() => declaredLanguage(page), null), named.language, jsonLd.language, openGraph.locale]
        .map(normalizeLanguage)
        .find((language) => language !== null) ?? null,
    canonical,
  };
}

const NOTHING: HtmlMeta = {
  title: null,
  subtitle: null,
  published: null,
  modified: null,
  authors: [],
  outlet: null,
  language: null,
  canonical: null,
};

export function readHtmlMeta(document: HtmlDocument, options: ReadHtmlMetaOptions = {}): HtmlMeta {
  return safely(() => withComparisonKeys(() => readAll(document, options)), NOTHING);
}
