/**
 * The ingest worker's entry (a worker thread of the pool in preparer.ts): each task is one document to
 * read and analyze. Models load once per worker, on its first task.
 */
import type { SourceDocument } from '../acquire/sources/source-item.js';
import { prepareDocument, type PreparedDocument } from './prepare-document.js';

export default function prepare(item: SourceDocument): PreparedDocument {
  return prepareDocument(item);
}
