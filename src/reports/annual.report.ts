/**
 * The annual report on organisation building for one year, computed from the log: the
 * organisation report at the year's end (membership, composition, branches, admissions), the
 * settings in force then (committee, quota, collection minimum), and the year's recruitment,
 * reserve cadres, secondments, suggestions, box collections and activities, each folded from its
 * own streams up to the year's end. For the current year "the year's end" is today.
 *
 * Activities are folded without a date limit: a withdrawal recorded later corrects the year it
 * belongs to. It names people (admitted members, cadres, secondees): see ANNUAL_REPORT_READERS.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Role } from '../../workflows/contract.ts';
import type { RecruitmentContext } from '../../workflows/recruitment.ts';
import type { CadreContext } from '../../workflows/cadre-training.ts';
import type { SecondmentContext } from '../../workflows/secondment.ts';
import type { SuggestionContext } from '../../workflows/suggestion.ts';
import type { ActivityContext, ActivityKind } from '../../workflows/activity.ts';
import { readCollectionCadence } from '../views/collections.query.ts';
import { foldStreamsAsOf, type LogSources } from './fold-as-of.ts';
import { organizationReport, settingsAsOf, suggestionFigures, type OrganizationReport } from './organization.report.ts';

/** Who may read the annual report: it names admitted members, reserve cadres and secondees. */
export const ANNUAL_REPORT_READERS: readonly Role[] = ['chair', 'committee', 'office', 'admin'];

export interface AnnualReport {
  year: number;
  /** The day the figures hold on: 31 December, or today for the current year. */
  asOf: string;
  membership: Omit<OrganizationReport, 'asOf' | 'branches' | 'admissions' | 'suggestions'>;
  branches: OrganizationReport['branches'];
  committee: { size: number };
  recruitment: {
    quota: number;
    admitted: number;
    overQuota: number;
    applicationsReceived: number;
    /** Applications still open on asOf (any year). */
    inProgress: number;
    members: { name: string; branchId: string; approvedOn: string; approvalNo: string; overQuota: boolean }[];
  };
  reserveCadres: {
    /** In the pool on asOf. */
    pool: number;
    enteredPool: number;
    appointed: number;
    removed: number;
    cadres: { memberName: string; branchId: string | null; poolSince: string; state: string }[];
    tasks: { memberName: string; title: string; assignedOn: string; dueOn: string; completedOn: string | null }[];
    courses: { memberName: string; course: string; institution: string; startsOn: string; endsOn: string; completedOn: string | null }[];
  };
  secondments: {
    /** Members on duty at some time in the year. */
    count: number;
    items: { memberName: string; hostUnit: string; post: string; reportedOn: string; termMonths: number; termEndsOn: string | null; state: string }[];
  };
  suggestions: OrganizationReport['suggestions'] & {
    minimumCollectionsPerMonth: number;
    collections: { box: string; month: string; collections: number; suggestions: number; belowMinimum: boolean }[];
    /** Months (of boxes in use) with fewer collections than the minimum, up to asOf. */
    missedMonths: { box: string; month: string; collections: number }[];
  };
  activities: {
    count: number;
    /** Member participations: each member counted once per activity. */
    participations: number;
    /** Different members who took part at least once. */
    participants: number;
    byKind: { kind: ActivityKind; count: number; participations: number }[];
    items: { id: string; date: string; kind: ActivityKind; title: string; place: string; participants: number }[];
  };
}

const inYear = (date: string | null | undefined, year: number): date is string => typeof date === 'string' && date.startsWith(`${year}-`);
const byDate = <T>(key: (item: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b));

const OPEN_APPLICATION = new Set(['qualification_review', 'cultivation', 'sponsorship', 'branch_review', 'committee_review', 'city_approval']);

/** Counts against the quota come from the organisation report; the names from the applications. */
function recruitmentOf(
  applications: { state: string; context: RecruitmentContext }[],
  year: number,
  admissions: OrganizationReport['admissions'],
): AnnualReport['recruitment'] {
  const admittedInYear = applications.filter((a) => a.context.admission && inYear(a.context.admission.joinedOn, year));
  return {
    quota: admissions.quota,
    admitted: admissions.count,
    overQuota: admissions.overQuota,
    applicationsReceived: applications.filter((a) => inYear(a.context.receivedOn, year)).length,
    inProgress: applications.filter((a) => OPEN_APPLICATION.has(a.state)).length,
    members: admittedInYear
      .map(({ context }) => ({
        name: context.applicant?.name ?? '',
        branchId: context.branchId ?? '',
        approvedOn: context.admission?.joinedOn ?? '',
        approvalNo: context.admission?.approvalNo ?? '',
        overQuota: context.admission?.overQuota ?? false,
      }))
      .sort(byDate((m) => m.approvedOn)),
  };
}

