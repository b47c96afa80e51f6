export { type ByteLine, byteLines } from './byte-lines.js';
export { type ExpandedInput, expandInputs } from './expand-inputs.js';
export { dechunk, decodeHttpPayload, PayloadError } from './http-payload.js';
export { type Container, type FileKind, collectedFileKind, namedFileKind } from './input-kind.js';
export { type JsonLineContext, documentFromJsonLine } from './jsonl-record.js';
export { readDocumentFromFile } from './read-document-file.js';
export { readJsonLines } from './read-jsonl.js';
export { readInput, readSources } from './read-sources.js';
export { readStdinDocument } from './read-stdin.js';
export { readWarc } from './read-warc.js';
export type { SourceDocument, SourceFailure, SourceItem } from './source-item.js';
export { fileKey, isHttpUrl, sourceFailure } from './source-failure.js';
export type { SourceOptions } from './source-options.js';
export {
  type ArchivedResponse,
  gzipMember,
  requestRecord,
  responseRecord,
  warcinfoRecord,
  warcRecord,
} from './write-warc.js';
