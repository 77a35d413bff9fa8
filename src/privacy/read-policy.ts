/**
 * The read policy, declared once: per workflow, which of a caller's roles may see an instance at
 * all, and which categories of personal fields (personal-fields.ts) it then sees, by relation to
 * the instance (own record, assigned, same branch, same host unit, sponsor, the stage it reached).
 * An instance no role of the caller may see does not exist for it (404, left out of listings).
 * A principal holding several roles sees the union of what each role grants.
 *
 * Pure: every way data leaves the server asks `grantFor` (through disclose.ts); docs/data-protection.md
 * has this table in prose.
 */
import type { Principal, Role } from '../../workflows/contract.ts';
import { CATEGORIES, type Category } from './personal-fields.ts';

/** What a role sees of an instance it may see: every personal field, all but birth dates, or only names. */
export type Grant = 'all' | 'no_birth_date' | 'names';

const GRANTED: Readonly<Record<Grant, ReadonlySet<Category>>> = {
  all: new Set(CATEGORIES),
  no_birth_date: new Set(CATEGORIES.filter((c) => c !== 'birthDate')),
  names: new Set<Category>(['name']),
};

/**
 * The instance as the policy sees it: its id, state and data (the workflow's view of its context).
 * null when the caller reads events without their instance (the event feed): then only rules that
 * need no relation apply.
 */
export interface Subject {
  id: string;
  state: string;
  data: Record<string, unknown>;
  /** Its personal data was erased (POST /admin/erasures): its personal fields hold null. */
  erased?: boolean;
}

type Relation = (subject: Subject, principal: Principal) => boolean;

/** A role's rule: a grant whatever the relation, or the first relation that holds, in order (none: not visible). */
type Rule = Grant | readonly (readonly [Relation, Grant])[];

interface WorkflowReadPolicy {
  roles: Partial<Record<Role, Rule>>;
}

const str = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const array = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? (value as Record<string, unknown>[]) : []);
const field = (value: unknown, key: string): unknown => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined);

// ---- relations --------------------------------------------------------------------------------

const always: Relation = () => true;
/** The caller's own record: the member it is linked to is the subject (a member's stream, a nominee, a secondee, an admitted applicant). */
const ownMember = (key: (s: Subject) => unknown): Relation => (s, p) => p.memberId !== null && key(s) === p.memberId;
const sameBranch: Relation = (s, p) => p.branchId !== null && str(s.data.branchId) === p.branchId;
const assignedHandler: Relation = (s, p) => str(s.data.handlerId) === p.id;
const sameHostUnit: Relation = (s, p) => p.hostUnit !== null && str(s.data.hostUnit) === p.hostUnit;
/** A member who sponsors the applicant or was assigned as its contact (and investigates). */
const sponsorOrContact: Relation = (s, p) =>
  p.memberId !== null && [...array(s.data.sponsors), ...array(s.data.contacts)].some((x) => x.memberId === p.memberId);

const stateIn = (states: readonly string[]): Relation => (s) => states.includes(s.state);
const leftFrom = (states: readonly string[]): Relation => (s) => states.includes(str(field(s.data.withdrawal, 'fromState')) ?? '');
const anyOf = (...relations: Relation[]): Relation => (s, p) => relations.some((r) => r(s, p));

const AFTER_CITY = ['city_approval', 'admitted', 'inducted'];
/** An application that reached the city committee's approval (and was decided there, or is still waiting). */
const reachedCity: Relation = anyOf(stateIn(AFTER_CITY), leftFrom(AFTER_CITY), (s) => str(field(s.data.rejection, 'by')) === 'AdmissionRejected');
/** An application the committee votes or voted on. */
const reachedCommittee: Relation = anyOf(
  reachedCity,
  stateIn(['committee_review']),
  leftFrom(['committee_review']),
  (s) => Object.keys((field(s.data.ballot, 'votes') as object | undefined) ?? {}).length > 0 || field(s.data.ballot, 'result') != null,
);

// ---- the policy -------------------------------------------------------------------------------

