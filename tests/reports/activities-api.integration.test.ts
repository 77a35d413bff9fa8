import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';

const member = (id: string, joinedOn: string) => ({
  id,
  name: `Member ${id}`,
  gender: 'female',
  birthDate: '1980-04-02',
  education: 'bachelor',
  title: 'intermediate',
  employment: 'working',
  branchId: 'b1',
  joinedOn,
});

describe('POST /activities: organisation activities through the log', () => {
  let t: TestApp;
  let office: TestPrincipal;
  const activity = (extra: Record<string, unknown> = {}) => ({
    date: '2023-05-20',
    kind: 'study',
    title: 'Study session',
    place: 'Town hall',
    participants: ['m1', 'm2'],
    ...extra,
  });
  const record = (payload: object, who: TestPrincipal = office, headers: Record<string, string> = {}) =>
    t.as(who, { method: 'POST', url: '/activities', payload, headers });
  const events = async () => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM events`.execute(t.app.docket.database.db)).rows[0]?.n);
  const report = async () => (await t.as(t.admin, { method: 'GET', url: '/reports/annual?year=2023' })).json().activities;

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    office = await t.principal(['office']);
    const imported = await t.as(t.admin, { method: 'POST', url: '/members/import', payload: [member('m1', '2010-01-01'), member('m2', '2015-01-01'), member('m3', '2023-09-01')] });
    expect(imported.statusCode).toBe(201);
  });
  afterAll(async () => {
    await t.close();
  });

  it('records an activity on its date, by the office, and the annual report counts it', async () => {
    const res = await record(activity(), office, { 'idempotency-key': 'act-1' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ workflow: 'activity', state: 'recorded', version: 1 });
    expect(res.headers.location).toBe(`/workflows/activity/instances/${body.id}`);
    expect(body.events[0]).toMatchObject({ type: 'ActivityRecorded', occurredOn: '2023-05-20', actor: { id: office.id, role: 'office' } });
    const again = await record(activity(), office, { 'idempotency-key': 'act-1' });
    expect(again.json()).toMatchObject({ id: body.id, replayed: true });
    const instance = await t.as(office, { method: 'GET', url: `/workflows/activity/instances/${body.id}` });
    expect(instance.json().data).toMatchObject({ title: 'Study session', participantCount: 2 });
    expect(await report()).toMatchObject({ count: 1, participations: 2, participants: 2 });
  });

  it('leaves a withdrawn record out of the report, and counts each member once per activity', async () => {
    const second = (await record(activity({ kind: 'social_service', date: '2023-10-02', participants: ['m1', 'm2', 'm3'] }))).json();
    expect(await report()).toMatchObject({ count: 2, participations: 5, participants: 3 });
    const withdrawn = await t.as(office, {
      method: 'POST',
      url: `/workflows/activity/instances/${second.id}/commands`,
      payload: { type: 'WithdrawActivity', reason: 'Recorded twice' },
    });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().state).toBe('withdrawn');
    expect(await report()).toMatchObject({ count: 1, participations: 2, byKind: [{ kind: 'study', count: 1, participations: 2 }] });
  });

  it('refuses participants who were not members on the day, other roles and bad bodies, recording nothing', async () => {
    const before = await events();
    const early = await record(activity({ participants: ['m1', 'm3'] }));
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ code: 'not_a_member', memberIds: ['m3'] });
    const unknown = await record(activity({ participants: ['nobody'] }));
    expect(unknown.json()).toMatchObject({ code: 'not_a_member', memberIds: ['nobody'] });
    const forbidden = await record(activity(), await t.principal(['chair', 'committee']));
    expect(forbidden.statusCode).toBe(403);
    for (const payload of [
      activity({ participants: [] }),
      activity({ participants: ['m1', 'm1'] }),
      activity({ kind: 'party' }),
      activity({ date: '2023-02-30' }),
      activity({ title: '' }),
      activity({ extra: 1 }),
    ]) {
      const res = await record(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect(await events()).toBe(before);
  });
});
