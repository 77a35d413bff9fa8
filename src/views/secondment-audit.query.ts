/** A secondment's audit: who it concerns, and every decision with actor, role at the time, dates and reason. */
import { sql } from 'kysely';
import type { Executor } from '../store/types.ts';
import { streamIdOf } from '../engine/registry.ts';

export interface SecondmentSummary {
  streamId: string;
  id: string;
  state: string;
  status: string;
  memberId: string;
  /** null once the secondment was erased. */
  memberName: string | null;
  hostUnit: string;
  post: string;
  startsOn: string | null;
  termEndsOn: string | null;
}

export interface AuditDecision {
  version: number;
  step: string;
  decision: string;
  eventType: string;
  actorId: string;
  actorName: string;
  role: string;
  occurredOn: string;
  recordedAt: string;
  reason: string | null;
  comment: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

/** null when there is no such secondment. */
export async function readSecondmentSummary(db: Executor, id: string): Promise<SecondmentSummary | null> {
  const row = await db
    .selectFrom('view_instances')
    .select(['stream_id', 'id', 'state', 'status', 'data'])
    .where('stream_id', '=', streamIdOf('secondment', id))
    .where('workflow', '=', 'secondment')
    .executeTakeFirst();
  if (!row) return null;
  const data = row.data;
  return {
    streamId: row.stream_id,
    id: row.id,
    state: row.state,
    status: row.status,
    memberId: text(data.memberId) ?? '',
    memberName: text(data.memberName),
    hostUnit: text(data.hostUnit) ?? '',
    post: text(data.post) ?? '',
    startsOn: text(data.startsOn),
    termEndsOn: text(data.termEndsOn),
  };
}

export async function readSecondmentDecisions(db: Executor, streamId: string): Promise<AuditDecision[]> {
  const rows = await db
    .selectFrom('view_secondment_decisions')
    .select(['version', 'step', 'decision', 'event_type', 'actor_id', 'actor_name', 'actor_role', 'recorded_at', 'reason', 'comment'])
    .select(sql<string>`occurred_on::text`.as('occurred_on'))
    .where('stream_id', '=', streamId)
    .orderBy('version')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    step: r.step,
    decision: r.decision,
    eventType: r.event_type,
    actorId: r.actor_id,
    actorName: r.actor_name,
    role: r.actor_role,
    occurredOn: r.occurred_on,
    recordedAt: new Date(r.recorded_at).toISOString(),
    reason: r.reason,
    comment: r.comment,
  }));
}
