-- The inbox is read per (role, scope) in (since, stream_id) order. A row's scope is the one key a
-- caller can match by equality: 'p:<principal>' for rows assigned to a principal, 'b:<branch>' for
-- rows of a branch, '' for everyone holding the role. With the scope an index column (an expression,
-- so the query must spell it exactly like this), each (role, scope) pair is a pure index range that
-- already comes out in page order: no sort, no filtering of other branches' or handlers' rows.
CREATE INDEX view_inbox_scope
  ON view_inbox (role, (coalesce('p:' || principal_id, 'b:' || branch_id, '')), since, stream_id);

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
