/**
 * Why a person is who they are, whatever the engine: each article's link to them (the name it used and the
 * linker's reason) and the hand edits made to them, from the rows each engine reads.
 */
import type { PersonExplanation } from './store.js';

/** An article's link to the person, as read. */
export interface LinkRow {
  readonly id: number;
  readonly file: string | null;
  readonly url: string | null;
  readonly name: string;
  readonly reason: string;
}

/** A hand edit of the person, as read: `other*` is the other person, seen from the person explained. */
export interface EditRow {
  readonly id: number;
  readonly kind: 'merge' | 'split';
  readonly otherId: number;
  readonly otherName: string;
  readonly note: string;
  readonly madeAt: string;
  readonly undoneAt: string | null;
}

/** The explanation of a person from their links (by article) and edits (oldest first). */
export function explanationOf(links: readonly LinkRow[], edits: readonly EditRow[]): PersonExplanation {
  return {
    links: links.map(({ id: articleId, file, url, name, reason }) => ({
      article: { id: articleId, file, url },
      name,
      reason,
    })),
    edits: edits.map(({ id: editId, kind, otherId, otherName, note, madeAt, undoneAt }) => ({
      id: editId,
      kind,
      other: { id: otherId, name: otherName },
      note,
      madeAt,
      undoneAt,
    })),
  };
}
