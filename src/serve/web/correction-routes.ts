/**
 * The form posts that correct the record. Each is refused unless the server has a write token, the request
 * comes from this site (Origin) and carries the token cookie; each answers with a redirect back to the page
 * (post/redirect/get), so reloading never repeats a correction.
 */
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { errorMessage, StoreError } from '../../errors.js';
import { StoreRequestError } from '../../store/index.js';
import type { WebOptions } from './index.js';
import { messagePage } from './pages/message.js';
import { personHref } from './views/links.js';
import {
  forgetToken,
  localReturnPath,
  rememberToken,
  sameOrigin,
  tokenMatches,
  writeAccess,
  type WriteAccess,
} from './write-access.js';

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const note = z.string().trim().max(500).default('');
const optionalId = z.preprocess((value) => (value === '' ? undefined : value), id.optional());

const SessionForm = z.object({ token: z.string().min(1).max(500), name: z.string().trim().min(1).max(80) });
const CorrectionForm = z.object({
  kind: z.enum(['wrong', 'speaker']),
  person: optionalId,
  person_id: optionalId,
  note,
});
const MergeForm = z.object({ from: id, note });
const SplitForm = z.object({
  name: z.string().trim().min(1).max(300),
  articles: z
    .string()
    .trim()
    .regex(/^[0-9, ]*$/, 'article ids are numbers separated by commas')
    .default(''),
  note,
});

type Refusal = { readonly status: 400 | 403 | 404 | 409; readonly message: string };

const refuse = (c: Context, refusal: Refusal) =>
  c.html(
    messagePage(refusal.status === 403 ? 'Not allowed' : 'Correction not made', refusal.message),
    refusal.status,
  );

