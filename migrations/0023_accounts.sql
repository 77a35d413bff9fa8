-- Accounts: a principal signs in with a user name and password and/or holds a bearer token; a
-- host unit principal names its unit; any principal may carry an expiry.
ALTER TABLE principals ALTER COLUMN token_hash DROP NOT NULL;
ALTER TABLE principals
  ADD COLUMN host_unit text,
  ADD COLUMN expires_at timestamptz,
  ADD COLUMN username text,
  ADD COLUMN password_hash text;
-- One active principal per user name, whatever its case; a revoked one frees its name.
CREATE UNIQUE INDEX principals_username ON principals (lower(username)) WHERE revoked_at IS NULL;

-- Tokens a rotation replaced: refused for good, and never re-created by the bootstrap from
-- DOCKET_ADMIN_TOKEN.
CREATE TABLE retired_tokens (
  token_hash   text PRIMARY KEY,
  principal_id text NOT NULL REFERENCES principals (id),
  retired_at   timestamptz NOT NULL
);

-- Signed-in sessions: the cookie holds a random id, this table only its SHA-256 hash. Signing out
-- deletes the row; an idle or too old session is deleted when it is next presented.
CREATE TABLE sessions (
  id_hash      text PRIMARY KEY,
  principal_id text NOT NULL REFERENCES principals (id),
  created_at   timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at   timestamptz NOT NULL
);
CREATE INDEX sessions_principal ON sessions (principal_id);
