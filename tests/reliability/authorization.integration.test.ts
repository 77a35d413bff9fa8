/**
 * Principal isolation through HTTP (the command × role matrix is tested elsewhere): a member sponsors
 * only as themself, a branch chair acts only for their own branch, a handler replies only to what was
 * assigned to them, a revoked token stops working at once, and no one becomes an admin without one.
 * Every refused request appends nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { InjectOptions } from 'fastify';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';
import { ROLES } from '../../workflows/contract.ts';

describe('authorization isolation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
  });
  afterAll(async () => {
    await t.close();
  });

  const countEvents = async () => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM events`.execute(t.handle.db)).rows[0]?.n);

  /** Sends a request that must be refused with `status` (and `code`), and checks nothing was appended. */
  async function refused(who: TestPrincipal | null, options: InjectOptions, status: number, code?: string) {
    const before = await countEvents();
    const response = await t.as(who, options);
    expect(response.statusCode, response.body).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    if (code) expect(response.json().code).toBe(code);
    expect(await countEvents()).toBe(before);
    return response;
  }

  async function ok(who: TestPrincipal, options: InjectOptions, status = 200) {
    const response = await t.as(who, options);
    expect(response.statusCode, response.body).toBe(status);
    return response.json() as { id: string; state: string; version: number; events: { type: string; data: Record<string, unknown>; actor: { id: string } }[] };
  }

  const command = (workflow: string, id: string, payload: Record<string, unknown>): InjectOptions => ({
    method: 'POST',
    url: `/workflows/${workflow}/instances/${id}/commands`,
    payload,
  });

  async function registerMember(name: string, branchId: string): Promise<string> {
    const created = await ok(
      t.admin,
      {
        method: 'POST',
        url: '/workflows/member/instances',
        payload: {
          type: 'RegisterMember',
          name,
          gender: 'female',
          birthDate: '1980-05-05',
          education: 'master',
          title: 'senior',
          employment: 'working',
          branchId,
          joinedOn: '2015-01-01',
        },
      },
      201,
    );
    return created.id;
  }

  describe('recruitment: sponsors and branch chairs', () => {
    let office: TestPrincipal;
    let applicationId: string;
    let alice: string;
    let bob: string;

    beforeAll(async () => {
      office = await t.principal(['office']);
      alice = await registerMember('Alice Sponsor', 'north');
      bob = await registerMember('Bob Sponsor', 'north');
      const submitted = await ok(
        office,
        {
          method: 'POST',
          url: '/workflows/recruitment/instances',
          payload: {
            type: 'SubmitApplication',
            applicant: {
              name: 'Carol Applicant',
              gender: 'female',
              birthDate: '1990-02-02',
              education: 'bachelor',
              title: 'intermediate',
              employer: 'Hospital',
              sector: 'health',
              employment: 'working',
              cpcMember: false,
            },
            branchId: 'north',
            receivedOn: '2024-01-10',
          },
        },
        201,
      );
      applicationId = submitted.id;
      await ok(office, command('recruitment', applicationId, { type: 'PassQualification' }));
      await ok(office, command('recruitment', applicationId, { type: 'RecordInvestigation', employerOpinion: 'good', summary: 'fine', outcome: 'positive' }));
      await ok(office, command('recruitment', applicationId, { type: 'CompleteCultivation' }));
    });

    it('lets a member sponsor only as the member their principal is linked to', async () => {
      const aliceLogin = await t.principal(['member'], { memberId: alice });
      const unlinked = await t.principal(['member']);
      // Naming someone else in the body is not a field at all.
      await refused(aliceLogin, command('recruitment', applicationId, { type: 'EndorseAsSponsor', opinion: 'as Bob', memberId: bob }), 400);
      await refused(aliceLogin, command('recruitment', applicationId, { type: 'EndorseAsSponsor', opinion: 'as Bob', actor: { id: bob } }), 400);
      // A member role without a linked member cannot sponsor at all.
      await refused(unlinked, command('recruitment', applicationId, { type: 'EndorseAsSponsor', opinion: 'me?' }), 403, 'forbidden_role');

      const endorsed = await ok(aliceLogin, command('recruitment', applicationId, { type: 'EndorseAsSponsor', opinion: 'I vouch' }));
      expect(endorsed.events[0]?.data).toMatchObject({ memberId: alice, memberName: 'Alice Sponsor' });
      expect(endorsed.events[0]?.actor.id).toBe(aliceLogin.id);
      // A second login for the same member is still that member: no second endorsement.
      const aliceAgain = await t.principal(['member'], { memberId: alice });
      await refused(aliceAgain, command('recruitment', applicationId, { type: 'EndorseAsSponsor', opinion: 'again' }), 422, 'invalid_sponsor');

      const bobLogin = await t.principal(['member'], { memberId: bob });
      const second = await ok(bobLogin, command('recruitment', applicationId, { type: 'EndorseAsSponsor', opinion: 'Me too' }));
      expect(second.state).toBe('branch_review');
    });

    it('lets a branch chair record the vote of their own branch only', async () => {
      const southChair = await t.principal(['branch_chair'], { branchId: 'south' });
      const noBranch = await t.principal(['branch_chair']);
      const northChair = await t.principal(['branch_chair'], { branchId: 'north' });
      const vote = { type: 'RecordBranchVote', eligible: 10, present: 8, approve: 7, reject: 1, abstain: 0 };
      // Chairs of other branches may not read the application: a command on it is 404, as the read is.
      await refused(southChair, command('recruitment', applicationId, vote), 404, 'not_found');
      await refused(noBranch, command('recruitment', applicationId, vote), 404, 'not_found');
      await refused(southChair, command('recruitment', applicationId, { ...vote, branchId: 'north' }), 400);
      const recorded = await ok(northChair, command('recruitment', applicationId, vote));
      expect(recorded.state).toBe('committee_review');
    });
  });

  describe('suggestions: handlers', () => {
    it('lets a handler act only on the suggestion assigned to them; a suggestion_manager on any', async () => {
      const manager = await t.principal(['suggestion_manager']);
      const assigned = await t.principal(['handler']);
      const other = await t.principal(['handler']);
      const register = (content: string): InjectOptions => ({
        method: 'POST',
        url: '/workflows/suggestion/instances',
        payload: { type: 'RegisterSuggestion', receivedOn: '2024-02-20', channel: 'visit', category: 'parks', content, submitter: { name: 'Dan', contact: '555' } },
      });
      const first = await ok(manager, register('More benches'), 201);
      await ok(manager, command('suggestion', first.id, { type: 'AssignHandler', principalId: assigned.id }));

      const reply = { type: 'Reply', method: 'phone', content: 'Benches ordered' };
      // Another handler may not read the suggestion: a command on it is 404, as the read is.
      await refused(other, command('suggestion', first.id, reply), 404, 'not_found');
      await refused(other, command('suggestion', first.id, { type: 'RequestExtension', days: 5, reason: 'busy' }), 404, 'not_found');
      await refused(other, command('suggestion', first.id, { type: 'ReferTo', organisation: 'Parks', note: 'yours' }), 404, 'not_found');
      // A handler cannot reassign it to themself either.
      await refused(other, command('suggestion', first.id, { type: 'AssignHandler', principalId: other.id }), 404, 'not_found');
      const replied = await ok(assigned, command('suggestion', first.id, reply));
      expect(replied.state).toBe('replied');

      // Unassigned: no handler may reply (nor read it: 404); the suggestion_manager's role allows it.
      const second = await ok(manager, register('Longer library hours'), 201);
      await refused(assigned, command('suggestion', second.id, reply), 404, 'not_found');
      expect((await ok(manager, command('suggestion', second.id, reply))).state).toBe('replied');
    });
  });

  describe('tokens and admins', () => {
    const adminCount = async () =>
      Number((await sql<{ n: string }>`SELECT count(*) AS n FROM principals WHERE 'admin' = ANY(roles)`.execute(t.handle.db)).rows[0]?.n);

    it('stops a revoked token at once', async () => {
      const handler = await t.principal(['handler', 'suggestion_manager']);
      expect((await t.as(handler, { method: 'GET', url: '/me' })).statusCode).toBe(200);
      const revoked = await t.as(t.admin, { method: 'DELETE', url: `/admin/principals/${handler.id}` });
      expect(revoked.statusCode).toBe(200);
      expect(revoked.json().revokedAt).not.toBeNull();
      await refused(handler, { method: 'GET', url: '/me' }, 401, 'unauthorized');
      await refused(
        handler,
        { method: 'POST', url: '/workflows/suggestion/instances', payload: { type: 'RegisterSuggestion', receivedOn: '2024-02-20', channel: 'phone', category: 'x', content: 'y', anonymous: true } },
        401,
        'unauthorized',
      );
      // A revoked admin cannot create principals (or restore itself).
      const admin2 = await t.principal(['admin']);
      await t.as(t.admin, { method: 'DELETE', url: `/admin/principals/${admin2.id}` });
      await refused(admin2, { method: 'POST', url: '/admin/principals', payload: { name: 'Back', roles: ['admin'] } }, 401);
    });

    it('creates no admin for anyone who is not one', async () => {
      const before = await adminCount();
      const everythingButAdmin = await t.principal(ROLES.filter((r) => r !== 'admin'), { memberId: 'm-1', branchId: 'north', hostUnit: 'North bureau' });
      const create = (payload: unknown, contentType = 'application/json'): InjectOptions => ({
        method: 'POST',
        url: '/admin/principals',
        headers: { 'content-type': contentType },
        payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
      });
      await refused(null, create({ name: 'Eve', roles: ['admin'] }), 401);
      await refused(everythingButAdmin, create({ name: 'Eve', roles: ['admin'] }), 403, 'forbidden_role');
      await refused(everythingButAdmin, create({ name: 'Eve', roles: ['office'] }), 403, 'forbidden_role');
      await refused(everythingButAdmin, create('{"name":"Eve","roles":["office"],"__proto__":{"roles":["admin"]}}'), 400);
      await refused(everythingButAdmin, { method: 'DELETE', url: `/admin/principals/${t.admin.id}` }, 403, 'forbidden_role');
      for (const token of ['Bearer ' + 'A'.repeat(43), `Bearer ${everythingButAdmin.token}x`, `Basic ${Buffer.from('admin:admin').toString('base64')}`]) {
        const r = await t.app.inject({ ...create({ name: 'Eve', roles: ['admin'] }), headers: { 'content-type': 'application/json', authorization: token } });
        expect(r.statusCode).toBe(401);
      }
      // Even an admin cannot smuggle roles past the schema.
      await refused(t.admin, create('{"name":"Eve","roles":["office"],"__proto__":{"roles":["admin"]}}'), 400);
      await refused(t.admin, create({ name: 'Eve', roles: ['office', 'superuser'] }), 400);
      await refused(t.admin, create({ name: 'Eve', roles: ['office'], isAdmin: true }), 400);
      expect(await adminCount()).toBe(before);
      // The roles the API knows never include a way around admin.
      const made = await t.as(t.admin, create({ name: 'Frank', roles: ['office'] }));
      expect(made.statusCode).toBe(201);
      expect(made.json().roles).toEqual(['office']);
      expect(await adminCount()).toBe(before);
    });
  });
});
