/**
 * Suggestion end to end on PostgreSQL through HTTP: registered → handler → referral, extension →
 * reply → satisfaction → closed. The reply-deadline timer: the reply is due receivedOn + 15 days,
 * the timer fires once, at the start of the day after (a reply on the due day is on time),
 * a backdated registration (received 40 days ago) fires on the next tick, an approved extension
 * moves it, replying cancels it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { cmd, getJson, history, organisation, refused, start, typesOf, type Org } from '../support/engine-fixtures.ts';

interface Deadline {
  event: string;
  dueOn: string;
}

const register = (receivedOn: string, extra: Record<string, unknown> = {}) => ({
  type: 'RegisterSuggestion',
  receivedOn,
  channel: 'visit',
  category: 'traffic',
  content: 'A crossing near the school',
  submitter: { name: 'Ms. Xu', contact: '0573-8765-4321' },
  ...extra,
});

describe('suggestion on PostgreSQL', () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    org = await organisation(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const tick = () => t.app.docket.scheduler.tick();
  const deadlines = async (id: string) =>
    (await getJson<{ deadlines: Deadline[] }>(t, org.manager, `/workflows/suggestion/instances/${id}`)).deadlines.map((d) => `${d.event}@${d.dueOn}`);
  const overdueEvents = async (id: string) => (await history(t, org.manager, 'suggestion', id)).filter((e) => e.type === 'ReplyOverdue');

  it('runs from registration to closed, with a referral, an approved extension and a satisfied reply', async () => {
    t.clock.set('2024-03-01T09:00:00Z');
    const registered = await start(t, org.manager, 'suggestion', register('2024-03-01'));
    const id = registered.id;
    expect(registered.events[0]?.data).toMatchObject({ dueOn: '2024-03-16' });
    expect(await deadlines(id)).toEqual(['ReplyOverdue@2024-03-17']);
    await cmd(t, org.manager, 'suggestion', id, { type: 'AssignHandler', principalId: org.handler.id });
    await cmd(t, org.handler, 'suggestion', id, { type: 'ReferTo', organisation: 'Traffic police', note: 'Please check the signals' });
    await cmd(t, org.handler, 'suggestion', id, { type: 'RequestExtension', days: 10, reason: 'Waiting for the police' });
    await refused(t, org.handler, 'suggestion', id, { type: 'RequestExtension', days: 31, reason: 'Longer' }, 422, 'extension_too_long');
    await cmd(t, org.chair, 'suggestion', id, { type: 'ApproveExtension' });
    expect(await deadlines(id)).toEqual(['ReplyOverdue@2024-03-27']);

    t.clock.set('2024-03-20T10:00:00Z');
    expect((await tick()).fired).toBe(0);
    const replied = await cmd(t, org.handler, 'suggestion', id, { type: 'Reply', method: 'phone', content: 'Signals will be adjusted' });
    expect(replied.events[0]?.data).toMatchObject({ onTime: true, dueOn: '2024-03-26' });
    expect(await deadlines(id)).toEqual([]);
    await refused(t, org.manager, 'suggestion', id, { type: 'Reply', method: 'phone', content: 'again' }, 422, 'command_not_allowed');
    await cmd(t, org.manager, 'suggestion', id, { type: 'RecordSatisfaction', satisfied: true });
    const closed = await cmd(t, org.manager, 'suggestion', id, { type: 'Close' });
    expect(closed).toMatchObject({ state: 'closed', status: 'done' });

    t.clock.set('2024-05-01T00:00:00Z');
    await tick();
    expect(typesOf(await history(t, org.manager, 'suggestion', id))).toEqual([
      'SuggestionRegistered',
      'HandlerAssigned',
      'SuggestionReferred',
      'ExtensionRequested',
      'ExtensionApproved',
      'ReplySent',
      'SatisfactionRecorded',
      'SuggestionClosed',
    ]);
  });

  it('the deadline timer fires once, on the day after the reply was due, and not before', async () => {
    t.clock.set('2024-06-01T09:00:00Z');
    const { id } = await start(t, org.manager, 'suggestion', register('2024-06-01'));
    // Due 2024-06-16: a reply that day is still on time, so nothing is overdue until it ends —
    // at midnight in the organisation's time zone (Asia/Shanghai, UTC+8), 16:00 UTC.
    t.clock.set('2024-06-16T15:59:59Z');
    await tick();
    expect(await overdueEvents(id)).toHaveLength(0);
    t.clock.set('2024-06-16T16:00:00Z');
    await tick();
    t.clock.advanceDays(5);
    await tick();
    await tick();
    const overdue = await overdueEvents(id);
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({ occurredOn: '2024-06-17', actor: { id: 'system', name: 'system', role: 'system' }, data: { dueOn: '2024-06-17' } });
    const instance = await getJson<{ state: string; data: { overdue: boolean } }>(t, org.manager, `/workflows/suggestion/instances/${id}`);
    expect(instance).toMatchObject({ state: 'registered', data: { overdue: true } });
  });

  it('a suggestion received 40 days ago is overdue on the next tick', async () => {
    t.clock.set('2024-08-10T09:00:00Z');
    const { id } = await start(t, org.manager, 'suggestion', register('2024-07-01', { anonymous: true, submitter: undefined }));
    expect(await deadlines(id)).toEqual(['ReplyOverdue@2024-07-17']);
    const result = await tick();
    expect(result.fired).toBe(1);
    expect(result.lagSeconds).toBeGreaterThan(20 * 86_400);
    expect(await overdueEvents(id)).toHaveLength(1);
    expect((await tick()).fired).toBe(0);
    const replied = await cmd(t, org.manager, 'suggestion', id, { type: 'Reply', method: 'posted_notice', content: 'Answered on the board' });
    expect(replied.events[0]?.data).toMatchObject({ onTime: false });
  });

  it('replying before the deadline cancels the timer: nothing fires later', async () => {
    t.clock.set('2024-09-01T09:00:00Z');
    const { id } = await start(t, org.manager, 'suggestion', register('2024-09-01'));
    await cmd(t, org.manager, 'suggestion', id, { type: 'Reply', method: 'in_person', content: 'Done' });
    expect(await deadlines(id)).toEqual([]);
    t.clock.set('2024-12-01T00:00:00Z');
    expect((await tick()).fired).toBe(0);
    expect(await overdueEvents(id)).toHaveLength(0);
  });

  it('an unsatisfied submitter reopens the suggestion with a new deadline', async () => {
    t.clock.set('2024-10-01T09:00:00Z');
    const { id } = await start(t, org.manager, 'suggestion', register('2024-10-01'));
    await cmd(t, org.manager, 'suggestion', id, { type: 'Reply', method: 'written', content: 'Letter sent' });
    await refused(t, org.manager, 'suggestion', id, { type: 'AssignHandler', principalId: org.handler.id }, 422, 'command_not_allowed');
    t.clock.set('2024-10-05T09:00:00Z');
    const reopened = await cmd(t, org.manager, 'suggestion', id, { type: 'RecordSatisfaction', satisfied: false, on: '2024-10-05' });
    expect(reopened.state).toBe('in_progress');
    expect(await deadlines(id)).toEqual(['ReplyOverdue@2024-10-21']);
  });

  it('one ReplyOverdue per deadline: assigning after it fired does not record it again; a moved deadline can fire anew', async () => {
    t.clock.set('2024-11-20T09:00:00Z');
    const { id } = await start(t, org.manager, 'suggestion', register('2024-11-01'));
    await tick();
    expect(await overdueEvents(id)).toHaveLength(1);
    await cmd(t, org.manager, 'suggestion', id, { type: 'AssignHandler', principalId: org.handler.id });
    // The deadline that already fired is not armed again in in_progress.
    expect(await deadlines(id)).toEqual([]);
    await tick();
    await tick();
    expect((await overdueEvents(id)).map((e) => e.data.dueOn)).toEqual(['2024-11-17']);
    expect(await deadlines(id)).toEqual([]);
    await cmd(t, org.handler, 'suggestion', id, { type: 'RequestExtension', days: 7, reason: 'Site visit' });
    await cmd(t, org.chair, 'suggestion', id, { type: 'ApproveExtension' });
    expect(await deadlines(id)).toEqual(['ReplyOverdue@2024-11-24']);
    t.clock.set('2024-11-24T00:00:00Z');
    await tick();
    expect((await overdueEvents(id)).map((e) => e.data.dueOn)).toEqual(['2024-11-17', '2024-11-24']);
  });
});
