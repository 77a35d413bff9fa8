/**
 * Two schedulers (two apps on one PostgreSQL database, as two server processes would be) race
 * over the same due timers: every timer fires exactly once, none is lost, and neither tick fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { testMasterKey, testApp, type TestApp } from '../support/app.ts';
import { buildApp } from '../../src/app.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { cmd, HOST_UNIT, organisation, registerMember, start, type Org } from '../support/engine-fixtures.ts';

describe('two schedulers on one database', () => {
  let t: TestApp;
  let org: Org;
  let secondHandle: DatabaseHandle;
  let second: FastifyInstance;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    org = await organisation(t);
    if (!t.database) throw new Error('needs PostgreSQL');
    secondHandle = await openDatabase({ url: t.database.url, poolSize: 10 });
    second = await buildApp({ database: secondHandle, clock: t.clock, logLevel: 'silent', masterKey: testMasterKey() });
    await second.ready();
  });
  afterAll(async () => {
    await second.close();
    await secondHandle.close();
    await t.close();
  });

  it('fire each due timer exactly once when ticking concurrently', async () => {
    const suggestions: string[] = [];
    for (let i = 0; i < 12; i++) {
      const s = await start(t, org.manager, 'suggestion', {
        type: 'RegisterSuggestion',
        receivedOn: `2024-02-${String(i + 1).padStart(2, '0')}`,
        channel: 'online',
        category: 'roads',
        content: `Suggestion ${i}`,
        anonymous: true,
      });
      suggestions.push(s.id);
    }
    // Secondments whose interim review and term end fall on the same day: both timers due at once on one stream.
    const secondments: string[] = [];
    for (let i = 0; i < 6; i++) {
      // A member of their own each: a member has one secondment at a time.
      const memberId = await registerMember(t, { name: `Gao Yang ${i}` });
      const { id } = await start(t, org.office, 'secondment', {
        type: 'ProposeSecondment',
        memberId,
        hostUnit: HOST_UNIT,
        post: 'Advisor',
        startsOn: '2024-03-01',
        months: 6,
        rationale: 'Policy work',
      });
      await cmd(t, org.chair, 'secondment', id, { type: 'ApproveNomination' });
      await cmd(t, org.unitedFront, 'secondment', id, { type: 'ApproveByUnitedFront' });
      await cmd(t, org.host, 'secondment', id, { type: 'AcceptByHost' });
      await cmd(t, org.office, 'secondment', id, { type: 'Dispatch', reportedOn: '2024-03-01' });
      secondments.push(id);
    }
    const due = await t.handle.db.selectFrom('timers').select(['stream_id', 'event_type']).execute();
    expect(due).toHaveLength(12 + 12);

    t.clock.set('2024-09-02T00:00:00Z');
    const a = t.app.docket.scheduler;
    const b = second.docket.scheduler;
    let fired = 0;
    for (let round = 0; round < 20; round++) {
      const [ra, rb] = await Promise.all([a.tick(), b.tick()]);
      fired += ra.fired + rb.fired;
      const left = await t.handle.db.selectFrom('timers').select('stream_id').where('due_at', '<=', t.clock.now()).execute();
      if (left.length === 0) break;
    }
    expect(await t.handle.db.selectFrom('timers').selectAll().where('due_at', '<=', t.clock.now()).execute()).toEqual([]);

    const counts = await sql<{ stream_id: string; type: string; n: string }>`
      SELECT stream_id, type, count(*) AS n FROM events
      WHERE type IN ('ReplyOverdue', 'TermEnded', 'InterimReviewDue') GROUP BY stream_id, type`.execute(t.handle.db);
    const byStream = new Map<string, Record<string, number>>();
    for (const row of counts.rows) byStream.set(row.stream_id, { ...byStream.get(row.stream_id), [row.type]: Number(row.n) });
    for (const id of suggestions) expect(byStream.get(`suggestion/${id}`)).toEqual({ ReplyOverdue: 1 });
    for (const id of secondments) {
      const seen = byStream.get(`secondment/${id}`);
      expect(seen?.TermEnded).toBe(1);
      expect(seen?.InterimReviewDue ?? 0).toBeLessThanOrEqual(1);
    }
    const secondmentTimerEvents = secondments.reduce((n, id) => {
      const seen = byStream.get(`secondment/${id}`) ?? {};
      return n + (seen.TermEnded ?? 0) + (seen.InterimReviewDue ?? 0);
    }, 0);
    expect(fired).toBe(12 + secondmentTimerEvents);
    for (const id of secondments) {
      const header = await t.handle.db.selectFrom('view_instances').select('state').where('stream_id', '=', `secondment/${id}`).executeTakeFirstOrThrow();
      expect(header.state).toBe('final_assessment');
    }
  });

  it('commands racing the schedulers on the same streams neither deadlock nor lose a timer', async () => {
    t.clock.set('2024-10-01T09:00:00Z');
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      const s = await start(t, org.manager, 'suggestion', {
        type: 'RegisterSuggestion',
        receivedOn: '2024-09-01',
        channel: 'box',
        category: 'parks',
        content: `Benches ${i}`,
        anonymous: true,
      });
      ids.push(s.id);
    }
    const assigns = ids.map((id) => t.as(org.manager, { method: 'POST', url: `/workflows/suggestion/instances/${id}/commands`, payload: { type: 'AssignHandler', principalId: org.handler.id } }));
    const ticks = [t.app.docket.scheduler.tick(), second.docket.scheduler.tick(), t.app.docket.scheduler.tick()];
    const responses = await Promise.all(assigns);
    await Promise.all(ticks);
    expect(responses.map((r) => r.statusCode)).toEqual(ids.map(() => 200));
    for (let round = 0; round < 5; round++) await Promise.all([t.app.docket.scheduler.tick(), second.docket.scheduler.tick()]);
    for (const id of ids) {
      const events = await t.handle.db.selectFrom('events').select('type').where('stream_id', '=', `suggestion/${id}`).orderBy('stream_version').execute();
      const types = events.map((e) => e.type);
      // One deadline, one ReplyOverdue: assigning after it fired re-arms the same deadline, which does not fire again.
      expect(types.filter((x) => x === 'ReplyOverdue'), id).toHaveLength(1);
      expect(types).toContain('HandlerAssigned');
    }
  });
});
