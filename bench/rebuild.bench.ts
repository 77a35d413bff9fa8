/**
 * Benchmark 5: projection rebuild over 1,000,000 events. A suggestion is taken through its whole
 * life by real commands (5 events); its events are then cloned in SQL into 200,000 streams, in
 * blocks of `blockStreams` streams whose events interleave (the clones' hashes are not recomputed:
 * the rebuild does not read them).
 *
 * The block size decides how the log is laid out on disk: blocks of 1,000 streams keep each
 * stream's 5 events within 5,000 events of each other; blocks of 20,000 spread them over 100,000,
 * as in a log where streams live long and interleave widely. The rebuild replays in stream order
 * either way (each stream's life folded and projected once), so the layout changes only where
 * PostgreSQL finds a stream's events. Both are printed (5a, 5b), each the median of 3 rebuilds of
 * the same log.
 */
import { sql } from 'kysely';
import { buildApp } from '../src/app.ts';
import { openDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { ManualClock } from '../src/clock.ts';
import { rebuildProjections } from '../src/projections/rebuild.ts';
import { inlineProjector } from '../src/projections/inline.ts';

export interface RebuildRun {
  events: number;
  streams: number;
  seconds: number;
  perSecond: number;
}

export interface RebuildFigures {
  /** Each rebuild of the same log, in the order run. */
  runs: RebuildRun[];
  /** The median run's events per second. */
  medianPerSecond: number;
}

export async function benchRebuild(url: string, targetEvents = 1_000_000, blockStreams = 1_000, rebuilds = 3): Promise<RebuildFigures> {
  const database = await openDatabase({ url, poolSize: 4, statementTimeoutMs: 3_600_000 });
  await migrate(database);
  const app = await buildApp({ database, clock: new ManualClock('2026-03-01T09:00:00Z'), logLevel: 'silent' });
  await app.ready();
  try {
    const p = app.docket.principals;
    const manager = await p.create({ name: 'Manager', roles: ['suggestion_manager'] }, 'bench');
    const handler = await p.create({ name: 'Handler', roles: ['handler'] }, 'bench');
    const send = async (who: { token: string }, url: string, payload: unknown) => {
      const res = await app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${who.token}` }, payload: payload as object });
      if (res.statusCode >= 300) throw new Error(`${url}: ${res.body}`);
      return res.json() as { id: string };
    };
    const { id } = await send(manager, '/workflows/suggestion/instances', {
      type: 'RegisterSuggestion', receivedOn: '2026-02-20', channel: 'box', category: 'roads', content: 'template', submitter: { name: 'Li', contact: 'x' },
    });
    const base = `/workflows/suggestion/instances/${id}/commands`;
    await send(manager, base, { type: 'AssignHandler', principalId: handler.id });
    await send(handler, base, { type: 'Reply', method: 'written', content: 'done' });
    await send(manager, base, { type: 'RecordSatisfaction', satisfied: true });
    await send(manager, base, { type: 'Close' });
    const template = `suggestion/${id}`;
    const perStream = 5;
    const copies = Math.ceil(targetEvents / perStream) - 1;
    // Each copy's head records the state its last event led to, as the engine records it: without
    // it a rebuild would fold every stream.
    await sql`INSERT INTO streams (stream_id, workflow, workflow_version, version, last_hash, state, created_at, updated_at)
      SELECT stream_id || '-' || g, workflow, workflow_version, version, last_hash,
        state, created_at, updated_at
      FROM streams, generate_series(1, ${copies}) g WHERE stream_id = ${template}`.execute(database.db);
    await sql`INSERT INTO events (stream_id, stream_version, workflow, workflow_version, type, data, metadata, occurred_on, recorded_at, prev_hash, hash)
      SELECT e.stream_id || '-' || g, e.stream_version, e.workflow, e.workflow_version, e.type,
        -- each copy its own case number after the template's (the view keeps them unique); hashes are not checked here
        CASE WHEN e.data ? 'caseNumber' THEN jsonb_set(e.data, '{caseNumber,seq}', to_jsonb(g + 1)) ELSE e.data END,
        e.metadata, e.occurred_on, e.recorded_at, e.prev_hash, e.hash
      FROM events e, generate_series(1, ${copies}) g WHERE e.stream_id = ${template}
      ORDER BY g / ${blockStreams}, e.stream_version, g`.execute(database.db);
    // The same log rebuilt several times (each rebuild starts from emptied views): a small shared
    // machine's speed swings between runs, so one run says little; the median is printed.
    const runs: RebuildRun[] = [];
    for (let i = 0; i < rebuilds; i++) {
      const started = process.hrtime.bigint();
      const result = await rebuildProjections(database.db, { registry: app.docket.registry, personalData: app.docket.personalData, projector: inlineProjector(), concurrentReads: true });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      runs.push({ events: result.events, streams: result.streams, seconds, perSecond: result.events / seconds });
    }
    const sorted = runs.map((r) => r.perSecond).sort((a, b) => a - b);
    return { runs, medianPerSecond: sorted[Math.floor(sorted.length / 2)]! };
  } finally {
    await app.close();
    await database.close();
  }
}
