/**
 * The set-based group commit (docket_commit_set): a batch whose order cannot matter is written
 * with one statement per table and leaves exactly the rows the per-payload path
 * (docket_commit_many) leaves; a batch with a refused payload fails whole and goes again per
 * payload, where only that payload is refused — unless no answer came (a lost connection): then
 * the batch may have committed and is rejected as it is; any other batch never takes the set path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql, type DatabaseConnection, type Driver } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import { migratedPostgres } from '../support/database.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { GroupCommit } from '../../src/store/group-commit.ts';
import { planAppend, type CommitPayload } from '../../src/store/commit.ts';
import { toCommitSet } from '../../src/store/commit-set.ts';
import { readStream, readStreamHeader } from '../../src/store/event-store.ts';
import { add, remove, replace, upsert } from '../../src/projections/row-ops.ts';
import { DomainError, SettingsChanged, VersionConflict } from '../../src/errors.ts';

const NOW = new Date('2026-03-01T09:00:00Z');
const ACTOR = { actor: { id: 'p1', name: 'P', role: 'admin' as const }, commandType: 'Do' };

const instanceRow = (streamId: string, state: string, version: number) => ({
  stream_id: streamId,
  workflow: 'suggestion',
  id: streamId.split('/')[1],
  workflow_version: 1,
  state,
  status: 'active',
  version,
  data: { state, n: version },
  started_on: '2026-03-01',
  updated_on: '2026-03-01',
  created_at: NOW.toISOString(),
  updated_at: NOW.toISOString(),
});
const pendingRow = (streamId: string, state: string, handler: string | null) => ({
  stream_id: streamId,
  id: streamId.split('/')[1],
  state,
  received_on: '2026-02-20',
  due_on: '2026-03-10',
  handler_id: handler,
  channel: 'box',
  category: 'roads',
  anonymous: true,
});
const inboxRow = (streamId: string, role: string, commands: string[]) => ({
  stream_id: streamId,
  workflow: 'suggestion',
  id: streamId.split('/')[1],
  role,
  branch_id: null,
  principal_id: null,
  state: 'registered',
  commands,
  reason: 'action',
  due_on: '2026-03-10',
  since: NOW.toISOString(),
  summary: 'a suggestion',
});

/** A new stream with two events, a timer and its three view rows: what RegisterSuggestion commits, in kind. */
function start(streamId: string, extra: Partial<CommitPayload> = {}): CommitPayload {
  const append = planAppend(
    null,
    { streamId, workflow: 'suggestion', workflowVersion: 1 },
    [
      { type: 'Registered', data: { n: 1 }, occurredOn: '2026-03-01', metadata: { ...ACTOR, commandId: `${streamId}-1` } },
      { type: 'Noted', data: { n: 2 }, occurredOn: '2026-03-01', metadata: { ...ACTOR, commandId: `${streamId}-1` } },
    ],
    NOW,
  );
  return {
    appends: [append],
    timers: [{ op: 'set', streamId, workflow: 'suggestion', timerId: 'deadline.registered', eventType: 'Overdue', dueAt: new Date('2026-03-11T00:00:00Z'), dueOn: '2026-03-11' }],
    ops: [
      upsert('view_instances', ['stream_id'], instanceRow(streamId, 'registered', 2), ['state', 'version', 'data', 'updated_at']),
      upsert('view_pending_replies', ['stream_id'], pendingRow(streamId, 'registered', null)),
      replace('view_inbox', { stream_id: streamId }, [inboxRow(streamId, 'suggestion_manager', ['Assign', 'Reply'])]),
    ],
    ...extra,
  };
}

