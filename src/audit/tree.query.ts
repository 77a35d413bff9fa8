/**
 * The Merkle tree's tables (migrations/0030_merkle_tree.sql, 0041_merkle_batches.sql): its size and
 * root, and a row per batch of leaves the follower appended, holding the complete subtrees those
 * leaves close and which event each leaf is. Hashes are bytea (a Buffer here).
 */
import { sql } from 'kysely';
import type { Executor } from '../store/types.ts';
import { closingOrder, HASH_BYTES, keyOf, lastLeafOf, nodesClosedBy, type Hash, type NodeKey } from './merkle.ts';

export interface TreeState {
  size: number;
  root: Hash;
}

const bytes = (value: Uint8Array): Hash => Buffer.from(value.buffer, value.byteOffset, value.byteLength);

/** The tree's size and root; `forUpdate` holds its row until the transaction ends (one appender at a time). */
export async function readTreeState(db: Executor, options: { forUpdate?: boolean } = {}): Promise<TreeState> {
  const row = await db
    .selectFrom('merkle_tree')
    .select(['size', 'root_hash'])
    .where('id', '=', 1)
    .$if(options.forUpdate === true, (q) => q.forUpdate())
    .executeTakeFirstOrThrow();
  return { size: Number(row.size), root: bytes(row.root_hash) };
}

/** The stored subtrees among `keys`, by keyOf. */
export async function readNodes(db: Executor, keys: readonly NodeKey[]): Promise<Map<string, Hash>> {
  const nodes = new Map<string, Hash>();
  if (keys.length === 0) return nodes;
  // One statement of one shape whatever the number of keys: per key, the batch holding its last
  // leaf (an index lookup) and the 32 bytes at the key's place in that batch's run of subtrees.
  const { rows } = await sql<{ i: string | number; hash: Uint8Array }>`SELECT k.i, b.hash
    FROM unnest(${keys.map(lastLeafOf)}::bigint[], ${keys.map(closingOrder)}::bigint[]) WITH ORDINALITY AS k(last_leaf, closing, i)
    JOIN LATERAL (SELECT first_leaf, leaf_count, substring(nodes FROM (k.closing - first_node)::integer * ${HASH_BYTES} + 1 FOR ${HASH_BYTES}) AS hash
      FROM merkle_batches WHERE first_leaf <= k.last_leaf ORDER BY first_leaf DESC LIMIT 1) b ON k.last_leaf < b.first_leaf + b.leaf_count`.execute(db);
  for (const row of rows) {
    if (row.hash.byteLength === HASH_BYTES) nodes.set(keyOf(keys[Number(row.i) - 1]!), bytes(row.hash));
  }
  return nodes;
}

export interface LeafRow {
  leafIndex: number;
  streamId: string;
  version: number;
}

/** A batch the follower appends: its leaves are the events, in feed order, from `firstLeaf` on. */
export interface TreeBatch {
  firstLeaf: number;
  /** Every subtree the batch's leaves close, in the order they close (Frontier.append's). */
  nodes: readonly Hash[];
  events: readonly { globalPosition: number; transactionId: string; streamId: string; version: number }[];
}

/** Appends one batch of leaves and moves the tree to its new size and root: two statements whatever the batch's size. */
export async function appendToTree(db: Executor, batch: TreeBatch & { state: TreeState; now: Date }): Promise<void> {
  const last = batch.events[batch.events.length - 1];
  if (last) {
    // The subtrees go as one binary parameter; the leaves' events as three arrays.
    await sql`INSERT INTO merkle_batches (first_leaf, leaf_count, first_node, nodes, positions, stream_ids, versions, last_transaction_id, last_position)
      VALUES (${batch.firstLeaf}, ${batch.events.length}, ${nodesClosedBy(batch.firstLeaf)}, ${Buffer.concat(batch.nodes)},
        ${batch.events.map((e) => e.globalPosition)}::bigint[], ${batch.events.map((e) => e.streamId)}::text[],
        ${batch.events.map((e) => e.version)}::integer[], ${last.transactionId}::xid8, ${last.globalPosition})`.execute(db);
  }
  await db.updateTable('merkle_tree').set({ size: batch.state.size, root_hash: batch.state.root, updated_at: batch.now }).where('id', '=', 1).execute();
}

export interface EventLeaf {
  leafIndex: number;
  /** The event's hash as the log holds it now (hex). */
  eventHash: string;
}

export interface LeafLookup {
  /** The tree's size now. */
  treeSize: number;
  /** The latest checkpoint's tree size (null before the first). */
  checkpointSize: number | null;
  /** null when the tree has no leaf for the event. */
  leaf: EventLeaf | null;
  /** The tree's leaf for a (stream, version) the events table no longer holds: null when there is none. */
  orphanLeaf: number | null;
}

