/**
 * The multilingual analyzer on short texts written for these tests (illustrative, fictional people): each
 * language's quotation marks, dialogue dashes, the author's words around and inside a quotation, reported
 * clauses and phrasal cues, and names in their case forms.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract.js';

/** A plain-text article in the samples' form, in a language the reader detects. */
const article = (title: string, body: string): string =>
  ` date 2026-03-02 ${title}\n${title}\n\nSource:  test.example\n\n${body}\n`;

const said = (text: string) =>
  extract(text, { file: 'test.txt' }).attributions.map((attribution) => ({
    type: attribution.type,
    content: attribution.content.map((fragment) => fragment.text),
    cue: attribution.cue?.text ?? null,
    speaker: attribution.speaker?.name ?? null,
  }));

describe('Ukrainian', () => {
  const text = article(
    'Мер Луцьків пообіцяв відкрити нові мости',
    [
      'Мер міста Тарас Гнатюк у понеділок заявив, що нові мости через річку відкриють до кінця літа.',
      '— Ми не зупинимо будівництво, — сказав Гнатюк журналістам. — Гроші вже є, і підрядник працює.',
      'За словами Гнатюка, ремонт старого мосту коштуватиме близько двох мільйонів гривень.',
      'Депутатка Ірина Лисенко назвала цей план «поспішним і дорогим».',
      'Роботи координує компанія «Мостобуд-Захід».',
    ].join('\n\n'),
  );

  it('reads dialogue dashes with the author’s words inside, reported clauses and phrasal cues', () => {
    expect(said(text)).toEqual([
      {
        type: 'indirect',
        content: ['нові мости через річку відкриють до кінця літа'],
        cue: 'заявив',
        speaker: 'Тарас Гнатюк',
      },
      {
        type: 'direct',
        content: ['Ми не зупинимо будівництво', 'Гроші вже є, і підрядник працює.'],
        cue: 'сказав',
        speaker: 'Тарас Гнатюк',
      },
      {
        type: 'indirect',
        content: ['ремонт старого мосту коштуватиме близько двох мільйонів гривень'],
        cue: 'За словами',
        speaker: 'Тарас Гнатюк',
      },
    ]);
  });

  it('does not take a company’s name in quotation marks for speech', () => {
    expect(said(text).some((attribution) => attribution.content.join(' ').includes('Мостобуд'))).toBe(false);
  });
});

describe('Russian', () => {
  it('finds a speaker named in another case and a quotation split by the author’s words', () => {
    const text = article(
      'В Луцкове обещают новые мосты',
      [
        'Глава города Тарас Гнатюк заявил журналистам, что новые мосты откроют до конца лета.',
        '«Мы не остановим стройку, — сказал он. — Деньги уже есть, подрядчик работает».',
        'По словам Гнатюка, ремонт старого моста обойдётся примерно в два миллиона.',
      ].join('\n\n'),
    );
    expect(said(text)).toEqual([
      {
        type: 'indirect',
        content: ['новые мосты откроют до конца лета'],
        cue: 'заявил',
        speaker: 'Тарас Гнатюк',
      },
      {
        type: 'direct',
        content: ['Мы не остановим стройку', 'Деньги уже есть, подрядчик работает'],
        cue: 'сказал',
        speaker: 'Тарас Гнатюк',
      },
      {
        type: 'indirect',
        content: ['ремонт старого моста обойдётся примерно в два миллиона'],
        cue: 'По словам',
        speaker: 'Тарас Гнатюк',
      },
    ]);
  });
});

describe('German', () => {
  it('reads „…“ with the cue after it, Konjunktiv I without "dass" and its continuation', () => {
    const text = article(
      'Neue Brücken für Luzkiw',
      [
        '„Wir halten den Bau nicht an“, sagte Bürgermeister Taras Hnatjuk am Montag.',
        'Die Stadt habe das Geld bereits, sagte Hnatjuk. Die Firma baue schon an der zweiten Brücke.',
      ].join('\n\n'),
    );
    expect(said(text)).toEqual([
      { type: 'direct', content: ['„Wir halten den Bau nicht an“'], cue: 'sagte', speaker: 'Taras Hnatjuk' },
      {
        type: 'indirect',
        content: ['Die Stadt habe das Geld bereits'],
        cue: 'sagte',
        speaker: 'Taras Hnatjuk',
      },
      {
        type: 'indirect',
        content: ['Die Firma baue schon an der zweiten Brücke'],
        cue: null,
        speaker: 'Taras Hnatjuk',
      },
    ]);
  });
});

