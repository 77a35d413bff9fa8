/**
 * Applies coalesced read-view operations (coalesce.ts) set-based, for the rebuild: the same effect
 * as `docket_apply_ops` (migrations/0006, 0007), but all deletions of one table and key shape are one
 * DELETE, and all replacements of one table and key shape are one DELETE and one INSERT, instead of
 * one dynamic statement per stream. Upserts and additions carrying `rows` become one
 * INSERT … ON CONFLICT each, exactly as `docket_apply_ops` runs them. coalesce() guarantees that no
 * row key appears in two of its operations and puts deletions and replacements first; this keeps
 * that order: every DELETE, then the replacements' rows, then the upserts and additions. A fresh
 * replacement (row-ops.ts) deletes nothing: its rows are only inserted.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../store/types.ts';
import type { RowOp } from './row-ops.ts';

type Row = Record<string, unknown>;

const viewTable = (table: string) => {
  if (!table.startsWith('view_')) throw new Error(`apply-sets writes read views only, not ${table}`);
  return sql.table(table);
};

const columns = (names: readonly string[]) => sql.join(names.map((c) => sql.ref(c)));

/** Rows as a set of the table's row type: jsonb_populate_recordset, as docket_apply_ops reads them. */
const recordset = (table: string, rows: readonly Row[]) => sql`jsonb_populate_recordset(NULL::${viewTable(table)}, ${JSON.stringify(rows)}::jsonb)`;

interface Deletion {
  table: string;
  columns: string[];
  wheres: Record<string, string>[];
  rows: Row[];
}

/** The statements, in order, that apply these (coalesced) operations. */
export function setStatements(ops: readonly RowOp[]): RawBuilder<unknown>[] {
  const deletions = new Map<string, Deletion>();
  const upserts: RawBuilder<unknown>[] = [];
  for (const op of ops) {
    if (op.kind === 'delete' || op.kind === 'replace') {
      const cols = Object.keys(op.where).sort();
      const signature = `${op.table}\u0000${cols.join(',')}`;
      let d = deletions.get(signature);
      if (!d) {
        d = { table: op.table, columns: cols, wheres: [], rows: [] };
        deletions.set(signature, d);
      }
      // A fresh replacement has nothing to delete: only its rows are inserted.
      if (op.kind === 'delete' || op.fresh !== true) d.wheres.push(op.where);
      if (op.kind === 'replace') for (const row of op.rows) d.rows.push(row);
      continue;
    }
    const rows = op.rows ?? [op.row];
    if (rows.length === 0) continue;
    const sets =
      op.kind === 'upsert'
        ? op.update.map((c) => sql`${sql.ref(c)} = EXCLUDED.${sql.ref(c)}`)
        : op.add.map((c) => sql`${sql.ref(c)} = ${viewTable(op.table)}.${sql.ref(c)} + EXCLUDED.${sql.ref(c)}`);
    upserts.push(
      sql`INSERT INTO ${viewTable(op.table)} SELECT * FROM ${recordset(op.table, rows)} ON CONFLICT (${columns(op.key)}) DO ${
        sets.length === 0 ? sql`NOTHING` : sql`UPDATE SET ${sql.join(sets)}`
      }`,
    );
  }
  const statements: RawBuilder<unknown>[] = [];
  const inserts: RawBuilder<unknown>[] = [];
  for (const d of deletions.values()) {
    if (d.wheres.length > 0) {
      // docket_apply_ops compares `column::text = value`; the values are cast to the columns' types
      // instead, so the key's index serves the lookup.
      const keys = sql`SELECT ${columns(d.columns)} FROM ${recordset(d.table, d.wheres)}`;
      statements.push(
        d.columns.length === 1
          ? sql`DELETE FROM ${viewTable(d.table)} WHERE ${sql.ref(d.columns[0]!)} = ANY (ARRAY(${keys}))`
          : sql`DELETE FROM ${viewTable(d.table)} WHERE (${columns(d.columns)}) IN (${keys})`,
      );
    }
    if (d.rows.length > 0) inserts.push(sql`INSERT INTO ${viewTable(d.table)} SELECT * FROM ${recordset(d.table, d.rows)}`);
  }
  return [...statements, ...inserts, ...upserts];
}

export async function applySets(db: Executor, ops: readonly RowOp[]): Promise<void> {
  for (const statement of setStatements(ops)) await statement.execute(db);
}
