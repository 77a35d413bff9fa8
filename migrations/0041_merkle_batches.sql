-- The Merkle tree's storage becomes a row per batch the follower appends (src/audit/tree.query.ts)
-- instead of a row per subtree and per leaf: a batch of n leaves wrote some 3n rows and 4n index
-- entries, which made following the log cost commands a noticeable share of their CPU.
--
-- A batch holds, for its leaves [first_leaf, first_leaf + leaf_count):
--   nodes: the hashes of every complete subtree its leaves close (the leaf itself, then one per
--          carry), 32 bytes each, back to back in the order they close; subtree (level, index)
--          closes with its last leaf and is found by src/audit/merkle.ts closingOrder. first_node
--          is where the batch's run starts in that order. Stored uncompressed, out of line, so a
--          proof reads only the 32 bytes it needs.
--   positions, stream_ids, versions: which event each leaf is (its global position, stream and
--          version), as the tree recorded them.
--   last_transaction_id, last_position: the feed position of the batch's last event: an event's
--          batch is the first whose last position is at or after the event's.
CREATE TABLE merkle_batches (
  first_leaf          bigint PRIMARY KEY CHECK (first_leaf >= 0),
  leaf_count          integer NOT NULL CHECK (leaf_count > 0),
  first_node          bigint NOT NULL CHECK (first_node >= 0),
  nodes               bytea NOT NULL,
  positions           bigint[] NOT NULL,
  stream_ids          text[] NOT NULL,
  versions            integer[] NOT NULL,
  last_transaction_id xid8 NOT NULL,
  last_position       bigint NOT NULL,
  CHECK (cardinality(positions) = leaf_count AND cardinality(stream_ids) = leaf_count AND cardinality(versions) = leaf_count)
);
ALTER TABLE merkle_batches ALTER COLUMN nodes SET STORAGE EXTERNAL;
CREATE INDEX merkle_batches_last_event ON merkle_batches (last_transaction_id, last_position);

-- The tree is a function of the feed: the follower builds it again from the start of the log, to
-- the same roots as the checkpoints already signed when the log is as it was (and to other roots,
-- which the offline checker reports against its saved checkpoint, when it is not).
DROP TABLE merkle_nodes;
DROP TABLE merkle_leaves;
UPDATE merkle_tree SET size = 0, root_hash = sha256(''::bytea), updated_at = now();
DELETE FROM consumer_checkpoints WHERE consumer = 'merkle_tree';

-- UPDATE, DELETE and TRUNCATE on merkle_batches are refused by migrations/functions/merkle_refuse_change.sql.
