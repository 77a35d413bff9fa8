/**
 * The pure core of the engine: fold a stream through its machine, tell which commands
 * are allowed, and turn one command into events and timer changes. No I/O here.
 */
import { ERASURE_EVENT } from '../privacy/personal-fields.ts';
import { type AnyMachineSnapshot, type AnyStateMachine, type StateValue } from 'xstate';
import {
  ROLES,
  RuleViolation,
  ScopeViolation,
  type Actor,
  type DomainEvent,
  type Facts,
  type NewEvent,
  type Principal,
  type Role,
  type Settings,
  type WorkflowDefinition,
  type CommandSpec,
} from '../../workflows/contract.ts';
import { toEpochMs, fromEpochMs } from '../../workflows/dates.ts';
import { DomainError } from '../errors.ts';
import type { ValidCommand } from './validate.ts';
import { initialSnapshot } from './initial-snapshot.ts';
import type { RecordedState } from '../store/types.ts';
import { actingRole } from './scope.ts';
import { step, type StepResult } from './machine-step.ts';

export { initialSnapshot };

export type TimerOp =
  | { kind: 'set'; timerId: string; eventType: string; dueAt: Date; dueOn: string }
  | { kind: 'cancel'; timerId: string };

export interface Folded {
  snapshot: AnyMachineSnapshot;
  history: DomainEvent[];
}

/** The code and the log disagree: a recorded event the machine does not accept. */
export class ReplayDivergence extends Error {
  constructor(workflow: string, version: number, index: number, type: string, state: string) {
    super(`replay of ${workflow} v${version} rejected event #${index + 1} (${type}) in state ${state}: code and log diverged`);
    this.name = 'ReplayDivergence';
  }
}

// At module level: a closure made per call costs more than the walk (tsx keeps function names,
// wrapping each new named closure in a defineProperty).
const walkStateValue = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => `${k}.${walkStateValue(v)}`)
        .join(',');

/** Every state an instance can be in, as `stateName` spells it (a nested one as parent.child). */
export function stateNamesOf(machine: AnyStateMachine): string[] {
  const walk = (node: AnyStateMachine['root'], prefix: string): string[] =>
    Object.entries(node.states).flatMap(([key, child]) => {
      const path = `${prefix}${key}`;
      return Object.keys(child.states).length > 0 ? walk(child, `${path}.`) : [path];
    });
  return walk(machine.root, '');
}

export function stateName(snapshot: AnyMachineSnapshot): string {
  return walkStateValue(snapshot.value);
}

/** An instance's status as the API shows it: done in a final state, active otherwise (workflow machines invoke nothing that could fail or stop). */
export function statusOf(snapshot: AnyMachineSnapshot): 'active' | 'done' {
  return snapshot.status === 'done' ? 'done' : 'active';
}

/** Folds events onto a snapshot (the initial one by default); fails loudly when the machine rejects one. */
export function fold(def: WorkflowDefinition, events: readonly DomainEvent[], from?: Folded): Folded {
  let snapshot = from?.snapshot ?? initialSnapshot(def);
  const history = [...(from?.history ?? [])];
  for (const event of events) {
    // An erasure is the log's, not the workflow's: in the history, never through the machine.
    if (event.type === ERASURE_EVENT) {
      history.push(event);
      continue;
    }
    const result = step(def.machine, snapshot, event);
    if (!result.accepted) {
      throw new ReplayDivergence(def.name, def.version, history.length, event.type, stateName(snapshot));
    }
    snapshot = result.snapshot;
    history.push(event);
  }
  return { snapshot, history };
}

/** What is recorded with an append: the state its last event led to. */
export function recordedState(snapshot: AnyMachineSnapshot): RecordedState {
  return { value: snapshot.value as RecordedState['value'], status: snapshot.status, context: snapshot.context as Record<string, unknown> };
}

/**
 * An instance from its recorded state and its events, without folding them: XState's own snapshot
 * for the recorded state value and context (`resolveState`), which later commands step from.
 */
export function restore(def: WorkflowDefinition, state: RecordedState, history: DomainEvent[]): Folded {
  const snapshot = def.machine.resolveState({ value: state.value as StateValue, context: state.context });
  if (snapshot.status !== state.status) {
    throw new Error(`${def.name} v${def.version}: the recorded state ${JSON.stringify(state.value)} is ${state.status}, the machine says ${snapshot.status}`);
  }
  return { snapshot, history };
}

