-- Read views: derived from the log, updated inline in the append transaction, rebuildable.

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
CREATE INDEX view_inbox_role ON view_inbox (role, since, stream_id);

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
