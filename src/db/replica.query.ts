/** WAL positions: how far the primary has written, how far a streaming replica has replayed. */
import { sql } from 'kysely';
import type { Executor } from '../store/types.ts';

/** The primary's WAL insert position: read after a commit returned, it is at or past that commit. */
export async function walInsertPosition(db: Executor): Promise<string> {
  const row = await sql<{ lsn: string }>`SELECT pg_current_wal_insert_lsn()::text AS lsn`.execute(db);
  return row.rows[0]!.lsn;
}

/** How far the primary has written WAL out (what a replica can have received): the base of replica lag. */
export async function walWritePosition(db: Executor): Promise<string> {
  const row = await sql<{ lsn: string }>`SELECT pg_current_wal_lsn()::text AS lsn`.execute(db);
  return row.rows[0]!.lsn;
}

/** How far a replica has replayed (null on a server that is not replaying WAL). */
export async function replayPosition(db: Executor): Promise<string | null> {
  const row = await sql<{ lsn: string | null }>`SELECT pg_last_wal_replay_lsn()::text AS lsn`.execute(db);
  return row.rows[0]?.lsn ?? null;
}
