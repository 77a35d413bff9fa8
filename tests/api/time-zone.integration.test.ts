/**
 * The organisation's day, not UTC's: with the clock at 23:30 and 00:30 in Haining (Asia/Shanghai,
 * the default time zone), "today" — the default business date, the future-date rule, days left and
 * the date a timer fires — follows the local calendar; recorded instants stay UTC.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';

describe('the organisation’s time zone', () => {
  let t: TestApp;
  let manager: TestPrincipal;
  const register = (receivedOn: string) =>
    t.as(manager, {
      method: 'POST',
      url: '/workflows/suggestion/instances',
      payload: { type: 'RegisterSuggestion', receivedOn, channel: 'online', category: '交通', content: '夜里收到', submitter: { name: '市民', contact: '139' } },
    });

  beforeAll(async () => {
    t = await testApp({ now: '2026-12-08T15:30:00Z' });
    manager = await t.principal(['suggestion_manager']);
  });
  afterAll(async () => {
    await t.close();
  });

  it('at 23:30 local the day is still the 8th: a suggestion received on the 9th is refused', async () => {
    t.clock.set('2026-12-08T15:30:00Z');
    expect((await t.as(manager, { method: 'GET', url: '/settings/vocabulary' })).json().today).toBe('2026-12-08');
    const refused = await register('2026-12-09');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('received_after_registration');
    const accepted = await register('2026-12-08');
    expect(accepted.json().events[0]).toMatchObject({ occurredOn: '2026-12-08', recordedAt: '2026-12-08T15:30:00.000Z' });
  });

  it('at 00:30 local (16:30 UTC) it is the 9th: registered that day, days left counted from it, the deadline fires at local midnight', async () => {
    t.clock.set('2026-12-08T16:30:00Z');
    expect((await t.as(manager, { method: 'GET', url: '/settings/vocabulary' })).json().today).toBe('2026-12-09');
    const accepted = await register('2026-12-09');
    expect(accepted.statusCode).toBe(201);
    const { id, events } = accepted.json();
    expect(events[0]).toMatchObject({ occurredOn: '2026-12-09', recordedAt: '2026-12-08T16:30:00.000Z', data: { dueOn: '2026-12-24' } });
    const pending = (await t.as(manager, { method: 'GET', url: '/views/suggestions/pending-replies' })).json().items.find((p: { id: string }) => p.id === id);
    expect(pending).toMatchObject({ dueOn: '2026-12-24', daysLeft: 15, overdue: false });
    // The reply deadline passes at midnight of the 25th in Haining: 16:00 UTC on the 24th.
    const timer = await t.handle.db.selectFrom('timers').select(['due_at', 'due_on']).where('stream_id', '=', `suggestion/${id}`).executeTakeFirstOrThrow();
    expect(new Date(timer.due_at).toISOString()).toBe('2026-12-24T16:00:00.000Z');
    const overdue = async () => (await t.as(manager, { method: 'GET', url: `/workflows/suggestion/instances/${id}` })).json().data.overdue;
    t.clock.set('2026-12-24T15:59:00Z');
    await t.app.docket.scheduler.tick(); // the earlier suggestion's deadline (the 23rd) fires; not this one
    expect(await overdue()).toBe(false);
    t.clock.set('2026-12-24T16:00:00Z');
    expect((await t.app.docket.scheduler.tick()).fired).toBe(1);
    expect(await overdue()).toBe(true);
  });
});
