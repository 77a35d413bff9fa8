/**
 * The Merkle tree's tables (migrations/0030_merkle_tree.sql): its size and root, its complete
 * subtrees by (level, index), and which event each leaf is. Hashes are bytea (a Buffer here).
 */
import { sql } from 'kysely';
import type { Executor } from '../store/types.ts';
import { keyOf, type Hash, type NodeKey } from './merkle.ts';

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
  // One statement of one shape whatever the number of keys: an index lookup per key.
  const { rows } = await sql<{ level: number; node_index: string | number; hash: Uint8Array }>`SELECT n.level, n.node_index, n.hash
    FROM unnest(${keys.map((k) => k.level)}::smallint[], ${keys.map((k) => k.index)}::bigint[]) AS k(level, node_index)
    JOIN merkle_nodes n ON n.level = k.level AND n.node_index = k.node_index`.execute(db);
  for (const row of rows) nodes.set(keyOf({ level: row.level, index: Number(row.node_index) }), bytes(row.hash));
  return nodes;
}

export interface LeafRow {
  leafIndex: number;
  streamId: string;
  version: number;
}

/**
 * Appends the nodes and leaves of a batch and moves the tree to its new size and root: one
 * statement per table whatever the batch's size, its columns sent as arrays (a row of parameters
 * per node would cost node more to build and send than PostgreSQL to insert).
 */
export async function appendToTree(
  db: Executor,
  batch: { nodes: readonly { key: NodeKey; hash: Hash }[]; leaves: readonly LeafRow[]; state: TreeState; now: Date },
): Promise<void> {
  if (batch.nodes.length > 0) {
    await sql`INSERT INTO merkle_nodes (level, node_index, hash)
      SELECT n.level, n.node_index, decode(n.hash_hex, 'hex')
      FROM unnest(${batch.nodes.map((n) => n.key.level)}::smallint[], ${batch.nodes.map((n) => n.key.index)}::bigint[],
        ${batch.nodes.map((n) => n.hash.toString('hex'))}::text[]) AS n(level, node_index, hash_hex)`.execute(db);
  }
  if (batch.leaves.length > 0) {
    await sql`INSERT INTO merkle_leaves (leaf_index, stream_id, stream_version)
      SELECT * FROM unnest(${batch.leaves.map((l) => l.leafIndex)}::bigint[], ${batch.leaves.map((l) => l.streamId)}::text[],
        ${batch.leaves.map((l) => l.version)}::integer[])`.execute(db);
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
 * In one statement: the tree's size, the latest checkpoint's, and the leaf of a stream's version
 * with the event's hash as the events table holds it now. A (stream, version) the log holds twice
 * (a deleted tail appended again) has a leaf each: the latest is taken.
 */
export async function lookUpLeaf(db: Executor, streamId: string, version: number): Promise<LeafLookup> {
  const { rows } = await sql<{ size: string | number; checkpoint_size: string | number | null; leaf_index: string | number | null; hash: string | null }>`SELECT
      (SELECT size FROM merkle_tree WHERE id = 1) AS size,
      (SELECT max(tree_size) FROM merkle_checkpoints) AS checkpoint_size,
      l.leaf_index, e.hash
    FROM (SELECT 1) one
    LEFT JOIN LATERAL (SELECT leaf_index FROM merkle_leaves WHERE stream_id = ${streamId} AND stream_version = ${version} ORDER BY leaf_index DESC LIMIT 1) l ON true
    LEFT JOIN events e ON e.stream_id = ${streamId} AND e.stream_version = ${version}`.execute(db);
  const row = rows[0]!;
  return {
    treeSize: Number(row.size),
    checkpointSize: row.checkpoint_size === null ? null : Number(row.checkpoint_size),
    leaf: row.leaf_index !== null && row.hash !== null ? { leafIndex: Number(row.leaf_index), eventHash: row.hash } : null,
    orphanLeaf: row.leaf_index !== null && row.hash === null ? Number(row.leaf_index) : null,
  };
}

export interface StoredLeaf extends LeafRow {
  leafHash: Hash;
}

/** Leaves [from, from + limit) with the event each one is, in leaf order. */
export async function readLeaves(db: Executor, from: number, limit: number): Promise<StoredLeaf[]> {
  const { rows } = await sql<{ leaf_index: string | number; stream_id: string; stream_version: number; hash: Uint8Array }>`SELECT l.leaf_index, l.stream_id, l.stream_version, n.hash
    FROM merkle_leaves l JOIN merkle_nodes n ON n.level = 0 AND n.node_index = l.leaf_index
    WHERE l.leaf_index >= ${from} ORDER BY l.leaf_index LIMIT ${limit}`.execute(db);
  return rows.map((r) => ({ leafIndex: Number(r.leaf_index), streamId: r.stream_id, version: r.stream_version, leafHash: bytes(r.hash) }));
}
