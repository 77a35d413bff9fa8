/**
 * `cadre-training` — reserve cadres (docs/workflows.md, "Cadre training").
 *
 * A nomination is screened by the chair, decided by the committee ballot (workflows/voting.ts)
 * and, once in the pool, the cadre gets tasks, courses and a yearly review until appointed or
 * removed. An annual review falls due `annualReviewDays` after entering the pool and after each
 * review (durable timer → `AnnualReviewDue`); an `incompetent` rating blocks everything but a new
 * review or the removal (`review_required`).
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { assertEvent, assign, setup } from 'xstate';
import { backward, RuleViolation, ScopeViolation, type CommandSpec, type EventsOf, type WorkflowDefinition } from './contract.ts';
import { addDays, msBetween } from './dates.ts';
import { CaseNumberField, command, Enum, Id, IsoDate, Nullable, ReasonData, Ref, Text, TimerData } from './schemas.ts';
import { ballotActions, ballotEvents, BallotSchema, ballotTransitions, castVoteSpec, closeVoteSpec, emptyBallot, votePassed } from './voting.ts';

// ---- commands ---------------------------------------------------------------------------------

export const NOMINATION_METHODS = ['branch_recommendation', 'democratic_recommendation'] as const;
export const REVIEW_RATINGS = ['excellent', 'competent', 'basic', 'incompetent'] as const;
export type ReviewRating = (typeof REVIEW_RATINGS)[number];

export const NominateCadre = command('NominateCadre', {
  memberId: Ref('member', 'The member nominated'),
  method: Enum(NOMINATION_METHODS),
  rationale: Text(),
});
export const ScreenCandidate = command('ScreenCandidate', { result: Enum(['pass', 'fail'] as const) });
export const AssignTask = command('AssignTask', { title: Text(200), dueOn: IsoDate() });
export const CompleteTask = command('CompleteTask', { taskId: Id(), outcome: Text() });
export const EnrolCourse = command('EnrolCourse', {
  course: Text(200),
  institution: Text(200),
  startsOn: IsoDate(),
  endsOn: IsoDate(),
});
export const CompleteCourse = command('CompleteCourse', { courseId: Id(), result: Text() });
export const RecordAnnualReview = command('RecordAnnualReview', {
  year: Type.Integer({ minimum: 1949, maximum: 2200, description: 'The year reviewed' }),
  rating: Enum(REVIEW_RATINGS),
});
export const Appoint = command('Appoint', { position: Text(200) });
export const RemoveFromPool = command('RemoveFromPool', { reason: Text() });

// ---- events -----------------------------------------------------------------------------------

const CadreNominatedData = Type.Object({
  memberId: Type.String({ description: 'The nominee’s member id' }),
  memberName: Type.String(),
  branchId: Type.String({ description: 'The nominee’s branch' }),
  method: Enum(NOMINATION_METHODS),
  rationale: Type.String(),
});
const CandidateScreenedData = Type.Object({ result: Enum(['pass', 'fail'] as const) });
const TaskAssignedData = Type.Object({ taskId: Type.String(), title: Type.String(), dueOn: IsoDate() });
const TaskCompletedData = Type.Object({ taskId: Type.String(), outcome: Type.String() });
const CourseEnrolledData = Type.Object({
  courseId: Type.String(),
  course: Type.String(),
  institution: Type.String(),
  startsOn: IsoDate(),
  endsOn: IsoDate(),
});
const CourseCompletedData = Type.Object({ courseId: Type.String(), result: Type.String() });
const AnnualReviewRecordedData = Type.Object({
  year: Type.Integer(),
  rating: Enum(REVIEW_RATINGS),
  nextReviewOn: IsoDate('When the next annual review falls due'),
});

export const cadreEvents = {
  CadreNominated: Type.Object({ ...CadreNominatedData.properties, caseNumber: CaseNumberField() }),
  CandidateScreened: CandidateScreenedData,
  ...ballotEvents,
  TaskAssigned: TaskAssignedData,
  TaskCompleted: TaskCompletedData,
  CourseEnrolled: CourseEnrolledData,
  CourseCompleted: CourseCompletedData,
  AnnualReviewRecorded: AnnualReviewRecordedData,
  AnnualReviewDue: TimerData(),
  CadreAppointed: Type.Object({ position: Type.String() }),
  CadreRemoved: ReasonData(),
};
export type CadreEvent = EventsOf<typeof cadreEvents>;
type CadreNominatedData = Static<typeof CadreNominatedData>;
type TaskAssignedData = Static<typeof TaskAssignedData>;
type TaskCompletedData = Static<typeof TaskCompletedData>;
type CourseEnrolledData = Static<typeof CourseEnrolledData>;
type CourseCompletedData = Static<typeof CourseCompletedData>;
type AnnualReviewRecordedData = Static<typeof AnnualReviewRecordedData>;

// ---- context ----------------------------------------------------------------------------------

const On = IsoDate;
export const CadreContextSchema = Type.Object({
  ballot: BallotSchema,
  /** The nominee's fields sit at the top level: the engine finds open nominations by `data.memberId`. */
  memberId: Nullable(Type.String()),
  memberName: Nullable(Type.String()),
  branchId: Nullable(Type.String()),
  method: Nullable(Enum(NOMINATION_METHODS)),
  rationale: Nullable(Type.String()),
  caseNumber: CaseNumberField(),
  nominatedOn: Nullable(On()),
  screening: Nullable(Type.Object({ ...CandidateScreenedData.properties, on: On() })),
  poolSince: Nullable(On(), 'Business date the cadre entered the pool'),
  nextReviewOn: Nullable(On(), 'When the next annual review falls due (the timer’s due date)'),
  reviewDue: Type.Boolean({ description: 'The review timer has fired and no review has been recorded since' }),
  reviewRequired: Type.Boolean({ description: 'The last review rated incompetent: only a new review or the removal may follow' }),
  reviews: Type.Array(Type.Object({ year: Type.Integer(), rating: Enum(REVIEW_RATINGS), on: On() })),
  tasks: Type.Array(
    Type.Object({
      ...TaskAssignedData.properties,
      assignedOn: On(),
      completed: Nullable(Type.Object({ on: On(), outcome: Type.String() })),
    }),
  ),
  courses: Type.Array(
    Type.Object({
      ...CourseEnrolledData.properties,
      enrolledOn: On(),
      completed: Nullable(Type.Object({ on: On(), result: Type.String() })),
    }),
  ),
  appointment: Nullable(Type.Object({ position: Type.String(), on: On() })),
  removal: Nullable(Type.Object({ reason: Type.String(), on: On() })),
});
export type CadreContext = Static<typeof CadreContextSchema>;
export type CadreTask = CadreContext['tasks'][number];
export type CadreCourse = CadreContext['courses'][number];

