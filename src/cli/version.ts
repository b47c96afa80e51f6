import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** The package version, read from package.json so that it is stated once. */
export const VERSION = (require('../../package.json') as { version: string }).version;
