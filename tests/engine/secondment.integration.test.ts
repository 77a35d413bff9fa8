/**
 * Secondment end to end on PostgreSQL through HTTP: proposal → reviews (four eyes: the proposer
 * may not approve, even holding the role) → dispatch → on duty (interim review every 6 months,
 * term end) → final assessment → completed. Timers fire on the injected clock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';
import { cmd, getJson, history, HOST_UNIT, organisation, refused, registerMember, start, typesOf, type Org } from '../support/engine-fixtures.ts';

interface Deadline {
  event: string;
  dueOn: string;
}

describe('secondment on PostgreSQL', () => {
  let t: TestApp;
  let org: Org;
  /** Holds every role that approves along the way: four eyes must still stop them. */
  let proposer: TestPrincipal;
  let memberId: string;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    org = await organisation(t);
    proposer = await t.principal(['committee', 'chair', 'united_front', 'host_unit'], { name: 'Busy proposer', hostUnit: 'Haining Water Bureau' });
    memberId = await registerMember(t, { name: 'Lin Tao', birthDate: '1984-02-02' });
  });
  afterAll(async () => {
    await t.close();
  });

  const tick = () => t.app.docket.scheduler.tick();
  const deadlinesOf = async (id: string) =>
    (await getJson<{ deadlines: Deadline[] }>(t, org.chair, `/workflows/secondment/instances/${id}`)).deadlines
      .map((d) => `${d.event}@${d.dueOn}`)
      .sort();

  /** Proposed by `proposer`, approved by the others, dispatched on `reportedOn`. */
  async function onDuty(months: number, reportedOn: string): Promise<string> {
    t.clock.set('2024-03-01T09:00:00Z');
    // A member has one secondment at a time: each run seconds a member of its own.
    const secondee = await registerMember(t, { name: `Secondee ${months}-${reportedOn}`, birthDate: '1984-02-02' });
    const proposed = await start(t, proposer, 'secondment', {
      type: 'ProposeSecondment',
      memberId: secondee,
      hostUnit: HOST_UNIT,
      post: 'Deputy director',
      startsOn: '2024-04-01',
      months,
      rationale: 'Ten years in foreign trade',
    });
    const id = proposed.id;
    await cmd(t, org.chair, 'secondment', id, { type: 'ApproveNomination' });
    await cmd(t, org.unitedFront, 'secondment', id, { type: 'ApproveByUnitedFront' });
    await cmd(t, org.host, 'secondment', id, { type: 'AcceptByHost' });
    t.clock.set(`${reportedOn}T09:00:00Z`); // dispatched on the day the member reports
    const dispatched = await cmd(t, org.office, 'secondment', id, { type: 'Dispatch', reportedOn, on: reportedOn });
    expect(dispatched.state).toBe('on_duty');
    return id;
  }

  it('four eyes through HTTP: the proposer holding every approving role is refused at each step with same_person', async () => {
    const proposed = await start(t, proposer, 'secondment', {
      type: 'ProposeSecondment',
      memberId,
      hostUnit: 'Haining Water Bureau',
      post: 'Engineer',
      startsOn: '2024-05-01',
      months: 6,
      rationale: 'Hydrology',
    });
    const id = proposed.id;
    const problem = await refused(t, proposer, 'secondment', id, { type: 'ApproveNomination' }, 422, 'same_person');
    expect(problem).toMatchObject({ status: 422, title: 'Unprocessable Content', type: '/problems/same_person' });
    await refused(t, proposer, 'secondment', id, { type: 'RejectNomination', reason: 'x' }, 422, 'same_person');
    await cmd(t, org.chair, 'secondment', id, { type: 'ApproveNomination' });
    await refused(t, proposer, 'secondment', id, { type: 'ApproveByUnitedFront' }, 422, 'same_person');
    await cmd(t, org.unitedFront, 'secondment', id, { type: 'ApproveByUnitedFront' });
    await refused(t, proposer, 'secondment', id, { type: 'AcceptByHost' }, 422, 'same_person');
    const instance = await getJson<{ state: string; version: number }>(t, org.chair, `/workflows/secondment/instances/${id}`);
    expect(instance).toMatchObject({ state: 'host_review', version: 3 });
    // Cancelling is not an approval: the proposer (as chair) may cancel.
    const cancelled = await cmd(t, proposer, 'secondment', id, { type: 'CancelSecondment', reason: 'Post withdrawn' });
    expect(cancelled).toMatchObject({ state: 'cancelled', status: 'done' });
  });

  it('runs to completion: interim reviews every 6 months, the term end moves to final assessment', async () => {
    const id = await onDuty(12, '2024-04-01');
    expect(await deadlinesOf(id)).toEqual(['InterimReviewDue@2024-10-01', 'TermEnded@2025-04-01']);

    // Due at midnight in the organisation's time zone (Asia/Shanghai): 16:00 UTC the day before.
    t.clock.set('2024-09-30T15:00:00Z');
    expect((await tick()).fired).toBe(0);
    t.clock.set('2024-09-30T16:00:00Z');
    expect((await tick()).fired).toBe(1);
    expect((await tick()).fired).toBe(0);
    expect(await deadlinesOf(id)).toEqual(['InterimReviewDue@2025-04-01', 'TermEnded@2025-04-01']);
    t.clock.set('2024-10-08T09:00:00Z');
    await cmd(t, org.unitedFront, 'secondment', id, { type: 'RecordInterimReview', summary: 'On track', on: '2024-10-08' });

    t.clock.set('2025-04-02T08:00:00Z');
    await tick();
    await tick();
    const instance = await getJson<{ state: string; data: Record<string, unknown> }>(t, org.chair, `/workflows/secondment/instances/${id}`);
    expect(instance.state).toBe('final_assessment');
    expect(instance.data).toMatchObject({ endedOn: '2025-04-01', endedBy: 'term_ended' });
    expect(await deadlinesOf(id)).toEqual([]);

    await refused(t, org.office, 'secondment', id, { type: 'CompleteSecondment' }, 422, 'assessment_missing');
    await cmd(t, org.host, 'secondment', id, { type: 'RecordHostAppraisal', grade: 'good', text: 'Reliable' });
    await refused(t, proposer, 'secondment', id, { type: 'RecordFinalAssessment', grade: 'excellent' }, 422, 'same_person');
    await cmd(t, org.unitedFront, 'secondment', id, { type: 'RecordFinalAssessment', grade: 'excellent' });
    const done = await cmd(t, org.office, 'secondment', id, { type: 'CompleteSecondment' });
    expect(done).toMatchObject({ state: 'completed', status: 'done' });

    const events = await history(t, org.chair, 'secondment', id);
    const types = typesOf(events);
    expect(types.slice(0, 6)).toEqual(['SecondmentProposed', 'NominationApproved', 'UnitedFrontApproved', 'HostAccepted', 'MemberDispatched', 'InterimReviewDue']);
    expect(types.filter((x) => x === 'TermEnded')).toHaveLength(1);
    expect(types.slice(-3)).toEqual(['HostAppraisalRecorded', 'FinalAssessmentRecorded', 'SecondmentCompleted']);
    const system = events.filter((e) => e.type === 'TermEnded' || e.type === 'InterimReviewDue');
    expect(system.every((e) => e.actor.id === 'system' && e.actor.role === 'system')).toBe(true);
    expect(events.find((e) => e.type === 'TermEnded')).toMatchObject({ occurredOn: '2025-04-01' });
  });

  it('an extension moves the term-end timer; ending early cancels every timer', async () => {
    const id = await onDuty(6, '2024-04-01');
    expect(await deadlinesOf(id)).toEqual(['InterimReviewDue@2024-10-01', 'TermEnded@2024-10-01']);
    t.clock.set('2024-06-01T09:00:00Z');
    await cmd(t, org.unitedFront, 'secondment', id, { type: 'ExtendTerm', months: 6, reason: 'Second phase', on: '2024-06-01' });
    expect(await deadlinesOf(id)).toEqual(['InterimReviewDue@2024-10-01', 'TermEnded@2025-04-01']);
    t.clock.set('2024-07-01T09:00:00Z');
    await cmd(t, org.unitedFront, 'secondment', id, { type: 'EndEarly', reason: 'Host reorganised', on: '2024-07-01' });
    expect(await deadlinesOf(id)).toEqual([]);
    t.clock.set('2025-06-01T00:00:00Z');
    await tick();
    expect(typesOf(await history(t, org.chair, 'secondment', id)).filter((x) => x === 'TermEnded' || x === 'InterimReviewDue')).toEqual([]);
  });

  it('refuses members over the age limit without an exception reason', async () => {
    const older = await registerMember(t, { name: 'Old Hand', birthDate: '1970-01-01' });
    const body = { type: 'ProposeSecondment', memberId: older, hostUnit: 'Bureau', post: 'Advisor', startsOn: '2024-04-01', months: 6, rationale: 'Experience' };
    await refused(t, org.office, 'secondment', null, body, 422, 'age_limit');
    await start(t, org.office, 'secondment', { ...body, ageExceptionReason: 'Unique expertise' });
  });

  it('a tick held back to a business day (dueBy) fires only what fell due by then, however late it runs', async () => {
    const id = await onDuty(12, '2024-04-01');
    const state = async () => (await getJson<{ state: string }>(t, org.chair, `/workflows/secondment/instances/${id}`)).state;
    // Years later: everything is past due, but only the first review fell due by the end of 2024.
    t.clock.set('2026-12-07T02:00:00Z');
    await t.app.docket.scheduler.tick({ dueBy: '2024-12-31' });
    expect([await state(), await deadlinesOf(id)]).toEqual(['on_duty', ['InterimReviewDue@2025-04-01', 'TermEnded@2025-04-01']]);
    await t.app.docket.scheduler.tick({ dueBy: '2025-03-31' });
    expect(await deadlinesOf(id)).toEqual(['InterimReviewDue@2025-04-01', 'TermEnded@2025-04-01']);
    await t.app.docket.scheduler.tick();
    expect([await state(), await deadlinesOf(id)]).toEqual(['final_assessment', []]);
  });
});
