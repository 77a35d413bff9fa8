/**
 * The offline checker (`npm run audit:check`, scripts/audit-check.ts): given a checkpoint saved
 * earlier and the public key, it proves that the log the server serves now is the one that
 * checkpoint signed, grown only by appends, or names the first event that differs.
 *
 * It trusts nothing the server says without checking it: the latest checkpoint's signature; the
 * consistency proof, against both signed roots; every event, whose hash it recomputes from its
 * content and its stream's chain (the published algorithm, src/store/canonical.ts) and whose leaf it
 * derives from that; the roots of those leaves, against both signed roots. To name the first event
 * that differs it takes the tree's stored leaves only once they hash to a signed root.
 */
import type { KeyObject } from 'node:crypto';
import { eventHash, GENESIS_HASH } from '../store/canonical.ts';
import { EMPTY_ROOT, eventLeaf, Frontier, rootOf, verifyConsistency, type Hash } from './merkle.ts';
import { checkpointSignedBy, type Checkpoint } from './signing.ts';

/** GET a path of the server (with the caller's credentials); status and parsed JSON body. */
export type Get = (path: string) => Promise<{ status: number; body: unknown }>;

export class CheckerInputError extends Error {}

export interface Difference {
  leafIndex: number;
  /** The event the signed tree has at this leaf, as the server's tree index names it (null: unknown). */
  signed: { streamId: string; version: number } | null;
  /** The event the feed serves at this place now (null: the feed ends before it). */
  served: { streamId: string; version: number } | null;
  detail: string;
}

export type CheckResult =
  | { ok: true; saved: Checkpoint; latest: Checkpoint; eventsChecked: number }
  | { ok: false; saved: Checkpoint; latest: Checkpoint | null; problem: string; difference: Difference | null };

const HEX64 = /^[0-9a-f]{64}$/;

/** A checkpoint from untrusted JSON (a file or an answer): its shape, or a CheckerInputError naming what is wrong. */
export function parseCheckpoint(value: unknown, what: string): Checkpoint {
  const c = value as Partial<Record<keyof Checkpoint, unknown>> | null;
  const wrong = (field: string) => new CheckerInputError(`${what} is not a checkpoint: ${field}`);
  if (c === null || typeof c !== 'object' || Array.isArray(c)) throw wrong('not a JSON object');
  if (typeof c.treeSize !== 'number' || !Number.isSafeInteger(c.treeSize) || c.treeSize < 0) throw wrong('treeSize must be a whole number >= 0');
  if (typeof c.rootHash !== 'string' || !HEX64.test(c.rootHash)) throw wrong('rootHash must be 64 lowercase hex digits');
  if (typeof c.issuedAt !== 'string' || Number.isNaN(Date.parse(c.issuedAt))) throw wrong('issuedAt must be an ISO 8601 time');
  if (typeof c.keyId !== 'string' || c.keyId.length === 0) throw wrong('keyId is missing');
  if (typeof c.signature !== 'string' || c.signature.length === 0) throw wrong('signature is missing');
  return { treeSize: c.treeSize, rootHash: c.rootHash, issuedAt: c.issuedAt, keyId: c.keyId, signature: c.signature };
}

interface FeedEvent {
  streamId: string;
  version: number;
  type: string;
  data: unknown;
  /** The data and metadata as stored, when personal fields or the comment are sealed: what the hash covers. */
  storedData?: unknown;
  storedMetadata?: unknown;
  metadata: unknown;
  occurredOn: string;
  recordedAt: string;
  hash: string;
}

async function json(get: Get, path: string): Promise<unknown> {
  const answer = await get(path);
  if (answer.status !== 200) {
    const detail = (answer.body as { detail?: unknown } | null)?.detail;
    throw new CheckerInputError(`GET ${path} answered ${answer.status}${typeof detail === 'string' ? `: ${detail}` : ''}`);
  }
  return answer.body;
}

/** An event of the feed as the checker keeps it: where it is, and its leaf from the recomputed hash. */
interface Place {
  streamId: string;
  version: number;
}

/**
 * The first `count` events of the feed (fewer when it ends first), in feed order, as places and
 * leaves: each event's hash recomputed from its content and its stream's chain, as the log's writer
 * chains it, and its leaf derived from that. Page by page: only the places and leaves are kept.
 */
async function recomputeFeed(get: Get, count: number): Promise<{ places: Place[]; leaves: Hash[]; firstEdit: { index: number; detail: string } | null }> {
  const heads = new Map<string, { version: number; hash: string }>();
  const places: Place[] = [];
  const leaves: Hash[] = [];
  let firstEdit: { index: number; detail: string } | null = null;
  let after = '';
  while (places.length < count) {
    const page = (await json(get, `/events?limit=1000${after ? `&after=${encodeURIComponent(after)}` : ''}`)) as { events: FeedEvent[]; cursor: string };
    if (page.events.length === 0) break;
    for (const e of page.events.slice(0, count - places.length)) {
      const index = places.length;
      const head = heads.get(e.streamId) ?? { version: 0, hash: GENESIS_HASH };
      if (firstEdit === null && e.version !== head.version + 1) firstEdit = { index, detail: `version ${e.version} follows version ${head.version} of its stream` };
      const hash = eventHash(head.hash, {
        streamId: e.streamId,
        version: e.version,
        type: e.type,
        data: e.storedData ?? e.data,
        metadata: e.storedMetadata ?? e.metadata,
        occurredOn: e.occurredOn,
        recordedAt: e.recordedAt,
      });
      if (firstEdit === null && hash !== e.hash) firstEdit = { index, detail: 'its content does not match the hash recorded with it' };
      heads.set(e.streamId, { version: e.version, hash });
      places.push({ streamId: e.streamId, version: e.version });
      leaves.push(eventLeaf(hash));
    }
    after = page.cursor;
  }
  return { places, leaves, firstEdit };
}

