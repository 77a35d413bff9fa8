/**
 * Group commit on PostgreSQL: concurrent commits share statements, yet each payload keeps its own
 * outcome — a refused batch (version conflict, revoked principal, a value the database rejects,
 * a deadlock) is sent again one commit at a time, so only the offending one is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { migratedPostgres } from '../support/database.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { GroupCommit } from '../../src/store/group-commit.ts';
import { planAppend, type CommitPayload } from '../../src/store/commit.ts';
import { readStream, readStreamHeader } from '../../src/store/event-store.ts';
import { VersionConflict, DomainError } from '../../src/errors.ts';

const NOW = new Date('2026-03-01T09:00:00Z');

function newStream(streamId: string, occurredOn = '2026-03-01', extra: Partial<CommitPayload> = {}): CommitPayload {
  const append = planAppend(
    null,
    { streamId, workflow: 'test', workflowVersion: 1 },
    [{ type: 'Happened', data: { n: 1 }, occurredOn, metadata: { actor: { id: 'p1', name: 'P', role: 'admin' }, commandId: streamId, commandType: 'Do' } }],
    NOW,
  );
  return { appends: [append], timers: [], views: {}, ...extra };
}

describe('group commit (PostgreSQL)', () => {
  let db: Awaited<ReturnType<typeof migratedPostgres>>;
  let handle: DatabaseHandle;
  beforeAll(async () => {
    db = await migratedPostgres({ poolSize: 4 });
    handle = db.handle;
  });
  afterAll(async () => {
    await db.close();
  });

  it('60 concurrent commits go out in fewer statements, and every one is stored with its position', async () => {
    const group = new GroupCommit(handle.db, { maxInFlight: 1, maxBatch: 64 });
    const payloads = Array.from({ length: 60 }, (_, i) => newStream(`test/many-${i}`));
    const outcomes = await Promise.all(payloads.map((p) => group.commit(p)));
    expect(outcomes.every((o) => o.status === 'committed')).toBe(true);
    expect(group.stats.payloads).toBe(60);
    expect(group.stats.statements).toBeLessThan(60);
    expect(group.stats.largest).toBeGreaterThan(1);
    const positions = outcomes.flatMap((o) => (o.status === 'committed' ? o.positions : []));
    expect(new Set(positions).size).toBe(60);
    for (let i = 0; i < 60; i++) {
      const [event] = await readStream(handle.db, `test/many-${i}`);
      expect(event?.globalPosition).toBe(payloads[i]!.appends[0]!.events[0]!.globalPosition);
    }
  });

  it('while a statement runs, a second one starts only once spillAt commits wait', async () => {
    const group = new GroupCommit(handle.db, { maxInFlight: 2, maxBatch: 64, spillAt: 3 });
    // 1 goes alone; 2 and 3 wait; with 4 three wait and go as a second statement; 5 and 6 wait for a free lane.
    const outcomes = await Promise.all(Array.from({ length: 6 }, (_, i) => group.commit(newStream(`test/spill-${i}`))));
    expect(outcomes.every((o) => o.status === 'committed')).toBe(true);
    expect(group.stats).toMatchObject({ statements: 3, payloads: 6, largest: 3 });
  });

  it('in one statement, a conflicting, a revoked and an invalid payload are refused alone; the others commit', async () => {
    const group = new GroupCommit(handle.db, { maxInFlight: 1, maxBatch: 64 });
    // The first commit goes out alone; the next five wait for it and go out together.
    const first = group.commit(newStream('test/first'));
    const results = await Promise.allSettled([
      group.commit(newStream('test/ok-1')),
      group.commit(newStream('test/twice')),
      group.commit(newStream('test/twice')),
      group.commit(newStream('test/revoked', '2026-03-01', { principalId: 'nobody' })),
      group.commit(newStream('test/bad-date', '2026-02-30')),
      group.commit(newStream('test/ok-2')),
    ]);
    await first;
    expect(group.stats.statements).toBe(2);
    expect(group.stats.largest).toBe(6);
    const [ok1, twiceA, twiceB, revoked, badDate, ok2] = results;
    expect(ok1.status).toBe('fulfilled');
    expect(ok2.status).toBe('fulfilled');
    expect(twiceA.status).toBe('fulfilled');
    expect(twiceB.status).toBe('rejected');
    expect((twiceB as PromiseRejectedResult).reason).toBeInstanceOf(VersionConflict);
    expect((revoked as PromiseRejectedResult).reason).toBeInstanceOf(DomainError);
    expect((revoked as PromiseRejectedResult).reason).toMatchObject({ status: 401 });
    expect((badDate as PromiseRejectedResult).reason).toMatchObject({ code: '22008' });
    for (const id of ['test/first', 'test/ok-1', 'test/ok-2', 'test/twice']) expect((await readStreamHeader(handle.db, id))?.version).toBe(1);
    for (const id of ['test/revoked', 'test/bad-date']) expect(await readStreamHeader(handle.db, id)).toBeNull();
    expect(await readStream(handle.db, 'test/twice')).toHaveLength(1);
  });

  it('a reused idempotency key within one statement answers the second payload with the first one’s result', async () => {
    const group = new GroupCommit(handle.db, { maxInFlight: 1, maxBatch: 64 });
    const idem = (result: unknown) => ({ idempotency: { scope: 'p1', key: 'k-same', requestHash: 'h1', result } });
    const first = group.commit(newStream('test/idem-0'));
    const [a, b] = await Promise.all([
      group.commit(newStream('test/idem-a', '2026-03-01', idem({ answer: 'a' }))),
      group.commit(newStream('test/idem-b', '2026-03-01', idem({ answer: 'b' }))),
    ]);
    await first;
    expect(a).toMatchObject({ status: 'committed' });
    expect(b).toEqual({ status: 'replay', result: { answer: 'a' }, requestHash: 'h1' });
    expect(await readStreamHeader(handle.db, 'test/idem-b')).toBeNull();
  });

  {
    const tag = 'set';
    it('a payload that loses a deadlock is committed again on its own, and nothing is lost', async () => {
      // Two streams exist; another transaction locks B, the batch updates A then waits for B, and the
      // other transaction then asks for A: a deadlock, detected first by the batch's session (shorter
      // deadlock_timeout). The whole statement is rolled back (releasing A), and the batch goes again
      // one commit at a time once B is free.
      const setup = new GroupCommit(handle.db, { maxInFlight: 4, maxBatch: 1 });
      const a0 = newStream(`test/dead-a-${tag}`);
      const b0 = newStream(`test/dead-b-${tag}`);
      await Promise.all([setup.commit(a0), setup.commit(b0)]);
      const next = (p: CommitPayload, streamId: string): CommitPayload => {
        const last = p.appends[0]!.events[0]!;
        const append = planAppend(
          { version: 1, lastHash: last.hash },
          { streamId, workflow: 'test', workflowVersion: 1 },
          [{ type: 'Again', data: {}, occurredOn: '2026-03-01', metadata: { actor: { id: 'p1', name: 'P', role: 'admin' }, commandId: `${streamId}-2`, commandType: 'Do' } }],
          NOW,
        );
        return { appends: [append], timers: [], views: {} };
      };
      const other = new pg.Client({ connectionString: db.database.url });
      await other.connect();
      try {
        await other.query("SET deadlock_timeout = '5s'");
        await other.query('BEGIN');
        await other.query(`SELECT 1 FROM streams WHERE stream_id = 'test/dead-b-${tag}' FOR UPDATE`);
        const group = new GroupCommit(handle.db, { maxInFlight: 1, maxBatch: 64 });
        const warm = group.commit(newStream(`test/dead-warm-${tag}`));
        const both = Promise.all([group.commit(next(a0, `test/dead-a-${tag}`)), group.commit(next(b0, `test/dead-b-${tag}`))]);
        await warm;
        await new Promise((r) => setTimeout(r, 300)); // the batch now holds A and waits for B
        const otherLocksA = other.query(`SELECT 1 FROM streams WHERE stream_id = 'test/dead-a-${tag}' FOR UPDATE`);
        await otherLocksA; // granted once the batch has released A (committed the rest, or rolled back whole)
        await other.query('COMMIT');
        const outcomes = await both;
        expect(outcomes.map((o) => o.status)).toEqual(['committed', 'committed']);
        expect(group.stats).toMatchObject({ refusedBatches: 1 });
        expect((await readStreamHeader(handle.db, `test/dead-a-${tag}`))?.version).toBe(2);
        expect((await readStreamHeader(handle.db, `test/dead-b-${tag}`))?.version).toBe(2);
      } finally {
        await other.end();
      }
    });
  }
});
