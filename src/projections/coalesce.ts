/**
 * Merges a sequence of read-view row operations into fewer, set-based ones with the same effect:
 * successive upserts of one row become one upsert, additions to one row are summed, the last
 * replacement of a stream's rows wins, and operations on the same table and columns are grouped
 * so one statement applies them all. Used by the rebuild, which projects events by the thousand.
 */
import type { RowOp } from './row-ops.ts';

type Row = Record<string, unknown>;

type Pending =
  | { kind: 'upsert'; table: string; key: string[]; row: Row; update: Set<string>; deletedFirst: boolean }
  | { kind: 'add'; table: string; key: string[]; row: Row; add: string[] }
  | { kind: 'delete'; table: string; where: Record<string, string> }
  | { kind: 'replace'; table: string; where: Record<string, string>; rows: Row[] };

const keyOf = (table: string, columns: readonly string[], values: Record<string, unknown>) =>
  `${table}\u0000${columns.map((c) => `${c}=${String(values[c])}`).join('\u0000')}`;

export function coalesce(ops: readonly RowOp[]): RowOp[] {
  const pending = new Map<string, Pending>();
  const merge = (op: RowOp): void => {
    switch (op.kind) {
      case 'upsert': {
        const k = keyOf(op.table, op.key, op.row);
        const prev = pending.get(k);
        if (prev?.kind === 'upsert') {
          for (const c of op.update) {
            prev.row[c] = op.row[c];
            prev.update.add(c);
          }
        } else if (prev?.kind === 'delete') {
          pending.set(k, { kind: 'upsert', table: op.table, key: op.key, row: { ...op.row }, update: new Set(Object.keys(op.row)), deletedFirst: true });
        } else if (prev === undefined) {
          pending.set(k, { kind: 'upsert', table: op.table, key: op.key, row: { ...op.row }, update: new Set(op.update), deletedFirst: false });
        } else {
          throw new Error(`coalesce: ${op.table} mixes ${prev.kind} and upsert on one row`);
        }
        return;
      }
      case 'add': {
        const k = keyOf(op.table, op.key, op.row);
        const prev = pending.get(k);
        if (prev?.kind === 'add') {
          for (const c of op.add) prev.row[c] = Number(prev.row[c] ?? 0) + Number(op.row[c] ?? 0);
        } else if (prev === undefined) {
          pending.set(k, { kind: 'add', table: op.table, key: op.key, row: { ...op.row }, add: op.add });
        } else {
          throw new Error(`coalesce: ${op.table} mixes ${prev.kind} and add on one row`);
        }
        return;
      }
      case 'delete':
      case 'replace': {
        const columns = Object.keys(op.where).sort();
        const k = keyOf(op.table, columns, op.where);
        const prev = pending.get(k);
        if (prev && prev.kind !== 'delete' && prev.kind !== 'replace' && !(prev.kind === 'upsert' && op.kind === 'delete')) {
          throw new Error(`coalesce: ${op.table} mixes ${prev.kind} and ${op.kind} on one key`);
        }
        pending.set(k, op.kind === 'delete' ? { kind: 'delete', table: op.table, where: op.where } : { kind: 'replace', table: op.table, where: op.where, rows: op.rows });
        return;
      }
    }
  };
  for (const op of ops) merge(op);
  return group([...pending.values()]);
}

/** One operation per table and shape, carrying all its rows. */
function group(items: readonly Pending[]): RowOp[] {
  const groups = new Map<string, RowOp>();
  const out: RowOp[] = [];
  const take = (signature: string, make: () => RowOp, addTo: (op: RowOp) => void) => {
    let op = groups.get(signature);
    if (!op) {
      op = make();
      groups.set(signature, op);
      out.push(op);
    }
    addTo(op);
  };
  for (const p of items) {
    if (p.kind === 'upsert') {
      if (p.deletedFirst) out.push({ kind: 'delete', table: p.table as never, where: Object.fromEntries(p.key.map((c) => [c, String(p.row[c])])) });
      const update = [...p.update].filter((c) => !p.key.includes(c)).sort();
      take(
        `u\u0000${p.table}\u0000${p.key.join(',')}\u0000${update.join(',')}`,
        () => ({ kind: 'upsert', table: p.table as never, key: p.key, row: {}, update, rows: [] }),
        (op) => (op as { rows: Row[] }).rows.push(p.row),
      );
    } else if (p.kind === 'add') {
      take(
        `a\u0000${p.table}\u0000${p.key.join(',')}\u0000${p.add.join(',')}`,
        () => ({ kind: 'add', table: p.table as never, key: p.key, row: {}, add: p.add, rows: [] }),
        (op) => (op as { rows: Row[] }).rows.push(p.row),
      );
    } else {
      out.push(p.kind === 'delete' ? { kind: 'delete', table: p.table as never, where: p.where } : { kind: 'replace', table: p.table as never, where: p.where, rows: p.rows });
    }
  }
  // Deletes and replacements first, then the set-based inserts: no key appears in two of them.
  return [...out.filter((o) => o.kind === 'delete' || o.kind === 'replace'), ...out.filter((o) => o.kind === 'upsert' || o.kind === 'add')];
}