/** The tree's stored leaves [0, size), if they hash to `root` (else null: the server's tree was rewritten too). */
async function authenticLeaves(get: Get, size: number, root: Hash): Promise<{ hash: Hash; streamId: string; version: number }[] | null> {
  const leaves: { hash: Hash; streamId: string; version: number }[] = [];
  while (leaves.length < size) {
    const page = (await json(get, `/audit/tree/leaves?from=${leaves.length}&limit=10000`)) as { leaves: { leafIndex: number; streamId: string; version: number; leafHash: string }[] };
    if (page.leaves.length === 0) break;
    for (const l of page.leaves) {
      if (leaves.length >= size) break;
      if (l.leafIndex !== leaves.length || !HEX64.test(l.leafHash)) return null;
      leaves.push({ hash: Buffer.from(l.leafHash, 'hex'), streamId: l.streamId, version: l.version });
    }
  }
  if (leaves.length !== size) return null;
  const frontier = new Frontier(0);
  for (const l of leaves) frontier.append(l.hash);
  return frontier.root().equals(root) ? leaves : null;
}

/** Where the recomputed leaves first differ from the leaves of a signed tree (of `size` leaves, root `root`). */
async function locate(get: Get, events: readonly Place[], leaves: readonly Hash[], size: number, root: Hash): Promise<Difference | null> {
  const signed = await authenticLeaves(get, size, root);
  if (!signed) return null;
  for (let i = 0; i < size; i++) {
    const recomputed = leaves[i];
    if (recomputed && recomputed.equals(signed[i]!.hash)) continue;
    const e = events[i];
    const s = signed[i]!;
    const served = e ? { streamId: e.streamId, version: e.version } : null;
    const same = served !== null && served.streamId === s.streamId && served.version === s.version;
    return {
      leafIndex: i,
      signed: { streamId: s.streamId, version: s.version },
      served,
      detail: !served
        ? `the log now ends before leaf ${i}: ${s.streamId} version ${s.version} and what followed it are gone`
        : same
          ? `${s.streamId} version ${s.version} was changed after it was signed`
          : `the signed log has ${s.streamId} version ${s.version} at leaf ${i}; the log now has ${served.streamId} version ${served.version} there (an event was removed or inserted)`,
    };
  }
  return null;
}

export async function checkLog(get: Get, saved: Checkpoint, publicKey: KeyObject): Promise<CheckResult> {
  if (!checkpointSignedBy(publicKey, saved)) {
    throw new CheckerInputError('the saved checkpoint is not signed by this public key (another key, or an altered checkpoint)');
  }
  const latest = parseCheckpoint(await json(get, '/audit/checkpoint'), 'the server’s latest checkpoint');
  const fail = (problem: string, difference: Difference | null = null): CheckResult => ({ ok: false, saved, latest, problem, difference });
  if (!checkpointSignedBy(publicKey, latest)) return fail('the server’s latest checkpoint is not signed by this public key');
  if (latest.treeSize < saved.treeSize) return fail(`the server’s latest checkpoint has ${latest.treeSize} leaves, fewer than the ${saved.treeSize} of the saved one: the log was cut back`);

  const savedRoot = Buffer.from(saved.rootHash, 'hex');
  const latestRoot = Buffer.from(latest.rootHash, 'hex');
  let consistent: boolean;
  if (saved.treeSize === 0) consistent = savedRoot.equals(EMPTY_ROOT);
  else if (saved.treeSize === latest.treeSize) consistent = savedRoot.equals(latestRoot);
  else {
    const { proof } = (await json(get, `/audit/proofs/consistency?from=${saved.treeSize}&to=${latest.treeSize}`)) as { proof: unknown };
    const path = Array.isArray(proof) && proof.every((p) => typeof p === 'string' && HEX64.test(p)) ? proof.map((p: string) => Buffer.from(p, 'hex')) : null;
    consistent = path !== null && verifyConsistency(saved.treeSize, latest.treeSize, savedRoot, latestRoot, path);
  }

  const { places: events, leaves, firstEdit } = await recomputeFeed(get, latest.treeSize);
  const savedMatches = events.length >= saved.treeSize && rootOf(leaves.slice(0, saved.treeSize)).equals(savedRoot);
  const latestMatches = events.length === latest.treeSize && rootOf(leaves).equals(latestRoot);
  if (consistent && savedMatches && latestMatches) return { ok: true, saved, latest, eventsChecked: events.length };

  // Name the first event that differs, against the largest tree the saved checkpoint vouches for.
  const [size, root] = consistent ? [latest.treeSize, latestRoot] : [saved.treeSize, savedRoot];
  const difference = await locate(get, events, leaves, size, root);
  const problem = !consistent
    ? `the log the server holds now is not an extension of the saved checkpoint (${saved.treeSize} leaves, issued ${saved.issuedAt})`
    : `the events the server serves now do not hash to the signed checkpoints`;
  if (difference) return fail(problem, difference);
  if (firstEdit) {
    const e = events[firstEdit.index]!;
    return fail(`${problem}; the server’s own tree was rewritten too`, {
      leafIndex: firstEdit.index,
      signed: null,
      served: { streamId: e.streamId, version: e.version },
      detail: `${e.streamId} version ${e.version}: ${firstEdit.detail}`,
    });
  }
  return fail(`${problem}; the server’s own tree was rewritten too, so the first event that differs cannot be named from here`);
}

