/** The wrapped data keys and the erasures (migration 0040): the only SQL of crypto-shredding. */
import { sql } from 'kysely';
import type { Executor } from '../store/types.ts';

/** A subject's key as stored: wrapped (null: none, never made or destroyed), and whether the subject was erased. */
export interface StoredKey {
  wrapped: Uint8Array | null;
  erased: boolean;
}

/** The stored keys of these subjects, every one of them answered. */
export async function readStoredKeys(db: Executor, subjects: readonly string[]): Promise<Map<string, StoredKey>> {
  if (subjects.length === 0) return new Map();
  const { rows } = await sql<{ subject: string; wrapped: Uint8Array | null; erased: boolean }>`SELECT s.subject, k.wrapped, e.subject IS NOT NULL AS erased
    FROM unnest(${[...subjects]}::text[]) AS s(subject)
    LEFT JOIN data_keys k ON k.subject = s.subject LEFT JOIN erasures e ON e.subject = s.subject`.execute(db);
  return new Map(rows.map((r) => [r.subject, { wrapped: r.wrapped, erased: r.erased }]));
}

/**
 * Stores a new wrapped key unless the subject has one (another command made it first: that one is
 * returned) or was erased (null). One statement, so two commands starting the same subject agree.
 */
export async function insertWrappedKey(db: Executor, subject: string, wrapped: Uint8Array, now: Date): Promise<Uint8Array | null> {
  const { rows } = await sql<{ wrapped: Uint8Array }>`WITH inserted AS (
      INSERT INTO data_keys (subject, wrapped, created_at)
      SELECT ${subject}, ${wrapped}, ${now.toISOString()}::timestamptz
      WHERE NOT EXISTS (SELECT 1 FROM erasures WHERE subject = ${subject})
      ON CONFLICT (subject) DO NOTHING
      RETURNING wrapped)
    SELECT wrapped FROM inserted
    UNION ALL SELECT wrapped FROM data_keys WHERE subject = ${subject}
    LIMIT 1`.execute(db);
  return rows[0]?.wrapped ?? null;
}

/** Whether the subject was erased. */
export async function isErased(db: Executor, subject: string): Promise<boolean> {
  const row = await db.selectFrom('erasures').select('subject').where('subject', '=', subject).executeTakeFirst();
  return row !== undefined;
}

/** Destroys the subject's data key and records the erasure (inside the erasure's transaction). */
export async function destroyKey(db: Executor, subject: string, now: Date): Promise<void> {
  await db.deleteFrom('data_keys').where('subject', '=', subject).execute();
  await db.insertInto('erasures').values({ subject, erased_at: now }).execute();
}

/** Every wrapped key, in pages (the master key's rotation). */
export async function wrappedKeysAfter(db: Executor, after: string, limit: number): Promise<{ subject: string; wrapped: Uint8Array }[]> {
  return db.selectFrom('data_keys').select(['subject', 'wrapped']).where('subject', '>', after).orderBy('subject').limit(limit).execute();
}

export async function rewrapKey(db: Executor, subject: string, wrapped: Uint8Array): Promise<void> {
  await db.updateTable('data_keys').set({ wrapped }).where('subject', '=', subject).execute();
}

/** Locks the subject's stream head for its erasure; its workflow, or null when there is no such stream. */
export async function lockSubjectStream(trx: Executor, subject: string): Promise<string | null> {
  const row = await trx.selectFrom('streams').select('workflow').where('stream_id', '=', subject).forUpdate().executeTakeFirst();
  return row?.workflow ?? null;
}

/**
 * Empties the data and comments of the events in the stored answers of commands on the instance
 * (they repeated them in clear): a retry is still answered, its events without them.
 */
export async function forgetAnsweredEvents(trx: Executor, workflow: string, id: string): Promise<void> {
  await sql`UPDATE idempotency_keys
    SET result = jsonb_set(result, '{events}', coalesce((SELECT jsonb_agg(e || '{"data": {}, "comment": null}'::jsonb) FROM jsonb_array_elements(result->'events') e), '[]'::jsonb))
    WHERE result->>'workflow' = ${workflow} AND result->>'id' = ${id} AND jsonb_typeof(result->'events') = 'array'`.execute(trx);
}

/** One stored wrapped key (the first by subject), or null when there is none. */
export async function someWrappedKey(db: Executor): Promise<{ subject: string; wrapped: Uint8Array } | null> {
  return (await wrappedKeysAfter(db, '', 1))[0] ?? null;
}
