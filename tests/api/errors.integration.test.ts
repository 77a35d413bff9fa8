/**
 * Every error class of the API, through app.inject: 400 (schema, dates, enums, types, If-Match,
 * cursor, NUL, prototype keys), 401 (missing, malformed, unknown, revoked — at once), 403, 404, 409,
 * 413, 415, 422 (command_not_allowed with the allowed commands; rule codes). Every error is
 * application/problem+json {type, title, status, detail, code}; the actor always comes from the token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';
import { applicantBody, cmd, organisation, start, type Org } from '../support/engine-fixtures.ts';

function expectProblem(response: LightMyRequestResponse, status: number, code?: string): Record<string, unknown> {
  expect(response.statusCode, response.body.slice(0, 400)).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = response.json<Record<string, unknown>>();
  expect(body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String), code: expect.any(String) });
  expect(body.type).toBe(`/problems/${String(body.code)}`);
  if (code) expect(body.code).toBe(code);
  return body;
}

const suggestion = (extra: Record<string, unknown> = {}) => ({
  type: 'RegisterSuggestion',
  receivedOn: '2024-02-20',
  channel: 'box',
  category: 'roads',
  content: 'Potholes',
  anonymous: true,
  ...extra,
});

describe('API errors', () => {
  let t: TestApp;
  let org: Org;
  let id: string;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    org = await organisation(t);
    id = (await start(t, org.manager, 'suggestion', suggestion())).id;
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (who: TestPrincipal | null, url: string, payload: unknown, headers: Record<string, string> = {}) =>
    t.as(who, { method: 'POST', url, payload: payload as InjectOptions['payload'], headers });
  const raw = (who: TestPrincipal | null, url: string, text: string, contentType = 'application/json') =>
    t.as(who, { method: 'POST', url, payload: text, headers: { 'content-type': contentType } });
  const commands = () => `/workflows/suggestion/instances/${id}/commands`;

  describe('400', () => {
    it('an unknown field — including `actor`, which always comes from the token', async () => {
      expectProblem(await post(org.manager, '/workflows/suggestion/instances', suggestion({ priority: 'high' })), 400, 'invalid_command');
      const actor = expectProblem(
        await post(org.manager, '/workflows/suggestion/instances', suggestion({ actor: { id: 'someone-else', name: 'Boss', role: 'chair' } })),
        400,
        'invalid_command',
      );
      expect(JSON.stringify(actor.errors)).toContain('actor');
      expectProblem(await post(org.manager, commands(), { type: 'AssignHandler', principalId: org.handler.id, actor: 'x' }), 400, 'invalid_command');
    });

    it('an impossible calendar date (2023-02-30) in a body field, in `on`, and in ?asOf', async () => {
      expectProblem(await post(org.manager, '/workflows/suggestion/instances', suggestion({ receivedOn: '2023-02-30' })), 400, 'invalid_command');
      expectProblem(await post(org.manager, '/workflows/suggestion/instances', suggestion({ on: '2023-02-30' })), 400, 'invalid_command');
      expectProblem(await post(org.manager, '/workflows/suggestion/instances', suggestion({ receivedOn: '2024-2-1' })), 400, 'invalid_command');
      expectProblem(await t.as(org.manager, { method: 'GET', url: `/workflows/suggestion/instances/${id}?asOf=2023-02-30` }), 400, 'invalid_request');
    });

    it('a value outside an enum, a wrong type, a missing field, an unknown command, a non-object body', async () => {
      expectProblem(await post(org.manager, '/workflows/suggestion/instances', suggestion({ channel: 'pigeon' })), 400, 'invalid_command');
      expectProblem(await post(org.manager, '/workflows/suggestion/instances', suggestion({ anonymous: 'yes' })), 400, 'invalid_command');
      expectProblem(await post(org.office, '/workflows/recruitment/instances', applicantBody({ receivedOn: 20240101 })), 400, 'invalid_command');
      expectProblem(await post(org.manager, '/workflows/suggestion/instances', { type: 'RegisterSuggestion' }), 400, 'invalid_command');
      const unknown = expectProblem(await post(org.manager, commands(), { type: 'Frobnicate' }), 400, 'unknown_command');
      expect(unknown.commands).toContain('AssignHandler');
      expectProblem(await post(org.manager, commands(), { type: 42 }), 400, 'invalid_command');
      expectProblem(await post(org.manager, commands(), [{ type: 'Close' }]), 400);
      expectProblem(await raw(org.manager, commands(), '"Close"'), 400);
      expectProblem(await raw(org.manager, commands(), '{"type":'), 400, 'invalid_json');
      expectProblem(await raw(org.manager, commands(), ''), 400, 'empty_body');
    });

    it('a bad If-Match, a bad Idempotency-Key, a bad id, a bad cursor, a bad limit, an unknown query parameter', async () => {
      const body = { type: 'AssignHandler', principalId: org.handler.id };
      for (const ifMatch of ['abc', '"-1"', '1.5', '"3', '3"', 'W/3x', '"1", "2"', '9999999999']) {
        expectProblem(await post(org.manager, commands(), body, { 'if-match': ifMatch }), 400);
      }
      expectProblem(await post(org.manager, commands(), body, { 'idempotency-key': 'has space' }), 400, 'invalid_request');
      expectProblem(await post(org.manager, commands(), body, { 'idempotency-key': 'x'.repeat(201) }), 400, 'invalid_request');
      expectProblem(await t.as(org.manager, { method: 'GET', url: '/workflows/suggestion/instances/not%20an%20id' }), 400, 'invalid_request');
      expectProblem(await t.as(org.manager, { method: 'GET', url: '/workflows/suggestion/instances?cursor=not-a-cursor' }), 400, 'invalid_cursor');
      const forged = Buffer.from(JSON.stringify({ at: 'yesterday', key: 'k' })).toString('base64url');
      expectProblem(await t.as(org.manager, { method: 'GET', url: `/workflows/suggestion/instances?cursor=${forged}` }), 400, 'invalid_cursor');
      expectProblem(await t.as(org.manager, { method: 'GET', url: '/workflows/suggestion/instances?limit=0' }), 400, 'invalid_request');
      expectProblem(await t.as(org.manager, { method: 'GET', url: '/workflows/suggestion/instances?limit=abc' }), 400, 'invalid_request');
      expectProblem(await t.as(org.manager, { method: 'GET', url: '/workflows/suggestion/instances?sort=desc' }), 400, 'invalid_request');
      expectProblem(await t.as(org.manager, { method: 'GET', url: '/workflows/suggestion/diagram?format=png' }), 400, 'invalid_request');
      // Nothing was appended by any of these.
      const instance = await t.as(org.manager, { method: 'GET', url: `/workflows/suggestion/instances/${id}` });
      expect(instance.json().version).toBe(1);
    });

    it('NUL characters anywhere: body text, keys, headers, path, query', async () => {
      expectProblem(await post(org.manager, '/workflows/suggestion/instances', suggestion({ content: 'before\u0000after' })), 400, 'invalid_value');
      expectProblem(await raw(org.manager, '/workflows/suggestion/instances', '{"type":"RegisterSuggestion","a\\u0000b":1}'), 400, 'invalid_value');
      expectProblem(await post(t.admin, '/admin/principals', { name: 'nul\u0000name', roles: ['office'] }), 400, 'invalid_value');
      expectProblem(await t.as(org.manager, { method: 'GET', url: '/workflows/suggestion/instances/a%00b' }), 400);
      expectProblem(await t.as(org.manager, { method: 'GET', url: '/workflows/suggestion/instances?state=registered%00' }), 400);
    });

    it('prototype-pollution keys (__proto__, constructor.prototype) are refused, and nothing is polluted', async () => {
      expectProblem(await raw(org.manager, '/workflows/suggestion/instances', '{"type":"RegisterSuggestion","__proto__":{"polluted":true}}'), 400);
      expectProblem(await raw(org.manager, commands(), '{"type":"Close","constructor":{"prototype":{"polluted":true}}}'), 400);
      expectProblem(await raw(t.admin, '/admin/principals', '{"name":"x","roles":["office"],"__proto__":{"roles":["admin"]}}'), 400);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });

  describe('401', () => {
    it('no token, a malformed header, an unknown token', async () => {
      const none = expectProblem(await t.as(null, { method: 'GET', url: '/workflows' }), 401, 'unauthorized');
      expect(none.detail).toMatch(/Bearer/);
      for (const authorization of ['Basic YWRtaW46YWRtaW4=', 'Bearer', 'Bearer short', `Bearer ${org.office.token} extra`, 'dkt_token_without_scheme']) {
        const response = await t.as(null, { method: 'GET', url: '/me', headers: { authorization } });
        expectProblem(response, 401, 'unauthorized');
        expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
      }
      expectProblem(await t.as(null, { method: 'GET', url: '/me', headers: { authorization: `Bearer dkt_${'A'.repeat(43)}` } }), 401, 'unauthorized');
      expectProblem(await post(null, '/workflows/suggestion/instances', suggestion()), 401, 'unauthorized');
      // The scheme is case-insensitive; the token is not.
      expect((await t.as(null, { method: 'GET', url: '/me', headers: { authorization: `bearer ${org.office.token}` } })).statusCode).toBe(200);
      expectProblem(await t.as(null, { method: 'GET', url: '/me', headers: { authorization: `Bearer ${org.office.token.toUpperCase()}` } }), 401, 'unauthorized');
    });

    it('a revoked token stops working at once', async () => {
      const temp = await t.principal(['suggestion_manager'], { name: 'Temporary' });
      expect((await t.as(temp, { method: 'GET', url: '/me' })).statusCode).toBe(200);
      expect((await t.as(t.admin, { method: 'DELETE', url: `/admin/principals/${temp.id}` })).statusCode).toBe(200);
      expectProblem(await t.as(temp, { method: 'GET', url: '/me' }), 401, 'unauthorized');
      expectProblem(await post(temp, '/workflows/suggestion/instances', suggestion()), 401, 'unauthorized');
    });
  });

  describe('403', () => {
    it('a principal without the command’s role, naming the roles it needs', async () => {
      const problem = expectProblem(await post(org.handler, '/workflows/suggestion/instances', suggestion()), 403, 'forbidden_role');
      expect(problem.requiredRoles).toEqual(['suggestion_manager', 'office']);
      expectProblem(await post(org.office, '/admin/principals', { name: 'x', roles: ['office'] }), 403, 'forbidden_role');
      expectProblem(await t.as(org.office, { method: 'GET', url: '/admin/principals' }), 403, 'forbidden_role');
    });

    it('a handler who is not the assigned one may not read the suggestion, so a command on it is 404, as the read is', async () => {
      const { id: other } = await start(t, org.manager, 'suggestion', suggestion({ content: 'Scope' }));
      await cmd(t, org.manager, 'suggestion', other, { type: 'AssignHandler', principalId: org.handler.id });
      const before = (await t.as(org.manager, { method: 'GET', url: `/workflows/suggestion/instances/${other}` })).json().version;
      const stranger = await t.principal(['handler']);
      expectProblem(await post(stranger, `/workflows/suggestion/instances/${other}/commands`, { type: 'Reply', method: 'posted_notice', content: 'x' }), 404, 'not_found');
      expectProblem(await t.as(stranger, { method: 'GET', url: `/workflows/suggestion/instances/${other}` }), 404, 'not_found');
      expect((await t.as(org.manager, { method: 'GET', url: `/workflows/suggestion/instances/${other}` })).json().version).toBe(before);
      // The assigned handler may: the refusal was about who asked, not about the command.
      expect((await post(org.handler, `/workflows/suggestion/instances/${other}/commands`, { type: 'Reply', method: 'posted_notice', content: 'x' })).statusCode).toBe(200);
    });
  });

  describe('404', () => {
    it('an unknown workflow', async () => {
      expectProblem(await post(org.manager, '/workflows/nope/instances', suggestion()), 404, 'not_found');
      expectProblem(await t.as(org.manager, { method: 'GET', url: '/workflows/nope/instances/x' }), 404, 'not_found');
      expectProblem(await t.as(org.manager, { method: 'GET', url: '/workflows/nope/diagram' }), 404, 'not_found');
    });

    it('an unknown instance: read, history, command, diagram highlight; an instance of another workflow', async () => {
      expectProblem(await t.as(org.manager, { method: 'GET', url: '/workflows/suggestion/instances/missing' }), 404, 'not_found');
      expectProblem(await t.as(org.manager, { method: 'GET', url: '/workflows/suggestion/instances/missing/history' }), 404, 'not_found');
      expectProblem(await post(org.manager, '/workflows/suggestion/instances/missing/commands', { type: 'Close' }), 404, 'not_found');
      expectProblem(await t.as(org.manager, { method: 'GET', url: '/workflows/suggestion/diagram?instance=missing' }), 404, 'not_found');
      expectProblem(await t.as(org.manager, { method: 'GET', url: `/workflows/recruitment/instances/${id}` }), 404, 'not_found');
      expectProblem(await t.as(org.manager, { method: 'GET', url: `/workflows/recruitment/instances/${id}/history` }), 404, 'not_found');
    });

    it('asOf before the instance existed; an unknown route; an unknown principal', async () => {
      expectProblem(await t.as(org.manager, { method: 'GET', url: `/workflows/suggestion/instances/${id}?asOf=2020-01-01` }), 404, 'not_found');
      expectProblem(await t.as(org.manager, { method: 'GET', url: '/no/such/route' }), 404, 'not_found');
      expectProblem(await t.as(t.admin, { method: 'DELETE', url: '/admin/principals/nobody' }), 404, 'not_found');
    });
  });

  describe('409', () => {
    it('version_conflict on a stale If-Match; already_voted on a second vote', async () => {
      const stale = expectProblem(await post(org.manager, commands(), { type: 'AssignHandler', principalId: org.handler.id }, { 'if-match': '"7"' }), 409, 'version_conflict');
      expect(stale).toMatchObject({ expectedVersion: 7, actualVersion: 1 });
      const { id: app } = await start(t, org.office, 'recruitment', applicantBody());
      await cmd(t, org.office, 'recruitment', app, { type: 'PassQualification' });
      await cmd(t, org.office, 'recruitment', app, { type: 'RecordInvestigation', employerOpinion: 'e', summary: 's', outcome: 'positive' });
      await cmd(t, org.office, 'recruitment', app, { type: 'CompleteCultivation' });
      for (const s of org.sponsors) await cmd(t, s.principal, 'recruitment', app, { type: 'EndorseAsSponsor', opinion: 'o' });
      await cmd(t, org.branchChair, 'recruitment', app, { type: 'RecordBranchVote', eligible: 3, present: 3, approve: 3, reject: 0, abstain: 0 });
      await cmd(t, org.chair, 'recruitment', app, { type: 'CastVote', decision: 'approve' });
      expectProblem(await post(org.chair, `/workflows/recruitment/instances/${app}/commands`, { type: 'CastVote', decision: 'reject' }), 409, 'already_voted');
      // One vote of a committee of three is no quorum: 422, and the ballot stays open.
      const quorum = expectProblem(await post(org.chair, `/workflows/recruitment/instances/${app}/commands`, { type: 'CloseVote' }), 422, 'quorum_not_met');
      expect(quorum).toMatchObject({ tally: { cast: 1, committeeSize: 3 }, needed: 2 });
    });
  });

  describe('413 and 415', () => {
    it('a body over 1 MiB is 413', async () => {
      expectProblem(await post(org.manager, '/workflows/suggestion/instances', suggestion({ content: 'x'.repeat(1_048_577) })), 413, 'body_too_large');
      expectProblem(await post(t.admin, '/admin/principals', { name: 'x'.repeat(1_100_000), roles: ['office'] }), 413, 'body_too_large');
    });

    it('a text/plain (or CSV, or form) body to a JSON route is 415', async () => {
      expectProblem(await raw(org.manager, '/workflows/suggestion/instances', JSON.stringify(suggestion()), 'text/plain'), 415, 'unsupported_media_type');
      expectProblem(await raw(org.manager, commands(), 'type,content\nClose,x', 'text/csv'), 415, 'unsupported_media_type');
      expectProblem(await raw(t.admin, '/admin/principals', 'name=x&roles=office', 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type');
      expectProblem(await raw(t.admin, '/admin/principals', '{"name":"x","roles":["office"]}', 'text/plain; charset=utf-8'), 415, 'unsupported_media_type');
    });
  });

  describe('422', () => {
    it('command_not_allowed names the state and the commands that are allowed there', async () => {
      const problem = expectProblem(await post(org.manager, commands(), { type: 'Close' }), 422, 'command_not_allowed');
      expect(problem).toMatchObject({ state: 'registered', allowedCommands: ['AssignHandler', 'Reply'] });
      const start422 = expectProblem(await post(org.manager, '/workflows/suggestion/instances', { type: 'Close' }), 422, 'command_not_allowed');
      expect(start422).toMatchObject({ state: '(start)', allowedCommands: ['RegisterSuggestion'] });
      const again = expectProblem(await post(org.manager, commands(), suggestion()), 422, 'command_not_allowed');
      expect(again.allowedCommands).toEqual(['AssignHandler', 'Reply']);
    });

    it('rule codes of the workflows (docs/workflows.md)', async () => {
      expectProblem(await post(org.manager, '/workflows/suggestion/instances', suggestion({ anonymous: false })), 422, 'submitter_required');
      const { id: anon } = await start(t, org.manager, 'suggestion', suggestion({ content: 'Anonymous' }));
      expectProblem(await post(org.manager, `/workflows/suggestion/instances/${anon}/commands`, { type: 'Reply', method: 'phone', content: 'x' }), 422, 'anonymous_needs_posted_notice');
      const cpc = applicantBody({ applicant: { ...(applicantBody().applicant as object), cpcMember: true } });
      expectProblem(await post(org.office, '/workflows/recruitment/instances', cpc), 422, 'cpc_member_not_eligible');
    });
  });

  it('the actor is the token’s principal, in the role it acted in', async () => {
    const both = await t.principal(['office', 'suggestion_manager'], { name: 'Two Hats' });
    const created = await start(t, both, 'suggestion', suggestion({ content: 'Actor' }));
    expect(created.events[0]?.actor).toEqual({ id: both.id, name: 'Two Hats', role: 'suggestion_manager' });
    const history = await t.as(org.manager, { method: 'GET', url: `/workflows/suggestion/instances/${created.id}/history` });
    expect(history.json().events[0].actor).toEqual({ id: both.id, name: 'Two Hats', role: 'suggestion_manager' });
  });
});
