/**
 * `recruitment` — an applicant becomes a member (docs/workflows.md, "Recruitment").
 *
 * qualification_review → cultivation → sponsorship → branch_review → committee_review (the shared
 * ballot, workflows/voting.ts) → city_approval → admitted → inducted; rejected and withdrawn end it
 * early. `AdmissionApproved` carries everything a process manager needs to create the roster entry.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { assertEvent, assign, setup } from 'xstate';
import {
  backward,
  RuleViolation,
  ScopeViolation,
  type CommandSpec,
  type EventsOf,
  type MemberFacts,
  type WorkflowDefinition,
} from './contract.ts';
import { daysBetween } from './dates.ts';
import { CaseNumberField, command, Enum, Id, IsoDate, NoData, Nullable, ReasonData, Ref, Text } from './schemas.ts';
import { ballotActions, ballotEvents, BallotSchema, ballotTransitions, castVoteSpec, closeVoteSpec, emptyBallot, votePassed } from './voting.ts';

// ---- commands ---------------------------------------------------------------------------------

const GENDER_VALUES = ['male', 'female'] as const;
const EDUCATION_VALUES = ['doctorate', 'master', 'bachelor', 'college', 'secondary'] as const;
const TITLE_VALUES = ['senior', 'intermediate', 'junior', 'none'] as const;
const EMPLOYMENT_VALUES = ['working', 'retired'] as const;
const INVESTIGATION_OUTCOMES = ['positive', 'negative'] as const;

const Applicant = Type.Object(
  {
    name: Text(100, 'Full name'),
    gender: Enum(GENDER_VALUES),
    birthDate: IsoDate(),
    education: Enum(EDUCATION_VALUES),
    title: Enum(TITLE_VALUES, 'Professional title'),
    employer: Text(200),
    sector: Text(100),
    employment: Enum(EMPLOYMENT_VALUES),
    cpcMember: Type.Boolean({ description: 'Member of the Communist Party of China (not eligible)' }),
  },
  { additionalProperties: false },
);
const Count = (description: string) => Type.Integer({ minimum: 0, maximum: 100_000, description });

export const SubmitApplication = command('SubmitApplication', {
  applicant: Applicant,
  branchId: Ref('branch', 'The branch the applicant would join'),
  receivedOn: IsoDate('The day the application was received'),
});
export const PassQualification = command('PassQualification', {});
export const RejectApplication = command('RejectApplication', { reason: Text() });
export const AssignContact = command('AssignContact', { memberId: Ref('member', 'The member who keeps in touch with the applicant') });
export const RecordInvestigation = command('RecordInvestigation', {
  employerOpinion: Text(),
  summary: Text(),
  outcome: Enum(INVESTIGATION_OUTCOMES),
});
export const CompleteCultivation = command('CompleteCultivation', {});
export const EndorseAsSponsor = command('EndorseAsSponsor', { opinion: Text() });
export const RecordBranchVote = command('RecordBranchVote', {
  eligible: Count('Branch members entitled to vote'),
  present: Count('Members present'),
  approve: Count('Votes for'),
  reject: Count('Votes against'),
  abstain: Count('Abstentions'),
});
export const ApproveAdmission = command('ApproveAdmission', { approvalNo: Text(100, 'The city committee’s approval number') });
export const RejectAdmission = command('RejectAdmission', { reason: Text() });
export const RecordInduction = command('RecordInduction', { ceremonyOn: IsoDate('Day of the induction ceremony') });
export const WithdrawApplication = command('WithdrawApplication', { reason: Text() });

export type ApplicantProfile = Static<typeof Applicant>;

// ---- events -----------------------------------------------------------------------------------

/** The applicant's profile as recorded (the command's fields, without their input limits). */
const ApplicantData = Type.Object({
  name: Type.String({ description: 'Full name' }),
  gender: Enum(GENDER_VALUES),
  birthDate: IsoDate(),
  education: Enum(EDUCATION_VALUES),
  title: Enum(TITLE_VALUES, 'Professional title'),
  employer: Type.String(),
  sector: Type.String(),
  employment: Enum(EMPLOYMENT_VALUES),
  cpcMember: Type.Boolean({ description: 'Member of the Communist Party of China (not eligible)' }),
});
const ApplicationSubmittedData = Type.Object({ applicant: ApplicantData, branchId: Type.String(), receivedOn: IsoDate() });
const ContactAssignedData = Type.Object({ memberId: Type.String(), memberName: Type.String() });
const InvestigationRecordedData = Type.Object({
  employerOpinion: Type.String(),
  summary: Type.String(),
  outcome: Enum(INVESTIGATION_OUTCOMES),
});
const CultivationCompletedData = Type.Object({
  cultivationDays: Type.Integer({ description: 'Days spent in cultivation' }),
  investigations: Type.Integer({ description: 'Investigations recorded' }),
});
const SponsorEndorsedData = Type.Object({ memberId: Type.String(), memberName: Type.String(), opinion: Type.String() });
const Tally = () => Type.Integer({ minimum: 0 });
const BranchVoteData = Type.Object({ eligible: Tally(), present: Tally(), approve: Tally(), reject: Tally(), abstain: Tally(), passed: Type.Boolean() });
const AdmissionFields = {
  approvalNo: Type.String({ description: 'The city committee’s approval number' }),
  memberId: Type.String({ description: 'The roster id the new member gets' }),
  joinedOn: IsoDate(),
  overQuota: Type.Boolean({ description: 'Admitted when the year’s quota was already reached' }),
  quota: Type.Integer(),
  admissionsBefore: Type.Integer({ description: 'Admissions earlier in the same year' }),
};
const AdmissionApprovedData = Type.Object({ ...AdmissionFields, applicant: ApplicantData, branchId: Type.String() });
const ApplicationWithdrawnData = Type.Object({ reason: Type.String(), fromState: Type.String({ description: 'The state it was withdrawn from' }) });

