import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { FEATURE_BITS } from './hash-feature.js';
import type { LinearModel } from './perceptron.js';

/**
 * A trained model on disk: one JSON header line, then the weights as 16-bit integers (scaled), gzipped.
 * About a megabyte for each of the three committed models, loaded without network.
 */
interface ModelHeader {
  readonly format: 'onrecord-linear-model';
  readonly version: 1;
  readonly featureBits: number;
  readonly tags: number;
  readonly scale: number;
  readonly features: string;
}

export function encodeModel(model: LinearModel, features: string): Buffer {
  let largest = 0;
  for (const weight of model.weights) largest = Math.max(largest, Math.abs(weight * model.scale));
  const scale = largest === 0 ? 1 : largest / 32767;
  const quantized = new Int16Array(model.weights.length);
  model.weights.forEach((weight, index) => (quantized[index] = Math.round((weight * model.scale) / scale)));
  const header: ModelHeader = {
    format: 'onrecord-linear-model',
    version: 1,
    featureBits: FEATURE_BITS,
    tags: model.tags,
    scale,
    features,
  };
  return gzipSync(
    Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), Buffer.from(quantized.buffer)]),
    { level: 9 },
  );
}

export function decodeModel(file: Buffer, features: string): LinearModel {
  const raw = gunzipSync(file);
  const newline = raw.indexOf(10);
  // Read as unknown data: a file from elsewhere may hold anything.
  const header = JSON.parse(raw.subarray(0, newline).toString('utf8')) as Partial<
    Record<keyof ModelHeader, unknown>
  >;
  if (
    header.format !== 'onrecord-linear-model' ||
    header.version !== 1 ||
    typeof header.scale !== 'number' ||
    typeof header.tags !== 'number' ||
    header.featureBits !== FEATURE_BITS ||
    header.features !== features
  )
    throw new Error(
      `model file does not fit this version of onrecord (features ${String(header.features)}, expected ${features}): run npm run train`,
    );
  const { scale, tags } = header;
  const body = raw.subarray(newline + 1);
  // Copied out: the integers must start on an even byte, which the header's length does not promise.
  const weights = new Int16Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength));
  return { tags, weights, scale };
}

/** A committed model, read from disk once, on first use (so that commands that do not analyze never pay for it). */
export function committedModel(url: URL, features: string): () => LinearModel {
  let loaded: LinearModel | null = null;
  return () => (loaded ??= decodeModel(readFileSync(url), features));
}
