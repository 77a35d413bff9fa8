/**
 * `secondment` — a member seconded to a government body (docs/workflows.md, "Secondment").
 *
 * Proposal → committee (chair) → united front → host unit → dispatch → on duty → final
 * assessment → completed. Four eyes: whoever proposed may not approve, accept or assess at
 * any later step (`notBy`, checked by the engine: `same_person`).
 *
 * On duty runs two durable timers whose absolute due dates live in the context, so that
 * re-entering `on_duty` (an extension, or an interim review falling due) re-raises both with
 * the right dates: `termEnd` (→ `TermEnded` → `final_assessment`) on `termEndsOn`, and
 * `interimReview` (→ `InterimReviewDue`, stays on duty) on `nextInterimReviewOn`. Both are
 * counted from `reportedOn` (term end = reportedOn + term months, the n-th interim review =
 * reportedOn + n × interval), so month-end clamping never drifts.
 *
 * Everything that depends on settings (age limit, term bound, review interval) is decided in
 * `decide` and stored in the event data; replay never reads settings.
 */
import { Type, type Static, type TObject } from '@sinclair/typebox';
import { assertEvent, assign, setup } from 'xstate';
import { backward, RuleViolation, type CommandSpec, type EventsOf, type Role, type WorkflowDefinition } from './contract.ts';
import { addMonths, ageOn, msBetween } from './dates.ts';
import { CaseNumberField, command, Enum, Id, IsoDate, NoData, Nullable, ReasonData, Ref, REF_KEYWORD, Text, TimerData } from './schemas.ts';

// ---- commands ---------------------------------------------------------------------------------

export const GRADES = ['excellent', 'good', 'pass', 'fail'] as const;
export type Grade = (typeof GRADES)[number];

const Months = (description: string) => Type.Integer({ minimum: 1, maximum: 24, description });
const Reason = () => Text(2000, 'Why');

export const ProposeSecondment = command('ProposeSecondment', {
  memberId: Ref('member', 'The member to second'),
  hostUnit: Type.String({ minLength: 1, maxLength: 200, [REF_KEYWORD]: 'hostUnit', description: 'The government body that hosts the member' }),
  post: Text(200, 'The post held there'),
  startsOn: IsoDate('Planned start of the secondment'),
  months: Months('Planned length of the term in months'),
  rationale: Text(2000, 'Why this member, why this post'),
  ageExceptionReason: Type.Optional(Text(2000, 'Required when the member is older than the policy age limit on startsOn')),
});
export const ApproveNomination = command('ApproveNomination', {});
export const RejectNomination = command('RejectNomination', { reason: Reason() });
export const ApproveByUnitedFront = command('ApproveByUnitedFront', {});
export const RejectByUnitedFront = command('RejectByUnitedFront', { reason: Reason() });
export const AcceptByHost = command('AcceptByHost', {});
export const DeclineByHost = command('DeclineByHost', { reason: Reason() });
export const Dispatch = command('Dispatch', { reportedOn: IsoDate('The day the member reported to the host unit') });
export const RecordInterimReview = command('RecordInterimReview', { summary: Text(4000, 'Findings of the interim review') });
export const ExtendTerm = command('ExtendTerm', { months: Months('Months added to the term'), reason: Reason() });
export const EndEarly = command('EndEarly', { reason: Reason() });
export const RecordHostAppraisal = command('RecordHostAppraisal', {
  grade: Enum(GRADES, 'The host unit’s grade'),
  text: Text(4000, 'The host unit’s appraisal'),
});
export const RecordFinalAssessment = command('RecordFinalAssessment', { grade: Enum(GRADES, 'The final grade') });
export const CompleteSecondment = command('CompleteSecondment', {});
export const CancelSecondment = command('CancelSecondment', { reason: Reason() });

// ---- events -----------------------------------------------------------------------------------

