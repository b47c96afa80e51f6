/** `/search`: the filter form (a plain GET form), facets as links, the hits, and a cursor "Next" link. */
import type { SearchFacets, SearchPage } from '../../../store/index.js';
import { ATTRIBUTION_TYPES } from '../../../types.js';
import { markup, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { FIELD_LABELS, type ParsedSearch, type SearchField, type SearchFormValues } from '../search-form.js';
import { hitItem } from '../views/hit-item.js';
import { plural } from '../views/format.js';
import { searchHref } from '../views/links.js';

/** The current filters with some changed (and the page reset: a new filter starts from the first page). */
function withFilters(values: SearchFormValues, changes: SearchFormValues): string {
  const merged: Record<string, string | undefined> = { ...values, ...changes };
  delete merged.cursor;
  return searchHref(merged);
}

function textInput(values: SearchFormValues, field: SearchField, type = 'text'): SafeHtml {
  const id = `f-${field}`;
  return markup`<p class="field">
    <label for="${id}">${FIELD_LABELS[field]}</label>
    <input id="${id}" name="${field}" type="${type}" value="${values[field] ?? ''}" />
  </p>`;
}

function typeSelect(values: SearchFormValues): SafeHtml {
  const options = ATTRIBUTION_TYPES.map(
    (type) =>
      markup`<option value="${type}" ${values.type === type ? markup` selected` : ''}>${type}</option>`,
  );
  return markup`<p class="field">
    <label for="f-type">Type</label>
    <select id="f-type" name="type">
      <option value="">any</option>
      ${options}
    </select>
  </p>`;
}

export function searchForm(values: SearchFormValues): SafeHtml {
  return markup`<form class="search-form" action="/search" method="get" role="search">
    <p class="field field-q">
      <label for="f-q">Words</label>
      <input id="f-q" name="q" type="search" value="${values.q ?? ''}" placeholder="a word, a phrase" />
    </p>
    <details class="filters" ${hasFilters(values) ? markup` open` : ''}>
      <summary>Filters</summary>
      <div class="filter-grid">
        ${values.person === undefined ? '' : markup`<input type="hidden" name="person" value="${values.person}" />`}
        ${textInput(values, 'speaker')}${textInput(values, 'outlet')}${typeSelect(values)}
        ${textInput(values, 'said_from', 'date')}${textInput(values, 'said_to', 'date')}
        ${textInput(values, 'published_from', 'date')}${textInput(values, 'published_to', 'date')}
        ${textInput(values, 'language')}
      </div>
    </details>
    <p><button type="submit">Search</button></p>
  </form>`;
}

const hasFilters = (values: SearchFormValues): boolean =>
  Object.keys(values).some((field) => field !== 'q' && field !== 'cursor');

function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const day = new Date(Date.UTC(year ?? 1970, monthNumber ?? 1, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

function facetList(
  title: string,
  items: readonly { label: string; count: number; href: string }[],
): SafeHtml {
  if (items.length === 0) return markup``;
  return markup`<section class="facet" aria-label="${title}">
    <h3>${title}</h3>
    <ul>
      ${items.map(
        (item) =>
          markup`<li><a href="${item.href}">${item.label}</a> <span class="count">${item.count}</span></li>`,
      )}
    </ul>
  </section>`;
}

function facets(values: SearchFormValues, found: SearchFacets): SafeHtml {
  return markup`<aside class="facets" aria-label="Refine">
    <h2>Refine</h2>
    ${facetList(
      'Speakers',
      found.speakers.map((s) => ({
        label: s.name,
        count: s.count,
        href: withFilters(values, { person: String(s.id), speaker: '' }),
      })),
    )}
    ${facetList(
      'Outlets',
      found.outlets.map((o) => ({
        label: o.outlet,
        count: o.count,
        href: withFilters(values, { outlet: o.outlet }),
      })),
    )}
    ${facetList(
      'Months',
      found.months.map((m) => ({
        label: m.month,
        count: m.count,
        href: withFilters(values, { said_from: `${m.month}-01`, said_to: lastDayOf(m.month) }),
      })),
    )}
  </aside>`;
}

/** The active filters, each with a link that removes it. */
function activeFilters(values: SearchFormValues, personName: string | null): SafeHtml {
  const active = (Object.entries(values) as [SearchField, string | undefined][]).filter(
    ([field, value]) => field !== 'q' && field !== 'cursor' && value !== undefined,
  );
  if (active.length === 0) return markup``;
  return markup`<ul class="active-filters" aria-label="Active filters">
    ${active.map(
      ([field, value]) =>
        markup`<li>
          ${FIELD_LABELS[field]}: ${field === 'person' && personName !== null ? personName : value}
          <a href="${withFilters(values, { [field]: '' })}" aria-label="Remove filter ${FIELD_LABELS[field]}"
            >remove</a
          >
        </li>`,
    )}
  </ul>`;
}

/** Cursor paging goes forward only: "Next", and back to the first page once past it. */
function pager(values: SearchFormValues, nextCursor: string | null): SafeHtml {
  const first =
    values.cursor === undefined ? '' : markup`<a href="${withFilters(values, {})}">First page</a>`;
  const next =
    nextCursor === null
      ? ''
      : markup`<a rel="next" href="${searchHref({ ...values, cursor: nextCursor })}">Next page</a>`;
  if (first === '' && next === '') return markup``;
  return markup`<nav class="pager" aria-label="Pages">${first} ${next}</nav>`;
}

export function searchPage(parsed: ParsedSearch, result: SearchPage | null): string {
  const { values } = parsed;
  const personName =
    result?.facets.speakers.find((s) => String(s.id) === values.person)?.name ??
    result?.hits.find((hit) => String(hit.person?.id) === values.person)?.person?.name ??
    null;
  const errors =
    parsed.errors.length === 0
      ? markup``
      : markup`<div class="errors" role="alert">
          <p>Some filters were not used:</p>
          <ul>
            ${parsed.errors.map((error) => markup`<li>${error.message}</li>`)}
          </ul>
        </div>`;
  const results =
    result === null
      ? markup``
      : result.hits.length === 0
        ? markup`<p class="empty">No statements match${values.q === undefined ? '' : markup` “${values.q}”`}.</p>`
        : markup`<p class="total">
              ${result.totalExact ? '' : 'More than '}${plural(result.total, 'statement')} found
            </p>
            <ol class="hits">
              ${result.hits.map(hitItem)}
            </ol>
            ${pager(values, result.nextCursor)}`;
  const heading = values.q === undefined ? 'Search' : `Search: ${values.q}`;
  return page({
    title: heading,
    query: values.q ?? '',
    body: markup`<h1>${heading}</h1>
      ${searchForm(values)} ${errors} ${activeFilters(values, personName)}
      <div class="search-layout">
        <section class="results" aria-label="Results">${results}</section>
        ${result === null ? '' : facets(values, result.facets)}
      </div>`,
  });
}
