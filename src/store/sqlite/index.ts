export { migrate, type MigrationResult } from './migrate.js';
export { MIGRATIONS, type Migration } from './migrations.js';
export { DEFAULT_BUSY_TIMEOUT_MS, openSqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
