import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';


describe('health, readiness and read-your-writes without a replica', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers /health/live and /health/ready without a token; /health keeps its shape', async () => {
    const live = await t.as(null, { method: 'GET', url: '/health/live' });
    expect([live.statusCode, live.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await t.as(null, { method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'applied' } });
    const health = await t.as(null, { method: 'GET', url: '/health' });
    expect(health.json()).toEqual({ status: 'ok', database: 'postgres' });
  });

  it('without a replica answers a command without Docket-Position, and serves a read sent with a position from the primary', async () => {
    const manager = await t.principal(['suggestion_manager']);
    const body = { type: 'RegisterSuggestion', receivedOn: '2024-02-20', channel: 'box', category: 'roads', content: 'a bench', anonymous: true };
    const created = await t.as(manager, { method: 'POST', url: '/workflows/suggestion/instances', payload: body });
    expect(created.statusCode).toBe(201);
    // Every read goes to the primary and sees every commit: no answer waits for the WAL position.
    expect(created.headers['docket-position']).toBeUndefined();
    const read = await t.as(manager, { method: 'GET', url: `/workflows/suggestion/instances/${created.json().id}`, headers: { 'docket-min-position': '0/1' } });
    expect([read.statusCode, read.json().state]).toEqual([200, 'registered']);
    expect(read.headers['docket-position']).toBeUndefined();
  });

  it('refuses a Docket-Min-Position that is not a WAL position with a clear 400', async () => {
    const manager = await t.principal(['suggestion_manager']);
    const res = await t.as(manager, { method: 'GET', url: '/workflows/suggestion/instances', headers: { 'docket-min-position': 'yesterday' } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
