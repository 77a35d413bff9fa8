/**
 * Inline projections: read views updated in the append transaction (read-your-writes).
 * Each projection derives its rows only from the events and the folded state, never from
 * the clock, so replaying the log (projections:rebuild) yields exactly the same rows.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { WorkflowDefinition } from '../../workflows/contract.ts';
import type { Folded } from '../engine/decider.ts';
import type { StoredEvent } from '../store/types.ts';

export interface ProjectionInput {
  def: WorkflowDefinition;
  streamId: string;
  id: string;
  /** The events just appended, oldest first. */
  events: StoredEvent[];
  /** The instance before and after these events. */
  before: Folded;
  folded: Folded;
}

export interface Projection {
  name: string;
  /** The tables it owns (emptied by a rebuild). */
  tables: readonly (keyof Database)[];
  /** Only called for events of these workflows (all when absent). */
  workflows?: readonly string[];
  apply(trx: Transaction<Database>, input: ProjectionInput): Promise<void>;
}

export class Projector {
  constructor(readonly projections: readonly Projection[]) {}

  async apply(trx: Transaction<Database>, input: ProjectionInput): Promise<void> {
    for (const projection of this.projections) {
      if (!projection.workflows || projection.workflows.includes(input.def.name)) await projection.apply(trx, input);
    }
  }

  tables(): (keyof Database)[] {
    return [...new Set(this.projections.flatMap((p) => p.tables))];
  }
}
