/**
 * The one home of the language detector's word lists: frequent function words that are distinctive for
 * one language. A word common in two of these languages ("la" in French and Spanish, "на" in Ukrainian
 * and Russian, "des" in French and German) is left out of both, since it cannot tell them apart; a test
 * checks that no word is listed twice. Words are lower case, separated by single spaces.
 */
const WORDS = {
  en:
    'the and of to is that for it with was on as he she by at from this be have are his her they were ' +
    'which said has been would not but their will who its or had we after about',
  de:
    'der die und das ist nicht den mit sich auf für dem ein eine einer auch sie wir ich wird bei nach ' +
    'noch wie über aus zu hat sind oder aber vom zum zur werden wurde dass er im',
  fr:
    'les et est une du dans pour qui pas sur au aux avec ce cette il elle sont ont par plus mais nous vous ' +
    'été leur ses ou où comme je aussi selon être',
  es:
    'el los las y del por con una para su al lo como más pero sus ha fue este esta entre cuando muy sin ' +
    'sobre también hay según dijo está ya yo',
  uk:
    'і й та що з від як це був була було але його її він вона вони також який яка які щоб ще вже коли бо ' +
    'чи між після під цього ми ви сказав',
  ru:
    'и что с это как он она они его её но из от к был была было бы уже который когда только если или ' +
    'также после мы вы сказал под',
} as const;

export type StopwordLanguage = keyof typeof WORDS;

export const STOPWORD_LANGUAGES = Object.keys(WORDS) as readonly StopwordLanguage[];

export const STOPWORDS: Readonly<Record<StopwordLanguage, readonly string[]>> = {
  en: WORDS.en.split(' '),
  de: WORDS.de.split(' '),
  fr: WORDS.fr.split(' '),
  es: WORDS.es.split(' '),
  uk: WORDS.uk.split(' '),
  ru: WORDS.ru.split(' '),
};
