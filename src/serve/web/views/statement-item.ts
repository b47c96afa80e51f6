/** A statement in a list: its words as first reported, when, and how widely it was reported. */
import type { StoredStatement } from '../../../store/index.js';
import type { Attribution } from '../../../types.js';
import { markup, type SafeHtml } from '../html.js';
import { plural, saidAtLabel } from './format.js';
import { statementHref } from './links.js';

/** An attribution's words: its content fragments joined with an ellipsis. */
export const quotationOf = (attribution: Attribution): string =>
  attribution.content.map((fragment) => fragment.text).join(' … ');

export function statementItem(statement: StoredStatement): SafeHtml {
  return markup`<li class="statement-item">
    <blockquote class="quotation type-${statement.firstSeen.attribution.type}">
      <p><a href="${statementHref(statement.id)}">${quotationOf(statement.firstSeen.attribution)}</a></p>
    </blockquote>
    <p class="hit-meta">
      ${saidAtLabel(statement.saidAt)}
      <span class="reports"
        >${plural(statement.reports.length, 'report')}${statement.outlets.length === 0 ? '' : markup` in ${statement.outlets.join(', ')}`}</span
      >
    </p>
  </li>`;
}
