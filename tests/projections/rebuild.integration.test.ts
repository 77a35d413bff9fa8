import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { Registry } from '../../src/engine/registry.ts';
import { inlineProjector } from '../../src/projections/inline.ts';
import { Projector, type ProjectionInput } from '../../src/projections/projector.ts';
import { rebuildProjections } from '../../src/projections/rebuild.ts';
import type { ViewOp } from '../../src/projections/view-tables.ts';
import { mixedTestApp } from '../support/realistic-mix.ts';
import { dumpViews } from '../support/view-dump.ts';
import { testMasterKeyFile } from '../support/child-server.ts';

const run = promisify(execFile);

/** Damages every view: rows lost, rows changed, stray rows. */
async function damage(t: TestApp): Promise<void> {
  const db = t.handle.db;
  await sql`DELETE FROM view_inbox WHERE workflow = 'suggestion'`.execute(db);
  await sql`UPDATE view_instances SET state = 'bogus' WHERE workflow = 'recruitment'`.execute(db);
  await sql`DELETE FROM view_members WHERE id = 'm1'`.execute(db);
  await sql`UPDATE view_collections SET collections = collections + 5`.execute(db);
  await sql`DELETE FROM view_pending_replies`.execute(db);
  await sql`UPDATE view_settings SET version = 99`.execute(db);
  await sql`UPDATE view_secondment_decisions SET actor_name = 'someone else'`.execute(db);
  await sql`INSERT INTO view_collections (box, month, collections, suggestions) VALUES ('Ghost', '2024-01', 1, 1)`.execute(db);
}

