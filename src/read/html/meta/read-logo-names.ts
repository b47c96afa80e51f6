/**
 * The site's name as its masthead shows it: the text (or image description) of the logo and of the link
 * to the home page ("<a href="/"><b>ВЕЧЕРНИЙ ЗАВОЛЖСК</b></a>"). Old templates give no og:site_name, and
 * their `<title>` still starts or ends with the name; these let strip-site-name recognise it. Used for
 * that alone: a masthead is too loose a source to name the outlet.
 */
import { findDescendant } from '../find-descendants.js';
import { cleanValue } from './clean-value.js';
import type { PageElement, PageIndex } from './page-index.js';

const MAX_ELEMENTS = 8;
const MAX_NAME_LENGTH = 80;
const MAX_WORDS = 6;
/** Link texts of home links that are not names. */
const NOT_NAMES = /^(?:home|homepage|menu|logo|главная|головна|startseite|accueil|inicio|portada)$/iu;

/** `img` as css-select matches it in an HTML document. */
const isImage = (element: PageElement): boolean => element.localName.toLowerCase() === 'img';

function nameOf(element: PageElement): string | null {
  const image = element.tagName === 'IMG' ? element : findDescendant(element, isImage);
  const written =
    element.textContent.trim() ||
    element.getAttribute('aria-label') ||
    element.getAttribute('title') ||
    image?.getAttribute('alt') ||
    null;
  const name = cleanValue(written, MAX_NAME_LENGTH * 2);
  if (name === null || name.length > MAX_NAME_LENGTH || name.split(' ').length > MAX_WORDS) return null;
  return NOT_NAMES.test(name) ? null : name;
}

export function readLogoNames(page: Pick<PageIndex, 'logos'>): string[] {
  const names: string[] = [];
  for (const element of page.logos.slice(0, MAX_ELEMENTS)) {
    const name = nameOf(element);
    if (name !== null && !names.includes(name)) names.push(name);
  }
  return names;
}