/** A state value as a map key (a plain state's name, or a nested value's JSON). */
const stateKey = (snapshot: AnyMachineSnapshot): string =>
  typeof snapshot.value === 'string' ? snapshot.value : `\u0000${JSON.stringify(snapshot.value)}`;

/** Accepted event types depend only on the machine and the state value: computed once per state. */
const acceptedCache = new WeakMap<AnyStateMachine, Map<string, ReadonlySet<string>>>();

/** Event types the active state nodes have transitions for (guards not evaluated). */
function acceptedEventTypes(def: WorkflowDefinition, snapshot: AnyMachineSnapshot): ReadonlySet<string> {
  if (snapshot.status !== 'active') return new Set<string>();
  let byState = acceptedCache.get(def.machine);
  if (!byState) {
    byState = new Map();
    acceptedCache.set(def.machine, byState);
  }
  const key = stateKey(snapshot);
  const cached = byState.get(key);
  if (cached) return cached;
  const types = new Set<string>();
  const visit = (node: AnyStateMachine['root'], value: unknown): void => {
    for (const type of node.ownEvents) types.add(type);
    if (typeof value === 'string') {
      const child = node.states[value];
      if (child) visit(child, undefined);
    } else if (value && typeof value === 'object') {
      for (const [key, sub] of Object.entries(value as Record<string, unknown>)) {
        const child = node.states[key];
        if (child) visit(child, sub);
      }
    }
  };
  visit(def.machine.root, snapshot.value);
  byState.set(key, types);
  return types;
}

const orderCache = new WeakMap<WorkflowDefinition, ReadonlyArray<readonly [string, CommandSpec]>>();

/** The workflow's commands, forward ones first and those that stop or turn the case back last (`kind: backward`). */
export function orderedCommands(def: WorkflowDefinition): ReadonlyArray<readonly [string, CommandSpec]> {
  let ordered = orderCache.get(def);
  if (!ordered) {
    const all = Object.entries(def.commands) as [string, CommandSpec][];
    ordered = [...all.filter(([, s]) => s.kind !== 'backward'), ...all.filter(([, s]) => s.kind === 'backward')];
    orderCache.set(def, ordered);
  }
  return ordered;
}

const byRoleCache = new WeakMap<WorkflowDefinition, Map<string, ReadonlyArray<readonly [Role, readonly string[]]>>>();

/**
 * For each role (in `ROLES` order) that may send at least one of the commands the current state
 * accepts, those commands: `allowedCommands` for a principal holding only that role. Depends only on
 * the definition and the state value, so it is computed once per state (the arrays are frozen).
 */
export function allowedCommandsByRole(def: WorkflowDefinition, snapshot: AnyMachineSnapshot): ReadonlyArray<readonly [Role, readonly string[]]> {
  if (snapshot.status !== 'active') return [];
  let byState = byRoleCache.get(def);
  if (!byState) {
    byState = new Map();
    byRoleCache.set(def, byState);
  }
  const key = stateKey(snapshot);
  let byRole = byState.get(key);
  if (!byRole) {
    const accepted = acceptedEventTypes(def, snapshot);
    const commands = orderedCommands(def).filter(([, spec]) => accepted.has(spec.event));
    byRole = Object.freeze(
      ROLES.map((role) => [role, Object.freeze(commands.filter(([, spec]) => spec.roles.includes(role)).map(([name]) => name))] as const).filter(
        ([, names]) => names.length > 0,
      ),
    );
    byState.set(key, byRole);
  }
  return byRole;
}

/** Commands the current state accepts; with a principal, only those one of its roles may send. */
export function allowedCommands(def: WorkflowDefinition, snapshot: AnyMachineSnapshot, principal?: Principal): string[] {
  const accepted = acceptedEventTypes(def, snapshot);
  return orderedCommands(def)
    .filter(([, spec]) => accepted.has(spec.event))
    .filter(([, spec]) => !principal || pickRole(spec, principal) !== null)
    .map(([name]) => name);
}

function pickRole(spec: CommandSpec, principal: Principal): Role | null {
  return spec.roles.find((role) => principal.roles.includes(role)) ?? null;
}

export interface CommandEnv {
  instanceId: string;
  principal: Principal;
  settings: Settings;
  facts: Facts;
  today: string;
  /** Record the events as this actor (a process manager: the system) rather than as the principal. */
  actAs?: Actor | undefined;
}

