/**
 * Lookups by name for pickers, and display names for the ids an instance refers to. Every answer
 * holds an id and a display name only (and a member's branch): no contact, no birth date, no
 * account detail. Branches come from the settings, host units from principals and secondments,
 * box collections from their instances.
 */
import { sql } from 'kysely';
import type { Executor } from '../store/types.ts';
import type { Branch } from '../../workflows/contract.ts';
import type { RefKind } from '../../workflows/schemas.ts';
import { collectReferences, noReferences } from '../engine/references.ts';

const ID_KINDS = ['member', 'principal', 'branch', 'collection'] as const;

export interface DirectoryEntry {
  id: string;
  name: string;
  /** A member's branch (id and name); null for every other kind. */
  branchId: string | null;
  branchName: string | null;
}

export interface DirectoryQuery {
  kind: RefKind;
  /** Part of the name (or of the id, or a collection's date); all when absent. */
  q?: string | undefined;
  /** kind principal: only principals holding this role (e.g. handler). */
  role?: string | undefined;
  limit: number;
}

/** LIKE pattern for a free text: `%`, `_` and `\` taken literally. */
const contains = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const entry = (id: string, name: string, branch: Branch | null = null): DirectoryEntry => ({
  id,
  name,
  branchId: branch?.id ?? null,
  branchName: branch?.name ?? null,
});

/** The display name of a box collection: its box and the day it was opened. */
export const collectionName = (box: unknown, collectedOn: unknown): string => `${String(box ?? '')} · ${String(collectedOn ?? '')}`;

export async function searchDirectory(db: Executor, branches: readonly Branch[], query: DirectoryQuery): Promise<DirectoryEntry[]> {
  const q = query.q?.trim() ?? '';
  const branchOf = (id: string): Branch => branches.find((b) => b.id === id) ?? { id, name: id };
  switch (query.kind) {
    case 'branch': {
      const needle = q.toLowerCase();
      return branches
        .filter((b) => needle === '' || b.name.toLowerCase().includes(needle) || b.id.toLowerCase().includes(needle))
        .slice(0, query.limit)
        .map((b) => entry(b.id, b.name));
    }
    case 'member': {
      let select = db.selectFrom('view_members').select(['id', 'name', 'branch_id']).where('current', '=', true).where('name', 'is not', null);
      if (q !== '') select = select.where((eb) => eb.or([eb('name', 'ilike', contains(q)), eb('id', '=', q)]));
      const rows = await select.orderBy('name').orderBy('id').limit(query.limit).execute();
      // An erased member is not offered (name is not null above).
      return rows.map((r) => entry(r.id, r.name ?? '', branchOf(r.branch_id)));
    }
    case 'principal': {
      let select = db.selectFrom('principals').select(['id', 'name']).where('revoked_at', 'is', null).where('id', '!=', 'system');
      if (query.role !== undefined) select = select.where(sql<boolean>`${query.role} = ANY(roles)`);
      if (q !== '') select = select.where((eb) => eb.or([eb('name', 'ilike', contains(q)), eb('id', '=', q)]));
      const rows = await select.orderBy('name').orderBy('id').limit(query.limit).execute();
      return rows.map((r) => entry(r.id, r.name));
    }
    case 'collection': {
      let select = db
        .selectFrom('view_instances')
        .select(['id', sql<string>`data->>'box'`.as('box'), sql<string>`data->>'collectedOn'`.as('collected_on')])
        .where('workflow', '=', 'collection');
      if (q !== '') select = select.where(sql<boolean>`(data->>'box' LIKE ${contains(q)} OR data->>'collectedOn' LIKE ${`${q}%`})`);
      const rows = await select.orderBy(sql`data->>'collectedOn'`, 'desc').orderBy('id').limit(query.limit).execute();
      return rows.map((r) => entry(r.id, collectionName(r.box, r.collected_on)));
    }
    case 'hostUnit': {
      const pattern = q === '' ? '%' : contains(q);
      const { rows } = await sql<{ name: string }>`
        SELECT name FROM (
          SELECT host_unit AS name FROM principals WHERE host_unit IS NOT NULL AND revoked_at IS NULL
          UNION
          SELECT data->>'hostUnit' AS name FROM view_instances WHERE workflow = 'secondment' AND data->>'hostUnit' IS NOT NULL
        ) units
        WHERE name LIKE ${pattern}
        ORDER BY name
        LIMIT ${query.limit}`.execute(db);
      return rows.map((r) => entry(r.name, r.name));
    }
  }
}

/** Display names, per kind, of the ids asked for (ids not found are left out). */
export type Names = Record<Exclude<RefKind, 'hostUnit'>, Record<string, string>>;

export async function namesOf(db: Executor, branches: readonly Branch[], ids: { [K in keyof Names]: ReadonlySet<string> }): Promise<Names> {
  const names: Names = { member: {}, principal: {}, branch: {}, collection: {} };
  for (const b of branches) if (ids.branch.has(b.id)) names.branch[b.id] = b.name;
  const [members, principals, collections] = await Promise.all([
    ids.member.size === 0 ? [] : db.selectFrom('view_members').select(['id', 'name']).where('id', 'in', [...ids.member]).execute(),
    ids.principal.size === 0 ? [] : db.selectFrom('principals').select(['id', 'name']).where('id', 'in', [...ids.principal]).execute(),
    ids.collection.size === 0
      ? []
      : db
          .selectFrom('view_instances')
          .select(['id', sql<string>`data->>'box'`.as('box'), sql<string>`data->>'collectedOn'`.as('collected_on')])
          .where('workflow', '=', 'collection')
          .where('id', 'in', [...ids.collection])
          .execute(),
  ]);
  // An erased member has no name to show.
  for (const m of members) if (m.name !== null) names.member[m.id] = m.name;
  for (const p of principals) names.principal[p.id] = p.name;
  for (const c of collections) names.collection[c.id] = collectionName(c.box, c.collected_on);
  return names;
}

/** For each of `datas`, the display names of the ids it refers to (one lookup for them all). */
export async function namesForEach(db: Executor, branches: readonly Branch[], datas: readonly unknown[]): Promise<Names[]> {
  const each = datas.map((data) => collectReferences(data, noReferences()));
  const all = noReferences();
  for (const refs of each) for (const kind of ID_KINDS) for (const id of refs[kind]) all[kind].add(id);
  const names = await namesOf(db, branches, all);
  return each.map((refs) => {
    const own: Names = { member: {}, principal: {}, branch: {}, collection: {} };
    for (const kind of ID_KINDS) for (const id of refs[kind]) {
      const name = names[kind][id];
      if (name !== undefined) own[kind][id] = name;
    }
    return own;
  });
}
