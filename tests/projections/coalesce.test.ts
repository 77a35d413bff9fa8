import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { coalesce } from '../../src/projections/coalesce.ts';
import { applySets, setStatements } from '../../src/projections/apply-sets.ts';
import { applyOps, add, remove, replace, upsert, type RowOp } from '../../src/projections/row-ops.ts';
import { migratedPglite } from '../support/database.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';

const pending = (n: number, due: string, handler: string | null) => ({
  stream_id: `suggestion/s${n}`,
  id: `s${n}`,
  state: 'registered',
  received_on: '2024-01-01',
  due_on: due,
  handler_id: handler,
  channel: 'box',
  category: 'roads',
  anonymous: false,
});

const inbox = (n: number, role: string) => ({
  stream_id: `suggestion/s${n}`,
  workflow: 'suggestion',
  id: `s${n}`,
  role,
  branch_id: null,
  principal_id: null,
  state: 'registered',
  commands: ['AssignHandler'],
  reason: 'action',
  due_on: null,
  since: '2024-01-01T00:00:00.000Z',
  summary: 'x',
});

async function dump(db: DatabaseHandle['db']) {
  const p = await sql`SELECT * FROM view_pending_replies ORDER BY stream_id`.execute(db);
  const i = await sql`SELECT * FROM view_inbox ORDER BY stream_id, role, reason`.execute(db);
  const c = await sql`SELECT * FROM view_collections ORDER BY box, month`.execute(db);
  return { p: p.rows, i: i.rows, c: c.rows };
}

