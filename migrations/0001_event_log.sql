-- The event log: the only source of truth. Written only by src/store/event-store.ts.

CREATE TABLE streams (
  stream_id        text PRIMARY KEY,
  workflow         text NOT NULL,
  workflow_version integer NOT NULL,
  version          integer NOT NULL CHECK (version >= 0),
  last_hash        text NOT NULL,
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