const On = IsoDate;
const SecondmentProposedData = Type.Object({
  memberId: Type.String(),
  memberName: Type.String(),
  hostUnit: Type.String({ description: 'The government body that hosts the member' }),
  post: Type.String(),
  startsOn: On(),
  months: Type.Integer({ minimum: 1, description: 'Planned length of the term in months' }),
  rationale: Type.String(),
  ageOnStart: Type.Integer({ description: 'The member’s age on startsOn' }),
  ageExceptionReason: Nullable(Type.String(), 'Why the age limit was exceeded, when it was'),
});
const MemberDispatchedData = Type.Object({
  reportedOn: On(),
  termEndsOn: On(),
  interimReviewMonths: Type.Integer(),
  nextInterimReviewOn: On(),
});
const TermExtendedData = Type.Object({
  months: Type.Integer({ description: 'Months added' }),
  reason: Type.String(),
  termMonths: Type.Integer({ description: 'The whole term with this extension' }),
  termEndsOn: On(),
});

const humanEvents = {
  SecondmentProposed: Type.Object({ ...SecondmentProposedData.properties, caseNumber: CaseNumberField() }),
  NominationApproved: NoData(),
  NominationRejected: ReasonData(),
  UnitedFrontApproved: NoData(),
  UnitedFrontRejected: ReasonData(),
  HostAccepted: NoData(),
  HostDeclined: ReasonData(),
  MemberDispatched: MemberDispatchedData,
  InterimReviewRecorded: Type.Object({ summary: Type.String() }),
  TermExtended: TermExtendedData,
  SecondmentEndedEarly: ReasonData(),
  HostAppraisalRecorded: Type.Object({ grade: Enum(GRADES), text: Type.String() }),
  FinalAssessmentRecorded: Type.Object({ grade: Enum(GRADES) }),
  SecondmentCompleted: NoData(),
  SecondmentCancelled: ReasonData(),
};
export const secondmentEvents = { ...humanEvents, TermEnded: TimerData(), InterimReviewDue: TimerData() };
type HumanEvent = EventsOf<typeof humanEvents>;
export type SecondmentEvent = EventsOf<typeof secondmentEvents>;
export type SecondmentProposedData = Static<typeof SecondmentProposedData>;
export type MemberDispatchedData = Static<typeof MemberDispatchedData>;
export type TermExtendedData = Static<typeof TermExtendedData>;

// ---- context ----------------------------------------------------------------------------------

/** One line of the audit view (the recorded time comes from the event store, not the machine). */
const DecisionSchema = Type.Object({
  step: Type.String({ description: 'The state it was taken in (proposal for the proposal)' }),
  decision: Type.String({ description: 'proposed, approved, rejected, accepted, declined, dispatched, reviewed, extended, ended_early, appraised, assessed, completed or cancelled' }),
  actorId: Type.String(),
  actorName: Type.String(),
  role: Type.String(),
  on: On(),
  reason: Nullable(Type.String()),
  grade: Nullable(Enum(GRADES)),
});
export type Decision = Static<typeof DecisionSchema>;

export const SecondmentContextSchema = Type.Object({
  memberId: Type.String(),
  memberName: Type.String(),
  hostUnit: Type.String(),
  post: Type.String(),
  startsOn: On(),
  months: Type.Integer({ description: 'Months as proposed' }),
  rationale: Type.String(),
  ageOnStart: Nullable(Type.Integer()),
  ageExceptionReason: Nullable(Type.String()),
  reportedOn: Nullable(On()),
  termMonths: Type.Integer({ description: 'Term length with extensions' }),
  termEndsOn: Nullable(On()),
  interimReviewMonths: Type.Integer(),
  interimReviewsDue: Type.Integer({ minimum: 0, description: 'How many interim reviews have fallen due so far' }),
  nextInterimReviewOn: Nullable(On()),
  interimReviewDue: Type.Boolean({ description: 'An interim review fell due and none has been recorded since' }),
  lastInterimReview: Nullable(Type.Object({ on: On(), summary: Type.String() })),
  endedOn: Nullable(On(), 'The day duty ended (term end or early end)'),
  endedBy: Nullable(Enum(['term_ended', 'ended_early'] as const)),
  hostAppraisal: Nullable(Type.Object({ grade: Enum(GRADES), text: Type.String(), on: On() })),
  finalAssessment: Nullable(Type.Object({ grade: Enum(GRADES), on: On() })),
  decisions: Type.Array(DecisionSchema),
});
export type SecondmentContext = Static<typeof SecondmentContextSchema>;