describe('coalescing read-view operations', () => {
  let one: { handle: DatabaseHandle; close(): Promise<void> };
  let many: { handle: DatabaseHandle; close(): Promise<void> };
  let sets: { handle: DatabaseHandle; close(): Promise<void> };
  beforeAll(async () => {
    [one, many, sets] = await Promise.all([migratedPglite(), migratedPglite(), migratedPglite()]);
  });
  afterAll(async () => {
    await Promise.all([one.close(), many.close(), sets.close()]);
  });

  it('has the same effect as applying each operation in turn, in far fewer operations', async () => {
    const ops: RowOp[] = [
      upsert('view_pending_replies', ['stream_id'], pending(1, '2024-01-16', null)),
      upsert('view_pending_replies', ['stream_id'], pending(1, '2024-01-20', 'h1'), ['due_on', 'handler_id']),
      upsert('view_pending_replies', ['stream_id'], pending(2, '2024-01-17', null)),
      remove('view_pending_replies', { stream_id: 'suggestion/s2' }),
      upsert('view_pending_replies', ['stream_id'], pending(3, '2024-01-18', null)),
      remove('view_pending_replies', { stream_id: 'suggestion/s3' }),
      upsert('view_pending_replies', ['stream_id'], { ...pending(3, '2024-02-01', 'h2'), state: 'in_progress' }),
      replace('view_inbox', { stream_id: 'suggestion/s1' }, [inbox(1, 'suggestion_manager'), inbox(1, 'office')]),
      replace('view_inbox', { stream_id: 'suggestion/s1' }, [inbox(1, 'handler')]),
      replace('view_inbox', { stream_id: 'suggestion/s2' }, [inbox(2, 'office')]),
      replace('view_inbox', { stream_id: 'suggestion/s2' }, []),
      add('view_collections', ['box', 'month'], { box: 'Lobby', month: '2024-01', collections: 1, suggestions: 3 }, ['collections', 'suggestions']),
      add('view_collections', ['box', 'month'], { box: 'Lobby', month: '2024-01', collections: 1, suggestions: 4 }, ['collections', 'suggestions']),
      add('view_collections', ['box', 'month'], { box: 'Gate', month: '2024-01', collections: 1, suggestions: 0 }, ['collections', 'suggestions']),
    ];
    // Some rows exist beforehand, as in the inline path.
    const before: RowOp[] = [
      upsert('view_pending_replies', ['stream_id'], pending(2, '2023-12-01', null)),
      add('view_collections', ['box', 'month'], { box: 'Lobby', month: '2024-01', collections: 2, suggestions: 1 }, ['collections', 'suggestions']),
    ];
    await applyOps(one.handle.db, before);
    await applyOps(many.handle.db, before);
    await applyOps(sets.handle.db, before);
    for (const op of ops) await applyOps(one.handle.db, [op]);
    const merged = coalesce(ops);
    expect(merged.length).toBeLessThan(ops.length / 2);
    await applyOps(many.handle.db, merged);
    const expected = await dump(one.handle.db);
    expect(await dump(many.handle.db)).toEqual(expected);
    // The rebuild's set-based statements: all deletions (and replacements) of a table in one statement.
    const statements = setStatements(merged);
    expect(statements.length).toBeLessThan(merged.length);
    await applySets(sets.handle.db, merged);
    expect(await dump(sets.handle.db)).toEqual(expected);
    expect(expected.p.map((r) => (r as { stream_id: string }).stream_id)).toEqual(['suggestion/s1', 'suggestion/s3']);
    expect(expected.c).toContainEqual({ box: 'Lobby', month: '2024-01', collections: 4, suggestions: 8 });
  });

  it('inserts a fresh replacement without deleting first, unless an earlier operation touched its key', () => {
    const fresh = (n: number, role: string): RowOp => ({ kind: 'replace', table: 'view_inbox', where: { stream_id: `suggestion/s${n}` }, rows: [inbox(n, role)], fresh: true });
    const sqlOf = (ops: RowOp[]) => setStatements(coalesce(ops)).map((s) => s.compile(one.handle.db).sql);
    // Alone, or beside other keys: only INSERTs.
    const alone = sqlOf([fresh(1, 'office'), fresh(2, 'handler')]);
    expect(alone).toHaveLength(1);
    expect(alone[0]).toMatch(/^INSERT INTO "view_inbox"/);
    // A replacement after it, of the same stream, is not fresh: it deletes first.
    const replaced = coalesce([fresh(1, 'office'), replace('view_inbox', { stream_id: 'suggestion/s1' }, [inbox(1, 'handler')])]);
    expect(replaced).toEqual([{ kind: 'replace', table: 'view_inbox', where: { stream_id: 'suggestion/s1' }, rows: [inbox(1, 'handler')] }]);
    // Nor is a fresh one that follows a deletion of its key.
    const afterDelete = coalesce([remove('view_inbox', { stream_id: 'suggestion/s1' }), fresh(1, 'office')]);
    expect(afterDelete).toEqual([{ kind: 'replace', table: 'view_inbox', where: { stream_id: 'suggestion/s1' }, rows: [inbox(1, 'office')] }]);
    expect(sqlOf([remove('view_inbox', { stream_id: 'suggestion/s1' }), fresh(1, 'office')])[0]).toMatch(/^DELETE FROM "view_inbox"/);
  });

  it('applies a fresh replacement and a plain one of other streams together', async () => {
    const ops: RowOp[] = [
      { kind: 'replace', table: 'view_inbox', where: { stream_id: 'suggestion/s7' }, rows: [inbox(7, 'office'), inbox(7, 'handler')], fresh: true },
      replace('view_inbox', { stream_id: 'suggestion/s8' }, [inbox(8, 'office')]),
    ];
    await applySets(sets.handle.db, [replace('view_inbox', { stream_id: 'suggestion/s8' }, [inbox(8, 'handler')])]);
    await applySets(sets.handle.db, coalesce(ops));
    const rows = (await sql<{ stream_id: string; role: string }>`SELECT stream_id, role FROM view_inbox WHERE stream_id IN ('suggestion/s7', 'suggestion/s8') ORDER BY 1, 2`.execute(sets.handle.db)).rows;
    expect(rows).toEqual([
      { stream_id: 'suggestion/s7', role: 'handler' },
      { stream_id: 'suggestion/s7', role: 'office' },
      { stream_id: 'suggestion/s8', role: 'office' },
    ]);
  });
});
