/**
 * Folds a workflow's streams from the log as of a business date: every event with
 * occurred_on <= asOf, in stream order, through the workflow version the stream started on.
 * An event the machine cannot take without an event dated later (a backdated command recorded
 * after one dated after asOf) is left out rather than failing the whole report.
 */
import { sql, type Kysely } from 'kysely';
import type { AnyMachineSnapshot } from 'xstate';
import type { Database } from '../db/schema.ts';
import type { Registry } from '../engine/registry.ts';
import { fold, ReplayDivergence, stateName, type Folded } from '../engine/decider.ts';
import { SYSTEM_ACTOR, type Actor, type DomainEvent, type WorkflowDefinition } from '../../workflows/contract.ts';
import type { PersonalData } from '../privacy/personal-data.ts';

/** What a report reads the log with: the workflows' machines, and the keys its personal fields open with. */
export interface LogSources {
  registry: Registry;
  personalData: PersonalData;
}

export interface FoldedStream<TContext> {
  streamId: string;
  id: string;
  state: string;
  context: TContext;
}

export interface FoldOptions {
  /** Only this stream (e.g. `settings/organization`). */
  streamId?: string;
  /** Events dated on or before this day; all events when absent. */
  asOf?: string;
}

interface EventRow {
  stream_id: string;
  workflow_version: number;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  occurred_on: string;
}

function actorOf(metadata: Record<string, unknown>): Actor {
  const actor = metadata.actor as Partial<Actor> | undefined;
  return actor && typeof actor.id === 'string' && typeof actor.name === 'string' && typeof actor.role === 'string'
    ? { id: actor.id, name: actor.name, role: actor.role }
    : SYSTEM_ACTOR;
}

function toDomainEvent(row: EventRow): DomainEvent {
  const comment = row.metadata.comment;
  return {
    type: row.type,
    data: row.data,
    on: row.occurred_on,
    actor: actorOf(row.metadata),
    ...(typeof comment === 'string' ? { comment } : {}),
  };
}

/** Folds the events one by one, leaving out any the machine does not take at that point. */
function tolerantFold(def: WorkflowDefinition, events: readonly DomainEvent[]): Folded | null {
  let folded: Folded | null = null;
  for (const event of events) {
    try {
      folded = fold(def, [event], folded ?? undefined);
    } catch (error) {
      if (!(error instanceof ReplayDivergence)) throw error;
    }
  }
  return folded;
}

export async function foldStreamsAsOf<TContext>(
  db: Kysely<Database>,
  { registry, personalData }: LogSources,
  workflow: string,
  options: FoldOptions = {},
): Promise<FoldedStream<TContext>[]> {
  let query = db
    .selectFrom('events')
    .select(['stream_id', 'workflow_version', 'type', 'data', 'metadata', sql<string>`occurred_on::text`.as('occurred_on')])
    .where('workflow', '=', workflow);
  if (options.asOf !== undefined) query = query.where('occurred_on', '<=', options.asOf);
  if (options.streamId !== undefined) query = query.where('stream_id', '=', options.streamId);
  const rows: EventRow[] = await query.orderBy('stream_id').orderBy('stream_version').execute();
  await personalData.open(
    db,
    rows.map((row) => ({ streamId: row.stream_id, workflow, type: row.type, data: row.data, metadata: row.metadata })),
  );

  const byStream = new Map<string, { workflowVersion: number; events: DomainEvent[] }>();
  for (const row of rows) {
    const stream = byStream.get(row.stream_id);
    if (stream) stream.events.push(toDomainEvent(row));
    else byStream.set(row.stream_id, { workflowVersion: row.workflow_version, events: [toDomainEvent(row)] });
  }
  const result: FoldedStream<TContext>[] = [];
  for (const [streamId, stream] of byStream) {
    const def = registry.get(workflow, stream.workflowVersion);
    const folded = tolerantFold(def, stream.events);
    if (!folded) continue;
    const snapshot: AnyMachineSnapshot = folded.snapshot;
    result.push({
      streamId,
      id: streamId.slice(streamId.indexOf('/') + 1),
      state: stateName(snapshot),
      context: snapshot.context as TContext,
    });
  }
  return result;
}
