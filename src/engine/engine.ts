/**
 * The engine: load a stream → decide the command on its pinned workflow version → commit its
 * effects in one statement (src/store/commit.ts): the append with its expected version, hash chain
 * and the state it leads to, the idempotency record, timer rows, read-view writes, and the events of
 * process-manager reactions (AdmissionApproved → the new member's roster stream).
 *
 * Loading reads the stream head, the events this process has not seen and the settings in one round
 * trip, and folds nothing the head records a state for: XState's snapshot is made from a recorded
 * state (`resolveState`), the one the snapshot cache kept as the last command left the instance or,
 * on a cold load, the head's, with the events as the history the rules read. A stream appended
 * without a recorded state is folded through the machine (XState's `transition`), which fails
 * loudly when code and log diverged.
 *
 * Commands with no transaction of their own go to the injected committer (the group commit, which
 * shares one statement among concurrent commands); rules that count across streams (the year's
 * admissions, open nominations) run in a transaction with advisory locks and commit in it.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../clock.ts';
import { businessToday, startOfDay } from '../clock.ts';
import { SYSTEM_ACTOR, type Actor, type DomainEvent, type FactRequest, type Principal, type Settings, type WorkflowDefinition } from '../../workflows/contract.ts';
import { DomainError, IdempotencyKeyReused, notFound, SettingsChanged, VersionConflict } from '../errors.ts';
import { isTransient } from '../db/failures.ts';
import { loadForCommand, loadStreams, readStream, readStreamHeader } from '../store/event-store.ts';
import { canonicalJson, sha256 } from '../store/canonical.ts';
import { commitOne, findIdempotencyRecord, planAppend, type CommitOutcome, type CommitPayload, type PlannedAppend, type TimerChange } from '../store/commit.ts';
import type { EventMetadata, Executor, RecordedState, StoredEvent, StreamHeader } from '../store/types.ts';
import {
  allowedCommandsFor,
  applyEvents,
  commandSpec,
  decideCommand,
  fold,
  recordedState,
  restore,
  stateName,
  statusOf,
  timerEvent,
  type Folded,
  type TimerOp,
} from './decider.ts';
import { validateCommand, type ValidCommand } from './validate.ts';
import { resolveFacts, SETTINGS_ROW, lookupMembers, settingsOf } from './facts.ts';
import { CaseNumbers } from './case-numbers.ts';
import { parseStreamId, streamIdOf, type Registry } from './registry.ts';
import type { IdGenerator } from '../ids.ts';
import type { Projector } from '../projections/projector.ts';
import { addViewOps, type ViewWrites } from '../projections/view-tables.ts';
import type { Logger } from '../logging.ts';
import { SnapshotCache, type CachedInstance } from './snapshot-cache.ts';
import type { PersonalData } from '../privacy/personal-data.ts';
import { ERASURE_EVENT } from '../privacy/personal-fields.ts';
import { reactionsTo } from './reactions.ts';

export interface CommandRequest {
  workflow: string;
  /** Absent: the command starts a new instance (its id is generated). */
  instanceId?: string | undefined;
  /** With no `instanceId`: start under this id instead of a generated one (a singleton such as the settings). */
  startAs?: string | undefined;
  command: unknown;
  principal: Principal;
  /** If-Match: the version the client saw. */
  expectedVersion?: number | undefined;
  idempotencyKey?: string | undefined;
  requestId?: string | undefined;
  /** The principal came from a token cache: the commit re-checks in the database that it is not revoked. */
  verifyPrincipal?: boolean | undefined;
}

export interface EventView {
  version: number;
  type: string;
  data: Record<string, unknown>;
  /** Personal fields of `data` whose subject was erased (their value is null). */
  erased: string[];
  actor: Actor;
  occurredOn: string;
  recordedAt: string;
  comment: string | null;
  hash: string;
}

export interface CommandResult {
  id: string;
  workflow: string;
  workflowVersion: number;
  state: string;
  /** An instance in a final state is done (XState's snapshot status). */
  status: 'active' | 'done';
  version: number;
  events: EventView[];
  /** true when this answers an earlier request with the same Idempotency-Key. */
  replayed?: boolean;
}

