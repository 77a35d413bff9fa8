/** Every instance: its state, version and data, for listing and the instance view. */
import { stateName } from '../engine/decider.ts';
import type { Projection } from './projector.ts';

export const instancesProjection: Projection = {
  name: 'instances',
  tables: ['view_instances'],
  async apply(trx, { def, streamId, id, events, folded }) {
    const first = events[0]!;
    const last = events[events.length - 1]!;
    const context = folded.snapshot.context as Record<string, unknown>;
    const row = {
      state: stateName(folded.snapshot),
      status: folded.snapshot.status,
      version: last.version,
      data: JSON.stringify(def.view ? def.view(context) : context),
      updated_on: last.occurredOn,
      updated_at: last.recordedAt,
      workflow_version: last.workflowVersion,
    };
    await trx
      .insertInto('view_instances')
      .values({
        stream_id: streamId,
        workflow: def.name,
        id,
        started_on: first.occurredOn,
        created_at: first.recordedAt,
        ...row,
      })
      .onConflict((oc) => oc.column('stream_id').doUpdateSet(row))
      .execute();
  },
};
