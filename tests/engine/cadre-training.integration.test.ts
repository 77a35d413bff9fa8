/**
 * Cadre training end to end on PostgreSQL through HTTP: nomination → screening → committee vote →
 * pool (tasks, courses, reviews) → appointed; the annual review timer fires once, 365 days after
 * entering the pool, is re-armed by a review and cancelled when the pool is left.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { cmd, getJson, history, organisation, refused, registerMember, start, typesOf, type Org } from '../support/engine-fixtures.ts';

interface Deadline {
  timerId: string;
  event: string;
  dueOn: string;
}

describe('cadre training on PostgreSQL', () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    org = await organisation(t, { committeeSize: 3 });
  });
  afterAll(async () => {
    await t.close();
  });

  const deadlines = async (id: string) =>
    (await getJson<{ deadlines: Deadline[] }>(t, org.chair, `/workflows/cadre-training/instances/${id}`)).deadlines;
  const timerRows = (id: string) =>
    t.handle.db.selectFrom('timers').selectAll().where('stream_id', '=', `cadre-training/${id}`).execute();

  /** A nominee of branch b1 voted into the pool on today's date; returns the instance id. */
  async function intoPool(name: string): Promise<string> {
    const memberId = await registerMember(t, { name });
    const nominated = await start(t, org.branchChair, 'cadre-training', {
      type: 'NominateCadre',
      memberId,
      method: 'branch_recommendation',
      rationale: 'Leads the branch’s economy study group',
    });
    expect(nominated).toMatchObject({ state: 'screening', events: [{ data: { memberId, memberName: name, branchId: 'b1' } }] });
    const id = nominated.id;
    await cmd(t, org.chair, 'cadre-training', id, { type: 'ScreenCandidate', result: 'pass' });
    await cmd(t, org.committee[0], 'cadre-training', id, { type: 'CastVote', decision: 'approve' });
    await cmd(t, org.committee[1], 'cadre-training', id, { type: 'CastVote', decision: 'approve' });
    const closed = await cmd(t, org.chair, 'cadre-training', id, { type: 'CloseVote' });
    expect(closed.state).toBe('in_pool');
    return id;
  }

  it('takes a nominee through the pool to appointment', async () => {
    t.clock.set('2024-03-01T09:00:00Z');
    const id = await intoPool('Huang Lan');
    const task = await cmd(t, org.office, 'cadre-training', id, { type: 'AssignTask', title: 'Draft the annual survey', dueOn: '2024-06-30' });
    expect(task.events[0]?.data).toMatchObject({ taskId: 't1' });
    await cmd(t, org.office, 'cadre-training', id, { type: 'CompleteTask', taskId: 't1', outcome: 'Delivered on time' });
    await refused(t, org.office, 'cadre-training', id, { type: 'CompleteTask', taskId: 't1', outcome: 'Twice' }, 422, 'unknown_task');
    await cmd(t, org.office, 'cadre-training', id, {
      type: 'EnrolCourse',
      course: 'Public administration',
      institution: 'Provincial Socialist Academy',
      startsOn: '2024-04-01',
      endsOn: '2024-04-20',
    });
    await cmd(t, org.office, 'cadre-training', id, { type: 'CompleteCourse', courseId: 'c1', result: 'Passed with merit' });
    const appointed = await cmd(t, org.chair, 'cadre-training', id, { type: 'Appoint', position: 'Deputy chair of the branch' });
    expect(appointed).toMatchObject({ state: 'appointed', status: 'done' });
    expect(typesOf(await history(t, org.chair, 'cadre-training', id))).toEqual([
      'CadreNominated',
      'CandidateScreened',
      'VoteCast',
      'VoteCast',
      'VoteClosed',
      'TaskAssigned',
      'TaskCompleted',
      'CourseEnrolled',
      'CourseCompleted',
      'CadreAppointed',
    ]);
    // Leaving the pool cancelled the annual review timer.
    expect(await timerRows(id)).toEqual([]);
  });

  it('one open nomination per member; the nominee must be a current member', async () => {
    const memberId = await registerMember(t, { name: 'Fang Ke' });
    await start(t, org.committee[0], 'cadre-training', { type: 'NominateCadre', memberId, method: 'democratic_recommendation', rationale: 'x' });
    await refused(t, org.committee[1], 'cadre-training', null, { type: 'NominateCadre', memberId, method: 'democratic_recommendation', rationale: 'y' }, 422, 'already_nominated');
    await refused(t, org.committee[1], 'cadre-training', null, { type: 'NominateCadre', memberId: 'nobody', method: 'democratic_recommendation', rationale: 'y' }, 422, 'not_a_member');
    const other = await registerMember(t, { name: 'Ma Rui', branchId: 'b2' });
    await refused(t, org.branchChair, 'cadre-training', null, { type: 'NominateCadre', memberId: other, method: 'branch_recommendation', rationale: 'z' }, 403, 'forbidden_role');
  });

  it('the annual review falls due 365 days after entering the pool, fires once, and is re-armed by a review', async () => {
    t.clock.set('2024-03-01T09:00:00Z');
    const id = await intoPool('Xu Qing');
    expect(await deadlines(id)).toEqual([expect.objectContaining({ event: 'AnnualReviewDue', dueOn: '2025-03-01' })]);

    // Midnight of 2025-03-01 in the organisation's time zone (Asia/Shanghai) is 16:00 UTC the day before.
    t.clock.set('2025-02-28T15:59:00Z');
    await t.app.docket.scheduler.tick();
    expect(typesOf(await history(t, org.chair, 'cadre-training', id))).not.toContain('AnnualReviewDue');

    t.clock.set('2025-02-28T16:00:00Z');
    await t.app.docket.scheduler.tick();
    await t.app.docket.scheduler.tick();
    t.clock.advanceDays(3);
    await t.app.docket.scheduler.tick();
    const events = await history(t, org.chair, 'cadre-training', id);
    const due = events.filter((e) => e.type === 'AnnualReviewDue');
    expect(due).toHaveLength(1);
    expect(due[0]).toMatchObject({ occurredOn: '2025-03-01', actor: { id: 'system', name: 'system', role: 'system' }, data: { dueOn: '2025-03-01' } });
    const instance = await getJson<{ data: { reviewDue: boolean }; deadlines: Deadline[] }>(t, org.chair, `/workflows/cadre-training/instances/${id}`);
    expect(instance.data.reviewDue).toBe(true);
    expect(instance.deadlines).toEqual([]);

    // An incompetent rating blocks everything but a new review or the removal.
    await cmd(t, org.chair, 'cadre-training', id, { type: 'RecordAnnualReview', year: 2024, rating: 'incompetent', on: '2025-03-04' });
    expect(await deadlines(id)).toEqual([expect.objectContaining({ event: 'AnnualReviewDue', dueOn: '2026-03-04' })]);
    await refused(t, org.chair, 'cadre-training', id, { type: 'Appoint', position: 'Chair' }, 422, 'review_required');
    await refused(t, org.office, 'cadre-training', id, { type: 'AssignTask', title: 'x', dueOn: '2025-05-01' }, 422, 'review_required');
    const removed = await cmd(t, org.chair, 'cadre-training', id, { type: 'RemoveFromPool', reason: 'Rated incompetent' });
    expect(removed.state).toBe('removed');
    expect(await timerRows(id)).toEqual([]);

    t.clock.set('2026-03-05T00:00:00Z');
    expect((await t.app.docket.scheduler.tick()).fired).toBe(0);
  });

  it('a failed screening drops the nominee and frees the member for a new nomination', async () => {
    const memberId = await registerMember(t, { name: 'Tang Yi' });
    const first = await start(t, org.committee[0], 'cadre-training', { type: 'NominateCadre', memberId, method: 'democratic_recommendation', rationale: 'x' });
    const dropped = await cmd(t, org.chair, 'cadre-training', first.id, { type: 'ScreenCandidate', result: 'fail' });
    expect(dropped).toMatchObject({ state: 'dropped', status: 'done' });
    await start(t, org.committee[0], 'cadre-training', { type: 'NominateCadre', memberId, method: 'democratic_recommendation', rationale: 'again' });
  });
});