export interface EngineDeps {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
  registry: Registry;
  projector: Projector;
  logger: Logger;
  /** Commits a command's effects outside any transaction of the caller's (the group commit). */
  commit: (payload: CommitPayload) => Promise<CommitOutcome>;
  /** Events (plus one per instance) the snapshot cache holds at most (default 60,000). */
  snapshotCacheEvents?: number | undefined;
  /** Seals personal fields before an append, opens them as the log is read (src/privacy/personal-data.ts). */
  personalData: PersonalData;
}

/** How many times a command is decided at most (see Engine.execute's retry policy). */
const MAX_ATTEMPTS = 5;

export function toDomainEvent(e: Pick<StoredEvent, 'type' | 'data' | 'occurredOn' | 'metadata'>): DomainEvent {
  // Two literals rather than a conditional spread (a slow path in V8; folds make one per event).
  const comment = e.metadata.comment;
  if (comment === undefined) return { type: e.type, data: e.data, on: e.occurredOn, actor: e.metadata.actor };
  return { type: e.type, data: e.data, on: e.occurredOn, actor: e.metadata.actor, comment };
}

export function toEventView(e: StoredEvent): EventView {
  return {
    version: e.version,
    type: e.type,
    data: e.data,
    erased: e.erased ?? [],
    actor: e.metadata.actor,
    occurredOn: e.occurredOn,
    recordedAt: e.recordedAt.toISOString(),
    comment: e.metadata.comment ?? null,
    hash: e.hash,
  };
}

export interface LoadedInstance {
  def: WorkflowDefinition;
  streamId: string;
  id: string;
  /** The version of the last event folded (the stream's version, or the last one as of the date asked). */
  version: number;
  folded: Folded;
  /** The organisation's settings, read with the instance (a load at the latest version only). */
  settings?: Settings | undefined;
}

/** An instance as a command sees it: folded, with its stream head (null: not started). */
interface CommandState {
  def: WorkflowDefinition;
  streamId: string;
  id: string;
  head: { version: number; lastHash: string } | null;
  folded: Folded;
  settings: Settings;
  /** The settings' version (null: none recorded yet), checked again at commit. */
  settingsVersion: number | null;
  /** Taken from this process's caches without reading the database (checked at commit). */
  fromCache: boolean;
}

/** Everything one command will commit, across streams. */
interface Plan {
  appends: PlannedAppend[];
  timers: TimerChange[];
  views: ViewWrites;
  /** Cache updates after a successful commit. */
  after: { streamId: string; workflowVersion: number; state: RecordedState; history: DomainEvent[]; append: PlannedAppend }[];
}

const emptyPlan = (): Plan => ({ appends: [], timers: [], views: {}, after: [] });

type Facts = Awaited<ReturnType<typeof resolveFacts>>;
const NO_FACTS: Facts = { members: new Map(), admissionsInYear: 0, openNominations: 0, caseNumber: null, openSecondment: null };

type Idempotency = { scope: string; key: string; requestHash: string };

/**
 * A timer records its event once per due date: a state re-entered after its deadline fired (a
 * suggestion assigned after ReplyOverdue) re-arms the same deadline, which must not fire twice.
 * A moved deadline (an extension, the next review) is a new due date.
 */
function alreadyFired(history: readonly DomainEvent[], eventType: string, dueOn: string): boolean {
  return history.some((e) => e.actor.id === SYSTEM_ACTOR.id && e.type === eventType && e.data.dueOn === dueOn);
}

export class Engine {
  private readonly cache: SnapshotCache;
  /** The settings in force as last read; docket_commit refuses a command decided under older ones. */
  private settingsCache: { settings: Settings; version: number | null } | null = null;
  private readonly caseNumbers: CaseNumbers;

  constructor(private readonly deps: EngineDeps) {
    this.cache = new SnapshotCache(deps.snapshotCacheEvents);
    this.caseNumbers = new CaseNumbers(deps.db);
  }

  get registry(): Registry {
    return this.deps.registry;
  }

  /** The inline projections its commits write (a stream's erasure projects it again with them). */
  get projector(): Projector {
    return this.deps.projector;
  }

