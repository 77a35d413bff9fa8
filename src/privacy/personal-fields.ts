/**
 * The personal fields of the people the procedures are about (members, applicants, nominees,
 * secondees, submitters), declared once per workflow: where they sit in an instance's data (the
 * workflow's view of its context, as instances, listings and the views show it) and in the data of
 * each event type (history, the event feed). The actor of an event (its metadata) is never listed:
 * naming who decided is the audit's purpose.
 *
 * A path names object keys separated by dots; `[]` steps into every element of an array
 * (`sponsors[].opinion`). The read policy (read-policy.ts) decides per role and relation which
 * categories a caller sees; redact.ts leaves out the rest.
 */

/**
 * The erasure of a subject's personal data (POST /admin/erasures), recorded on the subject's own
 * stream: who (the actor), when (recorded at) and why (`reason`), never what. Machines never see it
 * (the fold steps over it); it moves the stream's version, so every server's cached copy of the
 * instance is read again.
 */
export const ERASURE_EVENT = 'PersonalDataErased';

/** What kind of personal data a field holds: the read policy grants categories, not fields. */
export const CATEGORIES = ['name', 'birthDate', 'contact', 'employer', 'cpcMember', 'submitter', 'assessment'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface PersonalField {
  path: string;
  category: Category;
}

export interface WorkflowPersonalFields {
  /** In the instance's data (GET instance, listings, views built from it). */
  instance: readonly PersonalField[];
  /** In the data of events of each type (history, /events). */
  events: Readonly<Record<string, readonly PersonalField[]>>;
}

const f = (path: string, category: Category): PersonalField => ({ path, category });

/** An applicant's profile as SubmitApplication records it, under `prefix`. */
const applicant = (prefix: string): PersonalField[] => [
  f(`${prefix}.name`, 'name'),
  f(`${prefix}.birthDate`, 'birthDate'),
  f(`${prefix}.employer`, 'employer'),
  f(`${prefix}.cpcMember`, 'cpcMember'),
];
const reason: readonly PersonalField[] = [f('reason', 'assessment')];

export const PERSONAL_FIELDS: Readonly<Record<string, WorkflowPersonalFields>> = {
  member: {
    instance: [f('name', 'name'), f('birthDate', 'birthDate'), f('cpcMember', 'cpcMember'), f('departureReason', 'assessment')],
    events: {
      MemberRegistered: [f('name', 'name'), f('birthDate', 'birthDate'), f('cpcMember', 'cpcMember')],
      ProfileUpdated: [f('name', 'name'), f('birthDate', 'birthDate')],
      DepartureRecorded: reason,
    },
  },
  recruitment: {
    instance: [
      ...applicant('applicant'),
      f('contacts[].memberName', 'name'),
      f('sponsors[].memberName', 'name'),
      f('investigations[].employerOpinion', 'assessment'),
      f('investigations[].summary', 'assessment'),
      f('sponsors[].opinion', 'assessment'),
      f('rejection.reason', 'assessment'),
      f('withdrawal.reason', 'assessment'),
    ],
    events: {
      ApplicationSubmitted: applicant('applicant'),
      AdmissionApproved: applicant('applicant'),
      ContactAssigned: [f('memberName', 'name')],
      InvestigationRecorded: [f('employerOpinion', 'assessment'), f('summary', 'assessment')],
      SponsorEndorsed: [f('memberName', 'name'), f('opinion', 'assessment')],
      ApplicationRejected: reason,
      AdmissionRejected: reason,
      ApplicationWithdrawn: reason,
    },
  },
  'cadre-training': {
    instance: [f('memberName', 'name'), f('rationale', 'assessment'), f('removal.reason', 'assessment')],
    events: {
      CadreNominated: [f('memberName', 'name'), f('rationale', 'assessment')],
      CadreRemoved: reason,
    },
  },
  secondment: {
    instance: [
      f('memberName', 'name'),
      // The age on the start date is the birth date by another name.
      f('ageOnStart', 'birthDate'),
      f('ageExceptionReason', 'birthDate'),
      f('rationale', 'assessment'),
      f('lastInterimReview.summary', 'assessment'),
      f('hostAppraisal.text', 'assessment'),
      f('decisions[].reason', 'assessment'),
    ],
    events: {
      SecondmentProposed: [f('memberName', 'name'), f('ageOnStart', 'birthDate'), f('ageExceptionReason', 'birthDate'), f('rationale', 'assessment')],
      InterimReviewRecorded: [f('summary', 'assessment')],
      HostAppraisalRecorded: [f('text', 'assessment')],
      NominationRejected: reason,
      UnitedFrontRejected: reason,
      HostDeclined: reason,
      SecondmentEndedEarly: reason,
      SecondmentCancelled: reason,
    },
  },
  suggestion: {
    instance: [f('submitter.name', 'submitter'), f('submitter.contact', 'contact')],
    events: { SuggestionRegistered: [f('submitter.name', 'submitter'), f('submitter.contact', 'contact')] },
  },
  // No personal fields: participants are roster ids, collections and settings name nobody.
  activity: { instance: [], events: {} },
  collection: { instance: [], events: {} },
  settings: { instance: [], events: {} },
};

/** The roster row (GET /members and its exports), the member workflow's fields under their view names. */
/**
 * An event's free `comment` (beside its data, on every event type): clerks write why they acted,
 * which is often an opinion of the person the instance is about, so it is read as an assessment.
 */
export const EVENT_COMMENT: PersonalField = f('comment', 'assessment');

export const MEMBER_ROW_FIELDS: readonly PersonalField[] = [f('name', 'name'), f('birthDate', 'birthDate')];

/** The secondment audit view (GET /views/secondments/{id}/audit): the secondee's name and the reasons given. */
export const SECONDMENT_AUDIT_FIELDS: readonly PersonalField[] = [f('member.name', 'name'), f('decisions[].reason', 'assessment')];
