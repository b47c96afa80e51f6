/**
 * npm run train: trains the cue tagger and the role tagger on PolNeAR's train split
 * (../shared/polnear/train) and writes models/cue-tagger.bin.gz (the cue tagger's first pass),
 * models/cue-backward.bin.gz (its backward first pass), models/cue-stacked.bin.gz (its second pass) and
 * models/role-tagger.bin.gz.
 * Deterministic: the same data and code give the same models. Tune on dev (`onrecord eval
 * ../shared/polnear/dev`); the test split is never read.
 *
 *   npm run train                                   (4 epochs, into models/)
 *   npm run train -- --epochs 10 --cue-out /tmp/cue.bin.gz --backward-out /tmp/backward.bin.gz \
 *     --stacked-out /tmp/stacked.bin.gz --role-out /tmp/role.bin.gz
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  BACKWARD_FEATURES_VERSION,
  BACKWARD_MODEL_URL,
  CUE_FEATURES_VERSION,
  CUE_MODEL_URL,
  STACKED_FEATURES_VERSION,
  STACKED_MODEL_URL,
} from '../src/analyze/model/cue-tagger.js';
import { encodeModel } from '../src/analyze/model/model-file.js';
import { ROLE_FEATURES_VERSION, ROLE_MODEL_URL } from '../src/analyze/model/role-tagger.js';
import {
  DEFAULT_EPOCHS,
  readTrainingSet,
  STACKING_FOLDS,
  trainCueModel,
  trainRoleModel,
  trainStackedCueModel,
} from '../src/analyze/model/train-cue-model.js';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: String(DEFAULT_EPOCHS) },
    'cue-out': { type: 'string', default: fileURLToPath(CUE_MODEL_URL) },
    'backward-out': { type: 'string', default: fileURLToPath(BACKWARD_MODEL_URL) },
    'stacked-out': { type: 'string', default: fileURLToPath(STACKED_MODEL_URL) },
    'role-out': { type: 'string', default: fileURLToPath(ROLE_MODEL_URL) },
    train: { type: 'string', default: fileURLToPath(new URL('../../shared/polnear/train', import.meta.url)) },
  },
});

const epochs = Number(values.epochs);
const seconds = (since: number): string => ((performance.now() - since) / 1000).toFixed(1);
let started = performance.now();
const set = readTrainingSet(values.train);
const articles = set.documents.filter((document) => document.firstReading).length;
console.error(
  `train: read ${articles} articles (${set.documents.length} annotators' readings) in ${seconds(started)} s`,
);

started = performance.now();
const cue = trainCueModel(set, epochs);
const cueFile = encodeModel(cue.model, CUE_FEATURES_VERSION);
writeFileSync(values['cue-out'], cueFile);
console.error(
  `train: cue tagger, ${cue.sentences} sentences, ${epochs} epochs: ${values['cue-out']} ` +
    `(${(cueFile.length / 1024).toFixed(0)} KiB) in ${seconds(started)} s`,
);

started = performance.now();
const backward = trainCueModel(set, epochs, 'backward');
const backwardFile = encodeModel(backward.model, BACKWARD_FEATURES_VERSION);
writeFileSync(values['backward-out'], backwardFile);
console.error(
  `train: cue tagger's backward pass, ${backward.sentences} sentences, ${epochs} epochs: ${values['backward-out']} ` +
    `(${(backwardFile.length / 1024).toFixed(0)} KiB) in ${seconds(started)} s`,
);

started = performance.now();
console.error(`train: cue tagger's second pass, first passes from ${STACKING_FOLDS} parts of train ...`);
const stacked = trainStackedCueModel(set, epochs);
const stackedFile = encodeModel(stacked.model, STACKED_FEATURES_VERSION);
writeFileSync(values['stacked-out'], stackedFile);
console.error(
  `train: cue tagger's second pass, ${stacked.sentences} sentences, ${epochs} epochs: ${values['stacked-out']} ` +
    `(${(stackedFile.length / 1024).toFixed(0)} KiB) in ${seconds(started)} s`,
);

started = performance.now();
const role = trainRoleModel(set, epochs);
const roleFile = encodeModel(role.model, ROLE_FEATURES_VERSION);
writeFileSync(values['role-out'], roleFile);
console.error(
  `train: role tagger, ${role.relations} relations, ${epochs} epochs: ${values['role-out']} ` +
    `(${(roleFile.length / 1024).toFixed(0)} KiB) in ${seconds(started)} s`,
);
