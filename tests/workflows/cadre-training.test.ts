import { describe, expect, it } from 'vitest';
import { cadreTraining, type CadreContext } from '../../workflows/cadre-training.ts';
import { DEFAULT_POLICY, ROLES, SYSTEM_ACTOR, type Role } from '../../workflows/contract.ts';
import { member, principal, scenario, type Scenario, type ScenarioOptions } from '../support/scenario.ts';

const members = [member('m1', { name: 'Li Na', branchId: 'b1' }), member('m2', { name: 'Zhou Min', branchId: 'b2' }), member('gone', { current: false })];

const chair = principal(['committee', 'chair']);
const office = principal(['office']);
const committee = Array.from({ length: 5 }, () => principal(['committee']));
const branchChair = principal(['branch_chair'], { branchId: 'b1' });

const nominate = { type: 'NominateCadre', memberId: 'm1', method: 'branch_recommendation', rationale: 'Leads the clinic', on: '2024-01-05' };
const TIMER = 'xstate.after.annualReview.cadre-training.in_pool';

type S = Scenario<CadreContext>;

function at(state: 'start' | 'screening' | 'committee_decision' | 'in_pool', options: ScenarioOptions = {}): S {
  const s = scenario(cadreTraining, { members, ...options });
  if (state === 'start') return s;
  s.exec(branchChair, nominate);
  if (state === 'screening') return s;
  s.exec(chair, { type: 'ScreenCandidate', result: 'pass', on: '2024-01-20' });
  if (state === 'committee_decision') return s;
  for (const voter of committee) s.exec(voter, { type: 'CastVote', decision: 'approve', on: '2024-02-01' });
  s.exec(chair, { type: 'CloseVote', on: '2024-02-01' });
  expect(s.state).toBe('in_pool');
  return s;
}

