export { contentHash } from './content-hash.js';
export { matchKey } from '../link/match-key.js';
export { personIdentity } from '../link/person-identity.js';
export { openSqliteStore, type SqliteStoreOptions } from './sqlite/index.js';
export * from './store.js';
