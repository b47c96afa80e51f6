// Illustrative article text, written for onrecord's tests: no real event, person or outlet. Quotation
// marks and dashes are ASCII so that every KOI8 variant can hold the text.

/** Ukrainian, with the letters KOI8-R lacks (і ї є ґ). */
export const UKRAINIAN = [
  'Міська рада ухвалила новий бюджет на наступний рік.',
  '"Ми підтримуємо школи та лікарні", - сказала голова бюджетної комісії Олена Коваленко.',
  'Їхні пропозиції ґрунтуються на єдиних правилах для всіх районів міста, додала вона.',
].join(' ');

/** Russian, with ё and ъ. */
export const RUSSIAN = [
  'Городской совет утвердил новый бюджет на следующий год.',
  '"Мы поддерживаем школы и больницы", - сказала председатель комиссии Елена Ковалёва.',
  'Депутаты объявили, что расходы на транспорт и жильё вырастут весной.',
].join(' ');

/** A short Ukrainian headline, to check detection on little text. */
export const UKRAINIAN_HEADLINE = 'Рада ухвалила бюджет';

/** A page around a body text, with a meta declaration when one is given. */
export function page(body: string, options: { meta?: string; title?: string } = {}): string {
  const meta = options.meta === undefined ? '' : `<meta charset="${options.meta}">`;
  return [
    '<!doctype html><html><head>',
    meta,
    `<title>${options.title ?? 'Новини'}</title></head>`,
    `<body><article><p>${body}</p></article></body></html>`,
  ].join('\n');
}
