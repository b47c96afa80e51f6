/**
 * `/articles/{id}`: the article as read (its blocks for what they are) with every attribution highlighted
 * in place, a description of each below (what hovering or focusing a highlight shows), corrections, and a
 * link to the original.
 */
import type { ArticleDetail, CorrectionRecord } from '../../../store/index.js';
import { markup, webUrl, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import type { WriteAccess } from '../write-access.js';
import { accessPanel, attributionCorrectionForm, correctionLine } from '../views/correction-forms.js';
import {
  articleText,
  hasTitleBlock,
  speakerColours,
  type ArticleAttribution,
} from '../views/article-text.js';
import { formatDate, languageTag, plural } from '../views/format.js';
import { articleHref, personHref, statementHref } from '../views/links.js';
import { quotationOf } from '../views/statement-item.js';

function originalLink(article: ArticleDetail): SafeHtml {
  const url = webUrl(article.url) ?? webUrl(article.canonical);
  if (url !== null)
    return markup`<a class="original" href="${url}" rel="noopener noreferrer nofollow">Read the original</a>`;
  const named = article.url ?? article.file;
  return named === null ? markup`` : markup`<span class="original">From ${named}</span>`;
}

function aboutAttribution(
  a: ArticleAttribution,
  colours: ReadonlyMap<number, string>,
  corrections: readonly CorrectionRecord[],
  article: ArticleDetail,
  access: WriteAccess,
  people: ReadonlyMap<number, string>,
): SafeHtml {
  const localId = a.attribution.id;
  const colour = a.person === null ? 'speaker-0' : (colours.get(a.person.id) ?? 'speaker-0');
  const returnPath = articleHref(article.id, `about-${localId}`);
  const mine = corrections.filter((c) => c.attributionId === a.id);
  const wrong = a.correction?.kind === 'wrong' && a.correction.undoneAt === null;
  return markup`<li id="about-${localId}" class="about ${colour}${wrong ? ' is-wrong' : ''}">
    <p class="about-line">
      <span class="swatch ${colour}" aria-hidden="true"></span>
      ${a.person === null ? markup`<span class="speaker unnamed">${a.attribution.source?.text ?? 'unnamed source'}</span>` : markup`<a class="speaker" href="${personHref(a.person.id)}">${a.person.name}</a>`}
      <span class="type-label">${a.attribution.type}</span
      >${wrong ? markup` <strong class="flag-wrong">marked wrong</strong>` : ''}
    </p>
    <dl class="about-facts">
      ${
        a.attribution.cue === null
          ? ''
          : markup`<dt>Cue</dt>
              <dd>${a.attribution.cue.text}</dd>`
      }
      ${
        a.attribution.source === null
          ? ''
          : markup`<dt>Source</dt>
              <dd>${a.attribution.source.text}</dd>`
      }
      <dt>Said</dt>
      <dd>
        ${a.attribution.saidAt === null ? formatDate(null) : markup`<time>${a.attribution.saidAt.value}</time> (“${a.attribution.saidAt.text}”)`}
      </dd>
      ${
        a.attribution.via === null
          ? ''
          : markup`<dt>Reported within</dt>
              <dd><a href="#attr-${a.attribution.via}">${a.attribution.via}</a></dd>`
      }
      <dt>Words</dt>
      <dd><a href="#attr-${localId}">${quotationOf(a.attribution)}</a></dd>
      ${
        a.statement === null
          ? ''
          : markup`<dt>Statement</dt>
              <dd><a href="${statementHref(a.statement.id)}">every report of it</a></dd>`
      }
    </dl>
    ${mine.map((c) => correctionLine(c, people, access, returnPath))}
    ${
      access.authorized
        ? attributionCorrectionForm(
            a.id,
            localId,
            article.people.map((p) => ({ id: p.personId, name: p.name })),
            returnPath,
          )
        : ''
    }
  </li>`;
}

export function articlePage(
  article: ArticleDetail,
  corrections: readonly CorrectionRecord[],
  access: WriteAccess,
): string {
  const colours = speakerColours(article.attributions);
  const people = new Map<number, string>(article.people.map((p) => [p.personId, p.name]));
  for (const a of article.attributions) if (a.person !== null) people.set(a.person.id, a.person.name);
  const title = article.title ?? article.meta.title ?? `Article ${article.id}`;
  const about =
    article.attributions.length === 0
      ? markup`<p class="empty">No attributions found in this article.</p>`
      : markup`<ol class="about-list">
          ${article.attributions.map((a) => aboutAttribution(a, colours, corrections, article, access, people))}
        </ol>`;
  const language = languageTag(article.language);
  return page({
    title,
    body: markup`<article class="article">
      <header class="article-header">
        ${hasTitleBlock(article.blocks) ? '' : markup`<h1 class="article-title">${title}</h1>`}
        <p class="article-meta">
          ${article.outlet ?? 'Unknown outlet'} ·
          <time>${formatDate(article.published, 'no date')}</time
          >${article.meta.authors.length === 0 ? '' : markup` · ${article.meta.authors.join(', ')}`} ·
          ${plural(article.attributions.length, 'attribution')}${language === null ? '' : markup` · <span class="language" title="language">${language}</span>`} ·
          ${originalLink(article)}
        </p>
        ${accessPanel(access, articleHref(article.id))}
      </header>
      <div class="article-text"${language === null ? '' : markup` lang="${language}"`}>${articleText(article)}</div>
      <section class="about-section" aria-labelledby="about-heading">
        <h2 id="about-heading">Who said what here</h2>
        ${about}
      </section>
    </article>`,
  });
}
