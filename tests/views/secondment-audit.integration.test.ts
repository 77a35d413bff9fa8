import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';
import { superuserQuery } from '../support/database.ts';
import { refused, registerMember, send, view } from '../support/view-helpers.ts';

interface Decision {
  version: number;
  step: string;
  decision: string;
  eventType: string;
  actorId: string;
  actorName: string;
  role: string;
  occurredOn: string;
  recordedAt: string;
  reason: string | null;
  comment: string | null;
}
interface Audit {
  id: string;
  state: string;
  status: string;
  member: { id: string; name: string };
  hostUnit: string;
  post: string;
  startsOn: string | null;
  termEndsOn: string | null;
  decisions: Decision[];
  chain: { ok: boolean; firstBroken: { streamId: string; version: number; reason: string; detail: string } | null };
}

describe('GET /views/secondments/{id}/audit', () => {
  let t: TestApp;
  let proposer: TestPrincipal;
  let chair: TestPrincipal;
  let unitedFront: TestPrincipal;
  let host: TestPrincipal;
  let office: TestPrincipal;
  const audit = (id: string, who: TestPrincipal = chair) => view<Audit>(t, who, `/views/secondments/${id}/audit`);
  let members = 0;
  /** A member of their own each time: a member has one secondment at a time. */
  const propose = async (_memberId: string) => {
    members += 1;
    const memberId = `m${members}`;
    if (members > 1) await registerMember(t, memberId, 'b1', '1985-05-05');
    return send(t, proposer, 'secondment', {
      type: 'ProposeSecondment',
      memberId,
      hostUnit: 'Bureau of Commerce',
      post: 'Deputy director',
      startsOn: '2024-04-01',
      months: 12,
      rationale: 'Ten years in foreign trade',
    });
  };

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    await registerMember(t, 'm1', 'b1', '1985-05-05');
    proposer = await t.principal(['committee'], { name: 'Li Proposer' });
    chair = await t.principal(['chair', 'committee'], { name: 'Wang Chair' });
    unitedFront = await t.principal(['united_front'], { name: 'Zhao Liaison' });
    host = await t.principal(['host_unit'], { name: 'Bureau HR', hostUnit: 'Bureau of Commerce' });
    office = await t.principal(['office'], { name: 'Office Clerk' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists every decision with actor, role at the time, business date, recorded time and comment, after each command', async () => {
    const { id } = await propose('m1');
    const first = await audit(id);
    expect(first).toMatchObject({
      id,
      state: 'committee_review',
      status: 'active',
      member: { id: 'm1', name: 'Member m1' },
      hostUnit: 'Bureau of Commerce',
      post: 'Deputy director',
      startsOn: '2024-04-01',
      chain: { ok: true, firstBroken: null },
    });
    expect(first.decisions).toEqual([
      {
        version: 1,
        step: 'proposal',
        decision: 'proposed',
        eventType: 'SecondmentProposed',
        actorId: proposer.id,
        actorName: 'Li Proposer',
        role: 'committee',
        occurredOn: '2024-03-01',
        recordedAt: '2024-03-01T09:00:00.000Z',
        reason: null,
        comment: null,
      },
    ]);

    t.clock.advanceDays(2);
    await send(t, chair, 'secondment', { type: 'ApproveNomination', on: '2024-03-02', comment: 'A good fit' }, id);
    const second = await audit(id);
    expect(second.state).toBe('united_front_review');
    expect(second.decisions[1]).toEqual({
      version: 2,
      step: 'committee_review',
      decision: 'approved',
      eventType: 'NominationApproved',
      actorId: chair.id,
      actorName: 'Wang Chair',
      role: 'chair',
      occurredOn: '2024-03-02',
      recordedAt: '2024-03-03T09:00:00.000Z',
      reason: null,
      comment: 'A good fit',
    });

    await send(t, unitedFront, 'secondment', { type: 'ApproveByUnitedFront' }, id);
    await send(t, host, 'secondment', { type: 'AcceptByHost' }, id);
    t.clock.set('2024-04-01T09:00:00Z'); // dispatched on the day the member reports
    await send(t, office, 'secondment', { type: 'Dispatch', reportedOn: '2024-04-01', on: '2024-04-01' }, id);
    const onDuty = await audit(id, unitedFront);
    expect(onDuty).toMatchObject({ state: 'on_duty', termEndsOn: '2025-04-01', chain: { ok: true } });
    expect(onDuty.decisions.map((d) => [d.step, d.decision, d.actorName, d.role])).toEqual([
      ['proposal', 'proposed', 'Li Proposer', 'committee'],
      ['committee_review', 'approved', 'Wang Chair', 'chair'],
      ['united_front_review', 'approved', 'Zhao Liaison', 'united_front'],
      ['host_review', 'accepted', 'Bureau HR', 'host_unit'],
      ['awaiting_dispatch', 'dispatched', 'Office Clerk', 'office'],
    ]);
    t.clock.set('2024-03-01T09:00:00Z');
  });

  it('records the reason of a rejection', async () => {
    const { id } = await propose('m1');
    await send(t, chair, 'secondment', { type: 'RejectNomination', reason: 'Needed in the branch' }, id);
    const rejected = await audit(id);
    expect(rejected).toMatchObject({ state: 'rejected', status: 'done' });
    expect(rejected.decisions[1]).toMatchObject({ step: 'committee_review', decision: 'rejected', reason: 'Needed in the branch', role: 'chair' });
  });

  it('answers 404 for an unknown id or another workflow’s instance, 403 for roles outside the audit, 400 for a bad id', async () => {
    await refused(t, chair, '/views/secondments/nope/audit', 404, 'not_found');
    const manager = await t.principal(['suggestion_manager']);
    const { id: suggestionId } = await send(t, manager, 'suggestion', {
      type: 'RegisterSuggestion',
      receivedOn: '2024-03-01',
      channel: 'online',
      category: 'roads',
      content: 'Fix it',
      anonymous: true,
    });
    await refused(t, chair, `/views/secondments/${suggestionId}/audit`, 404, 'not_found');
    const { id } = await propose('m1');
    await refused(t, manager, `/views/secondments/${id}/audit`, 403, 'forbidden_role');
    await refused(t, chair, '/views/secondments/a%20b/audit', 400);
  });

  it('reports a tampered event chain with its first broken link', async () => {
    const { id } = await propose('m1');
    await send(t, chair, 'secondment', { type: 'ApproveNomination' }, id);
    expect((await audit(id)).chain).toEqual({ ok: true, firstBroken: null });
    if (!t.database) throw new Error('needs PostgreSQL');
    await superuserQuery(
      t.database,
      `ALTER TABLE events DISABLE TRIGGER events_append_only_rows;
       UPDATE events SET data = jsonb_set(data, '{post}', '"Director"') WHERE stream_id = 'secondment/${id}' AND stream_version = 1;
       ALTER TABLE events ENABLE TRIGGER events_append_only_rows;`,
    );
    const tampered = await audit(id);
    expect(tampered.chain.ok).toBe(false);
    expect(tampered.chain.firstBroken).toMatchObject({ streamId: `secondment/${id}`, version: 1, reason: 'hash_mismatch' });
  });
});