/** 'ok', or the code of the error the command was refused with. */
function outcomeCode(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

describe('start → screening (NominateCadre)', () => {
  it('records the nominee from the roster, method and rationale', () => {
    const s = at('screening');
    expect(s.history[0]?.data).toEqual({
      memberId: 'm1',
      memberName: 'Li Na',
      branchId: 'b1',
      method: 'branch_recommendation',
      rationale: 'Leads the clinic',
    });
    expect(s.context).toMatchObject({
      memberId: 'm1',
      memberName: 'Li Na',
      branchId: 'b1',
      method: 'branch_recommendation',
      rationale: 'Leads the clinic',
      nominatedOn: '2024-01-05',
    });
    expect(s.allowed()).toEqual(['ScreenCandidate']);
    s.expectReplayable();
  });

  it('asks the roster for the member and their open nominations', () => {
    const needs = cadreTraining.commands.NominateCadre?.needs;
    expect(needs?.({ ...nominate, memberId: 'm7' } as never, at('start').context as never, chair, '2024-03-01')).toEqual({
      members: ['m7'],
      openNominationsOf: 'm7',
    });
  });

  it.each(['nobody', 'gone'])('refuses %s: not_a_member', (memberId) => {
    const s = at('start');
    s.reject(chair, { ...nominate, memberId }, 'not_a_member');
  });

  it('refuses a member with an open nomination elsewhere: already_nominated', () => {
    const s = at('start', { openNominations: 1 });
    s.reject(chair, nominate, 'already_nominated');
  });

  it('a branch chair may only nominate members of their own branch: forbidden_role', () => {
    const s = at('start');
    s.reject(branchChair, { ...nominate, memberId: 'm2' }, 'forbidden_role');
    s.reject(principal(['branch_chair']), nominate, 'forbidden_role');
    s.exec(branchChair, nominate);
    expect(s.history[0]?.actor.role).toBe('branch_chair');
  });

  it('the committee may nominate across branches, also when the principal is a branch chair too', () => {
    const s = at('start');
    const out = s.exec(principal(['branch_chair', 'committee'], { branchId: 'b1' }), { ...nominate, memberId: 'm2', method: 'democratic_recommendation' });
    expect(out.role).toBe('committee');
    expect(s.state).toBe('screening');
  });

  it('validates the method and rationale', () => {
    const s = at('start');
    s.reject(chair, { ...nominate, method: 'self' }, 'invalid_command');
    s.reject(chair, { ...nominate, rationale: '' }, 'invalid_command');
  });
});

describe('screening', () => {
  it('pass → committee_decision', () => {
    const s = at('committee_decision');
    expect(s.context.screening).toEqual({ result: 'pass', on: '2024-01-20' });
    expect(s.allowed().sort()).toEqual(['CastVote', 'CloseVote']);
    s.expectReplayable();
  });

  it('fail → dropped (final)', () => {
    const s = at('screening');
    s.exec(chair, { type: 'ScreenCandidate', result: 'fail' });
    expect(s.state).toBe('dropped');
    expect(s.status).toBe('done');
    expect(s.allowed()).toEqual([]);
    s.expectReplayable();
  });
});

describe('committee_decision (the shared ballot)', () => {
  it('a passed vote → in_pool, fixing the first review 365 days later (durable timer)', () => {
    const s = at('in_pool');
    expect(s.history.at(-1)?.data).toEqual({
      tally: { approve: 5, reject: 0, abstain: 0, cast: 5, committeeSize: 9 },
      outcome: 'passed',
      nextReviewOn: '2025-01-31',
    });
    expect(s.context).toMatchObject({ poolSince: '2024-02-01', nextReviewOn: '2025-01-31', reviewDue: false });
    expect([...s.timers.values()]).toEqual([{ timerId: TIMER, eventType: 'AnnualReviewDue', dueOn: '2025-01-31' }]);
    expect(s.allowed().sort()).toEqual([
      'Appoint',
      'AssignTask',
      'CompleteCourse',
      'CompleteTask',
      'EnrolCourse',
      'RecordAnnualReview',
      'RemoveFromPool',
    ]);
    s.expectReplayable();
  });

  it('the review interval is policy (annualReviewDays)', () => {
    const s = at('in_pool', { settings: { policy: { ...DEFAULT_POLICY, annualReviewDays: 30 } } });
    expect(s.timers.get(TIMER)?.dueOn).toBe('2024-03-02');
    s.exec(chair, { type: 'RecordAnnualReview', year: 2024, rating: 'basic', on: '2024-03-05' });
    expect(s.timers.get(TIMER)?.dueOn).toBe('2024-04-04');
  });

  it('a failed vote → dropped (final), no timer', () => {
    const s = at('committee_decision');
    for (const [i, voter] of committee.entries()) s.exec(voter, { type: 'CastVote', decision: i < 2 ? 'approve' : 'reject' });
    s.exec(chair, { type: 'CloseVote' });
    expect(s.state).toBe('dropped');
    expect(s.status).toBe('done');
    expect(s.history.at(-1)?.data).not.toHaveProperty('nextReviewOn');
    expect(s.timers.size).toBe(0);
    s.expectReplayable();
  });

  it('no quorum: quorum_not_met; one vote per member: already_voted', () => {
    const s = at('committee_decision');
    s.exec(chair, { type: 'CastVote', decision: 'approve' });
    s.reject(chair, { type: 'CastVote', decision: 'reject' }, 'already_voted');
    s.reject(chair, { type: 'CloseVote' }, 'quorum_not_met');
    expect(s.state).toBe('committee_decision');
  });
});

describe('in_pool: tasks and courses', () => {
  it('AssignTask gives sequential task ids; CompleteTask closes an open one', () => {
    const s = at('in_pool');
    s.exec(chair, { type: 'AssignTask', title: 'Draft the proposal', dueOn: '2024-04-01', on: '2024-02-10' });
    s.exec(office, { type: 'AssignTask', title: 'Visit the branch', dueOn: '2024-05-01', on: '2024-02-11' });
    expect(s.history.slice(-2).map((e) => e.data)).toEqual([
      { taskId: 't1', title: 'Draft the proposal', dueOn: '2024-04-01' },
      { taskId: 't2', title: 'Visit the branch', dueOn: '2024-05-01' },
    ]);
    s.exec(office, { type: 'CompleteTask', taskId: 't1', outcome: 'Submitted', on: '2024-03-30' });
    expect(s.state).toBe('in_pool');
    expect(s.context.tasks).toEqual([
      { taskId: 't1', title: 'Draft the proposal', dueOn: '2024-04-01', assignedOn: '2024-02-10', completed: { on: '2024-03-30', outcome: 'Submitted' } },
      { taskId: 't2', title: 'Visit the branch', dueOn: '2024-05-01', assignedOn: '2024-02-11', completed: null },
    ]);
    s.expectReplayable();
  });

  it('CompleteTask needs an open task: unknown_task', () => {
    const s = at('in_pool');
    s.reject(office, { type: 'CompleteTask', taskId: 't1', outcome: 'x' }, 'unknown_task');
    s.exec(office, { type: 'AssignTask', title: 'T', dueOn: '2024-04-01' });
    s.exec(office, { type: 'CompleteTask', taskId: 't1', outcome: 'done' });
    s.reject(office, { type: 'CompleteTask', taskId: 't1', outcome: 'again' }, 'unknown_task');
  });

  it('EnrolCourse gives sequential course ids; CompleteCourse closes an open one', () => {
    const s = at('in_pool');
    const course = { type: 'EnrolCourse', course: 'Party history', institution: 'Provincial school', startsOn: '2024-03-01', endsOn: '2024-03-20' };
    s.exec(office, { ...course, on: '2024-02-15' });
    s.exec(office, { ...course, course: 'Policy drafting' });
    expect(s.history.slice(-2).map((e) => e.data.courseId)).toEqual(['c1', 'c2']);
    s.exec(office, { type: 'CompleteCourse', courseId: 'c1', result: 'Passed with merit', on: '2024-03-21' });
    expect(s.context.courses[0]).toEqual({
      courseId: 'c1',
      course: 'Party history',
      institution: 'Provincial school',
      startsOn: '2024-03-01',
      endsOn: '2024-03-20',
      enrolledOn: '2024-02-15',
      completed: { on: '2024-03-21', result: 'Passed with merit' },
    });
    expect(s.context.courses[1]?.completed).toBeNull();
    s.expectReplayable();
  });

  it('CompleteCourse needs an open course: unknown_course', () => {
    const s = at('in_pool');
    s.reject(office, { type: 'CompleteCourse', courseId: 'c1', result: 'x' }, 'unknown_course');
    s.exec(office, { type: 'EnrolCourse', course: 'C', institution: 'I', startsOn: '2024-03-01', endsOn: '2024-03-01' });
    s.exec(office, { type: 'CompleteCourse', courseId: 'c1', result: 'ok' });
    s.reject(office, { type: 'CompleteCourse', courseId: 'c1', result: 'again' }, 'unknown_course');
  });

  it('a course cannot end before it starts: invalid_period', () => {
    const s = at('in_pool');
    s.reject(office, { type: 'EnrolCourse', course: 'C', institution: 'I', startsOn: '2024-03-02', endsOn: '2024-03-01' }, 'invalid_period');
  });
});

describe('in_pool: the annual review', () => {
  it('the timer fires → AnnualReviewDue (system) marks the review due; it stays in_pool', () => {
    const s = at('in_pool');
    const [event] = s.fire('AnnualReviewDue');
    expect(event).toEqual({ type: 'AnnualReviewDue', data: { dueOn: '2025-01-31', timerId: TIMER }, on: '2025-01-31', actor: SYSTEM_ACTOR });
    expect(s.state).toBe('in_pool');
    expect(s.context.reviewDue).toBe(true);
    expect(s.timers.size).toBe(0);
    s.expectReplayable();
  });

  it('a review clears the due flag and re-raises the timer, due annualReviewDays after the review', () => {
    const s = at('in_pool');
    s.fire('AnnualReviewDue');
    const out = s.exec(chair, { type: 'RecordAnnualReview', year: 2024, rating: 'excellent', on: '2025-02-10' });
    expect(out.events[0]?.data).toEqual({ year: 2024, rating: 'excellent', nextReviewOn: '2026-02-10' });
    expect(s.state).toBe('in_pool');
    expect(s.context).toMatchObject({ reviewDue: false, reviewRequired: false, nextReviewOn: '2026-02-10' });
    expect(s.context.reviews).toEqual([{ year: 2024, rating: 'excellent', on: '2025-02-10' }]);
    expect([...s.timers.values()]).toEqual([{ timerId: TIMER, eventType: 'AnnualReviewDue', dueOn: '2026-02-10' }]);
    s.expectReplayable();
  });

  it('a review before the timer fires moves its due date', () => {
    const s = at('in_pool');
    const out = s.exec(chair, { type: 'RecordAnnualReview', year: 2024, rating: 'competent', on: '2024-12-20' });
    expect(out.timers.map((t) => t.kind)).toEqual(['cancel', 'set']);
    expect(s.timers.get(TIMER)?.dueOn).toBe('2025-12-20');
  });

  it('an incompetent rating blocks everything but a new review or the removal: review_required', () => {
    const s = at('in_pool');
    s.exec(office, { type: 'AssignTask', title: 'T', dueOn: '2024-04-01' });
    s.exec(office, { type: 'EnrolCourse', course: 'C', institution: 'I', startsOn: '2024-03-01', endsOn: '2024-03-02' });
    s.exec(chair, { type: 'RecordAnnualReview', year: 2024, rating: 'incompetent' });
    expect(s.context.reviewRequired).toBe(true);
    s.reject(office, { type: 'AssignTask', title: 'T2', dueOn: '2024-04-01' }, 'review_required');
    s.reject(office, { type: 'CompleteTask', taskId: 't1', outcome: 'x' }, 'review_required');
    s.reject(office, { type: 'EnrolCourse', course: 'C', institution: 'I', startsOn: '2024-03-01', endsOn: '2024-03-02' }, 'review_required');
    s.reject(office, { type: 'CompleteCourse', courseId: 'c1', result: 'x' }, 'review_required');
    s.reject(chair, { type: 'Appoint', position: 'Deputy head' }, 'review_required');
    s.exec(chair, { type: 'RecordAnnualReview', year: 2024, rating: 'basic' });
    expect(s.context.reviewRequired).toBe(false);
    s.exec(office, { type: 'CompleteTask', taskId: 't1', outcome: 'x' });
    s.exec(chair, { type: 'Appoint', position: 'Deputy head' });
    expect(s.state).toBe('appointed');
    s.expectReplayable();
  });

  it('an incompetent cadre may be removed', () => {
    const s = at('in_pool');
    s.exec(chair, { type: 'RecordAnnualReview', year: 2024, rating: 'incompetent' });
    s.exec(chair, { type: 'RemoveFromPool', reason: 'Incompetent' });
    expect(s.state).toBe('removed');
  });

  it('validates year and rating', () => {
    const s = at('in_pool');
    s.reject(chair, { type: 'RecordAnnualReview', year: 2024, rating: 'poor' }, 'invalid_command');
    s.reject(chair, { type: 'RecordAnnualReview', year: '2024', rating: 'basic' }, 'invalid_command');
  });
});

describe('leaving the pool', () => {
  it('Appoint → appointed (final), cancelling the review timer', () => {
    const s = at('in_pool');
    const out = s.exec(chair, { type: 'Appoint', position: 'Deputy director', on: '2024-09-01' });
    expect(out.timers).toEqual([{ kind: 'cancel', timerId: TIMER }]);
    expect(s.timers.size).toBe(0);
    expect(s.state).toBe('appointed');
    expect(s.status).toBe('done');
    expect(s.context.appointment).toEqual({ position: 'Deputy director', on: '2024-09-01' });
    expect(s.allowed()).toEqual([]);
    s.expectReplayable();
  });

  it('RemoveFromPool → removed (final), cancelling the review timer', () => {
    const s = at('in_pool');
    s.exec(chair, { type: 'RemoveFromPool', reason: 'Moved away', on: '2024-09-01' });
    expect(s.timers.size).toBe(0);
    expect(s.state).toBe('removed');
    expect(s.status).toBe('done');
    expect(s.context.removal).toEqual({ reason: 'Moved away', on: '2024-09-01' });
    s.reject(chair, { type: 'Appoint', position: 'x' }, 'command_not_allowed');
    s.expectReplayable();
  });
});

describe('roles', () => {
  const bodies: Record<string, Record<string, unknown>> = {
    NominateCadre: nominate,
    ScreenCandidate: { type: 'ScreenCandidate', result: 'pass' },
    CastVote: { type: 'CastVote', decision: 'approve' },
    CloseVote: { type: 'CloseVote' },
    AssignTask: { type: 'AssignTask', title: 'T', dueOn: '2024-04-01' },
    CompleteTask: { type: 'CompleteTask', taskId: 't1', outcome: 'x' },
    EnrolCourse: { type: 'EnrolCourse', course: 'C', institution: 'I', startsOn: '2024-03-01', endsOn: '2024-03-02' },
    CompleteCourse: { type: 'CompleteCourse', courseId: 'c1', result: 'x' },
    RecordAnnualReview: { type: 'RecordAnnualReview', year: 2024, rating: 'basic' },
    Appoint: { type: 'Appoint', position: 'x' },
    RemoveFromPool: { type: 'RemoveFromPool', reason: 'x' },
  };
  const allowed: Record<string, Role[]> = {
    NominateCadre: ['committee', 'branch_chair'],
    ScreenCandidate: ['chair'],
    CastVote: ['committee'],
    CloseVote: ['chair'],
    AssignTask: ['office', 'chair'],
    CompleteTask: ['office'],
    EnrolCourse: ['office'],
    CompleteCourse: ['office'],
    RecordAnnualReview: ['chair'],
    Appoint: ['chair'],
    RemoveFromPool: ['chair'],
  };

  it('covers every command', () => {
    expect(Object.keys(allowed).sort()).toEqual(Object.keys(cadreTraining.commands).sort());
    for (const [name, roles] of Object.entries(allowed)) expect(cadreTraining.commands[name]?.roles).toEqual(roles);
  });

  for (const [name, roles] of Object.entries(allowed)) {
    for (const role of ROLES) {
      const expected = roles.includes(role) ? 'allowed' : 'forbidden_role';
      it(`${name} by ${role}: ${expected}`, () => {
        const s = at('start');
        const code = outcomeCode(() => s.exec(principal([role], { branchId: 'b1' }), bodies[name] ?? {}));
        if (expected === 'forbidden_role') expect(code).toBe('forbidden_role');
        else expect(code).not.toBe('forbidden_role');
      });
    }
  }
});
