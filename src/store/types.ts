import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../../workflows/contract.ts';
import type { Database } from '../db/schema.ts';
import type { RecordedState } from './recorded-state.ts';

export type { RecordedState };

export type Executor = Kysely<Database> | Transaction<Database>;

export interface EventMetadata {
  actor: Actor;
  commandId?: string | undefined;
  commandType?: string | undefined;
  idempotencyKey?: string | undefined;
  correlationId?: string | undefined;
  causationId?: string | undefined;
  requestId?: string | undefined;
  comment?: string | undefined;
}

export interface EventToAppend {
  type: string;
  data: Record<string, unknown>;
  /** Business date, YYYY-MM-DD. */
  occurredOn: string;
  metadata: EventMetadata;
}

export interface StoredEvent {
  globalPosition: number;
  streamId: string;
  version: number;
  workflow: string;
  workflowVersion: number;
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  occurredOn: string;
  recordedAt: Date;
  /** xid8 as decimal text. */
  transactionId: string;
  prevHash: string;
  hash: string;
  /**
   * Personal fields whose subject was erased, as responses name them (`data.name`, `comment`): null
   * now (set as the log is read, src/privacy/personal-data.ts).
   */
  erased?: string[];
  /** The data and metadata as stored and hashed, when they were opened and asked for (the event feed). */
  stored?: { data?: Record<string, unknown>; metadata?: Record<string, unknown> };
}

export interface StreamHeader {
  streamId: string;
  workflow: string;
  workflowVersion: number;
  version: number;
  lastHash: string;
  /** The state the last event led to, as the engine recorded it with that event (null: not recorded). */
  state: RecordedState | null;
  createdAt: Date;
  updatedAt: Date;
}


