/** A machine's initial snapshot, computed once. */
import { initialTransition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import type { WorkflowDefinition } from '../../workflows/contract.ts';
import { hasChildren } from './machine-step.ts';

/** The initial snapshot depends only on the machine (no input): computed once, shared (snapshots are immutable). */
const initialSnapshots = new WeakMap<AnyStateMachine, AnyMachineSnapshot>();

export function initialSnapshot(def: WorkflowDefinition): AnyMachineSnapshot {
  const cached = initialSnapshots.get(def.machine);
  if (cached) return cached;
  const [snapshot] = initialTransition(def.machine, undefined);
  if (!hasChildren(snapshot)) initialSnapshots.set(def.machine, snapshot);
  return snapshot;
}
