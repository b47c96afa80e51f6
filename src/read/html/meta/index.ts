/**
 * Page metadata (headline, dates, authors, outlet, language, canonical URL) read from an HTML document.
 * Temporary skeleton: signatures are stable, the implementation is filled in by the files beside this one.
 */
import type { HtmlDocument } from '../dom.js';

export interface HtmlMeta {
  readonly title: string | null;
  readonly subtitle: string | null;
  readonly published: string | null;
  readonly modified: string | null;
  readonly authors: readonly string[];
  readonly outlet: string | null;
  readonly language: string | null;
  readonly canonical: string | null;
}

export interface ReadHtmlMetaOptions {
  /** The address the page was fetched from, to resolve relative links and to name the outlet. */
  readonly url?: string | null;
}

export function readHtmlMeta(document: HtmlDocument, options: ReadHtmlMetaOptions = {}): HtmlMeta {
  void options;
  const title = document.querySelector('title')?.textContent?.trim() ?? null;
  const lang = document.documentElement?.getAttribute('lang')?.trim().split(/[-_]/)[0]?.toLowerCase() ?? null;
  return {
    title: title === '' ? null : title,
    subtitle: null,
    published: null,
    modified: null,
    authors: [],
    outlet: null,
    language: lang === '' ? null : lang,
    canonical: null,
  };
}
