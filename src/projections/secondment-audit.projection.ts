/** Every decision on a secondment: step, decision, who (name and role at the time), when, why. */
import type { SecondmentContext } from '../../workflows/secondment.ts';
import type { Projection } from './projector.ts';
import { write } from './view-tables.ts';

export const secondmentAuditProjection: Projection = {
  name: 'secondment-audit',
  tables: ['view_secondment_decisions'],
  workflows: ['secondment'],
  project({ streamId, events, before, folded }) {
    const decisionsBefore = (before.snapshot.context as SecondmentContext).decisions?.length ?? 0;
    const decisions = (folded.snapshot.context as SecondmentContext).decisions.slice(decisionsBefore);
    // The workflow records one decision per human (non-system) event, in order.
    const human = events.filter((e) => e.metadata.actor.role !== 'system');
    return decisions.flatMap((d, i) => {
      const event = human[i];
      if (!event) return [];
      return [
        write('view_secondment_decisions', {
          stream_id: streamId,
          version: event.version,
          step: d.step,
          decision: d.decision,
          event_type: event.type,
          actor_id: event.metadata.actor.id,
          actor_name: event.metadata.actor.name,
          actor_role: event.metadata.actor.role,
          occurred_on: event.occurredOn,
          recorded_at: event.recordedAt.toISOString(),
          reason: d.reason ?? (d.grade ? `grade: ${d.grade}` : null),
          comment: event.metadata.comment ?? null,
        }),
      ];
    });
  },
};
