/** One search hit as a list item: the quotation, who said it, when, where, and how many reports carry it. */
import type { SearchHit } from '../../../store/index.js';
import { markup, type SafeHtml } from '../html.js';
import { formatDate, languageTag, plural, saidAtLabel } from './format.js';
import { articleHref, personHref, statementHref } from './links.js';

export function speakerLink(
  person: { readonly id: number; readonly name: string } | null,
  source: string | null,
): SafeHtml {
  if (person !== null) return markup`<a class="speaker" href="${personHref(person.id)}">${person.name}</a>`;
  return markup`<span class="speaker unnamed">${source ?? 'unnamed source'}</span>`;
}

export function hitItem(hit: SearchHit): SafeHtml {
  const article = hit.article;
  const reports =
    hit.statementId === null
      ? markup`<span>${plural(hit.reports, 'report')}</span>`
      : markup`<a href="${statementHref(hit.statementId)}">${plural(hit.reports, 'report')}</a>`;
  const language = languageTag(article.language);
  return markup`<li class="hit">
    <blockquote class="quotation type-${hit.type}"${language === null ? '' : markup` lang="${language}"`}>
      <p>${hit.content}</p>
    </blockquote>
    <p class="hit-meta">
      ${speakerLink(hit.person, hit.source)}
      ${saidAtLabel(hit.saidAt)}
      <span class="outlet"
        >in
        <a href="${articleHref(article.id, `attr-${hit.localId}`)}"
          >${article.outlet ?? article.title ?? 'an article'}</a
        >${article.published === null ? '' : markup`, <time>${formatDate(article.published)}</time>`}</span
      >
      <span class="reports">${reports}</span>
      <span class="type-label">${hit.type}</span>${language === null ? '' : markup` <span class="language" title="language">${language}</span>`}
    </p>
  </li>`;
}
