/**
 * Read-view row operations: projections are pure functions from events to these operations;
 * `docket_apply_ops` (migrations/0006) applies a list of them in one statement.
 */
import { sql } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Executor } from '../store/types.ts';

type ViewTable = Extract<keyof Database, `view_${string}`>;
type Row = Record<string, unknown>;

/**
 * `rows`, when present, applies the same operation to many rows in one statement (see coalesce.ts).
 * `fresh` on a replacement: no row under `where` exists yet, so only its rows need inserting; the
 * rebuild sets it on a stream's first projection into the views it has just emptied (rebuild.ts).
 * Only the rebuild's set-based apply (apply-sets.ts) reads it: docket_apply_ops deletes anyway.
 */
export type RowOp =
  | { kind: 'upsert'; table: ViewTable; key: string[]; row: Row; update: string[]; rows?: Row[] }
  | { kind: 'add'; table: ViewTable; key: string[]; row: Row; add: string[]; rows?: Row[] }
  | { kind: 'delete'; table: ViewTable; where: Record<string, string> }
  | { kind: 'replace'; table: ViewTable; where: Record<string, string>; rows: Row[]; fresh?: true };

/** Insert the row, or update the listed columns (all non-key columns by default). */
export function upsert(table: ViewTable, key: string[], row: Row, update = Object.keys(row).filter((c) => !key.includes(c))): RowOp {
  return { kind: 'upsert', table, key, row, update };
}

export const remove = (table: ViewTable, where: Record<string, string>): RowOp => ({ kind: 'delete', table, where });

export const replace = (table: ViewTable, where: Record<string, string>, rows: Row[]): RowOp => ({ kind: 'replace', table, where, rows });

export const add = (table: ViewTable, key: string[], row: Row, columns: string[]): RowOp => ({ kind: 'add', table, key, row, add: columns });

export async function applyOps(db: Executor, ops: readonly RowOp[]): Promise<void> {
  if (ops.length === 0) return;
  await sql`SELECT docket_apply_ops(${JSON.stringify(ops)}::jsonb)`.execute(db);
}
