-- Docket's schema. Migrations add tables and columns after this baseline; the bodies of the SQL
-- functions live in migrations/functions/ (one per file) and the read views' writer is generated
-- from src/projections/view-tables.ts. migrations/schema.sql is the whole schema as a fresh
-- database has it, compared with one by the tests.

-- The event log: the only source of truth, written only through docket_commit.
CREATE TABLE streams (
  stream_id        text PRIMARY KEY,
  workflow         text NOT NULL,
  workflow_version integer NOT NULL,
  version          integer NOT NULL CHECK (version >= 0),
  last_hash        text NOT NULL,
  -- The state ({value, status, context}) the stream's last event led to, recorded by the engine
  -- with that event; NULL when an append came without it (then readers fold the events).
  state            jsonb,
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL
);

CREATE TABLE events (
  global_position  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  stream_id        text NOT NULL REFERENCES streams (stream_id),
  stream_version   integer NOT NULL CHECK (stream_version >= 1),
  workflow         text NOT NULL,
  workflow_version integer NOT NULL,
  type             text NOT NULL,
  data             jsonb NOT NULL,
  metadata         jsonb NOT NULL,
  occurred_on      date NOT NULL,
  recorded_at      timestamptz NOT NULL,
  transaction_id   xid8 NOT NULL DEFAULT pg_current_xact_id(),
  prev_hash        text NOT NULL,
  hash             text NOT NULL,
  CONSTRAINT events_stream_version_unique UNIQUE (stream_id, stream_version)
);

