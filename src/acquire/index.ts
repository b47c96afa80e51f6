export { decodeText } from './decode-text.js';
export { DEFAULT_MAX_BYTES } from './limits.js';
export { readDocumentFile, readDocumentStdin, type ReadOptions } from './read-file.js';
export { type DecodedDocument, decodeDocument, type DocumentFormat } from './decode-document.js';
export { documentFormat } from './document-format.js';
export { chooseHtmlCharset, detectCharset, encodingForLabel, prescanCharset } from './charset/index.js';
export {
  type ExpandedInput,
  expandInputs,
  readInput,
  readSources,
  type SourceItem,
  type SourceOptions,
} from './sources/index.js';
