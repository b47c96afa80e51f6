/**
 * Small original articles for the search, details and corrections tests, built from a list of quotes: each
 * quote's source, cue and words are found in the text, so every span is what the text holds.
 */
import { CONTRACT_VERSION, type Attribution, type Person } from '../../src/types.js';
import type { IngestInput } from '../../src/store/index.js';
import { extractionOf, spanOf } from './fixtures.js';

export interface Quote {
  /** The speaker's full name as the article gives it, or null for an unnamed source. */
  readonly speaker: string | null;
  /** The source words as written (the name, "a port official"). */
  readonly source: string;
  readonly cue: string;
  readonly words: string;
  readonly type?: Attribution['type'];
  readonly saidAt?: string;
}

export interface ArticleSpec {
  readonly file: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly language?: string;
  readonly quotes: readonly Quote[];
}

/** The article's text: its title, then a paragraph per quote. */
export function articleText(spec: ArticleSpec): string {
  const paragraphs = spec.quotes.map((quote) =>
    quote.type === 'direct'
      ? `“${quote.words},” ${quote.source} ${quote.cue}.`
      : `${quote.source} ${quote.cue}: ${quote.words}.`,
  );
  return `${spec.title}\n\n${paragraphs.join('\n\n')}\n`;
}

export function webArticle(spec: ArticleSpec, text = articleText(spec)): IngestInput {
  const names = [...new Set(spec.quotes.flatMap((quote) => (quote.speaker === null ? [] : [quote.speaker])))];
  const people: Person[] = names.map((name, index) => ({
    id: `p${index + 1}`,
    name,
    aliases: [],
    roles: [],
    mentions: [spanOf(text, name)].map(({ start, end }) => ({ start, end })),
  }));
  const seen = new Map<string, number>();
  const occurrence = (part: string): number => {
    const next = (seen.get(part) ?? 0) + 1;
    seen.set(part, next);
    return next;
  };
  const attributions: Attribution[] = spec.quotes.map((quote, index) => {
    const person = quote.speaker === null ? undefined : people[names.indexOf(quote.speaker)];
    const saidAt = quote.saidAt;
    return {
      id: `a${index + 1}`,
      type: quote.type ?? 'indirect',
      source: spanOf(text, quote.source, occurrence(quote.source)),
      cue: spanOf(text, quote.cue, occurrence(quote.cue)),
      content: [spanOf(text, quote.words)],
      speaker: person ? { id: person.id, name: person.name } : null,
      saidAt:
        saidAt === undefined
          ? null
          : {
              ...spanOf(text, quote.words),
              value: saidAt,
              precision: saidAt.length === 10 ? 'day' : saidAt.length === 7 ? 'month' : 'year',
              basis: 'stated',
            },
      dating: saidAt !== undefined ? 'text' : spec.published !== null ? 'publication' : 'unknown',
      polarity: 'affirmed',
      medium: null,
      via: null,
      confidence: 0.9,
    };
  });
  const extraction = extractionOf(text, spec.file, people, attributions);
  return {
    text,
    extraction: {
      ...extraction,
      version: CONTRACT_VERSION,
      meta: {
        ...extraction.meta,
        title: spec.title,
        outlet: spec.outlet,
        published: spec.published,
        language: spec.language ?? 'en',
      },
    },
  };
}

/** Five articles from three outlets, two languages and three months. */
export const WEB_ARTICLES: readonly ArticleSpec[] = [
  {
    file: 'ferry.txt',
    title: 'Ferry timetable cut for winter',
    outlet: 'Coast Courier',
    published: '2024-01-10',
    quotes: [
      {
        speaker: 'Marta Lindqvist',
        source: 'Marta Lindqvist',
        cue: 'said',
        words: 'the winter ferry timetable would lose two crossings',
      },
      {
        speaker: null,
        source: 'A port official',
        cue: 'said',
        words: 'the harbour budget could not carry a third boat',
      },
    ],
  },
  {
    file: 'bridge.txt',
    title: 'Bridge repairs start in March',
    outlet: 'Valley Herald',
    published: '2024-02-03',
    quotes: [
      {
        speaker: 'Marta Lindqvist',
        source: 'Marta Lindqvist',
        cue: 'told',
        words: 'The bridge will close at night while the repairs last',
        type: 'direct',
        saidAt: '2024-01-30',
      },
      {
        speaker: 'Oskar Brandt',
        source: 'Oskar Brandt',
        cue: 'said',
        words: 'the ferry would run extra crossings during the bridge repairs',
      },
    ],
  },
  {
    file: 'levy.txt',
    title: 'Harbour levy vote delayed',
    outlet: 'Coast Courier',
    published: '2024-02-20',
    quotes: [
      {
        speaker: 'Oskar Brandt',
        source: 'Oskar Brandt',
        cue: 'argued',
        words: 'the mooring levy should wait for the harbour budget',
      },
      {
        speaker: 'Marta Lindqvist',
        source: 'Marta Lindqvist',
        cue: 'replied',
        words: 'the levy (and the “budget”) had been debated for a year',
      },
    ],
  },
  {
    file: 'school.txt',
    title: 'Village school keeps its library',
    outlet: 'Valley Herald',
    published: '2024-03-05',
    quotes: [
      {
        speaker: 'Élodie Marchetti',
        source: 'Élodie Marchetti',
        cue: 'said',
        words: 'the library would stay open on Saturdays',
        saidAt: '2024-03',
      },
    ],
  },
  {
    file: 'port-ru.txt',
    title: 'Порт получит новый причал',
    outlet: 'Северная газета',
    published: '2024-03-12',
    language: 'ru',
    quotes: [
      {
        speaker: 'Анна Соколова',
        source: 'Анна Соколова',
        cue: 'сказала',
        words: 'новый причал откроют летом',
      },
    ],
  },
];
