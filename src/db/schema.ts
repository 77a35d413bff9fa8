/**
 * Kysely table types. int8 columns (global_position) come back from `pg` as strings and
 * from PGlite as numbers or bigints; the store converts them with `Number()` at its edge
 * (positions stay far below 2^53). xid8 is always selected as text.
 */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { RecordedState } from '../store/recorded-state.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Int8 = ColumnType<string | number | bigint, never, never>;

export interface StreamsTable {
  stream_id: string;
  workflow: string;
  workflow_version: number;
  version: number;
  last_hash: string;
  state: ColumnType<RecordedState | null, string | null, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EventsTable {
  global_position: Generated<Int8>;
  stream_id: string;
  stream_version: number;
  workflow: string;
  workflow_version: number;
  type: string;
  data: JSONColumnType<Record<string, unknown>, string, never>;
  metadata: JSONColumnType<Record<string, unknown>, string, never>;
  occurred_on: ColumnType<string | Date, string, never>;
  recorded_at: ColumnType<Date, Date | string, never>;
  transaction_id: ColumnType<string, never, never>;
  prev_hash: string;
  hash: string;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  request_hash: string;
  result: ColumnType<unknown, string | null, string | null>;
  created_at: Timestamp;
}

type DateColumn = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, string>;

export interface TimersTable {
  stream_id: string;
  timer_id: string;
  workflow: string;
  event_type: string;
  due_at: Timestamp;
  due_on: DateColumn;
  created_at: Timestamp;
}

export interface PrincipalsTable {
  id: string;
  name: string;
  roles: string[];
  member_id: string | null;
  branch_id: string | null;
  host_unit: string | null;
  /** SHA-256 of the bearer token; null for a principal that only signs in with a password. */
  token_hash: string | null;
  username: string | null;
  /** scrypt$N$r$p$salt$key (src/auth/passwords.ts); null: no password sign-in. */
  password_hash: string | null;
  expires_at: Timestamp | null;
  created_at: Timestamp;
  created_by: string | null;
  revoked_at: Timestamp | null;
  email: ColumnType<string | null, string | null | undefined, string | null>;
  locale: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface NotificationsTable {
  global_position: ColumnType<string | number | bigint, number, never>;
  audience: string;
  stream_id: string;
  workflow: string;
  instance_id: string;
  event_type: string;
  message: string;
  occurred_on: ColumnType<string | Date, string, never>;
  created_at: Timestamp;
  delivered_at: Timestamp | null;
  template: string | null;
  params: ColumnType<Record<string, string | number> | null, string | null, string | null>;
  dispatched_at: Timestamp | null;
}

export interface NotificationDeliveriesTable {
  id: string;
  global_position: ColumnType<string | number | bigint, number, never>;
  audience: string;
  channel: 'email' | 'webhook';
  recipient: string;
  status: Generated<'pending' | 'sent' | 'failed' | 'skipped'>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  sent_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface RetiredTokensTable {
  token_hash: string;
  principal_id: string;
  retired_at: Timestamp;
}

export interface SessionsTable {
  id_hash: string;
  principal_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  /** The absolute end, however active the session is. */
  expires_at: Timestamp;
}

export interface ViewInstancesTable {
  stream_id: string;
  workflow: string;
  id: string;
  workflow_version: number;
  state: string;
  status: string;
  version: number;
  data: Json<Record<string, unknown>>;
  started_on: DateColumn;
  updated_on: DateColumn;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** A numbered workflow's case: the year and sequence of its number (null otherwise). */
  case_year: number | null;
  case_seq: number | null;
  /** Its subject was erased (migration 0040): the personal fields in `data` are null. */
  erased: Generated<boolean>;
}

export interface ViewInboxTable {
  stream_id: string;
  workflow: string;
  id: string;
  role: string;
  branch_id: string | null;
  principal_id: string | null;
  state: string;
  commands: string[];
  reason: string;
  due_on: DateColumn | null;
  since: Timestamp;
  summary: string;
}

export interface ViewMembersTable {
  id: string;
  stream_id: string;
  /** null once the member was erased (migration 0040), as is birth_date. */
  name: string | null;
  gender: string;
  birth_date: DateColumn | null;
  education: string;
  title: string;
  employment: string;
  branch_id: string;
  joined_on: DateColumn;
  retired_on: DateColumn | null;
  departed_on: DateColumn | null;
  current: boolean;
  admitted_by: string | null;
}

export interface ViewSettingsTable {
  id: string;
  settings: Json<Record<string, unknown>>;
  version: number;
}

export interface ViewPendingRepliesTable {
  stream_id: string;
  id: string;
  state: string;
  received_on: DateColumn;
  due_on: DateColumn;
  handler_id: string | null;
  channel: string;
  category: string;
  anonymous: boolean;
}

export interface ViewSecondmentDecisionsTable {
  stream_id: string;
  version: number;
  step: string;
  decision: string;
  event_type: string;
  actor_id: string;
  actor_name: string;
  actor_role: string;
  occurred_on: DateColumn;
  recorded_at: Timestamp;
  reason: string | null;
  comment: string | null;
}

export interface ViewCollectionsTable {
  box: string;
  month: string;
  collections: number;
  suggestions: number;
}

/** Who read whose personal data (migration 0031; src/privacy/access-log.ts). */
export interface CaseCountersTable {
  workflow: string;
  year: number;
  seq: number;
}

export interface AccessLogTable {
  id: Generated<string>;
  read_at: Timestamp;
  principal_id: string;
  principal_name: string;
  subject: string;
  method: string;
  route: string;
  request_id: string;
}

export interface ConsumerCheckpointsTable {
  consumer: string;
  transaction_id: ColumnType<string, string, string>;
  position: ColumnType<string | number | bigint, number, number>;
  updated_at: Timestamp;
}

/** bytea: a Buffer from `pg`, a Uint8Array from PGlite. */
type Bytes = ColumnType<Uint8Array, Uint8Array, Uint8Array>;
type Int8Column = ColumnType<string | number | bigint, number, number>;

export interface MerkleTreeTable {
  id: number;
  size: Int8Column;
  root_hash: Bytes;
  updated_at: Timestamp;
}

export interface MerkleBatchesTable {
  first_leaf: Int8Column;
  leaf_count: number;
  first_node: Int8Column;
  nodes: Bytes;
  positions: ColumnType<(string | number)[], number[], number[]>;
  stream_ids: string[];
  versions: number[];
  last_transaction_id: string;
  last_position: Int8Column;
}

export interface MerkleCheckpointsTable {
  id: Generated<Int8>;
  tree_size: Int8Column;
  root_hash: Bytes;
  issued_at: Timestamp;
  key_id: string;
  signature: Bytes;
}

/** A subject's data key, wrapped by the master key (migration 0040; src/privacy/personal-data.ts). */
export interface DataKeysTable {
  subject: string;
  wrapped: Bytes;
  created_at: Timestamp;
}

/** Subjects whose data key was destroyed (migration 0040). */
export interface ErasuresTable {
  subject: string;
  erased_at: Timestamp;
}

export interface Database {
  streams: StreamsTable;
  events: EventsTable;
  idempotency_keys: IdempotencyKeysTable;
  timers: TimersTable;
  principals: PrincipalsTable;
  retired_tokens: RetiredTokensTable;
  sessions: SessionsTable;
  view_instances: ViewInstancesTable;
  view_inbox: ViewInboxTable;
  view_members: ViewMembersTable;
  view_settings: ViewSettingsTable;
  view_pending_replies: ViewPendingRepliesTable;
  view_secondment_decisions: ViewSecondmentDecisionsTable;
  view_collections: ViewCollectionsTable;
  consumer_checkpoints: ConsumerCheckpointsTable;
  notifications: NotificationsTable;
  notification_deliveries: NotificationDeliveriesTable;
  merkle_tree: MerkleTreeTable;
  merkle_batches: MerkleBatchesTable;
  merkle_checkpoints: MerkleCheckpointsTable;
  access_log: AccessLogTable;
  case_counters: CaseCountersTable;
  data_keys: DataKeysTable;
  erasures: ErasuresTable;
}