  /**
   * Loads an instance. Its latest state comes through the snapshot cache or the recorded state (see
   * the top of this file); as of a business date, the events up to the first one dated later are
   * read and folded from the start.
   */
  async load(db: Executor, workflow: string, id: string, asOf?: string): Promise<LoadedInstance> {
    this.deps.registry.latest(workflow); // 404 for an unknown workflow
    if (!asOf) {
      const state = await this.commandState(db, workflow, id, false);
      return { def: state.def, streamId: state.streamId, id, version: state.head?.version ?? 0, folded: state.folded, settings: state.settings };
    }
    const streamId = streamIdOf(workflow, id);
    const header = await readStreamHeader(db, streamId);
    if (!header || header.workflow !== workflow) throw notFound(`${workflow} instance ${JSON.stringify(id)}`);
    const def = this.deps.registry.get(workflow, header.workflowVersion);
    const all = await this.deps.personalData.open(db, await readStream(db, streamId));
    // As of a date: the events up to the first one dated later. Business dates may go back (a command
    // recorded today `on` an earlier day), so "every event dated on or before" need not be foldable.
    const later = all.findIndex((e) => e.occurredOn > asOf);
    const events = later === -1 ? all : all.slice(0, later);
    if (events.length === 0) throw notFound(`${workflow} instance ${JSON.stringify(id)} as of ${asOf}`);
    return { def, streamId, id, version: events[events.length - 1]!.version, folded: fold(def, events.map(toDomainEvent)) };
  }

  /**
   * Sends a command; starts an instance when `instanceId` is absent. The command is validated once,
   * here, against the latest version's schema (a clear 400 before touching the database), and
   * again only if the instance is pinned to another version.
   *
   * The retry policy, the only one: a command is decided again (at most MAX_ATTEMPTS times) when
   * it lost a race without If-Match (version_conflict), when the settings changed under it, when
   * the database gave up on it for contention (deadlock, serialization failure), or when it was
   * refused on cached state (a refusal must come from the latest state). With a retry key, a
   * refusal first looks for the answer a concurrent request with the same key committed.
   */
  async execute(request: CommandRequest): Promise<CommandResult> {
    const latest = this.deps.registry.latest(request.workflow);
    const command = validateCommand(latest, request.command);
    const starting = request.instanceId === undefined;
    const instanceId = request.instanceId ?? request.startAs ?? this.deps.ids.next();
    const streamId = streamIdOf(request.workflow, instanceId);
    const idempotency: Idempotency | undefined = request.idempotencyKey
      ? {
          scope: request.principal.id,
          key: request.idempotencyKey,
          requestHash: sha256(
            canonicalJson({
              workflow: request.workflow,
              instanceId: request.instanceId ?? request.startAs ?? null,
              expectedVersion: request.expectedVersion ?? null,
              command: request.command,
            }),
          ),
        }
      : undefined;
    if (idempotency) {
      // Answer a retry before deciding again: the instance may have moved on since the first answer.
      const prior = await this.findIdempotentResult(idempotency);
      if (prior) return prior;
    }
    let trustCache = true;
    for (let attempt = 1; ; attempt++) {
      let fromCache = false;
      try {
        const state = await this.commandState(this.deps.db, request.workflow, instanceId, starting, trustCache ? request.expectedVersion ?? null : undefined);
        fromCache = state.fromCache;
        return await this.decideAndCommit({ ...request, instanceId }, command, state, idempotency);
      } catch (error) {
        const status = (error as { status?: unknown }).status;
        if (idempotency && typeof status === 'number' && status < 500) {
          // A concurrent request with the same key may have won the race, and this one was refused
          // because it decided on the state the winner left: a retry gets the original answer.
          const replay = await this.findIdempotentResult(idempotency);
          if (replay) return replay;
        }
        if (attempt >= MAX_ATTEMPTS) throw error;
        if (error instanceof SettingsChanged) {
          this.settingsCache = null;
          continue;
        }
        if (error instanceof VersionConflict) {
          this.cache.delete(streamId);
          if (request.expectedVersion === undefined) continue;
          throw error;
        }
        if (isTransient(error)) continue;
        if (fromCache && typeof status === 'number' && status < 500) {
          this.cache.delete(streamId);
          trustCache = false;
          continue;
        }
        throw error;
      }
    }
  }

