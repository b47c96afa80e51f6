export { decodeText } from './decode-text.js';
export { DEFAULT_MAX_BYTES } from './limits.js';
export { readDocumentFile, readDocumentStdin, type ReadOptions } from './read-file.js';
