export { openPostgresStore, type PostgresStoreOptions } from './postgres-store.js';
export { isPostgresUrl, redactUrl } from './connect.js';