/** The next command on that stream: moves its head, swaps its timer, rewrites its view rows (what AssignHandler commits). */
function next(streamId: string, head: { version: number; lastHash: string }, extra: Partial<CommitPayload> = {}): CommitPayload {
  const append = planAppend(head, { streamId, workflow: 'suggestion', workflowVersion: 1 }, [
    { type: 'Assigned', data: { handler: 'h1' }, occurredOn: '2026-03-02', metadata: { ...ACTOR, commandId: `${streamId}-2` } },
  ], NOW);
  return {
    appends: [append],
    timers: [
      { op: 'cancel', streamId, timerId: 'deadline.registered' },
      { op: 'set', streamId, workflow: 'suggestion', timerId: 'deadline.in_progress', eventType: 'Overdue', dueAt: new Date('2026-03-11T00:00:00Z'), dueOn: '2026-03-11' },
    ],
    ops: [
      upsert('view_instances', ['stream_id'], instanceRow(streamId, 'in_progress', 3), ['state', 'version', 'data', 'updated_at']),
      upsert('view_pending_replies', ['stream_id'], pendingRow(streamId, 'in_progress', 'h1')),
      replace('view_inbox', { stream_id: streamId }, [inboxRow(streamId, 'suggestion_manager', ['Reply']), inboxRow(streamId, 'handler', ['Reply', 'Refer'])]),
    ],
    ...extra,
  };
}

const headOf = (payload: CommitPayload) => {
  const append = payload.appends[0]!;
  const last = append.events[append.events.length - 1]!;
  return { version: last.version, lastHash: last.hash };
};

