export { contentHash } from './content-hash.js';
export { matchKey } from './match-key.js';
export { personIdentity } from './person-identity.js';
export { openSqliteStore, type SqliteStoreOptions } from './sqlite/index.js';
export * from './store.js';
