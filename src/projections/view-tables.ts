/**
 * The read views' tables, one descriptor each: the row key and how a projection's rows are written.
 * Everything else is derived from these: the SQL that writes view rows (`docket_apply_views`,
 * generated at migration time from these descriptors and the tables' columns), the shape of the
 * view writes a command commits with its events, and what a rebuild empties and refills.
 *
 * A new column of a view touches its table's DDL (a migration), the projection that fills it, and
 * here only when it changes how rows are written (a key, a kept or a counted column).
 */
import type { Database } from '../db/schema.ts';

export type ViewTableName = Extract<keyof Database, `view_${string}`>;

type Row = Record<string, unknown>;

export type ViewWriteMode =
  /** Insert the row, or overwrite every column but the key and `keep` (kept from the first insert). */
  | { kind: 'upsert'; keep?: readonly string[] }
  /** A stream's rows as a whole: delete the stream's rows, insert the new ones. */
  | { kind: 'replace' }
  /** Insert the row, or add its `counters` to the stored ones (rows from many streams share a key). */
  | { kind: 'add'; counters: readonly string[] };

export interface ViewTable {
  table: ViewTableName;
  key: readonly string[];
  write: ViewWriteMode;
}

export const VIEW_TABLES: readonly ViewTable[] = [
  { table: 'view_instances', key: ['stream_id'], write: { kind: 'upsert', keep: ['started_on', 'created_at'] } },
  { table: 'view_inbox', key: ['stream_id', 'role', 'reason'], write: { kind: 'replace' } },
  { table: 'view_members', key: ['id'], write: { kind: 'upsert' } },
  { table: 'view_settings', key: ['id'], write: { kind: 'upsert' } },
  { table: 'view_pending_replies', key: ['stream_id'], write: { kind: 'upsert' } },
  { table: 'view_secondment_decisions', key: ['stream_id', 'version'], write: { kind: 'upsert' } },
  { table: 'view_collections', key: ['box', 'month'], write: { kind: 'add', counters: ['collections', 'suggestions'] } },
];

/**
 * View writes, per table, as docket_apply_views takes them: the keys of rows to delete (`remove`),
 * the streams whose rows are replaced (`streams`), then the rows to write. The writes of several
 * commands are merged by concatenating these lists (src/store/commit.ts): the database refuses a
 * batch that writes one upserted key twice, and sums the rows of a counted key.
 */
export type ViewWrites = Partial<Record<ViewTableName, { remove?: Row[]; streams?: string[]; rows?: Row[] }>>;

/** One projection's write to one table. */
export type ViewOp =
  | { table: ViewTableName; row: Row }
  | { table: ViewTableName; remove: Row }
  | { table: ViewTableName; stream: string; rows: Row[] };

/** Writes the row (upsert or add, as the table's descriptor says). */
export const write = (table: ViewTableName, row: Row): ViewOp => ({ table, row });
/** Deletes the row with this key. */
export const remove = (table: ViewTableName, key: Row): ViewOp => ({ table, remove: key });
/** Replaces all of a stream's rows in a table whose descriptor says `replace`. */
export const replace = (table: ViewTableName, stream: string, rows: Row[]): ViewOp => ({ table, stream, rows });

/** Adds ops to `into` (per table, in order). */
export function addViewOps(into: ViewWrites, ops: readonly ViewOp[]): ViewWrites {
  for (const op of ops) {
    let entry = into[op.table];
    if (!entry) into[op.table] = entry = {};
    if ('remove' in op) (entry.remove ??= []).push(op.remove);
    else if ('stream' in op) {
      (entry.streams ??= []).push(op.stream);
      if (op.rows.length > 0) (entry.rows ??= []).push(...op.rows);
    } else (entry.rows ??= []).push(op.row);
  }
  return into;
}

/** A table or column name, checked to need no quoting. */
const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`view-tables.ts: ${JSON.stringify(name)} is not a plain lower-case SQL name`);
  return name;
};

/**
 * The text of docket_apply_views: one static block per table (PL/pgSQL caches the plans of static
 * statements per connection; a dynamic statement would be planned on every call). `columnsOf` gives
 * each table's columns in order, as the database has them.
 */
export function viewWriterSql(columnsOf: (table: ViewTableName) => readonly string[]): string {
  const blocks = VIEW_TABLES.map(({ table, key, write }) => {
    const t = ident(table);
    const entry = `v->'${table}'`;
    const columns = columnsOf(table);
    if (columns.length === 0) throw new Error(`view table ${table} has no columns: is it created by a migration?`);
    for (const k of key) if (!columns.includes(k)) throw new Error(`${table}: key column ${k} is not a column of the table`);
    const keyList = key.map(ident).join(', ');
    const recordset = (field: string) => `jsonb_populate_recordset(NULL::${t}, ${entry}->'${field}')`;
    const lines: string[] = [];
    // Each statement only when its list is there: most commands write a few lists of a few tables.
    const when = (field: string, statement: string[]) => lines.push(`IF ${entry} ? '${field}' THEN`, ...statement.map((l) => `  ${l}`), 'END IF;');
    if (write.kind === 'replace') {
      when('streams', [`DELETE FROM ${t} WHERE stream_id = ANY (ARRAY(SELECT jsonb_array_elements_text(${entry}->'streams')));`]);
    } else {
      when('remove', [`DELETE FROM ${t} USING ${recordset('remove')} AS d WHERE ${key.map((k) => `${t}.${ident(k)} = d.${ident(k)}`).join(' AND ')};`]);
    }
    if (write.kind === 'add') {
      const others = columns.filter((c) => !key.includes(c) && !write.counters.includes(c));
      if (others.length > 0) throw new Error(`${table}: every non-key column of an added view is a counter (${others.join(', ')} is not)`);
      const select = columns.map((c) => (write.counters.includes(c) ? `sum(${ident(c)})::integer` : ident(c))).join(', ');
      const sets = write.counters.map((c) => `${ident(c)} = ${t}.${ident(c)} + EXCLUDED.${ident(c)}`).join(', ');
      when('rows', [`INSERT INTO ${t} SELECT ${select} FROM ${recordset('rows')} GROUP BY ${keyList}`, `  ON CONFLICT (${keyList}) DO UPDATE SET ${sets};`]);
    } else if (write.kind === 'upsert') {
      const updated = columns.filter((c) => !key.includes(c) && !(write.keep ?? []).includes(c));
      const sets = updated.map((c) => `${ident(c)} = EXCLUDED.${ident(c)}`).join(', ');
      when('rows', [`INSERT INTO ${t} SELECT * FROM ${recordset('rows')}`, `  ON CONFLICT (${keyList}) DO ${sets ? `UPDATE SET ${sets}` : 'NOTHING'};`]);
    } else {
      when('rows', [`INSERT INTO ${t} SELECT * FROM ${recordset('rows')};`]);
    }
    return `  IF v ? '${table}' THEN\n${lines.map((l) => `    ${l}`).join('\n')}\n  END IF;`;
  });
  return [
    '-- Generated from src/projections/view-tables.ts and the view tables\' columns at migration time: do not edit.',
    'CREATE OR REPLACE FUNCTION docket_apply_views(v jsonb) RETURNS void LANGUAGE plpgsql',
    'SET enable_seqscan = off SET enable_mergejoin = off SET enable_hashjoin = off AS $$',
    'BEGIN',
    '  IF v IS NULL THEN RETURN; END IF;',
    ...blocks,
    'END;',
    '$$;',
  ].join('\n');
}
