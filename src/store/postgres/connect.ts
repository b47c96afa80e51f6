import pg from 'pg';

/** Is `location` a PostgreSQL connection string (rather than a SQLite file path)? */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(?:ql)?:\/\//iu.test(location.trim());
}

/** The connection string without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparsable connection string)';
  }
}

/** A schema name PostgreSQL takes unquoted: the store's tables live there when one is given. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/u;

export interface PostgresConnectOptions {
  /** The schema holding the store's tables (created if absent); `public` when omitted. */
  readonly schema?: string;
  /** Connections kept open at most. */
  readonly maxConnections?: number;
}

/**
 * A pool of connections to the store's database. A `schema` (also read from the URL's `?schema=`
 * parameter, which PostgreSQL itself does not know) puts every table there: tests give each run its own.
 */
export function connectPool(
  url: string,
  options: PostgresConnectOptions = {},
): { pool: pg.Pool; schema: string } {
  const parsed = new URL(url);
  const schema = options.schema ?? parsed.searchParams.get('schema') ?? 'public';
  if (!SCHEMA_NAME.test(schema))
    throw new Error(`"${schema}" is not a schema name onrecord uses (lower-case letters, digits, _)`);
  parsed.searchParams.delete('schema');
  const pool = new pg.Pool({
    connectionString: parsed.toString(),
    max: options.maxConnections ?? 8,
    // Every connection reads and writes the store's schema first, then public (for extensions).
    options: `-c search_path=${schema},public`,
    application_name: 'onrecord',
  });
  // An idle client whose server went away emits 'error' on the pool; without a listener Node would exit.
  pool.on('error', () => {});
  // A client in use whose connection breaks (the server restarted, an operator cut it) emits 'error' too,
  // and the pool listens to idle clients only: without a listener of its own the process would exit. The
  // query in flight rejects instead, and the client, released with the error, is not reused.
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  return { pool, schema };
}
