/**
 * Creates (or brings back in line) the least-privilege PostgreSQL role the server runs as: it may
 * read and append to the event log but never UPDATE, DELETE or TRUNCATE it, owns nothing (so it
 * cannot disable the append-only trigger or change the schema), and gets only what the other
 * tables need. Run it as the database owner after `npm run migrate`, and again after each new
 * migration (new tables get the default grants below).
 *
 *   DATABASE_URL=postgres://owner@host/docket DOCKET_APP_ROLE=docket_app DOCKET_APP_PASSWORD=... \
 *     npx tsx scripts/least-privilege.ts
 *
 * Then run the server with DATABASE_URL=postgres://docket_app:...@host/docket (docs/least-privilege.md).
 */
import { pathToFileURL } from 'node:url';
import pg from 'pg';

/** Tables whose rows are never changed or removed by the server, and what it may do to them. */
export const TABLE_PRIVILEGES: Readonly<Record<string, readonly string[]>> = {
  // The log: read and append. UPDATE, DELETE and TRUNCATE are refused by permissions (and by the trigger).
  events: ['SELECT', 'INSERT'],
  // Stream heads: created on the first append, their version and last hash moved on every append.
  streams: ['SELECT', 'INSERT', 'UPDATE'],
  // Principals are revoked (revoked_at), never deleted.
  principals: ['SELECT', 'INSERT', 'UPDATE'],
  idempotency_keys: ['SELECT', 'INSERT', 'UPDATE'],
  // Tokens a rotation replaced stay refused for good: recorded, never removed.
  retired_tokens: ['SELECT', 'INSERT'],
  // The Merkle tree over the log and its signed checkpoints: appended, never changed (the tree's
  // size and root, one row, move forward).
  merkle_batches: ['SELECT', 'INSERT'],
  merkle_checkpoints: ['SELECT', 'INSERT'],
  merkle_tree: ['SELECT', 'UPDATE'],
  // Who read whose personal data: appended, never changed or removed by the server.
  access_log: ['SELECT', 'INSERT'],
  // The subjects' wrapped data keys: made on a subject's first personal field, deleted by its
  // erasure, never changed (a master key rotation runs as the owner).
  data_keys: ['SELECT', 'INSERT', 'DELETE'],
  // Erased subjects: recorded for good.
  erasures: ['SELECT', 'INSERT'],
  // The last case number per workflow and year: taken by moving it forward.
  case_counters: ['SELECT', 'INSERT', 'UPDATE'],
  // Read by the server at start to check that the owner applied every migration.
  schema_migrations: ['SELECT'],
};

/** Every other table (timers, read views, checkpoints): derived or transient rows. */
export const DEFAULT_PRIVILEGES: readonly string[] = ['SELECT', 'INSERT', 'UPDATE', 'DELETE'];

export interface LeastPrivilegeOptions {
  role: string;
  /** Sets (or changes) the role's password; without it the role relies on the server's auth rules. */
  password?: string | undefined;
}

export interface LeastPrivilegeResult {
  role: string;
  database: string;
  grants: { table: string; privileges: readonly string[] }[];
}

/** Applies the role and its grants through `client` (connected as the owner of the schema). */
export async function applyLeastPrivilege(client: pg.Client, options: LeastPrivilegeOptions): Promise<LeastPrivilegeResult> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(options.role)) throw new Error(`invalid role name ${JSON.stringify(options.role)}`);
  const role = client.escapeIdentifier(options.role);
  const attributes = 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT';
  const password = options.password ? ` PASSWORD ${client.escapeLiteral(options.password)}` : '';
  const database = (await client.query<{ db: string }>('SELECT current_database() AS db')).rows[0]?.db ?? '';
  const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [options.role])).rowCount;

  await client.query('BEGIN');
  try {
    await client.query(`${exists ? 'ALTER' : 'CREATE'} ROLE ${role} ${attributes}${password}`);
    await client.query(`GRANT CONNECT ON DATABASE ${client.escapeIdentifier(database)} TO ${role}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await client.query(`REVOKE CREATE ON SCHEMA public FROM ${role}`);
    await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${role}`);
    const tables = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const grants: LeastPrivilegeResult['grants'] = [];
    for (const { name } of tables.rows) {
      const privileges = TABLE_PRIVILEGES[name] ?? DEFAULT_PRIVILEGES;
      await client.query(`GRANT ${privileges.join(', ')} ON TABLE ${client.escapeIdentifier(name)} TO ${role}`);
      grants.push({ table: name, privileges });
    }
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${role}`);
    await client.query('COMMIT');
    return { role: options.role, database, grants };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('set DATABASE_URL to the database, connecting as its owner');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await applyLeastPrivilege(client, { role: process.env.DOCKET_APP_ROLE ?? 'docket_app', password: process.env.DOCKET_APP_PASSWORD });
    process.stdout.write(`role ${result.role} on database ${result.database}:\n`);
    for (const g of result.grants) process.stdout.write(`  ${g.table.padEnd(28)} ${g.privileges.join(', ')}\n`);
  } finally {
    await client.end();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`least-privilege: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
