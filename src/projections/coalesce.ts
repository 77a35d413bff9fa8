/**
 * Merges a sequence of read-view row operations into fewer, set-based ones with the same effect:
 * successive upserts of one row become one upsert, additions to one row are summed, the last
 * replacement of a stream's rows wins, and operations on the same table and columns are grouped
 * so one statement applies them all. Used by the rebuild, which projects events by the thousand.
 *
 * An operation's row is taken as it is and copied only when a later operation merges into it (most
 * rows of a rebuild chunk are written once); the operations passed in are never changed.
 */
import type { RowOp } from './row-ops.ts';

type Row = Record<string, unknown>;

type Pending =
  | { kind: 'upsert'; table: string; key: string[]; row: Row; update: string[]; owned: boolean; deletedFirst: boolean }
  | { kind: 'add'; table: string; key: string[]; row: Row; add: string[]; owned: boolean }
  | { kind: 'delete'; table: string; where: Record<string, string> }
  | { kind: 'replace'; table: string; where: Record<string, string>; rows: Row[]; fresh: boolean };

function keyOf(table: string, columns: readonly string[], values: Record<string, unknown>): string {
  if (columns.length === 1) return `${table}\u0000${columns[0]}=${String(values[columns[0]!])}`;
  let k = table;
  for (const c of columns) k += `\u0000${c}=${String(values[c])}`;
  return k;
}

export function coalesce(ops: readonly RowOp[]): RowOp[] {
  const pending = new Map<string, Pending>();
  for (const op of ops) {
    switch (op.kind) {
      case 'upsert': {
        const k = keyOf(op.table, op.key, op.row);
        const prev = pending.get(k);
        if (prev?.kind === 'upsert') {
          if (!prev.owned) {
            prev.row = { ...prev.row };
            prev.update = [...prev.update];
            prev.owned = true;
          }
          for (const c of op.update) {
            prev.row[c] = op.row[c];
            if (!prev.update.includes(c)) prev.update.push(c);
          }
        } else if (prev?.kind === 'delete') {
          pending.set(k, { kind: 'upsert', table: op.table, key: op.key, row: { ...op.row }, update: Object.keys(op.row), owned: true, deletedFirst: true });
        } else if (prev === undefined) {
          pending.set(k, { kind: 'upsert', table: op.table, key: op.key, row: op.row, update: op.update, owned: false, deletedFirst: false });
        } else {
          throw new Error(`coalesce: ${op.table} mixes ${prev.kind} and upsert on one row`);
        }
        break;
      }
      case 'add': {
        const k = keyOf(op.table, op.key, op.row);
        const prev = pending.get(k);
        if (prev?.kind === 'add') {
          if (!prev.owned) {
            prev.row = { ...prev.row };
            prev.owned = true;
          }
          for (const c of op.add) prev.row[c] = Number(prev.row[c] ?? 0) + Number(op.row[c] ?? 0);
        } else if (prev === undefined) {
          pending.set(k, { kind: 'add', table: op.table, key: op.key, row: op.row, add: op.add, owned: false });
        } else {
          throw new Error(`coalesce: ${op.table} mixes ${prev.kind} and add on one row`);
        }
        break;
      }
      case 'delete':
      case 'replace': {
        const columns = Object.keys(op.where).sort();
        const k = keyOf(op.table, columns, op.where);
        const prev = pending.get(k);
        if (prev && prev.kind !== 'delete' && prev.kind !== 'replace' && !(prev.kind === 'upsert' && op.kind === 'delete')) {
          throw new Error(`coalesce: ${op.table} mixes ${prev.kind} and ${op.kind} on one key`);
        }
        // A replacement is fresh (nothing to delete) only if no earlier operation touched its key.
        pending.set(
          k,
          op.kind === 'delete'
            ? { kind: 'delete', table: op.table, where: op.where }
            : { kind: 'replace', table: op.table, where: op.where, rows: op.rows, fresh: op.fresh === true && prev === undefined },
        );
        break;
      }
    }
  }
  return group(pending.values());
}

type Grouped = RowOp & { rows: Row[] };

/** A new group: listed in `sets` (output order) and found by its signature from then on. */
function newGroup(groups: Map<string, Grouped>, sets: RowOp[], signature: string, op: Grouped): Grouped {
  groups.set(signature, op);
  sets.push(op);
  return op;
}

/** One operation per table and shape, carrying all its rows. */
function group(items: Iterable<Pending>): RowOp[] {
  const groups = new Map<string, Grouped>();
  const deletions: RowOp[] = [];
  const sets: RowOp[] = [];
  // The update columns of an upsert, without its key columns, sorted: the same for most rows.
  const updates = new Map<string, string[]>();
  for (const p of items) {
    if (p.kind === 'upsert') {
      if (p.deletedFirst) deletions.push({ kind: 'delete', table: p.table as never, where: Object.fromEntries(p.key.map((c) => [c, String(p.row[c])])) });
      const key = p.key.join(',');
      const given = `${key}\u0000${p.update.join(',')}`;
      let update = updates.get(given);
      if (!update) {
        update = p.update.filter((c) => !p.key.includes(c)).sort();
        updates.set(given, update);
      }
      const signature = `u\u0000${p.table}\u0000${key}\u0000${update.join(',')}`;
      const op = groups.get(signature) ?? newGroup(groups, sets, signature, { kind: 'upsert', table: p.table as never, key: p.key, row: {}, update, rows: [] });
      op.rows.push(p.row);
    } else if (p.kind === 'add') {
      const signature = `a\u0000${p.table}\u0000${p.key.join(',')}\u0000${p.add.join(',')}`;
      const op = groups.get(signature) ?? newGroup(groups, sets, signature, { kind: 'add', table: p.table as never, key: p.key, row: {}, add: p.add, rows: [] });
      op.rows.push(p.row);
    } else {
      if (p.kind === 'delete') deletions.push({ kind: 'delete', table: p.table as never, where: p.where });
      else if (p.fresh) deletions.push({ kind: 'replace', table: p.table as never, where: p.where, rows: p.rows, fresh: true });
      else deletions.push({ kind: 'replace', table: p.table as never, where: p.where, rows: p.rows });
    }
  }
  // Deletes and replacements first, then the set-based inserts: no key appears in two of them.
  return [...deletions, ...sets];
}
