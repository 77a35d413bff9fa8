import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../../src/db/schema.ts';
import { positionValue, ReadRouting } from '../../src/db/read-routing.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

describe('read routing without a replica', () => {
  let database: TestDatabase;
  let db: Kysely<Database>;
  let queries = 0;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url, max: 4 }) }), log: () => void (queries += 1) });
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('orders WAL positions like the log', () => {
    expect(positionValue('0/FF') < positionValue('1/0')).toBe(true);
    expect(positionValue('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n);
    expect(positionValue('a/1')).toBe(positionValue('A/1'));
  });

  it('reads from the primary, whatever position is asked for', async () => {
    const reads = new ReadRouting(db, null);
    expect(reads.configured).toBe(false);
    expect(await reads.status()).toBeNull();
    expect(await reads.forRead('FFFFFFFF/FFFFFFFF')).toBe(db);
  });

  it('answers twenty concurrent callers with two queries, each at or past what was committed before they asked', async () => {
    const reads = new ReadRouting(db, null);
    await sql`CREATE TABLE IF NOT EXISTS routing_probe (n int)`.execute(db);
    await sql`INSERT INTO routing_probe VALUES (1)`.execute(db);
    const committed = positionValue((await sql<{ lsn: string }>`SELECT pg_current_wal_insert_lsn()::text AS lsn`.execute(db)).rows[0]!.lsn);
    queries = 0;
    const positions = await Promise.all(Array.from({ length: 20 }, () => reads.position()));
    expect(queries).toBe(2); // the first caller's, and one shared by the nineteen that asked while it ran
    for (const p of positions) expect(positionValue(p)).toBeGreaterThanOrEqual(committed);
    // A caller after another write gets a position past it, not the shared one from before.
    await sql`INSERT INTO routing_probe VALUES (2)`.execute(db);
    const after = positionValue((await sql<{ lsn: string }>`SELECT pg_current_wal_insert_lsn()::text AS lsn`.execute(db)).rows[0]!.lsn);
    expect(positionValue(await reads.position())).toBeGreaterThanOrEqual(after);
  });
});
