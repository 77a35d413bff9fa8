/**
 * The organisation report as of a business date (docs/workflows.md, "Member"), computed from the log:
 * member streams, the settings stream and suggestion streams folded up to `asOf`, and the
 * year's AdmissionApproved events. A member counts when joinedOn <= asOf and not departed by asOf.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { MemberContext } from '../../workflows/member.ts';
import type { SuggestionContext } from '../../workflows/suggestion.ts';
import { settingsFrom, type SettingsContext } from '../../workflows/settings.ts';
import type { Settings } from '../../workflows/contract.ts';
import { streamIdOf } from '../engine/registry.ts';
import { SETTINGS_ROW } from '../engine/facts.ts';
import { foldStreamsAsOf, type LogSources } from './fold-as-of.ts';
import { decadeOf } from '../privacy/field-crypto.ts';

export interface OrganizationReport {
  asOf: string;
  members: number;
  working: number;
  retired: number;
  bornByDecade: Record<string, number>;
  workingWithDegree: number;
  workingSeniorOrIntermediate: number;
  workingSeniorOrIntermediateShare: number;
  branches: { id: string; name: string | null; members: number }[];
  admissions: { year: number; count: number; quota: number; overQuota: number };
  suggestions: { received: number; repliedOnTime: number; repliedLate: number; pending: number; overdue: number };
}

const DEGREES = new Set(['doctorate', 'master', 'bachelor']);
const SENIOR_OR_INTERMEDIATE = new Set(['senior', 'intermediate']);
const SETTINGS_STREAM = streamIdOf('settings', SETTINGS_ROW);

/** Members on `asOf`: joined by then and not departed by then. */
function isMemberOn(m: MemberContext, asOf: string): boolean {
  return m.joinedOn !== '' && m.joinedOn <= asOf && (m.departedOn === null || m.departedOn > asOf);
}

/**
 * The decade each member's birth date (the latest recorded on or before `asOf`) falls in, as kept in
 * clear beside its ciphertext (src/privacy/personal-data.ts): an erased member still counts in the
 * figures of past dates. Older events recorded the date itself in clear.
 */
async function birthDecadesAsOf(db: Kysely<Database>, asOf: string): Promise<Map<string, string>> {
  const { rows } = await sql<{ stream_id: string; birth_date: unknown }>`SELECT DISTINCT ON (stream_id) stream_id, data->'birthDate' AS birth_date
    FROM events WHERE workflow = 'member' AND data ? 'birthDate' AND occurred_on <= ${asOf}::date
    ORDER BY stream_id, stream_version DESC`.execute(db);
  const decades = new Map<string, string>();
  for (const row of rows) {
    const kept = row.birth_date as { decade?: unknown } | string | null;
    const decade = typeof kept === 'string' ? decadeOf(kept) : typeof kept?.decade === 'string' ? kept.decade : null;
    if (decade !== null) decades.set(row.stream_id, decade);
  }
  return decades;
}

/** Shares are rounded to three decimals (40 of 47 → 0.851). */
const share = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

export async function settingsAsOf(db: Kysely<Database>, sources: LogSources, asOf?: string): Promise<Settings> {
  const [stream] = await foldStreamsAsOf<SettingsContext>(db, sources, 'settings', {
    streamId: SETTINGS_STREAM,
    ...(asOf !== undefined ? { asOf } : {}),
  });
  return settingsFrom(stream?.context ?? {});
}

function memberFigures(members: MemberContext[], decadeOfMember: (m: MemberContext) => string) {
  const working = members.filter((m) => m.employment === 'working');
  const decades = new Map<string, number>();
  for (const m of members) decades.set(decadeOfMember(m), (decades.get(decadeOfMember(m)) ?? 0) + 1);
  const seniorOrIntermediate = working.filter((m) => SENIOR_OR_INTERMEDIATE.has(m.title)).length;
  return {
    members: members.length,
    working: working.length,
    retired: members.length - working.length,
    bornByDecade: Object.fromEntries([...decades.entries()].sort(([a], [b]) => a.localeCompare(b))),
    workingWithDegree: working.filter((m) => DEGREES.has(m.education)).length,
    workingSeniorOrIntermediate: seniorOrIntermediate,
    workingSeniorOrIntermediateShare: share(seniorOrIntermediate, working.length),
  };
}

