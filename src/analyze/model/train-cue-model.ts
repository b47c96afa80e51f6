import { readPolnearFolder } from '../../eval/read-polnear-folder.js';
import { readText } from '../../read/index.js';
import { buildContext } from '../context.js';
import { cueExamples, cueTransitionAllowed } from './cue-examples.js';
import { trainPerceptron, type LinearModel } from './perceptron.js';

export const DEFAULT_EPOCHS = 8;

/**
 * Trains the cue tagger on a PolNeAR split folder (train only: dev is for tuning, test is never read).
 * Deterministic: articles in name order, no shuffling, no randomness.
 */
export function trainCueModel(
  folder: string,
  epochs = DEFAULT_EPOCHS,
): { model: LinearModel; articles: number; sentences: number } {
  const documents = readPolnearFolder(folder).value;
  const examples = documents.flatMap((document) =>
    cueExamples(
      buildContext(readText(document.text, { name: document.name })),
      document.relations.flatMap((relation) =>
        relation.cue && relation.content.length > 0 ? [relation.cue] : [],
      ),
    ),
  );
  return {
    model: trainPerceptron(examples, 3, epochs, cueTransitionAllowed),
    articles: documents.length,
    sentences: examples.length,
  };
}
