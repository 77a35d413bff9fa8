/**
 * The tree's hashing and proofs against RFC 9162: roots equal the recursive definition, every
 * inclusion and consistency proof built from stored subtrees verifies with the RFC's verification
 * algorithms, and a proof for another leaf, size or root does not.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  consistencyRanges,
  EMPTY_ROOT,
  Frontier,
  inclusionRanges,
  closingOrder,
  keyOf,
  lastLeafOf,
  leafHash,
  nodeHash,
  nodesClosedBy,
  nodesOf,
  rangeHash,
  rootOf,
  splitPoint,
  verifyConsistency,
  verifyInclusion,
  type Hash,
} from '../../src/audit/merkle.ts';

/** MTH exactly as RFC 9162 §2.1.1 writes it. */
function mth(leaves: Hash[]): Hash {
  if (leaves.length === 0) return createHash('sha256').digest();
  if (leaves.length === 1) return leaves[0]!;
  const k = splitPoint(leaves.length);
  return nodeHash(mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}

const leavesOf = (n: number): Hash[] => Array.from({ length: n }, (_, i) => leafHash(createHash('sha256').update(`event ${i}`).digest()));

/** Every complete subtree of the leaves, as the follower stores them. */
function storedNodes(leaves: Hash[]): Map<string, Hash> {
  const frontier = new Frontier(0);
  const nodes = new Map<string, Hash>();
  for (const leaf of leaves) for (const { key, hash } of frontier.append(leaf)) nodes.set(keyOf(key), hash);
  return nodes;
}

describe('the Merkle tree (RFC 9162)', () => {
  const leaves = leavesOf(70);
  const nodes = storedNodes(leaves);

  it('hashes leaves and nodes with the 0x00 / 0x01 prefixes', () => {
    const data = Buffer.alloc(32, 7);
    expect(leafHash(data)).toEqual(createHash('sha256').update(Buffer.concat([Buffer.from([0]), data])).digest());
    expect(nodeHash(data, data)).toEqual(createHash('sha256').update(Buffer.concat([Buffer.from([1]), data, data])).digest());
    expect(EMPTY_ROOT.toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('gives the root of the recursive definition at every size, appending one leaf at a time', () => {
    const frontier = new Frontier(0);
    for (let n = 0; n <= leaves.length; n++) {
      expect(frontier.root().equals(mth(leaves.slice(0, n))), `size ${n}`).toBe(true);
      if (n < leaves.length) frontier.append(leaves[n]!);
    }
    expect(rootOf(leaves).equals(mth(leaves))).toBe(true);
  });

  it('resumes from the stored frontier as if it had never stopped', () => {
    for (const size of [1, 5, 32, 33, 63]) {
      const resumed = new Frontier(size, nodes);
      for (const leaf of leaves.slice(size)) resumed.append(leaf);
      expect(resumed.root().equals(mth(leaves)), `from ${size}`).toBe(true);
    }
    expect(() => new Frontier(5, new Map())).toThrow(/lacks its subtree/);
  });

  it('numbers the subtrees in the order appends close them, so a batch stores them as one run', () => {
    // The follower stores each batch's closed subtrees back to back and finds one by closingOrder.
    const frontier = new Frontier(0);
    let order = 0;
    for (let leaf = 0; leaf < 300; leaf++) {
      expect(nodesClosedBy(leaf), `before leaf ${leaf}`).toBe(order);
      for (const { key } of frontier.append(leafHash(Buffer.alloc(32, leaf % 256)))) {
        expect(lastLeafOf(key), keyOf(key)).toBe(leaf);
        expect(closingOrder(key), keyOf(key)).toBe(order++);
      }
    }
    // Past 32 bits, where bitwise operators would wrap.
    expect(nodesClosedBy(2 ** 40 + 3)).toBe(2 * (2 ** 40 + 3) - 3);
    expect(closingOrder({ level: 3, index: 2 ** 37 })).toBe(nodesClosedBy((2 ** 37 + 1) * 8 - 1) + 3);
  });

  it('computes any range from O(log n) stored subtrees', () => {
    for (let n = 1; n <= leaves.length; n++) {
      const keys = nodesOf({ start: 0, end: n });
      expect(keys.length).toBeLessThanOrEqual(Math.ceil(Math.log2(n + 1)));
      expect(rangeHash({ start: 0, end: n }, nodes).equals(mth(leaves.slice(0, n)))).toBe(true);
    }
  });

  it('builds inclusion proofs that the RFC verifier accepts, and refuses wrong ones', () => {
    for (let n = 1; n <= leaves.length; n++) {
      const root = mth(leaves.slice(0, n));
      for (let m = 0; m < n; m++) {
        const proof = inclusionRanges(m, n).map((r) => rangeHash(r, nodes));
        expect(verifyInclusion(m, n, leaves[m]!, proof, root), `leaf ${m} of ${n}`).toBe(true);
        if (n > 1) {
          expect(verifyInclusion(m, n, leaves[(m + 1) % n]!, proof, root)).toBe(false);
          expect(verifyInclusion((m + 1) % n, n, leaves[m]!, proof, root)).toBe(false);
        }
        expect(verifyInclusion(m, n, leaves[m]!, proof, nodeHash(root, root))).toBe(false);
      }
      expect(verifyInclusion(n, n, leaves[0]!, [], root)).toBe(false);
    }
  });

  it('builds consistency proofs that the RFC verifier accepts, and refuses wrong ones', () => {
    for (let n = 1; n <= leaves.length; n++) {
      const second = mth(leaves.slice(0, n));
      for (let m = 1; m <= n; m++) {
        const first = mth(leaves.slice(0, m));
        const proof = consistencyRanges(m, n).map((r) => rangeHash(r, nodes));
        expect(verifyConsistency(m, n, first, second, proof), `${m} → ${n}`).toBe(true);
        if (m < n) {
          expect(verifyConsistency(m, n, second, second, proof)).toBe(false);
          expect(verifyConsistency(m, n, first, first, proof)).toBe(false);
          expect(verifyConsistency(m, n, first, second, proof.slice(1))).toBe(false);
        }
      }
    }
  });

  it('refuses a consistency proof between two trees that differ in an early leaf', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 29 }), (extra, changed) => {
        const m = 30;
        const n = m + extra;
        const rewritten = [...leaves];
        rewritten[changed] = leafHash(Buffer.alloc(32, 1));
        const honest = mth(leaves.slice(0, m));
        const proof = consistencyRanges(m, n).map((r) => rangeHash(r, storedNodes(rewritten)));
        return !verifyConsistency(m, n, honest, mth(rewritten.slice(0, n)), proof);
      }),
    );
  });
});
