/**
 * The engine: load a stream → fold it through its pinned workflow version → decide the command
 * → ONE transaction: append events (expected version) + idempotency record + timer rows
 * + inline projections + process-manager reactions.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Logger } from '../logging.ts';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../clock.ts';
import { today as todayOf } from '../clock.ts';
import type { DomainEvent, Principal, WorkflowDefinition } from '../../workflows/contract.ts';
import { DomainError, notFound, VersionConflict } from '../errors.ts';
import { appendToStream, readStream, readStreamHeader } from '../store/event-store.ts';
import { claimIdempotencyKey, completeIdempotencyKey, type IdempotencyRef } from '../store/idempotency.ts';
import { canonicalJson, sha256 } from '../store/canonical.ts';
import type { EventMetadata, StoredEvent } from '../store/types.ts';
import {
  allowedCommands,
  applyEvents,
  commandSpec,
  decideCommand,
  fold,
  stateName,
  timerEvent,
  type Folded,
  type TimerOp,
} from './decider.ts';
import { validateCommand } from './validate.ts';
import { loadSettings, resolveFacts } from './facts.ts';
import { applyTimerOps } from './timers.ts';
import { parseStreamId, streamIdOf, type Registry } from './registry.ts';
import type { IdGenerator } from '../ids.ts';
import type { Projector } from '../projections/projector.ts';
import { reactTo } from './reactions.ts';

export interface CommandRequest {
  workflow: string;
  /** Absent: the command starts a new instance (its id is generated). */
  instanceId?: string | undefined;
  command: unknown;
  principal: Principal;
  /** If-Match: the version the client saw. */
  expectedVersion?: number | undefined;
  idempotencyKey?: string | undefined;
  requestId?: string | undefined;
}

export interface EventView {
  version: number;
  type: string;
  data: Record<string, unknown>;
  actor: { id: string; name: string; role: string };
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
  status: string;
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
}

/** How many times a command without If-Match is re-decided after losing a race. */
const MAX_ATTEMPTS = 5;

export function toDomainEvent(e: StoredEvent): DomainEvent {
  return {
    type: e.type,
    data: e.data,
    on: e.occurredOn,
    actor: e.metadata.actor,
    ...(e.metadata.comment !== undefined ? { comment: e.metadata.comment } : {}),
  };
}