describe('set-based group commit (PostgreSQL)', () => {
  let db: Awaited<ReturnType<typeof migratedPostgres>>;
  let handle: DatabaseHandle;
  beforeAll(async () => {
    db = await migratedPostgres({ poolSize: 4 });
    handle = db.handle;
  });
  afterAll(async () => {
    await db.close();
  });

  /** Every row the commits left for the streams under `prefix`, with the prefix taken out, so two runs compare. */
  async function rowsUnder(prefix: string): Promise<unknown> {
    const like = `${prefix}%`;
    const idPrefix = prefix.slice(prefix.indexOf('/') + 1);
    const strip = (value: unknown) => JSON.parse(JSON.stringify(value).replaceAll(prefix, 'S/').replaceAll(`"${idPrefix}`, '"'));
    const q = async (text: string) => strip((await sql.raw(text.replace('$LIKE', `'${like}'`)).execute(handle.db)).rows);
    return {
      streams: await q(`SELECT stream_id, workflow, workflow_version, version, created_at, updated_at FROM streams WHERE stream_id LIKE $LIKE ORDER BY 1`),
      events: await q(`SELECT stream_id, stream_version, workflow, type, data, metadata, occurred_on, recorded_at FROM events WHERE stream_id LIKE $LIKE ORDER BY 1, 2`),
      timers: await q(`SELECT stream_id, timer_id, workflow, event_type, due_at, due_on FROM timers WHERE stream_id LIKE $LIKE ORDER BY 1, 2`),
      instances: await q(`SELECT * FROM view_instances WHERE stream_id LIKE $LIKE ORDER BY 1`),
      pending: await q(`SELECT * FROM view_pending_replies WHERE stream_id LIKE $LIKE ORDER BY 1`),
      inbox: await q(`SELECT * FROM view_inbox WHERE stream_id LIKE $LIKE ORDER BY 1, role`),
    };
  }

  /** Starts `n` streams and then commands each, in batches (the first commit of each round goes alone). */
  async function run(group: GroupCommit, prefix: string, n: number): Promise<CommitPayload[]> {
    const starts = Array.from({ length: n }, (_, i) => start(`${prefix}${i}`));
    await Promise.all(starts.map((p) => group.commit(p)));
    const nexts = starts.map((p, i) => next(`${prefix}${i}`, headOf(p)));
    await Promise.all(nexts.map((p) => group.commit(p)));
    return [...starts, ...nexts];
  }

  it('writes eligible batches set-based, leaving the rows the per-payload path leaves, with every position', async () => {
    const setBased = new GroupCommit(handle.db, { maxInFlight: 1 });
    const perPayload = new GroupCommit(handle.db, { maxInFlight: 1, setBased: false });
    const a = await run(setBased, 'suggestion/set-', 12);
    await run(perPayload, 'suggestion/each-', 12);

    expect(setBased.stats.setBased).toBe(2); // one batch of 11 starts, one of 11 commands
    expect(setBased.stats.setFailed).toBe(0);
    expect(perPayload.stats.setBased).toBe(0);
    const left = await rowsUnder('suggestion/set-');
    expect(left).toEqual(await rowsUnder('suggestion/each-'));
    expect((left as { timers: { timer_id: string }[] }).timers.map((t) => t.timer_id)).toEqual(Array(12).fill('deadline.in_progress'));
    expect((left as { inbox: unknown[] }).inbox).toHaveLength(24);

    // Each event got its own stored global position, as the store reads it back.
    for (const payload of a) {
      const append = payload.appends[0]!;
      const stored = await readStream(handle.db, append.streamId);
      for (const event of append.events) {
        expect(event.globalPosition).toBeGreaterThan(0);
        expect(stored.find((e) => e.version === event.version)?.globalPosition).toBe(event.globalPosition);
      }
    }
  });

  it('a stale, a revoked and an invalid payload fail the set statement; per payload only they are refused', async () => {
    const setup = new GroupCommit(handle.db, { maxInFlight: 4, maxBatch: 1 });
    const base = start('suggestion/stale-0');
    await setup.commit(base);
    await setup.commit(next('suggestion/stale-0', headOf(base))); // the stream moves on: headOf(base) is stale now

    const group = new GroupCommit(handle.db, { maxInFlight: 1 });
    const warm = group.commit(start('suggestion/refused-warm'));
    const results = await Promise.allSettled([
      group.commit(start('suggestion/refused-ok-1')),
      group.commit(next('suggestion/stale-0', headOf(base))),
      group.commit(start('suggestion/refused-revoked', { principalId: 'nobody' })),
      group.commit({ ...start('suggestion/refused-bad-date'), timers: [{ op: 'set', streamId: 'suggestion/refused-bad-date', workflow: 'suggestion', timerId: 't', eventType: 'E', dueAt: new Date('2026-03-11T00:00:00Z'), dueOn: '2026-02-30' }] }),
      group.commit(start('suggestion/refused-ok-2')),
    ]);
    await warm;
    expect(group.stats.setFailed).toBe(1);
    expect(group.stats.setBased).toBe(0);
    const [ok1, stale, revoked, badDate, ok2] = results;
    expect(ok1.status).toBe('fulfilled');
    expect(ok2.status).toBe('fulfilled');
    expect((stale as PromiseRejectedResult).reason).toBeInstanceOf(VersionConflict);
    expect((revoked as PromiseRejectedResult).reason).toBeInstanceOf(DomainError);
    expect((revoked as PromiseRejectedResult).reason).toMatchObject({ status: 401 });
    expect((badDate as PromiseRejectedResult).reason).toMatchObject({ code: '22008' });
    expect((await readStreamHeader(handle.db, 'suggestion/stale-0'))?.version).toBe(3);
    for (const id of ['suggestion/refused-ok-1', 'suggestion/refused-ok-2']) expect((await readStreamHeader(handle.db, id))?.version).toBe(2);
    for (const id of ['suggestion/refused-revoked', 'suggestion/refused-bad-date']) expect(await readStreamHeader(handle.db, id)).toBeNull();
    const views = await sql<{ n: number }>`SELECT count(*)::int AS n FROM view_instances WHERE stream_id IN ('suggestion/refused-revoked', 'suggestion/refused-bad-date')`.execute(handle.db);
    expect(views.rows[0]!.n).toBe(0);
  });

  it('retry keys: new ones are stored set-based; a key used before fails the statement and its payload gets the stored answer', async () => {
    const idem = (key: string, result: unknown) => ({ idempotency: { scope: 'p1', key, requestHash: `h-${key}`, result } });
    await new GroupCommit(handle.db, { maxBatch: 1 }).commit(start('suggestion/key-used', idem('k-used', { answer: 'first' })));

    const fresh = new GroupCommit(handle.db, { maxInFlight: 1 });
    const warm = fresh.commit(start('suggestion/key-warm'));
    const stored = await Promise.all([
      fresh.commit(start('suggestion/key-1', idem('k-1', { answer: 1 }))),
      fresh.commit(start('suggestion/key-2', idem('k-2', null))),
    ]);
    await warm;
    expect(fresh.stats).toMatchObject({ setBased: 1, setFailed: 0 });
    expect(stored.map((o) => o.status)).toEqual(['committed', 'committed']);
    const keys = await sql<{ key: string; result: unknown; request_hash: string }>`SELECT key, result, request_hash FROM idempotency_keys WHERE key IN ('k-1', 'k-2') ORDER BY key`.execute(handle.db);
    expect(keys.rows).toEqual([
      { key: 'k-1', result: { answer: 1 }, request_hash: 'h-k-1' },
      { key: 'k-2', result: null, request_hash: 'h-k-2' },
    ]);
    const jsonNull = await sql<{ is_json_null: boolean }>`SELECT result = 'null'::jsonb AS is_json_null FROM idempotency_keys WHERE key = 'k-2'`.execute(handle.db);
    expect(jsonNull.rows[0]!.is_json_null).toBe(true); // as docket_commit stores it

    const group = new GroupCommit(handle.db, { maxInFlight: 1 });
    const warm2 = group.commit(start('suggestion/key-warm-2'));
    const [again, other] = await Promise.all([
      group.commit(start('suggestion/key-used-again', idem('k-used', { answer: 'second' }))),
      group.commit(start('suggestion/key-3', idem('k-3', { answer: 3 }))),
    ]);
    await warm2;
    expect(group.stats).toMatchObject({ setBased: 0, setFailed: 1 });
    expect(again).toEqual({ status: 'replay', result: { answer: 'first' }, requestHash: 'h-k-used' });
    expect(other.status).toBe('committed');
    expect(await readStreamHeader(handle.db, 'suggestion/key-used-again')).toBeNull();
  });

  it('a payload decided under settings no longer in force fails the set statement and is refused alone', async () => {
    await sql`INSERT INTO view_settings (id, settings, version) VALUES ('organization', '{}'::jsonb, 4) ON CONFLICT (id) DO UPDATE SET version = 4`.execute(handle.db);
    const group = new GroupCommit(handle.db, { maxInFlight: 1 });
    const warm = group.commit(start('suggestion/settings-warm', { settingsVersion: 4 }));
    const [current, old] = await Promise.allSettled([
      group.commit(start('suggestion/settings-current', { settingsVersion: 4 })),
      group.commit(start('suggestion/settings-old', { settingsVersion: 3 })),
    ]);
    await warm;
    expect(group.stats.setFailed).toBe(1);
    expect(current.status).toBe('fulfilled');
    expect((old as PromiseRejectedResult).reason).toBeInstanceOf(SettingsChanged);
    expect(await readStreamHeader(handle.db, 'suggestion/settings-old')).toBeNull();
  });
});

