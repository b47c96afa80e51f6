import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BACKWARD_FEATURES_VERSION,
  BACKWARD_MODEL_URL,
  CUE_FEATURES_VERSION,
  CUE_MODEL_URL,
  STACKED_FEATURES_VERSION,
  STACKED_MODEL_URL,
} from '../../../src/analyze/model/cue-tagger.js';
import { decodeModel, encodeModel } from '../../../src/analyze/model/model-file.js';
import type { LinearModel } from '../../../src/analyze/model/perceptron.js';
import { ROLE_FEATURES_VERSION, ROLE_MODEL_URL } from '../../../src/analyze/model/role-tagger.js';
import {
  readTrainingSet,
  trainCueModel,
  trainRoleModel,
  trainStackedCueModel,
} from '../../../src/analyze/model/train-cue-model.js';

const train = fileURLToPath(new URL('../../../../shared/polnear/train', import.meta.url));

/** How many weights differ between a freshly trained model (through the file format) and the committed one. */
function differences(fresh: LinearModel, url: URL, features: string): number {
  const committed = decodeModel(readFileSync(url), features);
  const reread = decodeModel(encodeModel(fresh, features), features);
  expect(reread.tags).toBe(committed.tags);
  let count = 0;
  for (let index = 0; index < reread.weights.length; index += 1)
    if (reread.weights[index] !== committed.weights[index]) count += 1;
  return count;
}

/**
 * One training takes 10 to 20 seconds on a quiet machine, and this file runs beside the rest of the suite:
 * on a loaded one a pass has taken over a minute, past the suite's default limit.
 */
const TRAINING_TIMEOUT = 300_000;

describe('the committed models', () => {
  const set = readTrainingSet(train);

  // Same data and code, same weights: training is deterministic (its shuffles come from fixed seeds).
  it(
    'hold the cue tagger that `npm run train` makes from PolNeAR train today',
    () => {
      expect(
        differences(trainCueModel(set).model, CUE_MODEL_URL, CUE_FEATURES_VERSION),
        'run npm run train and commit models/',
      ).toBe(0);
    },
    TRAINING_TIMEOUT,
  );

  it(
    "hold the cue tagger's backward pass that `npm run train` makes from PolNeAR train today",
    () => {
      expect(
        differences(
          trainCueModel(set, undefined, 'backward').model,
          BACKWARD_MODEL_URL,
          BACKWARD_FEATURES_VERSION,
        ),
        'run npm run train and commit models/',
      ).toBe(0);
    },
    TRAINING_TIMEOUT,
  );

  // Ten first passes (five parts of train, read both ways) and the second pass: the longest test of the
  // suite (about two and a half minutes).
  it("hold the cue tagger's second pass that `npm run train` makes from PolNeAR train today", () => {
    expect(
      differences(trainStackedCueModel(set).model, STACKED_MODEL_URL, STACKED_FEATURES_VERSION),
      'run npm run train and commit models/',
    ).toBe(0);
  }, 600_000);

  it(
    'hold the role tagger that `npm run train` makes from PolNeAR train today',
    () => {
      expect(
        differences(trainRoleModel(set).model, ROLE_MODEL_URL, ROLE_FEATURES_VERSION),
        'run npm run train and commit models/',
      ).toBe(0);
    },
    TRAINING_TIMEOUT,
  );

  it('refuse a model trained on other features', () => {
    expect(() => decodeModel(readFileSync(CUE_MODEL_URL), 'cue-0')).toThrow(/run npm run train/);
  });
});
