/** Pending reply obligations: every suggestion in registered or in_progress. Overdue is computed at read time. */
import type { SuggestionContext } from '../../workflows/suggestion.ts';
import { stateName } from '../engine/decider.ts';
import type { Projection } from './projector.ts';
import { remove, write } from './view-tables.ts';

const PENDING = new Set(['registered', 'in_progress']);

export const pendingRepliesProjection: Projection = {
  name: 'pending-replies',
  tables: ['view_pending_replies'],
  workflows: ['suggestion'],
  project({ streamId, id, folded }) {
    const state = stateName(folded.snapshot);
    if (!PENDING.has(state)) return [remove('view_pending_replies', { stream_id: streamId })];
    const s = folded.snapshot.context as SuggestionContext;
    return [
      write('view_pending_replies', {
        stream_id: streamId,
        id,
        state,
        received_on: s.receivedOn,
        due_on: s.dueOn,
        handler_id: s.handlerId,
        channel: s.channel ?? 'box',
        category: s.category,
        anonymous: s.anonymous,
      }),
    ];
  },
};
