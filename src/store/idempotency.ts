/**
 * Idempotency records, written in the same transaction as the append they guard.
 * `claim` inserts the key first: a concurrent retry with the same key waits on the
 * unique index until the first transaction ends, then sees its stored result.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { IdempotencyKeyReused } from '../errors.ts';
import type { Executor } from './types.ts';

export interface IdempotencyRef {
  /** Who the key belongs to (e.g. the principal id): keys of different callers never collide. */
  scope: string;
  key: string;
  /** Hash of the request body (and target) the key was first used with. */
  requestHash: string;
}

export type Claim<T> = { status: 'claimed' } | { status: 'replay'; result: T };

export async function claimIdempotencyKey<T>(
  trx: Transaction<Database>,
  ref: IdempotencyRef,
  now: Date,
): Promise<Claim<T>> {
  const inserted = await trx
    .insertInto('idempotency_keys')
    .values({ scope: ref.scope, key: ref.key, request_hash: ref.requestHash, result: null, created_at: now })
    .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  if (inserted) return { status: 'claimed' };
  const existing = await findIdempotencyRecord<T>(trx, ref);
  if (!existing) throw new Error(`idempotency key ${ref.key} conflicted but is not there`);
  return { status: 'replay', result: existing.result as T };
}

/** The stored answer for this key, or null; the same key with another request is idempotency_key_reused. */
export async function findIdempotencyRecord<T>(db: Executor, ref: IdempotencyRef): Promise<{ result: T | null } | null> {
  const existing = await db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'result'])
    .where('scope', '=', ref.scope)
    .where('key', '=', ref.key)
    .executeTakeFirst();
  if (!existing) return null;
  if (existing.request_hash !== ref.requestHash) throw new IdempotencyKeyReused(ref.key);
  return { result: (existing.result as T | null) ?? null };
}

export async function completeIdempotencyKey(trx: Transaction<Database>, ref: IdempotencyRef, result: unknown): Promise<void> {
  await trx
    .updateTable('idempotency_keys')
    .set({ result: JSON.stringify(result) })
    .where('scope', '=', ref.scope)
    .where('key', '=', ref.key)
    .execute();
}
