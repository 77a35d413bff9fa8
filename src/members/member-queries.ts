/** Reads of the member roster (view_members): one member, and a keyset-paged listing by joining date. */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, ViewMembersTable } from '../db/schema.ts';
import { DomainError } from '../errors.ts';
import { decodePageCursor, encodePageCursor } from '../http/page-cursor.ts';

export interface MemberView {
  id: string;
  /** null: erased. */
  name: string | null;
  gender: string;
  /** null: erased. */
  birthDate: string | null;
  education: string;
  title: string;
  employment: string;
  branchId: string;
  joinedOn: string;
  retiredOn: string | null;
  departedOn: string | null;
  current: boolean;
  admittedBy: string | null;
}

type Row = Omit<Selectable<ViewMembersTable>, 'stream_id'>;

const dateText = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

function toView(r: Row): MemberView {
  return {
    id: r.id,
    name: r.name,
    gender: r.gender,
    birthDate: r.birth_date === null ? null : dateText(r.birth_date),
    education: r.education,
    title: r.title,
    employment: r.employment,
    branchId: r.branch_id,
    joinedOn: dateText(r.joined_on),
    retiredOn: r.retired_on === null ? null : dateText(r.retired_on),
    departedOn: r.departed_on === null ? null : dateText(r.departed_on),
    current: r.current,
    admittedBy: r.admitted_by,
  };
}

function selectMembers(db: Kysely<Database>) {
  return db
    .selectFrom('view_members')
    .select(['id', 'name', 'gender', 'education', 'title', 'employment', 'branch_id', 'current', 'admitted_by'])
    .select([
      sql<string>`birth_date::text`.as('birth_date'),
      sql<string>`joined_on::text`.as('joined_on'),
      sql<string | null>`retired_on::text`.as('retired_on'),
      sql<string | null>`departed_on::text`.as('departed_on'),
    ]);
}

export async function findMember(db: Kysely<Database>, id: string): Promise<MemberView | null> {
  const row = await selectMembers(db).where('id', '=', id).executeTakeFirst();
  return row ? toView(row) : null;
}

export interface MemberListQuery {
  branchId?: string | undefined;
  current?: boolean | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** Members ordered by (joinedOn, id); the cursor is the last row's pair. */
export async function listMembers(db: Kysely<Database>, query: MemberListQuery): Promise<{ items: MemberView[]; cursor: string | null }> {
  let q = selectMembers(db);
  if (query.branchId !== undefined) q = q.where('branch_id', '=', query.branchId);
  if (query.current !== undefined) q = q.where('current', '=', query.current);
  if (query.cursor) {
    const after = decodePageCursor(query.cursor);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(after.at)) throw new DomainError('invalid_cursor', 'the cursor is not one this server issued', 400);
    q = q.where(sql<boolean>`(joined_on, id) > (${after.at}::date, ${after.key})`);
  }
  // Qualified: a bare `joined_on` would sort by the ::text alias above and miss the index.
  const rows = await q.orderBy('view_members.joined_on').orderBy('view_members.id').limit(query.limit + 1).execute();
  const page = rows.slice(0, query.limit).map(toView);
  const last = page[page.length - 1];
  return {
    items: page,
    cursor: rows.length > query.limit && last ? encodePageCursor({ at: last.joinedOn, key: last.id }) : null,
  };
}
