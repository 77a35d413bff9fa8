/**
 * The generated TypeScript client (clients/typescript): its types are what `npm run openapi`
 * generates from the served document, and it drives a suggestion from registration to closure
 * against a real server (buildApp listening on a free port), typed end to end.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { CLIENT_SCHEMA_FILE, clientSchema } from '../../scripts/openapi-client.ts';
import { createDocketClient, type Schemas } from '../../clients/typescript/src/index.ts';

describe('generated TypeScript client', () => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = address;
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  it('is in sync with the document (run `npm run openapi` after changing routes)', async () => {
    expect(readFileSync(CLIENT_SCHEMA_FILE, 'utf8')).toBe(await clientSchema(t.app.swagger()));
  });

  it('drives a suggestion from registration to closure', async () => {
    const manager = createDocketClient(baseUrl, (await t.principal(['suggestion_manager'])).token);
    const handlerPrincipal = await t.principal(['handler']);
    const handler = createDocketClient(baseUrl, handlerPrincipal.token);

    const registered = await manager.POST('/workflows/suggestion/instances', {
      body: { type: 'RegisterSuggestion', receivedOn: '2024-02-28', channel: 'online', category: 'Roads', content: 'Fix the crossing', anonymous: true },
      params: { header: { 'idempotency-key': 'client-test-1' } },
    });
    expect(registered.response.status).toBe(201);
    const id = registered.data!.id;
    const path = { params: { path: { id } } } as const;

    const read = await manager.GET('/workflows/suggestion/instances/{id}', path);
    const instance: Schemas['SuggestionInstance'] = read.data!;
    expect(read.response.headers.get('etag')).toBe('"1"');
    expect(instance.allowedCommands).toEqual(['AssignHandler', 'Reply']);
    // The instance data is typed from the workflow's own schema: its fields are read without a cast.
    const data: Schemas['SuggestionInstanceData'] = instance.data;
    const dueOn: string = data.dueOn;
    expect({ state: instance.state, channel: data.channel, anonymous: data.anonymous, dueOn, replyCount: data.replyCount }).toEqual({
      state: 'registered',
      channel: 'online',
      anonymous: true,
      dueOn: '2024-03-14',
      replyCount: 0,
    });

    const step = async (client: typeof manager, body: Schemas['SuggestionCommand']) => {
      const answer = await client.POST('/workflows/suggestion/instances/{id}/commands', { ...path, body });
      expect(answer.response.status, JSON.stringify(answer.error)).toBe(200);
      // The new version comes back as the ETag, ready for the next If-Match.
      expect(answer.response.headers.get('etag')).toBe(`"${answer.data!.version}"`);
      return answer.data!;
    };
    await step(manager, { type: 'AssignHandler', principalId: handlerPrincipal.id });
    const replied = await step(handler, { type: 'Reply', method: 'posted_notice', content: 'Fixed on Monday' });
    expect(replied.state).toBe('replied');
    await step(manager, { type: 'RecordSatisfaction', satisfied: true });
    const closed = await step(manager, { type: 'Close' });
    expect({ state: closed.state, status: closed.status }).toEqual({ state: 'closed', status: 'done' });

    const history = await manager.GET('/workflows/suggestion/instances/{id}/history', path);
    const events: Schemas['SuggestionEvent'][] = history.data!.events;
    expect(events.map((e) => e.type)).toEqual(['SuggestionRegistered', 'HandlerAssigned', 'ReplySent', 'SatisfactionRecorded', 'SuggestionClosed']);
    // The event union is discriminated by type: narrowing on it types the data.
    const sent = events.find((e): e is Extract<Schemas['SuggestionEvent'], { type: 'ReplySent' }> => e.type === 'ReplySent');
    expect(sent?.data).toEqual({ method: 'posted_notice', content: 'Fixed on Monday', onTime: true, dueOn: '2024-03-14' });
    const method: 'in_person' | 'phone' | 'written' | 'posted_notice' | undefined = sent?.data.method;
    expect(method).toBe('posted_notice');

    // A refusal is a typed problem.
    const refused = await handler.POST('/workflows/suggestion/instances/{id}/commands', { ...path, body: { type: 'Close' } });
    expect(refused.response.status).toBe(403);
    const code: Schemas['ProblemCode'] | undefined = refused.error?.code;
    expect(code).toBe('forbidden_role');
  });
});
