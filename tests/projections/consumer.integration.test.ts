import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import type { Database } from '../../src/db/schema.ts';
import { ConsumerRunner, type Consumer } from '../../src/projections/consumer.ts';
import { notificationsConsumer } from '../../src/projections/notifications.consumer.ts';
import type { StoredEvent } from '../../src/store/types.ts';
import { readAll } from '../../src/store/event-store.ts';

/** A consumer that counts how often it was handed each event. */
function countingConsumer(name: string, onBatch?: (events: readonly StoredEvent[]) => Promise<void>) {
  const seen = new Map<number, number>();
  const consumer: Consumer = {
    name,
    read: async (db, after, limit) => (await readAll(db, { after, limit })).events,
    async handle(_trx, events) {
      for (const e of events) seen.set(e.globalPosition, (seen.get(e.globalPosition) ?? 0) + 1);
      await onBatch?.(events);
    },
  };
  return { consumer, seen };
}

/**
 * Runs batches until the checkpoint has passed every event in the log. An event becomes visible to
 * consumers only once no older transaction runs anywhere on the PostgreSQL cluster (xids are
 * cluster-wide), so on a shared server a run may find nothing for a while: keep asking.
 */
async function catchUp(db: Kysely<Database>, ...runners: ConsumerRunner[]): Promise<void> {
  const name = runners[0]?.consumer.name ?? '';
  for (let i = 0; i < 20_000; i++) {
    for (const runner of runners) await runner.runOnce();
    const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM events e JOIN consumer_checkpoints c ON c.consumer = ${name}
      WHERE (e.transaction_id, e.global_position) > (c.transaction_id, c.position)`.execute(db);
    if (Number(rows[0]?.n) === 0) return;
  }
  throw new Error(`${name} never caught up with the log`);
}

const suggestion = (category: string) => ({
  type: 'RegisterSuggestion',
  receivedOn: '2024-03-01',
  channel: 'online',
  category,
  content: 'Please fix',
  submitter: { name: 'Zhang', contact: '138' },
});

describe('async consumers with checkpoints', () => {
  let t: TestApp;
  let manager: TestPrincipal;
  let second: DatabaseHandle; // a second "process": its own pool on the same database
  const positions = async (db: Kysely<Database>) =>
    (await sql<{ p: string }>`SELECT global_position AS p FROM events ORDER BY 1`.execute(db)).rows.map((r) => Number(r.p));
  const register = (category: string) => t.app.docket.engine.execute({ workflow: 'suggestion', principal: manager, command: suggestion(category) });

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    manager = await t.principal(['suggestion_manager']);
    if (!t.database) throw new Error('needs PostgreSQL');
    second = await openDatabase({ url: t.database.url, poolSize: 5 });
    for (let i = 0; i < 12; i++) await register(`seed${i}`);
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  it('a second runner skips while the first holds the checkpoint, so no batch is handled twice', async () => {
    let entered: () => void = () => {};
    const inside = new Promise<void>((resolve) => (entered = resolve));
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let first = true;
    const { consumer, seen } = countingConsumer('gated', async () => {
      if (!first) return;
      first = false;
      entered();
      await gate;
    });
    const a = new ConsumerRunner(t.handle.db, consumer, { clock: t.clock, batchSize: 5 });
    const b = new ConsumerRunner(second.db, consumer, { clock: t.clock, batchSize: 5 });
    // Until the seeded events are visible a run finds nothing and returns without a batch.
    let running = a.runOnce();
    for (let i = 0; i < 20_000 && (await Promise.race([inside.then(() => true), running.then(() => false)])) === false; i++) {
      running = a.runOnce();
    }
    expect(await b.runOnce()).toEqual({ claimed: false, processed: 0, cursor: null });
    release();
    expect(await running).toMatchObject({ claimed: true, processed: 5 });
    // b now continues after a's checkpoint.
    expect(await b.runOnce()).toMatchObject({ claimed: true, processed: 5 });
    await catchUp(t.handle.db, a, b);
    const all = await positions(t.handle.db);
    expect([...seen.keys()].sort((x, y) => x - y)).toEqual(all);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
  });

  it('drains full batches and stops after one that is not full, leaving what commits meanwhile to the next run', async () => {
    // Under load a drain that chased the log would take a few events a batch, paying a batch's cost each time.
    let armed = false;
    let handled = 0;
    let partialAt = -1;
    const { consumer, seen } = countingConsumer('drain-policy', async (events) => {
      if (!armed) return;
      handled += events.length;
      if (events.length < 4) {
        armed = false;
        partialAt = handled;
        for (let i = 0; i < 3; i++) await register(`meanwhile${i}`);
      }
    });
    const runner = new ConsumerRunner(t.handle.db, consumer, { clock: t.clock, batchSize: 4 });
    await catchUp(t.handle.db, runner);
    for (let i = 0; i < 6; i++) await register(`drain${i}`);
    armed = true;
    let drained = 0;
    for (let i = 0; i < 20_000 && partialAt < 0; i++) drained += await runner.drain();
    expect(partialAt).toBeGreaterThan(0);
    // The drain that handled the batch that was not full returned after it, the events committed meanwhile untouched.
    expect(drained).toBe(partialAt);
    expect(handled).toBe(partialAt);
    await catchUp(t.handle.db, runner);
    expect([...seen.keys()].sort((x, y) => x - y)).toEqual(await positions(t.handle.db));
  });

  it('two runners racing while writers append process each event exactly once', async () => {
    const { consumer, seen } = countingConsumer('racing');
    const a = new ConsumerRunner(t.handle.db, consumer, { clock: t.clock, batchSize: 3 });
    const b = new ConsumerRunner(second.db, consumer, { clock: t.clock, batchSize: 3 });
    let writing = true;
    const writers = Promise.all(Array.from({ length: 30 }, (_, i) => register(`race${i}`))).finally(() => {
      writing = false;
    });
    const loop = async (runner: ConsumerRunner) => {
      let runs = 0;
      while (writing && runs < 5000) {
        await runner.runOnce();
        runs += 1;
      }
    };
    await Promise.all([loop(a), loop(b), writers]);
    await catchUp(t.handle.db, a, b);
    const all = await positions(t.handle.db);
    expect(seen.size).toBe(all.length);
    expect([...seen.keys()].sort((x, y) => x - y)).toEqual(all);
    expect([...seen.entries()].filter(([, n]) => n !== 1)).toEqual([]);
    // The checkpoint rests on the last event in commit order.
    const checkpoint = await t.handle.db.selectFrom('consumer_checkpoints').select('position').where('consumer', '=', 'racing').executeTakeFirstOrThrow();
    const last = await sql<{ p: string }>`SELECT global_position AS p FROM events ORDER BY transaction_id DESC, global_position DESC LIMIT 1`.execute(
      t.handle.db,
    );
    expect(Number(checkpoint.position)).toBe(Number(last.rows[0]?.p));
  });

  it('does not skip an event that commits after a later one', async () => {
    const { consumer, seen } = countingConsumer('late');
    const runner = new ConsumerRunner(t.handle.db, consumer, { clock: t.clock });
    await catchUp(t.handle.db, runner);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let appended: () => void = () => {};
    const inside = new Promise<void>((resolve) => (appended = resolve));
    const slow = t.handle.db.transaction().execute(async (trx) => {
      // A box collection: suggestions' starts take their case numbers one after another, a collection's does not wait.
      const command = { type: 'RecordCollection', box: 'late', collectedOn: '2024-03-01', count: 1 };
      await t.app.docket.engine.decideAndAppend(trx, { workflow: 'collection', instanceId: 'late-one', principal: manager, command }, true, t.clock.now());
      appended();
      await held;
    });
    await inside;
    const early = await register('early');
    const earlyPosition = Number(
      (await t.handle.db.selectFrom('events').select('global_position').where('stream_id', '=', `suggestion/${early.id}`).executeTakeFirstOrThrow())
        .global_position,
    );
    const before = seen.size;
    await runner.runOnce();
    expect(seen.has(earlyPosition)).toBe(false); // served now, the slow one would be skipped for good
    expect(seen.size).toBe(before);
    release();
    await slow;
    await catchUp(t.handle.db, runner);
    expect(seen.size).toBe((await positions(t.handle.db)).length);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
  });

  it('rolls a failed batch back with its checkpoint and retries it', async () => {
    let failures = 1;
    const { consumer, seen } = countingConsumer('flaky', async () => {
      if (failures-- > 0) throw new Error('downstream unavailable');
    });
    const runner = new ConsumerRunner(t.handle.db, consumer, { clock: t.clock, batchSize: 4 });
    await expect(runner.runOnce()).rejects.toThrow('downstream unavailable');
    const checkpoint = await t.handle.db.selectFrom('consumer_checkpoints').select('position').where('consumer', '=', 'flaky').executeTakeFirstOrThrow();
    expect(Number(checkpoint.position)).toBe(0);
    seen.clear();
    await catchUp(t.handle.db, runner);
    expect(seen.size).toBe((await positions(t.handle.db)).length);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
  });

  it('the notifications consumer tells the handler, the chair and the office, once', async () => {
    const handler = await t.principal(['handler']);
    const chair = await t.principal(['chair', 'committee']);
    const { engine, scheduler } = t.app.docket;
    const runner = new ConsumerRunner(t.handle.db, notificationsConsumer, { clock: t.clock });
    await catchUp(t.handle.db, runner);
    const { id } = await register('lights');
    await engine.execute({ workflow: 'suggestion', instanceId: id, principal: manager, command: { type: 'AssignHandler', principalId: handler.id } });
    await engine.execute({ workflow: 'suggestion', instanceId: id, principal: handler, command: { type: 'RequestExtension', days: 5, reason: 'Parts on order' } });
    const rows = async () =>
      (
        await sql<{ audience: string; event_type: string; message: string }>`SELECT audience, event_type, message FROM notifications
          WHERE instance_id = ${id} ORDER BY global_position, audience`.execute(t.handle.db)
      ).rows;
    expect(await rows()).toEqual([]); // not inline: nothing until the consumer runs
    await catchUp(t.handle.db, runner);
    expect(await rows()).toEqual([
      { audience: `principal:${handler.id}`, event_type: 'HandlerAssigned', message: `Suggestion ${id} was assigned to you for a reply` },
      { audience: 'role:chair', event_type: 'ExtensionRequested', message: `An extension of 5 days was requested for suggestion ${id}` },
    ]);
    await engine.execute({ workflow: 'suggestion', instanceId: id, principal: chair, command: { type: 'ApproveExtension' } });
    t.clock.set('2024-03-22T09:00:00Z');
    await scheduler.tick();
    await catchUp(t.handle.db, runner);
    await runner.drain();
    expect((await rows()).map((r) => [r.audience, r.event_type])).toEqual([
      [`principal:${handler.id}`, 'HandlerAssigned'],
      ['role:chair', 'ExtensionRequested'],
      ['role:chair', 'ReplyOverdue'],
    ]);
    expect((await rows())[2]?.message).toBe(`Suggestion ${id} is overdue since 2024-03-22: its reply deadline passed without a reply`);
    t.clock.set('2024-03-01T09:00:00Z');
  });
});
