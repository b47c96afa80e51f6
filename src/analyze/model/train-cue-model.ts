import { readPolnearFolder } from '../../eval/read-polnear-folder.js';
import type { GoldDocument } from '../../eval/types.js';
import { readText } from '../../read/index.js';
import { buildContext, type AnalysisContext } from '../context.js';
import { backwardTags, cueExamples, cueTransitionAllowed } from './cue-examples.js';
import { CUE_TAGS } from './cue-features.js';
import { BACKWARD_FEATURES_VERSION, CUE_FEATURES_VERSION, stackedFeatures } from './cue-tagger.js';
import { decodeModel, encodeModel } from './model-file.js';
import {
  trainAveragedPerceptrons,
  type FeatureSequence,
  type LinearModel,
  type ReadingOrder,
} from './perceptron.js';
import { roleExamples } from './role-examples.js';
import { ROLE_TAGS, roleTransitionAllowed } from './role-features.js';

export const DEFAULT_EPOCHS = 4;

/** How many perceptrons, each reading train in its own order, are averaged into each model. */
export const MEMBERS = 5;

/**
 * Into how many parts train is cut to give the stacked pass first passes that did not see their sentences.
 * On PolNeAR dev, with the forward first pass alone, 10 parts gave cue exact F1 0.699 and 5 parts 0.698;
 * with the backward pass too, 10 parts gave 0.708 (1,398 exact cues) and 5 parts 0.708 (1,401), in a
 * little over half the training time.
 */
export const STACKING_FOLDS = 5;

/**
 * A PolNeAR split read and analyzed once, for training (train only: dev is for tuning, test is never read).
 * Every annotator's reading of an article is a document of its own (79 of train's 840 articles have two);
 * `firstReading` marks the lexicographically first, the one EVAL.md scores.
 */
export interface TrainingSet {
  readonly documents: readonly {
    readonly gold: GoldDocument;
    readonly context: AnalysisContext;
    readonly firstReading: boolean;
  }[];
}

export function readTrainingSet(folder: string): TrainingSet {
  const contexts = new Map<string, AnalysisContext>();
  return {
    documents: readPolnearFolder(folder, { everyAnnotator: true }).value.map((gold) => {
      // A second reading has the same text: analyzed once.
      const known = contexts.get(gold.name);
      const context = known ?? buildContext(readText(gold.text, { name: gold.name }));
      contexts.set(gold.name, context);
      return { gold, context, firstReading: known === undefined };
    }),
  };
}

/** Relations with a cue and a content: the ones both taggers learn from. */
const cued = (gold: GoldDocument) =>
  gold.relations.flatMap((relation) =>
    relation.cue && relation.content.length > 0
      ? [{ cue: relation.cue, source: relation.source, content: relation.content }]
      : [],
  );

/**
 * Trains the cue tagger's first pass, on every annotator's reading: where two annotators differ over a
 * cue, the tagger sees both (on PolNeAR dev, cue exact F1 about 0.003 higher than from the first readings
 * alone). `reading` 'backward' trains the pass that reads right to left. Deterministic: articles in name
 * order, shuffled by fixed seeds only.
 */
export function trainCueModel(
  set: TrainingSet,
  epochs = DEFAULT_EPOCHS,
  reading: ReadingOrder = 'forward',
): { model: LinearModel; sentences: number } {
  const examples = firstPassExamples(set).flat();
  return { model: trainFirstPass(examples, epochs, reading), sentences: examples.length };
}

type Example = { features: FeatureSequence; tags: readonly number[] };

/** Each document's sentences with the first pass's features and the gold cue tags, in reading order. */
const firstPassExamples = (set: TrainingSet): Example[][] =>
  set.documents.map(({ gold, context }) =>
    cueExamples(
      context,
      cued(gold).map((relation) => relation.cue),
    ),
  );

/** A first pass from its examples, reading them in `reading` order (backward tags for backward). */
const trainFirstPass = (examples: readonly Example[], epochs: number, reading: ReadingOrder): LinearModel =>
  trainAveragedPerceptrons(
    reading === 'forward'
      ? examples
      : examples.map(({ features, tags }) => ({ features, tags: backwardTags(tags) })),
    CUE_TAGS.length,
    epochs,
    cueTransitionAllowed,
    MEMBERS,
    reading,
  );

/**
 * Trains the role tagger (source and content around a gold cue), the same way, on the first readings only:
 * with the second readings too, content exact F1 on dev rose 0.002 but content token overlap fell 0.004.
 */
export function trainRoleModel(
  set: TrainingSet,
  epochs = DEFAULT_EPOCHS,
): { model: LinearModel; relations: number } {
  const examples = set.documents.flatMap(({ gold, context, firstReading }) =>
    firstReading ? roleExamples(context, cued(gold)) : [],
  );
  return {
    model: trainAveragedPerceptrons(examples, ROLE_TAGS.length, epochs, roleTransitionAllowed, MEMBERS),
    relations: examples.length,
  };
}

/**
 * Trains the stacked pass of the cue tagger, which reads the two first passes' tags (see
 * `writeStackedBuckets`). At run time the first passes are the committed ones, which have seen all of
 * train; trained on those models' tags of train, the second pass would learn to trust them as if they
 * were always right. So train is cut into `folds` parts by article (both readings of an article in the
 * same part), and each part is tagged by first passes trained on the other parts, as dev and new articles
 * are. Deterministic.
 */
export function trainStackedCueModel(
  set: TrainingSet,
  epochs = DEFAULT_EPOCHS,
  folds = STACKING_FOLDS,
): { model: LinearModel; sentences: number } {
  const names = [...new Set(set.documents.map((document) => document.gold.name))].sort();
  const foldOf = new Map(names.map((name, index) => [name, index % folds]));
  // The first pass's features do not depend on the fold: computed once, each fold trains on its share.
  const examples = firstPassExamples(set);
  const stacked: Example[] = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const inFold = set.documents.map((document) => foldOf.get(document.gold.name) === fold);
    const held = set.documents.filter((_, index) => inFold[index]);
    const rest = examples.filter((_, index) => !inFold[index]).flat();
    const forward = heldOutPass(rest, epochs, 'forward');
    const backward = heldOutPass(rest, epochs, 'backward');
    for (const { gold, context } of held)
      stacked.push(
        ...cueExamples(
          context,
          cued(gold).map((relation) => relation.cue),
          (indices) => stackedFeatures(forward, backward, context, indices, new Float64Array(indices.length)),
        ),
      );
  }
  return {
    model: trainAveragedPerceptrons(stacked, CUE_TAGS.length, epochs, cueTransitionAllowed, MEMBERS),
    sentences: stacked.length,
  };
}

/** A first pass trained on part of train, read through the model file's 16-bit weights as at run time. */
function heldOutPass(examples: readonly Example[], epochs: number, reading: ReadingOrder): LinearModel {
  const version = reading === 'forward' ? CUE_FEATURES_VERSION : BACKWARD_FEATURES_VERSION;
  return decodeModel(encodeModel(trainFirstPass(examples, epochs, reading), version), version);
}
