/**
 * A recorded event the machine does not accept means code and log diverged: loading fails loudly
 * with ReplayDivergence, and HTTP answers 500 internal_error without internals (logged with the
 * request id), for reads and for commands, also after the engine cached the instance.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { appendSuggestionClosed } from '../support/log.ts';
import { ReplayDivergence } from '../../src/engine/decider.ts';
import { cmd, organisation, start, type Org } from '../support/engine-fixtures.ts';

describe('replay divergence', () => {
  let t: TestApp;
  let org: Org;
  let id: string;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    org = await organisation(t);
    id = (
      await start(t, org.manager, 'suggestion', {
        type: 'RegisterSuggestion',
        receivedOn: '2024-03-01',
        channel: 'phone',
        category: 'housing',
        content: 'Leaking roof',
        anonymous: true,
      })
    ).id;
    // The engine has now cached the folded instance; a command warms it further.
    await cmd(t, org.manager, 'suggestion', id, { type: 'AssignHandler', principalId: org.handler.id });
    // Append an event the machine does not accept in `in_progress` (a close before any reply).
    await appendSuggestionClosed(t, id, 2, '2024-03-01');
  });
  afterAll(async () => {
    await t.close();
  });

  it('engine.load fails with ReplayDivergence naming the event and state', async () => {
    const load = t.app.docket.engine.load(t.handle.db, 'suggestion', id);
    await expect(load).rejects.toBeInstanceOf(ReplayDivergence);
    await expect(t.app.docket.engine.load(t.handle.db, 'suggestion', id)).rejects.toThrow(/event #3 \(SuggestionClosed\) in state in_progress/);
  });

  it('GET the instance is 500 internal_error, saying nothing internal', async () => {
    const response = await t.as(org.manager, { method: 'GET', url: `/workflows/suggestion/instances/${id}`, headers: { 'x-request-id': 'req-500-a' } });
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const body = response.json();
    expect(body).toEqual({
      type: '/problems/internal_error',
      title: 'Internal Server Error',
      status: 500,
      code: 'internal_error',
      detail: 'an internal error occurred (request req-500-a)',
      requestId: 'req-500-a',
    });
    expect(response.body).not.toMatch(/Divergence|diverged|SuggestionClosed|in_progress|stack|\.ts/);
  });

  it('a command to the instance is 500 too, and appends nothing (the cached state is not trusted over the log)', async () => {
    const response = await t.as(org.handler, {
      method: 'POST',
      url: `/workflows/suggestion/instances/${id}/commands`,
      payload: { type: 'Reply', method: 'posted_notice', content: 'Fixed' },
    });
    expect(response.statusCode).toBe(500);
    expect(response.json().code).toBe('internal_error');
    const count = await t.handle.db.selectFrom('events').select('stream_version').where('stream_id', '=', `suggestion/${id}`).execute();
    expect(count).toHaveLength(3);
  });

  it('the diagram highlight of that instance fails the same way', async () => {
    const response = await t.as(org.manager, { method: 'GET', url: `/workflows/suggestion/diagram?instance=${id}` });
    expect(response.statusCode).toBe(500);
  });
});
