/**
 * Pure given/when/then harness for workflow specs: runs commands through the engine's
 * pure decider (no database), tracks active timers, fires them.
 */
import { expect } from 'vitest';
import {
  DEFAULT_SETTINGS,
  type DomainEvent,
  type MemberFacts,
  type Principal,
  type Role,
  type Settings,
  type WorkflowDefinition,
  type Facts,
} from '../../workflows/contract.ts';
import {
  allowedCommands,
  applyEvents,
  decideCommand,
  fold,
  stateName,
  timerEvent,
  type CommandOutcome,
  type Folded,
  type TimerOp,
} from '../../src/engine/decider.ts';
import { validateCommand } from '../../src/engine/validate.ts';
import { recordedDataProblems } from './recorded-data.ts';

let principalSeq = 0;
export function principal(roles: Role[], extra: Partial<Principal> = {}): Principal {
  principalSeq += 1;
  return { id: `p${principalSeq}`, name: `Principal ${principalSeq}`, roles, memberId: null, branchId: null, hostUnit: null, ...extra };
}

export function member(id: string, extra: Partial<MemberFacts> = {}): MemberFacts {
  return {
    id,
    name: `Member ${id}`,
    gender: 'female',
    birthDate: '1985-05-05',
    education: 'bachelor',
    title: 'intermediate',
    employment: 'working',
    branchId: 'b1',
    joinedOn: '2010-01-01',
    current: true,
    ...extra,
  };
}

export interface ScenarioOptions {
  settings?: Partial<Settings>;
  members?: MemberFacts[];
  admissionsInYear?: number;
  openNominations?: number;
  openSecondment?: Facts['openSecondment'];
  today?: string;
  /**
   * false: `today` stays put, so a step dated later is refused (date_in_future). By default the
   * clock follows the steps: a command dated after today is sent on that day, as a clerk would.
   */
  clockFollowsSteps?: boolean;
  instanceId?: string;
}

export interface ActiveTimer {
  timerId: string;
  eventType: string;
  dueOn: string;
}

export class Scenario<TContext = unknown> {
  folded: Folded;
  timers = new Map<string, ActiveTimer>();
  today: string;
  readonly settings: Settings;
  readonly members: Map<string, MemberFacts>;

  constructor(
    readonly def: WorkflowDefinition<TContext>,
    readonly options: ScenarioOptions = {},
  ) {
    this.folded = fold(def, []);
    this.today = options.today ?? '2024-03-01';
    this.settings = { ...DEFAULT_SETTINGS, ...options.settings };
    this.members = new Map((options.members ?? []).map((m) => [m.id, m]));
  }

  get state(): string {
    return stateName(this.folded.snapshot);
  }
  get status(): string {
    return this.folded.snapshot.status;
  }
  get context(): TContext {
    return this.folded.snapshot.context as TContext;
  }
  get history(): DomainEvent[] {
    return this.folded.history;
  }
  allowed(p?: Principal): string[] {
    return allowedCommands(this.def, this.folded.snapshot, p);
  }

  private applyTimers(ops: TimerOp[]): void {
    for (const op of ops) {
      if (op.kind === 'cancel') this.timers.delete(op.timerId);
      else this.timers.set(op.timerId, { timerId: op.timerId, eventType: op.eventType, dueOn: op.dueOn });
    }
  }

  /** Runs a command that must be accepted; returns the outcome. */
  exec(p: Principal, command: Record<string, unknown>): CommandOutcome {
    const on = typeof command.on === 'string' ? command.on : null;
    if (on !== null && on > this.today && this.options.clockFollowsSteps !== false) this.today = on;
    const outcome = decideCommand(this.def, this.folded, validateCommand(this.def, command), {
      instanceId: this.options.instanceId ?? 'i1',
      principal: p,
      settings: this.settings,
      today: this.today,
      facts: {
        members: this.members,
        admissionsInYear: this.options.admissionsInYear ?? 0,
        openNominations: this.options.openNominations ?? 0,
        caseNumber: null,
        openSecondment: this.options.openSecondment ?? null,
      },
    });
    this.folded = outcome.folded;
    this.applyTimers(outcome.timers);
    this.expectDataAsDeclared(outcome.events);
    return outcome;
  }

  /** Runs a command that must be refused with `code`; the state is unchanged. */
  reject(p: Principal, command: Record<string, unknown>, code: string): Error & { code: string; status: number } {
    const before = this.folded;
    let caught: unknown;
    try {
      this.exec(p, command);
    } catch (error) {
      caught = error;
    }
    expect(this.folded).toBe(before);
    expect(caught, `expected ${String(command.type)} to be refused with ${code}`).toBeInstanceOf(Error);
    expect((caught as { code?: string }).code).toBe(code);
    return caught as Error & { code: string; status: number };
  }

  /** Fires the active timer that records `eventType`; fails if none is active. */
  fire(eventType: string): DomainEvent[] {
    const timer = [...this.timers.values()].find((t) => t.eventType === eventType);
    expect(timer, `no active timer for ${eventType}; active: ${[...this.timers.values()].map((t) => t.eventType).join(', ')}`).toBeDefined();
    this.timers.delete(timer!.timerId);
    const result = applyEvents(this.def, this.folded, [timerEvent(timer!.eventType, timer!.dueOn, timer!.timerId)], eventType);
    this.folded = result.folded;
    this.applyTimers(result.timers);
    this.expectDataAsDeclared(result.events);
    return result.events;
  }

  /** The recorded events and the instance data are what the workflow's schemas declare. */
  private expectDataAsDeclared(events: readonly DomainEvent[]): void {
    expect(recordedDataProblems(this.def, events, this.context), `${this.def.name}: data as its schemas declare`).toEqual([]);
  }

  /** Replaying the whole history from scratch gives the same state and context. */
  expectReplayable(): void {
    const replayed = fold(this.def, this.history);
    expect(stateName(replayed.snapshot)).toBe(this.state);
    expect(replayed.snapshot.context).toEqual(this.context);
  }
}

export const scenario = <TContext>(def: WorkflowDefinition<TContext>, options?: ScenarioOptions) =>
  new Scenario<TContext>(def, options);
