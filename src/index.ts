/**
 * onrecord's library entry: the pipeline stages as functions and the shared vocabulary of types.
 * `test/index.test.ts` pins these exports.
 */
export { decodeText, readDocumentFile } from './acquire/index.js';
export { analyze } from './analyze/index.js';
export { InputError, OnrecordError, StoreError, UsageError } from './errors.js';
export { extract, type ExtractOptions } from './extract.js';
export { readText, type ReadTextOptions } from './read/index.js';
export * from './types.js';
