/**
 * The Merkle tree over the whole log, as RFC 9162 (Certificate Transparency 2.0) §2.1 defines it:
 * MTH({}) = SHA-256(), a leaf is SHA-256(0x00 ‖ data), an interior node SHA-256(0x01 ‖ left ‖ right),
 * and a list of n > 1 leaves splits at k, the largest power of two smaller than n. Here a leaf's data
 * is the event's stored 32-byte hash, and the leaves come in the order of the `/events` feed.
 *
 * Pure: no I/O. The server keeps every complete subtree (a "node": `level`, `index` covers leaves
 * [index·2^level, (index+1)·2^level)) and computes any other subtree hash from the O(log n) complete
 * ones it decomposes into (`nodesOf`), so a proof reads O(log n) stored nodes, never the log.
 */
import { createHash, hash as digest } from 'node:crypto';

export type Hash = Buffer;

/** A complete, aligned subtree: leaves [index·2^level, (index+1)·2^level). */
export interface NodeKey {
  level: number;
  index: number;
}

/** Leaves [start, end) of the tree. */
export interface Range {
  start: number;
  end: number;
}

export const HASH_BYTES = 32;

/** MTH of the empty list. */
export const EMPTY_ROOT: Hash = createHash('sha256').digest();

// The follower hashes one or two leaves an event, so each hash is one call over a reused buffer
// (prefix ‖ data) rather than a Hash object fed piece by piece. Hashing is synchronous: no caller
// can see another's bytes in it.
const leafInput = Buffer.alloc(1 + HASH_BYTES, 0x00);
const nodeInput = Buffer.alloc(1 + 2 * HASH_BYTES, 0x01);

