/**
 * Benchmark 8: the Merkle tree over the log. (a) How fast the follower turns committed events into
 * leaves (it must keep up with the command load of benchmark 1, ≥ 2,000 appends/s): `events`
 * synthetic events are written straight into the log, then the follower drains them. (b) How long a
 * proof takes at that size (< 10 ms at 1,000,000 leaves): inclusion proofs of random events and
 * consistency proofs between random sizes, through the service the routes call, each checked.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { ManualClock } from '../src/clock.ts';
import { TamperEvidence } from '../src/audit/tamper-evidence.ts';
import { eventLeaf, Frontier, frontierKeys, verifyConsistency, verifyInclusion, rangeHash, nodesOf } from '../src/audit/merkle.ts';
import { readNodes, readTreeState } from '../src/audit/tree.query.ts';

export interface MerkleFigures {
  leaves: number;
  appendsPerSecond: number;
  inclusionP50: number;
  inclusionP95: number;
  inclusionP99: number;
  consistencyP50: number;
  consistencyP95: number;
  consistencyP99: number;
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
const PER_STREAM = 100;

export async function benchMerkle(url: string, events: number, proofs = 500): Promise<MerkleFigures> {
  const database = await openDatabase({ url, poolSize: 4, statementTimeoutMs: 1_800_000 });
  await migrate(database);
  const db = database.db;
  try {
    const streams = Math.ceil(events / PER_STREAM);
    await sql`INSERT INTO streams (stream_id, workflow, workflow_version, version, last_hash, state, created_at, updated_at)
      SELECT 'bench/' || s, 'bench', 1, ${PER_STREAM}::int, repeat('0', 64), NULL, now(), now() FROM generate_series(1, ${streams}::int) s`.execute(db);
    // In chunks of streams: one transaction per chunk, as many commits would write them.
    for (let first = 1; first <= streams; first += 1_000) {
      await sql`INSERT INTO events (stream_id, stream_version, workflow, workflow_version, type, data, metadata, occurred_on, recorded_at, prev_hash, hash)
        SELECT 'bench/' || s, v, 'bench', 1, 'BenchEvent', '{}'::jsonb, '{"actor":{"id":"bench","name":"bench","role":"system"}}'::jsonb,
          DATE '2024-03-01', now(), repeat('0', 64), encode(sha256(convert_to(s || ':' || v, 'UTF8')), 'hex')
        FROM generate_series(${first}::int, ${Math.min(streams, first + 999)}::int) s, generate_series(1, ${PER_STREAM}::int) v
        WHERE (s - 1) * ${PER_STREAM}::int + v <= ${events}::int
        ORDER BY v, s`.execute(db);
    }

    const evidence = new TamperEvidence(db, new ManualClock('2024-03-01T09:00:00Z'), { signingKey: null });
    // Only the batches that appended count: on a shared server another database's long transaction
    // can hold the gap-safe order back for a while (nothing to do then is not the tree's speed).
    let busyMs = 0;
    let appended = 0;
    const deadline = Date.now() + 3_600_000;
    while (appended < events && Date.now() < deadline) {
      const started = performance.now();
      const run = await evidence.tree.runOnce();
      if (run.processed > 0) busyMs += performance.now() - started;
      else await new Promise((resolve) => setTimeout(resolve, 200));
      appended += run.processed;
    }
    const state = await readTreeState(db);
    if (state.size !== events) throw new Error(`the tree holds ${state.size} of ${events} leaves`);
    // The stored root is that of the stored right edge.
    const edge = await readNodes(db, frontierKeys(state.size));
    if (!new Frontier(state.size, edge).root().equals(state.root)) throw new Error('the stored root is not the root of the stored subtrees');

    const inclusion: number[] = [];
    const consistency: number[] = [];
    for (let i = 0; i < proofs; i++) {
      const s = 1 + Math.floor(Math.random() * streams);
      const v = 1 + Math.floor(Math.random() * Math.min(PER_STREAM, Math.floor((events - (s - 1) * PER_STREAM)) || 1));
      let started = performance.now();
      const p = await evidence.inclusionProof(`bench/${s}`, v, state.size);
      inclusion.push(performance.now() - started);
      if (!verifyInclusion(p.leafIndex, p.treeSize, eventLeaf(p.eventHash), p.proof.map((h) => Buffer.from(h, 'hex')), state.root)) {
        throw new Error(`the inclusion proof of bench/${s}@${v} does not verify`);
      }
      const from = 1 + Math.floor(Math.random() * (state.size - 1));
      started = performance.now();
      const c = await evidence.consistencyProof(from, state.size);
      consistency.push(performance.now() - started);
      if (i < 20) {
        const fromRoot = rangeHash({ start: 0, end: from }, await readNodes(db, nodesOf({ start: 0, end: from })));
        if (!verifyConsistency(from, state.size, fromRoot, state.root, c.proof.map((h) => Buffer.from(h, 'hex')))) throw new Error(`the consistency proof ${from} → ${state.size} does not verify`);
      }
    }
    return {
      leaves: state.size,
      appendsPerSecond: events / (busyMs / 1000),
      inclusionP50: percentile(inclusion, 50),
      inclusionP95: percentile(inclusion, 95),
      inclusionP99: percentile(inclusion, 99),
      consistencyP50: percentile(consistency, 50),
      consistencyP95: percentile(consistency, 95),
      consistencyP99: percentile(consistency, 99),
    };
  } finally {
    await database.close();
  }
}
