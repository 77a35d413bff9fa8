/** Every instance: its state, version and data, for listing and the instance view. */
import { stateName } from '../engine/decider.ts';
import { caseNumberOf } from '../../workflows/contract.ts';
import type { Projection } from './projector.ts';
import { write } from './view-tables.ts';
import { ERASURE_EVENT } from '../privacy/personal-fields.ts';

export const instancesProjection: Projection = {
  name: 'instances',
  tables: ['view_instances'],
  project({ def, streamId, id, events, folded }) {
    const first = events[0]!;
    const last = events[events.length - 1]!;
    const context = folded.snapshot.context as Record<string, unknown>;
    const number = caseNumberOf(folded.history);
    const row = {
      stream_id: streamId,
      workflow: def.name,
      id,
      workflow_version: last.workflowVersion,
      state: stateName(folded.snapshot),
      status: folded.snapshot.status,
      version: last.version,
      data: def.view ? def.view(context) : context,
      started_on: first.occurredOn,
      updated_on: last.occurredOn,
      created_at: first.recordedAt.toISOString(),
      updated_at: last.recordedAt.toISOString(),
      case_year: number?.year ?? null,
      case_seq: number?.seq ?? null,
      erased: folded.history.some((e) => e.type === ERASURE_EVENT),
    };
    // started_on and created_at are kept from the first write (view-tables.ts).
    return [write('view_instances', row)];
  },
};
