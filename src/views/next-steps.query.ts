/**
 * Who acts next, as the API shows it: each next step (next-steps.ts) with the named people who may
 * take it — active principals holding one of its roles within the scope (the assigned handler, the
 * branch's chair, the host unit's principals). For lists, the steps come from the inbox view's
 * rows, which the inbox projection writes from the same rules.
 */
import { sql } from 'kysely';
import type { Executor } from '../store/types.ts';
import type { Registry } from '../engine/registry.ts';
import { stepsFrom, type NextStep, type Waiting } from '../projections/next-steps.ts';
import { ROLES, type CaseNumber, type Role } from '../../workflows/contract.ts';
import { streamIdOf } from '../engine/registry.ts';
import { caseNumber, type Vocabulary } from '../vocabulary.ts';

/** At most this many names per step; `peopleCount` tells how many there are. */
const PEOPLE_SHOWN = 10;

export interface NextStepView {
  command: string;
  kind: 'forward' | 'backward';
  dueOn: string | null;
  roles: string[];
  people: { id: string; name: string }[];
  peopleCount: number;
}

type Actor = NextStep['actors'][number];

const actorKey = (a: Actor) => JSON.stringify([a.role, a.branchId, a.principalId, a.hostUnit]);

/** The people behind each actor (one query for all). */
async function peopleOf(db: Executor, actors: readonly Actor[]): Promise<Map<string, { id: string; name: string }[]>> {
  const unique = [...new Map(actors.map((a) => [actorKey(a), a])).values()];
  const people = new Map<string, { id: string; name: string }[]>(unique.map((a) => [actorKey(a), []]));
  if (unique.length === 0) return people;
  const rows = unique.map((a, i) => ({ i, role: a.role, branch_id: a.branchId, principal_id: a.principalId, host_unit: a.hostUnit }));
  const { rows: found } = await sql<{ i: number; id: string; name: string }>`
    SELECT a.i, p.id, p.name
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS a(i integer, role text, branch_id text, principal_id text, host_unit text)
    JOIN principals p ON p.revoked_at IS NULL AND (p.expires_at IS NULL OR p.expires_at > now()) AND a.role = ANY (p.roles)
      AND (a.principal_id IS NULL OR p.id = a.principal_id)
      AND (a.branch_id IS NULL OR p.branch_id = a.branch_id)
      AND (a.host_unit IS NULL OR p.host_unit = a.host_unit)
    ORDER BY a.i, p.name COLLATE "C", p.id`.execute(db);
  for (const row of found) {
    const actor = unique[row.i];
    if (actor) people.get(actorKey(actor))?.push({ id: row.id, name: row.name });
  }
  return people;
}

/** Steps with their people, for each list of steps given (one query for them all). */
export async function withPeople(db: Executor, stepLists: readonly (readonly NextStep[])[]): Promise<NextStepView[][]> {
  const people = await peopleOf(db, stepLists.flat().flatMap((s) => s.actors));
  return stepLists.map((steps) =>
    steps.map((s) => {
      const named = new Map<string, { id: string; name: string }>();
      for (const a of s.actors) for (const p of people.get(actorKey(a)) ?? []) named.set(p.id, p);
      // The same answer from any copy of the database: people by name (code point order, not the
      // database's collation), roles in their declared order.
      const all = [...named.values()].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
      const roles = [...new Set(s.actors.map((a) => a.role))].sort((x, y) => ROLES.indexOf(x as Role) - ROLES.indexOf(y as Role));
      return { command: s.command, kind: s.kind, dueOn: s.dueOn, roles, people: all.slice(0, PEOPLE_SHOWN), peopleCount: all.length };
    }),
  );
}

interface WaitingRow {
  stream_id: string;
  workflow: string;
  workflow_version: number;
  role: string;
  branch_id: string | null;
  principal_id: string | null;
  host_unit: string | null;
  commands: string[];
  due_on: string | null;
}

/** The next steps of these streams (in the order given), from the inbox view's action rows. */
export async function nextStepsOf(db: Executor, registry: Registry, streamIds: readonly string[]): Promise<NextStepView[][]> {
  if (streamIds.length === 0) return [];
  const { rows } = await sql<WaitingRow>`
    SELECT v.stream_id, v.workflow, i.workflow_version, v.role, v.branch_id, v.principal_id, i.data->>'hostUnit' AS host_unit,
           v.commands, v.due_on::text AS due_on
    FROM view_inbox v JOIN view_instances i ON i.stream_id = v.stream_id
    WHERE v.stream_id = ANY (${[...streamIds]}::text[]) AND v.reason = 'action'`.execute(db);
  const steps = streamIds.map((streamId) => {
    const own = rows.filter((r) => r.stream_id === streamId);
    const first = own[0];
    if (!first) return [];
    const def = registry.get(first.workflow, first.workflow_version);
    const waiting: Waiting[] = own.map((r) => ({
      role: r.role as Role,
      branchId: r.branch_id,
      principalId: r.principal_id,
      hostUnit: r.role === 'host_unit' ? r.host_unit : null,
      commands: r.commands,
    }));
    return stepsFrom(def, waiting, first.due_on);
  });
  return withPeople(db, steps);
}

/**
 * A page of instance rows as lists show them: the case number in the organisation's words
 * (`number`) and who acts next (`next`), for the inbox, pending replies and instance listings alike.
 */
export async function presentedRows<T extends { workflow: string; id: string; caseNumber: CaseNumber | null }>(
  db: Executor,
  registry: Registry,
  vocabulary: Vocabulary,
  items: readonly T[],
): Promise<(Omit<T, 'caseNumber'> & { number: string | null; next: NextStepView[] })[]> {
  const next = await nextStepsOf(db, registry, items.map((i) => streamIdOf(i.workflow, i.id)));
  return items.map(({ caseNumber: n, ...item }, i) => ({ ...item, number: n ? caseNumber(vocabulary, item.workflow, n) : null, next: next[i] ?? [] }));
}
