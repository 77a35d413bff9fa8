/**
 * A faster fold, for the machines whose every transition it can take exactly as XState does; every
 * other machine, event or outcome goes to XState's own fold. The rebuild folds streams with it, and
 * decider.ts's `fold` and `applyEvents` (every command's step) go through it first.
 *
 * XState's general transition algorithm (exit and entry sets, microsteps, eventless transitions,
 * a new snapshot per action) made ~60 % of the rebuild's time in node, with the garbage it leaves.
 * Our machines are flat: one level of atomic and final states under the root, transitions with a
 * named guard, assign actions and at most one sibling target, and `after` timers (their raise and
 * cancel actions change nothing a fold keeps, and are handed back to the caller that asks for them:
 * the timers a command sets and cancels). For such a machine a step is: the first candidate
 * transition of the current state whose guard passes, its assign actions applied in order as
 * XState's resolveAssign applies them (a partial update per action, merged into a copy of the
 * context), and the target. One XState snapshot is made at the end (machine.resolveState's, from a
 * template per state), not one per action and step.
 *
 * Whatever this fold does not know it leaves to XState, by returning null: a machine with another
 * feature (checked once per machine, `replayable`), an event no transition takes (a divergence:
 * XState's fold then throws ReplayDivergence with its own message), a delay that is not a number
 * (XState would raise the event at once), a guard or an action that throws, or one that spawns.
 * tests/engine/replay.test.ts folds every workflow's streams both ways and compares the snapshots,
 * and steps them both ways and compares the timer changes.
 */
