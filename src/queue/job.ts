/**
 * What a queue job is: the document (or URL) a worker is to ingest, and the state of the work. A job
 * carries what a worker on any machine needs to read its document: a URL (fetched by the worker), a file
 * path (read by the worker: the file must be where the worker can see it), or the document's own bytes
 * (standard input, JSON Lines records, WARC records, which exist nowhere else once read).
 */
import type { DocumentHints, DocumentOrigin } from '../types.js';

export const JOB_STATES = ['queued', 'running', 'done', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** A page or feed URL: a feed's items are ingested by the same job. */
export interface UrlTarget {
  readonly source: 'url';
  readonly url: string;
}

/** One file holding one document, named as the user gave it and read relative to `cwd`. */
export interface FileTarget {
  readonly source: 'file';
  readonly path: string;
  readonly cwd: string;
  readonly gzip: boolean;
}

/** A document read already, carried whole: everything a SourceDocument holds. */
export interface DocumentTarget {
  readonly source: 'document';
  readonly key: string;
  readonly origin: DocumentOrigin;
  readonly name: string;
  readonly fetchedAt: string;
  readonly url: string | null;
  readonly contentType: string | null;
  readonly hints: DocumentHints | null;
  readonly bytes: Uint8Array;
}

export type JobTarget = UrlTarget | FileTarget | DocumentTarget;

/** A job a worker has claimed: it holds the lease until it finishes the job or stops renewing it. */
export interface ClaimedJob {
  readonly id: number;
  /** Attempts so far, this one included. */
  readonly attempts: number;
  readonly maxAttempts: number;
  readonly target: JobTarget;
}

/** How many jobs are in each state. `retrying`: queued jobs that failed before and wait for their turn. */
export type QueueCounts = Readonly<Record<JobState, number>> & { readonly retrying: number };

export const emptyCounts = (): QueueCounts => ({ queued: 0, running: 0, done: 0, failed: 0, retrying: 0 });

/** A job that used all its attempts, with the last attempt's error. */
export interface FailedJob {
  readonly id: number;
  readonly target: string;
  readonly attempts: number;
  readonly error: string;
  readonly finishedAt: string;
}

/** What enqueueing did: new jobs, jobs queued again (done or failed before), and jobs already waiting. */
export interface EnqueueResult {
  added: number;
  requeued: number;
  already: number;
}
