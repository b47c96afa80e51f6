/**
 * How statements (`onrecord statements`), one person (`onrecord person`) and revisions (`onrecord
 * revisions`) are printed: JSON shapes that are a contract like the others, or readable text.
 */
import type {
  PersonExplanation,
  StoredAttribution,
  StoredPerson,
  StoredRevision,
  StoredStatement,
} from '../store/index.js';
import type { OutputFormat } from './format-extraction.js';
import { personJson, quoteJson } from './format-record.js';

const articleName = (article: { file: string | null; url: string | null }): string =>
  article.url ?? article.file ?? '(unknown)';

export function statementJson(statement: StoredStatement): object {
  return {
    id: statement.id,
    person: statement.person,
    source: statement.source,
    saidAt: statement.saidAt,
    firstSeen: {
      file: statement.firstSeen.article.file,
      url: statement.firstSeen.article.url,
      outlet: statement.firstSeen.article.outlet,
      published: statement.firstSeen.article.published,
    },
    reportCount: statement.reports.length,
    independentReports: statement.independentReports,
    outlets: statement.outlets,
    reports: statement.reports.map((report) => ({
      file: report.article.file,
      url: report.article.url,
      outlet: report.article.outlet,
      published: report.article.published,
      copyOf: report.article.copyOf,
      attribution: report.attribution.id,
      words: report.attribution.content.map((fragment) => fragment.text).join(' … '),
      match: report.match,
      altered: report.altered,
      polarity: report.attribution.polarity,
    })),
    variants: statement.variants,
  };
}

export function formatStatements(statements: readonly StoredStatement[], format: OutputFormat): string {
  if (format !== 'text') return formatJson(statements.map(statementJson), format);
  if (statements.length === 0) return 'No statements match.\n';
  return statements.map((statement) => `${statementLines(statement).join('\n')}\n`).join('\n');
}

function statementLines(statement: StoredStatement): string[] {
  const who = statement.person?.name ?? (statement.source ? `"${statement.source}"` : '(unknown source)');
  const first = statement.firstSeen.article;
  const count = statement.reports.length;
  const copies = count - statement.independentReports;
  const reports = `${count} report${count === 1 ? '' : 's'}${copies > 0 ? ` (${copies} syndicated ${copies === 1 ? 'copy' : 'copies'})` : ''}`;
  const lines = [
    `s${statement.id} ${who}${statement.saidAt ? `, said ${statement.saidAt}` : ''}: ${reports} in ${statement.outlets.join(', ') || '(no outlet)'}; first seen ${first.published ?? '?'} in ${first.outlet ?? articleName(first)}`,
  ];
  for (const variant of statement.variants) {
    const diff = variant.diff
      .map((part) =>
        part.op === 'same' ? part.text : part.op === 'added' ? `[+${part.text}+]` : `[-${part.text}-]`,
      )
      .join(' ');
    lines.push(`  ${variant.altered ? 'ALTERED ' : ''}(${variant.reports}x) ${diff}`);
  }
  for (const report of statement.reports)
    lines.push(
      `    ${report.article.published ?? '?'} ${report.article.outlet ?? ''} ${articleName(report.article)} ${report.attribution.id} (${report.match}${report.altered ? ', altered' : ''}${report.attribution.polarity === 'affirmed' ? '' : `, ${report.attribution.polarity}`})`,
    );
  return lines;
}

/** One person as `onrecord person` shows it: the stored person, its statements, why it is one person. */
export interface PersonView {
  readonly person: StoredPerson;
  readonly statements: readonly StoredAttribution[];
  readonly explanation: PersonExplanation;
}

/** People: aliases, roles over time, statements by said-at date, and why the record links them. */
export function formatPersons(views: readonly PersonView[], format: OutputFormat): string {
  const dateOf = (quote: StoredAttribution): string => quote.attribution.saidAt?.value ?? '';
  const ordered = (view: PersonView) =>
    [...view.statements].sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
  if (format !== 'text')
    return formatJson(
      views.map((view) => ({
        ...personJson(view.person),
        statementsBySaidAt: ordered(view).map(quoteJson),
        ...view.explanation,
      })),
      format,
    );
  return views.map((view) => personLines(view, ordered(view))).join('\n');
}

function personLines({ person, explanation }: PersonView, statements: readonly StoredAttribution[]): string {
  const lines = [`${person.name} (person ${person.id})`];
  if (person.aliases.length > 0) lines.push(`  aliases: ${person.aliases.join('; ')}`);
  for (const role of person.roles)
    lines.push(
      `  role: ${role.text}${role.time === 'current' ? '' : ` (${role.time}${role.at ? ` ${role.at}` : ''})`} in ${articleName(role.article)}`,
    );
  lines.push(`  statements (${statements.length}, by said-at date):`);
  for (const quote of statements)
    lines.push(
      `    ${quote.attribution.saidAt?.value ?? '(undated)'} ${articleName(quote.article)} ${quote.attribution.id}${quote.statement ? ` s${quote.statement.id}` : ''}: ${quote.attribution.content.map((fragment) => fragment.text).join(' … ')}`,
    );
  lines.push('  why these mentions are one person:');
  for (const link of explanation.links)
    lines.push(`    ${articleName(link.article)} "${link.name}": ${link.reason}`);
  for (const edit of explanation.edits)
    lines.push(
      `    edit ${edit.id}: ${edit.kind} with ${edit.other.name} (person ${edit.other.id}) on ${edit.madeAt}: ${edit.note}${edit.undoneAt === null ? '' : ` (undone ${edit.undoneAt})`}`,
    );
  return `${lines.join('\n')}\n`;
}

export function formatRevisions(revisions: readonly StoredRevision[], format: OutputFormat): string {
  if (format !== 'text') return formatJson(revisions, format);
  if (revisions.length === 0) return 'No earlier revisions are kept.\n';
  return revisions
    .map((revision) => {
      const { added, removed, changed } = revision.changes;
      const lines = [
        `${revision.key} revision ${revision.revision} (stored ${revision.ingestedAt}, replaced ${revision.replacedAt}): ${added.length} attributions added, ${removed.length} removed, ${changed.length} changed by the next version`,
        ...added.map((words) => `  + ${words}`),
        ...removed.map((words) => `  - ${words}`),
        ...changed.map((words) => `  ~ ${words}`),
      ];
      return `${lines.join('\n')}\n`;
    })
    .join('');
}

function formatJson(values: readonly object[], format: 'json' | 'jsonl'): string {
  if (format === 'json') return `${JSON.stringify(values, null, 2)}\n`;
  return values.map((value) => `${JSON.stringify(value)}\n`).join('');
}