describe('toCommitSet: which batches may go set-based', () => {
  const a = start('suggestion/a');
  const b = start('suggestion/b');

  it('splits an eligible batch into one array per table', () => {
    const set = toCommitSet([a, b, next('suggestion/c', { version: 2, lastHash: 'h' })])!;
    expect(set.created.map((s) => s.stream_id)).toEqual(['suggestion/a', 'suggestion/b']);
    expect(set.moved).toEqual([expect.objectContaining({ stream_id: 'suggestion/c', expected: 2, prev_hash: 'h', version: 3 })]);
    expect(set.events).toHaveLength(5);
    expect(set.timerSets).toHaveLength(3);
    expect(set.timerCancels).toEqual([{ stream_id: 'suggestion/c', timer_id: 'deadline.registered' }]);
    expect(set.replaces).toEqual([expect.objectContaining({ table: 'view_inbox', streams: ['suggestion/a', 'suggestion/b', 'suggestion/c'] })]);
    expect(set.upserts.map((u) => [u.table, u.rows.length])).toEqual([
      ['view_instances', 3],
      ['view_pending_replies', 3],
    ]);
  });

  it('declines a batch whose order could matter, or that it cannot write', () => {
    expect(toCommitSet([a, start('suggestion/a')])).toBeNull(); // one stream twice
    const key = { scope: 'p1', key: 'k', requestHash: 'h', result: null };
    expect(toCommitSet([{ ...a, idempotency: key }, { ...b, idempotency: key }])).toBeNull(); // one retry key twice
    expect(toCommitSet([a, { ...b, timers: [...b.timers, { op: 'cancel', streamId: 'suggestion/b', timerId: 'deadline.registered' }] }])).toBeNull();
    expect(toCommitSet([a, { ...b, ops: [...b.ops, remove('view_pending_replies', { stream_id: 'suggestion/b' })] }])).toBeNull(); // one row twice
    expect(toCommitSet([a, { ...b, ops: [add('view_collections', ['box', 'month'], { box: 'x', month: '2026-03', suggestions: 1 }, ['suggestions'])] }])).toBeNull();
    expect(toCommitSet([a, { ...b, ops: [remove('view_inbox', { stream_id: 'suggestion/b', role: 'handler' })] }])).toBeNull();
    expect(toCommitSet([a, { ...b, ops: [upsert('view_members', ['id'], { id: 'm1', name: 'M' })] }])).toBeNull();
  });
});

