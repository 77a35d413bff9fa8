/**
 * The follower keeps one Merkle tree over the whole log: after the realistic mix its root is the
 * RFC 9162 root of the leaves of the `/events` feed in feed order, two followers racing on one
 * database build one tree (no leaf twice, none missing), and every complete subtree is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import pg from 'pg';
import { mixedTestApp } from '../support/realistic-mix.ts';
import type { TestApp } from '../support/app.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { treeFollower } from '../../src/audit/tree-follower.ts';
import { readLeaves, readNodes, readTreeState } from '../../src/audit/tree.query.ts';
import { eventLeaf, keyOf, rootOf } from '../../src/audit/merkle.ts';
import { catchUp } from '../support/audit.ts';

describe('the tree follower', () => {
  let t: TestApp;
  let other: DatabaseHandle;
  beforeAll(async () => {
    t = await mixedTestApp();
    if (!t.database) throw new Error('needs PostgreSQL');
    other = await openDatabase({ url: t.database.url, poolSize: 4 });
  });
  afterAll(async () => {
    await other.close();
    await t.close();
  });

  async function feedLeaves() {
    const leaves = [];
    let after = '';
    for (;;) {
      const page = await t.as(t.admin, { method: 'GET', url: `/events?limit=1000&after=${after}` });
      const body = page.json() as { events: { streamId: string; version: number }[]; cursor: string };
      if (body.events.length === 0) break;
      leaves.push(...body.events);
      after = body.cursor;
    }
    return leaves;
  }

  it('two followers on one database build one tree whose root is that of the feed, in feed order', async () => {
    // Small batches so that both followers get turns.
    const one = treeFollower(t.handle.db, { clock: t.clock, batchSize: 7 });
    const two = treeFollower(other.db, { clock: t.clock, batchSize: 5 });
    await Promise.all([catchUp(t.handle.db, one), catchUp(other.db, two), one.drain()]);

    const feed = await feedLeaves();
    expect(feed.length).toBeGreaterThan(80);
    const leaves = await readLeaves(t.handle.db, 0, 10_000);
    const { rows: hashes } = await sql<{ stream_id: string; stream_version: number; hash: string }>`SELECT stream_id, stream_version, hash
      FROM events`.execute(t.handle.db);
    const hashOf = new Map(hashes.map((h) => [`${h.stream_id}@${h.stream_version}`, h.hash]));
    expect(leaves.map((l) => `${l.streamId}@${l.version}`)).toEqual(feed.map((e) => `${e.streamId}@${e.version}`));
    expect(leaves.map((l) => l.leafIndex)).toEqual(feed.map((_, i) => i));
    expect(leaves.map((l) => l.leafHash.toString('hex'))).toEqual(feed.map((e) => eventLeaf(hashOf.get(`${e.streamId}@${e.version}`)!).toString('hex')));

    const state = await readTreeState(t.handle.db);
    expect(state.size).toBe(feed.length);
    expect(state.root.toString('hex')).toBe(rootOf(leaves.map((l) => l.leafHash)).toString('hex'));
    // Every complete subtree is stored, each where its batch put it: a range hash from them is MTH.
    const keys = Array.from({ length: Math.floor(Math.log2(feed.length)) + 1 }, (_, level) =>
      Array.from({ length: Math.floor(feed.length / 2 ** level) }, (_, index) => ({ level, index })),
    ).flat();
    const nodes = await readNodes(t.handle.db, keys);
    expect(nodes.size).toBe(keys.length);
    for (const key of keys) {
      const covered = leaves.slice(key.index * 2 ** key.level, (key.index + 1) * 2 ** key.level).map((l) => l.leafHash);
      expect(nodes.get(keyOf(key))!.equals(rootOf(covered)), keyOf(key)).toBe(true);
    }
    // A subtree not complete yet is not there.
    expect((await readNodes(t.handle.db, [{ level: 0, index: feed.length }])).size).toBe(0);
  }, 300_000);

  it('is a function of the feed: built again from the start of the log, it has the same root', async () => {
    // What migrations/0041_merkle_batches.sql relies on when it starts the tree again.
    await treeFollower(t.handle.db, { clock: t.clock }).drain();
    const before = await readTreeState(t.handle.db);
    const client = new pg.Client({ connectionString: t.database!.url });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query('ALTER TABLE merkle_batches DISABLE TRIGGER USER');
      await client.query('DELETE FROM merkle_batches');
      await client.query('ALTER TABLE merkle_batches ENABLE TRIGGER USER');
      await client.query("UPDATE merkle_tree SET size = 0, root_hash = sha256(''::bytea)");
      await client.query("DELETE FROM consumer_checkpoints WHERE consumer = 'merkle_tree'");
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
    expect(await treeFollower(t.handle.db, { clock: t.clock, batchSize: 13 }).drain()).toBe(before.size);
    const after = await readTreeState(t.handle.db);
    expect(after.size).toBe(before.size);
    expect(after.root.equals(before.root)).toBe(true);
  });

  it('appends only what is new, and refuses to rewrite what it stored', async () => {
    const before = await readTreeState(t.handle.db);
    expect(await treeFollower(t.handle.db, { clock: t.clock }).drain()).toBe(0);
    expect((await readTreeState(t.handle.db)).root.equals(before.root)).toBe(true);
    await expect(sql`UPDATE merkle_batches SET nodes = '\\x00'`.execute(t.handle.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM merkle_batches`.execute(t.handle.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE merkle_batches`.execute(t.handle.db)).rejects.toThrow(/append-only/);
  });
});