const initialContext: SecondmentContext = {
  memberId: '',
  memberName: '',
  hostUnit: '',
  post: '',
  startsOn: '',
  months: 0,
  rationale: '',
  ageOnStart: null,
  ageExceptionReason: null,
  reportedOn: null,
  termMonths: 0,
  termEndsOn: null,
  interimReviewMonths: 0,
  interimReviewsDue: 0,
  nextInterimReviewOn: null,
  interimReviewDue: false,
  lastInterimReview: null,
  endedOn: null,
  endedBy: null,
  hostAppraisal: null,
  finalAssessment: null,
  decisions: [],
};

/** The audit word for each human decision. */
const DECISION_OF: Record<HumanEvent['type'], string> = {
  SecondmentProposed: 'proposed',
  NominationApproved: 'approved',
  NominationRejected: 'rejected',
  UnitedFrontApproved: 'approved',
  UnitedFrontRejected: 'rejected',
  HostAccepted: 'accepted',
  HostDeclined: 'declined',
  MemberDispatched: 'dispatched',
  InterimReviewRecorded: 'reviewed',
  TermExtended: 'extended',
  SecondmentEndedEarly: 'ended_early',
  HostAppraisalRecorded: 'appraised',
  FinalAssessmentRecorded: 'assessed',
  SecondmentCompleted: 'completed',
  SecondmentCancelled: 'cancelled',
};

function decisionOf(event: SecondmentEvent, step: string): Decision | null {
  if (event.type === 'TermEnded' || event.type === 'InterimReviewDue') return null;
  const data: Record<string, unknown> = event.data;
  return {
    step,
    decision: DECISION_OF[event.type],
    actorId: event.actor.id,
    actorName: event.actor.name,
    role: event.actor.role,
    on: event.on,
    reason: typeof data.reason === 'string' ? data.reason : null,
    grade: GRADES.find((g) => g === data.grade) ?? null,
  };
}

// ---- machine ----------------------------------------------------------------------------------

