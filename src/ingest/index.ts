export {
  emptyStats,
  ingestDocuments,
  type DocumentOutcome,
  type IngestDocumentsOptions,
  type IngestProgressEvent,
  type IngestStats,
} from './ingest-documents.js';
export { createPreparer, defaultThreads, type Preparer } from './preparer.js';
export { prepareDocument, type PreparedDocument, type StageTimings } from './prepare-document.js';
export { emptyTally, formatTally, tallyTotal, type IngestTally } from './tally.js';