describe('group commit: when the set-based statement gets no answer', () => {
  /** A Kysely whose every query fails as `fail` says, recording the SQL it was sent. */
  function failingDb(fail: (sqlText: string) => Error): { db: Kysely<Database>; sent: string[] } {
    const sent: string[] = [];
    const connection: DatabaseConnection = {
      executeQuery: async (query) => {
        sent.push(query.sql);
        throw fail(query.sql);
      },
      streamQuery: async function* () {
        throw new Error('not used');
      },
    };
    const driver: Driver = {
      init: async () => {},
      acquireConnection: async () => connection,
      beginTransaction: async () => {},
      commitTransaction: async () => {},
      rollbackTransaction: async () => {},
      releaseConnection: async () => {},
      destroy: async () => {},
    };
    const db = new Kysely<Database>({
      dialect: {
        createAdapter: () => new PostgresAdapter(),
        createDriver: () => driver,
        createIntrospector: (k) => new PostgresIntrospector(k),
        createQueryCompiler: () => new PostgresQueryCompiler(),
      },
    });
    return { db, sent };
  }

  it.each([
    ['a lost connection', new Error('Connection terminated unexpectedly')],
    ['a terminated session', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01', severity: 'FATAL' })],
  ])('%s rejects the batch as it is, without sending it again per payload', async (_what, lost) => {
    const { db, sent } = failingDb(() => lost);
    const group = new GroupCommit(db, { maxInFlight: 1 });
    const warm = group.commit(start('suggestion/lost-warm')).catch((e: unknown) => e);
    const results = await Promise.allSettled([group.commit(start('suggestion/lost-1')), group.commit(start('suggestion/lost-2'))]);
    await warm;
    expect(results.map((r) => (r as PromiseRejectedResult).reason)).toEqual([lost, lost]);
    expect(sent.filter((s) => s.includes('docket_commit_set'))).toHaveLength(1);
    expect(sent.filter((s) => s.includes('docket_commit_many'))).toHaveLength(0);
    expect(group.stats.setFailed).toBe(0);
  });

  it('an error PostgreSQL answered sends the batch again per payload', async () => {
    const refused = Object.assign(new Error('invalid input syntax'), { code: '22008', severity: 'ERROR' });
    const { db, sent } = failingDb(() => refused);
    const group = new GroupCommit(db, { maxInFlight: 1 });
    const warm = group.commit(start('suggestion/refused-warm')).catch((e: unknown) => e);
    await Promise.allSettled([group.commit(start('suggestion/refused-1')), group.commit(start('suggestion/refused-2'))]);
    await warm;
    expect(sent.filter((s) => s.includes('docket_commit_set'))).toHaveLength(1);
    expect(sent.filter((s) => s.includes('docket_commit_many'))).toHaveLength(1);
    expect(group.stats.setFailed).toBe(1);
  });
});
