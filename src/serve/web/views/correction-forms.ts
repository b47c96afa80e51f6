/**
 * The small forms that correct the record, shown only when the server has a write token. Each posts to
 * this server and comes back to the page it was sent from.
 */
import type { CorrectionRecord } from '../../../store/index.js';
import { markup, type SafeHtml } from '../html.js';
import type { WriteAccess } from '../write-access.js';
import { formatMoment } from './format.js';
import { personHref } from './links.js';

/** Asks for the token once; afterwards shows who is signed in and a way out. */
export function accessPanel(access: WriteAccess, returnPath: string): SafeHtml {
  if (!access.enabled) return markup``;
  if (access.authorized)
    return markup`<form class="access" method="post" action="/session/end">
      <input type="hidden" name="return" value="${returnPath}" />
      <p>
        Correcting as <strong>${access.by}</strong>.
        <button type="submit" class="link-button">Stop correcting</button>
      </p>
    </form>`;
  return markup`<details class="access">
    <summary>Correct this record</summary>
    <form method="post" action="/session">
      <input type="hidden" name="return" value="${returnPath}" />
      <p class="field">
        <label for="access-token">Write token</label
        ><input id="access-token" name="token" type="password" autocomplete="current-password" required />
      </p>
      <p class="field">
        <label for="access-name">Your name (kept with each correction)</label
        ><input id="access-name" name="name" type="text" maxlength="80" autocomplete="name" required />
      </p>
      <p><button type="submit">Start correcting</button></p>
    </form>
  </details>`;
}

const KIND_LABELS = { wrong: 'marked wrong', speaker: 'speaker set' } as const;

/**
 * How a correction that can be undone ends its line: when it was undone, else (to a user with the write
 * token) an Undo button that posts to `action` and comes back to `returnPath`.
 */
export function undoControl(
  action: string,
  undoneAt: string | null,
  access: WriteAccess,
  returnPath: string,
): SafeHtml | string {
  if (undoneAt !== null) return markup` <span class="undone">(undone ${formatMoment(undoneAt)})</span>`;
  if (!access.authorized) return '';
  return markup` <form class="inline-form" method="post" action="${action}">
    <input type="hidden" name="return" value="${returnPath}" /><button type="submit" class="link-button">
      Undo
    </button>
  </form>`;
}

export function correctionLine(
  correction: CorrectionRecord,
  people: ReadonlyMap<number, string>,
  access: WriteAccess,
  returnPath: string,
): SafeHtml {
  const speaker =
    correction.kind !== 'speaker'
      ? ''
      : correction.personId === null
        ? markup` to an unnamed source`
        : markup` to
            <a href="${personHref(correction.personId)}"
              >${people.get(correction.personId) ?? `person ${correction.personId}`}</a
            >`;
  const undo = undoControl(`/corrections/${correction.id}/undo`, correction.undoneAt, access, returnPath);
  return markup`<p class="correction${correction.undoneAt === null ? '' : ' is-undone'}">
    Correction: ${KIND_LABELS[correction.kind]}${speaker} by ${correction.by},
    ${formatMoment(correction.madeAt)}${correction.note === '' ? '' : markup` (“${correction.note}”)`}${undo}
  </p>`;
}

export function attributionCorrectionForm(
  attributionId: number,
  localId: string,
  people: readonly { readonly id: number; readonly name: string }[],
  returnPath: string,
): SafeHtml {
  const id = `correct-${localId}`;
  return markup`<details class="correct">
    <summary>Correct</summary>
    <form method="post" action="/attributions/${attributionId}/corrections">
      <input type="hidden" name="return" value="${returnPath}" />
      <fieldset>
        <legend>What is wrong</legend>
        <p>
          <label
            ><input type="radio" name="kind" value="wrong" checked /> Not an attribution (mark wrong)</label
          >
        </p>
        <p>
          <label><input type="radio" name="kind" value="speaker" /> The speaker is:</label>
          <label for="${id}-person" class="visually-hidden">Speaker</label>
          <select id="${id}-person" name="person">
            <option value="">an unnamed source</option>
            ${people.map((person) => markup`<option value="${person.id}">${person.name}</option>`)}
          </select>
          <label for="${id}-other" class="visually-hidden">or a person's id</label
          ><input id="${id}-other" name="person_id" type="number" min="1" placeholder="or person id" />
        </p>
      </fieldset>
      <p class="field">
        <label for="${id}-note">Note</label><input id="${id}-note" name="note" type="text" maxlength="500" />
      </p>
      <p><button type="submit">Save correction</button></p>
    </form>
  </details>`;
}
