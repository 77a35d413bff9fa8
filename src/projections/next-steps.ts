/**
 * Who acts next, from the machine: per role, the commands the current state takes that the role may
 * send (allowedCommandsByRole), kept where the workflow's inbox rules say the role is waited on
 * (scoped to a branch or a principal). The inbox projection writes these rows; an instance's next
 * steps are the same rows grouped by command, forward commands first.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { CommandKind, Role, WorkflowDefinition } from '../../workflows/contract.ts';
import { allowedCommandsByRole, orderedCommands, stateName } from '../engine/decider.ts';
import { inboxRulesFor } from './inbox-rules.ts';

/** A role the instance waits on, within its scope, and what it may send. */
export interface Waiting {
  role: Role;
  branchId: string | null;
  principalId: string | null;
  /** A host_unit role: the unit whose principals may act (null for every other role). */
  hostUnit: string | null;
  commands: readonly string[];
}

export interface NextStep {
  command: string;
  kind: CommandKind;
  dueOn: string | null;
  /** The roles that may take it, each within its scope. */
  actors: Omit<Waiting, 'commands'>[];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/** The roles an active instance waits on (none once it has ended). */
export function waitingOn(def: WorkflowDefinition, snapshot: AnyMachineSnapshot): Waiting[] {
  if (snapshot.status !== 'active') return [];
  const rules = inboxRulesFor(def.name);
  const context = snapshot.context as Record<string, unknown>;
  const waiting: Waiting[] = [];
  for (const [role, commands] of allowedCommandsByRole(def, snapshot)) {
    const scope = rules.scope(role, context, commands);
    if (!scope) continue;
    waiting.push({ role, ...scope, hostUnit: role === 'host_unit' ? str(context.hostUnit) : null, commands });
  }
  return waiting;
}

/** The due date the instance's next steps have (the reply deadline, the next review …). */
export function nextDue(def: WorkflowDefinition, snapshot: AnyMachineSnapshot): string | null {
  return inboxRulesFor(def.name).due(snapshot.context as Record<string, unknown>, stateName(snapshot));
}

/** Waiting roles grouped by command, in the workflow's order: forward commands first, backward ones last. */
export function stepsFrom(def: WorkflowDefinition, waiting: readonly Waiting[], dueOn: string | null): NextStep[] {
  const steps: NextStep[] = [];
  for (const [command, spec] of orderedCommands(def)) {
    const actors = waiting
      .filter((w) => w.commands.includes(command))
      .map(({ role, branchId, principalId, hostUnit }) => ({ role, branchId, principalId, hostUnit }));
    if (actors.length > 0) steps.push({ command, kind: spec.kind ?? 'forward', dueOn, actors });
  }
  return steps;
}

export function nextSteps(def: WorkflowDefinition, snapshot: AnyMachineSnapshot): NextStep[] {
  return stepsFrom(def, waitingOn(def, snapshot), nextDue(def, snapshot));
}
