/**
 * Host units through HTTP: a host_unit principal names its unit (required with that role, refused
 * without it); it acts on the secondments to its own unit only. For another unit's secondment
 * every command, the instance and its history answer 404 as for an id that does not exist, and
 * nothing is appended.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';
import { cmd, organisation, registerMember, start, type Org } from '../support/engine-fixtures.ts';

const COMMERCE = 'Haining Bureau of Commerce';
const WATER = 'Haining Water Bureau';

describe('host unit scope', () => {
  let t: TestApp;
  let org: Org;
  let memberId: string;
  let commerce: TestPrincipal;
  let water: TestPrincipal;

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    org = await organisation(t);
    memberId = await registerMember(t, { name: 'Lin Tao', birthDate: '1984-02-02' });
    const create = async (name: string, hostUnit: string) => {
      const response = await t.as(t.admin, { method: 'POST', url: '/admin/principals', payload: { name, roles: ['host_unit'], hostUnit } });
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json()).toMatchObject({ hostUnit });
      const { id, token } = response.json<{ id: string; token: string }>();
      return { id, name, token, roles: ['host_unit' as const], memberId: null, branchId: null, hostUnit };
    };
    commerce = await create('Commerce HR', COMMERCE);
    water = await create('Water HR', WATER);
  });
  afterAll(async () => {
    await t.close();
  });

  /** A secondment to `hostUnit`, brought to host review (or on to final assessment). */
  async function secondment(hostUnit: string, stage: 'host_review' | 'final_assessment'): Promise<string> {
    // A member of their own each time: a member has one secondment at a time.
    const secondee = await registerMember(t, { name: `Secondee to ${hostUnit}`, birthDate: '1984-02-02' });
    const { id } = await start(t, org.office, 'secondment', {
      type: 'ProposeSecondment',
      memberId: secondee,
      hostUnit,
      post: 'Adviser',
      startsOn: '2024-04-01',
      months: 6,
      rationale: 'Experience',
    });
    await cmd(t, org.chair, 'secondment', id, { type: 'ApproveNomination' });
    await cmd(t, org.unitedFront, 'secondment', id, { type: 'ApproveByUnitedFront' });
    if (stage === 'host_review') return id;
    await cmd(t, hostUnit === COMMERCE ? commerce : water, 'secondment', id, { type: 'AcceptByHost' });
    await cmd(t, org.office, 'secondment', id, { type: 'Dispatch', reportedOn: '2024-04-01' });
    await cmd(t, org.unitedFront, 'secondment', id, { type: 'EndEarly', reason: 'Project done' });
    return id;
  }

  const eventsOf = async (id: string) => (await t.handle.db.selectFrom('events').select('type').where('stream_id', '=', `secondment/${id}`).execute()).map((e) => e.type);

  it('requires hostUnit with the role host_unit and refuses it without, on create and on edit', async () => {
    const post = (payload: Record<string, unknown>) => t.as(t.admin, { method: 'POST', url: '/admin/principals', payload: { name: 'X', ...payload } });
    const missing = await post({ roles: ['host_unit'] });
    expect(missing.statusCode).toBe(422);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.json()).toMatchObject({ code: 'host_unit_required' });
    expect((await post({ roles: ['office'], hostUnit: COMMERCE })).json()).toMatchObject({ status: 422, code: 'host_unit_without_role' });
    expect((await post({ roles: ['host_unit'], hostUnit: '' })).json()).toMatchObject({ status: 400, code: 'invalid_request' });
    const patch = (payload: Record<string, unknown>) => t.as(t.admin, { method: 'PATCH', url: `/admin/principals/${commerce.id}`, payload });
    expect((await patch({ hostUnit: null })).json()).toMatchObject({ status: 422, code: 'host_unit_required' });
    expect((await patch({ roles: ['office'] })).json()).toMatchObject({ status: 422, code: 'host_unit_without_role' });
    expect((await patch({})).json()).toMatchObject({ status: 400, code: 'invalid_request' });
    const office = await t.principal(['office']);
    const moved = await t.as(t.admin, { method: 'PATCH', url: `/admin/principals/${office.id}`, payload: { roles: ['host_unit'], hostUnit: WATER } });
    expect(moved.json()).toMatchObject({ roles: ['host_unit'], hostUnit: WATER });
  });

  it('another unit may not appraise: 404 as for a secondment that does not exist, nothing appended; its own unit may', async () => {
    const id = await secondment(COMMERCE, 'final_assessment');
    const before = await eventsOf(id);
    const url = `/workflows/secondment/instances/${id}/commands`;
    const foreign = await t.as(water, { method: 'POST', url, payload: { type: 'RecordHostAppraisal', grade: 'fail', text: 'Not ours to judge' } });
    const missing = await t.as(water, { method: 'POST', url: '/workflows/secondment/instances/no-such-secondment/commands', payload: { type: 'RecordHostAppraisal', grade: 'fail', text: 'x' } });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(foreign.json()).toMatchObject({ code: 'not_found', detail: `secondment instance ${JSON.stringify(id)} was not found` });
    // The same answer as for an id that was never used, apart from the id.
    expect(foreign.json().detail.replace(id, '?')).toBe(missing.json().detail.replace('no-such-secondment', '?'));
    expect(await eventsOf(id)).toEqual(before);

    const own = await t.as(commerce, { method: 'POST', url, payload: { type: 'RecordHostAppraisal', grade: 'good', text: 'Reliable' } });
    expect(own.statusCode, own.body).toBe(200);
    expect(await eventsOf(id)).toEqual([...before, 'HostAppraisalRecorded']);
  });

  it('another unit cannot accept, decline, or learn the secondment exists through a 403', async () => {
    const id = await secondment(COMMERCE, 'host_review');
    const url = `/workflows/secondment/instances/${id}/commands`;
    for (const payload of [{ type: 'AcceptByHost' }, { type: 'DeclineByHost', reason: 'x' }, { type: 'ApproveNomination' }]) {
      const response = await t.as(water, { method: 'POST', url, payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(404);
    }
    // Its own unit, with the wrong command for its role: 403 as before.
    expect((await t.as(commerce, { method: 'POST', url, payload: { type: 'ApproveNomination' } })).json()).toMatchObject({ status: 403, code: 'forbidden_role' });
    expect(await eventsOf(id)).toEqual(['SecondmentProposed', 'NominationApproved', 'UnitedFrontApproved']);
    expect((await t.as(commerce, { method: 'POST', url, payload: { type: 'AcceptByHost' } })).statusCode).toBe(200);
  });

  it('reading another unit’s secondment, or its history, is 404 too; its own shows the host commands it may send', async () => {
    const id = await secondment(COMMERCE, 'host_review');
    for (const path of [`/workflows/secondment/instances/${id}`, `/workflows/secondment/instances/${id}/history`, `/workflows/secondment/instances/${id}?asOf=2024-03-01`]) {
      const response = await t.as(water, { method: 'GET', url: path });
      expect(response.statusCode, path).toBe(404);
      expect(response.json()).toMatchObject({ code: 'not_found' });
    }
    const own = await t.as(commerce, { method: 'GET', url: `/workflows/secondment/instances/${id}` });
    expect(own.statusCode).toBe(200);
    expect(own.json().allowedCommands).toEqual(['AcceptByHost', 'DeclineByHost']);
    expect((await t.as(commerce, { method: 'GET', url: `/workflows/secondment/instances/${id}/history` })).statusCode).toBe(200);
    // Everyone else reads it as before.
    expect((await t.as(org.chair, { method: 'GET', url: `/workflows/secondment/instances/${id}` })).statusCode).toBe(200);
  });

  it('moving a host unit principal to another unit takes effect at once', async () => {
    const id = await secondment(WATER, 'host_review');
    const mover = await t.principal(['host_unit'], { hostUnit: COMMERCE });
    const url = `/workflows/secondment/instances/${id}`;
    expect((await t.as(mover, { method: 'GET', url })).statusCode).toBe(404);
    await t.as(t.admin, { method: 'PATCH', url: `/admin/principals/${mover.id}`, payload: { hostUnit: WATER } });
    expect((await t.as(mover, { method: 'GET', url })).statusCode).toBe(200);
    expect((await t.as(mover, { method: 'POST', url: `${url}/commands`, payload: { type: 'AcceptByHost' } })).statusCode).toBe(200);
  });
});
