/**
 * Ukrainian and Russian given names, in one home, by gender: a capitalized word that is one of them (in any
 * case form, see inflection.ts) opens a person's name. Their Latin spellings (transliterate.ts) are names in
 * German, French, Spanish and English text too.
 */
const MALE = `
олександр олексій андрій анатолій антон арсеній артем артем богдан борис вадим валентин валерій василь
віктор віталій володимир вячеслав геннадій георгій гліб григорій даниїл данило денис дмитро євген єгор
іван ігор ілля йосип кирило костянтин леонід любомир максим марко матвій микита микола мирослав михайло
назар олег остап павло петро роман ростислав руслан сергій станіслав степан тарас тимофій тимур федір
юрій ярослав святослав всеволод зиновій орест омелян устим лев

александр алексей андрей анатолий антон арсений артём артем борис вадим валентин валерий василий виктор
виталий владимир вячеслав геннадий георгий глеб григорий даниил денис дмитрий евгений егор иван игорь
илья иосиф кирилл константин леонид максим марк матвей никита николай мирослав михаил назар олег павел
пётр петр роман ростислав руслан сергей станислав степан тарас тимофей тимур фёдор федор юрий ярослав
святослав всеволод лев
`;
const FEMALE = `
олександра олена ольга алла анастасія анна антоніна валентина валерія вероніка вікторія віра галина
дарина діана євгенія катерина ірина лариса людмила любов мар'яна мар’яна марина марія надія наталія
наталя оксана поліна світлана софія тамара тетяна уляна христина юлія яна ярослава зоряна леся лілія
соломія богдана мирослава інна жанна емілія

александра елена ольга алла анастасия анна антонина валентина валерия вероника виктория вера галина
дарья диана евгения екатерина ирина лариса людмила любовь марьяна марина мария надежда наталия наталья
оксана полина светлана софья софия тамара татьяна ульяна кристина юлия яна ярослава лилия инна жанна
`;

const words = (list: string): string[] => list.split(/\s+/u).filter((word) => word !== '');

export const CYRILLIC_GIVEN_NAMES: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...words(MALE).map((name) => [name, 'male'] as const),
  ...words(FEMALE).map((name) => [name, 'female'] as const),
]);

/**
 * Given names of German, French, Spanish and other European news that the English lists lack, lower case,
 * without diacritics, by gender.
 */
const EUROPEAN_MALE = `
jonas lukas leon finn elias felix maximilian moritz niklas jannik tobias florian matthias sebastian stefan
jürgen jurgen uwe dieter wolfgang horst günter gunter helmut olaf friedrich markus ralf jörg jorg heiko sven
thorsten armin hubertus cem kevin joachim winfried volker norbert gerd reinhard manfred andreas bernd
jean pierre jacques françois francois michel philippe nicolas olivier laurent thierry christophe sébastien
sebastien julien mathieu guillaume antoine étienne etienne yves rené rene benoît benoit gérald gerald hervé
herve bruno cédric cedric emmanuel édouard edouard gabriel raphaël raphael arnaud
javier josé jose juan carlos miguel pedro pablo alejandro sergio jorge alberto fernando rafael andrés andres
iñigo inigo íñigo álvaro alvaro gonzalo ignacio santiago diego raúl raul enrique ramón ramon jesús jesus
francisco xavier jordi josep oriol mariano óscar oscar rubén ruben emiliano
giorgio matteo giuseppe marco luca paolo andrea lorenzo massimo
`;
const EUROPEAN_FEMALE = `
katrin katharina ursula angela annalena anke birgit claudia sabine petra andrea julia lena lea leonie
sophie sofie franziska johanna charlotte greta ute heike silke jutta renate gisela ingrid svenja ricarda
élise elise camille marine ségolène segolene françoise francoise anne marie sophie nathalie isabelle
sylvie valérie valerie céline celine aurélie aurelie émilie emilie chloé chloe léa manon agnès agnes
élisabeth elisabeth brigitte dominique hélène helene margaux clémence clemence mathilde
lucía lucia carmen pilar dolores mercedes isabel elena marta cristina laura raquel ana sara paula
irene nuria montserrat teresa begoña begona ainhoa itziar rocío rocio inés ines yolanda
`;

export const EUROPEAN_GIVEN_NAMES: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...words(EUROPEAN_MALE).map((name) => [name, 'male'] as const),
  ...words(EUROPEAN_FEMALE).map((name) => [name, 'female'] as const),
]);