/** The form's fields as strings (files and repeated fields are not expected). */
async function formFields(c: Context): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  return Object.fromEntries(
    Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** Checks a write: token configured, same origin, token cookie. */
function writeRefusal(c: Context, access: WriteAccess): Refusal | null {
  if (!access.enabled)
    return {
      status: 403,
      message: 'This server takes no corrections (it was started without a write token).',
    };
  if (!sameOrigin(c))
    return { status: 403, message: 'Corrections are taken only from this site’s own pages.' };
  if (!access.authorized)
    return { status: 403, message: 'Give the write token first (the “Correct this record” form).' };
  return null;
}

const REFUSAL_STATUS = { invalid: 400, 'not-found': 404, conflict: 409 } as const;

/** A store refusal (no such attribution, an undone correction...) as the user's error; anything else fails. */
function storeRefusal(error: unknown): Refusal {
  if (error instanceof StoreRequestError)
    return { status: REFUSAL_STATUS[error.problem], message: errorMessage(error) };
  throw error;
}

/**
 * The people editor refuses with a plain StoreError (no such person, merged already, merging with itself):
 * the user's error too.
 */
function personEditRefusal(error: unknown): Refusal {
  if (error instanceof StoreError) return { status: 400, message: errorMessage(error) };
  throw error;
}

export function registerCorrectionRoutes(web: Hono, { store, writeToken }: WebOptions): void {
  web.post('/session', async (c) => {
    const fields = await formFields(c);
    const back = localReturnPath(fields.return, '/');
    if (writeToken === null || !sameOrigin(c))
      return refuse(c, { status: 403, message: 'This server takes no corrections from here.' });
    const form = SessionForm.safeParse(fields);
    if (!form.success || !tokenMatches(writeToken, form.data.token))
      return refuse(c, { status: 403, message: 'That is not the write token (and a name is needed).' });
    rememberToken(c, form.data.token, form.data.name);
    return c.redirect(back, 303);
  });

  web.post('/session/end', async (c) => {
    const fields = await formFields(c);
    if (!sameOrigin(c)) return refuse(c, { status: 403, message: 'Not from this site.' });
    forgetToken(c);
    return c.redirect(localReturnPath(fields.return, '/'), 303);
  });

  web.post('/attributions/:id/corrections', async (c) => {
    const access = writeAccess(c, writeToken);
    const refusal = writeRefusal(c, access);
    if (refusal !== null) return refuse(c, refusal);
    const attributionId = id.safeParse(c.req.param('id'));
    const fields = await formFields(c);
    const form = CorrectionForm.safeParse(fields);
    if (!attributionId.success || !form.success)
      return refuse(c, { status: 400, message: 'The correction form was not filled in right.' });
    const personId =
      form.data.kind === 'speaker' ? (form.data.person_id ?? form.data.person ?? null) : undefined;
    try {
      await store.correctAttribution({
        attributionId: attributionId.data,
        kind: form.data.kind,
        ...(personId === undefined ? {} : { personId }),
        by: access.by,
        note: form.data.note,
      });
      return c.redirect(localReturnPath(fields.return, '/'), 303);
    } catch (error) {
      return refuse(c, storeRefusal(error));
    }
  });

  web.post('/corrections/:id/undo', async (c) => {
    const access = writeAccess(c, writeToken);
    const refusal = writeRefusal(c, access);
    if (refusal !== null) return refuse(c, refusal);
    const correctionId = id.safeParse(c.req.param('id'));
    const fields = await formFields(c);
    if (!correctionId.success) return refuse(c, { status: 404, message: 'No such correction.' });
    try {
      await store.undoCorrection(correctionId.data, access.by);
      return c.redirect(localReturnPath(fields.return, '/'), 303);
    } catch (error) {
      return refuse(c, storeRefusal(error));
    }
  });

  web.post('/people/edits/:id/undo', async (c) => {
    const access = writeAccess(c, writeToken);
    const refusal = writeRefusal(c, access);
    if (refusal !== null) return refuse(c, refusal);
    const editId = id.safeParse(c.req.param('id'));
    const fields = await formFields(c);
    if (!editId.success) return refuse(c, { status: 404, message: 'No such merge or split.' });
    try {
      await store.undoPersonEdit(editId.data, access.by);
      return c.redirect(localReturnPath(fields.return, '/'), 303);
    } catch (error) {
      return refuse(c, storeRefusal(error));
    }
  });

  web.post('/people/:id/merge', async (c) => {
    const access = writeAccess(c, writeToken);
    const refusal = writeRefusal(c, access);
    if (refusal !== null) return refuse(c, refusal);
    const into = id.safeParse(c.req.param('id'));
    const form = MergeForm.safeParse(await formFields(c));
    if (!into.success || !form.success)
      return refuse(c, { status: 400, message: 'Merging needs the other person’s id.' });
    if (into.data === form.data.from)
      return refuse(c, { status: 400, message: 'A person cannot be merged with themselves.' });
    try {
      await store.mergePeople(into.data, form.data.from, withAuthor(form.data.note, access.by));
      return c.redirect(personHref(into.data), 303);
    } catch (error) {
      return refuse(c, personEditRefusal(error));
    }
  });

  web.post('/people/:id/split', async (c) => {
    const access = writeAccess(c, writeToken);
    const refusal = writeRefusal(c, access);
    if (refusal !== null) return refuse(c, refusal);
    const person = id.safeParse(c.req.param('id'));
    const form = SplitForm.safeParse(await formFields(c));
    if (!person.success || !form.success)
      return refuse(c, { status: 400, message: 'Splitting needs a name (and article ids as numbers).' });
    const articleIds = form.data.articles
      .split(/[ ,]+/)
      .filter((part) => part !== '')
      .map(Number);
    try {
      const created = await store.splitPerson(
        person.data,
        form.data.name,
        articleIds.length === 0 ? null : articleIds,
        withAuthor(form.data.note, access.by),
      );
      return c.redirect(personHref(created.id), 303);
    } catch (error) {
      return refuse(c, personEditRefusal(error));
    }
  });
}

/** Person edits keep a note only: who made one goes into it. */
const withAuthor = (note: string, by: string): string => (note === '' ? `by ${by}` : `${note} (by ${by})`);
