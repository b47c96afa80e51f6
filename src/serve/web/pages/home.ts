/** `/`: the search box, the latest statements, and the people quoted most. */
import type { SearchPage } from '../../../store/index.js';
import { markup } from '../html.js';
import { page } from '../layout.js';
import { searchForm } from './search.js';
import { hitItem } from '../views/hit-item.js';
import { plural } from '../views/format.js';
import { personHref, searchHref } from '../views/links.js';

export const HOME_STATEMENTS = 10;
export const HOME_PEOPLE = 12;

export function homePage(recent: SearchPage): string {
  const statements =
    recent.hits.length === 0
      ? markup`<p class="empty">
          No statements yet. Store articles with <code>onrecord ingest</code>, or run
          <code>npm start</code> for the samples.
        </p>`
      : markup`<ol class="hits">
            ${recent.hits.map(hitItem)}
          </ol>
          <p>
            <a href="${searchHref({})}"
              >All ${recent.totalExact ? '' : 'of more than '}${plural(recent.total, 'statement')}</a
            >
          </p>`;
  const speakers = recent.facets.speakers.slice(0, HOME_PEOPLE);
  const people =
    speakers.length === 0
      ? markup`<p class="empty">No people yet.</p>`
      : markup`<ul class="people-list">
          ${speakers.map(
            (person) =>
              markup`<li>
                <a href="${personHref(person.id)}">${person.name}</a>
                <span class="count">${plural(person.count, 'statement')}</span>
              </li>`,
          )}
        </ul>`;
  return page({
    title: 'Who said what',
    body: markup`<h1>Who said what, when, and who reported it</h1>
      ${searchForm({})}
      <div class="home-layout">
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading">Recent statements</h2>
          ${statements}
        </section>
        <section aria-labelledby="people-heading">
          <h2 id="people-heading">People quoted most</h2>
          ${people}
        </section>
      </div>`,
  });
}
