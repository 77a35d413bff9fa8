/** Pending reply obligations: every suggestion in registered or in_progress. Overdue is computed at read time. */
import type { SuggestionContext } from '../../workflows/suggestion.ts';
import { stateName } from '../engine/decider.ts';
import type { Projection } from './projector.ts';

const PENDING = new Set(['registered', 'in_progress']);

export const pendingRepliesProjection: Projection = {
  name: 'pending-replies',
  tables: ['view_pending_replies'],
  workflows: ['suggestion'],
  async apply(trx, { streamId, id, folded }) {
    const state = stateName(folded.snapshot);
    if (!PENDING.has(state)) {
      await trx.deleteFrom('view_pending_replies').where('stream_id', '=', streamId).execute();
      return;
    }
    const s = folded.snapshot.context as SuggestionContext;
    const row = {
      state,
      received_on: s.receivedOn,
      due_on: s.dueOn,
      handler_id: s.handlerId,
      channel: s.channel ?? 'box',
      category: s.category,
      anonymous: s.anonymous,
    };
    await trx
      .insertInto('view_pending_replies')
      .values({ stream_id: streamId, id, ...row })
      .onConflict((oc) => oc.column('stream_id').doUpdateSet(row))
      .execute();
  },
};
