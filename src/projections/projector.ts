/**
 * Inline projections: read views updated in the append transaction (read-your-writes).
 * A projection is a pure function from the appended events and the instance's state to view
 * writes (view-tables.ts); it never reads the clock, so rebuilding from the log
 * (projections:rebuild) yields exactly the same rows. The engine commits the writes with the append.
 */
import type { WorkflowDefinition } from '../../workflows/contract.ts';
import type { Folded } from '../engine/decider.ts';
import type { EventMetadata, StoredEvent } from '../store/types.ts';
import type { ViewOp, ViewTableName } from './view-tables.ts';

/**
 * An event as projections see it: a StoredEvent without its hash chain and transaction id, and of
 * its metadata only who acted and their comment (what the fold reads too): the rebuild reads no
 * more than this from the log.
 */
export type ProjectedEvent = Omit<StoredEvent, 'transactionId' | 'prevHash' | 'hash' | 'metadata'> & {
  metadata: Pick<EventMetadata, 'actor' | 'comment'>;
};

export interface ProjectionInput {
  def: WorkflowDefinition;
  streamId: string;
  id: string;
  /** The events just appended, oldest first. */
  events: ProjectedEvent[];
  /** The instance before and after these events. */
  before: Folded;
  folded: Folded;
}

/**
 * A projection writes its own stream's rows only: a row with a `stream_id` column carries the
 * projected stream's id (the rebuild relies on it, and fails on a row that does not).
 */
export interface Projection {
  name: string;
  /** The tables it owns (emptied by a rebuild). */
  tables: readonly ViewTableName[];
  /** Only called for events of these workflows (all when absent). */
  workflows?: readonly string[];
  project(input: ProjectionInput): ViewOp[];
}

export class Projector {
  constructor(readonly projections: readonly Projection[]) {}

  /** The view writes for these events (pure). */
  ops(input: ProjectionInput): ViewOp[] {
    return this.projections.flatMap((p) => (!p.workflows || p.workflows.includes(input.def.name) ? p.project(input) : []));
  }

  tables(): ViewTableName[] {
    return [...new Set(this.projections.flatMap((p) => p.tables))];
  }
}
