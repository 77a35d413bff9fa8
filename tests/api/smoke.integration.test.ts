import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';

describe('API smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers health without a token and refuses the API without one', async () => {
    const health = await t.as(null, { method: 'GET', url: '/health' });
    expect(health.json()).toEqual({ status: 'ok', database: 'postgres' });
    const me = await t.as(null, { method: 'GET', url: '/me' });
    expect(me.statusCode).toBe(401);
    expect(me.headers['content-type']).toContain('application/problem+json');
    expect(me.json()).toMatchObject({ status: 401, code: 'unauthorized' });
  });

  it('registers a suggestion, assigns a handler who replies, and fires the overdue timer', async () => {
    const manager = await t.principal(['suggestion_manager']);
    const handler = await t.principal(['handler']);
    const chair = await t.principal(['chair', 'committee']);
    const start = await t.as(manager, {
      method: 'POST',
      url: '/workflows/suggestion/instances',
      payload: { type: 'RegisterSuggestion', receivedOn: '2024-02-01', channel: 'box', category: 'roads', content: 'Fix the lights', anonymous: true },
    });
    expect(start.statusCode).toBe(201);
    const { id } = start.json();
    expect(start.json()).toMatchObject({ state: 'registered', version: 1 });
    expect(start.json().events[0].actor).toEqual({ id: manager.id, name: manager.name, role: 'suggestion_manager' });

    const fired = await t.app.docket.scheduler.tick();
    expect(fired.fired).toBe(1);
    const history = await t.as(chair, { method: 'GET', url: `/workflows/suggestion/instances/${id}/history` });
    expect(history.json().events.map((e: { type: string }) => e.type)).toEqual(['SuggestionRegistered', 'ReplyOverdue']);
    expect(history.json().events[1].actor).toEqual({ id: 'system', name: 'system', role: 'system' });

    const assign = await t.as(manager, {
      method: 'POST',
      url: `/workflows/suggestion/instances/${id}/commands`,
      headers: { 'if-match': '"2"' },
      payload: { type: 'AssignHandler', principalId: handler.id },
    });
    expect(assign.statusCode).toBe(200);
    const stale = await t.as(handler, {
      method: 'POST',
      url: `/workflows/suggestion/instances/${id}/commands`,
      headers: { 'if-match': '2' },
      payload: { type: 'Reply', method: 'posted_notice', content: 'Fixed' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    const reply = await t.as(handler, {
      method: 'POST',
      url: `/workflows/suggestion/instances/${id}/commands`,
      payload: { type: 'Reply', method: 'posted_notice', content: 'Fixed' },
    });
    expect(reply.statusCode).toBe(200);
    expect(reply.json()).toMatchObject({ state: 'replied', version: 4 });
    const instance = await t.as(manager, { method: 'GET', url: `/workflows/suggestion/instances/${id}` });
    expect(instance.json()).toMatchObject({ state: 'replied', allowedCommands: ['RecordSatisfaction', 'Close'] });
  });
});