-- Gap-safe reading of the whole log orders by (transaction_id, global_position).
CREATE INDEX events_transaction_position ON events (transaction_id, global_position);
-- Rules that count across streams (the year's admissions) read by workflow, type and date.
CREATE INDEX events_workflow_type_on ON events (workflow, type, occurred_on);

-- Append-only, enforced by the database itself.
CREATE FUNCTION events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the event log is append-only: % on events is refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER events_append_only_rows
  BEFORE UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION events_refuse_change();

CREATE TRIGGER events_append_only_truncate
  BEFORE TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_change();

-- Idempotency records: a retried command with the same key returns the original result.
CREATE TABLE idempotency_keys (
  scope        text NOT NULL,
  key          text NOT NULL,
  request_hash text NOT NULL,
  result       jsonb,
  created_at   timestamptz NOT NULL,
  PRIMARY KEY (scope, key)
);

-- Durable timers: XState delayed transitions with absolute due times (from business dates).
CREATE TABLE timers (
  stream_id  text NOT NULL,
  timer_id   text NOT NULL,
  workflow   text NOT NULL,
  event_type text NOT NULL,
  due_at     timestamptz NOT NULL,
  due_on     date NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (stream_id, timer_id)
);
CREATE INDEX timers_due ON timers (due_at);

-- API principals: opaque bearer tokens, stored only as SHA-256 hashes.
CREATE TABLE principals (
  id         text PRIMARY KEY,
  name       text NOT NULL,
  roles      text[] NOT NULL,
  member_id  text,
  branch_id  text,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  created_by text,
  revoked_at timestamptz
);

-- Read views: derived from the log, written with the events (src/projections/), rebuildable.

-- Every workflow instance: listing by workflow and state, the instance view, the inbox's source.
CREATE TABLE view_instances (
  stream_id        text PRIMARY KEY,
  workflow         text NOT NULL,
  id               text NOT NULL,
  workflow_version integer NOT NULL,
  state            text NOT NULL,
  status           text NOT NULL,
  version          integer NOT NULL,
  data             jsonb NOT NULL,
  started_on       date NOT NULL,
  updated_on       date NOT NULL,
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL
);
CREATE INDEX view_instances_listing ON view_instances (workflow, state, created_at, stream_id);
CREATE INDEX view_instances_workflow_created ON view_instances (workflow, created_at, stream_id);

-- What can be done now, by whom: one row per instance and role (optionally scoped to a branch,
-- a principal or a member), with the commands that role may send and the due date if any.
CREATE TABLE view_inbox (
  stream_id    text NOT NULL,
  workflow     text NOT NULL,
  id           text NOT NULL,
  role         text NOT NULL,
  branch_id    text,
  principal_id text,
  state        text NOT NULL,
  commands     text[] NOT NULL,
  reason       text NOT NULL,
  due_on       date,
  since        timestamptz NOT NULL,
  summary      text NOT NULL,
  PRIMARY KEY (stream_id, role, reason)
);
-- The inbox is read per (role, scope) in (since, stream_id) order. A row's scope is the one key a
-- caller can match by equality: 'p:<principal>' for rows assigned to a principal, 'b:<branch>' for
-- rows of a branch, '' for everyone holding the role. With the scope an index column (an expression,
-- so the query must spell it exactly like this), each (role, scope) pair is a pure index range that
-- already comes out in page order.
CREATE INDEX view_inbox_scope
  ON view_inbox (role, (coalesce('p:' || principal_id, 'b:' || branch_id, '')), since, stream_id);

-- The member roster.
CREATE TABLE view_members (
  id          text PRIMARY KEY,
  stream_id   text NOT NULL,
  name        text NOT NULL,
  gender      text NOT NULL,
  birth_date  date NOT NULL,
  education   text NOT NULL,
  title       text NOT NULL,
  employment  text NOT NULL,
  branch_id   text NOT NULL,
  joined_on   date NOT NULL,
  retired_on  date,
  departed_on date,
  current     boolean NOT NULL,
  admitted_by text
);
CREATE INDEX view_members_branch ON view_members (branch_id, name);

-- The organisation's settings (one row).
CREATE TABLE view_settings (
  id       text PRIMARY KEY,
  settings jsonb NOT NULL,
  version  integer NOT NULL
);

-- Pending reply obligations: suggestions in registered or in_progress.
CREATE TABLE view_pending_replies (
  stream_id   text PRIMARY KEY,
  id          text NOT NULL,
  state       text NOT NULL,
  received_on date NOT NULL,
  due_on      date NOT NULL,
  handler_id  text,
  channel     text NOT NULL,
  category    text NOT NULL,
  anonymous   boolean NOT NULL
);
CREATE INDEX view_pending_replies_due ON view_pending_replies (due_on, stream_id);
CREATE INDEX view_pending_replies_handler ON view_pending_replies (handler_id, due_on, stream_id);

-- Every decision taken on a secondment, for the audit.
CREATE TABLE view_secondment_decisions (
  stream_id   text NOT NULL,
  version     integer NOT NULL,
  step        text NOT NULL,
  decision    text NOT NULL,
  event_type  text NOT NULL,
  actor_id    text NOT NULL,
  actor_name  text NOT NULL,
  actor_role  text NOT NULL,
  occurred_on date NOT NULL,
  recorded_at timestamptz NOT NULL,
  reason      text,
  comment     text,
  PRIMARY KEY (stream_id, version)
);

-- Suggestion-box collections per box and month.
CREATE TABLE view_collections (
  box         text NOT NULL,
  month       text NOT NULL,
  collections integer NOT NULL,
  suggestions integer NOT NULL,
  PRIMARY KEY (box, month)
);

-- Async consumers' checkpoints (gap-safe cursor over the log).
CREATE TABLE consumer_checkpoints (
  consumer       text PRIMARY KEY,
  transaction_id xid8 NOT NULL,
  position       bigint NOT NULL,
  updated_at     timestamptz NOT NULL
);

-- Notifications outbox, filled by the async `notifications` consumer (src/projections/notifications.consumer.ts)
-- from the log, never inline. One row per event and audience; a delivery worker marks `delivered_at`.
CREATE TABLE notifications (
  global_position bigint NOT NULL,
  audience        text NOT NULL, -- 'role:<role>' or 'principal:<id>'
  stream_id       text NOT NULL,
  workflow        text NOT NULL,
  instance_id     text NOT NULL,
  event_type      text NOT NULL,
  message         text NOT NULL,
  occurred_on     date NOT NULL,
  created_at      timestamptz NOT NULL,
  delivered_at    timestamptz,
  PRIMARY KEY (global_position, audience)
);
CREATE INDEX notifications_undelivered ON notifications (audience, global_position) WHERE delivered_at IS NULL;
