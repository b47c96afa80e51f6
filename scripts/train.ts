/**
 * npm run train: trains the cue tagger on PolNeAR's train split (../shared/polnear/train) and writes
 * models/cue-tagger.bin.gz. Deterministic: the same data and code give the same model. Tune on dev
 * (`onrecord eval ../shared/polnear/dev`); the test split is never read.
 *
 *   npm run train                       (8 epochs, into models/cue-tagger.bin.gz)
 *   npm run train -- --epochs 10 --out /tmp/model.bin.gz
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CUE_FEATURES_VERSION, CUE_MODEL_URL } from '../src/analyze/model/cue-tagger.js';
import { encodeModel } from '../src/analyze/model/model-file.js';
import { DEFAULT_EPOCHS, trainCueModel } from '../src/analyze/model/train-cue-model.js';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: String(DEFAULT_EPOCHS) },
    out: { type: 'string', default: fileURLToPath(CUE_MODEL_URL) },
    train: { type: 'string', default: fileURLToPath(new URL('../../shared/polnear/train', import.meta.url)) },
  },
});

const started = performance.now();
const { model, articles, sentences } = trainCueModel(values.train, Number(values.epochs));
const file = encodeModel(model, CUE_FEATURES_VERSION);
writeFileSync(values.out, file);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.error(
  `train: ${articles} articles, ${sentences} sentences, ${values.epochs} epochs: wrote ${values.out} (${(file.length / 1024).toFixed(0)} KiB) in ${seconds} s`,
);
