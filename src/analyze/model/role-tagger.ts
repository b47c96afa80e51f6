import type { AnalysisContext } from '../context.js';
import type { TokenRange } from '../noun-phrases.js';
import { committedModel } from './model-file.js';
import { tagSequence, type LinearModel } from './perceptron.js';
import { reusableArray } from './reusable-array.js';
import { roleWindow } from './role-examples.js';
import { roleFeatures, roleTransitionAllowed } from './role-features.js';

/** Bumped whenever role-features.ts changes what it computes. */
export const ROLE_FEATURES_VERSION = 'role-6';

export const ROLE_MODEL_URL = new URL('../../../models/role-tagger.bin.gz', import.meta.url);

/** The committed model, read once on first use. */
export const roleModel = committedModel(ROLE_MODEL_URL, ROLE_FEATURES_VERSION);

export interface TaggedRoles {
  /** The source run nearest the cue, or null. */
  readonly source: TokenRange | null;
  /** The content runs, in text order. */
  readonly content: readonly TokenRange[];
}

/** The cue's buckets, read by the tagger as soon as they are computed. */
const bucketArray = reusableArray((length) => new Uint32Array(length));

/** The source and content the model reads around one cue, within the cue's sentence. */
export function tagRoles(
  context: AnalysisContext,
  cue: TokenRange,
  model: LinearModel = roleModel(),
): TaggedRoles {
  const window = roleWindow(context, cue);
  if (!window) return { source: null, content: [] };
  const tags = tagSequence(
    model,
    roleFeatures(context, window.indices, cue, bucketArray),
    roleTransitionAllowed,
  );
  const runs = (begin: number, inside: number): TokenRange[] => {
    const found: TokenRange[] = [];
    tags.forEach((tag, position) => {
      const index = window.indices[position]!;
      if (tag === begin) found.push({ first: index, last: index });
      else if (tag === inside && found.length > 0)
        found[found.length - 1] = { first: found.at(-1)!.first, last: index };
    });
    return found;
  };
  const sources = runs(1, 2);
  const distance = (range: TokenRange): number =>
    range.last < cue.first ? cue.first - range.last : range.first - cue.last;
  const source = sources.sort((a, b) => distance(a) - distance(b))[0] ?? null;
  return { source, content: runs(3, 4) };
}
