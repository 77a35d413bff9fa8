/**
 * The same request sent several times at once (a client retrying, two copies of a script) never
 * gets a 5xx and never records twice: the same Idempotency-Key answers every copy with one result,
 * a first settings change or a member import that loses the race is a clear 409, and the log
 * verifies afterwards. (A duplicate-key 500 on events came from two processes on one PGlite data
 * folder, which the data folder lock now prevents; this covers the paths left inside one server.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';

const COPIES = 6;

const SUGGESTION = { type: 'RegisterSuggestion', on: '2024-02-20', receivedOn: '2024-02-20', channel: 'visit', category: 'traffic', content: 'More buses', anonymous: true };

describe.each(['postgres', 'pglite'] as const)('duplicate requests at once (%s)', (backend) => {
  let t: TestApp;
  let manager: TestPrincipal;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z', backend });
    manager = await t.principal(['suggestion_manager']);
  });
  afterAll(async () => {
    await t.close();
  });

  const copies = <T>(send: () => Promise<T>) => Promise.all(Array.from({ length: COPIES }, send));
  const statuses = (responses: { statusCode: number }[]) => responses.map((r) => r.statusCode);

  it('a start and a command under one Idempotency-Key: one instance, one event each, every copy gets the same answer', async () => {
    const starts = await copies(() =>
      t.as(manager, { method: 'POST', url: '/workflows/suggestion/instances', headers: { 'idempotency-key': 'start-1' }, payload: SUGGESTION }),
    );
    expect(statuses(starts), starts.map((r) => r.body).join("\n")).toEqual(Array(COPIES).fill(201));
    const ids = new Set(starts.map((r) => r.json<{ id: string }>().id));
    expect(ids.size).toBe(1);
    const [id] = [...ids];

    const assigns = await copies(() =>
      t.as(manager, {
        method: 'POST',
        url: `/workflows/suggestion/instances/${id}/commands`,
        headers: { 'idempotency-key': 'assign-1' },
        payload: { type: 'AssignHandler', on: '2024-02-21', principalId: manager.id },
      }),
    );
    expect(statuses(assigns)).toEqual(Array(COPIES).fill(200));
    expect(new Set(assigns.map((r) => r.json<{ version: number }>().version))).toEqual(new Set([2]));
    const history = await t.as(t.admin, { method: 'GET', url: `/workflows/suggestion/instances/${id}/history` });
    expect(history.json<{ events: { type: string }[] }>().events.map((e) => e.type)).toEqual(['SuggestionRegistered', 'HandlerAssigned']);

    const collections = await copies(() =>
      t.as(manager, { method: 'POST', url: '/collections', headers: { 'idempotency-key': 'box-1' }, payload: { box: 'b', collectedOn: '2024-02-01', count: 2 } }),
    );
    expect(statuses(collections)).toEqual(Array(COPIES).fill(201));
    expect(new Set(collections.map((r) => r.json<{ id: string }>().id)).size).toBe(1);
  });

  it('the first settings change and a member import sent several times at once: one is recorded, the others are 409', async () => {
    const settings = await copies(() =>
      t.as(t.admin, { method: 'PUT', url: '/admin/settings', headers: { 'if-match': '"0"' }, payload: { committeeSize: 9, branches: [{ id: 'econ', name: 'Economy' }] } }),
    );
    expect(statuses(settings).filter((s) => s === 200)).toHaveLength(1);
    expect(statuses(settings).filter((s) => s !== 200).every((s) => s === 409)).toBe(true);

    const unconditional = await copies(() => t.as(t.admin, { method: 'PUT', url: '/admin/settings', payload: { recruitmentQuota: 4 } }));
    expect(statuses(unconditional).every((s) => s === 200 || s === 409)).toBe(true);

    const csv = 'id,name,gender,birthDate,education,title,employment,branchId,joinedOn\nm-1,Li Lei,male,1980-01-01,bachelor,senior,working,econ,2010-05-01\n';
    const imports = await copies(() => t.as(t.admin, { method: 'POST', url: '/members/import', headers: { 'content-type': 'text/csv' }, payload: csv }));
    expect(statuses(imports).filter((s) => s < 300)).toHaveLength(1);
    for (const refused of imports.filter((r) => r.statusCode >= 300)) {
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'member_exists' });
    }
  });

  it('new tokens issued for one principal at once: every request answered, exactly the last one works', async () => {
    const target = await t.principal(['handler']);
    const issued = await copies(() => t.as(t.admin, { method: 'POST', url: `/admin/principals/${target.id}/token` }));
    expect(statuses(issued)).toEqual(Array(COPIES).fill(200));
    const working = [];
    for (const r of issued) {
      const me = await t.as(null, { method: 'GET', url: '/me', headers: { authorization: `Bearer ${r.json<{ token: string }>().token}` } });
      if (me.statusCode === 200) working.push(r);
    }
    expect(working).toHaveLength(1);
  });

  it('the log verifies', async () => {
    const verify = await t.as(t.admin, { method: 'GET', url: '/audit/verify' });
    expect(verify.json()).toMatchObject({ ok: true, firstBroken: null });
  });
});