  private async findIdempotentResult(ref: Idempotency): Promise<CommandResult | null> {
    const record = await findIdempotencyRecord<CommandResult>(this.deps.db, ref);
    return record?.result ? { ...record.result, replayed: true } : null;
  }

  private async decideAndCommit(
    request: CommandRequest & { instanceId: string },
    command: ValidCommand,
    state: CommandState,
    idempotency: Idempotency | undefined,
  ): Promise<CommandResult> {
    // Pinned to an older version than the one validated against: its own schema decides.
    const valid = state.def === this.deps.registry.latest(state.def.name) ? command : validateCommand(state.def, request.command);
    const needs = this.needsOf(state, valid, request.principal);
    const decide = async (facts: Facts, db: Executor, commit: (payload: CommitPayload) => Promise<CommitOutcome>) => {
      const plan = emptyPlan();
      const answer = this.planCommand(plan, state, request, valid, facts, this.deps.clock.now());
      await this.deps.personalData.seal(db, plan.appends);
      const result = answer();
      const outcome = await commit({
        appends: plan.appends,
        timers: plan.timers,
        views: plan.views,
        idempotency: idempotency ? { ...idempotency, result } : undefined,
        principalId: request.verifyPrincipal ? request.principal.id : undefined,
        settingsVersion: state.settingsVersion,
      });
      if (outcome.status === 'replay') {
        if (outcome.requestHash !== idempotency?.requestHash) throw new IdempotencyKeyReused(idempotency?.key ?? '');
        return { ...(outcome.result as CommandResult), replayed: true };
      }
      this.remember(plan);
      return result;
    };
    const caseNumber = needs.caseNumberIn ? await this.caseNumbers.take(needs.caseNumberIn.workflow, needs.caseNumberIn.year) : null;
    const crossStream = needs.admissionsInYear !== undefined || needs.openNominationsOf !== undefined || needs.openSecondmentOf !== undefined;
    if (!crossStream) {
      const members = needs.members?.length ? await lookupMembers(this.deps.db, needs.members) : new Map();
      return decide({ ...NO_FACTS, members, caseNumber }, this.deps.db, this.deps.commit);
    }
    // Counts across streams: read and commit under advisory locks, in one transaction.
    return this.deps.db
      .transaction()
      .execute(async (trx) => decide({ ...(await resolveFacts(trx, needs, state.streamId)), caseNumber }, trx, (payload) => commitOne(trx, payload)));
  }

  private needsOf(state: CommandState, command: ValidCommand, principal: Principal): FactRequest {
    const spec = commandSpec(state.def, command.type);
    const on = command.on ?? businessToday(this.deps.clock, state.settings.timeZone);
    const needs = spec.needs?.(command as never, state.folded.snapshot.context as never, principal, on) ?? {};
    // A numbered workflow's new instance takes the next number of its start date's year.
    if (state.def.numbered && state.head === null) return { ...needs, caseNumberIn: { workflow: state.def.name, year: Number(on.slice(0, 4)) } };
    return needs;
  }

  /**
   * The instance at its latest version, reading only what the cache lacks, plus the settings. With
   * `trust` (the expected version, or null for none), a cached instance and the cached settings are
   * used without reading at all: docket_commit checks the stream head and the settings version, and
   * a stale cache costs a version conflict and a fresh attempt.
   */
  private async commandState(db: Executor, workflow: string, id: string, starting: boolean, trust?: number | null): Promise<CommandState> {
    const streamId = streamIdOf(workflow, id);
    const cached = starting ? undefined : this.cache.get(streamId);
    const settingsCache = this.settingsCache;
    if (trust !== undefined && settingsCache) {
      const { settings, version: settingsVersion } = settingsCache;
      if (starting) {
        const def = this.deps.registry.latest(workflow);
        return { def, streamId, id, head: null, folded: fold(def, []), settings, settingsVersion, fromCache: true };
      }
      if (cached && (trust === null || trust === cached.version)) {
        const def = this.deps.registry.get(workflow, cached.workflowVersion);
        const head = { version: cached.version, lastHash: cached.lastHash };
        return { def, streamId, id, head, folded: restore(def, cached.state, cached.history), settings, settingsVersion, fromCache: true };
      }
    }
    const loaded = await loadForCommand(db, streamId, cached?.version ?? 0, SETTINGS_ROW);
    await this.deps.personalData.open(db, loaded.events);
    const settings = settingsOf(loaded.settings);
    const settingsVersion = loaded.settingsVersion;
    if (db === this.deps.db) this.settingsCache = { settings, version: settingsVersion };
    if (starting) {
      // A generated id is new; a taken one loses at commit with version_conflict.
      const def = this.deps.registry.latest(workflow);
      return { def, streamId, id, head: null, folded: fold(def, []), settings, settingsVersion, fromCache: false };
    }
    const header = loaded.header;
    if (!header || header.workflow !== workflow) throw notFound(`${workflow} instance ${JSON.stringify(id)}`);
    const { def, folded } = await this.latest(db, header, loaded.events, cached);
    return { def, streamId, id, head: { version: header.version, lastHash: header.lastHash }, folded, settings, settingsVersion, fromCache: false };
  }