const machine = setup({
  types: {} as { context: SecondmentContext; events: SecondmentEvent },
  actions: {
    decided: assign(({ context, event }, params: { step: string }) => {
      const decision = decisionOf(event, params.step);
      return decision ? { decisions: [...context.decisions, decision] } : {};
    }),
    propose: assign(({ event }) => {
      assertEvent(event, 'SecondmentProposed');
      const { memberName, memberId, hostUnit, post, startsOn, months, rationale, ageOnStart, ageExceptionReason } = event.data;
      return { memberId, memberName, hostUnit, post, startsOn, months, termMonths: months, rationale, ageOnStart, ageExceptionReason };
    }),
    dispatch: assign(({ event }) => {
      assertEvent(event, 'MemberDispatched');
      const { reportedOn, termEndsOn, interimReviewMonths, nextInterimReviewOn } = event.data;
      return { reportedOn, termEndsOn, interimReviewMonths, nextInterimReviewOn };
    }),
    extendTerm: assign(({ event }) => {
      assertEvent(event, 'TermExtended');
      return { termMonths: event.data.termMonths, termEndsOn: event.data.termEndsOn };
    }),
    /** Timer action: reads only the context (the due date it fired on is `nextInterimReviewOn`). */
    markInterimReviewDue: assign(({ context }) => {
      const due = context.interimReviewsDue + 1;
      const next = addMonths(context.reportedOn ?? context.startsOn, context.interimReviewMonths * (due + 1));
      return { interimReviewsDue: due, interimReviewDue: true, nextInterimReviewOn: next };
    }),
    recordInterimReview: assign(({ event }) => {
      assertEvent(event, 'InterimReviewRecorded');
      return { interimReviewDue: false, lastInterimReview: { on: event.on, summary: event.data.summary } };
    }),
    /** Timer action: the term ended on its (context) due date. */
    endTerm: assign(({ context }) => ({ endedOn: context.termEndsOn, endedBy: 'term_ended' as const })),
    endEarly: assign(({ event }) => ({ endedOn: event.on, endedBy: 'ended_early' as const })),
    recordHostAppraisal: assign(({ event }) => {
      assertEvent(event, 'HostAppraisalRecorded');
      return { hostAppraisal: { grade: event.data.grade, text: event.data.text, on: event.on } };
    }),
    recordFinalAssessment: assign(({ event }) => {
      assertEvent(event, 'FinalAssessmentRecorded');
      return { finalAssessment: { grade: event.data.grade, on: event.on } };
    }),
  },
  delays: {
    /** Due on `termEndsOn`, counted from the business date of the event entering `on_duty`. */
    termEnd: ({ context, event }) => msBetween(event.on, context.termEndsOn ?? event.on),
    /** Due on `nextInterimReviewOn`, counted the same way. */
    interimReview: ({ context, event }) => msBetween(event.on, context.nextInterimReviewOn ?? event.on),
  },
}).createMachine({
  id: 'secondment',
  initial: 'start',
  context: initialContext,
  states: {
    start: {
      on: {
        SecondmentProposed: {
          target: 'committee_review',
          actions: ['propose', { type: 'decided', params: { step: 'proposal' } }],
        },
      },
    },
    committee_review: {
      on: {
        NominationApproved: { target: 'united_front_review', actions: { type: 'decided', params: { step: 'committee_review' } } },
        NominationRejected: { target: 'rejected', actions: { type: 'decided', params: { step: 'committee_review' } } },
        SecondmentCancelled: { target: 'cancelled', actions: { type: 'decided', params: { step: 'committee_review' } } },
      },
    },
    united_front_review: {
      on: {
        UnitedFrontApproved: { target: 'host_review', actions: { type: 'decided', params: { step: 'united_front_review' } } },
        UnitedFrontRejected: { target: 'rejected', actions: { type: 'decided', params: { step: 'united_front_review' } } },
        SecondmentCancelled: { target: 'cancelled', actions: { type: 'decided', params: { step: 'united_front_review' } } },
      },
    },
    host_review: {
      on: {
        HostAccepted: { target: 'awaiting_dispatch', actions: { type: 'decided', params: { step: 'host_review' } } },
        HostDeclined: { target: 'rejected', actions: { type: 'decided', params: { step: 'host_review' } } },
        SecondmentCancelled: { target: 'cancelled', actions: { type: 'decided', params: { step: 'host_review' } } },
      },
    },
    awaiting_dispatch: {
      on: {
        MemberDispatched: { target: 'on_duty', actions: ['dispatch', { type: 'decided', params: { step: 'awaiting_dispatch' } }] },
        SecondmentCancelled: { target: 'cancelled', actions: { type: 'decided', params: { step: 'awaiting_dispatch' } } },
      },
    },
    on_duty: {
      // The engine records the timer's domain event instead of sending xstate.after: `after` mirrors `on`.
      after: {
        termEnd: { target: 'final_assessment', actions: 'endTerm' },
        interimReview: { target: 'on_duty', reenter: true, actions: 'markInterimReviewDue' },
      },
      on: {
        TermEnded: { target: 'final_assessment', actions: 'endTerm' },
        InterimReviewDue: { target: 'on_duty', reenter: true, actions: 'markInterimReviewDue' },
        InterimReviewRecorded: { actions: ['recordInterimReview', { type: 'decided', params: { step: 'on_duty' } }] },
        TermExtended: { target: 'on_duty', reenter: true, actions: ['extendTerm', { type: 'decided', params: { step: 'on_duty' } }] },
        SecondmentEndedEarly: { target: 'final_assessment', actions: ['endEarly', { type: 'decided', params: { step: 'on_duty' } }] },
      },
    },
    final_assessment: {
      on: {
        HostAppraisalRecorded: { actions: ['recordHostAppraisal', { type: 'decided', params: { step: 'final_assessment' } }] },
        FinalAssessmentRecorded: { actions: ['recordFinalAssessment', { type: 'decided', params: { step: 'final_assessment' } }] },
        SecondmentCompleted: { target: 'completed', actions: { type: 'decided', params: { step: 'final_assessment' } } },
      },
    },
    completed: { type: 'final' },
    rejected: { type: 'final' },
    cancelled: { type: 'final' },
  },
});

