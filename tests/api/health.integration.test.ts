import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';

const POSITION = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/;

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

  it('answers a command with Docket-Position and serves a read sent with it, from the primary', async () => {
    const manager = await t.principal(['suggestion_manager']);
    const body = { type: 'RegisterSuggestion', receivedOn: '2024-02-20', channel: 'box', category: 'roads', content: 'a bench', anonymous: true };
    const created = await t.as(manager, { method: 'POST', url: '/workflows/suggestion/instances', payload: body });
    expect(created.statusCode).toBe(201);
    const position = String(created.headers['docket-position']);
    expect(position).toMatch(POSITION);
    const read = await t.as(manager, { method: 'GET', url: `/workflows/suggestion/instances/${created.json().id}`, headers: { 'docket-min-position': position } });
    expect([read.statusCode, read.json().state]).toEqual([200, 'registered']);
    // A later command is further along the log.
    const again = await t.as(manager, { method: 'POST', url: '/workflows/suggestion/instances', payload: { ...body, content: 'a lamp' } });
    const [a, b] = [position, String(again.headers['docket-position'])].map((p) => p.split('/').map((h) => parseInt(h, 16)));
    expect(b![0]! > a![0]! || (b![0] === a![0] && b![1]! > a![1]!)).toBe(true);
    // A refused command and a read carry none.
    const refused = await t.as(manager, { method: 'POST', url: '/workflows/suggestion/instances', payload: { ...body, channel: 'fax' } });
    expect([refused.statusCode, refused.headers['docket-position']]).toEqual([400, undefined]);
    expect(read.headers['docket-position']).toBeUndefined();
  });

  it('refuses a Docket-Min-Position that is not a WAL position with a clear 400', async () => {
    const manager = await t.principal(['suggestion_manager']);
    const res = await t.as(manager, { method: 'GET', url: '/workflows/suggestion/instances', headers: { 'docket-min-position': 'yesterday' } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