  /**
   * Instances at their latest versions, several in one round trip (a page of a view): each read
   * only past what the snapshot cache holds. null for an instance that does not exist.
   */
  async loadLatest(db: Executor, refs: readonly { workflow: string; id: string }[]): Promise<(LoadedInstance | null)[]> {
    const wanted = refs.map((ref) => {
      const streamId = streamIdOf(ref.workflow, ref.id);
      return { ref, streamId, cached: this.cache.get(streamId) };
    });
    const loaded = await loadStreams(db, wanted.map(({ streamId, cached }) => ({ streamId, afterVersion: cached?.version ?? 0 })));
    await this.deps.personalData.open(db, [...loaded.values()].flatMap((found) => found.events));
    return Promise.all(
      wanted.map(async ({ ref, streamId, cached }): Promise<LoadedInstance | null> => {
        const found = loaded.get(streamId);
        if (!found || found.header.workflow !== ref.workflow) return null;
        const { def, folded } = await this.latest(db, found.header, found.events, cached);
        return { def, streamId, id: ref.id, version: found.header.version, folded };
      }),
    );
  }

  /**
   * A stream at its head from what was read past the cached entry (if any), which is then cached:
   * what was read outside a transaction is committed, and the next command or read starts from it.
   */
  private async latest(db: Executor, header: StreamHeader, read: StoredEvent[], cached: CachedInstance | undefined): Promise<{ def: WorkflowDefinition; folded: Folded }> {
    const { streamId } = header;
    const def = this.deps.registry.get(header.workflow, header.workflowVersion);
    let base = cached && cached.version <= header.version && cached.workflowVersion === header.workflowVersion ? cached : undefined;
    let events = read;
    if ((base?.history.length ?? 0) + events.length !== header.version) {
      // The cache was ahead of what we read (a replica behind the primary: the entry stays), or of
      // another version: start from the log alone.
      if (db === this.deps.db) this.cache.delete(streamId);
      base = undefined;
      events = await this.deps.personalData.open(db, await readStream(db, streamId, { upToVersion: header.version }));
    }
    const folded = this.instanceAt(def, header, base, events);
    if (db === this.deps.db) {
      const state = header.state ?? recordedState(folded.snapshot);
      this.cache.set(streamId, { workflowVersion: def.version, version: header.version, lastHash: header.lastHash, state, history: folded.history });
    }
    return { def, folded };
  }

  /** The instance at the head: the cached `base` (if any) plus `events`, from the recorded state when the head has one. */
  private instanceAt(def: WorkflowDefinition, header: StreamHeader, base: CachedInstance | undefined, events: StoredEvent[]): Folded {
    if (base && events.length === 0) return restore(def, base.state, base.history);
    if (header.state) return restore(def, header.state, (base?.history ?? []).concat(events.map(toDomainEvent)));
    return fold(def, events.map(toDomainEvent), base && restore(def, base.state, base.history));
  }

