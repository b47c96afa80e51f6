import { DATABASE_OPTION } from '../database-option.js';
import type { RegisterCommand } from '../register-command.js';

interface MigrateCommandOptions {
  readonly db: string;
  readonly json?: boolean;
}

export const registerMigrate: RegisterCommand = (program, io) => {
  program
    .command('migrate')
    .description(
      'Bring a store up to date with this version of onrecord (creating it when empty), and list the ' +
        'schema migrations it holds. Every command does this by itself; run it to upgrade a shared ' +
        'PostgreSQL store once, before starting workers of a new version.',
    )
    .option(...DATABASE_OPTION)
    .option('--json', 'one JSON object: the location, the migrations applied now and all it holds')
    .action(async (options: MigrateCommandOptions) => {
      const { migrateDatabase } = await import('../../store/migrate-database.js');
      const report = await migrateDatabase(options.db);
      if (options.json === true) {
        io.stdout.write(`${JSON.stringify(report)}\n`);
        return;
      }
      const applied = new Set(report.applied);
      const width = Math.max(0, ...report.migrations.map((migration) => migration.id.length));
      for (const migration of report.migrations)
        io.stdout.write(
          `${migration.id.padEnd(width)}  ${migration.appliedAt}${applied.has(migration.id) ? '  (applied now)' : ''}\n`,
        );
      io.stdout.write(
        report.applied.length === 0
          ? `${report.location}: up to date (${report.migrations.length} migrations)\n`
          : `${report.location}: applied ${report.applied.length} of ${report.migrations.length} migrations\n`,
      );
    });
};
