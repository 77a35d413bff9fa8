import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';

describe('POST /collections', () => {
  let t: TestApp;
  let manager: TestPrincipal;

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    manager = await t.principal(['suggestion_manager']);
  });
  afterAll(async () => {
    await t.close();
  });

  it('starts a collection instance recorded on the collection date, by the suggestion manager', async () => {
    const res = await t.as(manager, { method: 'POST', url: '/collections', payload: { box: 'Town hall', collectedOn: '2024-02-05', count: 3 } });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ workflow: 'collection', state: 'recorded', status: 'done', version: 1 });
    expect(res.headers.location).toBe(`/workflows/collection/instances/${body.id}`);
    expect(body.events[0]).toMatchObject({
      type: 'CollectionRecorded',
      data: { box: 'Town hall', collectedOn: '2024-02-05', count: 3 },
      occurredOn: '2024-02-05',
      actor: { id: manager.id, role: 'suggestion_manager' },
    });
    const instance = await t.as(manager, { method: 'GET', url: `/workflows/collection/instances/${body.id}` });
    expect(instance.json()).toMatchObject({ state: 'recorded', data: { box: 'Town hall', count: 3 } });
    const rows = await t.app.docket.database.db.selectFrom('view_collections').selectAll().execute();
    expect(rows).toEqual([{ box: 'Town hall', month: '2024-02', collections: 1, suggestions: 3 }]);
  });

  it('takes an explicit business date and an Idempotency-Key', async () => {
    const send = () =>
      t.as(manager, {
        method: 'POST',
        url: '/collections',
        headers: { 'idempotency-key': 'col-2024-02-20' },
        payload: { box: 'Town hall', collectedOn: '2024-02-20', count: 0, on: '2024-02-21', comment: 'empty box' },
      });
    const first = await send();
    expect(first.statusCode).toBe(201);
    expect(first.json().events[0]).toMatchObject({ occurredOn: '2024-02-21', comment: 'empty box' });
    const again = await send();
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ id: first.json().id, replayed: true });
    const rows = await t.app.docket.database.db.selectFrom('view_collections').selectAll().where('month', '=', '2024-02').execute();
    expect(rows[0]?.collections).toBe(2);
  });

  it('refuses other roles and invalid bodies', async () => {
    const office = await t.principal(['office']);
    const forbidden = await t.as(office, { method: 'POST', url: '/collections', payload: { box: 'A', collectedOn: '2024-02-05', count: 1 } });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().code).toBe('forbidden_role');
    for (const payload of [
      { box: 'A', collectedOn: '2024-02-30', count: 1 },
      { box: 'A', collectedOn: '2024-02-05', count: -1 },
      { box: '', collectedOn: '2024-02-05', count: 1 },
      { box: 'A', collectedOn: '2024-02-05' },
      { box: 'A', collectedOn: '2024-02-05', count: 1, extra: true },
    ]) {
      const res = await t.as(manager, { method: 'POST', url: '/collections', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
  });
});