  /** Decides the command and adds its effects (and its reactions' effects) to the plan. */
  private planCommand(
    plan: Plan,
    state: CommandState,
    request: CommandRequest & { instanceId: string },
    command: ValidCommand,
    facts: Facts,
    now: Date,
    causationId?: string,
  ): () => CommandResult {
    if (request.expectedVersion !== undefined && request.expectedVersion !== (state.head?.version ?? 0)) {
      throw new VersionConflict(state.streamId, request.expectedVersion, state.head?.version ?? 0);
    }
    const outcome = decideCommand(state.def, state.folded, command, {
      instanceId: state.id,
      principal: request.principal,
      settings: state.settings,
      facts,
      today: businessToday(this.deps.clock, state.settings.timeZone),
      // A process manager's command (it has a cause) is recorded as the system's, like a timer's.
      actAs: causationId !== undefined ? SYSTEM_ACTOR : undefined,
    });
    // Keys in canonical (sorted) order, so the event hash writes this object with one JSON.stringify.
    const metadata: EventMetadata = {
      actor: { id: request.principal.id, name: request.principal.name, role: outcome.role },
      causationId,
      commandId: this.deps.ids.next(),
      commandType: command.type,
      comment: command.comment,
      idempotencyKey: request.idempotencyKey,
      requestId: request.requestId,
    };
    const append = this.addToPlan(plan, state, outcome.events, outcome.folded, outcome.timers, metadata, now);
    for (const reaction of reactionsTo(append.events)) {
      const def = this.deps.registry.latest(reaction.workflow);
      const reactionState: CommandState = {
        def,
        streamId: streamIdOf(reaction.workflow, reaction.instanceId),
        id: reaction.instanceId,
        head: null,
        folded: fold(def, []),
        settings: state.settings,
        settingsVersion: state.settingsVersion,
        fromCache: false,
      };
      this.planCommand(plan, reactionState, reaction, validateCommand(def, reaction.command), NO_FACTS, now, reaction.causationId);
    }
    // Answered once the appends are sealed: their hashes are the stored data's.
    return () => this.resultOf(state, append, outcome.folded);
  }

  private addToPlan(
    plan: Plan,
    state: CommandState,
    events: DomainEvent[],
    folded: Folded,
    timers: TimerOp[],
    metadata: EventMetadata,
    now: Date,
  ): PlannedAppend {
    const recorded = recordedState(folded.snapshot);
    const append = planAppend(
      state.head,
      { streamId: state.streamId, workflow: state.def.name, workflowVersion: state.def.version },
      events.map((e) => ({ type: e.type, data: e.data, occurredOn: e.on, metadata: { ...metadata, actor: e.actor } })),
      now,
      recorded,
    );
    plan.appends.push(append);
    for (const t of timers) {
      // Re-entering a state whose deadline already fired re-arms that same deadline: it is not set again.
      if (t.kind === 'set' && alreadyFired(folded.history, t.eventType, t.dueOn)) continue;
      plan.timers.push(
        t.kind === 'cancel'
          ? { op: 'cancel', streamId: state.streamId, timerId: t.timerId }
          : // Due at the start of its day in the organisation's time zone.
            { op: 'set', streamId: state.streamId, workflow: state.def.name, timerId: t.timerId, eventType: t.eventType, dueAt: startOfDay(t.dueOn, state.settings.timeZone), dueOn: t.dueOn },
      );
    }
    addViewOps(plan.views, this.deps.projector.ops({ def: state.def, streamId: state.streamId, id: state.id, events: append.events, before: state.folded, folded }));
    plan.after.push({ streamId: state.streamId, workflowVersion: state.def.version, state: recorded, history: folded.history, append });
    return append;
  }

  private resultOf(state: CommandState, append: PlannedAppend, folded: Folded): CommandResult {
    const last = append.events[append.events.length - 1]!;
    return {
      id: state.id,
      workflow: state.def.name,
      workflowVersion: state.def.version,
      state: stateName(folded.snapshot),
      status: statusOf(folded.snapshot),
      version: last.version,
      events: append.events.map(toEventView),
    };
  }

  private remember(plan: Plan): void {
    if (plan.appends.some((a) => a.workflow === 'settings')) this.settingsCache = null;
    for (const entry of plan.after) {
      const last = entry.append.events[entry.append.events.length - 1];
      if (!last) continue;
      this.cache.set(entry.streamId, { workflowVersion: entry.workflowVersion, version: last.version, lastHash: last.hash, state: entry.state, history: entry.history });
    }
  }