const initialContext = (): CadreContext => ({
  memberId: null,
  memberName: null,
  branchId: null,
  method: null,
  rationale: null,
  nominatedOn: null,
  screening: null,
  poolSince: null,
  nextReviewOn: null,
  reviewDue: false,
  reviewRequired: false,
  reviews: [],
  tasks: [],
  courses: [],
  appointment: null,
  removal: null,
  ballot: emptyBallot(),
});

// ---- machine ----------------------------------------------------------------------------------

const machine = setup({
  types: {} as { context: CadreContext; events: CadreEvent },
  guards: {
    votePassed,
    screeningPassed: ({ event }) => event.type === 'CandidateScreened' && event.data.result === 'pass',
  },
  delays: {
    /** Entered with the due date in context (set by the entering event's actions): due = event.on + delay. */
    annualReview: ({ context, event }) => msBetween(event.on, context.nextReviewOn ?? event.on),
  },
  actions: {
    ...ballotActions<CadreContext, CadreEvent>(),
    recordNomination: assign(({ event }) => {
      assertEvent(event, 'CadreNominated');
      return { ...event.data, nominatedOn: event.on };
    }),
    recordScreening: assign(({ event }) => {
      assertEvent(event, 'CandidateScreened');
      return { screening: { ...event.data, on: event.on } };
    }),
    enterPool: assign(({ event }) => {
      assertEvent(event, 'VoteClosed');
      return { poolSince: event.on, nextReviewOn: event.data.nextReviewOn ?? null };
    }),
    markReviewDue: assign({ reviewDue: true }),
    recordReview: assign(({ context, event }) => {
      assertEvent(event, 'AnnualReviewRecorded');
      return {
        reviews: [...context.reviews, { year: event.data.year, rating: event.data.rating, on: event.on }],
        nextReviewOn: event.data.nextReviewOn,
        reviewDue: false,
        reviewRequired: event.data.rating === 'incompetent',
      };
    }),
    recordTask: assign(({ context, event }) => {
      assertEvent(event, 'TaskAssigned');
      return { tasks: [...context.tasks, { ...event.data, assignedOn: event.on, completed: null }] };
    }),
    completeTask: assign(({ context, event }) => {
      assertEvent(event, 'TaskCompleted');
      const completed = { on: event.on, outcome: event.data.outcome };
      return { tasks: context.tasks.map((t) => (t.taskId === event.data.taskId ? { ...t, completed } : t)) };
    }),
    recordCourse: assign(({ context, event }) => {
      assertEvent(event, 'CourseEnrolled');
      return { courses: [...context.courses, { ...event.data, enrolledOn: event.on, completed: null }] };
    }),
    completeCourse: assign(({ context, event }) => {
      assertEvent(event, 'CourseCompleted');
      const completed = { on: event.on, result: event.data.result };
      return { courses: context.courses.map((c) => (c.courseId === event.data.courseId ? { ...c, completed } : c)) };
    }),
    recordAppointment: assign(({ event }) => {
      assertEvent(event, 'CadreAppointed');
      return { appointment: { position: event.data.position, on: event.on } };
    }),
    recordRemoval: assign(({ event }) => {
      assertEvent(event, 'CadreRemoved');
      return { removal: { reason: event.data.reason, on: event.on } };
    }),
  },
}).createMachine({
  id: 'cadre-training',
  initial: 'start',
  context: initialContext,
  states: {
    start: { on: { CadreNominated: { target: 'screening', actions: 'recordNomination' } } },
    screening: {
      on: {
        CandidateScreened: [
          { guard: 'screeningPassed', target: 'committee_decision', actions: 'recordScreening' },
          { target: 'dropped', actions: 'recordScreening' },
        ],
      },
    },
    committee_decision: { on: ballotTransitions('in_pool', 'dropped', ['enterPool']) },
    in_pool: {
      // The engine records `AnnualReviewDue` when the timer fires; the `after` mirrors that transition.
      after: { annualReview: { actions: 'markReviewDue' } },
      on: {
        AnnualReviewDue: { actions: 'markReviewDue' },
        AnnualReviewRecorded: { target: 'in_pool', reenter: true, actions: 'recordReview' },
        TaskAssigned: { actions: 'recordTask' },
        TaskCompleted: { actions: 'completeTask' },
        CourseEnrolled: { actions: 'recordCourse' },
        CourseCompleted: { actions: 'completeCourse' },
        CadreAppointed: { target: 'appointed', actions: 'recordAppointment' },
        CadreRemoved: { target: 'removed', actions: 'recordRemoval' },
      },
    },
    appointed: { type: 'final' },
    removed: { type: 'final' },
    dropped: { type: 'final' },
  },
});