// ---- command specs ----------------------------------------------------------------------------

type Spec<TSchema extends TObject> = CommandSpec<SecondmentContext, Static<TSchema>>;

/** A command that only records its event; `fourEyes` forbids it to the proposer (`same_person`). */
function recordOnly<TSchema extends TObject>(
  schema: TSchema,
  roles: readonly Role[],
  event: HumanEvent['type'],
  fourEyes: boolean,
  data: (command: Static<TSchema>) => Record<string, unknown> = () => ({}),
): Spec<TSchema> {
  return {
    schema,
    roles,
    event,
    ...(fourEyes ? { notBy: ['SecondmentProposed'] } : {}),
    decide: ({ command }) => [{ type: event, data: data(command) }],
  };
}

const withReason = (command: { reason: string }) => ({ reason: command.reason });

const proposeSecondment: Spec<typeof ProposeSecondment> = {
  schema: ProposeSecondment,
  roles: ['committee', 'chair', 'office'],
  event: 'SecondmentProposed',
  needs: (command) => ({ members: [command.memberId], openSecondmentOf: command.memberId }),
  decide({ command, facts, settings }) {
    const member = facts.members.get(command.memberId);
    if (!member || !member.current) {
      throw new RuleViolation('not_a_member', `${command.memberId} is not a current member`, { memberId: command.memberId });
    }
    const open = facts.openSecondment;
    if (open) {
      const number = open.caseNumber ? ` (${open.caseNumber.year}/${open.caseNumber.seq})` : '';
      throw new RuleViolation('already_seconded', `${member.name} already has an open secondment to ${open.hostUnit}${number}: one at a time`, {
        secondmentId: open.id,
        hostUnit: open.hostUnit,
        caseNumber: open.caseNumber,
      });
    }
    const { secondmentMaxAge, maxSecondmentMonths } = settings.policy;
    const age = ageOn(member.birthDate, command.startsOn);
    if (age > secondmentMaxAge && command.ageExceptionReason === undefined) {
      throw new RuleViolation(
        'age_limit',
        `${member.name} is ${age} on ${command.startsOn}, over the limit of ${secondmentMaxAge}; give an ageExceptionReason`,
        { age, maxAge: secondmentMaxAge },
      );
    }
    if (command.months > maxSecondmentMonths) {
      throw new RuleViolation('term_too_long', `a term may last at most ${maxSecondmentMonths} months`, {
        months: command.months,
        maxMonths: maxSecondmentMonths,
      });
    }
    const data: SecondmentProposedData = {
      memberId: member.id,
      memberName: member.name,
      hostUnit: command.hostUnit,
      post: command.post,
      startsOn: command.startsOn,
      months: command.months,
      rationale: command.rationale,
      ageOnStart: age,
      ageExceptionReason: command.ageExceptionReason ?? null,
    };
    return [{ type: 'SecondmentProposed', data }];
  },
};

const dispatch: Spec<typeof Dispatch> = {
  schema: Dispatch,
  roles: ['office'],
  event: 'MemberDispatched',
  decide({ command, context, settings }) {
    const interval = settings.policy.interimReviewMonths;
    const data: MemberDispatchedData = {
      reportedOn: command.reportedOn,
      termEndsOn: addMonths(command.reportedOn, context.termMonths),
      interimReviewMonths: interval,
      nextInterimReviewOn: addMonths(command.reportedOn, interval),
    };
    return [{ type: 'MemberDispatched', data }];
  },
};