/**
 * The first event of a numbered workflow's new instance carries its case number. Object.assign
 * rather than a spread with the added key: once optimised, V8 gave each `{ ...data, caseNumber }`
 * a hidden class of its own (a few hundred bytes, kept as long as the event is: in the snapshot
 * cache, for every instance), where Object.assign's objects share one.
 */
function withCaseNumber(def: WorkflowDefinition, isNew: boolean, facts: Facts, events: NewEvent[]): NewEvent[] {
  const [first, ...rest] = events;
  if (!def.numbered || !isNew || !facts.caseNumber || !first) return events;
  return [{ type: first.type, data: Object.assign({}, first.data, { caseNumber: { ...facts.caseNumber } }) }, ...rest];
}

export interface CommandOutcome {
  events: DomainEvent[];
  folded: Folded;
  timers: TimerOp[];
  role: Role;
}

export function commandSpec(def: WorkflowDefinition, type: string): CommandSpec {
  const spec = Object.hasOwn(def.commands, type) ? def.commands[type] : undefined;
  if (!spec) {
    throw new DomainError('unknown_command', `${def.name} has no command ${JSON.stringify(type)}`, 400, {
      commands: Object.keys(def.commands),
    });
  }
  return spec as CommandSpec;
}

/**
 * The one home of every check that needs only the instance and who asks, in order: a role of the
 * principal the command allows, within its scope (403 `forbidden_role`; 404 for an instance it may
 * not see), a state that takes the command (422 `command_not_allowed`), the four-eyes rule (422
 * `same_person`) and the command's own caller rules (`spec.forbids`). Throws the refusal; returns
 * the role the principal acts in. `decideCommand` and `allowedCommandsFor` both ask it.
 */
export function admit(def: WorkflowDefinition, folded: Folded, type: string, principal: Principal, instanceId: string): Role {
  const spec = commandSpec(def, type);
  const isNew = folded.history.length === 0;
  const role = actingRole(def, spec, { id: instanceId, context: folded.snapshot.context, isNew }, principal);
  if (!role) {
    throw new DomainError('forbidden_role', `${type} needs one of the roles ${spec.roles.join(', ')}`, 403, {
      requiredRoles: spec.roles,
    });
  }
  if ((isNew && !def.startCommands.includes(type)) || !acceptedEventTypes(def, folded.snapshot).has(spec.event)) {
    throw notAllowed(def, folded, type);
  }
  if (spec.notBy && folded.history.some((e) => spec.notBy!.includes(e.type) && e.actor.id === principal.id)) {
    throw new RuleViolation('same_person', `${type} may not be done by the principal who did an earlier ${spec.notBy.join('/')} (four eyes)`);
  }
  const refusal = spec.forbids?.({ context: folded.snapshot.context, history: folded.history, principal, role });
  if (refusal) throw refusal;
  return role;
}

/**
 * `allowedCommands` exact for one caller: the commands `admit` lets this principal send to this
 * instance now. Rules that read the command's body (`decide`) may still refuse one.
 */
