/**
 * Tamper evidence that survives the database administrator (docs/tamper-evidence.md): the Merkle
 * tree's follower, signed checkpoints (issued on demand and every `checkpointIntervalMs`, stored and
 * witnessed outside the database) and RFC 9162 proofs computed from O(log n) stored subtrees.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logging.ts';
import { DomainError } from '../errors.ts';
import type { ConsumerRunner } from '../projections/consumer.ts';
import type { EventLink } from '../store/event-store.ts';
import { readSnapshot } from '../store/snapshot.ts';
import { consistencyRanges, eventLeaf, inclusionRanges, nodesOf, rangeHash, type Range } from './merkle.ts';
import { lookUpLeaf, readLeaves, readNodes, readTreeState, type StoredLeaf } from './tree.query.ts';
import { insertCheckpoint, latestCheckpoint } from './checkpoint.query.ts';
import { signCheckpoint, type Checkpoint, type SigningKey } from './signing.ts';
import { treeFollower } from './tree-follower.ts';
import { witness, type Witnessed, type WitnessOptions } from './witness.ts';
import type { Executor } from '../store/types.ts';

export interface TamperEvidenceOptions {
  /** null: checkpoints are not issued here (GET still answers those other servers stored). */
  signingKey: SigningKey | null;
  witness?: WitnessOptions;
}

export interface ConsistencyProof {
  from: number;
  to: number;
  /** RFC 9162 §2.1.4 consistency path, hex. */
  proof: string[];
}

export interface InclusionProof {
  streamId: string;
  version: number;
  leafIndex: number;
  treeSize: number;
  /** The event's hash as the log holds it now; the leaf is SHA-256(0x00 ‖ its 32 bytes). */
  eventHash: string;
  leafHash: string;
  /** RFC 9162 §2.1.3 inclusion path, hex. */
  proof: string[];
}

export type DecisionProof =
  | ({ status: 'included' } & Pick<InclusionProof, 'version' | 'leafIndex' | 'treeSize' | 'eventHash' | 'proof'>)
  | { status: 'pending'; version: number }
  /** The tree has a leaf for it, and the log no longer holds the event: removed behind the triggers. */
  | { status: 'missing'; version: number; leafIndex: number };

const noKey = () => new DomainError('signing_key_missing', 'this server has no signing key (DOCKET_SIGNING_KEY): it issues no checkpoints', 409);

/** The hashes of `ranges` (each a subtree of the first `size` leaves), from the stored complete subtrees: one read. */
async function hashesOf(db: Executor, ranges: readonly Range[]): Promise<string[]> {
  const nodes = await readNodes(db, ranges.flatMap((r) => nodesOf(r)));
  return ranges.map((r) => rangeHash(r, nodes).toString('hex'));
}

