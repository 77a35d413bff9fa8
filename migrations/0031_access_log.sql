-- Who read whose personal data (src/privacy/access-log.ts): one row per subject a response revealed
-- personal fields of (beyond names), outside the event log. Appended in batches, never changed;
-- GET /audit/access?subject= reads it by subject, newest first.
CREATE TABLE access_log (
  id             bigserial PRIMARY KEY,
  read_at        timestamptz NOT NULL,
  principal_id   text NOT NULL,
  principal_name text NOT NULL,
  subject        text NOT NULL,   -- member/<id> or <workflow>/<instance id>
  method         text NOT NULL,
  route          text NOT NULL,   -- the route's pattern, e.g. /workflows/recruitment/instances/:id
  request_id     text NOT NULL
);
CREATE INDEX access_log_subject ON access_log (subject, read_at DESC, id DESC);
