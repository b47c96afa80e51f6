/** `/people/{id}`: who the person is (name, aliases, roles over time), when and where they were quoted, and what they said. */
import type { PersonDetail, PersonExplanation } from '../../../store/index.js';
import { markup, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import type { WriteAccess } from '../write-access.js';
import { accessPanel, undoControl } from '../views/correction-forms.js';
import { formatMoment, plural, roleTimeLabel } from '../views/format.js';
import { articleHref, personHref, searchHref } from '../views/links.js';
import { roleHistory } from '../views/role-history.js';
import { statementItem } from '../views/statement-item.js';
import { timelineChart } from '../views/timeline-chart.js';

/** How many source links a role line shows before "and N more". */
const ROLE_SOURCES = 3;

function roles(person: PersonDetail): SafeHtml {
  const spells = roleHistory(person);
  if (spells.length === 0) return markup`<p class="empty">No roles found.</p>`;
  return markup`<ul class="roles">${spells.map((spell) => {
    const when =
      spell.from === null ? '' : spell.from === spell.to ? spell.from : `${spell.from} to ${spell.to ?? ''}`;
    const more = spell.articleIds.length - ROLE_SOURCES;
    const sources = spell.articleIds
      .slice(0, ROLE_SOURCES)
      .map(
        (id, index) =>
          markup` <a href="${articleHref(id)}">${index === 0 ? 'source' : String(index + 1)}</a>`,
      );
    return markup`<li><span class="role-text">${spell.text}</span> <span class="role-time role-${spell.time}">${roleTimeLabel(spell.time)}</span>${when === '' ? '' : markup` <span class="role-dates">${when}</span>`}${sources}${more > 0 ? markup` <span class="count">and ${more} more</span>` : ''}</li>`;
  })}</ul>`;
}

function edits(person: PersonDetail, explanation: PersonExplanation, access: WriteAccess): SafeHtml {
  if (explanation.edits.length === 0) return markup``;
  const undo = (edit: PersonExplanation['edits'][number]): SafeHtml | string =>
    undoControl(`/people/edits/${edit.id}/undo`, edit.undoneAt, access, personHref(person.id));
  return markup`<section aria-labelledby="edits-heading">
    <h2 id="edits-heading">Corrections</h2>
    <ul class="edits">
      ${explanation.edits.map(
        (edit) =>
          markup`<li${edit.undoneAt === null ? '' : markup` class="is-undone"`}>
            ${edit.kind === 'merge' ? 'Merged with' : 'Split off'}
            <a href="${personHref(edit.other.id)}">${edit.other.name}</a>,
            ${formatMoment(edit.madeAt)}${edit.note === '' ? '' : markup`: ${edit.note}`}${undo(edit)}
          </li>`,
      )}
    </ul>
  </section>`;
}

function editForms(person: PersonDetail, access: WriteAccess): SafeHtml {
  if (!access.authorized) return markup``;
  const names = [person.name, ...person.aliases];
  return markup`<section class="person-edit" aria-labelledby="person-edit-heading">
    <h2 id="person-edit-heading">Merge or split</h2>
    <form method="post" action="/people/${person.id}/merge">
      <p class="field">
        <label for="merge-from">Merge into ${person.name} the person with id</label
        ><input id="merge-from" name="from" type="number" min="1" required />
      </p>
      <p class="field">
        <label for="merge-note">Note</label><input id="merge-note" name="note" type="text" maxlength="500" />
      </p>
      <p><button type="submit">Merge</button></p>
    </form>
    <form method="post" action="/people/${person.id}/split">
      <p class="field">
        <label for="split-name">Split off what is under the name</label
        ><select id="split-name" name="name">
          ${names.map((name) => markup`<option>${name}</option>`)}
        </select>
      </p>
      <p class="field">
        <label for="split-articles">Only in articles (ids, comma separated; empty for all)</label
        ><input id="split-articles" name="articles" type="text" inputmode="numeric" pattern="[0-9, ]*" />
      </p>
      <p class="field">
        <label for="split-note">Note</label><input id="split-note" name="note" type="text" maxlength="500" />
      </p>
      <p><button type="submit">Split</button></p>
    </form>
  </section>`;
}

export function personPage(
  person: PersonDetail,
  explanation: PersonExplanation,
  access: WriteAccess,
): string {
  const statements =
    person.statements.length === 0
      ? markup`<p class="empty">No statements by ${person.name} in the record.</p>`
      : markup`<ol class="statements">
          ${person.statements.map(statementItem)}
        </ol>`;
  const outlets =
    person.outlets.length === 0
      ? markup``
      : markup`<ul class="outlet-list">
          ${person.outlets.map(
            (o) =>
              markup`<li>
                <a href="${searchHref({ person: person.id, outlet: o.outlet })}">${o.outlet}</a>
                <span class="count">${o.count}</span>
              </li>`,
          )}
        </ul>`;
  return page({
    title: person.name,
    body: markup`<article class="person">
      <h1>${person.name}</h1>
      <p class="person-summary">
        ${plural(person.statements.length, 'statement')} in ${plural(person.articles, 'article')}.
        <a href="${searchHref({ person: person.id })}">Search their statements</a>
      </p>
      ${accessPanel(access, personHref(person.id))}
      ${
        person.aliases.length === 0
          ? ''
          : markup`<section aria-labelledby="aliases-heading">
              <h2 id="aliases-heading">Also called</h2>
              <ul class="aliases">
                ${person.aliases.map((alias) => markup`<li>${alias}</li>`)}
              </ul>
            </section>`
      }
      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">Roles</h2>
        ${roles(person)}
      </section>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Statements over time</h2>
        ${timelineChart(person.byMonth)}${outlets}
      </section>
      <section aria-labelledby="statements-heading">
        <h2 id="statements-heading">Statements</h2>
        ${statements}
      </section>
      ${edits(person, explanation, access)} ${editForms(person, access)}
    </article>`,
  });
}
