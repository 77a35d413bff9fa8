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
