/**
 * Boilerplate recognized by its words, for the furniture whose markup gives no sign: an "Advertisement"
 * label, a "Share this article" line, a cookie notice or newsletter call inside the article's own container.
 * Only short blocks are tested, so that a paragraph of the story that happens to start alike is kept.
 */

/** Whole-block labels. */
const LABEL =
  /^(?:advertisement|advertising|advert|ad|sponsored(?: content)?|paid content|share(?: this)?(?: article| story| page| post)?|share on \w+|read more|read next|read also|related(?: articles| stories| content| coverage| reading| posts)?|see also|more on this(?: story| topic)?|more from \w+|recommended(?: for you)?|trending(?: now)?|most (?:read|popular|viewed|shared)|\d+ comments?|comments|show comments|leave a (?:comment|reply)|back to top|skip to (?:main )?content|print|email|listen(?: to this article)?|(?:\d+ min(?:ute)?s? )?read|watch|video|photos?|gallery|image \d+ of \d+|loading|close|menu|search|live(?: updates| coverage| blog)?|breaking(?: news)?|exclusive|developing(?: story)?|premium|subscribers? only|members only|opinion|analysis|explainer|sponsored by .{1,60}|anzeige|werbung|publicité|publicite|pubblicità|publicidad|advertentie|реклама|réutiliser ce contenu|partager|teilen|поделиться)\s*[:.!]?$/iu;

/** Calls to action and notices that open a short block. */
const NOTICE =
  /^(?:we use cookies|this (?:web)?site uses cookies|by (?:continuing to (?:use|browse)|using this (?:web)?site)|accept (?:all )?cookies|(?:manage|change) (?:your )?(?:cookie|consent|privacy)|sign up (?:for|to) |subscribe (?:to|for|now|today)|already a subscriber|follow us (?:on|for)|get (?:our|the) \w+ newsletter|(?:copyright\s*)?©|copyright \d{4}|all rights reserved|click here|continue reading|want to read more|this (?:article|story) (?:is|was) (?:available|brought)|related:|read more:|see also:|more:|listen to (?:this|the) (?:article|story)|a version of this (?:article|story) (?:appears|appeared|was published)|order reprints|get unlimited (?:digital )?access|start your (?:free )?trial|already have an account|(?:log|sign) in to (?:continue|read)|create a free account)/i;

/** Notices that can sit anywhere in a short block. */
const NOTICE_ANYWHERE =
  /ctrl\s*\+\s*enter|please consider supporting|support (?:us|our journalism) today|become a (?:member|supporter|subscriber)|підтримайте нас|поддержите нас|unterstützen sie uns|soutenez-nous|can be reached at|(?:contact|email|reach) (?:him|her|them|the (?:author|reporter|writer)) at/i;

/** A reporter's contact line: a name, a colon, then a phone number or an e-mail address. */
const CONTACT_LINE = /^[^.!?:]{2,60}:\s*(?:\+?\d[\d\s().-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+)/;

/** A bare time stamp or date, as live tickers print them: "16:48 Uhr", "10.42am", "9:05 a.m. EST". */
const TIME_STAMP =
  /^(?:(?:about |vor |il y a |hace )?\d+\s*(?:min(?:ute)?s?|hours?|hrs?|h|days?|weeks?|minuten|stunden|tagen|heures|jours|minutos|horas|días)(?: ago)?|\d{1,2}[:.h]\d{2}\s*(?:uhr|am|pm|a\.m\.|p\.m\.|h)?(?:\s+[a-z]{2,5})?|\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*uhr)?)?)$/i;

const DATE_LINE =
  /^(?:published|updated|posted|first published|last (?:updated|modified)|modified|publié|mis à jour|veröffentlicht|aktualisiert|stand|опубликовано|обновлено|опубліковано|оновлено)(?![\p{L}\p{N}])/iu;

const SHORT = 200;
/** Notices (print-edition lines, cookie notices) run longer than labels. */
const LONG_NOTICE = 320;
const SENTENCE_END = /[.!?]["'”’»)]*$/;

/** A short block that says nothing of the story: labels, notices, calls to action. */
export function isBoilerplateText(text: string): boolean {
  if (text.length > LONG_NOTICE) return false;
  if (NOTICE.test(text)) return true;
  if (text.length > SHORT) return false;
  return LABEL.test(text) || NOTICE_ANYWHERE.test(text) || CONTACT_LINE.test(text);
}

/** A line that dates the page ("Updated 5 March 2024, 10:41"), not part of the story. */
export function isDateLine(text: string, hasTimeElement: boolean): boolean {
  if (text.length > 120) return false;
  if (DATE_LINE.test(text) || TIME_STAMP.test(text)) return true;
  // A time stamp is short and is not a sentence: "10:42 GMT", "March 3, 2024 at 10:42".
  return hasTimeElement && text.length <= 80 && (/^\W*\d/.test(text) || !SENTENCE_END.test(text));
}

/** A "Published ..." or "Updated ..." line: the end of an article's header. */
export const isPublicationLine = (text: string): boolean => text.length <= 120 && DATE_LINE.test(text);