/**
 * The tree's size, the latest checkpoint's, and the leaf of a stream's version with the event's hash
 * as the events table holds it now: the event's batch is the first whose last feed position is at
 * or after the event's, and its leaf is where the batch recorded the event's global position (and
 * only if it recorded it as this stream's version). A (stream, version) the log holds twice (a
 * deleted tail appended again) has a leaf each: the event the log holds now is taken.
 */
export async function lookUpLeaf(db: Executor, streamId: string, version: number): Promise<LeafLookup> {
  const { rows } = await sql<{ size: string | number; checkpoint_size: string | number | null; leaf_index: string | number | null; hash: string | null; stream: boolean }>`SELECT
      (SELECT size FROM merkle_tree WHERE id = 1) AS size,
      (SELECT max(tree_size) FROM merkle_checkpoints) AS checkpoint_size,
      EXISTS (SELECT 1 FROM streams WHERE stream_id = ${streamId}) AS stream,
      l.leaf_index, e.hash
    FROM (SELECT 1) one
    LEFT JOIN events e ON e.stream_id = ${streamId} AND e.stream_version = ${version}
    LEFT JOIN LATERAL (
      SELECT CASE WHEN b.stream_ids[p.i] = e.stream_id AND b.versions[p.i] = e.stream_version THEN b.first_leaf + p.i - 1 END AS leaf_index
      FROM (SELECT first_leaf, positions, stream_ids, versions FROM merkle_batches
        WHERE (last_transaction_id, last_position) >= (e.transaction_id, e.global_position)
        ORDER BY last_transaction_id, last_position LIMIT 1) b
      CROSS JOIN LATERAL (SELECT array_position(b.positions, e.global_position) AS i) p
    ) l ON true`.execute(db);
  const row = rows[0]!;
  const lookup = {
    treeSize: Number(row.size),
    checkpointSize: row.checkpoint_size === null ? null : Number(row.checkpoint_size),
    leaf: row.leaf_index !== null && row.hash !== null ? { leafIndex: Number(row.leaf_index), eventHash: row.hash } : null,
    orphanLeaf: null as number | null,
  };
  // The log no longer holds the event: whether the tree has it, from what each batch recorded. A
  // scan of the tree, so only for a stream the log knows (a deleted event, or a version it never had).
  if (row.hash === null && row.stream) lookup.orphanLeaf = await recordedLeaf(db, streamId, version);
  return lookup;
}

/** The latest leaf the tree recorded as a stream's version (null when none). */
async function recordedLeaf(db: Executor, streamId: string, version: number): Promise<number | null> {
  const { rows } = await sql<{ leaf_index: string | number }>`SELECT b.first_leaf + u.i - 1 AS leaf_index
    FROM merkle_batches b CROSS JOIN LATERAL unnest(b.stream_ids, b.versions) WITH ORDINALITY AS u(stream_id, version, i)
    WHERE u.stream_id = ${streamId} AND u.version = ${version}
    ORDER BY 1 DESC LIMIT 1`.execute(db);
  return rows[0] ? Number(rows[0].leaf_index) : null;
}

export interface StoredLeaf extends LeafRow {
  leafHash: Hash;
}

/** Leaves [from, from + limit) with the event each one is, in leaf order. */
export async function readLeaves(db: Executor, from: number, limit: number): Promise<StoredLeaf[]> {
  const end = from + limit;
  const { rows } = await sql<{ first_leaf: string | number; first_node: string | number; nodes: Uint8Array; stream_ids: string[]; versions: number[] }>`SELECT
      first_leaf, first_node, nodes, stream_ids, versions
    FROM merkle_batches
    WHERE first_leaf >= coalesce((SELECT max(first_leaf) FROM merkle_batches WHERE first_leaf <= ${from}), 0) AND first_leaf < ${end}
    ORDER BY first_leaf`.execute(db);
  const leaves: StoredLeaf[] = [];
  for (const batch of rows) {
    const [firstLeaf, firstNode, nodes] = [Number(batch.first_leaf), Number(batch.first_node), bytes(batch.nodes)];
    for (let i = Math.max(0, from - firstLeaf); i < batch.stream_ids.length && firstLeaf + i < end; i++) {
      const leafIndex = firstLeaf + i;
      const at = (nodesClosedBy(leafIndex) - firstNode) * HASH_BYTES;
      leaves.push({ leafIndex, streamId: batch.stream_ids[i]!, version: batch.versions[i]!, leafHash: nodes.subarray(at, at + HASH_BYTES) });
    }
  }
  return leaves;
}