import { createActor, type AnyActorRef, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import type { DomainEvent, WorkflowDefinition } from '../../workflows/contract.ts';
import type { Folded } from './decider.ts';
import { initialSnapshot } from './initial-snapshot.ts';

type StateNode = AnyStateMachine['root'];
type Context = Record<string, unknown>;
type Guard = (args: { context: Context; event: DomainEvent }, params: undefined) => boolean;
type Assignment = ((args: AssignArgs, params: unknown) => Context) | Record<string, unknown>;

interface AssignArgs {
  context: Context;
  event: DomainEvent;
  spawn: () => never;
  self: AnyActorRef;
  system: unknown;
}

/** An action of a transition: an assignment (with its params, fixed or computed) or nothing a fold keeps. */
type Step = { assignment: Assignment; params: unknown } | null;

interface Transition {
  guard: Guard | null;
  steps: Step[];
  /** The target state's key (a sibling), or null for a targetless transition. */
  target: string | null;
  /** Exits and re-enters its own state when it targets it (XState's `reenter`). */
  reenter: boolean;
}

/** A state's `after` timers: raised (id, delay name or number) on entry, cancelled (send id) on exit. */
interface StateTimers {
  raises: { id: string; delay: string | number }[];
  cancels: string[];
  final: boolean;
}

/**
 * A timer action of a step as XState hands it to the actor scope's action executor (what
 * decider.ts's timerOps reads): a delayed raise, its delay resolved, or a cancel.
 */
export type TimerAction = { type: 'xstate.raise'; params: { id: string; delay: number } } | { type: 'xstate.cancel'; params: { sendId: string } };

interface Replayable {
  machine: AnyStateMachine;
  /** Per state key: per event type, the candidate transitions in XState's order. */
  states: Map<string, Map<string, Transition[]>>;
  /** Per state key: the timers its entry raises and its exit cancels, and whether it is final. */
  timers: Map<string, StateTimers>;
  self: AnyActorRef;
  system: unknown;
  /** Per state key: XState's snapshot of that state (machine.resolveState), the template of every result in it. */
  resolved: Map<string, AnyMachineSnapshot>;
}

const compiled = new WeakMap<AnyStateMachine, Replayable | null>();

const spawn = (): never => {
  throw new Error('spawn in a replayed transition');
};

/** The machine compiled for this fold, or null when it uses a feature the fold leaves to XState. */
export function replayable(machine: AnyStateMachine): Replayable | null {
  let r = compiled.get(machine);
  if (r === undefined) {
    r = compile(machine);
    compiled.set(machine, r);
  }
  return r;
}

const typeOf = (action: unknown): string | undefined =>
  action !== null && (typeof action === 'object' || typeof action === 'function') ? (action as { type?: string }).type : undefined;

function compile(machine: AnyStateMachine): Replayable | null {
  const root = machine.root;
  if (root.type !== 'compound' || root.transitions.size > 0 || root.always || root.entry.length || root.exit.length) return null;
  if (root.invoke.length || root.output !== undefined || root.config.output !== undefined) return null;
  const implementations = machine.implementations as { actions: Record<string, unknown>; guards: Record<string, unknown> };
  const states = new Map<string, Map<string, Transition[]>>();
  const timers = new Map<string, StateTimers>();
  for (const [key, node] of Object.entries(root.states) as [string, StateNode][]) {
    if ((node.type !== 'atomic' && node.type !== 'final') || node.always || node.invoke.length) return null;
    const raises: StateTimers['raises'] = [];
    for (const action of node.entry) {
      const raised = action as { type?: string; id?: unknown; delay?: unknown; event?: unknown };
      if (typeOf(action) !== 'xstate.raise' || typeof raised.event !== 'object' || typeof raised.id !== 'string') return null;
      if (typeof raised.delay !== 'string' && typeof raised.delay !== 'number') return null;
      raises.push({ id: raised.id, delay: raised.delay });
    }
    const cancels: string[] = [];
    for (const action of node.exit) {
      const sendId = (action as { sendId?: unknown }).sendId;
      if (typeOf(action) !== 'xstate.cancel' || typeof sendId !== 'string') return null;
      cancels.push(sendId);
    }
    // A final state's entry (or exit, which XState runs when the machine finishes) with timers: left to XState.
    if (node.type === 'final' && (raises.length > 0 || cancels.length > 0)) return null;
    timers.set(key, { raises, cancels, final: node.type === 'final' });
    const byEvent = new Map<string, Transition[]>();
    for (const [descriptor, definitions] of node.transitions) {
      if (descriptor === '*' || descriptor.endsWith('.*')) return null;
      const transitions: Transition[] = [];
      for (const t of definitions) {
        let guard: Guard | null = null;
        if (t.guard !== undefined) {
          const g = typeof t.guard === 'string' ? implementations.guards[t.guard] : undefined;
          if (typeof g !== 'function' || 'check' in g) return null;
          guard = g as Guard;
        }
        const steps: Step[] = [];
        for (const action of t.actions as unknown[]) {
          const named = typeof action === 'string' ? action : typeof action === 'object' && action !== null ? typeOf(action) : undefined;
          if (named === undefined) return null;
          const impl = implementations.actions[named];
          const params = typeof action === 'object' && action !== null && 'params' in action ? (action as { params: unknown }).params : undefined;
          if (typeof params === 'function') return null;
          if (typeof impl !== 'function') return null;
          if (!('resolve' in impl)) {
            steps.push(null); // a plain action: XState only hands it to the executor
            continue;
          }
          if (typeOf(impl) !== 'xstate.assign') return null;
          steps.push({ assignment: (impl as unknown as { assignment: Assignment }).assignment, params });
        }
        const targets = t.target as StateNode[] | undefined;
        if (targets && (targets.length !== 1 || targets[0]!.parent !== root)) return null;
        const target = targets ? targets[0]!.key : null;
        // A targetless transition with no actions: whether XState's fold takes it as accepted is
        // its own affair (our machines have none), so such a machine is left to XState.
        if (target === null && steps.length === 0) return null;
        transitions.push({ guard, steps, target, reenter: t.reenter === true });
      }
      byEvent.set(descriptor, transitions);
    }
    states.set(key, byEvent);
  }
  const self = createActor(machine);
  return { machine, states, timers, self, system: self.system, resolved: new Map() };
}

/**
 * Folds events onto a stream's state as XState's fold does, or returns null for XState to do it
 * (see the top of this file). The result's snapshot is XState's own (machine.resolveState). With
 * `timerActions`, one list per event is pushed onto it: the timer actions XState's step would hand
 * its executor, in its order (the left state's cancels, then the entered state's raises).
 */
export function replayFold(def: WorkflowDefinition, events: readonly DomainEvent[], from?: Folded, timerActions?: TimerAction[][]): Folded | null {
  const r = replayable(def.machine);
  if (r === null) return null;
  const snapshot = from?.snapshot ?? initialSnapshot(def);
  if (events.length === 0) return { snapshot, history: [...(from?.history ?? [])] };
  if (typeof snapshot.value !== 'string' || Object.keys(snapshot.children).length > 0) return null;
  let state: string = snapshot.value;
  let context = snapshot.context as Context;
  let done = snapshot.status !== 'active';
  try {
    for (const event of events) {
      if (done) return null;
      const candidates = r.states.get(state)?.get(event.type);
      if (!candidates) return null;
      let taken: Transition | null = null;
      for (const t of candidates) {
        if (t.guard === null || t.guard({ context, event }, undefined)) {
          taken = t;
          break;
        }
      }
      if (taken === null) return null;
      for (const step of taken.steps) {
        if (step === null) continue;
        context = assign(r, step, context, event);
      }
      const actions: TimerAction[] = [];
      // A sibling target, or its own state with reenter: the state is exited (its timers cancelled)
      // and the target entered (its timers raised). A self-target without reenter exits nothing.
      if (taken.target !== null && (taken.target !== state || taken.reenter)) {
        for (const sendId of r.timers.get(state)!.cancels) actions.push({ type: 'xstate.cancel', params: { sendId } });
        state = taken.target;
        const entered = r.timers.get(state)!;
        for (const raise of entered.raises) {
          const delay = resolveDelay(r, raise.delay, context, event);
          if (typeof delay !== 'number') return null;
          actions.push({ type: 'xstate.raise', params: { id: raise.id, delay } });
        }
        done = entered.final;
      }
      timerActions?.push(actions);
    }
  } catch {
    return null;
  }
  const next = snapshotOf(r, state, context);
  if (next.status !== (done ? 'done' : 'active')) return null;
  return { snapshot: next, history: [...(from?.history ?? []), ...events] };
}

/**
 * machine.resolveState({ value: state, context }), from a template made once per state: resolving
 * the state value, its nodes and tags was a third of a command's step (heap sampling, benchmark 1).
 * A root without `output` (compile checks) makes nothing of the snapshot depend on the context but
 * `context` itself; `children` and `historyValue` are fresh objects, as resolveState makes them.
 */
function snapshotOf(r: Replayable, state: string, context: Context): AnyMachineSnapshot {
  let template = r.resolved.get(state);
  if (template === undefined) {
    template = r.machine.resolveState({ value: state, context: {} }) as AnyMachineSnapshot;
    r.resolved.set(state, template);
  }
  return { ...template, context, children: {}, historyValue: {} } as AnyMachineSnapshot;
}

/** resolveAssign's merge: the partial update of one assign action, onto a copy of the context. */
function assign(r: Replayable, step: { assignment: Assignment; params: unknown }, context: Context, event: DomainEvent): Context {
  const args: AssignArgs = { context, event, spawn, self: r.self, system: r.system };
  const assignment = step.assignment;
  let partial: Record<string, unknown>;
  if (typeof assignment === 'function') {
    partial = assignment(args, step.params);
  } else {
    partial = {};
    for (const key of Object.keys(assignment)) {
      const value = assignment[key];
      partial[key] = typeof value === 'function' ? (value as (a: AssignArgs, p: unknown) => unknown)(args, step.params) : value;
    }
  }
  return Object.assign({}, context, partial);
}

/** resolveRaise's delay: a number, a named delay's number or function result; anything else XState raises at once (left to it). */
function resolveDelay(r: Replayable, delay: string | number, context: Context, event: DomainEvent): unknown {
  if (typeof delay === 'number') return delay;
  const configured = (r.machine.implementations as { delays: Record<string, unknown> }).delays?.[delay];
  return typeof configured === 'function' ? configured({ context, event, self: r.self, system: r.system }, undefined) : configured;
}
