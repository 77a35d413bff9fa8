import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';

describe('organisation settings: GET/PUT /admin/settings', () => {
  let t: TestApp;
  let office: TestPrincipal;

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    office = await t.principal(['office', 'chair']);
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows the defaults at version 0 before any change, to admins only', async () => {
    const res = await t.as(t.admin, { method: 'GET', url: '/admin/settings' });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"0"');
    expect(res.json()).toMatchObject({ committeeSize: 9, recruitmentQuota: 3, branches: [], version: 0 });
    expect(res.json().policy).toMatchObject({ replyDays: 15, secondmentMaxAge: 45, minCollectionsPerMonth: 2 });
    const forbidden = await t.as(office, { method: 'GET', url: '/admin/settings' });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().code).toBe('forbidden_role');
    expect((await t.as(office, { method: 'PUT', url: '/admin/settings', payload: { committeeSize: 5 } })).statusCode).toBe(403);
    expect((await t.as(null, { method: 'GET', url: '/admin/settings' })).statusCode).toBe(401);
  });

  it('records each change as SettingsChanged on the organization stream and merges policy fields', async () => {
    const first = await t.as(t.admin, {
      method: 'PUT',
      url: '/admin/settings',
      headers: { 'if-match': '"0"' },
      payload: { committeeSize: 7, branches: [{ id: 'b1', name: 'Economy' }], on: '2024-01-15', comment: 'new term' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"1"');
    expect(first.json()).toMatchObject({ committeeSize: 7, recruitmentQuota: 3, branches: [{ id: 'b1', name: 'Economy' }], version: 1 });

    const second = await t.as(t.admin, { method: 'PUT', url: '/admin/settings', payload: { policy: { replyDays: 10 }, recruitmentQuota: 4 } });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ committeeSize: 7, recruitmentQuota: 4, version: 2 });
    expect(second.json().policy).toMatchObject({ replyDays: 10, secondmentMaxAge: 45 });

    const read = await t.as(t.admin, { method: 'GET', url: '/admin/settings' });
    expect(read.json()).toEqual(second.json());

    const history = await t.as(t.admin, { method: 'GET', url: '/workflows/settings/instances/organization/history' });
    const events = history.json().events;
    expect(events.map((e: { type: string }) => e.type)).toEqual(['SettingsChanged', 'SettingsChanged']);
    expect(events[0]).toMatchObject({ occurredOn: '2024-01-15', comment: 'new term', actor: { id: t.admin.id, role: 'admin' } });
    expect(events[1].occurredOn).toBe('2024-03-01');
  });

  it('the settings in force drive the rules: a suggestion deadline uses the new replyDays', async () => {
    const manager = await t.principal(['suggestion_manager']);
    const res = await t.as(manager, {
      method: 'POST',
      url: '/workflows/suggestion/instances',
      payload: { type: 'RegisterSuggestion', receivedOn: '2024-02-20', channel: 'phone', category: 'roads', content: 'Potholes', anonymous: true },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().events[0].data.dueOn).toBe('2024-03-01');
  });

  it('honours If-Match and refuses empty or invalid changes', async () => {
    const stale = await t.as(t.admin, { method: 'PUT', url: '/admin/settings', headers: { 'if-match': '"1"' }, payload: { committeeSize: 11 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', expectedVersion: 1, actualVersion: 2 });
    const fresh = await t.as(t.admin, { method: 'PUT', url: '/admin/settings', headers: { 'if-match': '2' }, payload: { committeeSize: 11 } });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json()).toMatchObject({ committeeSize: 11, version: 3 });

    const empty = await t.as(t.admin, { method: 'PUT', url: '/admin/settings', payload: {} });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().code).toBe('empty_update');
    const duplicate = await t.as(t.admin, {
      method: 'PUT',
      url: '/admin/settings',
      payload: { branches: [{ id: 'b1', name: 'A' }, { id: 'b1', name: 'B' }] },
    });
    expect(duplicate.json()).toMatchObject({ status: 422, code: 'duplicate_branch' });
    expect((await t.as(t.admin, { method: 'PUT', url: '/admin/settings', payload: { committeeSize: 0 } })).statusCode).toBe(400);
    expect((await t.as(t.admin, { method: 'PUT', url: '/admin/settings', payload: { colour: 'red' } })).statusCode).toBe(400);
    expect((await t.as(t.admin, { method: 'PUT', url: '/admin/settings', headers: { 'if-match': 'abc' }, payload: { committeeSize: 3 } })).statusCode).toBe(400);
    expect((await t.as(t.admin, { method: 'GET', url: '/admin/settings' })).json().version).toBe(3);
  });

  it('two concurrent first-time changes on a fresh database both land, one after the other', async () => {
    const other = await testApp({ now: '2024-03-01T09:00:00Z' });
    try {
      const [a, b] = await Promise.all([
        other.as(other.admin, { method: 'PUT', url: '/admin/settings', payload: { committeeSize: 5 } }),
        other.as(other.admin, { method: 'PUT', url: '/admin/settings', payload: { recruitmentQuota: 2 } }),
      ]);
      expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
      expect([a.json().version, b.json().version].sort()).toEqual([1, 2]);
      expect((await other.as(other.admin, { method: 'GET', url: '/admin/settings' })).json()).toMatchObject({
        committeeSize: 5,
        recruitmentQuota: 2,
        version: 2,
      });
    } finally {
      await other.close();
    }
  });

  it('picks the vocabulary, time zone and categories; GET /settings/vocabulary shows them to every principal', async () => {
    const member = await t.principal(['member']);
    const before = await t.as(member, { method: 'GET', url: '/settings/vocabulary' });
    expect(before.statusCode).toBe(200);
    // 09:00 UTC is 17:00 in Shanghai, the default time zone.
    expect(before.json()).toMatchObject({ name: 'generic', timeZone: 'Asia/Shanghai', today: '2024-03-01', categories: [] });
    expect(before.json().terms['zh-CN']).toMatchObject({ member: '会员', branch: '支部' });
    const changed = await t.as(t.admin, {
      method: 'PUT',
      url: '/admin/settings',
      payload: { vocabulary: 'jiusan', timeZone: 'Pacific/Kiritimati', categories: ['城市建设', '教育'] },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ vocabulary: 'jiusan', timeZone: 'Pacific/Kiritimati', categories: ['城市建设', '教育'] });
    t.clock.set('2024-03-01T10:30:00Z');
    const after = (await t.as(member, { method: 'GET', url: '/settings/vocabulary' })).json();
    t.clock.set('2024-03-01T09:00:00Z');
    // 10:30 UTC is 00:30 the next day in Kiritimati (UTC+14).
    expect(after).toMatchObject({ name: 'jiusan', timeZone: 'Pacific/Kiritimati', today: '2024-03-02', categories: ['城市建设', '教育'] });
    expect(after.terms['zh-CN']).toMatchObject({ member: '社员', branch: '支社', branchChair: '支社主委', join: '入社', committee: '基层委', cityCommittee: '社市委' });
    expect(after.caseCodes.suggestion).toBe('意见');
    const bad = await t.as(t.admin, { method: 'PUT', url: '/admin/settings', payload: { timeZone: 'Mars/Olympus' } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe('unknown_time_zone');
    expect((await t.as(t.admin, { method: 'PUT', url: '/admin/settings', payload: { categories: ['a', 'a'] } })).json().code).toBe('duplicate_category');
    expect((await t.as(null, { method: 'GET', url: '/settings/vocabulary' })).statusCode).toBe(401);
  });
});