/** admin, office and chair read everything. */
const OFFICERS: Partial<Record<Role, Rule>> = { admin: 'all', office: 'all', chair: 'all' };

export const READ_POLICY: Readonly<Record<string, WorkflowReadPolicy>> = {
  member: {
    roles: {
      ...OFFICERS,
      // The roster is not secret inside the organisation: names for every inside role.
      branch_chair: [[sameBranch, 'all'], [always, 'names']],
      member: [[ownMember((s) => s.id), 'all'], [always, 'names']],
      committee: 'names',
      suggestion_manager: 'names',
      handler: 'names',
    },
  },
  recruitment: {
    roles: {
      ...OFFICERS,
      committee: [[reachedCommittee, 'all'], [always, 'names']],
      branch_chair: [[sameBranch, 'all']],
      // Any member may investigate (cultivation) and sponsor (sponsorship): those stages show the applicant's name.
      member: [[ownMember((s) => field(s.data.admission, 'memberId')), 'all'], [sponsorOrContact, 'all'], [stateIn(['cultivation', 'sponsorship']), 'names']],
      city_committee: [[reachedCity, 'all']],
    },
  },
  'cadre-training': {
    roles: {
      ...OFFICERS,
      committee: 'all',
      branch_chair: [[sameBranch, 'all']],
      member: [[ownMember((s) => s.data.memberId), 'all']],
    },
  },
  secondment: {
    roles: {
      ...OFFICERS,
      committee: 'all',
      united_front: 'all',
      host_unit: [[sameHostUnit, 'no_birth_date']],
      member: [[ownMember((s) => s.data.memberId), 'all']],
    },
  },
  suggestion: {
    roles: {
      ...OFFICERS,
      suggestion_manager: 'all',
      // With the submitter's contact: the handler replies.
      handler: [[assignedHandler, 'all']],
    },
  },
  // Without personal fields: visible to every role inside the organisation.
  activity: { roles: { ...OFFICERS, committee: 'all', branch_chair: 'all', member: 'all', suggestion_manager: 'all', handler: 'all' } },
  collection: { roles: { ...OFFICERS, committee: 'all', suggestion_manager: 'all' } },
  settings: {
    roles: Object.fromEntries(
      (['admin', 'office', 'chair', 'committee', 'branch_chair', 'member', 'suggestion_manager', 'handler', 'city_committee', 'united_front', 'host_unit'] as const).map((r) => [r, 'all']),
    ),
  },
};

/** The roster (GET /members): the member workflow's rules, a row being the member's record. */
export const ROSTER = 'member';

function grantOf(rule: Rule | undefined, subject: Subject | null, principal: Principal): Grant | null {
  if (rule === undefined) return null;
  if (typeof rule === 'string') return rule;
  for (const [relation, grant] of rule) {
    if (relation === always || (subject !== null && relation(subject, principal))) return grant;
  }
  return null;
}

/**
 * The categories of personal fields the principal sees on this instance, or null when none of its
 * roles may see the instance at all. An unknown workflow is visible to nobody.
 */
export function grantFor(workflow: string, principal: Principal, subject: Subject | null): ReadonlySet<Category> | null {
  const policy = READ_POLICY[workflow];
  if (!policy) return null;
  let seen: Set<Category> | null = null;
  for (const role of principal.roles) {
    const grant = grantOf(policy.roles[role], subject, principal);
    if (grant === null) continue;
    seen ??= new Set();
    for (const category of GRANTED[grant]) seen.add(category);
  }
  return seen;
}

/** Whether any of the principal's roles may see some instance of the workflow (a listing of none need not be read). */
export function readsAny(workflow: string, principal: Principal): boolean {
  const roles = READ_POLICY[workflow]?.roles;
  return roles !== undefined && principal.roles.some((role) => roles[role] !== undefined);
}

/** Whether the principal may see the instance at all. */
export function mayRead(workflow: string, principal: Principal, subject: Subject | null): boolean {
  return grantFor(workflow, principal, subject) !== null;
}