describe('projections:rebuild', () => {
  let t: TestApp;
  let inline: Record<string, string[]>;
  let eventCount: number;
  let streamCount: number;
  beforeAll(async () => {
    t = await mixedTestApp();
    inline = await dumpViews(t.handle.db);
    const counts = await sql<{ events: string; streams: string }>`SELECT count(*) AS events, count(DISTINCT stream_id) AS streams FROM events`.execute(
      t.handle.db,
    );
    eventCount = Number(counts.rows[0]?.events);
    streamCount = Number(counts.rows[0]?.streams);
  });
  afterAll(async () => {
    await t.close();
  });

  it('the mix touched every view and fired timers of every kind', async () => {
    for (const [table, rows] of Object.entries(inline)) expect(rows.length, table).toBeGreaterThan(0);
    const { rows } = await sql<{ type: string }>`SELECT DISTINCT type FROM events WHERE metadata->'actor'->>'id' = 'system' ORDER BY type`.execute(
      t.handle.db,
    );
    expect(rows.map((r) => r.type)).toEqual(expect.arrayContaining(['AnnualReviewDue', 'InterimReviewDue', 'ReplyOverdue', 'TermEnded', 'MemberRegistered']));
  });

  it('yields exactly the rows the inline projections wrote, in every view table', async () => {
    await damage(t);
    expect(await dumpViews(t.handle.db)).not.toEqual(inline);
    const progress: number[] = [];
    const result = await rebuildProjections(t.handle.db, {
      registry: new Registry(), personalData: t.app.docket.personalData,
      projector: inlineProjector(),
      batchSize: 25,
      chunkSize: 10,
      onProgress: (p) => {
        progress.push(p.events);
      },
    });
    expect(result).toMatchObject({ events: eventCount, streams: streamCount });
    expect(progress[progress.length - 1]).toBe(eventCount);
    expect(progress.length).toBeGreaterThan(2);
    expect(await dumpViews(t.handle.db)).toEqual(inline);
  });

  // chunkSize 1 projects every event alone; larger chunks project each stream's events within the
  // chunk at once (several events, as one command appending several); one chunk holds whole streams.
  it.each([
    { chunkSize: 1, batchSize: 7, concurrentReads: false },
    { chunkSize: 40, batchSize: 100, concurrentReads: false },
    { chunkSize: 100_000, batchSize: 100_000, concurrentReads: false },
    { chunkSize: 1, batchSize: 7, concurrentReads: true },
    { chunkSize: 10, batchSize: 3, concurrentReads: true },
    { chunkSize: 40, batchSize: 100, concurrentReads: true },
  ])('yields the inline rows too with $chunkSize events per chunk, $batchSize per read, reads on a second connection: $concurrentReads', async ({ chunkSize, batchSize, concurrentReads }) => {
    await damage(t);
    const result = await rebuildProjections(t.handle.db, { registry: new Registry(), personalData: t.app.docket.personalData, projector: inlineProjector(), batchSize, chunkSize, concurrentReads });
    expect(result).toMatchObject({ events: eventCount, streams: streamCount });
    expect(await dumpViews(t.handle.db)).toEqual(inline);
  });

  it('in one chunk, projects each stream once with all its events, between its state before and after them', async () => {
    class Recording extends Projector {
      readonly inputs: ProjectionInput[] = [];
      override ops(input: ProjectionInput): ViewOp[] {
        this.inputs.push(input);
        return super.ops(input);
      }
    }
    const recording = new Recording(inlineProjector().projections);
    await rebuildProjections(t.handle.db, { registry: new Registry(), personalData: t.app.docket.personalData, projector: recording, batchSize: 100_000, chunkSize: 100_000 });
    expect(recording.inputs).toHaveLength(streamCount);
    const multi = recording.inputs.filter((i) => i.events.length > 1);
    expect(multi.length).toBeGreaterThan(10);
    for (const input of recording.inputs) {
      expect(input.events.map((e) => e.version)).toEqual(input.events.map((_, i) => i + 1));
      expect(input.events.every((e) => e.streamId === input.streamId)).toBe(true);
      expect(input.before.history).toHaveLength(0);
      expect(input.folded.history).toHaveLength(input.events.length);
    }
    expect(await dumpViews(t.handle.db)).toEqual(inline);
  });

  it.each([true, false])('reads the log on a second connection only when asked (concurrentReads: %s)', async (concurrentReads) => {
    const db = t.handle.db;
    const seen: { writer: number | null; readers: number[] | null }[] = [];
    await rebuildProjections(db, {
      registry: new Registry(), personalData: t.app.docket.personalData,
      projector: inlineProjector(),
      batchSize: 10,
      concurrentReads,
      onProgress: async () => {
        const { rows } = await sql<{ writer: number | null; readers: number[] | null }>`SELECT
            (SELECT pid FROM pg_locks WHERE relation = 'view_instances'::regclass AND mode = 'AccessExclusiveLock' AND granted) AS writer,
            array_agg(pid) FILTER (WHERE query LIKE '%json_agg(json_build_array%' AND state <> 'idle' AND pid <> pg_backend_pid()) AS readers
          FROM pg_stat_activity WHERE datname = current_database()`.execute(db);
        seen.push(rows[0]!);
      },
    });
    expect(seen.length).toBeGreaterThan(2);
    for (const { writer, readers } of seen) {
      expect(writer).not.toBeNull();
      expect(readers?.length).toBeGreaterThan(0);
      if (concurrentReads) expect(readers).not.toContain(writer);
      else expect(readers).toEqual([writer]);
    }
    expect(await dumpViews(db)).toEqual(inline);
  });

  it('never serves a half-built view: a reader during the rebuild waits and then sees the whole view', async () => {
    const db = t.handle.db;
    const whole = inline.view_instances!.length;
    let reader: Promise<number> | null = null;
    let readerWaited = false;
    await rebuildProjections(db, {
      registry: new Registry(), personalData: t.app.docket.personalData,
      projector: inlineProjector(),
      batchSize: 10,
      // After the first batch some rows are in, most are not: a reader now must not see this.
      onProgress: async () => {
        if (reader) return;
        reader = db
          .selectFrom('view_instances')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
          .then((r) => Number(r.n));
        for (let i = 0; i < 2_000 && !readerWaited; i++) {
          const waiting = await sql<{ n: string }>`SELECT count(*) AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%view_instances%'`.execute(db);
          readerWaited = Number(waiting.rows[0]?.n) > 0;
        }
      },
    });
    expect(readerWaited).toBe(true);
    expect(reader).not.toBeNull();
    expect(await reader).toBe(whole);
    expect(await dumpViews(db)).toEqual(inline);
  });

  it('leaves the views as they were when the replay fails', async () => {
    class FailingProjector extends Projector {
      private projected = 0;
      override ops(input: ProjectionInput): ViewOp[] {
        if (++this.projected === 20) throw new Error('boom');
        return super.ops(input);
      }
    }
    const broken = new FailingProjector(inlineProjector().projections);
    await expect(rebuildProjections(t.handle.db, { registry: new Registry(), personalData: t.app.docket.personalData, projector: broken, batchSize: 10, chunkSize: 5 })).rejects.toThrow('boom');
    expect(await dumpViews(t.handle.db)).toEqual(inline);
    // Reading on a second connection, batches ahead: the failure waits for them, and both
    // connections go back to the pool usable (the next rebuild runs on them).
    const failing = new FailingProjector(inlineProjector().projections);
    await expect(
      rebuildProjections(t.handle.db, { registry: new Registry(), personalData: t.app.docket.personalData, projector: failing, batchSize: 3, chunkSize: 2, concurrentReads: true }),
    ).rejects.toThrow('boom');
    expect(await dumpViews(t.handle.db)).toEqual(inline);
    await damage(t);
    await rebuildProjections(t.handle.db, { registry: new Registry(), personalData: t.app.docket.personalData, projector: inlineProjector(), batchSize: 3, concurrentReads: true });
    expect(await dumpViews(t.handle.db)).toEqual(inline);
  });

  it("fails, leaving the views as they were, when projecting a stream writes another stream's row", async () => {
    // The rebuild skips deleting a stream's rows before its first projection (none can exist yet):
    // sound only while a stream's rows are its own, so a projection that breaks that fails it.
    class Trespassing extends Projector {
      override ops(input: ProjectionInput): ViewOp[] {
        const ops = super.ops(input);
        if (input.def.name !== 'suggestion') return ops;
        return ops.map((op) => ('row' in op && op.table === 'view_instances' ? { ...op, row: { ...op.row, stream_id: 'suggestion/elsewhere' } } : op));
      }
    }
    const trespassing = new Trespassing(inlineProjector().projections);
    await expect(rebuildProjections(t.handle.db, { registry: new Registry(), personalData: t.app.docket.personalData, projector: trespassing })).rejects.toThrow(
      /wrote a view_instances row of suggestion\/elsewhere: a stream's rows must be its own/,
    );
    expect(await dumpViews(t.handle.db)).toEqual(inline);
  });

  it('npm run projections:rebuild prints a one-line summary', async () => {
    expect(t.database).not.toBeNull();
    await damage(t);
    const { stdout } = await run('node_modules/.bin/tsx', ['scripts/projections-rebuild.ts'], {
      env: { ...process.env, DATABASE_URL: t.database?.url ?? '', DOCKET_MASTER_KEY: testMasterKeyFile(), LOG_LEVEL: 'silent' },
    });
    expect(stdout).toMatch(new RegExp(`^projections rebuilt on postgres: ${eventCount} events, ${streamCount} streams, [\\d.]+ s, \\d+ events/s`));
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(await dumpViews(t.handle.db)).toEqual(inline);
  });
});