// ---- rules ------------------------------------------------------------------------------------

type Spec<S extends TSchema> = CommandSpec<CadreContext, Static<S>>;

/** After an `incompetent` rating only a new review or the removal may follow. */
function requireNoPendingReview(context: CadreContext): void {
  if (context.reviewRequired) {
    throw new RuleViolation('review_required', 'the last review rated the cadre incompetent: record a new review or remove the cadre first');
  }
}

const nominateCadre: Spec<typeof NominateCadre> = {
  schema: NominateCadre,
  // committee first: a principal who is both acts with the wider authority (no branch restriction).
  roles: ['committee', 'branch_chair'],
  event: 'CadreNominated',
  needs: (command) => ({ members: [command.memberId], openNominationsOf: command.memberId }),
  decide({ command, facts, principal, role }) {
    const nominee = facts.members.get(command.memberId);
    if (!nominee?.current) throw new RuleViolation('not_a_member', `${command.memberId} is not a current member`);
    if (role === 'branch_chair' && nominee.branchId !== principal.branchId) {
      throw new ScopeViolation('a branch chair may only nominate members of their own branch');
    }
    if (facts.openNominations > 0) {
      throw new RuleViolation('already_nominated', `${nominee.name} already has an open nomination`);
    }
    const data: CadreNominatedData = {
      memberId: nominee.id,
      memberName: nominee.name,
      branchId: nominee.branchId,
      method: command.method,
      rationale: command.rationale,
    };
    return [{ type: 'CadreNominated', data }];
  },
};

const screenCandidate: Spec<typeof ScreenCandidate> = {
  schema: ScreenCandidate,
  roles: ['chair'],
  event: 'CandidateScreened',
  decide: ({ command }) => [{ type: 'CandidateScreened', data: { result: command.result } }],
};

