/**
 * The HTML reader: a web page in, an Article out. The page is parsed once (linkedom); metadata is read from
 * the untouched DOM, then our own body extractor walks it read-only (walk-page, select-body). When that finds
 * too little, Readability runs on the same DOM as a second opinion, and when the DOM holds almost no text the
 * article is taken from the page's script data (JSON-LD `articleBody`, JSON state).
 */
import type { Article, ArticleMeta, Diagnostic, DocumentHints } from '../../types.js';
import { assembleArticle } from './assemble-article.js';
import { parseHtmlDocument } from './dom.js';
import { detectLanguage } from './meta/detect-language.js';
import { type HtmlMeta, readHtmlMeta } from './meta/index.js';
import { readWithReadability } from './readability-fallback.js';
import { proseChars, readScriptParagraphs } from './script-text.js';
import { type BodySelection, type KnownHeader, selectBody, sumSubtrees } from './select-body.js';
import { walkPage } from './walk-page.js';

export interface ReadHtmlOptions {
  /** File name or URL, for diagnostics. */
  readonly name?: string;
  /** The page's address, to resolve relative links and to name the outlet when the page does not. */
  readonly url?: string | null;
  /** What the container said about the page (JSON Lines record, feed item), used where the page is silent. */
  readonly hints?: DocumentHints;
}

/** Below this many characters of body text, our selection asks Readability for a second opinion. */
const TOO_LITTLE = 250;
/** Below this, the page's script data is read too, and preferred when it holds much more prose. */
const LITTLE = 1000;
const SCRIPT_ADVANTAGE = 3;

/** Where the body came from, for a diagnostic when it is not our own DOM selection. */
type BodySource = 'dom' | 'readability' | 'script-data';

export function readHtml(html: string, options: ReadHtmlOptions = {}): Article {
  const document = parseHtmlDocument(html);
  const pageMeta = readHtmlMeta(document, { url: options.url ?? null });
  const walk = walkPage(document.documentElement);
  sumSubtrees(walk.containers);
  const title = pageMeta.title ?? options.hints?.title ?? walk.firstHeading;
  const known: KnownHeader = { title, subtitle: pageMeta.subtitle };
  let selection: BodySelection = selectBody(walk, known);
  let source: BodySource = 'dom';
  if (selection.bodyChars < LITTLE) {
    // Script data first: parsing it is cheaper than a Readability pass, and on pages that render with
    // JavaScript it is where the article is.
    const paragraphs = readScriptParagraphs(walk.scripts);
    const scriptChars = proseChars(paragraphs);
    if (scriptChars >= TOO_LITTLE && scriptChars > SCRIPT_ADVANTAGE * selection.bodyChars) {
      selection = {
        blocks: paragraphs,
        byline: selection.byline,
        bodyChars: scriptChars,
      };
      source = 'script-data';
    }
  }
  // Readability's cost grows with nesting depth: on pathologically deep markup it takes seconds.
  if (selection.bodyChars < TOO_LITTLE && !walk.tooDeep) {
    const second = readWithReadability(document, known);
    if (second !== null && second.bodyChars > selection.bodyChars) {
      selection = { ...second, byline: second.byline ?? selection.byline };
      source = 'readability';
    }
  }
  const article = assembleArticle(
    { title, subtitle: visibleSubtitle(pageMeta.subtitle, title, selection) },
    selection,
  );
  const meta = articleMeta(pageMeta, title, article.takeaways, article.bodyText, options);
  return {
    text: article.text,
    blocks: article.blocks,
    meta,
    diagnostics: readingDiagnostics(source, article.text, options.name),
  };
}

/**
 * The subtitle as a block of the text, unless it repeats the headline or the story's opening: many pages
 * take their description from the lead (often cut short with "..."), and the lead is already in the text.
 */
function visibleSubtitle(
  subtitle: string | null,
  title: string | null,
  selection: BodySelection,
): string | null {
  if (subtitle === null || subtitle === title) return null;
  const stem = subtitle
    .replace(/(?:\.{3}|…)$/u, '')
    .replace(/[\s.!?]+$/u, '')
    .toLowerCase();
  const opening = selection.blocks.slice(0, 3).map((block) => block.text.toLowerCase());
  return opening.some((text) => text.startsWith(stem)) ? null : subtitle;
}

/** The page's own metadata first; the container's hints fill what it does not say. */
function articleMeta(
  page: HtmlMeta,
  title: string | null,
  takeaways: readonly string[],
  bodyText: string,
  options: ReadHtmlOptions,
): ArticleMeta {
  const hints = options.hints;
  return {
    title,
    subtitle: page.subtitle === title ? null : page.subtitle,
    published: page.published ?? hints?.published ?? null,
    modified: page.modified,
    outlet: page.outlet ?? hints?.outlet ?? null,
    language: page.language ?? hints?.language ?? detectLanguage(bodyText),
    authors: page.authors.length > 0 ? page.authors : [...(hints?.authors ?? [])],
    takeaways,
    url: options.url ?? null,
    canonical: page.canonical,
  };
}

function readingDiagnostics(source: BodySource, text: string, name: string | undefined): Diagnostic[] {
  const where = name === undefined ? '' : ` (${name})`;
  if (text === '') {
    return [
      {
        severity: 'warning',
        rule: 'no-article-text',
        message: `No article text found in the page${where}: neither its markup nor its script data holds any.`,
        start: 0,
        end: 0,
      },
    ];
  }
  if (source === 'dom') return [];
  const how =
    source === 'readability'
      ? 'the page has little text in article-like containers; the body was taken by Readability'
      : 'the page carries its article as script data (JSON-LD or JSON state); the body was taken from it';
  return [{ severity: 'info', rule: `body-from-${source}`, message: `${how}${where}.`, start: 0, end: 0 }];
}
