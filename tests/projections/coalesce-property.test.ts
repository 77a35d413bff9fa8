/**
 * Property: for any sequence of the operations the projections emit (upserts with partial updates and
 * removals of pending replies, inbox replacements, counter additions, instance upserts), merging
 * them (coalesce.ts) and applying the result set-based (apply-sets.ts, as the rebuild does) leaves
 * exactly the rows that applying each operation in turn with docket_apply_ops leaves; and coalescing
 * leaves the operations it was given unchanged (it takes their rows without copying).
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coalesce } from '../../src/projections/coalesce.ts';
import { applySets } from '../../src/projections/apply-sets.ts';
import { add, applyOps, remove, replace, upsert, type RowOp } from '../../src/projections/row-ops.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { migratedPglite } from '../support/database.ts';

const streams = ['suggestion/s1', 'suggestion/s2', 'suggestion/s3'];
const stream = fc.constantFrom(...streams);
const day = fc.constantFrom('2024-01-01', '2024-01-15', '2024-02-01');

const pendingRow = (s: string, due: string, handler: string | null, state: string) => ({
  stream_id: s,
  id: s.slice(11),
  state,
  received_on: '2024-01-01',
  due_on: due,
  handler_id: handler,
  channel: 'box',
  category: 'roads',
  anonymous: false,
});

const pendingOp: fc.Arbitrary<RowOp> = fc.oneof(
  fc
    .tuple(stream, day, fc.constantFrom(null, 'h1', 'h2'), fc.constantFrom('registered', 'in_progress'), fc.constantFrom(undefined, ['due_on'], ['handler_id', 'state']))
    .map(([s, due, handler, state, update]) => upsert('view_pending_replies', ['stream_id'], pendingRow(s, due, handler, state), update ? [...update] : undefined)),
  stream.map((s) => remove('view_pending_replies', { stream_id: s })),
);

const inboxRow = (s: string, role: string, reason: string) => ({
  stream_id: s,
  workflow: 'suggestion',
  id: s.slice(11),
  role,
  branch_id: null,
  principal_id: role === 'handler' ? 'h1' : null,
  state: 'registered',
  commands: role === 'chair' ? [] : ['Reply'],
  reason,
  due_on: null,
  since: '2024-01-01T00:00:00.000Z',
  summary: `for ${role}`,
});

const inboxOp: fc.Arbitrary<RowOp> = fc
  .tuple(stream, fc.subarray(['suggestion_manager', 'handler', 'chair']))
  .map(([s, roles]) => replace('view_inbox', { stream_id: s }, roles.map((r) => inboxRow(s, r, r === 'chair' ? 'overdue' : 'action'))));

const collectionOp: fc.Arbitrary<RowOp> = fc
  .tuple(fc.constantFrom('Lobby', 'Gate'), fc.constantFrom('2024-01', '2024-02'), fc.nat(5))
  .map(([box, month, n]) => add('view_collections', ['box', 'month'], { box, month, collections: 1, suggestions: n }, ['collections', 'suggestions']));

const instanceOp: fc.Arbitrary<RowOp> = fc.tuple(stream, fc.integer({ min: 1, max: 9 }), day, fc.constantFrom('registered', 'closed')).map(([s, version, on, state]) =>
  upsert(
    'view_instances',
    ['stream_id'],
    {
      stream_id: s,
      workflow: 'suggestion',
      id: s.slice(11),
      workflow_version: 1,
      state,
      status: state === 'closed' ? 'done' : 'active',
      version,
      data: { version, note: `"quoted" \\ ${state}` },
      started_on: on,
      updated_on: on,
      created_at: `${on}T00:00:00.000Z`,
      updated_at: `${on}T00:00:00.000Z`,
    },
    ['state', 'status', 'version', 'data', 'updated_on', 'updated_at'],
  ),
);

const anyOp = fc.oneof(pendingOp, inboxOp, collectionOp, instanceOp);

async function dump(db: DatabaseHandle['db']) {
  const out: Record<string, unknown[]> = {};
  for (const table of ['view_pending_replies', 'view_inbox', 'view_collections', 'view_instances']) {
    out[table] = (await sql<{ row: string }>`SELECT t::text AS row FROM ${sql.table(table)} t ORDER BY 1`.execute(db)).rows.map((r) => r.row);
  }
  return out;
}

const reset = (db: DatabaseHandle['db']) => sql`TRUNCATE view_pending_replies, view_inbox, view_collections, view_instances`.execute(db);

describe('coalesced, set-based application of read-view operations', () => {
  let one: { handle: DatabaseHandle; close(): Promise<void> };
  let sets: { handle: DatabaseHandle; close(): Promise<void> };
  beforeAll(async () => {
    [one, sets] = await Promise.all([migratedPglite(), migratedPglite()]);
  });
  afterAll(async () => {
    await Promise.all([one.close(), sets.close()]);
  });

  it('leaves the rows that applying each operation in turn leaves', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyOp, { maxLength: 6 }), fc.array(anyOp, { minLength: 1, maxLength: 25 }), async (before, ops) => {
        await Promise.all([reset(one.handle.db), reset(sets.handle.db)]);
        // Rows from earlier chunks, applied the same way on both sides.
        for (const op of before) {
          await applyOps(one.handle.db, [op]);
          await applyOps(sets.handle.db, [op]);
        }
        for (const op of ops) await applyOps(one.handle.db, [op]);
        const given = JSON.stringify(ops);
        const merged = coalesce(ops);
        expect(JSON.stringify(ops)).toBe(given); // the operations passed in are left as they were
        await applySets(sets.handle.db, merged);
        expect(await dump(sets.handle.db)).toEqual(await dump(one.handle.db));
      }),
      { numRuns: 60 },
    );
  });
});