export const recruitmentEvents = {
  ApplicationSubmitted: Type.Object({ ...ApplicationSubmittedData.properties, caseNumber: CaseNumberField() }),
  QualificationPassed: NoData(),
  ApplicationRejected: ReasonData(),
  ContactAssigned: ContactAssignedData,
  InvestigationRecorded: InvestigationRecordedData,
  CultivationCompleted: CultivationCompletedData,
  SponsorEndorsed: SponsorEndorsedData,
  BranchVoteRecorded: BranchVoteData,
  ...ballotEvents,
  AdmissionApproved: AdmissionApprovedData,
  AdmissionRejected: ReasonData(),
  InductionRecorded: Type.Object({ ceremonyOn: IsoDate() }),
  ApplicationWithdrawn: ApplicationWithdrawnData,
};
export type RecruitmentEvent = EventsOf<typeof recruitmentEvents>;
export type ApplicationSubmittedData = Static<typeof ApplicationSubmittedData>;
export type ContactAssignedData = Static<typeof ContactAssignedData>;
export type InvestigationRecordedData = Static<typeof InvestigationRecordedData>;
export type CultivationCompletedData = Static<typeof CultivationCompletedData>;
export type SponsorEndorsedData = Static<typeof SponsorEndorsedData>;
export type BranchVoteData = Static<typeof BranchVoteData>;
export type AdmissionApprovedData = Static<typeof AdmissionApprovedData>;
export type ApplicationWithdrawnData = Static<typeof ApplicationWithdrawnData>;

// ---- context ----------------------------------------------------------------------------------

const On = IsoDate;
export const RecruitmentContextSchema = Type.Object({
  ballot: BallotSchema,
  applicant: Nullable(ApplicantData),
  branchId: Nullable(Type.String()),
  receivedOn: Nullable(On()),
  cultivationSince: Nullable(On(), 'Business date the applicant entered cultivation'),
  contacts: Type.Array(Type.Object({ ...ContactAssignedData.properties, on: On() })),
  investigations: Type.Array(Type.Object({ ...InvestigationRecordedData.properties, by: Type.String({ description: 'Who recorded it (name)' }), on: On() })),
  sponsors: Type.Array(Type.Object({ ...SponsorEndorsedData.properties, on: On() })),
  branchVote: Nullable(Type.Object({ ...BranchVoteData.properties, on: On() })),
  admission: Nullable(Type.Object(AdmissionFields)),
  inductedOn: Nullable(On()),
  rejection: Nullable(
    Type.Object({ reason: Type.String(), on: On(), by: Enum(['ApplicationRejected', 'AdmissionRejected'] as const, 'The event that rejected it') }),
    'Why and when it was rejected by a decision with a reason (votes keep their own record)',
  ),
  withdrawal: Nullable(Type.Object({ ...ApplicationWithdrawnData.properties, on: On() })),
});
export type RecruitmentContext = Static<typeof RecruitmentContextSchema>;

