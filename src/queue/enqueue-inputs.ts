/**
 * `onrecord ingest --queue`: the inputs become jobs instead of being ingested here. A URL or a file is
 * queued as its address, read by the worker (a feed's items too); what exists nowhere else once read
 * (standard input, the records of JSON Lines and WARC files) is read here and queued with its bytes.
 */
import type { ExpandedInput, SourceItem } from '../acquire/sources/index.js';
import { readInput } from '../acquire/sources/index.js';
import { sourceFailure } from '../acquire/sources/source-failure.js';
import { errorMessage } from '../errors.js';
import type { IngestFailure, Store } from '../store/index.js';
import type { EnqueueResult, JobTarget } from './job.js';
import type { Queue } from './queue.js';

/**
 * The most bytes one job carries, whatever `--max-bytes` allows: a job row is read whole by a worker, and
 * a news article is tens of kilobytes.
 */
export const MAX_JOB_BYTES = 16 * 1024 * 1024;

/** Targets sent to the queue at once. */
const BATCH = 500;

export interface EnqueueInputsOptions {
  readonly maxBytes: number;
  readonly stdin?: NodeJS.ReadableStream;
  /** Where relative paths are resolved (and kept, for the worker); the working directory by default. */
  readonly cwd?: string;
  readonly maxAttempts?: number;
  /** Where failures are told as they happen, one line each. */
  readonly stderr: NodeJS.WritableStream;
  readonly command: string;
  readonly shouldStop?: () => boolean;
}

export interface EnqueueTally extends EnqueueResult {
  /** Inputs that could not be read here (kept in the store, as `ingest` keeps them). */
  failed: number;
}

export async function enqueueInputs(
  store: Store,
  queue: Queue,
  inputs: AsyncIterable<ExpandedInput> | Iterable<ExpandedInput>,
  options: EnqueueInputsOptions,
): Promise<EnqueueTally> {
  const tally: EnqueueTally = { added: 0, requeued: 0, already: 0, failed: 0 };
  const cwd = options.cwd ?? process.cwd();
  let batch: JobTarget[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const result = await queue.enqueue(batch, {
      ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
    });
    tally.added += result.added;
    tally.requeued += result.requeued;
    tally.already += result.already;
    batch = [];
  };
  const fail = async (failure: IngestFailure): Promise<void> => {
    tally.failed += 1;
    options.stderr.write(`${options.command}: ${failure.message}\n`);
    await store.recordFailure(failure).catch((error: unknown) => {
      options.stderr.write(`${options.command}: could not record the failure: ${errorMessage(error)}\n`);
    });
  };
  const add = async (target: JobTarget): Promise<void> => {
    batch.push(target);
    if (batch.length >= BATCH) await flush();
  };

  for await (const input of inputs) {
    if (options.shouldStop?.() === true) break;
    if (input.kind === 'url') await add({ source: 'url', url: input.url });
    else if (input.kind === 'file' && input.container === 'document')
      await add({ source: 'file', path: input.path, cwd, gzip: input.gzip });
    else
      for await (const item of readInput(input, { maxBytes: options.maxBytes, cwd, ...stdinOf(options) })) {
        const target = carried(item);
        if ('ok' in target) await fail(target);
        else await add(target);
        if (options.shouldStop?.() === true) break;
      }
  }
  await flush();
  return tally;
}

/** A document read here, as a job carrying its bytes; or why it cannot be one. */
function carried(item: SourceItem): JobTarget | (IngestFailure & { ok: false }) {
  if (!item.ok) return item;
  const { document } = item;
  if (document.bytes.length > MAX_JOB_BYTES)
    return {
      ...sourceFailure(
        document.name,
        document.origin,
        item.key,
        'too-large',
        `is ${document.bytes.length} bytes, over the ${MAX_JOB_BYTES} bytes a queue job carries`,
      ),
    };
  return {
    source: 'document',
    key: item.key,
    origin: document.origin,
    name: document.name,
    fetchedAt: document.fetchedAt,
    url: document.url ?? null,
    contentType: document.contentType ?? null,
    hints: document.hints ?? null,
    bytes: document.bytes,
  };
}

const stdinOf = (options: EnqueueInputsOptions): { stdin?: NodeJS.ReadableStream } =>
  options.stdin === undefined ? {} : { stdin: options.stdin };
