import type Database from 'better-sqlite3';
import type { Migration } from './migrations.js';

export interface MigrationResult {
  /** Ids applied by this call, in order; empty when the database was already up to date. */
  readonly applied: readonly string[];
}

/**
 * Brings a database up to date: applies, in order, each migration not yet recorded in `schema_migrations`,
 * each one (its SQL, then its step in code) with its record in one transaction. Taking the write lock first
 * (IMMEDIATE) makes two processes opening the same new database at once apply each migration once. Refuses
 * a database that has migrations this version does not know (it was written by a newer onrecord).
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): MigrationResult {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL
  )`);
  const appliedIds = db.prepare<[], string>('SELECT id FROM schema_migrations ORDER BY id').pluck();
  const record = db.prepare<[string, string]>('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)');
  const known = new Set(migrations.map((migration) => migration.id));
  const unknown = appliedIds.all().filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new Error(
      `the database has schema migrations this version of onrecord does not know (${unknown.join(', ')}): ` +
        'it was written by a newer onrecord; upgrade onrecord to use it',
    );

  const applied: string[] = [];
  for (const migration of migrations) {
    db.transaction(() => {
      if (new Set(appliedIds.all()).has(migration.id)) return;
      if (migration.sql.trim() !== '') db.exec(migration.sql);
      migration.run?.(db);
      record.run(migration.id, new Date().toISOString());
      applied.push(migration.id);
    }).immediate();
  }
  return { applied };
}