function reserveCadresOf(streams: { state: string; context: CadreContext }[], year: number): AnnualReport['reserveCadres'] {
  const cadres = streams.filter((s) => s.context.poolSince !== null);
  const name = (c: CadreContext) => c.memberName ?? c.memberId ?? '';
  return {
    pool: cadres.filter((s) => s.state === 'in_pool').length,
    enteredPool: cadres.filter((s) => inYear(s.context.poolSince, year)).length,
    appointed: cadres.filter((s) => inYear(s.context.appointment?.on, year)).length,
    removed: cadres.filter((s) => inYear(s.context.removal?.on, year)).length,
    cadres: cadres
      .filter((s) => s.state === 'in_pool' || inYear(s.context.appointment?.on, year) || inYear(s.context.removal?.on, year))
      .map((s) => ({ memberName: name(s.context), branchId: s.context.branchId, poolSince: s.context.poolSince ?? '', state: s.state }))
      .sort(byDate((c) => c.poolSince)),
    tasks: cadres
      .flatMap(({ context }) =>
        context.tasks
          .filter((t) => inYear(t.assignedOn, year))
          .map((t) => ({ memberName: name(context), title: t.title, assignedOn: t.assignedOn, dueOn: t.dueOn, completedOn: t.completed?.on ?? null })),
      )
      .sort(byDate((t) => t.assignedOn)),
    courses: cadres
      .flatMap(({ context }) =>
        context.courses
          .filter((c) => inYear(c.startsOn, year) || inYear(c.enrolledOn, year))
          .map((c) => ({
            memberName: name(context),
            course: c.course,
            institution: c.institution,
            startsOn: c.startsOn,
            endsOn: c.endsOn,
            completedOn: c.completed?.on ?? null,
          })),
      )
      .sort(byDate((c) => c.startsOn)),
  };
}

function secondmentsOf(streams: { state: string; context: SecondmentContext }[], year: number): AnnualReport['secondments'] {
  const onDutyInYear = streams.filter(({ context: c }) => c.reportedOn !== null && c.reportedOn <= `${year}-12-31` && (c.endedOn === null || c.endedOn >= `${year}-01-01`));
  const items = onDutyInYear
    .map(({ state, context: c }) => ({
      // Blank once the secondment was erased.
      memberName: c.memberName ?? '',
      hostUnit: c.hostUnit,
      post: c.post,
      reportedOn: c.reportedOn ?? '',
      termMonths: c.termMonths,
      termEndsOn: c.termEndsOn,
      state,
    }))
    .sort(byDate((s) => s.reportedOn));
  return { count: items.length, items };
}

function activitiesOf(streams: { id: string; state: string; context: ActivityContext }[], year: number): AnnualReport['activities'] {
  const held = streams.filter((s) => s.state === 'recorded' && inYear(s.context.date, year));
  const kinds = new Map<ActivityKind, { count: number; participations: number }>();
  const people = new Set<string>();
  for (const { context } of held) {
    const kind = kinds.get(context.kind) ?? { count: 0, participations: 0 };
    kinds.set(context.kind, { count: kind.count + 1, participations: kind.participations + context.participants.length });
    for (const id of context.participants) people.add(id);
  }
  return {
    count: held.length,
    participations: held.reduce((sum, s) => sum + s.context.participants.length, 0),
    participants: people.size,
    byKind: [...kinds.entries()].map(([kind, v]) => ({ kind, ...v })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
    items: held
      .map(({ id, context: c }) => ({ id, date: c.date, kind: c.kind, title: c.title, place: c.place, participants: c.participants.length }))
      .sort(byDate((a) => a.date)),
  };
}

/** The year's report; `today` decides whether the year is still running (its figures then hold on today). */
export async function annualReport(db: Kysely<Database>, sources: LogSources, year: number, today: string): Promise<AnnualReport> {
  const yearEnd = `${year}-12-31`;
  const asOf = today < yearEnd ? today : yearEnd;
  const [organisation, settings, applications, cadres, secondments, suggestions, activities] = await Promise.all([
    organizationReport(db, sources, asOf),
    settingsAsOf(db, sources, asOf),
    foldStreamsAsOf<RecruitmentContext>(db, sources, 'recruitment', { asOf }),
    foldStreamsAsOf<CadreContext>(db, sources, 'cadre-training', { asOf }),
    foldStreamsAsOf<SecondmentContext>(db, sources, 'secondment', { asOf }),
    foldStreamsAsOf<SuggestionContext>(db, sources, 'suggestion', { asOf }),
    foldStreamsAsOf<ActivityContext>(db, sources, 'activity'),
  ]);
  const minimum = settings.policy.minCollectionsPerMonth;
  const collections = await readCollectionCadence(db, year, minimum, asOf.slice(0, 7));
  const { asOf: _asOf, branches, admissions: _admissions, suggestions: _cumulative, ...membership } = organisation;
  return {
    year,
    asOf,
    membership,
    branches,
    committee: { size: settings.committeeSize },
    recruitment: recruitmentOf(applications, year, organisation.admissions),
    reserveCadres: reserveCadresOf(cadres, year),
    secondments: secondmentsOf(secondments, year),
    suggestions: {
      ...suggestionFigures(
        suggestions.filter((s) => inYear(s.context.receivedOn, year)),
        asOf,
      ),
      minimumCollectionsPerMonth: minimum,
      collections,
      missedMonths: collections.filter((c) => c.belowMinimum).map(({ box, month, collections: n }) => ({ box, month, collections: n })),
    },
    activities: activitiesOf(activities, year),
  };
}
