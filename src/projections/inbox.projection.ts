/**
 * The inbox: for each instance and role, the commands that role may send now (scoped to a
 * branch or a principal where the workflow says so), with due dates; plus the chair's alerts.
 */
import { stateName } from '../engine/decider.ts';
import { inboxRulesFor } from './inbox-rules.ts';
import { waitingOn } from './next-steps.ts';
import type { Projection } from './projector.ts';
import { replace } from './view-tables.ts';

interface Base {
  streamId: string;
  workflow: string;
  id: string;
  state: string;
  since: string;
  summary: string;
}

// A plain literal: `{ ...base, role }` is a slow path in V8 (µs per row); and at module level, as a
// closure made per call costs a defineProperty under tsx (it keeps function names).
const inboxRow = (b: Base, role: string, branchId: string | null, principalId: string | null, commands: readonly string[], reason: string, dueOn: string | null) => ({
  stream_id: b.streamId,
  workflow: b.workflow,
  id: b.id,
  state: b.state,
  since: b.since,
  summary: b.summary,
  role,
  branch_id: branchId,
  principal_id: principalId,
  commands,
  reason,
  due_on: dueOn,
});

export const inboxProjection: Projection = {
  name: 'inbox',
  tables: ['view_inbox'],
  workflows: ['recruitment', 'cadre-training', 'secondment', 'suggestion'],
  project({ def, streamId, id, events, folded }) {
    if (folded.snapshot.status !== 'active') return [replace('view_inbox', streamId, [])];
    const rules = inboxRulesFor(def.name);
    const context = folded.snapshot.context as Record<string, unknown>;
    const state = stateName(folded.snapshot);
    const since = events[events.length - 1]!.recordedAt.toISOString();
    const due = rules.due(context, state);
    const summary = rules.summary(context).slice(0, 300);
    const base: Base = { streamId, workflow: def.name, id, state, since, summary };
    const rows = [];
    // Per role waited on, the commands a principal holding only that role may send (next-steps.ts).
    for (const w of waitingOn(def, folded.snapshot)) rows.push(inboxRow(base, w.role, w.branchId, w.principalId, w.commands, 'action', due));
    for (const alert of rules.alerts(context, state)) rows.push(inboxRow(base, alert.role, null, null, [], alert.reason, alert.dueOn));
    return [replace('view_inbox', streamId, rows)];
  },
};
