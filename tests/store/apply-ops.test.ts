/**
 * docket_apply_ops (migrations/0009) runs the read-view operations the projections produce as
 * static statements. Each upsert honours its `update` list column by column; this checks that
 * every column of every view table with a static statement is covered, so a column added later
 * without extending the function fails here, and that an unlisted column keeps its value.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { migratedPostgres } from '../support/database.ts';
import { applyOps, upsert, add, replace, remove } from '../../src/projections/row-ops.ts';

const STATIC_UPSERTS: Record<string, string[]> = {
  view_instances: ['stream_id'],
  view_pending_replies: ['stream_id'],
  view_members: ['id'],
  view_secondment_decisions: ['stream_id', 'version'],
  view_settings: ['id'],
};

describe('docket_apply_ops static statements (PostgreSQL)', () => {
  let db: Awaited<ReturnType<typeof migratedPostgres>>;
  beforeAll(async () => {
    db = await migratedPostgres({ poolSize: 2 });
  });
  afterAll(async () => {
    await db.close();
  });

  it('every non-key column of each statically upserted view is in its SET list', async () => {
    const { rows } = await sql<{ def: string }>`SELECT pg_get_functiondef('docket_apply_ops(jsonb)'::regprocedure) AS def`.execute(db.handle.db);
    const def = rows[0]!.def;
    for (const [table, key] of Object.entries(STATIC_UPSERTS)) {
      const columns = await sql<{ column_name: string }>`
        SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ${table}`.execute(db.handle.db);
      expect(columns.rows.length).toBeGreaterThan(key.length);
      for (const { column_name: c } of columns.rows) {
        if (key.includes(c)) continue;
        expect(def, `${table}.${c}`).toMatch(new RegExp(`${c}\\s+= CASE WHEN upd \\? '${c}'\\s+THEN EXCLUDED\\.${c}\\s+ELSE ${table}\\.${c} END`));
      }
    }
  });

  it('an upsert changes only the listed columns; add sums; replace and delete act on one stream only', async () => {
    const row = (state: string, version: number) => ({
      stream_id: 's/1', workflow: 'w', id: '1', workflow_version: 1, state, status: 'active', version,
      data: { a: 1 }, started_on: '2026-01-01', updated_on: '2026-01-02', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-02T00:00:00Z',
    });
    await applyOps(db.handle.db, [upsert('view_instances', ['stream_id'], row('first', 1))]);
    await applyOps(db.handle.db, [upsert('view_instances', ['stream_id'], row('second', 2), ['version'])]);
    const instance = await db.handle.db.selectFrom('view_instances').selectAll().where('stream_id', '=', 's/1').executeTakeFirstOrThrow();
    expect(instance).toMatchObject({ state: 'first', version: 2 });

    const box = { box: 'b1', month: '2026-01', collections: 1, suggestions: 3 };
    await applyOps(db.handle.db, [add('view_collections', ['box', 'month'], box, ['collections', 'suggestions'])]);
    await applyOps(db.handle.db, [add('view_collections', ['box', 'month'], { ...box, suggestions: 4 }, ['suggestions'])]);
    expect(await db.handle.db.selectFrom('view_collections').selectAll().executeTakeFirst()).toEqual({ ...box, collections: 1, suggestions: 7 });

    const pending = (streamId: string) => ({
      stream_id: streamId, id: streamId, state: 'registered', received_on: '2026-01-01', due_on: '2026-01-31',
      handler_id: null, channel: 'box', category: 'roads', anonymous: true,
    });
    await applyOps(db.handle.db, [upsert('view_pending_replies', ['stream_id'], pending('p/1')), upsert('view_pending_replies', ['stream_id'], pending('p/2'))]);
    await applyOps(db.handle.db, [remove('view_pending_replies', { stream_id: 'p/1' })]);
    expect((await db.handle.db.selectFrom('view_pending_replies').select('stream_id').execute()).map((r) => r.stream_id)).toEqual(['p/2']);

    const inbox = (streamId: string, role: string) => ({
      stream_id: streamId, workflow: 'suggestion', id: streamId, role, branch_id: null, principal_id: null, state: 'registered',
      commands: ['AssignHandler'], reason: 'assign', due_on: null, since: '2026-01-01T00:00:00Z', summary: 's',
    });
    await applyOps(db.handle.db, [replace('view_inbox', { stream_id: 'i/1' }, [inbox('i/1', 'a'), inbox('i/1', 'b')]), replace('view_inbox', { stream_id: 'i/2' }, [inbox('i/2', 'a')])]);
    await applyOps(db.handle.db, [replace('view_inbox', { stream_id: 'i/1' }, [inbox('i/1', 'c')])]);
    const roles = await db.handle.db.selectFrom('view_inbox').select(['stream_id', 'role']).orderBy('stream_id').orderBy('role').execute();
    expect(roles).toEqual([{ stream_id: 'i/1', role: 'c' }, { stream_id: 'i/2', role: 'a' }]);
  });
});