/** Branches as configured on `asOf` (in their order), then any other branch a member belongs to. */
function branchFigures(members: MemberContext[], asOfSettings: Settings, latest: Settings): OrganizationReport['branches'] {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.branchId, (counts.get(m.branchId) ?? 0) + 1);
  const configured = asOfSettings.branches.map((b) => ({ id: b.id, name: b.name, members: counts.get(b.id) ?? 0 }));
  const known = new Set(configured.map((b) => b.id));
  const others = [...counts.keys()]
    .filter((id) => !known.has(id))
    .sort()
    .map((id) => ({ id, name: latest.branches.find((b) => b.id === id)?.name ?? null, members: counts.get(id) ?? 0 }));
  return [...configured, ...others];
}

async function admissionFigures(db: Kysely<Database>, asOf: string, quota: number): Promise<OrganizationReport['admissions']> {
  const year = Number(asOf.slice(0, 4));
  const row = await db
    .selectFrom('events')
    .select((eb) => [
      eb.fn.countAll<string>().as('count'),
      sql<string>`count(*) FILTER (WHERE (data->>'overQuota')::boolean IS TRUE)`.as('over_quota'),
    ])
    .where('workflow', '=', 'recruitment')
    .where('type', '=', 'AdmissionApproved')
    .where('occurred_on', '>=', `${year}-01-01`)
    .where('occurred_on', '<=', asOf)
    .executeTakeFirstOrThrow();
  return { year, count: Number(row.count), quota, overQuota: Number(row.over_quota) };
}

/** Every suggestion registered by `asOf`, in its state on `asOf`; overdue = pending past its deadline. */
export function suggestionFigures(suggestions: { state: string; context: SuggestionContext }[], asOf: string): OrganizationReport['suggestions'] {
  const figures = { received: 0, repliedOnTime: 0, repliedLate: 0, pending: 0, overdue: 0 };
  for (const { state, context } of suggestions) {
    figures.received += 1;
    if (state === 'registered' || state === 'in_progress') {
      figures.pending += 1;
      if (context.dueOn < asOf) figures.overdue += 1;
    } else if (context.reply) {
      if (context.reply.onTime) figures.repliedOnTime += 1;
      else figures.repliedLate += 1;
    }
  }
  return figures;
}

export async function organizationReport(db: Kysely<Database>, sources: LogSources, asOf: string): Promise<OrganizationReport> {
  const [memberStreams, suggestionStreams, asOfSettings, latestSettings] = await Promise.all([
    foldStreamsAsOf<MemberContext>(db, sources, 'member', { asOf }),
    foldStreamsAsOf<SuggestionContext>(db, sources, 'suggestion', { asOf }),
    settingsAsOf(db, sources, asOf),
    settingsAsOf(db, sources),
  ]);
  const current = memberStreams.filter((s) => isMemberOn(s.context, asOf));
  const members = current.map((s) => s.context);
  // An erased member's birth date reads as null: its decade was kept in clear.
  const kept = current.some((s) => s.context.birthDate === null) ? await birthDecadesAsOf(db, asOf) : new Map<string, string>();
  const streamOf = new Map(current.map((s) => [s.context, s.streamId]));
  const decadeOfMember = (m: MemberContext) => (m.birthDate !== null ? decadeOf(m.birthDate) : kept.get(streamOf.get(m) ?? '') ?? 'unknown');
  return {
    asOf,
    ...memberFigures(members, decadeOfMember),
    branches: branchFigures(members, asOfSettings, latestSettings),
    admissions: await admissionFigures(db, asOf, asOfSettings.recruitmentQuota),
    suggestions: suggestionFigures(suggestionStreams, asOf),
  };
}