const closeVote = closeVoteSpec(({ on, settings }, outcome) =>
  outcome === 'passed' ? { nextReviewOn: addDays(on, settings.policy.annualReviewDays) } : {},
);

const assignTask: Spec<typeof AssignTask> = {
  schema: AssignTask,
  roles: ['office', 'chair'],
  event: 'TaskAssigned',
  decide({ context, command }) {
    requireNoPendingReview(context);
    const data: TaskAssignedData = { taskId: `t${context.tasks.length + 1}`, title: command.title, dueOn: command.dueOn };
    return [{ type: 'TaskAssigned', data }];
  },
};

const completeTask: Spec<typeof CompleteTask> = {
  schema: CompleteTask,
  roles: ['office'],
  event: 'TaskCompleted',
  decide({ context, command }) {
    requireNoPendingReview(context);
    if (!context.tasks.some((t) => t.taskId === command.taskId && !t.completed)) {
      throw new RuleViolation('unknown_task', `there is no open task ${command.taskId}`);
    }
    const data: TaskCompletedData = { taskId: command.taskId, outcome: command.outcome };
    return [{ type: 'TaskCompleted', data }];
  },
};

const enrolCourse: Spec<typeof EnrolCourse> = {
  schema: EnrolCourse,
  roles: ['office'],
  event: 'CourseEnrolled',
  decide({ context, command }) {
    requireNoPendingReview(context);
    if (command.endsOn < command.startsOn) {
      throw new RuleViolation('invalid_period', `the course ends (${command.endsOn}) before it starts (${command.startsOn})`);
    }
    const data: CourseEnrolledData = {
      courseId: `c${context.courses.length + 1}`,
      course: command.course,
      institution: command.institution,
      startsOn: command.startsOn,
      endsOn: command.endsOn,
    };
    return [{ type: 'CourseEnrolled', data }];
  },
};

const completeCourse: Spec<typeof CompleteCourse> = {
  schema: CompleteCourse,
  roles: ['office'],
  event: 'CourseCompleted',
  decide({ context, command }) {
    requireNoPendingReview(context);
    if (!context.courses.some((c) => c.courseId === command.courseId && !c.completed)) {
      throw new RuleViolation('unknown_course', `there is no open course ${command.courseId}`);
    }
    const data: CourseCompletedData = { courseId: command.courseId, result: command.result };
    return [{ type: 'CourseCompleted', data }];
  },
};

const recordAnnualReview: Spec<typeof RecordAnnualReview> = {
  schema: RecordAnnualReview,
  roles: ['chair'],
  event: 'AnnualReviewRecorded',
  decide({ command, on, settings }) {
    const data: AnnualReviewRecordedData = {
      year: command.year,
      rating: command.rating,
      nextReviewOn: addDays(on, settings.policy.annualReviewDays),
    };
    return [{ type: 'AnnualReviewRecorded', data }];
  },
};

const appoint: Spec<typeof Appoint> = {
  schema: Appoint,
  roles: ['chair'],
  event: 'CadreAppointed',
  decide({ context, command }) {
    requireNoPendingReview(context);
    return [{ type: 'CadreAppointed', data: { position: command.position } }];
  },
};

const removeFromPool: Spec<typeof RemoveFromPool> = {
  schema: RemoveFromPool,
  roles: ['chair'],
  event: 'CadreRemoved',
  decide: ({ command }) => [{ type: 'CadreRemoved', data: { reason: command.reason } }],
};

export const cadreTraining: WorkflowDefinition<CadreContext> = {
  name: 'cadre-training',
  version: 1,
  numbered: true,
  title: 'Cadre training: the reserve cadre pool',
  machine,
  startCommands: ['NominateCadre'],
  timers: { annualReview: 'AnnualReviewDue' },
  eventData: cadreEvents,
  instanceData: CadreContextSchema,
  commands: {
    NominateCadre: nominateCadre,
    ScreenCandidate: screenCandidate,
    CastVote: castVoteSpec,
    CloseVote: closeVote,
    AssignTask: assignTask,
    CompleteTask: completeTask,
    EnrolCourse: enrolCourse,
    CompleteCourse: completeCourse,
    RecordAnnualReview: recordAnnualReview,
    Appoint: appoint,
    RemoveFromPool: backward(removeFromPool),
  },
};
