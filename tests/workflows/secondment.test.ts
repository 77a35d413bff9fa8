import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, ROLES, type Principal, type Role, type WorkflowDefinition } from '../../workflows/contract.ts';
import { secondment, type SecondmentContext } from '../../workflows/secondment.ts';
import { member, principal, scenario, type Scenario, type ScenarioOptions } from '../support/scenario.ts';

const proposer = principal(['committee']);
const chair = principal(['chair', 'committee']);
const unitedFront = principal(['united_front']);
const HOST_UNIT = 'Haining Bureau of Commerce';
const host = principal(['host_unit'], { hostUnit: HOST_UNIT });
const otherHost = principal(['host_unit'], { hostUnit: 'Haining Water Bureau' });
const office = principal(['office']);

const alice = member('m1', { name: 'Alice Wang', birthDate: '1985-05-05' }); // 38 on 2024-04-01
const departed = member('m2', { current: false });
const older = member('m3', { birthDate: '1978-03-31' }); // 46 on 2024-04-01
const exactly45 = member('m4', { birthDate: '1979-04-01' }); // 45 on 2024-04-01

const propose = (extra: Record<string, unknown> = {}) => ({
  type: 'ProposeSecondment',
  memberId: 'm1',
  hostUnit: HOST_UNIT,
  post: 'Deputy director',
  startsOn: '2024-04-01',
  months: 12,
  rationale: 'Ten years in foreign trade',
  ...extra,
});

const STAGES = [
  'start',
  'committee_review',
  'united_front_review',
  'host_review',
  'awaiting_dispatch',
  'on_duty',
  'final_assessment',
  'assessed',
] as const;
type Stage = (typeof STAGES)[number];

/** A fresh scenario driven (by distinct principals) up to `stage`; `assessed` = final_assessment with both grades in. */
function reach(stage: Stage, options: ScenarioOptions = {}, dispatch: Record<string, unknown> = {}): Scenario<SecondmentContext> {
  const s = scenario(secondment, { members: [alice, departed, older, exactly45], today: '2024-03-01', ...options });
  const steps: (() => unknown)[] = [
    () => s.exec(proposer, propose()),
    () => s.exec(chair, { type: 'ApproveNomination' }),
    () => s.exec(unitedFront, { type: 'ApproveByUnitedFront' }),
    () => s.exec(host, { type: 'AcceptByHost' }),
    () => s.exec(office, { type: 'Dispatch', reportedOn: '2024-04-01', on: '2024-04-01', ...dispatch }),
    () => s.fire('TermEnded'),
    () => {
      s.exec(host, { type: 'RecordHostAppraisal', grade: 'good', text: 'Reliable and well prepared' });
      s.exec(unitedFront, { type: 'RecordFinalAssessment', grade: 'excellent' });
    },
  ];
  for (const run of steps.slice(0, STAGES.indexOf(stage))) run();
  return s;
}

const timersOf = (s: Scenario<SecondmentContext>) =>
  Object.fromEntries([...s.timers.values()].map((t) => [t.eventType, t.dueOn]));

function codeOf(s: Scenario<SecondmentContext>, p: Principal, command: Record<string, unknown>): string {
  try {
    s.exec(p, command);
    return 'ok';
  } catch (error) {
    return String((error as { code?: unknown }).code);
  }
}

