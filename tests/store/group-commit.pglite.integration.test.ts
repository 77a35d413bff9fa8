/**
 * Group commit on PGlite: the in-process database answers before the next request is parsed, so
 * commits are gathered for one event-loop turn (gatherOneTurn, which buildApp sets for PGlite);
 * otherwise the first commit of a burst always went out alone. A refused batch falls back to one
 * commit per statement there too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratedPglite } from '../support/database.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { GroupCommit } from '../../src/store/group-commit.ts';
import { planAppend, type CommitPayload } from '../../src/store/commit.ts';
import { readStream } from '../../src/store/event-store.ts';
import { VersionConflict } from '../../src/errors.ts';

const NOW = new Date('2026-03-01T09:00:00Z');

function newStream(streamId: string): CommitPayload {
  const append = planAppend(
    null,
    { streamId, workflow: 'test', workflowVersion: 1 },
    [{ type: 'Happened', data: { n: 1 }, occurredOn: '2026-03-01', metadata: { actor: { id: 'p1', name: 'P', role: 'admin' }, commandId: streamId, commandType: 'Do' } }],
    NOW,
  );
  return { appends: [append], timers: [], views: {} };
}

describe('group commit (PGlite)', () => {
  let db: Awaited<ReturnType<typeof migratedPglite>>;
  let handle: DatabaseHandle;
  beforeAll(async () => {
    db = await migratedPglite();
    handle = db.handle;
  });
  afterAll(async () => {
    await db.close();
  });

  it('without gathering, the first commit of a burst goes out alone', async () => {
    const group = new GroupCommit(handle.db, { maxInFlight: 2, maxBatch: 64 });
    const outcomes = await Promise.all(Array.from({ length: 6 }, (_, i) => group.commit(newStream(`test/plain-${i}`))));
    expect(outcomes.every((o) => o.status === 'committed')).toBe(true);
    expect(group.stats).toMatchObject({ statements: 2, payloads: 6, largest: 5 });
  });

  it('gathering for one turn sends a burst as one statement, each payload with its own outcome', async () => {
    const group = new GroupCommit(handle.db, { maxInFlight: 2, maxBatch: 64, gatherOneTurn: true });
    const results = await Promise.allSettled([
      group.commit(newStream('test/gather-1')),
      group.commit(newStream('test/gather-twice')),
      group.commit(newStream('test/gather-twice')),
      group.commit(newStream('test/gather-2')),
    ]);
    expect(group.stats).toMatchObject({ statements: 1, payloads: 4, largest: 4 });
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((results[2] as PromiseRejectedResult).reason).toBeInstanceOf(VersionConflict);
    for (const id of ['test/gather-1', 'test/gather-twice', 'test/gather-2']) expect(await readStream(handle.db, id)).toHaveLength(1);
  });

  it('a burst of distinct streams goes in one statement; one that already exists fails that statement and is refused alone', async () => {
    const group = new GroupCommit(handle.db, { maxInFlight: 2, maxBatch: 64, gatherOneTurn: true });
    const fresh = await Promise.all(['a', 'b', 'c'].map((x) => group.commit(newStream(`test/set-${x}`))));
    expect(fresh.every((o) => o.status === 'committed')).toBe(true);
    expect(group.stats).toMatchObject({ statements: 1, refusedBatches: 0 });
    for (const x of ['a', 'b', 'c']) expect((await readStream(handle.db, `test/set-${x}`))[0]?.globalPosition).toBeGreaterThan(0);

    const results = await Promise.allSettled([group.commit(newStream('test/set-d')), group.commit(newStream('test/set-a')), group.commit(newStream('test/set-e'))]);
    expect(group.stats).toMatchObject({ statements: 2, refusedBatches: 1 });
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(VersionConflict);
    expect(await readStream(handle.db, 'test/set-a')).toHaveLength(1);
    for (const x of ['d', 'e']) expect(await readStream(handle.db, `test/set-${x}`)).toHaveLength(1);
  });

  it('commits that arrive while a statement runs go together when it returns', async () => {
    const group = new GroupCommit(handle.db, { maxInFlight: 1, maxBatch: 64, gatherOneTurn: true });
    const first = group.commit(newStream('test/turn-0'));
    await new Promise((r) => setImmediate(r)); // the first statement is now running
    const later = Array.from({ length: 5 }, (_, i) => group.commit(newStream(`test/turn-${i + 1}`)));
    await Promise.all([first, ...later]);
    expect(group.stats.payloads).toBe(6);
    expect(group.stats.statements).toBeLessThanOrEqual(2);
  });
});
