-- Crypto-shredding (docs/data-protection.md, "Erasure"). Each subject (the instance a stream records,
-- named by its stream id) has its own data key; its personal fields are stored in `events` encrypted
-- with it. The key is kept here only wrapped by the master key, which is never in the database:
-- deleting the row erases the subject's personal fields from the log without touching the log.
CREATE TABLE data_keys (
  subject    text        PRIMARY KEY,
  -- AES-256-GCM under the master key: 12-byte IV, 32-byte ciphertext, 16-byte tag.
  wrapped    bytea       NOT NULL,
  created_at timestamptz NOT NULL
);

-- Subjects whose data key was destroyed: a second erasure is refused, and no new key is made for them.
-- Who, when and why are in the PersonalDataErased event on the subject's stream; this is its index.
CREATE TABLE erasures (
  subject   text        PRIMARY KEY,
  erased_at timestamptz NOT NULL
);

-- An erased instance: its personal fields read as null and are listed as `erased`.
ALTER TABLE view_instances ADD COLUMN erased boolean NOT NULL DEFAULT false;

-- An erased member's roster row keeps its non-personal columns; name and birth date are gone.
ALTER TABLE view_members ALTER COLUMN name DROP NOT NULL, ALTER COLUMN birth_date DROP NOT NULL;