const initialContext = (): RecruitmentContext => ({
  applicant: null,
  branchId: null,
  receivedOn: null,
  cultivationSince: null,
  contacts: [],
  investigations: [],
  sponsors: [],
  branchVote: null,
  admission: null,
  inductedOn: null,
  rejection: null,
  withdrawal: null,
  ballot: emptyBallot(),
});

// ---- machine ----------------------------------------------------------------------------------

const withdrawable = { ApplicationWithdrawn: { target: 'withdrawn', actions: 'recordWithdrawal' } } as const;

const machine = setup({
  types: {} as { context: RecruitmentContext; events: RecruitmentEvent },
  guards: {
    votePassed,
    isSecondSponsor: ({ context }) => context.sponsors.length >= 1,
    branchVotePassed: ({ event }) => event.type === 'BranchVoteRecorded' && event.data.passed,
  },
  actions: {
    ...ballotActions<RecruitmentContext, RecruitmentEvent>(),
    recordSubmission: assign(({ event }) => {
      assertEvent(event, 'ApplicationSubmitted');
      return { applicant: event.data.applicant, branchId: event.data.branchId, receivedOn: event.data.receivedOn };
    }),
    startCultivation: assign(({ event }) => ({ cultivationSince: event.on })),
    recordContact: assign(({ context, event }) => {
      assertEvent(event, 'ContactAssigned');
      const others = context.contacts.filter((c) => c.memberId !== event.data.memberId);
      return { contacts: [...others, { ...event.data, on: event.on }] };
    }),
    recordInvestigation: assign(({ context, event }) => {
      assertEvent(event, 'InvestigationRecorded');
      return { investigations: [...context.investigations, { ...event.data, by: event.actor.name, on: event.on }] };
    }),
    recordSponsor: assign(({ context, event }) => {
      assertEvent(event, 'SponsorEndorsed');
      return { sponsors: [...context.sponsors, { ...event.data, on: event.on }] };
    }),
    recordBranchVote: assign(({ event }) => {
      assertEvent(event, 'BranchVoteRecorded');
      return { branchVote: { ...event.data, on: event.on } };
    }),
    recordAdmission: assign(({ event }) => {
      assertEvent(event, 'AdmissionApproved');
      const { applicant: _applicant, branchId: _branchId, ...admission } = event.data;
      return { admission };
    }),
    recordInduction: assign(({ event }) => {
      assertEvent(event, 'InductionRecorded');
      return { inductedOn: event.data.ceremonyOn };
    }),
    recordRejection: assign(({ event }) => {
      assertEvent(event, ['ApplicationRejected', 'AdmissionRejected']);
      return { rejection: { reason: event.data.reason, on: event.on, by: event.type } };
    }),
    recordWithdrawal: assign(({ event }) => {
      assertEvent(event, 'ApplicationWithdrawn');
      return { withdrawal: { ...event.data, on: event.on } };
    }),
  },
}).createMachine({
  id: 'recruitment',
  initial: 'start',
  context: initialContext,
  states: {
    start: { on: { ApplicationSubmitted: { target: 'qualification_review', actions: 'recordSubmission' } } },
    qualification_review: {
      on: {
        QualificationPassed: { target: 'cultivation', actions: 'startCultivation' },
        ApplicationRejected: { target: 'rejected', actions: 'recordRejection' },
        ...withdrawable,
      },
    },
    cultivation: {
      on: {
        ContactAssigned: { actions: 'recordContact' },
        InvestigationRecorded: { actions: 'recordInvestigation' },
        CultivationCompleted: { target: 'sponsorship' },
        ...withdrawable,
      },
    },
    sponsorship: {
      on: {
        SponsorEndorsed: [
          { guard: 'isSecondSponsor', target: 'branch_review', actions: 'recordSponsor' },
          { actions: 'recordSponsor' },
        ],
        ...withdrawable,
      },
    },
    branch_review: {
      on: {
        BranchVoteRecorded: [
          { guard: 'branchVotePassed', target: 'committee_review', actions: 'recordBranchVote' },
          { target: 'rejected', actions: 'recordBranchVote' },
        ],
        ...withdrawable,
      },
    },
    committee_review: { on: { ...ballotTransitions('city_approval', 'rejected'), ...withdrawable } },
    city_approval: {
      on: {
        AdmissionApproved: { target: 'admitted', actions: 'recordAdmission' },
        AdmissionRejected: { target: 'rejected', actions: 'recordRejection' },
        ...withdrawable,
      },
    },
    admitted: { on: { InductionRecorded: { target: 'inducted', actions: 'recordInduction' }, ...withdrawable } },
    inducted: { type: 'final' },
    rejected: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});

// ---- rules ------------------------------------------------------------------------------------

function applicantOf(context: RecruitmentContext): ApplicantProfile {
  if (!context.applicant) throw new Error('recruitment: no application has been submitted');
  return context.applicant;
}

/** A roster member who was a member on `on` (admitted by then and not departed). */
function memberOn(members: ReadonlyMap<string, MemberFacts>, id: string, on: string): MemberFacts | null {
  const found = members.get(id);
  return found && found.current && found.joinedOn <= on ? found : null;
}

const yearOf = (date: string): number => Number(date.slice(0, 4));

type Spec<S extends TSchema> = CommandSpec<RecruitmentContext, Static<S>>;

const submitApplication: Spec<typeof SubmitApplication> = {
  schema: SubmitApplication,
  roles: ['office'],
  event: 'ApplicationSubmitted',
  decide({ command, settings }) {
    if (command.applicant.cpcMember) {
      throw new RuleViolation('cpc_member_not_eligible', 'a member of the Communist Party of China cannot apply');
    }
    if (settings.branches.length > 0 && !settings.branches.some((b) => b.id === command.branchId)) {
      throw new RuleViolation('unknown_branch', `there is no branch ${command.branchId}`);
    }
    const data: ApplicationSubmittedData = { applicant: command.applicant, branchId: command.branchId, receivedOn: command.receivedOn };
    return [{ type: 'ApplicationSubmitted', data }];
  },
};

const passQualification: Spec<typeof PassQualification> = {
  schema: PassQualification,
  roles: ['office'],
  event: 'QualificationPassed',
  decide: () => [{ type: 'QualificationPassed', data: {} }],
};

const rejectApplication: Spec<typeof RejectApplication> = {
  schema: RejectApplication,
  roles: ['office', 'chair'],
  event: 'ApplicationRejected',
  decide: ({ command }) => [{ type: 'ApplicationRejected', data: { reason: command.reason } }],
};

const assignContact: Spec<typeof AssignContact> = {
  schema: AssignContact,
  roles: ['office'],
  event: 'ContactAssigned',
  needs: (command) => ({ members: [command.memberId] }),
  decide({ command, facts }) {
    const contact = facts.members.get(command.memberId);
    if (!contact?.current) throw new RuleViolation('not_a_member', `${command.memberId} is not a current member`);
    const data: ContactAssignedData = { memberId: contact.id, memberName: contact.name };
    return [{ type: 'ContactAssigned', data }];
  },
};

const recordInvestigation: Spec<typeof RecordInvestigation> = {
  schema: RecordInvestigation,
  roles: ['office', 'member'],
  event: 'InvestigationRecorded',
  decide({ command }) {
    const data: InvestigationRecordedData = { employerOpinion: command.employerOpinion, summary: command.summary, outcome: command.outcome };
    return [{ type: 'InvestigationRecorded', data }];
  },
};

const completeCultivation: Spec<typeof CompleteCultivation> = {
  schema: CompleteCultivation,
  roles: ['office'],
  event: 'CultivationCompleted',
  decide({ context, on, settings }) {
    const since = context.cultivationSince ?? on;
    const days = daysBetween(since, on);
    const minimum = settings.policy.minCultivationDays;
    if (days < minimum) {
      throw new RuleViolation('min_cultivation_days', `cultivation lasted ${days} days since ${since}; at least ${minimum} are required`, {
        days,
        minimum,
      });
    }
    if (context.investigations.length === 0) {
      throw new RuleViolation('investigation_required', 'record at least one investigation before completing cultivation');
    }
    const data: CultivationCompletedData = { cultivationDays: days, investigations: context.investigations.length };
    return [{ type: 'CultivationCompleted', data }];
  },
};

const endorseAsSponsor: Spec<typeof EndorseAsSponsor> = {
  schema: EndorseAsSponsor,
  roles: ['member'],
  event: 'SponsorEndorsed',
  needs: (_command, _context, principal) => (principal.memberId ? { members: [principal.memberId] } : {}),
  forbids({ context, principal }) {
    if (!principal.memberId) return new ScopeViolation('only a principal linked to a member can sponsor, and only as that member');
    if (context.sponsors.some((s) => s.memberId === principal.memberId)) {
      return new RuleViolation('invalid_sponsor', `member ${principal.memberId} has already endorsed this applicant`);
    }
    return null;
  },
  decide({ context, command, principal, facts, on }) {
    const sponsor = principal.memberId ? memberOn(facts.members, principal.memberId, on) : undefined;
    if (!sponsor) throw new RuleViolation('invalid_sponsor', `${principal.memberId ?? 'the principal'} is not a member on ${on}`);
    const applicant = applicantOf(context);
    if (sponsor.name === applicant.name && sponsor.birthDate === applicant.birthDate) {
      throw new RuleViolation('invalid_sponsor', 'the applicant cannot sponsor themselves');
    }
    const data: SponsorEndorsedData = { memberId: sponsor.id, memberName: sponsor.name, opinion: command.opinion };
    return [{ type: 'SponsorEndorsed', data }];
  },
};

const recordBranchVote: Spec<typeof RecordBranchVote> = {
  schema: RecordBranchVote,
  roles: ['branch_chair'],
  event: 'BranchVoteRecorded',
  forbids: ({ context, principal }) =>
    !principal.branchId || principal.branchId !== context.branchId ? new ScopeViolation(`only the chair of branch ${context.branchId ?? '?'} may record its vote`) : null,
  decide({ command }) {
    const { eligible, present, approve, reject, abstain } = command;
    if (present > eligible) throw new RuleViolation('invalid_tally', `${present} present but only ${eligible} eligible`);
    if (approve + reject + abstain > present) {
      throw new RuleViolation('invalid_tally', `${approve + reject + abstain} votes but only ${present} present`);
    }
    const passed = present > eligible / 2 && approve > present / 2;
    const data: BranchVoteData = { eligible, present, approve, reject, abstain, passed };
    return [{ type: 'BranchVoteRecorded', data }];
  },
};

const approveAdmission: Spec<typeof ApproveAdmission> = {
  schema: ApproveAdmission,
  roles: ['city_committee'],
  event: 'AdmissionApproved',
  // The quota year is that of the admission's business date.
  needs: (_command, _context, _principal, on) => ({ admissionsInYear: yearOf(on) }),
  decide({ context, command, on, settings, facts, instanceId }) {
    const quota = settings.recruitmentQuota;
    const data: AdmissionApprovedData = {
      approvalNo: command.approvalNo,
      memberId: `m-${instanceId}`,
      joinedOn: on,
      overQuota: facts.admissionsInYear >= quota,
      quota,
      admissionsBefore: facts.admissionsInYear,
      applicant: applicantOf(context),
      branchId: context.branchId ?? '',
    };
    return [{ type: 'AdmissionApproved', data }];
  },
};

const rejectAdmission: Spec<typeof RejectAdmission> = {
  schema: RejectAdmission,
  roles: ['city_committee'],
  event: 'AdmissionRejected',
  decide: ({ command }) => [{ type: 'AdmissionRejected', data: { reason: command.reason } }],
};

const recordInduction: Spec<typeof RecordInduction> = {
  schema: RecordInduction,
  roles: ['office'],
  event: 'InductionRecorded',
  decide: ({ command }) => [{ type: 'InductionRecorded', data: { ceremonyOn: command.ceremonyOn } }],
};

const withdrawApplication: Spec<typeof WithdrawApplication> = {
  schema: WithdrawApplication,
  roles: ['office'],
  event: 'ApplicationWithdrawn',
  decide({ command, state }) {
    const data: ApplicationWithdrawnData = { reason: command.reason, fromState: state };
    return [{ type: 'ApplicationWithdrawn', data }];
  },
};

export const recruitment: WorkflowDefinition<RecruitmentContext> = {
  name: 'recruitment',
  version: 1,
  numbered: true,
  title: 'Recruitment: an applicant becomes a member',
  machine,
  startCommands: ['SubmitApplication'],
  timers: {},
  eventData: recruitmentEvents,
  instanceData: RecruitmentContextSchema,
  commands: {
    SubmitApplication: submitApplication,
    PassQualification: passQualification,
    RejectApplication: backward(rejectApplication),
    AssignContact: assignContact,
    RecordInvestigation: recordInvestigation,
    CompleteCultivation: completeCultivation,
    EndorseAsSponsor: endorseAsSponsor,
    RecordBranchVote: recordBranchVote,
    CastVote: castVoteSpec,
    CloseVote: closeVoteSpec(),
    ApproveAdmission: approveAdmission,
    RejectAdmission: backward(rejectAdmission),
    RecordInduction: recordInduction,
    WithdrawApplication: backward(withdrawApplication),
  },
};
