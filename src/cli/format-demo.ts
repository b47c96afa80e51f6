import type { StoredArticle, StoredAttribution, StoredPerson } from '../store/index.js';
import { articleName, attributionDetails, plural, roleSummary, shortList, words } from './format-record.js';

/**
 * The demo's view of the record: the articles, numbered; each person with roles and aliases, then what
 * they said, with the type and the number of the article it came from; then the statements of unnamed
 * sources.
 */
export function formatRecord(
  articles: readonly StoredArticle[],
  people: readonly StoredPerson[],
  quotes: readonly StoredAttribution[],
): string {
  const numberOf = new Map(articles.map((article, index) => [article.id, index + 1]));
  const out = [
    'Articles',
    ...articles.map((article, index) => `  [${index + 1}] ${articleLine(article)}`),
    '',
  ];
  if (people.length === 0 && quotes.length === 0) {
    out.push('No people or statements were found in them.', '');
    return out.join('\n');
  }
  const quotesOf = new Map<number | null, StoredAttribution[]>();
  for (const quote of quotes) {
    const key = quote.person?.id ?? null;
    quotesOf.set(key, [...(quotesOf.get(key) ?? []), quote]);
  }
  const statement = (quote: StoredAttribution, speaker: string): string[] => {
    const { attribution, article, person } = quote;
    const details = [
      `[${String(numberOf.get(article.id) ?? articleName(article))}]`,
      ...(attribution.cue ? [`cue "${attribution.cue.text}"`] : []),
      ...attributionDetails(attribution, person?.name ?? null),
    ];
    return [`  - ${speaker}[${attribution.type}] ${words(attribution)}`, `    ${details.join(', ')}`];
  };
  for (const person of people) {
    out.push(
      `${person.name}: ${plural(person.statements, 'statement')}; named in ${plural(person.articles, 'article')}`,
    );
    if (person.roles.length > 0) out.push(`  roles: ${roleSummary(person.roles)}`);
    if (person.aliases.length > 0) out.push(`  also called: ${shortList(person.aliases)}`);
    for (const quote of quotesOf.get(person.id) ?? []) out.push(...statement(quote, ''));
    out.push('');
  }
  const unnamed = quotesOf.get(null) ?? [];
  if (unnamed.length > 0) {
    out.push(`Unnamed sources: ${plural(unnamed.length, 'statement')}`);
    for (const quote of unnamed)
      out.push(...statement(quote, `"${quote.attribution.source?.text ?? 'unknown'}" `));
    out.push('');
  }
  return out.join('\n');
}

/** `Title (outlet, date): file`, with what the article's meta holds. */
function articleLine(article: StoredArticle): string {
  const about = [article.outlet, article.published].filter(Boolean).join(', ');
  return `${article.title ?? '(no title)'}${about ? ` (${about})` : ''}: ${articleName(article)}`;
}
