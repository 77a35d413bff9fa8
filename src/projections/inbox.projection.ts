/**
 * The inbox: for each instance and role, the commands that role may send now (scoped to a
 * branch or a principal where the workflow says so), with due dates; plus the chair's alerts.
 */
import { ROLES, type Principal } from '../../workflows/contract.ts';
import { allowedCommands, stateName } from '../engine/decider.ts';
import { inboxRulesFor } from './inbox-rules.ts';
import type { Projection } from './projector.ts';
import { replace } from './row-ops.ts';

const roleOnly = (role: Principal['roles'][number]): Principal => ({
  id: '',
  name: '',
  roles: [role],
  memberId: null,
  branchId: null,
});

export const inboxProjection: Projection = {
  name: 'inbox',
  tables: ['view_inbox'],
  workflows: ['recruitment', 'cadre-training', 'secondment', 'suggestion'],
  project({ def, streamId, id, events, folded }) {
    if (folded.snapshot.status !== 'active') return [replace('view_inbox', { stream_id: streamId }, [])];
    const rules = inboxRulesFor(def.name);
    const context = folded.snapshot.context as Record<string, unknown>;
    const state = stateName(folded.snapshot);
    const since = events[events.length - 1]!.recordedAt.toISOString();
    const due = rules.due(context, state);
    const summary = rules.summary(context).slice(0, 300);
    const base = { stream_id: streamId, workflow: def.name, id, state, since, summary };
    const rows = ROLES.flatMap((role) => {
      const commands = allowedCommands(def, folded.snapshot, roleOnly(role));
      if (commands.length === 0) return [];
      const scope = rules.scope(role, context, commands);
      if (!scope) return [];
      return [{ ...base, role, branch_id: scope.branchId, principal_id: scope.principalId, commands, reason: 'action', due_on: due }];
    });
    for (const alert of rules.alerts(context, state)) {
      rows.push({ ...base, role: alert.role, branch_id: null, principal_id: null, commands: [], reason: alert.reason, due_on: alert.dueOn });
    }
    return [replace('view_inbox', { stream_id: streamId }, rows)];
  },
};
