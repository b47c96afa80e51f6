/**
 * How the stored record is printed: statements (`onrecord quotes`) and people (`onrecord people`) as JSON
 * lines, a JSON array, or readable text. The JSON shapes are a contract like `onrecord extract`'s: fields may
 * be added, none may change meaning.
 */
import type { ArticleRef, StoredAttribution, StoredPerson, StoredRole } from '../store/index.js';
import type { Attribution } from '../types.js';
import type { OutputFormat } from './format-extraction.js';

/** One statement as printed: its article, the attribution as in the extraction contract, the person. */
export function quoteJson({ article, attribution, person, statement }: StoredAttribution): object {
  return {
    file: article.file,
    url: article.url,
    id: attribution.id,
    type: attribution.type,
    source: attribution.source,
    cue: attribution.cue,
    content: attribution.content,
    speaker: attribution.speaker,
    saidAt: attribution.saidAt,
    dating: attribution.dating,
    polarity: attribution.polarity,
    medium: attribution.medium,
    via: attribution.via,
    confidence: attribution.confidence,
    person: person && { id: person.id, name: person.name },
    statement: statement?.id ?? null,
    statementMatch: statement?.match ?? null,
    altered: statement?.altered ?? false,
  };
}

export function personJson(person: StoredPerson): object {
  return {
    id: person.id,
    name: person.name,
    aliases: person.aliases,
    roles: person.roles.map(({ text, start, end, time, at, article }) => ({
      text,
      start,
      end,
      time,
      at,
      file: article.file,
      url: article.url,
    })),
    statements: person.statements,
    mentions: person.mentions,
    articles: person.articles,
  };
}

export function formatQuotes(quotes: readonly StoredAttribution[], format: OutputFormat): string {
  if (format !== 'text') return formatJson(quotes.map(quoteJson), format);
  if (quotes.length === 0) return 'No statements match.\n';
  return quotes.map((quote) => `${quoteLine(quote)}\n`).join('');
}

export function formatPeople(people: readonly StoredPerson[], format: OutputFormat): string {
  if (format !== 'text') return formatJson(people.map(personJson), format);
  if (people.length === 0) return 'No people in the record.\n';
  return people.map((person) => `${personLines(person).join('\n')}\n`).join('');
}

function formatJson(values: readonly object[], format: 'json' | 'jsonl'): string {
  if (format === 'json') return `${JSON.stringify(values, null, 2)}\n`;
  return values.map((value) => `${JSON.stringify(value)}\n`).join('');
}

/** `Jens Stoltenberg [direct] said (seed.txt a2, source "he", said 2022-02)` and the words below it. */
export function quoteLine({ article, attribution, person }: StoredAttribution): string {
  const speaker = person?.name ?? (attribution.source ? `"${attribution.source.text}"` : '(unknown source)');
  const details = [
    `${articleName(article)} ${attribution.id}`,
    ...attributionDetails(attribution, person?.name ?? null),
  ];
  return `${speaker} [${attribution.type}] ${attribution.cue?.text ?? '-'} (${details.join(', ')})\n    ${words(attribution)}`;
}

/**
 * The details of an attribution worth a reader's glance: a denial or negation first (the source did not
 * assert the words), then the source as written, the date, the medium and the account it is reported in.
 */
export function attributionDetails(attribution: Attribution, speakerName: string | null): string[] {
  const { source, saidAt, via, polarity, medium } = attribution;
  return [
    polarity === 'affirmed' ? '' : polarity,
    source && speakerName !== null && source.text !== speakerName ? `source "${source.text}"` : '',
    saidAt ? `said ${saidAt.value}` : '',
    medium ? `medium ${medium.kind}` : '',
    via ? `via ${via}` : '',
  ].filter(Boolean);
}

export const words = (attribution: Attribution): string =>
  attribution.content.map((fragment) => fragment.text).join(' … ');

export const articleName = (article: ArticleRef): string => article.file ?? article.url ?? `#${article.id}`;

function personLines(person: StoredPerson): string[] {
  const counts = `${plural(person.statements, 'statement')}; named in ${plural(person.articles, 'article')}; ${plural(person.mentions, 'mention')}`;
  const lines = [`${person.name} (#${person.id}): ${counts}`];
  if (person.aliases.length > 0) lines.push(`    also: ${shortList(person.aliases)}`);
  if (person.roles.length > 0) lines.push(`    roles: ${roleSummary(person.roles)}`);
  return lines;
}

/** How many aliases or roles readable text lists before `and N more` (JSON lists all). */
const LIST_LIMIT = 8;

export function shortList(items: readonly string[]): string {
  const shown = items.slice(0, LIST_LIMIT).join('; ');
  return items.length > LIST_LIMIT ? `${shown}; and ${items.length - LIST_LIMIT} more` : shown;
}

/** Each distinct role once, those given by the most articles first, with their count when above one. */
export function roleSummary(roles: readonly StoredRole[]): string {
  const articlesOf = new Map<string, Set<number>>();
  for (const role of roles)
    articlesOf.set(role.text, (articlesOf.get(role.text) ?? new Set()).add(role.article.id));
  const ranked = [...articlesOf].sort(([, a], [, b]) => b.size - a.size);
  return shortList(
    ranked.map(([text, articles]) => (articles.size > 1 ? `${text} (${articles.size} articles)` : text)),
  );
}

export const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
