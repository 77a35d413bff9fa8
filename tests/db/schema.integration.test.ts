/**
 * The schema's single sources: migrations/schema.sql is what a fresh database has; migrations are
 * recorded with checksums and never edited once applied; SQL functions are applied again when their
 * text changes.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshSchema, SCHEMA_FILE } from '../../scripts/schema-dump.ts';
import { listFunctions, listMigrations, migrate, MigrationChanged, MIGRATIONS_DIR, pendingSchema } from '../../src/db/migrate.ts';
import { migratedPostgres } from '../support/database.ts';

describe('the schema', () => {
  it('migrations/schema.sql is the schema of a freshly migrated database (npm run db:schema writes it)', async () => {
    expect(await freshSchema()).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('defines every SQL function in one place: its file, or the generated view writer', () => {
    const schema = readFileSync(SCHEMA_FILE, 'utf8');
    const defined = [...schema.matchAll(/^CREATE FUNCTION public\.(\w+)\(/gm)].map((m) => m[1]).sort();
    const homes = [...listFunctions().map((f) => /functions\/(\w+)\.sql$/.exec(f.name)![1]), 'docket_apply_views', 'events_refuse_change'].sort();
    expect(defined).toEqual(homes);
    for (const f of listFunctions()) expect(f.sql).toContain(`FUNCTION ${/functions\/(\w+)\.sql$/.exec(f.name)![1]}(`);
  });
});

describe('migrations with checksums', () => {
  let env: Awaited<ReturnType<typeof migratedPostgres>>;
  let dir: string;
  beforeAll(async () => {
    env = await migratedPostgres({ poolSize: 2 });
    dir = mkdtempSync(join(tmpdir(), 'docket-migrations-'));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await env.close();
  });

  it('records every migration and function with its checksum; running again applies nothing', async () => {
    const { rows } = await sql<{ name: string; checksum: string }>`SELECT name, checksum FROM schema_migrations ORDER BY name`.execute(env.handle.db);
    expect(rows.map((r) => r.name)).toEqual(
      [...listMigrations().map((m) => m.name), ...listFunctions().map((f) => f.name), 'generated/docket_apply_views'].sort(),
    );
    for (const r of rows) expect(r.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect((await migrate(env.handle, dir)).applied).toEqual([]);
    expect(await pendingSchema(env.handle, dir)).toEqual([]);
  });

  it('applies a function again when its file changes, and only that one', async () => {
    const [first] = listFunctions(dir);
    const file = join(dir, first!.name);
    appendFileSync(file, '\n-- a changed comment is a changed text\n');
    expect(await pendingSchema(env.handle, dir)).toEqual([first!.name]);
    expect((await migrate(env.handle, dir)).applied).toEqual([first!.name]);
    expect((await migrate(env.handle, dir)).applied).toEqual([]);
  });

  it('stops at a migration edited after it was applied, naming the file, and changes nothing', async () => {
    const [baseline] = listMigrations(dir);
    const file = join(dir, baseline!.name);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, `${original}\nCREATE TABLE sneaked_in (id int);\n`);
    try {
      await expect(migrate(env.handle, dir)).rejects.toBeInstanceOf(MigrationChanged);
      await expect(migrate(env.handle, dir)).rejects.toThrow(`migrations/${baseline!.name} was changed after it was applied`);
      await expect(pendingSchema(env.handle, dir)).rejects.toThrow(baseline!.name);
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'sneaked_in'`.execute(env.handle.db);
      expect(rows[0]!.n).toBe(0);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('refuses a database left by a development version from before the baseline', async () => {
    const legacy = await migratedPostgres({ poolSize: 1 });
    try {
      await sql`DROP TABLE schema_migrations`.execute(legacy.handle.db);
      await sql`CREATE TABLE schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(legacy.handle.db);
      await sql`INSERT INTO schema_migrations (name) VALUES ('0001_event_log.sql')`.execute(legacy.handle.db);
      await expect(migrate(legacy.handle)).rejects.toThrow(/from before its first release/);
    } finally {
      await legacy.close();
    }
  });
});
