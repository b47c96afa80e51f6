export {
  ingestDocuments,
  type IngestDocumentsOptions,
  type IngestProgressEvent,
} from './ingest-documents.js';
export { createPreparer, defaultThreads, type Preparer } from './preparer.js';
export { prepareDocument, type PreparedDocument } from './prepare-document.js';
export { emptyTally, formatTally, tallyTotal, type IngestTally } from './tally.js';
