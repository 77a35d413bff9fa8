-- Notifications that reach people (src/notifications/): principals may give an e-mail address and
-- the language of their notices; each notice of the outbox is fanned out into deliveries (one per
-- e-mail recipient, one per webhook), sent at least once, retried with backoff, dead-lettered.

ALTER TABLE principals
  ADD COLUMN email  text CHECK (email IS NULL OR length(email) BETWEEN 3 AND 254),
  ADD COLUMN locale text CHECK (locale IS NULL OR locale IN ('zh-CN', 'en'));

-- A notice's text is rendered per recipient from its template and parameters (in their language);
-- `message` keeps the English text for the admin. `dispatched_at`: fanned out into its deliveries.
ALTER TABLE notifications
  ADD COLUMN template      text,
  ADD COLUMN params        jsonb,
  ADD COLUMN dispatched_at timestamptz;
-- Notices written before delivery existed are history: only new ones are sent.
UPDATE notifications SET dispatched_at = created_at;
CREATE INDEX notifications_undispatched ON notifications (global_position) WHERE dispatched_at IS NULL;

CREATE TABLE notification_deliveries (
  id              text PRIMARY KEY,      -- stable: e-mail Message-ID, webhook X-Docket-Delivery-Id
  global_position bigint NOT NULL,
  audience        text NOT NULL,
  channel         text NOT NULL CHECK (channel IN ('email', 'webhook')),
  recipient       text NOT NULL,         -- principal id (email) or '' (webhook)
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'skipped')),
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,  -- while pending: when it may be (re)tried; a claim moves it by a lease
  last_error      text,
  created_at      timestamptz NOT NULL,
  sent_at         timestamptz,
  FOREIGN KEY (global_position, audience) REFERENCES notifications (global_position, audience)
);
CREATE INDEX notification_deliveries_due ON notification_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX notification_deliveries_by_status ON notification_deliveries (status, created_at, id);
