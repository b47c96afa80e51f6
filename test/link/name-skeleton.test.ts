import { describe, expect, it } from 'vitest';
import { nameDistance } from '../../src/link/name-distance.js';
import { familyKeyOf, nameSkeleton } from '../../src/link/name-skeleton.js';
import { parsePersonName } from '../../src/link/person-name.js';
import { nearSpelling, spellingDistance } from '../../src/link/spelling-distance.js';

const skeletons = (...words: string[]) => new Set(words.map(nameSkeleton));
const distance = (found: string, known: string) =>
  nameDistance(parsePersonName(found)!, parsePersonName(known)!);

describe('nameSkeleton', () => {
  it('writes one name the same in Ukrainian, Russian and the Latin transliterations', () => {
    expect(
      skeletons(
        'Вербицький',
        'Вербицкий',
        'Verbytskyi',
        'Verbytskyy',
        'Verbitsky',
        'Verbitskiy',
        'Werbyzkyj',
      ),
    ).toEqual(new Set(['verbiski']));
    expect(skeletons('Довженко', 'Dovzhenko', 'Dowschenko')).toEqual(new Set(['dovxenko']));
    expect(skeletons('Галина', 'Halyna', 'Galina')).toEqual(new Set(['halina']));
    expect(skeletons('Максим', 'Maksym', 'Maxym', 'Maksim')).toEqual(new Set(['maksim']));
    expect(skeletons('Кравець', 'Кравец', 'Kravets', 'Krawez')).toEqual(new Set(['kraves']));
    expect(skeletons('Орлова', 'Orlova', 'Orlowa')).toEqual(new Set(['orlova']));
    expect(skeletons('Ігор', 'Игорь', 'Ihor', 'Igor')).toEqual(new Set(['ihor']));
    expect(skeletons('Свєтлов', 'Svitlov', 'Svietlov', 'Switlow')).toEqual(new Set(['svitlov']));
    expect(skeletons('Катрін', 'Катрин', 'Katrin')).toEqual(new Set(['katrin']));
    expect(skeletons('Ольмедо', 'Olmedo')).toEqual(new Set(['olmedo']));
    expect(skeletons('Хав’єр', "Хав'єр", 'Хавʼєр', 'Хавьер')).toEqual(new Set(['havir']));
    expect(skeletons('Зеленський', 'Зеленский', 'Zelensky', 'Zelenskyy', 'Selenskyj')).toEqual(
      new Set(['selenski']),
    );
    expect(skeletons('Élise', 'Elise')).toEqual(new Set(['elise']));
    expect(skeletons('François', 'Francois')).toEqual(new Set(['frankois']));
  });

  it('keeps digits, so that numbered names stay apart', () => {
    expect(nameSkeleton('Holt15')).not.toBe(nameSkeleton('Holt16'));
  });

  it('keeps apart what sounds apart', () => {
    expect(nameSkeleton('Orlova')).not.toBe(nameSkeleton('Orlov'));
    expect(nameSkeleton('Hillary')).not.toBe(nameSkeleton('Bill'));
    expect(nameSkeleton('Вербицька')).not.toBe(nameSkeleton('Вербицький'));
  });

  it('gives near spellings one coarse family key', () => {
    expect(familyKeyOf(nameSkeleton('Marchand'))).toBe(familyKeyOf(nameSkeleton('Маршан')));
    expect(familyKeyOf(nameSkeleton('Wendelstein'))).toBe(familyKeyOf(nameSkeleton('Вендельштайн')));
    expect(familyKeyOf(nameSkeleton('Светлов'))).toBe(familyKeyOf(nameSkeleton('Svitlov')));
    expect(familyKeyOf(nameSkeleton('Okafor'))).toBe('kfr');
  });
});

describe('spelling distance', () => {
  it('charges half for what transliterations disagree on', () => {
    expect(spellingDistance('svitlov', 'svetlov')).toBe(0.5);
    expect(spellingDistance(nameSkeleton('Wendelstein'), nameSkeleton('Вендельштайн'))).toBe(1);
    expect(spellingDistance(nameSkeleton('Marchand'), nameSkeleton('Маршан'))).toBe(1);
  });

  it('takes a consonant more or less for another name in one script, not across two', () => {
    expect(nearSpelling(nameSkeleton('Brooks'), nameSkeleton('Brock'), false)).toBeNull();
    expect(nearSpelling(nameSkeleton('Ivanka'), nameSkeleton('Ivana'), false)).toBeNull();
    expect(nearSpelling(nameSkeleton('Marchand'), nameSkeleton('Маршан'), true)).toBe(1);
  });

  it('never takes a name for another that begins otherwise or differs in a final a', () => {
    expect(nearSpelling('donald', 'ronald', true)).toBeNull();
    expect(nearSpelling('orlova', 'orlov', true)).toBeNull();
    expect(nearSpelling('maria', 'mario', false)).toBeNull();
  });
});

describe('nameDistance', () => {
  it('finds one name in another script or spelling', () => {
    expect(distance('Игорь Светлов', 'Ihor Svitlov')).toBe(0.5);
    expect(distance('Igor Svetlov', 'Ihor Svitlov')).toBe(0.5);
    expect(distance('Еліз Маршан', 'Élise Marchand')).toBe(1.5);
    expect(distance('Катрін Вендельштайн', 'Katrin Wendelstein')).toBe(1);
    expect(distance('Хав’єр Ольмедо', 'Javier Olmedo')).toBe(1);
    expect(distance('Владимир Зеленский', 'Volodymyr Zelensky')).toBe(1);
    expect(distance('Wolodymyr Selenskyj', 'Volodymyr Zelenskyy')).toBe(0);
    expect(distance('Елена Кравец', 'Olena Kravets')).toBe(0.5);
    expect(distance('J. Goldberg', 'Jonah Goldberg')).toBe(0.5);
  });

  it('keeps namesakes apart', () => {
    expect(distance('Олена Кравець', 'Maksym Kravets')).toBeNull();
    expect(distance('Marten Vos Jr.', 'Marten Vos')).toBeNull();
    expect(distance('Hillary Clinton', 'Bill Clinton')).toBeNull();
    expect(distance('Ivanka Trump', 'Ivana Trump')).toBeNull();
    expect(distance('David Brock', 'David Brooks')).toBeNull();
    expect(distance('Bill Bratton', 'Bill Burton')).toBeNull();
    expect(distance('Ihor Svitlov', 'I. Svitlov')).toBeNull();
    expect(distance('Okafor', 'Lena Okafor')).toBeNull();
  });
});