describe('secondment', () => {
  it('is a WorkflowDefinition named secondment, version 1', () => {
    const def: WorkflowDefinition = secondment;
    expect(def.name).toBe('secondment');
    expect(def.version).toBe(1);
    expect(def.startCommands).toEqual(['ProposeSecondment']);
    expect(def.timers).toEqual({ termEnd: 'TermEnded', interimReview: 'InterimReviewDue' });
  });

  describe('transitions', () => {
    it('walks proposal → reviews → dispatch → on duty → final assessment → completed', () => {
      const s = reach('start');
      const proposed = s.exec(proposer, propose({ comment: 'Strong candidate' }));
      expect(s.state).toBe('committee_review');
      expect(proposed.events[0]).toEqual({
        type: 'SecondmentProposed',
        data: {
          memberId: 'm1',
          memberName: 'Alice Wang',
          hostUnit: 'Haining Bureau of Commerce',
          post: 'Deputy director',
          startsOn: '2024-04-01',
          months: 12,
          rationale: 'Ten years in foreign trade',
          ageOnStart: 38,
          ageExceptionReason: null,
        },
        on: '2024-03-01',
        actor: { id: proposer.id, name: proposer.name, role: 'committee' },
        comment: 'Strong candidate',
      });
      s.exec(chair, { type: 'ApproveNomination', on: '2024-03-05' });
      expect(s.state).toBe('united_front_review');
      s.exec(unitedFront, { type: 'ApproveByUnitedFront', on: '2024-03-10' });
      expect(s.state).toBe('host_review');
      s.exec(host, { type: 'AcceptByHost', on: '2024-03-15' });
      expect(s.state).toBe('awaiting_dispatch');
      s.exec(office, { type: 'Dispatch', reportedOn: '2024-04-01', on: '2024-04-01' });
      expect(s.state).toBe('on_duty');
      s.fire('TermEnded');
      expect(s.state).toBe('final_assessment');
      s.exec(host, { type: 'RecordHostAppraisal', grade: 'good', text: 'Reliable', on: '2025-04-03' });
      expect(s.state).toBe('final_assessment');
      s.exec(chair, { type: 'RecordFinalAssessment', grade: 'excellent', on: '2025-04-05' });
      expect(s.state).toBe('final_assessment');
      s.exec(office, { type: 'CompleteSecondment', on: '2025-04-08' });
      expect(s.state).toBe('completed');
      expect(s.status).toBe('done');
      expect(s.allowed()).toEqual([]);
      expect(s.timers.size).toBe(0);
      expect(s.history.map((e) => e.type)).toEqual([
        'SecondmentProposed',
        'NominationApproved',
        'UnitedFrontApproved',
        'HostAccepted',
        'MemberDispatched',
        'TermEnded',
        'HostAppraisalRecorded',
        'FinalAssessmentRecorded',
        'SecondmentCompleted',
      ]);
      expect(s.context).toMatchObject({
        memberId: 'm1',
        memberName: 'Alice Wang',
        hostUnit: 'Haining Bureau of Commerce',
        post: 'Deputy director',
        startsOn: '2024-04-01',
        months: 12,
        termMonths: 12,
        reportedOn: '2024-04-01',
        termEndsOn: '2025-04-01',
        endedOn: '2025-04-01',
        endedBy: 'term_ended',
        hostAppraisal: { grade: 'good', text: 'Reliable', on: '2025-04-03' },
        finalAssessment: { grade: 'excellent', on: '2025-04-05' },
      });
      expect(s.context.decisions.map((d) => [d.step, d.decision, d.actorName, d.role, d.on, d.grade])).toEqual([
        ['proposal', 'proposed', proposer.name, 'committee', '2024-03-01', null],
        ['committee_review', 'approved', chair.name, 'chair', '2024-03-05', null],
        ['united_front_review', 'approved', unitedFront.name, 'united_front', '2024-03-10', null],
        ['host_review', 'accepted', host.name, 'host_unit', '2024-03-15', null],
        ['awaiting_dispatch', 'dispatched', office.name, 'office', '2024-04-01', null],
        ['final_assessment', 'appraised', host.name, 'host_unit', '2025-04-03', 'good'],
        ['final_assessment', 'assessed', chair.name, 'chair', '2025-04-05', 'excellent'],
        ['final_assessment', 'completed', office.name, 'office', '2025-04-08', null],
      ]);
      s.expectReplayable();
    });

    it.each([
      ['committee_review', chair, 'RejectNomination', 'NominationRejected'],
      ['united_front_review', unitedFront, 'RejectByUnitedFront', 'UnitedFrontRejected'],
      ['host_review', host, 'DeclineByHost', 'HostDeclined'],
    ] as const)('%s: %s → rejected (final), reason kept for the audit', (stage, who, type, event) => {
      const s = reach(stage);
      const outcome = s.exec(who, { type, reason: 'Not the right moment' });
      expect(outcome.events.map((e) => [e.type, e.data])).toEqual([[event, { reason: 'Not the right moment' }]]);
      expect(s.state).toBe('rejected');
      expect(s.status).toBe('done');
      expect(s.allowed()).toEqual([]);
      expect(s.context.decisions.at(-1)).toMatchObject({
        step: stage,
        decision: stage === 'host_review' ? 'declined' : 'rejected',
        reason: 'Not the right moment',
        actorName: who.name,
      });
      s.expectReplayable();
    });

    it.each(['committee_review', 'united_front_review', 'host_review', 'awaiting_dispatch'] as const)(
      'CancelSecondment from %s → cancelled (final)',
      (stage) => {
        const s = reach(stage);
        s.exec(chair, { type: 'CancelSecondment', reason: 'Member withdrew' });
        expect(s.state).toBe('cancelled');
        expect(s.status).toBe('done');
        expect(s.history.at(-1)?.type).toBe('SecondmentCancelled');
        expect(s.context.decisions.at(-1)).toMatchObject({ step: stage, decision: 'cancelled', reason: 'Member withdrew' });
        s.expectReplayable();
      },
    );

    it.each(['start', 'on_duty', 'final_assessment'] as const)('CancelSecondment is not allowed in %s', (stage) => {
      const s = reach(stage);
      s.reject(chair, { type: 'CancelSecondment', reason: 'Too late' }, 'command_not_allowed');
    });

    it('EndEarly → final_assessment', () => {
      const s = reach('on_duty');
      s.exec(unitedFront, { type: 'EndEarly', reason: 'Host restructured', on: '2024-09-15' });
      expect(s.state).toBe('final_assessment');
      expect(s.context).toMatchObject({ endedOn: '2024-09-15', endedBy: 'ended_early' });
      expect(s.context.decisions.at(-1)).toMatchObject({ step: 'on_duty', decision: 'ended_early', reason: 'Host restructured' });
      s.expectReplayable();
    });

    it('refuses commands the state does not accept and lists the allowed ones', () => {
      const s = reach('committee_review');
      const error = s.reject(office, { type: 'Dispatch', reportedOn: '2024-04-01' }, 'command_not_allowed');
      expect(error).toMatchObject({ extra: { allowedCommands: ['ApproveNomination', 'RejectNomination', 'CancelSecondment'] } });
      expect(reach('on_duty').allowed(unitedFront)).toEqual(['RecordInterimReview', 'ExtendTerm', 'EndEarly']);
      expect(reach('final_assessment').allowed()).toEqual(['RecordHostAppraisal', 'RecordFinalAssessment', 'CompleteSecondment']);
      reach('start').reject(chair, { type: 'ApproveNomination' }, 'command_not_allowed');
    });
  });

  describe('rules', () => {
    it('not_a_member: the member must be in the roster and current', () => {
      const s = reach('start');
      s.reject(proposer, propose({ memberId: 'm9' }), 'not_a_member');
      s.reject(proposer, propose({ memberId: 'm2' }), 'not_a_member');
      s.exec(proposer, propose({ memberId: 'm1' }));
    });

    it('age_limit: over the policy age on startsOn needs an ageExceptionReason', () => {
      const s = reach('start');
      const error = s.reject(proposer, propose({ memberId: 'm3' }), 'age_limit');
      expect(error).toMatchObject({ status: 422, extra: { age: 46, maxAge: 45 } });
      s.exec(proposer, propose({ memberId: 'm3', ageExceptionReason: 'Only candidate with customs experience' }));
      expect(s.context).toMatchObject({ ageOnStart: 46, ageExceptionReason: 'Only candidate with customs experience' });
      s.expectReplayable();
    });

    it('age_limit: exactly the limit is fine, and the limit is the policy’s', () => {
      reach('start').exec(proposer, propose({ memberId: 'm4' }));
      const strict = reach('start', { settings: { policy: { ...DEFAULT_POLICY, secondmentMaxAge: 35 } } });
      strict.reject(proposer, propose(), 'age_limit');
    });

    it('term_too_long: the proposed term may not exceed the policy maximum', () => {
      const s = reach('start', { settings: { policy: { ...DEFAULT_POLICY, maxSecondmentMonths: 12 } } });
      s.reject(proposer, propose({ months: 13 }), 'term_too_long');
      s.exec(proposer, propose({ months: 12 }));
    });

    it('term_too_long: extensions may not take the whole term past the policy maximum', () => {
      const s = reach('on_duty');
      s.reject(unitedFront, { type: 'ExtendTerm', months: 13, reason: 'More work' }, 'term_too_long');
      s.exec(unitedFront, { type: 'ExtendTerm', months: 12, reason: 'More work' });
      expect(s.context.termMonths).toBe(24);
      s.reject(unitedFront, { type: 'ExtendTerm', months: 1, reason: 'Even more' }, 'term_too_long');
    });

    it('assessment_missing: completing needs both the host appraisal and the final assessment', () => {
      const none = reach('final_assessment');
      const error = none.reject(office, { type: 'CompleteSecondment' }, 'assessment_missing');
      expect(error).toMatchObject({ extra: { missing: ['RecordHostAppraisal', 'RecordFinalAssessment'] } });

      const hostOnly = reach('final_assessment');
      hostOnly.exec(host, { type: 'RecordHostAppraisal', grade: 'pass', text: 'Adequate' });
      expect(hostOnly.reject(office, { type: 'CompleteSecondment' }, 'assessment_missing')).toMatchObject({
        extra: { missing: ['RecordFinalAssessment'] },
      });

      const finalOnly = reach('final_assessment');
      finalOnly.exec(unitedFront, { type: 'RecordFinalAssessment', grade: 'fail' });
      expect(finalOnly.reject(office, { type: 'CompleteSecondment' }, 'assessment_missing')).toMatchObject({
        extra: { missing: ['RecordHostAppraisal'] },
      });
      finalOnly.exec(host, { type: 'RecordHostAppraisal', grade: 'fail', text: 'Absent often' });
      finalOnly.exec(office, { type: 'CompleteSecondment' });
      expect(finalOnly.state).toBe('completed');
    });

    it('a later appraisal or assessment corrects the earlier one (both stay in the history)', () => {
      const s = reach('assessed');
      s.exec(host, { type: 'RecordHostAppraisal', grade: 'excellent', text: 'Revised after review' });
      expect(s.context.hostAppraisal).toMatchObject({ grade: 'excellent', text: 'Revised after review' });
      expect(s.history.filter((e) => e.type === 'HostAppraisalRecorded')).toHaveLength(2);
    });

    it.each([
      ['months 0', propose({ months: 0 })],
      ['months 25', propose({ months: 25 })],
      ['months 1.5', propose({ months: 1.5 })],
      ['an impossible date', propose({ startsOn: '2024-02-30' })],
      ['an unknown field', propose({ salary: 1 })],
      ['an empty rationale', propose({ rationale: '' })],
    ])('refuses a proposal with %s (invalid_command)', (_label, body) => {
      reach('start').reject(proposer, body, 'invalid_command');
    });

    it('refuses a grade outside excellent|good|pass|fail and extensions outside 1–24 months', () => {
      reach('final_assessment').reject(host, { type: 'RecordHostAppraisal', grade: 'great', text: 'x' }, 'invalid_command');
      reach('final_assessment').reject(chair, { type: 'RecordFinalAssessment', grade: 'ok' }, 'invalid_command');
      reach('on_duty').reject(unitedFront, { type: 'ExtendTerm', months: 0, reason: 'x' }, 'invalid_command');
    });
  });

  describe('four eyes (same_person)', () => {
    const allRoles = (): Principal => principal(['committee', 'chair', 'office', 'united_front', 'host_unit'], { hostUnit: HOST_UNIT });

    it('the proposer may not approve, reject, accept, decline or give the final assessment', () => {
      const boss = allRoles();
      const s = reach('start');
      s.exec(boss, propose());
      s.reject(boss, { type: 'ApproveNomination' }, 'same_person');
      s.reject(boss, { type: 'RejectNomination', reason: 'x' }, 'same_person');
      s.exec(chair, { type: 'ApproveNomination' });
      s.reject(boss, { type: 'ApproveByUnitedFront' }, 'same_person');
      s.reject(boss, { type: 'RejectByUnitedFront', reason: 'x' }, 'same_person');
      s.exec(unitedFront, { type: 'ApproveByUnitedFront' });
      s.reject(boss, { type: 'AcceptByHost' }, 'same_person');
      s.reject(boss, { type: 'DeclineByHost', reason: 'x' }, 'same_person');
      s.exec(host, { type: 'AcceptByHost' });
      // Not approvals: the proposer may still dispatch, review, extend, end early, appraise as host and complete.
      s.exec(boss, { type: 'Dispatch', reportedOn: '2024-04-01' });
      s.exec(boss, { type: 'RecordInterimReview', summary: 'Settling in' });
      s.exec(boss, { type: 'ExtendTerm', months: 1, reason: 'Project slipped' });
      s.exec(boss, { type: 'EndEarly', reason: 'Project done' });
      s.reject(boss, { type: 'RecordFinalAssessment', grade: 'good' }, 'same_person');
      s.exec(boss, { type: 'RecordHostAppraisal', grade: 'good', text: 'Fine' });
      s.exec(chair, { type: 'RecordFinalAssessment', grade: 'good' });
      s.exec(boss, { type: 'CompleteSecondment' });
      expect(s.state).toBe('completed');
      s.expectReplayable();
    });

    it('the proposing chair may still cancel', () => {
      const proposingChair = principal(['chair', 'committee']);
      const s = reach('start');
      s.exec(proposingChair, propose());
      s.exec(proposingChair, { type: 'CancelSecondment', reason: 'Changed plans' });
      expect(s.state).toBe('cancelled');
    });
  });

  describe('timers', () => {
    it('dispatch sets the term end and the first interim review, counted from reportedOn', () => {
      const s = reach('awaiting_dispatch');
      const outcome = s.exec(office, { type: 'Dispatch', reportedOn: '2024-04-01', on: '2024-04-05' });
      expect(outcome.events[0]?.data).toEqual({
        reportedOn: '2024-04-01',
        termEndsOn: '2025-04-01',
        interimReviewMonths: 6,
        nextInterimReviewOn: '2024-10-01',
      });
      expect(timersOf(s)).toEqual({ TermEnded: '2025-04-01', InterimReviewDue: '2024-10-01' });
      expect(s.context).toMatchObject({ termEndsOn: '2025-04-01', nextInterimReviewOn: '2024-10-01', interimReviewDue: false });
    });

    it('the interim review interval is the policy’s, fixed at dispatch', () => {
      const s = reach('on_duty', { settings: { policy: { ...DEFAULT_POLICY, interimReviewMonths: 3 } } });
      expect(timersOf(s)).toEqual({ TermEnded: '2025-04-01', InterimReviewDue: '2024-07-01' });
      s.fire('InterimReviewDue');
      expect(timersOf(s)).toEqual({ TermEnded: '2025-04-01', InterimReviewDue: '2024-10-01' });
    });

    it('InterimReviewDue marks a review due, stays on duty, raises the next one and keeps the term end', () => {
      const s = reach('on_duty');
      const [fired] = s.fire('InterimReviewDue');
      expect(fired).toMatchObject({ type: 'InterimReviewDue', on: '2024-10-01', actor: { id: 'system', role: 'system' } });
      expect(s.state).toBe('on_duty');
      expect(s.context).toMatchObject({ interimReviewDue: true, interimReviewsDue: 1, nextInterimReviewOn: '2025-04-01' });
      expect(timersOf(s)).toEqual({ TermEnded: '2025-04-01', InterimReviewDue: '2025-04-01' });

      const reviewed = s.exec(unitedFront, { type: 'RecordInterimReview', summary: 'On track', on: '2024-10-10' });
      expect(reviewed.timers).toEqual([]);
      expect(s.context).toMatchObject({ interimReviewDue: false, lastInterimReview: { on: '2024-10-10', summary: 'On track' } });
      expect(s.context.decisions.at(-1)).toMatchObject({ step: 'on_duty', decision: 'reviewed' });
      expect(timersOf(s)).toEqual({ TermEnded: '2025-04-01', InterimReviewDue: '2025-04-01' });
      s.expectReplayable();
    });

    it('ExtendTerm moves the term end and keeps the interim review where it was', () => {
      const s = reach('on_duty');
      s.fire('InterimReviewDue');
      const extended = s.exec(unitedFront, { type: 'ExtendTerm', months: 6, reason: 'Second project phase', on: '2024-12-01' });
      expect(extended.events[0]?.data).toEqual({
        months: 6,
        reason: 'Second project phase',
        termMonths: 18,
        termEndsOn: '2025-10-01',
      });
      expect(timersOf(s)).toEqual({ TermEnded: '2025-10-01', InterimReviewDue: '2025-04-01' });
      expect(s.context.interimReviewDue).toBe(true);
      s.fire('InterimReviewDue');
      expect(timersOf(s)).toEqual({ TermEnded: '2025-10-01', InterimReviewDue: '2025-10-01' });
      s.fire('TermEnded');
      expect(s.state).toBe('final_assessment');
      expect(s.context).toMatchObject({ endedOn: '2025-10-01', endedBy: 'term_ended', interimReviewsDue: 2 });
      expect(s.timers.size).toBe(0);
      expect(s.history.at(-1)).toMatchObject({ type: 'TermEnded', on: '2025-10-01', actor: { id: 'system' } });
      s.expectReplayable();
    });

    it('month ends do not drift: every date is counted from reportedOn', () => {
      const s = reach('on_duty', {}, { reportedOn: '2024-08-31', on: '2024-08-31' });
      expect(timersOf(s)).toEqual({ TermEnded: '2025-08-31', InterimReviewDue: '2025-02-28' });
      s.fire('InterimReviewDue');
      expect(timersOf(s)).toEqual({ TermEnded: '2025-08-31', InterimReviewDue: '2025-08-31' });
      s.exec(unitedFront, { type: 'ExtendTerm', months: 6, reason: 'More' });
      expect(timersOf(s)).toEqual({ TermEnded: '2026-02-28', InterimReviewDue: '2025-08-31' });
    });

    it('EndEarly cancels both timers', () => {
      const s = reach('on_duty');
      const ended = s.exec(unitedFront, { type: 'EndEarly', reason: 'Illness' });
      expect(ended.timers.filter((t) => t.kind === 'cancel')).toHaveLength(2);
      expect(s.timers.size).toBe(0);
    });

    it('on_duty: each delayed transition mirrors the `on` transition of the event its timer records', () => {
      const onDuty = secondment.machine.root.states['on_duty'];
      const delayed = onDuty?.after ?? [];
      expect(delayed.map((t) => t.delay).sort()).toEqual(['interimReview', 'termEnd']);
      for (const t of delayed) {
        const mirror = onDuty?.on[secondment.timers[String(t.delay)] ?? '']?.[0];
        expect(mirror, String(t.delay)).toBeDefined();
        expect(t.target?.map((n) => n.id)).toEqual(mirror?.target?.map((n) => n.id));
        expect(t.actions).toEqual(mirror?.actions);
        expect(t.reenter).toBe(mirror?.reenter);
      }
    });

    it('TermEnded cancels the pending interim review', () => {
      const s = reach('on_duty');
      s.fire('TermEnded');
      expect(s.state).toBe('final_assessment');
      expect(s.timers.size).toBe(0);
    });
  });

  describe('host unit scope', () => {
    const stageOf: Record<string, Stage> = { AcceptByHost: 'host_review', DeclineByHost: 'host_review', RecordHostAppraisal: 'final_assessment' };
    const fieldsOf: Record<string, Record<string, unknown>> = { AcceptByHost: {}, DeclineByHost: { reason: 'x' }, RecordHostAppraisal: { grade: 'fail', text: 'x' } };

    it.each(Object.keys(stageOf))('%s by another unit: not_found (the secondment does not exist for it), nothing recorded', (type) => {
      const s = reach(stageOf[type] ?? 'start');
      const error = s.reject(otherHost, { type, ...fieldsOf[type] }, 'not_found');
      expect(error.status).toBe(404);
      // Its own unit may.
      s.exec(host, { type, ...fieldsOf[type] });
    });

    it('another unit gets not_found for any command, not forbidden_role: existence does not leak', () => {
      reach('committee_review').reject(otherHost, { type: 'ApproveNomination' }, 'not_found');
      reach('on_duty').reject(otherHost, { type: 'EndEarly', reason: 'x' }, 'not_found');
      // Its own unit holds the wrong role there: forbidden_role, as before.
      reach('committee_review').reject(host, { type: 'ApproveNomination' }, 'forbidden_role');
    });

    it('a host unit principal without a unit sees no secondment', () => {
      reach('host_review').reject(principal(['host_unit']), { type: 'AcceptByHost' }, 'not_found');
    });

    it('a principal who is also a united front officer sees every secondment, but acts as host only for its own unit (403)', () => {
      const both = principal(['united_front', 'host_unit'], { hostUnit: 'Haining Water Bureau' });
      const s = reach('host_review');
      expect(s.reject(both, { type: 'AcceptByHost' }, 'forbidden_role').status).toBe(403);
      const duty = reach('on_duty');
      duty.exec(both, { type: 'RecordInterimReview', summary: 'Visited' });
    });
  });

  describe('roles', () => {
    const matrix: [string, Stage, readonly Role[], Record<string, unknown>][] = [
      ['ProposeSecondment', 'start', ['committee', 'chair', 'office'], propose()],
      ['ApproveNomination', 'committee_review', ['chair'], {}],
      ['RejectNomination', 'committee_review', ['chair'], { reason: 'x' }],
      ['ApproveByUnitedFront', 'united_front_review', ['united_front'], {}],
      ['RejectByUnitedFront', 'united_front_review', ['united_front'], { reason: 'x' }],
      ['AcceptByHost', 'host_review', ['host_unit'], {}],
      ['DeclineByHost', 'host_review', ['host_unit'], { reason: 'x' }],
      ['Dispatch', 'awaiting_dispatch', ['office'], { reportedOn: '2024-04-01' }],
      ['RecordInterimReview', 'on_duty', ['united_front', 'chair'], { summary: 'x' }],
      ['ExtendTerm', 'on_duty', ['united_front'], { months: 3, reason: 'x' }],
      ['EndEarly', 'on_duty', ['united_front'], { reason: 'x' }],
      ['RecordHostAppraisal', 'final_assessment', ['host_unit'], { grade: 'good', text: 'x' }],
      ['RecordFinalAssessment', 'final_assessment', ['united_front', 'chair'], { grade: 'good' }],
      ['CompleteSecondment', 'assessed', ['office'], {}],
      ['CancelSecondment', 'committee_review', ['chair'], { reason: 'x' }],
    ];

    it('covers every command', () => {
      expect(matrix.map(([type]) => type).sort()).toEqual(Object.keys(secondment.commands).sort());
      for (const [type, , roles] of matrix) expect(secondment.commands[type]?.roles).toEqual(roles);
    });

    const cases = matrix.flatMap(([type, stage, roles, fields]) =>
      ROLES.map((role) => [type, role, roles.includes(role), stage, fields] as const),
    );
    it.each(cases)('%s by %s (allowed: %s)', (type, role, allowed, stage, fields) => {
      const code = codeOf(reach(stage), principal([role], role === 'host_unit' ? { hostUnit: HOST_UNIT } : {}), { type, ...fields });
      if (allowed) expect(code).not.toBe('forbidden_role');
      else expect(code).toBe('forbidden_role');
    });
  });
});