export function toEventView(e: StoredEvent): EventView {
  return {
    version: e.version,
    type: e.type,
    data: e.data,
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
  version: number;
  events: StoredEvent[];
  folded: Folded;
}

export class Engine {
  constructor(private readonly deps: EngineDeps) {}

  get registry(): Registry {
    return this.deps.registry;
  }

  /** Loads and folds an instance (optionally only events on or before a business date). */
  async load(db: Kysely<Database> | Transaction<Database>, workflow: string, id: string, asOf?: string): Promise<LoadedInstance> {
    this.deps.registry.latest(workflow); // 404 for an unknown workflow
    const streamId = streamIdOf(workflow, id);
    const header = await readStreamHeader(db, streamId);
    if (!header || header.workflow !== workflow) throw notFound(`${workflow} instance ${JSON.stringify(id)}`);
    const def = this.deps.registry.get(workflow, header.workflowVersion);
    const events = await readStream(db, streamId, asOf ? { upToDate: asOf } : {});
    if (asOf && events.length === 0) throw notFound(`${workflow} instance ${JSON.stringify(id)} as of ${asOf}`);
    return { def, streamId, id, version: header.version, events, folded: fold(def, events.map(toDomainEvent)) };
  }

  /** Sends a command; starts an instance when `instanceId` is absent. */
  async execute(request: CommandRequest): Promise<CommandResult> {
    const latest = this.deps.registry.latest(request.workflow);
    validateCommand(latest, request.command); // a clear 400 before touching the database
    const instanceId = request.instanceId ?? this.deps.ids.next();
    const idempotency = request.idempotencyKey
      ? {
          scope: request.principal.id,
          key: request.idempotencyKey,
          requestHash: sha256(
            canonicalJson({
              workflow: request.workflow,
              instanceId: request.instanceId ?? null,
              expectedVersion: request.expectedVersion ?? null,
              command: request.command,
            }),
          ),
        }
      : undefined;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.deps.db
          .transaction()
          .execute((trx) => this.executeIn(trx, { ...request, instanceId }, request.instanceId === undefined, idempotency));
      } catch (error) {
        const retry = error instanceof VersionConflict && request.expectedVersion === undefined && attempt < MAX_ATTEMPTS;
        if (!retry) {
          if (error instanceof VersionConflict && idempotency) {
            // A concurrent retry with the same key may have won the race: answer with its result.
            const replay = await this.findIdempotentResult(idempotency);
            if (replay) return replay;
          }
          throw error;
        }
      }
    }
  }

  private async findIdempotentResult(ref: IdempotencyRef): Promise<CommandResult | null> {
    const row = await this.deps.db
      .selectFrom('idempotency_keys')
      .select(['request_hash', 'result'])
      .where('scope', '=', ref.scope)
      .where('key', '=', ref.key)
      .executeTakeFirst();
    if (!row || row.request_hash !== ref.requestHash || !row.result) return null;
    return { ...(row.result as CommandResult), replayed: true };
  }

  private async executeIn(
    trx: Transaction<Database>,
    request: CommandRequest & { instanceId: string },
    starting: boolean,
    idempotency: IdempotencyRef | undefined,
  ): Promise<CommandResult> {
    const now = this.deps.clock.now();
    if (idempotency) {
      const claim = await claimIdempotencyKey<CommandResult>(trx, idempotency, now);
      if (claim.status === 'replay') return { ...claim.result, replayed: true };
    }
    const result = await this.decideAndAppend(trx, request, starting, now);
    if (idempotency) await completeIdempotencyKey(trx, idempotency, result);
    return result;
  }

  /** Runs one command inside the caller's transaction (also used by process managers). */
  async decideAndAppend(
    trx: Transaction<Database>,
    request: CommandRequest & { instanceId: string },
    starting: boolean,
    now: Date,
    causationId?: string,
  ): Promise<CommandResult> {
    const streamId = streamIdOf(request.workflow, request.instanceId);
    let def = this.deps.registry.latest(request.workflow);
    let version = 0;
    let stored: StoredEvent[] = [];
    if (!starting) {
      const loaded = await this.load(trx, request.workflow, request.instanceId);
      def = loaded.def;
      version = loaded.version;
      stored = loaded.events;
      if (request.expectedVersion !== undefined && request.expectedVersion !== version) {
        throw new VersionConflict(streamId, request.expectedVersion, version);
      }
    }
    const folded = fold(def, stored.map(toDomainEvent));
    const command = validateCommand(def, request.command);
    const spec = commandSpec(def, command.type);
    const today = todayOf(this.deps.clock);
    const needs = spec.needs?.(command as never, folded.snapshot.context as never, request.principal, command.on ?? today) ?? {};
    const settings = await loadSettings(trx);
    const facts = await resolveFacts(trx, needs, streamId);
    const outcome = decideCommand(def, folded, command, { instanceId: request.instanceId, principal: request.principal, settings, facts, today });
    const metadata: EventMetadata = {
      actor: outcome.events[0]?.actor ?? { id: request.principal.id, name: request.principal.name, role: outcome.role },
      commandId: this.deps.ids.next(),
      commandType: command.type,
      idempotencyKey: request.idempotencyKey,
      requestId: request.requestId,
      causationId,
      comment: command.comment,
    };
    return this.commit(trx, def, streamId, request.instanceId, version, folded, outcome.folded, outcome.events, outcome.timers, metadata, now);
  }

  /** Appends decided events and everything that goes with them, in the caller's transaction. */
  private async commit(
    trx: Transaction<Database>,
    def: WorkflowDefinition,
    streamId: string,
    id: string,
    version: number,
    before: Folded,
    folded: Folded,
    events: DomainEvent[],
    timers: TimerOp[],
    metadata: EventMetadata,
    now: Date,
  ): Promise<CommandResult> {
    const appended = await appendToStream(
      trx,
      {
        streamId,
        workflow: def.name,
        workflowVersion: def.version,
        expectedVersion: version,
        events: events.map((e) => ({
          type: e.type,
          data: e.data,
          occurredOn: e.on,
          metadata: { ...metadata, actor: e.actor },
        })),
      },
      now,
    );
    await applyTimerOps(trx, streamId, def.name, timers, now);
    await this.deps.projector.apply(trx, { def, streamId, id, events: appended, before, folded });
    for (const event of appended) await reactTo(this, trx, event, now);
    const last = appended[appended.length - 1]!;
    return {
      id,
      workflow: def.name,
      workflowVersion: def.version,
      state: stateName(folded.snapshot),
      status: folded.snapshot.status,
      version: last.version,
      events: appended.map(toEventView),
    };
  }

  /** Fires one due timer inside the caller's transaction; false when its state no longer takes it. */
  async fireTimer(
    trx: Transaction<Database>,
    timer: { streamId: string; timerId: string; eventType: string; dueOn: string },
    now: Date,
  ): Promise<boolean> {
    const { workflow, id } = parseStreamId(timer.streamId);
    const loaded = await this.load(trx, workflow, id);
    const event = timerEvent(timer.eventType, timer.dueOn, timer.timerId);
    let outcome: ReturnType<typeof applyEvents>;
    try {
      outcome = applyEvents(loaded.def, loaded.folded, [event], timer.eventType);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'command_not_allowed') return false;
      throw error;
    }
    await this.commit(
      trx,
      loaded.def,
      loaded.streamId,
      id,
      loaded.version,
      loaded.folded,
      outcome.folded,
      outcome.events,
      outcome.timers,
      { actor: event.actor, commandId: this.deps.ids.next(), commandType: `timer:${timer.timerId}` },
      now,
    );
    return true;
  }

  /** Commands the caller may send now. */
  allowedFor(def: WorkflowDefinition, folded: Folded, principal: Principal): string[] {
    return allowedCommands(def, folded.snapshot, principal);
  }
}
