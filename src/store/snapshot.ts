/**
 * One consistent view of the database for readers that take several statements: a REPEATABLE READ,
 * READ ONLY transaction. Every statement inside sees the same snapshot, so appends that commit
 * meanwhile are either wholly visible or not at all (a stream head and its events always agree).
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

export function readSnapshot<T>(db: Kysely<Database>, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(fn);
}
