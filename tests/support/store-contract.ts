/**
 * The event store contract, run against PostgreSQL and against PGlite, through the production
 * commit path (docket_commit) and the store's readers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { readAll, readStream, readStreamHeader } from '../../src/store/event-store.ts';
import { verifyChain } from '../../src/store/verify.ts';
import { ManualClock } from '../../src/clock.ts';
import type { EventToAppend } from '../../src/store/types.ts';
import { migrate } from '../../src/db/migrate.ts';
import { appendEvents, type AppendRequest } from './log.ts';

const actor = { id: 'p1', name: 'Office', role: 'office' as const };

export function event(type: string, data: Record<string, unknown> = {}, occurredOn = '2024-03-01'): EventToAppend {
  return { type, data, occurredOn, metadata: { actor, commandId: `c-${type}` } };
}

export function request(streamId: string, expectedVersion: number, events: EventToAppend[]): AppendRequest {
  return { streamId, workflow: 'test', workflowVersion: 1, expectedVersion, events };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function storeContract(name: string, open: () => Promise<{ handle: DatabaseHandle; close(): Promise<void> }>) {
  describe(`event store contract (${name})`, () => {
    let env: { handle: DatabaseHandle; close(): Promise<void> };
    const clock = new ManualClock('2024-03-01T10:00:00.123Z');
    const store = {
      append: (r: AppendRequest, options: { idempotency?: { scope: string; key: string; requestHash: string } } = {}) =>
        appendEvents(env.handle.db, r, clock.now(), options.idempotency),
      readStream: (streamId: string, options?: Parameters<typeof readStream>[2]) => readStream(env.handle.db, streamId, options),
      readStreamHeader: (streamId: string) => readStreamHeader(env.handle.db, streamId),
      verify: (options?: { streamId?: string }) => verifyChain(env.handle.db, options),
    };

    beforeAll(async () => {
      env = await open();
    });
    afterAll(async () => {
      await env.close();
    });

    it('appends with versions 1..n and reads the stream back in order', async () => {
      const a = await store.append(request('s-basic', 0, [event('A', { n: 1 }), event('B', { n: 2, nested: { z: 1, a: [1, 'x'] } })]));
      expect(a.version).toBe(2);
      const b = await store.append(request('s-basic', 2, [event('C', {}, '2024-03-05')]));
      expect(b.version).toBe(3);
      const events = await store.readStream('s-basic');
      expect(events.map((e) => [e.version, e.type])).toEqual([[1, 'A'], [2, 'B'], [3, 'C']]);
      expect(events[1]!.data).toEqual({ n: 2, nested: { z: 1, a: [1, 'x'] } });
      expect(events[2]!.occurredOn).toBe('2024-03-05');
      expect(events[0]!.metadata.actor).toEqual(actor);
      expect(events[0]!.recordedAt.toISOString()).toBe('2024-03-01T10:00:00.123Z');
      expect(typeof events[0]!.globalPosition).toBe('number');
      expect(events[1]!.prevHash).toBe(events[0]!.hash);
      expect(await store.readStream('s-basic', { upToVersion: 2 })).toHaveLength(2);
      expect(await store.readStream('s-basic', { upToDate: '2024-03-04' })).toHaveLength(2);
      expect(await store.readStream('s-basic', { afterVersion: 2 })).toHaveLength(1);
      const header = await store.readStreamHeader('s-basic');
      expect(header).toMatchObject({ workflow: 'test', workflowVersion: 1, version: 3, lastHash: events[2]!.hash });
    });

    it('refuses a stale expected version with version_conflict, leaving no gap', async () => {
      await store.append(request('s-stale', 0, [event('A')]));
      await expect(store.append(request('s-stale', 0, [event('A')]))).rejects.toMatchObject({ code: 'version_conflict', status: 409 });
      await expect(store.append(request('s-stale', 5, [event('B')]))).rejects.toMatchObject({ code: 'version_conflict' });
      await store.append(request('s-stale', 1, [event('B')]));
      expect((await store.readStream('s-stale')).map((e) => e.version)).toEqual([1, 2]);
    });

    it('lets exactly one of 50 concurrent appends with the same expected version win', async () => {
      await store.append(request('s-race', 0, [event('Start')]));
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) => store.append(request('s-race', 1, [event('Race', { i }), event('Race2', { i })]))),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(49);
      for (const r of lost) expect(r.reason).toMatchObject({ code: 'version_conflict' });
      const versions = (await store.readStream('s-race')).map((e) => e.version);
      expect(versions).toEqual([1, 2, 3]);
      expect((await store.verify({ streamId: 's-race' })).ok).toBe(true);
    });

    it('lets exactly one of 50 concurrent creations of a new stream win', async () => {
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) => store.append(request('s-new-race', 0, [event('Created', { i })]))),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect((await store.readStream('s-new-race')).map((e) => e.version)).toEqual([1]);
    });

    it('pages readAll while 12 writers append with late commits and sees every event exactly once', async () => {
      const seen: number[] = [];
      let cursor: string | undefined;
      let writing = true;
      let expectedCount = Number.POSITIVE_INFINITY;
      const feedSeen = () => seen.filter((p) => feedPositions.has(p)).length;
      const feedPositions = new Set<number>();
      const reader = (async () => {
        // Visibility follows the cluster-wide snapshot xmin: other databases' open transactions on a
        // shared server can hold it back for a while, so after the writers stop, read until caught up.
        const deadline = () => Date.now() + 60_000;
        let giveUpAt = Number.POSITIVE_INFINITY;
        for (;;) {
          const page = await readAll(env.handle.db, { after: cursor, limit: 7 });
          seen.push(...page.events.map((e) => e.globalPosition));
          cursor = page.cursor;
          if (page.events.length === 0) {
            if (!writing) {
              if (giveUpAt === Number.POSITIVE_INFINITY) giveUpAt = deadline();
              if (feedSeen() >= expectedCount || Date.now() > giveUpAt) break;
            }
            await sleep(2);
          }
        }
      })();
      const writers = Array.from({ length: 12 }, async (_, w) => {
        for (let i = 0; i < 25; i++) {
          const streamId = `s-feed-${w}-${i % 5}`;
          for (;;) {
            try {
              await env.handle.db.transaction().execute(async (trx) => {
                const head = await trx.selectFrom('streams').select('version').where('stream_id', '=', streamId).executeTakeFirst();
                await appendEvents(trx, request(streamId, head?.version ?? 0, [event('W', { w, i }), event('W2', { w, i })]), clock.now());
                // Hold the transaction open a little so later positions commit first.
                await sleep((w * 7 + i * 3) % 6);
              });
              break;
            } catch (error) {
              if ((error as { code?: string }).code !== 'version_conflict') throw error;
            }
          }
        }
      });
      await Promise.all(writers);
      const all = await env.handle.db
        .selectFrom('events')
        .select('global_position')
        .where('stream_id', 'like', 's-feed-%')
        .execute();
      const expected = all.map((r) => Number(r.global_position)).sort((a, b) => a - b);
      for (const p of expected) feedPositions.add(p);
      expectedCount = expected.length;
      writing = false;
      await reader;
      const seenFeed = seen.filter((p) => expected.includes(p));
      expect(expected).toHaveLength(12 * 25 * 2);
      expect(new Set(seen).size).toBe(seen.length);
      expect([...seenFeed].sort((a, b) => a - b)).toEqual(expected);
    });

    it('returns the original result for a retried idempotency key and appends nothing', async () => {
      const idempotency = { scope: 'p1', key: 'k-1', requestHash: 'h-1' };
      const first = await store.append(request('s-idem', 0, [event('A')]), { idempotency });
      const again = await store.append(request('s-idem', 0, [event('A')]), { idempotency });
      expect(first).toMatchObject({ streamId: 's-idem', version: 1, replayed: false });
      expect(again).toEqual({ streamId: 's-idem', version: 1, positions: [], replayed: true });
      expect(await store.readStream('s-idem')).toHaveLength(1);
      await expect(
        store.append(request('s-idem', 1, [event('B')]), { idempotency: { ...idempotency, requestHash: 'h-other' } }),
      ).rejects.toMatchObject({ code: 'idempotency_key_reused', status: 422 });
      expect(await store.readStream('s-idem')).toHaveLength(1);
      // The same key in another scope is another key.
      await store.append(request('s-idem', 1, [event('B')]), { idempotency: { ...idempotency, scope: 'p2' } });
      expect(await store.readStream('s-idem')).toHaveLength(2);
    });

    it('answers 20 concurrent retries with one idempotency key with one append and one result', async () => {
      const idempotency = { scope: 'p1', key: 'k-concurrent', requestHash: 'h-c' };
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, () => store.append(request('s-idem-c', 0, [event('A')]), { idempotency })),
      );
      const values = results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<{ version: number; replayed: boolean }>).value);
      expect(values).toHaveLength(20);
      expect(new Set(values.map((v) => v.version))).toEqual(new Set([1]));
      expect(values.filter((v) => !v.replayed)).toHaveLength(1);
      expect(await store.readStream('s-idem-c')).toHaveLength(1);
    });

    it('refuses UPDATE, DELETE and TRUNCATE on events', async () => {
      await store.append(request('s-ro', 0, [event('A')]));
      await expect(sql`UPDATE events SET type = 'X' WHERE stream_id = 's-ro'`.execute(env.handle.db)).rejects.toThrow(/append-only/);
      await expect(sql`DELETE FROM events WHERE stream_id = 's-ro'`.execute(env.handle.db)).rejects.toThrow(/append-only/);
      await expect(sql`TRUNCATE events CASCADE`.execute(env.handle.db)).rejects.toThrow(/append-only/);
      expect(await store.readStream('s-ro')).toHaveLength(1);
    });

    it('verify names the stream and version of an edit made with the trigger disabled', async () => {
      await store.append(request('s-tamper', 0, [event('A', { amount: 1 }), event('B', { amount: 2 }), event('C')]));
      expect(await store.verify({ streamId: 's-tamper' })).toMatchObject({ ok: true, eventsChecked: 3 });
      await sql`ALTER TABLE events DISABLE TRIGGER events_append_only_rows`.execute(env.handle.db);
      await sql`UPDATE events SET data = '{"amount": 200}' WHERE stream_id = 's-tamper' AND stream_version = 2`.execute(env.handle.db);
      await sql`ALTER TABLE events ENABLE TRIGGER events_append_only_rows`.execute(env.handle.db);
      const stream = await store.verify({ streamId: 's-tamper' });
      expect(stream.ok).toBe(false);
      expect(stream.firstBroken).toMatchObject({ streamId: 's-tamper', version: 2, reason: 'hash_mismatch' });
      const whole = await store.verify();
      expect(whole.ok).toBe(false);
      expect(whole.firstBroken).toMatchObject({ streamId: 's-tamper', version: 2 });
    });

    it('verify finds a deleted last event through the stream head', async () => {
      await store.append(request('s-cut', 0, [event('A'), event('B')]));
      await sql`ALTER TABLE events DISABLE TRIGGER events_append_only_rows`.execute(env.handle.db);
      await sql`DELETE FROM events WHERE stream_id = 's-cut' AND stream_version = 2`.execute(env.handle.db);
      await sql`ALTER TABLE events ENABLE TRIGGER events_append_only_rows`.execute(env.handle.db);
      expect((await store.verify({ streamId: 's-cut' })).firstBroken).toMatchObject({ streamId: 's-cut', reason: 'head_mismatch' });
    });

    it('applying the migrations again does nothing', async () => {
      const again = await migrate(env.handle);
      expect(again.applied).toEqual([]);
      expect(again.alreadyApplied.length).toBeGreaterThan(0);
    });
  });
}
