/**
 * The vocabulary the body extractor recognizes elements by: tag sets, ARIA roles and class/id patterns.
 * One home for all of them, so that the walker, the selector and the tests agree. The patterns describe
 * what CMS templates commonly call things (WordPress, Arc, Drupal, news-site design systems), never one page.
 */

/** Elements whose content is never article text. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'picture',
  'img',
  'map',
  'head',
  'link',
  'meta',
  'input',
  'select',
  'option',
  'textarea',
  'button',
  'label',
  'dialog',
  'nav',
  'menu',
  'hr',
]);

/** Elements whose text flows into the surrounding block rather than starting a block of its own. */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

/** Page furniture by tag: skipped unless it carries one of the special meanings below. */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set(['aside', 'footer']);

/** Landmark and widget roles that never hold the article body. */
export const FURNITURE_ROLES: ReadonlySet<string> = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alertdialog',
  'tablist',
]);

/**
 * Class or id words of boilerplate: ads, consent and cookie banners, newsletter and subscription boxes,
 * share bars, related and recommended links, comments, navigation, sidebars. Matched as whole words between
 * `-`, `_` or spaces (`ad` matches `ad-slot`, not `head`), some as prefixes (`share` matches `sharebar`).
 */
export const FURNITURE_NAME =
  /(?:^|[\s_-])(?:ads?|adv|advert\w*|adslot\w*|dfp|banner\w*|breadcrumbs?|comments?|comment-\w+|disqus|consent\w*|cookies?\w*|gdpr|cmp|newsletter\w*|signup|sign-up|subscribe\w*|subscription-?(?:box|prompt|offer|banner|cta)|paywall-?(?:prompt|message|banner|cta|offer|box|modal|notice|overlay)|promo\w*|related\w*|recirc\w*|recommend\w*|more-stories|most-(?:read|popular|viewed|shared)|trending|popular|outbrain|taboola|sponsor\w*|share\w*|sharing|social\w*|sidebar\w*|rail|widget\w*|tags|tag-list|topics|pagination|pager|popup|modal|overlay|toolbar|masthead|nav|navbar|navigation|menu\w*|footer\w*|site-header|skip-link|author-bio|author-(?:info|box|details|profile|about)|about-author|jump-links?|toc|table-of-contents|read-more|readmore|teasers?|interstitial\w*|login|donat\w*|contributions?|support-us|supporters?|republish\w*|about|video\w*|player|factbox|fact-box|infobox|reactions?|badge\w*|anzeige\w*|werbung|reklama|membership|app-promo|follow-us|print-only|visually-hidden|sr-only|screen-reader\w*)(?:$|[\s_-])/;

/** Class or id words of a main content area: a furniture word beside one of these does not prune the element. */
export const CONTENT_NAME =
  /(?:^|[\s_-])(?:article|body|content|entry|story|main|post|text|prose|richtext|rich-text)(?:$|[\s_-])/;

/** A pull quote: a sentence of the article repeated large beside it. */
export const PULL_QUOTE_NAME =
  /pull-?quote|quote-?(?:pull|inline|highlight|callout)|blockquote-?pull|callout-?quote|pull-out/;

/** A box of key takeaways (the story in a few bullets). */
export const TAKEAWAY_NAME =
  /takeaways?|key-?(?:points|facts|findings|moments|messages)|highlights|tl-?dr|at-a-glance|bullet-?points|summary-?(?:box|list|points|bullets)|story-?summary-?list|zusammenfassung|essentiel/;

/** A speaker card: a small box with a person's name and role beside a quotation. */
export const SPEAKER_NAME =
  /speaker|quotee|person-?card|profile-?card|source-?card|spokes|quote-?(?:author|source|attribution|person|credit|by|cite)|who-?said/;

/** A caption or an image credit. */
export const CAPTION_NAME = /caption|figure-?credit|image-?credit|photo-?credit|media-?credit|copyright/;

/** A standfirst (dek): the summary under the headline, which metadata carries as the subtitle. */
export const STANDFIRST_NAME =
  /standfirst|strapline|(?:^|[\s_-])(?:dek|deck|sub-?headline|sub-?title|desc|description|chapo|chapeau|(?:article|story)-?summary)(?:$|[\s_-])/;

/** An element holding the page's date or time stamp. */
export const DATE_NAME =
  /timestamp|datestamp|dateline|pubdate|(?:^|[\s_-])(?:date|dates|time|date-?time|time-?stamp|published|updated|posted-on|article-?date)(?:$|[\s_-])/;

/** The visible byline. `author-bio` boxes are furniture, matched before this. */
export const BYLINE_NAME =
  /byline|(?:^|[\s_-])(?:authors?|writers?|contributors?|article-?author|posted-?by)(?:$|[\s_-])/;

/** A heading or label that introduces a list of key takeaways. */
export const TAKEAWAY_LABEL =
  /^(?:the\s+)?(?:key\s+(?:takeaways?|points|facts|findings|moments)|takeaways?|highlights|(?:in\s+)?summary|in\s+brief|at\s+a\s+glance|the\s+big\s+picture|what\s+(?:you\s+need\s+to|we)\s+know|tl;?\s*dr|the\s+essentials|quick\s+read|story\s+highlights|das\s+wichtigste(?:\s+in\s+kürze)?|auf\s+einen\s+blick|in\s+kürze|l[’']essentiel|ce\s+qu[’']il\s+faut\s+(?:retenir|savoir)|à\s+retenir|en\s+bref|lo\s+(?:más\s+importante|esencial)|claves|en\s+resumen|главное|коротко|головне|коротко\s+про\s+головне)\s*:?$/iu;
