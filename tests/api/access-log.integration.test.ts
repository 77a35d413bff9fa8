/**
 * The access log through HTTP: every response that reveals a person's personal fields (beyond a
 * name) records who read whose data, when and through which route, outside the event log;
 * GET /audit/access?subject= (admin, chair) lists it, newest first. Names alone, refusals and
 * instances the caller may not see are not recorded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';
import { applicantBody, HOST_UNIT, organisation, registerMember, start, type Org } from '../support/engine-fixtures.ts';

interface Entry {
  readAt: string;
  principal: { id: string; name: string };
  method: string;
  route: string;
  requestId: string;
}

describe('access log', () => {
  let t: TestApp;
  let org: Org;
  let memberId: string;
  let applicationId: string;
  let secondmentId: string;
  let committee: TestPrincipal;

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    org = await organisation(t);
    memberId = await registerMember(t, { name: 'Lin Tao', birthDate: '1984-02-02' });
    applicationId = (await start(t, org.office, 'recruitment', applicantBody())).id;
    secondmentId = (
      await start(t, org.office, 'secondment', { type: 'ProposeSecondment', memberId, hostUnit: HOST_UNIT, post: 'Adviser', startsOn: '2024-04-01', months: 6, rationale: 'r' })
    ).id;
    committee = await t.principal(['committee'], { name: 'Committee only' });
  });
  afterAll(async () => {
    await t.close();
  });

  const access = async (subject: string, who: TestPrincipal = t.admin) => {
    const response = await t.as(who, { method: 'GET', url: `/audit/access?subject=${encodeURIComponent(subject)}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ subject: string; items: Entry[]; cursor: string | null }>();
  };

  it('records who read an application, when and through which route; the chair may list it', async () => {
    t.clock.set('2024-03-02T10:00:00Z');
    const read = await t.as(org.office, { method: 'GET', url: `/workflows/recruitment/instances/${applicationId}`, headers: { 'x-request-id': 'read-1' } });
    expect(read.statusCode).toBe(200);
    const history = await t.as(org.chair, { method: 'GET', url: `/workflows/recruitment/instances/${applicationId}/history` });
    expect(history.statusCode).toBe(200);
    const log = await access(`recruitment/${applicationId}`, org.chair);
    expect(log.subject).toBe(`recruitment/${applicationId}`);
    expect(log.items).toEqual([
      { readAt: '2024-03-02T10:00:00.000Z', principal: { id: org.chair.id, name: 'Chair' }, method: 'GET', route: '/workflows/recruitment/instances/:id/history', requestId: expect.any(String) },
      { readAt: '2024-03-02T10:00:00.000Z', principal: { id: org.office.id, name: 'Office' }, method: 'GET', route: '/workflows/recruitment/instances/:id', requestId: 'read-1' },
    ]);
    // Nothing of it is in the event log.
    const inEvents = await t.handle.db.selectFrom('events').select('type').where('type', 'like', '%Access%').execute();
    expect(inEvents).toEqual([]);
  });

  it('a read of an instance about a member is listed under the member too (a bare member id or member/<id>)', async () => {
    await t.as(org.unitedFront, { method: 'GET', url: `/workflows/secondment/instances/${secondmentId}` });
    const byMember = await access(memberId);
    expect(byMember.subject).toBe(`member/${memberId}`);
    expect(byMember.items.map((e) => [e.principal.name, e.route])).toContainEqual(['United front', '/workflows/secondment/instances/:id']);
    expect((await access(`secondment/${secondmentId}`)).items.map((e) => e.principal.name)).toContain('United front');
  });

  it('names alone, refused reads and instances the caller may not see are not recorded', async () => {
    const before = (await access(memberId)).items.length;
    // The committee sees the roster's names only.
    const roster = await t.as(committee, { method: 'GET', url: `/members/${memberId}` });
    expect(roster.json()).toMatchObject({ name: 'Lin Tao', redacted: ['birthDate'] });
    // A handler may not see the secondment: 404.
    expect((await t.as(org.handler, { method: 'GET', url: `/workflows/secondment/instances/${secondmentId}` })).statusCode).toBe(404);
    expect((await access(memberId)).items).toHaveLength(before);
    // The admin reading the roster's birth dates is recorded, an export too.
    await t.as(t.admin, { method: 'GET', url: '/members', headers: { accept: 'text/csv' } });
    const after = await access(memberId);
    expect(after.items[0]).toMatchObject({ principal: { id: t.admin.id }, route: '/members' });
  });

  it('pages newest first with a cursor', async () => {
    for (let i = 0; i < 3; i++) await t.as(org.office, { method: 'GET', url: `/workflows/recruitment/instances/${applicationId}` });
    const all = await access(`recruitment/${applicationId}`);
    const first = await t.as(t.admin, { method: 'GET', url: `/audit/access?subject=recruitment/${applicationId}&limit=2` });
    const page = first.json<{ items: Entry[]; cursor: string }>();
    expect(page.items).toEqual(all.items.slice(0, 2));
    const next = await t.as(t.admin, { method: 'GET', url: `/audit/access?subject=recruitment/${applicationId}&limit=100&before=${page.cursor}` });
    expect(next.json<{ items: Entry[] }>().items).toEqual(all.items.slice(2));
  });

  it('only admin and chair may list it; a malformed subject is 400', async () => {
    for (const who of [org.office, committee, org.handler]) {
      const response = await t.as(who, { method: 'GET', url: `/audit/access?subject=${memberId}` });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'forbidden_role' });
    }
    const bad = await t.as(t.admin, { method: 'GET', url: '/audit/access?subject=a/b/c' });
    expect(bad.statusCode).toBe(400);
    expect((await t.as(t.admin, { method: 'GET', url: '/audit/access' })).statusCode).toBe(400);
  });
});
