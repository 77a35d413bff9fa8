/**
 * Who sees an instance in their inbox, per workflow: the scope of a role (a branch chair sees
 * only their branch's applicants; a handler only what was assigned to them), the due date shown,
 * extra alerts for the chair (overdue suggestions, due reviews), and a one-line summary.
 */
import type { Role } from '../../workflows/contract.ts';
import { addMonths } from '../../workflows/dates.ts';

export interface InboxScope {
  branchId: string | null;
  principalId: string | null;
}

export interface InboxAlert {
  role: Role;
  reason: string;
  dueOn: string | null;
}

export interface InboxRules {
  /** null hides the role's row (the role may act, but nothing is waiting for it). */
  scope(role: Role, context: Ctx, commands: readonly string[]): InboxScope | null;
  due(context: Ctx, state: string): string | null;
  alerts(context: Ctx, state: string): InboxAlert[];
  summary(context: Ctx): string;
}

type Ctx = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
const everyone: InboxScope = { branchId: null, principalId: null };
const nobodyExtra = (): InboxAlert[] => [];

const recruitment: InboxRules = {
  scope: (role, c) => (role === 'branch_chair' ? { branchId: str(c.branchId), principalId: null } : everyone),
  due: () => null,
  alerts: nobodyExtra,
  summary: (c) => {
    const applicant = c.applicant as { name?: string } | null;
    return `Applicant ${applicant?.name ?? ''}`.trim();
  },
};

const suggestion: InboxRules = {
  scope: (role, c, commands) => {
    if (role === 'handler') return str(c.handlerId) ? { branchId: null, principalId: str(c.handlerId) } : null;
    // The chair acts on a suggestion only to approve a requested extension.
    if (role === 'chair') return c.pendingExtension ? everyone : null;
    return commands.length > 0 ? everyone : null;
  },
  // The reply deadline matters only while a reply is pending.
  due: (c, state) => (state === 'registered' || state === 'in_progress' ? str(c.dueOn) : null),
  alerts: (c, state) =>
    c.overdue === true && (state === 'registered' || state === 'in_progress')
      ? [{ role: 'chair', reason: 'overdue', dueOn: str(c.dueOn) }]
      : [],
  summary: (c) => `Suggestion (${String(c.category ?? '')}) received ${String(c.receivedOn ?? '')}`,
};

/** The earlier of two days, either of which may be missing. */
const earlier = (a: string | null, b: string | null): string | null => (a === null ? b : b === null || a <= b ? a : b);

/** The day the last interim review fell due (`nextInterimReviewOn` has already moved on to the one after). */
function reviewFellDueOn(c: Ctx): string | null {
  const from = str(c.reportedOn);
  const months = typeof c.interimReviewMonths === 'number' ? c.interimReviewMonths : 0;
  const due = typeof c.interimReviewsDue === 'number' ? c.interimReviewsDue : 0;
  return from && months > 0 && due > 0 ? addMonths(from, months * due) : null;
}

const secondment: InboxRules = {
  scope: () => everyone,
  // Only on duty is anything due by a date: the next interim review, or the term's end when that comes first.
  // Once the term has ended no review falls due, so none is shown after the end.
  due: (c, state) => (state === 'on_duty' ? earlier(str(c.nextInterimReviewOn), str(c.termEndsOn)) : null),
  alerts: (c, state) =>
    state === 'on_duty' && c.interimReviewDue === true ? [{ role: 'chair', reason: 'interim_review_due', dueOn: reviewFellDueOn(c) }] : [],
  summary: (c) => `Secondment of ${String(c.memberName ?? '')} to ${String(c.hostUnit ?? '')}`,
};

const cadreTraining: InboxRules = {
  scope: (role, c) => (role === 'branch_chair' ? { branchId: str(c.branchId), principalId: null } : everyone),
  due: (c) => str(c.nextReviewOn),
  alerts: (c, state) =>
    state === 'in_pool' && c.reviewDue === true ? [{ role: 'chair', reason: 'annual_review_due', dueOn: str(c.nextReviewOn) }] : [],
  summary: (c) => `Reserve cadre ${String(c.memberName ?? c.memberId ?? '')}`,
};

const quiet: InboxRules = { scope: () => null, due: () => null, alerts: nobodyExtra, summary: () => '' };

const INBOX_RULES: Record<string, InboxRules> = {
  recruitment,
  suggestion,
  secondment,
  'cadre-training': cadreTraining,
};

export const inboxRulesFor = (workflow: string): InboxRules => INBOX_RULES[workflow] ?? quiet;