export function allowedCommandsFor(def: WorkflowDefinition, folded: Folded, principal: Principal, instanceId: string): string[] {
  return allowedCommands(def, folded.snapshot, principal).filter((type) => {
    try {
      admit(def, folded, type, principal, instanceId);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * One actor object per principal (as authenticated, the token cache's) and role, shared by the
 * events it records: the snapshot cache keeps each instance's history, and events by the same few
 * people would each hold a copy of it. Events are never changed once made, so sharing is safe.
 */
const actors = new WeakMap<Principal, Map<Role, Actor>>();

function actorOf(principal: Principal, role: Role): Actor {
  let byRole = actors.get(principal);
  if (!byRole) actors.set(principal, (byRole = new Map()));
  let actor = byRole.get(role);
  if (!actor || actor.id !== principal.id || actor.name !== principal.name) byRole.set(role, (actor = { id: principal.id, name: principal.name, role }));
  return actor;
}

/**
 * Checks a command (validated against `def`'s schema: validate.ts) against role, state, four-eyes,
 * the caller rules (`admit`) and the workflow's rules, and computes its effects.
 */
export function decideCommand(def: WorkflowDefinition, folded: Folded, command: ValidCommand, env: CommandEnv): CommandOutcome {
  const spec = commandSpec(def, command.type);
  const role = admit(def, folded, command.type, env.principal, env.instanceId);
  const on = command.on ?? env.today;
  checkBusinessDate(folded, on, env.today);
  const decided = withCaseNumber(def, folded.history.length === 0, env.facts, spec.decide({
    instanceId: env.instanceId,
    state: stateName(folded.snapshot),
    context: folded.snapshot.context,
    history: folded.history,
    command,
    on,
    today: env.today,
    principal: env.principal,
    role,
    settings: env.settings,
    facts: env.facts,
  }));
  const actor: Actor = env.actAs ?? actorOf(env.principal, role);
  const events: DomainEvent[] = decided.map((e) => ({
    type: e.type,
    data: e.data,
    on,
    actor,
    ...(command.comment !== undefined ? { comment: command.comment } : {}),
  }));
  return { ...applyEvents(def, folded, events, command.type), role };
}

/**
 * Dates that can be true: a step is not dated after today (the organisation's day), nor before the
 * instance's previous step by a person (a timer's step, dated on its due date, may be overtaken by a
 * step recorded late: a reply given before the deadline and entered after it fired).
 */
function checkBusinessDate(folded: Folded, on: string, today: string): void {
  if (on > today) throw new RuleViolation('date_in_future', `the business date ${on} is after today (${today})`, { on, today });
  for (let i = folded.history.length - 1; i >= 0; i--) {
    const previous = folded.history[i];
    if (!previous || previous.actor.id === 'system' || previous.type === ERASURE_EVENT) continue;
    if (on < previous.on) {
      throw new RuleViolation('date_before_previous_step', `the business date ${on} is before the previous step (${previous.type} on ${previous.on})`, {
        on,
        previousOn: previous.on,
      });
    }
    return;
  }
}

/** Feeds new events through the machine, collecting timer changes; a rejection means the command is not allowed. */
export function applyEvents(
  def: WorkflowDefinition,
  folded: Folded,
  events: DomainEvent[],
  commandType: string,
): { events: DomainEvent[]; folded: Folded; timers: TimerOp[] } {
  let snapshot = folded.snapshot;
  const timers: TimerOp[] = [];
  for (const event of events) {
    const result = step(def.machine, snapshot, event);
    if (!result.accepted) throw notAllowed(def, { snapshot, history: folded.history }, commandType);
    snapshot = result.snapshot;
    timers.push(...timerOps(def, event, result.actions));
  }
  // concat makes an array of the exact length (a spread's grows as it goes): the history is kept in the snapshot cache.
  return { events, folded: { snapshot, history: folded.history.concat(events) }, timers };
}

function notAllowed(def: WorkflowDefinition, folded: Folded, type: string): DomainError {
  const allowed = allowedCommands(def, folded.snapshot);
  const state = folded.history.length === 0 ? '(start)' : stateName(folded.snapshot);
  return new DomainError('command_not_allowed', `${type} is not allowed in state ${state}`, 422, {
    state,
    allowedCommands: allowed,
  });
}

const AFTER = /^xstate\.after\.([^.]+)\./;

/** Delayed transitions → timer rows: due at the triggering event's business date plus the delay. */
export function timerOps(def: WorkflowDefinition, event: DomainEvent, actions: StepResult['actions']): TimerOp[] {
  const ops: TimerOp[] = [];
  for (const action of actions) {
    const params = action.params as Record<string, unknown> | undefined;
    if (action.type === 'xstate.cancel' && typeof params?.sendId === 'string') {
      ops.push({ kind: 'cancel', timerId: params.sendId });
    } else if (action.type === 'xstate.raise' && typeof params?.delay === 'number' && typeof params.id === 'string') {
      const delayName = AFTER.exec(params.id)?.[1];
      const eventType = delayName ? def.timers[delayName] : undefined;
      if (!eventType) throw new Error(`${def.name}: delayed transition ${params.id} has no entry in timers`);
      const dueMs = toEpochMs(event.on) + params.delay;
      ops.push({ kind: 'set', timerId: params.id, eventType, dueAt: new Date(dueMs), dueOn: fromEpochMs(dueMs) });
    }
  }
  return ops;
}

/** Folds a fired timer: the recorded event the timer stands for, as actor `system`. */
export function timerEvent(eventType: string, dueOn: string, timerId: string): DomainEvent {
  return { type: eventType, data: { dueOn, timerId }, on: dueOn, actor: { id: 'system', name: 'system', role: 'system' } };
}

export { ScopeViolation };
