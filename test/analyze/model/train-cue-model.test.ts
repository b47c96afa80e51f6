import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CUE_FEATURES_VERSION, CUE_MODEL_URL } from '../../../src/analyze/model/cue-tagger.js';
import { decodeModel, encodeModel } from '../../../src/analyze/model/model-file.js';
import { trainCueModel } from '../../../src/analyze/model/train-cue-model.js';

const train = fileURLToPath(new URL('../../../../shared/polnear/train', import.meta.url));

describe('the committed cue model', () => {
  it('is what `npm run train` makes from PolNeAR train today', () => {
    const committed = decodeModel(readFileSync(CUE_MODEL_URL), CUE_FEATURES_VERSION);
    const fresh = decodeModel(
      encodeModel(trainCueModel(train).model, CUE_FEATURES_VERSION),
      CUE_FEATURES_VERSION,
    );
    expect(fresh.tags).toBe(committed.tags);
    // Same data and code, same weights: training is deterministic (no shuffling, no randomness).
    let differences = 0;
    for (let index = 0; index < fresh.weights.length; index += 1)
      if (fresh.weights[index] !== committed.weights[index]) differences += 1;
    expect(differences, 'retrain with `npm run train` and commit models/cue-tagger.bin.gz').toBe(0);
  });

  it('refuses a model trained on other features', () => {
    expect(() => decodeModel(readFileSync(CUE_MODEL_URL), 'cue-0')).toThrow(/run npm run train/);
  });
});
