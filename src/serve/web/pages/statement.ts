/**
 * `/statements/{id}`: the words, who said them and when, through whom they reached the page, and every
 * report with its outlet and date, wording differences marked as insertions and deletions.
 */
import type {
  ArticleDetail,
  StatementReport,
  StoredStatement,
  WordingVariant,
} from '../../../store/index.js';
import type { Attribution } from '../../../types.js';
import { joinHtml, markup, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { speakerLink } from '../views/hit-item.js';
import { formatDate, languageTag, matchLabel, plural } from '../views/format.js';
import { articleHref } from '../views/links.js';
import { quotationOf } from '../views/statement-item.js';

/** The attributions a report was carried through ("Stoltenberg wrote that Zelensky said"), nearest first. */
export function viaChain(
  attribution: Attribution,
  article: ArticleDetail | null,
): ArticleDetail['attributions'] {
  if (article === null) return [];
  const byLocalId = new Map(article.attributions.map((a) => [a.attribution.id, a]));
  const chain: ArticleDetail['attributions'][number][] = [];
  let via = attribution.via;
  while (via !== null && chain.length < 10) {
    const outer = byLocalId.get(via);
    if (outer === undefined || chain.includes(outer)) break;
    chain.push(outer);
    via = outer.attribution.via;
  }
  return chain;
}

function chainView(chain: ArticleDetail['attributions'], articleId: number): SafeHtml {
  if (chain.length === 0) return markup``;
  return markup`<section aria-labelledby="via-heading">
    <h2 id="via-heading">Through whom</h2>
    <ol class="via-chain">
      ${chain.map(
        (outer) =>
          markup`<li>
            ${speakerLink(outer.person, outer.attribution.source?.text ?? null)}${outer.attribution.cue === null ? '' : markup` (${outer.attribution.cue.text})`}${outer.attribution.medium === null ? '' : markup`, in a ${outer.attribution.medium.kind}`}${outer.attribution.saidAt === null ? '' : markup`, <time>${outer.attribution.saidAt.value}</time>`}:
            <a href="${articleHref(articleId, `attr-${outer.attribution.id}`)}"
              >“${quotationOf(outer.attribution)}”</a
            >
          </li>`,
      )}
    </ol>
  </section>`;
}

/** The diff's parts are words without the spaces between them: a space goes between every two parts. */
function diffView(variant: WordingVariant): SafeHtml {
  const parts = variant.diff.map((part) =>
    part.op === 'added'
      ? markup`<ins>${part.text}</ins>`
      : part.op === 'removed'
        ? markup`<del>${part.text}</del>`
        : markup`${part.text}`,
  );
  return markup`<span class="diff">${joinHtml(parts, ' ')}</span>`;
}

function variantsView(variants: readonly WordingVariant[]): SafeHtml {
  if (variants.length <= 1) return markup``;
  return markup`<section aria-labelledby="variants-heading">
    <h2 id="variants-heading">Wordings</h2>
    <p class="hint">Compared with the first report: <ins>added words</ins>, <del>dropped words</del>.</p>
    <ol class="variants">
      ${variants.map(
        (variant) =>
          markup`<li class="${variant.altered ? 'variant altered' : 'variant'}">
            <p>${diffView(variant)}</p>
            <p class="variant-meta">
              ${plural(variant.reports, 'report')}${variant.translation ? markup` <span class="translation">translation</span>` : ''}${variant.altered ? markup` <strong class="flag-altered">meaning changed</strong>` : ''}
            </p>
          </li>`,
      )}
    </ol>
  </section>`;
}

/** The articles of reports carried through someone else's account, by id: what the chains are read from. */
export type RelayArticles = ReadonlyMap<number, ArticleDetail>;

/** "through Stoltenberg ← ..." for a report carried within another account, nearest first. */
function viaNote(report: StatementReport, articles: RelayArticles): SafeHtml {
  if (report.attribution.via === null) return markup``;
  const chain = viaChain(report.attribution, articles.get(report.article.id) ?? null);
  if (chain.length === 0) return markup` <span class="via-note">(reported second-hand)</span>`;
  const names = chain.map((outer) => speakerLink(outer.person, outer.attribution.source?.text ?? null));
  return markup` <span class="via-note">through ${joinHtml(names, ' ← ')}</span>`;
}

function reportRow(report: StatementReport, articles: RelayArticles): SafeHtml {
  const article = report.article;
  return markup`<tr${report.altered ? markup` class="altered"` : ''}>
<td>${article.outlet ?? 'unknown outlet'}</td>
<td><time>${formatDate(article.published, 'no date')}</time></td>
<td><a href="${articleHref(article.id, `attr-${report.attribution.id}`)}">${article.title ?? `article ${article.id}`}</a>${article.copyOf === null ? '' : markup` <span class="copy">(syndicated copy of <a href="${articleHref(article.copyOf)}">article ${article.copyOf}</a>)</span>`}${languageTag(article.language) === null ? '' : markup` <span class="language" title="language">${languageTag(article.language)}</span>`}</td>
<td>${matchLabel(report.match)}${report.altered ? markup` <strong class="flag-altered">meaning changed</strong>` : ''}${viaNote(report, articles)}</td>
<td class="report-words"${languageTag(report.attribution.language ?? article.language) === null ? '' : markup` lang="${languageTag(report.attribution.language ?? article.language)}"`}>${quotationOf(report.attribution)}</td>
</tr>`;
}

export function statementPage(statement: StoredStatement, articles: RelayArticles): string {
  const first = statement.firstSeen;
  const quotation = quotationOf(first.attribution);
  const chain = viaChain(first.attribution, articles.get(first.article.id) ?? null);
  const speaker = statement.person?.name ?? statement.source ?? 'An unnamed source';
  return page({
    title: `${speaker}: ${quotation.slice(0, 60)}`,
    body: markup`<article class="statement">
      <h1 class="visually-hidden">Statement by ${speaker}</h1>
      <blockquote class="quotation big type-${first.attribution.type}"><p>${quotation}</p></blockquote>
      <dl class="facts">
        <dt>Said by</dt>
        <dd>${speakerLink(statement.person, statement.source)}</dd>
        <dt>Said</dt>
        <dd>
          <time>${formatDate(statement.saidAt)}</time
          >${first.attribution.saidAt === null ? '' : markup` (“${first.attribution.saidAt.text}”)`}
        </dd>
        <dt>Type</dt>
        <dd>${first.attribution.type}</dd>
        <dt>First seen</dt>
        <dd>
          <a href="${articleHref(first.article.id, `attr-${first.attribution.id}`)}"
            >${first.article.outlet ?? first.article.title ?? `article ${first.article.id}`}</a
          >, <time>${formatDate(first.article.published, 'no date')}</time>
        </dd>
        <dt>Reports</dt>
        <dd>
          ${plural(statement.reports.length, 'report')}
          (${plural(statement.independentReports, 'independent story', 'independent stories')}) in
          ${plural(statement.outlets.length, 'outlet')}
        </dd>
      </dl>
      ${chainView(chain, first.article.id)} ${variantsView(statement.variants)}
      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading">Every report</h2>
        <div class="table-scroll">
          <table class="reports-table">
            <thead>
              <tr>
                <th scope="col">Outlet</th>
                <th scope="col">Published</th>
                <th scope="col">Article</th>
                <th scope="col">Wording</th>
                <th scope="col">Words</th>
              </tr>
            </thead>
            <tbody>
              ${statement.reports.map((report) => reportRow(report, articles))}
            </tbody>
          </table>
        </div>
      </section>
    </article>`,
  });
}
