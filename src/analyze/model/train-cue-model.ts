import { readPolnearFolder } from '../../eval/read-polnear-folder.js';
import type { GoldDocument } from '../../eval/types.js';
import { readText } from '../../read/index.js';
import { buildContext, type AnalysisContext } from '../context.js';
import { cueExamples, cueTransitionAllowed } from './cue-examples.js';
import { CUE_TAGS } from './cue-features.js';
import { trainAveragedPerceptrons, type LinearModel } from './perceptron.js';
import { roleExamples } from './role-examples.js';
import { ROLE_TAGS, roleTransitionAllowed } from './role-features.js';

export const DEFAULT_EPOCHS = 4;

/** How many perceptrons, each reading train in its own order, are averaged into each model. */
export const MEMBERS = 5;

/** A PolNeAR split read and analyzed once, for training (train only: dev is for tuning, test is never read). */
export interface TrainingSet {
  readonly documents: readonly { readonly gold: GoldDocument; readonly context: AnalysisContext }[];
}

export function readTrainingSet(folder: string): TrainingSet {
  return {
    documents: readPolnearFolder(folder).value.map((gold) => ({
      gold,
      context: buildContext(readText(gold.text, { name: gold.name })),
    })),
  };
}

/** Relations with a cue and a content: the ones both taggers learn from. */
const cued = (gold: GoldDocument) =>
  gold.relations.flatMap((relation) =>
    relation.cue && relation.content.length > 0
      ? [{ cue: relation.cue, source: relation.source, content: relation.content }]
      : [],
  );

/** Trains the cue tagger. Deterministic: articles in name order, shuffled by fixed seeds only. */
export function trainCueModel(
  set: TrainingSet,
  epochs = DEFAULT_EPOCHS,
): { model: LinearModel; sentences: number } {
  const examples = set.documents.flatMap(({ gold, context }) =>
    cueExamples(
      context,
      cued(gold).map((relation) => relation.cue),
    ),
  );
  return {
    model: trainAveragedPerceptrons(examples, CUE_TAGS.length, epochs, cueTransitionAllowed, MEMBERS),
    sentences: examples.length,
  };
}

/** Trains the role tagger (source and content around a gold cue), the same way. */
export function trainRoleModel(
  set: TrainingSet,
  epochs = DEFAULT_EPOCHS,
): { model: LinearModel; relations: number } {
  const examples = set.documents.flatMap(({ gold, context }) => roleExamples(context, cued(gold)));
  return {
    model: trainAveragedPerceptrons(examples, ROLE_TAGS.length, epochs, roleTransitionAllowed, MEMBERS),
    relations: examples.length,
  };
}