describe('French', () => {
  it('reads « … » with no-break spaces, an incise inside the quotation and "selon X"', () => {
    const text = article(
      'Deux ponts neufs à Loutskiv',
      [
        '«\u202fNous n’arrêterons pas le chantier, a déclaré le maire, Taras Hnatiouk. L’argent est là.\u202f»',
        'Selon Hnatiouk, la réparation du vieux pont coûtera environ deux millions.',
      ].join('\n\n'),
    );
    expect(said(text)).toEqual([
      {
        type: 'direct',
        content: ['Nous n’arrêterons pas le chantier', 'L’argent est là.'],
        cue: 'a déclaré',
        speaker: 'Taras Hnatiouk',
      },
      {
        type: 'indirect',
        content: ['la réparation du vieux pont coûtera environ deux millions'],
        cue: 'Selon',
        speaker: 'Taras Hnatiouk',
      },
    ]);
  });
});

describe('Spanish', () => {
  it('reads «…» continued after the author’s words, "dijo que" and a description resolved to its person', () => {
    const text = article(
      'Dos puentes nuevos en Lutskiv',
      [
        'El alcalde de la ciudad, Taras Hnatiuk, dijo que los puentes estarán listos en verano.',
        '«No vamos a parar la obra», aseguró el alcalde, «el dinero ya está».',
      ].join('\n\n'),
    );
    expect(said(text)).toEqual([
      {
        type: 'indirect',
        content: ['los puentes estarán listos en verano'],
        cue: 'dijo',
        speaker: 'Taras Hnatiuk',
      },
      {
        type: 'direct',
        content: ['«No vamos a parar la obra»', '«el dinero ya está»'],
        cue: 'aseguró',
        speaker: 'Taras Hnatiuk',
      },
    ]);
  });
});

