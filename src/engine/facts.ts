/**
 * The one lookup through which rules read other streams: the roster, the year's admissions,
 * open nominations, and the organisation's settings. Reads run inside the command's transaction;
 * counts that guard a rule take an advisory lock so two concurrent commands cannot both pass.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import {
  DEFAULT_SETTINGS,
  type Facts,
  type FactRequest,
  type MemberFacts,
  type Settings,
  type Gender,
  type Education,
  type Title,
  type Employment,
  type CaseNumber,
} from '../../workflows/contract.ts';
import type { Executor } from '../store/types.ts';
import { DomainError } from '../errors.ts';

export const SETTINGS_ROW = 'organization';

/** The settings in force from the view's stored row (defaults before the first change). */
export function settingsOf(stored: Record<string, unknown> | null | undefined): Settings {
  return stored ? ({ ...DEFAULT_SETTINGS, ...(stored as Partial<Settings>) } as Settings) : DEFAULT_SETTINGS;
}

export async function loadSettings(db: Executor): Promise<Settings> {
  const row = await db.selectFrom('view_settings').select('settings').where('id', '=', SETTINGS_ROW).executeTakeFirst();
  return settingsOf(row?.settings);
}

/** An erased member (its name and birth date are gone) is named in no new command. */
function erasedMember(id: string): never {
  throw new DomainError('subject_erased', `member ${id} was erased: a new step cannot name them`, 409, { subject: `member/${id}` });
}

export async function lookupMembers(db: Executor, ids: readonly string[]): Promise<Map<string, MemberFacts>> {
  const unique = [...new Set(ids)].filter((id) => id.length > 0);
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('view_members').selectAll().where('id', 'in', unique).execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        name: r.name ?? erasedMember(r.id),
        gender: r.gender as Gender,
        birthDate: String(r.birth_date ?? erasedMember(r.id)),
        education: r.education as Education,
        title: r.title as Title,
        employment: r.employment as Employment,
        branchId: r.branch_id,
        joinedOn: String(r.joined_on),
        current: r.current,
      },
    ]),
  );
}

const lockKey = (text: string) => sql`pg_advisory_xact_lock(hashtext(${text}))`;

export async function resolveFacts(trx: Transaction<Database>, request: FactRequest, streamId: string): Promise<Facts> {
  const facts: Facts = { members: new Map(), admissionsInYear: 0, openNominations: 0, caseNumber: null, openSecondment: null };
  if (request.members?.length) facts.members = await lookupMembers(trx, request.members);
  if (request.admissionsInYear !== undefined) {
    const year = request.admissionsInYear;
    await sql`SELECT ${lockKey(`admissions:${year}`)}`.execute(trx);
    const row = await trx
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('workflow', '=', 'recruitment')
      .where('type', '=', 'AdmissionApproved')
      .where('occurred_on', '>=', `${year}-01-01`)
      .where('occurred_on', '<=', `${year}-12-31`)
      .executeTakeFirstOrThrow();
    facts.admissionsInYear = Number(row.n);
  }
  if (request.openNominationsOf !== undefined) {
    await sql`SELECT ${lockKey(`nomination:${request.openNominationsOf}`)}`.execute(trx);
    const row = await trx
      .selectFrom('view_instances')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('workflow', '=', 'cadre-training')
      .where('status', '=', 'active')
      .where('stream_id', '!=', streamId)
      .where(sql`data->>'memberId'`, '=', request.openNominationsOf)
      .executeTakeFirstOrThrow();
    facts.openNominations = Number(row.n);
  }
  if (request.openSecondmentOf !== undefined) {
    // Held until the proposal commits: a concurrent proposal of the same member sees this one.
    await sql`SELECT ${lockKey(`secondment:${request.openSecondmentOf}`)}`.execute(trx);
    const open = await trx
      .selectFrom('view_instances')
      .select(['id', 'case_year', 'case_seq', sql<string>`data->>'hostUnit'`.as('host_unit')])
      .where('workflow', '=', 'secondment')
      .where('status', '=', 'active')
      .where('stream_id', '!=', streamId)
      .where(sql`data->>'memberId'`, '=', request.openSecondmentOf)
      .orderBy('created_at')
      .executeTakeFirst();
    facts.openSecondment = open
      ? {
          id: open.id,
          caseNumber: open.case_year !== null && open.case_seq !== null ? { year: open.case_year, seq: open.case_seq } : null,
          hostUnit: open.host_unit ?? '',
        }
      : null;
  }
  return facts;
}