  /**
   * Runs one command inside the caller's transaction (imports, settings): the same planning and
   * the same commit, so it is atomic with whatever else the transaction does.
   */
  async decideAndAppend(
    trx: Transaction<Database>,
    request: CommandRequest & { instanceId: string },
    starting: boolean,
    now: Date,
    causationId?: string,
  ): Promise<CommandResult> {
    const state = await this.commandState(trx, request.workflow, request.instanceId, starting);
    const command = validateCommand(state.def, request.command);
    const facts = await resolveFacts(trx, this.needsOf(state, command, request.principal), state.streamId);
    const plan = emptyPlan();
    const answer = this.planCommand(plan, state, request, command, facts, now, causationId);
    await this.deps.personalData.seal(trx, plan.appends);
    await commitOne(trx, { appends: plan.appends, timers: plan.timers, views: plan.views });
    // The caller's transaction may still roll back: cache nothing from it.
    return answer();
  }

  /** Fires one due timer inside the caller's transaction; false when its state no longer takes it. */
  async fireTimer(
    trx: Transaction<Database>,
    timer: { streamId: string; timerId: string; eventType: string; dueOn: string },
    now: Date,
  ): Promise<boolean> {
    const { workflow, id } = parseStreamId(timer.streamId);
    const state = await this.commandState(trx, workflow, id, false);
    // A timer records its event once per due date (see alreadyFired).
    if (alreadyFired(state.folded.history, timer.eventType, timer.dueOn)) return false;
    const event = timerEvent(timer.eventType, timer.dueOn, timer.timerId);
    let outcome: ReturnType<typeof applyEvents>;
    try {
      outcome = applyEvents(state.def, state.folded, [event], timer.eventType);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'command_not_allowed') return false;
      throw error;
    }
    const plan = emptyPlan();
    this.addToPlan(plan, state, outcome.events, outcome.folded, outcome.timers, { actor: event.actor, commandId: this.deps.ids.next(), commandType: `timer:${timer.timerId}` }, now);
    await this.deps.personalData.seal(trx, plan.appends);
    await commitOne(trx, { appends: plan.appends, timers: plan.timers, views: plan.views });
    this.cache.delete(state.streamId);
    return true;
  }

  /**
   * Records a subject's erasure on its own stream, inside the erasure's transaction, after its data
   * key was destroyed (src/privacy/erasure.ts): the instance is folded again from the log, whose
   * personal fields now open as null, and that state is recorded on the head with the
   * PersonalDataErased event (who, when, why), replacing the recorded state that held the
   * plaintext. The event moves the stream's version, so every server's cached copy is read again.
   */
  async recordErasure(trx: Transaction<Database>, streamId: string, actor: Actor, reason: string, now: Date, requestId?: string): Promise<void> {
    this.cache.delete(streamId);
    const loaded = await loadForCommand(trx, streamId, 0, SETTINGS_ROW);
    const header = loaded.header;
    if (!header) throw notFound(streamId);
    const def = this.deps.registry.get(header.workflow, header.workflowVersion);
    const events = await this.deps.personalData.open(trx, loaded.events);
    const folded = fold(def, events.map(toDomainEvent));
    const metadata: EventMetadata = { actor, commandId: this.deps.ids.next(), commandType: 'EraseSubject', requestId };
    const append = planAppend(
      { version: header.version, lastHash: header.lastHash },
      { streamId, workflow: def.name, workflowVersion: def.version },
      [{ type: ERASURE_EVENT, data: { reason }, occurredOn: businessToday(this.deps.clock, settingsOf(loaded.settings).timeZone), metadata }],
      now,
      recordedState(folded.snapshot),
    );
    await commitOne(trx, { appends: [append], timers: [], views: {} });
    this.cache.delete(streamId);
  }

  /** Commands the caller may send now (see `allowedCommandsFor`). */
  allowedFor(loaded: Pick<LoadedInstance, 'def' | 'folded' | 'id'>, principal: Principal): string[] {
    return allowedCommandsFor(loaded.def, loaded.folded, principal, loaded.id);
  }
}