const extendTerm: Spec<typeof ExtendTerm> = {
  schema: ExtendTerm,
  roles: ['united_front'],
  event: 'TermExtended',
  decide({ command, context, settings }) {
    const termMonths = context.termMonths + command.months;
    const max = settings.policy.maxSecondmentMonths;
    if (termMonths > max) {
      throw new RuleViolation('term_too_long', `the whole term would be ${termMonths} months; at most ${max} are allowed`, {
        termMonths,
        maxMonths: max,
      });
    }
    const data: TermExtendedData = {
      months: command.months,
      reason: command.reason,
      termMonths,
      termEndsOn: addMonths(context.reportedOn ?? context.startsOn, termMonths),
    };
    return [{ type: 'TermExtended', data }];
  },
};

const completeSecondment: Spec<typeof CompleteSecondment> = {
  schema: CompleteSecondment,
  roles: ['office'],
  event: 'SecondmentCompleted',
  decide({ context }) {
    const missing = [
      ...(context.hostAppraisal ? [] : ['RecordHostAppraisal']),
      ...(context.finalAssessment ? [] : ['RecordFinalAssessment']),
    ];
    if (missing.length > 0) {
      throw new RuleViolation('assessment_missing', `record ${missing.join(' and ')} before completing`, { missing });
    }
    return [{ type: 'SecondmentCompleted', data: {} }];
  },
};

export const secondment: WorkflowDefinition<SecondmentContext> = {
  name: 'secondment',
  version: 1,
  numbered: true,
  title: 'Secondment to a government body',
  machine,
  startCommands: ['ProposeSecondment'],
  timers: { termEnd: 'TermEnded', interimReview: 'InterimReviewDue' },
  eventData: secondmentEvents,
  instanceData: SecondmentContextSchema,
  // A host unit sees and acts on the secondments to itself only (the unit named in the proposal).
  inScope: (role, context, principal) => role !== 'host_unit' || (principal.hostUnit !== null && principal.hostUnit === context.hostUnit),
  commands: {
    ProposeSecondment: proposeSecondment,
    ApproveNomination: recordOnly(ApproveNomination, ['chair'], 'NominationApproved', true),
    RejectNomination: backward(recordOnly(RejectNomination, ['chair'], 'NominationRejected', true, withReason)),
    ApproveByUnitedFront: recordOnly(ApproveByUnitedFront, ['united_front'], 'UnitedFrontApproved', true),
    RejectByUnitedFront: backward(recordOnly(RejectByUnitedFront, ['united_front'], 'UnitedFrontRejected', true, withReason)),
    AcceptByHost: recordOnly(AcceptByHost, ['host_unit'], 'HostAccepted', true),
    DeclineByHost: backward(recordOnly(DeclineByHost, ['host_unit'], 'HostDeclined', true, withReason)),
    Dispatch: dispatch,
    RecordInterimReview: recordOnly(RecordInterimReview, ['united_front', 'chair'], 'InterimReviewRecorded', false, (c) => ({
      summary: c.summary,
    })),
    ExtendTerm: extendTerm,
    EndEarly: backward(recordOnly(EndEarly, ['united_front'], 'SecondmentEndedEarly', false, withReason)),
    RecordHostAppraisal: recordOnly(RecordHostAppraisal, ['host_unit'], 'HostAppraisalRecorded', false, (c) => ({
      grade: c.grade,
      text: c.text,
    })),
    RecordFinalAssessment: recordOnly(RecordFinalAssessment, ['united_front', 'chair'], 'FinalAssessmentRecorded', true, (c) => ({
      grade: c.grade,
    })),
    CompleteSecondment: completeSecondment,
    CancelSecondment: backward(recordOnly(CancelSecondment, ['chair'], 'SecondmentCancelled', false, withReason)),
  },
};