export function leafHash(data: Uint8Array): Hash {
  if (data.byteLength !== HASH_BYTES) return createHash('sha256').update(leafInput.subarray(0, 1)).update(data).digest();
  leafInput.set(data, 1);
  return digest('sha256', leafInput, 'buffer');
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Hash {
  if (left.byteLength !== HASH_BYTES || right.byteLength !== HASH_BYTES) {
    return createHash('sha256').update(nodeInput.subarray(0, 1)).update(left).update(right).digest();
  }
  nodeInput.set(left, 1);
  nodeInput.set(right, 1 + HASH_BYTES);
  return digest('sha256', nodeInput, 'buffer');
}

/** The leaf of an event: its stored hash (64 hex digits) as 32 bytes. */
export function eventLeaf(eventHashHex: string): Hash {
  if (!/^[0-9a-f]{64}$/.test(eventHashHex)) throw new Error(`not a SHA-256 hex digest: ${JSON.stringify(eventHashHex)}`);
  return leafHash(Buffer.from(eventHashHex, 'hex'));
}

/** The largest power of two smaller than n (n > 1). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

const isPowerOfTwo = (n: number): boolean => n > 0 && Number.isInteger(Math.log2(n));

/**
 * The complete subtrees a tree of `size` leaves is made of, largest (leftmost) first: one per bit
 * set in `size`. Appending a leaf needs only these (the "frontier").
 */
export function frontierKeys(size: number): NodeKey[] {
  const keys: NodeKey[] = [];
  for (let level = Math.floor(Math.log2(Math.max(size, 1))); level >= 0; level--) {
    const width = 2 ** level;
    if (Math.floor(size / width) % 2 === 1) keys.push({ level, index: Math.floor(size / width) - 1 });
  }
  return keys;
}

/**
 * The tree's right edge, kept while leaves are appended: O(log n) hashes, and each append returns
 * the complete subtrees it closes (the leaf itself, then one per carry), to be stored.
 */
export class Frontier {
  /** level → the hash of the complete subtree of that level at the right edge. */
  private readonly edge = new Map<number, Hash>();

  constructor(
    private count: number,
    frontier: ReadonlyMap<string, Hash> | null = null,
  ) {
    for (const key of frontierKeys(count)) {
      const hash = frontier?.get(keyOf(key));
      if (!hash) throw new Error(`the tree of ${count} leaves lacks its subtree ${keyOf(key)}`);
      this.edge.set(key.level, hash);
    }
  }

  get size(): number {
    return this.count;
  }

  /** Appends a leaf hash; returns the nodes it completes, the leaf (level 0) first. */
  append(leaf: Hash): { key: NodeKey; hash: Hash }[] {
    let index = this.count;
    let level = 0;
    let hash = leaf;
    const closed = [{ key: { level, index }, hash }];
    while (index % 2 === 1) {
      const left = this.edge.get(level);
      if (!left) throw new Error(`the frontier lacks level ${level}`);
      this.edge.delete(level);
      hash = nodeHash(left, hash);
      level += 1;
      index = (index - 1) / 2;
      closed.push({ key: { level, index }, hash });
    }
    this.edge.set(level, hash);
    this.count += 1;
    return closed;
  }

  /** MTH of the leaves so far. */
  root(): Hash {
    let acc: Hash | null = null;
    const levels = [...this.edge.keys()].sort((a, b) => a - b);
    for (const level of levels) {
      const hash = this.edge.get(level)!;
      acc = acc === null ? hash : nodeHash(hash, acc);
    }
    return acc ?? EMPTY_ROOT;
  }
}

export const keyOf = (key: NodeKey): string => `${key.level}:${key.index}`;

/** Bits set in a non-negative safe integer (beyond 32 bits, where `>>>` no longer reaches). */
function popcount(n: number): number {
  let count = 0;
  for (let rest = n; rest > 0; rest = Math.floor(rest / 2)) count += rest % 2;
  return count;
}

/**
 * How many complete subtrees the first `leaves` leaves close, counting each leaf: appending leaf j
 * closes the leaf and one subtree per trailing 1 bit of j, which sums to 2n − popcount(n). The
 * subtrees are stored in the order they close, so this is where the subtrees of leaf n begin.
 */
export function nodesClosedBy(leaves: number): number {
  return 2 * leaves - popcount(leaves);
}

/** Where a complete subtree comes in the order the subtrees close: after its last leaf's, plus its level. */
export function closingOrder(key: NodeKey): number {
  return nodesClosedBy(lastLeafOf(key)) + key.level;
}

/** The last leaf a complete subtree covers (the one whose append closes it). */
export function lastLeafOf(key: NodeKey): number {
  return (key.index + 1) * 2 ** key.level - 1;
}

/** MTH of a whole list of leaf hashes (O(n); for checkers that hold every leaf). */
export function rootOf(leaves: readonly Hash[]): Hash {
  const frontier = new Frontier(0);
  for (const leaf of leaves) frontier.append(leaf);
  return frontier.root();
}

/** The complete subtrees whose hashes make up MTH(D[start:end]), as RFC 9162 splits it. */
export function nodesOf(range: Range): NodeKey[] {
  const n = range.end - range.start;
  if (n <= 0) throw new Error(`empty range [${range.start}, ${range.end})`);
  if (isPowerOfTwo(n) && range.start % n === 0) return [{ level: Math.log2(n), index: range.start / n }];
  const k = splitPoint(n);
  return [...nodesOf({ start: range.start, end: range.start + k }), ...nodesOf({ start: range.start + k, end: range.end })];
}

/** MTH(D[start:end]) from the stored complete subtrees (every key nodesOf names must be in `nodes`). */
export function rangeHash(range: Range, nodes: ReadonlyMap<string, Hash>): Hash {
  const n = range.end - range.start;
  if (isPowerOfTwo(n) && range.start % n === 0) {
    const key = keyOf({ level: Math.log2(n), index: range.start / n });
    const hash = nodes.get(key);
    if (!hash) throw new Error(`subtree ${key} is not stored`);
    return hash;
  }
  const k = splitPoint(n);
  return nodeHash(rangeHash({ start: range.start, end: range.start + k }, nodes), rangeHash({ start: range.start + k, end: range.end }, nodes));
}

/**
 * RFC 9162 §2.1.3.1: the subtrees whose hashes form the inclusion proof of leaf `m` in the first
 * `n` leaves, in proof order (from the leaf's sibling up to the root's other child).
 */
export function inclusionRanges(m: number, n: number): Range[] {
  if (!(m >= 0 && m < n)) throw new Error(`leaf ${m} is not in a tree of ${n} leaves`);
  const path = (m: number, start: number, end: number): Range[] => {
    const size = end - start;
    if (size <= 1) return [];
    const k = splitPoint(size);
    return m < k ? [...path(m, start, start + k), { start: start + k, end }] : [...path(m - k, start + k, end), { start, end: start + k }];
  };
  return path(m, 0, n);
}

/**
 * RFC 9162 §2.1.4.1: the subtrees whose hashes form the consistency proof between the trees of the
 * first `m` and the first `n` leaves (0 < m <= n), in proof order.
 */
export function consistencyRanges(m: number, n: number): Range[] {
  if (!(m > 0 && m <= n)) throw new Error(`no consistency proof from ${m} to ${n}`);
  const subproof = (m: number, start: number, end: number, b: boolean): Range[] => {
    const size = end - start;
    if (m === size) return b ? [] : [{ start, end }];
    const k = splitPoint(size);
    return m <= k
      ? [...subproof(m, start, start + k, b), { start: start + k, end }]
      : [...subproof(m - k, start + k, end, false), { start, end: start + k }];
  };
  return subproof(m, 0, n, true);
}

/** RFC 9162 §2.1.3.2: whether `proof` shows the leaf `leaf` at `leafIndex` in the tree of `treeSize` with this root. */
export function verifyInclusion(leafIndex: number, treeSize: number, leaf: Hash, proof: readonly Hash[], root: Hash): boolean {
  if (!(Number.isSafeInteger(leafIndex) && Number.isSafeInteger(treeSize) && leafIndex >= 0 && leafIndex < treeSize)) return false;
  let fn = leafIndex;
  let sn = treeSize - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(root);
}

/** RFC 9162 §2.1.4.2: whether `proof` shows the tree of `second` leaves (secondRoot) extends the tree of `first` (firstRoot). */
export function verifyConsistency(first: number, second: number, firstRoot: Hash, secondRoot: Hash, proof: readonly Hash[]): boolean {
  if (!(Number.isSafeInteger(first) && Number.isSafeInteger(second) && first > 0 && first <= second)) return false;
  if (first === second) return proof.length === 0 && firstRoot.equals(secondRoot);
  if (proof.length === 0) return false;
  // "If first is an exact power of 2, then prepend first_hash to the consistency_path array."
  const path = isPowerOfTwo(first) ? [firstRoot, ...proof] : [...proof];
  let fn = first - 1;
  let sn = second - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return fr.equals(firstRoot) && sr.equals(secondRoot) && sn === 0;
}
