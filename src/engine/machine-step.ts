/**
 * One event through a workflow machine, without running anything: the next snapshot and the
 * actions the step would run (the decider turns delayed raises and cancels into timer rows).
 *
 * This is what XState's pure `transition(machine, snapshot, event)` does, with one difference:
 * `transition()` builds a fresh inert actor for every call, and an actor's constructor computes
 * the machine's initial snapshot, so each step paid for entering the initial state as well. Here
 * each machine gets one inert actor scope, made once with the public API (`createActor`, never
 * started) and handed to the machine's own `transition` (the `ActorLogic` contract). The scope
 * runs nothing: no deferred work, no emitted events, no logging; the actions are only collected.
 *
 * A shared scope is only sound while a step leaves nothing behind in it: workflow machines invoke
 * and spawn no actors (they are pure; see docs/workflows.md). A step that produced a child actor
 * fails loudly instead of registering it in the shared actor's system.
 */
import { createActor, type ActorScope, type AnyMachineSnapshot, type AnyStateMachine, type EventObject } from 'xstate';

export interface StepResult {
  snapshot: AnyMachineSnapshot;
  /** false when the machine ignored the event: the very same snapshot and no actions. */
  accepted: boolean;
  actions: readonly { type: string; params?: unknown }[];
}

interface Stepper {
  scope: ActorScope<AnyMachineSnapshot, EventObject>;
  /** Filled by the scope's action executor during one step, emptied by `step`. */
  collected: { type: string; params?: unknown }[];
}

const steppers = new WeakMap<AnyStateMachine, Stepper>();

function stepperFor(machine: AnyStateMachine): Stepper {
  let stepper = steppers.get(machine);
  if (stepper) return stepper;
  const self = createActor(machine);
  const collected: Stepper['collected'] = [];
  const nothing = () => {};
  const scope: ActorScope<AnyMachineSnapshot, EventObject> = {
    self,
    id: '',
    sessionId: '',
    logger: nothing,
    defer: nothing,
    system: self.system,
    stopChild: nothing,
    emit: nothing,
    actionExecutor: (action) => {
      collected.push(action);
    },
  };
  stepper = { scope, collected };
  steppers.set(machine, stepper);
  return stepper;
}

const hasChildren = (snapshot: AnyMachineSnapshot): boolean => {
  for (const _ in snapshot.children) return true;
  return false;
};

/** Refuses, loudly, a snapshot holding child actors (invoked or spawned): the shared scope cannot hold them. */
export function refuseChildren(machine: AnyStateMachine, snapshot: AnyMachineSnapshot): void {
  if (hasChildren(snapshot)) throw new Error(`${machine.id}: the machine started a child actor; workflow machines must invoke and spawn nothing`);
}

export function step(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: EventObject): StepResult {
  const { scope, collected } = stepperFor(machine);
  // A step that threw may have left actions behind: the collection starts empty every time.
  collected.length = 0;
  const next = machine.transition(snapshot, event, scope);
  const actions = collected.splice(0);
  if (next !== snapshot) refuseChildren(machine, next);
  return { snapshot: next, accepted: next !== snapshot || actions.length > 0, actions };
}