describe('robustness', () => {
  it('never throws and keeps every span inside the text, whatever the text (each language)', () => {
    const pieces = [
      '«',
      '»',
      '„',
      '“',
      '”',
      '—',
      ' — ',
      ', ',
      '. ',
      '\n\n',
      'сказав',
      'заявила, що',
      'sagte',
      'a déclaré',
      'dijo que',
      'За словами',
      'Selon',
      'Тарас Гнатюк',
      'Гнатюка',
      'Taras Hnatiuk',
      'він',
      'elle',
      'X',
      ' ',
    ];
    const openings = [
      'Мер сказав, що місто має тепло. ',
      'Der Bürgermeister sagte, die Stadt habe Wärme. ',
      'Le maire a déclaré que la ville a du chauffage. ',
      'El alcalde dijo que la ciudad tiene calefacción. ',
      'Мэр сказал, что в городе есть тепло. ',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...openings),
        fc.array(fc.constantFrom(...pieces), { maxLength: 60 }),
        (opening, parts) => {
          const text = article('T', opening.repeat(3) + parts.join(''));
          const extraction = extract(text, { file: 'fuzz.txt' });
          for (const attribution of extraction.attributions)
            for (const span of [...attribution.content, attribution.cue, attribution.source])
              if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Who each quotation (direct or mixed) and each reported clause is given to, by the first words said. */
const speakers = (text: string): Record<string, string | null> =>
  Object.fromEntries(
    said(text).map((attribution) => [
      attribution.content.join(' ').split(/\s+/u).slice(0, 3).join(' '),
      attribution.speaker,
    ]),
  );

describe('who is meant, when names are shared, left out or in the background', () => {
  it('de: a family name alone is the namesake named in the sentence, not the one in an aside', () => {
    const text = article(
      'Neue Brücke in Lauterbach',
      'Die Ärztin Anna Berger – nicht verwandt mit Bürgermeister Paul Berger – leitet die Notaufnahme. „Wir brauchen die Brücke für jeden Einsatz“, sagte Berger am Abend.',
    );
    expect(speakers(text)['„Wir brauchen die']).toBe('Anna Berger');
  });

  it('de: a date with an ordinal dot stands between a speaker and the cue', () => {
    const text = article(
      'Brücke verspätet',
      'Bürgermeister Paul Berger hatte am 3. März gesagt, die Brücke werde bis zum 1. Mai fertig. Sie ist es nicht.',
    );
    expect(said(text)).toContainEqual({
      type: 'indirect',
      content: ['die Brücke werde bis zum 1. Mai fertig'],
      cue: 'gesagt',
      speaker: 'Paul Berger',
    });
  });

  it('de: a quotation after a colon is the words of the person whose answer the clause names', () => {
    const text = article(
      'Streit um die Brücke',
      'Der Stadtrat Jonas Keller warf der Verwaltung Verschwendung vor. Bürgermeister Paul Berger sprach zuvor über den Haushalt. Kellers Antwort kam sofort: »Das Geld ist längst weg.«',
    );
    expect(speakers(text)['»Das Geld ist']).toBe('Jonas Keller');
  });

  it('fr: an object pronoun before the cue is whom it was said to; the source follows the cue', () => {
    const text = article(
      'Le pont de Valmont',
      [
        'Le chantier du pont de Valmont a pris six mois de retard et son coût a doublé depuis le printemps.',
        'Le député Marc Lemoine a demandé où était passé l’argent. « Tout est dans le budget », lui a répondu la maire Claire Duval.',
        'Les habitants attendent toujours la réouverture de la route pour les camions et les bus scolaires.',
      ].join('\n\n'),
    );
    expect(speakers(text)['« Tout est']).toBe('Claire Duval');
  });

  it('uk: a pronoun means the person of the sentence, not one named in a relative clause', () => {
    const text = article(
      'Суперечка про міст',
      [
        'Депутат Тарас Гнатюк заявив, що ремонт мосту затягують.',
        '— Кошторис опубліковано, — відповів міністр Остап Мельник, який виступав після Гнатюка.',
        'За його словами, роботи завершать до осені.',
      ].join('\n\n'),
    );
    expect(speakers(text)['роботи завершать до']).toBe('Остап Мельник');
  });

  it('uk: a title opening the sentence does not hide the unknown name after it', () => {
    const text = article(
      'Гроші на мости',
      'Єврокомісарка Катрін Вендельштайн 3 грудня заявила, що ЄС передасть місту два мільйони євро.',
    );
    expect(speakers(text)['ЄС передасть місту']).toBe('Катрін Вендельштайн');
  });

  it('es: a description refers to the person named with it, for the pronoun after it', () => {
    const text = article(
      'El puente de Valmonte',
      [
        'La alcaldesa Lucía Ortega inauguró el puente en marzo.',
        'La ministra de Transportes, Marta Gil, prometió más fondos.',
        'En abril la alcaldesa volvió a hablar. Ella misma dijo entonces que el puente «ya se nota».',
      ].join('\n\n'),
    );
    expect(speakers(text)['el puente «ya']).toBe('Lucía Ortega');
  });

  it('ru: of two namesakes, a family name alone is the one a description named last', () => {
    const text = article(
      'Пункты обогрева',
      [
        'В школе на окраине города уже неделю работает пункт обогрева, и вечером здесь собираются соседи.',
        'Учительница Елена Ткач встречает нас у входа с термосом и показывает классы, где стоят генераторы.',
        'На вопрос о главе управления Андрее Ткаче учительница улыбается.',
        '— Просто однофамилец, — говорит Ткач.',
      ].join('\n\n'),
    );
    expect(speakers(text)['Просто однофамилец']).toBe('Елена Ткач');
  });
});

describe('when and what, around datelines and long author’s words', () => {
  const dated = (text: string) =>
    extract(text, { file: 'test.txt' }).attributions.map((attribution) => ({
      content: attribution.content.map((fragment) => fragment.text).join(' | '),
      saidAt: attribution.saidAt?.value ?? null,
      speaker: attribution.speaker?.name ?? null,
    }));

  it('es: the content before a long cue phrase, without the dateline, dated by the cue’s weekday', () => {
    // Published on a Friday: "el jueves" is the day before.
    const text = article(
      'Cortes de luz en Valmonte',
      [
        'VALMONTE — Los barrios de Valmonte tendrán cortes de luz de dos horas al día hasta la primavera, afirmó el jueves en una rueda de prensa en Madrid la ministra de Energía, Lucía Ortega.',
        '«Ningún barrio se quedará sin luz más de dos horas», aseguró Ortega ante los periodistas.',
      ].join('\n\n'),
    ).replace('date 2026-03-02', 'date 2026-03-06');
    expect(dated(text)).toEqual([
      {
        content: 'Los barrios de Valmonte tendrán cortes de luz de dos horas al día hasta la primavera',
        saidAt: '2026-03-05',
        speaker: 'Lucía Ortega',
      },
      {
        content: '«Ningún barrio se quedará sin luz más de dos horas»',
        saidAt: '2026-03-05',
        speaker: 'Lucía Ortega',
      },
    ]);
  });

  it('fr: a dateline’s date is the filing’s; the weekday by the cue dates the words', () => {
    const text = article(
      'Le pont de Valmont',
      [
        'VALMONT (France), 4 mars 2026 (AFP) - La maire Claire Duval a déclaré mardi que le pont rouvrirait en avril, après des mois de travaux et de retards.',
        'Les habitants attendent cette réouverture depuis le printemps dernier, et les commerçants du centre aussi.',
      ].join('\n\n'),
    ).replace('date 2026-03-02', 'date 2026-03-04');
    expect(dated(text)).toEqual([
      {
        content: 'le pont rouvrirait en avril, après des mois de travaux et de retards',
        saidAt: '2026-03-03',
        speaker: 'Claire Duval',
      },
    ]);
  });
});

describe('German reported speech by its word order', () => {
  const text = article(
    'Strom für Lauterbach',
    [
      'Die Stadt Lauterbach hat seit Montag wieder Strom, nachdem die Leitung repariert worden war und die Techniker abgezogen sind.',
      'Laut Anna Berger vom Kieler Institut für Netze ist der Termin ehrgeizig, aber erreichbar.',
      'Der Netzchefin Anna Berger zufolge läuft die Turbine seit dem Mittag stabil.',
      'Der Abgeordnete Paul Keller sagte am Donnerstag bei einer Anhörung des Ausschusses, das Ministerium verschweige die Kosten.',
      'Paul Keller sagte am Donnerstag vor dem Rathaus in der Altstadt, wo die Sitzung stattfand, nichts.',
    ].join('\n\n'),
  );

  it('reads "Laut X …" up to the verb, "X zufolge …", and a clause after long adverbials in the reported mood', () => {
    expect(said(text)).toEqual([
      {
        type: 'indirect',
        content: ['ist der Termin ehrgeizig, aber erreichbar'],
        cue: 'Laut',
        speaker: 'Anna Berger',
      },
      {
        type: 'indirect',
        content: ['läuft die Turbine seit dem Mittag stabil'],
        cue: 'zufolge',
        speaker: 'Anna Berger',
      },
      {
        type: 'indirect',
        content: ['das Ministerium verschweige die Kosten'],
        cue: 'sagte',
        speaker: 'Paul Keller',
      },
    ]);
  });
});

describe('review repros (session 5)', () => {
  it('uk: a description of another person never moves a family name onto them', () => {
    const text = article(
      'Школа на окраїні',
      [
        'Учителька Олена Кравець зустрічає нас біля входу до школи, де вже тиждень працює пункт обігріву.',
        'Голова мережі Максим Кравець приїхав сюди вранці разом із міністром.',
        'Міністр освіти Остап Вербицький оглянув класи. Міністр похвалив школу.',
        '— Ми раді гостям, — каже Кравець.',
      ].join('\n\n'),
    );
    expect(speakers(text)['Ми раді гостям']).not.toBe('Остап Вербицький');
  });

  it('uk: a capitalized word and a dash later in the article is a sentence, not a dateline', () => {
    const text = article(
      'Союз і сусіди',
      [
        'КИЇВ – Генеральний секретар альянсу провів зустріч із міністрами оборони в Києві в понеділок.',
        'НАТО – це оборонний союз, а не загроза для сусідів, заявив Марк Рютте журналістам.',
      ].join('\n\n'),
    );
    expect(said(text).map((attribution) => attribution.content[0])).toContain(
      'НАТО – це оборонний союз, а не загроза для сусідів',
    );
  });

  it('ru: a quotation in the paragraph before dash speech is no gloss of it', () => {
    const text = article(
      'Митинг у моста',
      [
        'У моста собрались сотни жителей города, и толпа скандировала: «Мы победим!»',
        '— Мы не остановим стройку, — сказал Гнатюк журналистам после митинга у моста.',
      ].join('\n\n'),
    );
    expect(said(text).filter((attribution) => attribution.content.join(' ').includes('победим'))).toEqual([]);
  });
});

describe('unnamed speakers and elided articles', () => {
  it('fr: "l’élu" after the cue is a description of the person named with that title', () => {
    const text = article(
      'Le coût du pont',
      [
        'Le chantier du pont de Valmont a pris six mois de retard et son coût a doublé depuis le printemps.',
        'L’élu d’opposition Marc Lemoine a interrogé la maire sur le budget lors de la séance de lundi.',
        '« Six millions, et pas une ligne dans le budget ! » s’est exclamé l’élu.',
      ].join('\n\n'),
    );
    expect(speakers(text)['« Six millions,']).toBe('Marc Lemoine');
  });

  it('ru: a pronoun after an unnamed speaker of that gender is hers, not the last woman named', () => {
    const text = article(
      'Пункты обогрева',
      [
        'В школе на окраине города уже неделю работает пункт обогрева, и вечером здесь собираются соседи.',
        'Учительница Елена Ткач встречает нас у входа с термосом и показывает классы, где стоят генераторы.',
        'Пенсионерка из Нижнего города, попросившая не называть её имени, рассказала, что её квартира до сих пор не просохла.',
        '«Здесь хотя бы тепло», — говорит она.',
      ].join('\n\n'),
    );
    expect(speakers(text)['«Здесь хотя бы']).toBeNull();
  });
});
