/**
 * The follower keeps one Merkle tree over the whole log: after the realistic mix its root is the
 * RFC 9162 root of the leaves of the `/events` feed in feed order, two followers racing on one
 * database build one tree (no leaf twice, none missing), and every complete subtree is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { mixedTestApp } from '../support/realistic-mix.ts';
import type { TestApp } from '../support/app.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { treeFollower } from '../../src/audit/tree-follower.ts';
import { readTreeState } from '../../src/audit/tree.query.ts';
import { eventLeaf, rootOf } from '../../src/audit/merkle.ts';
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
    const { rows: hashes } = await sql<{ stream_id: string; stream_version: number; hash: string; leaf_index: string }>`SELECT e.stream_id, e.stream_version, e.hash, l.leaf_index
      FROM merkle_leaves l JOIN events e USING (stream_id, stream_version) ORDER BY l.leaf_index`.execute(t.handle.db);
    expect(hashes.map((h) => `${h.stream_id}@${h.stream_version}`)).toEqual(feed.map((e) => `${e.streamId}@${e.version}`));
    expect(hashes.map((h) => Number(h.leaf_index))).toEqual(feed.map((_, i) => i));

    const state = await readTreeState(t.handle.db);
    expect(state.size).toBe(feed.length);
    expect(state.root.toString('hex')).toBe(rootOf(hashes.map((h) => eventLeaf(h.hash))).toString('hex'));
    // Every complete subtree: n leaves, then n/2, n/4… nodes per level.
    const { rows: levels } = await sql<{ level: number; count: string }>`SELECT level, count(*) AS count FROM merkle_nodes GROUP BY level ORDER BY level`.execute(t.handle.db);
    expect(levels.map((l) => Number(l.count))).toEqual(levels.map((l) => Math.floor(feed.length / 2 ** l.level)));
  }, 300_000);

  it('appends only what is new, and refuses to rewrite what it stored', async () => {
    const before = await readTreeState(t.handle.db);
    expect(await treeFollower(t.handle.db, { clock: t.clock }).drain()).toBe(0);
    expect((await readTreeState(t.handle.db)).root.equals(before.root)).toBe(true);
    await expect(sql`UPDATE merkle_nodes SET hash = '\\x00' WHERE level = 0`.execute(t.handle.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM merkle_leaves`.execute(t.handle.db)).rejects.toThrow(/append-only/);
  });
});
