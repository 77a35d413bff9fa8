/** A machine's initial snapshot, computed once. */
import { initialTransition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import type { WorkflowDefinition } from '../../workflows/contract.ts';
import { refuseChildren } from './machine-step.ts';

/**
 * The initial snapshot depends only on the machine (no input): computed once, shared (snapshots are
 * immutable). A machine that starts a child actor in its initial state is refused, as its steps would be.
 */
const initialSnapshots = new WeakMap<AnyStateMachine, AnyMachineSnapshot>();

export function initialSnapshot(def: WorkflowDefinition): AnyMachineSnapshot {
  const cached = initialSnapshots.get(def.machine);
  if (cached) return cached;
  const [snapshot] = initialTransition(def.machine, undefined);
  refuseChildren(def.machine, snapshot);
  initialSnapshots.set(def.machine, snapshot);
  return snapshot;
}
