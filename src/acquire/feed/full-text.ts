/**
 * Whether a feed item's HTML is the article itself or only a teaser. Feeds that carry full text put the
 * whole article in `content:encoded` or Atom `content`; others give a paragraph and "Read more".
 */

/** Fewer words than this is a teaser: news articles run to several hundred words. */
export const FULL_TEXT_MIN_WORDS = 150;

/** "Read more", "Continue reading ...", "[…]" or an ellipsis at the very end, with trailing arrows. */
const TEASER_ENDINGS =
  /(?:(?:read|see|view|click)\s+(?:the\s+)?(?:more|full|rest|whole|article|story)[^.!?]{0,40}|continue\s+reading[^.!?]{0,60}|\.\.\.|…|\[…\]|\[\.\.\.\])[\s.!?»›→>]*$/i;

const TAIL_CHARACTERS = 160;

const codePointText = (codePoint: number): string =>
  codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : ' ';

/** The visible text of an HTML fragment, roughly: scripts, styles and tags removed, entities left as words. */
export function htmlFragmentText(html: string): string {
  return (
    html
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&#(\d{1,7});|&#x([0-9a-f]{1,6});/gi, (_entity, decimal?: string, hex?: string) =>
        codePointText(decimal === undefined ? Number.parseInt(hex!, 16) : Number(decimal)),
      )
      .replace(/&hellip;/gi, '…')
      .replace(/&nbsp;/gi, ' ')
      // Other named entities are punctuation or letters inside words (&rsquo;, &eacute;): not word breaks.
      .replace(/&[a-z][a-z0-9]{1,31};/gi, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

export const countWords = (text: string): number =>
  text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;

/** Long enough to be an article, and not ending in a "read more" link or an ellipsis. */
export function isFullTextHtml(html: string, minWords = FULL_TEXT_MIN_WORDS): boolean {
  const text = htmlFragmentText(html);
  // Only the end is looked at: the pattern stays linear whatever the text's length.
  return countWords(text) >= minWords && !TEASER_ENDINGS.test(text.slice(-TAIL_CHARACTERS));
}