export class TamperEvidence {
  readonly tree: ConsumerRunner<EventLink>;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
    private readonly options: TamperEvidenceOptions,
    private readonly logger?: Logger,
  ) {
    this.tree = treeFollower(db, { clock, ...(logger ? { logger } : {}) });
  }

  get publicKey(): { keyId: string; algorithm: 'Ed25519'; publicKey: string } | null {
    const key = this.options.signingKey;
    return key ? { keyId: key.keyId, algorithm: 'Ed25519', publicKey: key.publicKeyPem } : null;
  }

  /** Brings the tree up to the log (as far as the gap-safe order allows), signs its root, stores and witnesses it. */
  async issueCheckpoint(): Promise<{ checkpoint: Checkpoint; witnessed: Witnessed }> {
    const key = this.options.signingKey;
    if (!key) throw noKey();
    // A batch the follower cannot append (an event whose stored hash is no SHA-256 digest) leaves the
    // tree where it was: the tree as it stands is signed, and the failure is logged.
    await this.tree.drain().catch((error: unknown) => this.logger?.warn({ err: error }, 'the Merkle tree could not take the next events; signing it as it stands'));
    const state = await readTreeState(this.db);
    const checkpoint = signCheckpoint(key, { treeSize: state.size, rootHash: state.root.toString('hex'), issuedAt: this.clock.now().toISOString() });
    await insertCheckpoint(this.db, checkpoint);
    const witnessed = await witness(checkpoint, this.options.witness ?? {}, this.logger);
    this.logger?.info({ treeSize: checkpoint.treeSize, rootHash: checkpoint.rootHash, keyId: checkpoint.keyId }, 'checkpoint issued');
    return { checkpoint, witnessed };
  }

  latestCheckpoint(): Promise<Checkpoint | null> {
    return latestCheckpoint(this.db);
  }

  async consistencyProof(from: number, to: number): Promise<ConsistencyProof> {
    if (from > to) throw new DomainError('invalid_range', `from (${from}) is larger than to (${to})`, 400);
    // No snapshot needed: the tree only grows, and a subtree once stored never changes.
    const { size } = await readTreeState(this.db);
    if (to > size) throw new DomainError('unknown_tree_size', `the tree has ${size} leaves; there is no tree of ${to}`, 404, { treeSize: size });
    return { from, to, proof: await hashesOf(this.db, consistencyRanges(from, to)) };
  }

  /** The proof for a stream's version in the tree of `treeSize` leaves (default: the latest checkpoint's). */
  async inclusionProof(streamId: string, version: number, treeSize?: number): Promise<InclusionProof> {
    // No snapshot needed: the tree only grows, and a subtree or leaf once stored never changes.
    const { treeSize: size, checkpointSize, leaf, orphanLeaf } = await lookUpLeaf(this.db, streamId, version);
    const target = treeSize ?? checkpointSize ?? size;
    if (target > size) throw new DomainError('unknown_tree_size', `the tree has ${size} leaves; there is no tree of ${target}`, 404, { treeSize: size });
    if (orphanLeaf !== null) {
      throw new DomainError('event_missing', `the tree has ${streamId} version ${version} as leaf ${orphanLeaf}, and the log no longer holds that event`, 404, { leafIndex: orphanLeaf });
    }
    if (!leaf) throw new DomainError('not_in_tree', `${streamId} version ${version} is not a leaf of the tree (no such event, or not yet added)`, 404);
    if (leaf.leafIndex >= target) {
      throw new DomainError('not_in_tree_size', `${streamId} version ${version} is leaf ${leaf.leafIndex}, after the tree of ${target} leaves`, 422, { leafIndex: leaf.leafIndex });
    }
    return {
      streamId,
      version,
      leafIndex: leaf.leafIndex,
      treeSize: target,
      eventHash: leaf.eventHash,
      leafHash: eventLeaf(leaf.eventHash).toString('hex'),
      proof: await hashesOf(this.db, inclusionRanges(leaf.leafIndex, target)),
    };
  }


  /**
   * The latest checkpoint and, for each of a stream's versions, its inclusion proof in that
   * checkpoint's tree, or `pending` when the checkpoint came before it (or there is none yet).
   */
  async proofsAgainstLatest(streamId: string, versions: readonly number[]): Promise<{ checkpoint: Checkpoint | null; proofs: DecisionProof[] }> {
    const checkpoint = await this.latestCheckpoint();
    const proofs: DecisionProof[] = [];
    for (const version of versions) {
      if (!checkpoint || checkpoint.treeSize === 0) {
        proofs.push({ status: 'pending', version });
        continue;
      }
      try {
        const p = await this.inclusionProof(streamId, version, checkpoint.treeSize);
        proofs.push({ status: 'included', version, leafIndex: p.leafIndex, treeSize: p.treeSize, eventHash: p.eventHash, proof: p.proof });
      } catch (error) {
        if (!(error instanceof DomainError) || !['not_in_tree', 'not_in_tree_size', 'event_missing'].includes(error.code)) throw error;
        proofs.push(error.code === 'event_missing' ? { status: 'missing', version, leafIndex: Number(error.extra.leafIndex) } : { status: 'pending', version });
      }
    }
    return { checkpoint, proofs };
  }

  /** Leaves [from, from + limit) as the tree stored them, and the tree's size. */
  async leaves(from: number, limit: number): Promise<{ treeSize: number; leaves: StoredLeaf[] }> {
    return readSnapshot(this.db, async (trx) => ({ treeSize: (await readTreeState(trx)).size, leaves: await readLeaves(trx, from, limit) }));
  }

  /**
   * Follows the log every `treeIntervalMs`; issues a checkpoint every `checkpointIntervalMs` when the
   * tree grew since the latest one (with a signing key).
   */
  start(treeIntervalMs: number, checkpointIntervalMs: number): void {
    this.tree.start(treeIntervalMs);
    if (!this.options.signingKey) return;
    const loop = async () => {
      try {
        await this.tree.drain();
        const [latest, state] = [await this.latestCheckpoint(), await readTreeState(this.db)];
        if (!latest || latest.treeSize < state.size) await this.issueCheckpoint();
      } catch (error) {
        this.logger?.warn({ err: error }, 'issuing a checkpoint failed; will retry');
      }
      if (this.timer !== null) this.timer = setTimeout(() => (this.running = loop()), checkpointIntervalMs);
    };
    this.timer = setTimeout(() => (this.running = loop()), checkpointIntervalMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    await this.tree.stop();
  }
}
