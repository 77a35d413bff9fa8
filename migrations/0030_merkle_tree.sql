-- Tamper evidence that survives the database administrator (docs/tamper-evidence.md): a Merkle tree
-- over the whole log (RFC 9162 hashing; a leaf per event, in the order of the gap-safe `/events`
-- feed), kept by a follower (src/audit/tree-follower.ts), and the signed checkpoints of its root.
-- Nothing here is rewritten: a follower only appends, one at a time (the row lock of its consumer
-- checkpoint), and the tables refuse UPDATE and DELETE like the events do.

-- The tree's size and root now. One row.
CREATE TABLE merkle_tree (
  id         smallint PRIMARY KEY CHECK (id = 1),
  size       bigint NOT NULL CHECK (size >= 0),
  root_hash  bytea NOT NULL,
  updated_at timestamptz NOT NULL
);
INSERT INTO merkle_tree (id, size, root_hash, updated_at) VALUES (1, 0, sha256(''::bytea), now());

-- Every complete subtree: (level, node_index) covers leaves [node_index·2^level, (node_index+1)·2^level);
-- level 0 holds the leaves, SHA-256(0x00 ‖ the event's 32-byte hash). A proof reads O(log n) of them.
CREATE TABLE merkle_nodes (
  level      smallint NOT NULL CHECK (level BETWEEN 0 AND 62),
  node_index bigint NOT NULL CHECK (node_index >= 0),
  hash       bytea NOT NULL,
  PRIMARY KEY (level, node_index)
);

-- Which event each leaf is (to find the leaf of a stream's version for an inclusion proof).
CREATE TABLE merkle_leaves (
  leaf_index     bigint PRIMARY KEY,
  stream_id      text NOT NULL,
  stream_version integer NOT NULL
);
CREATE INDEX merkle_leaves_event ON merkle_leaves (stream_id, stream_version);

-- Signed checkpoints: the root at a size, signed with the server's Ed25519 key (never stored here).
CREATE TABLE merkle_checkpoints (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tree_size bigint NOT NULL CHECK (tree_size >= 0),
  root_hash bytea NOT NULL,
  issued_at timestamptz NOT NULL,
  key_id    text NOT NULL,
  signature bytea NOT NULL
);

-- UPDATE, DELETE and TRUNCATE on the tree's nodes, leaves and checkpoints are refused by the triggers
-- of migrations/functions/merkle_refuse_change.sql.
