/** Benchmark 6: loading and folding a 1,000-event stream, without and with the snapshot cache. */
import { buildApp } from '../src/app.ts';
import { openDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { ManualClock } from '../src/clock.ts';
import { readStream } from '../src/store/event-store.ts';
import { fold } from '../src/engine/decider.ts';
import { toDomainEvent } from '../src/engine/engine.ts';

export interface FoldFigures {
  events: number;
  coldP50: number;
  coldP95: number;
  cachedP50: number;
  cachedP95: number;
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;

export async function benchFold(url: string, events = 1_000, runs = 50): Promise<FoldFigures> {
  const database = await openDatabase({ url, poolSize: 4, statementTimeoutMs: 600_000 });
  await migrate(database);
  const app = await buildApp({ database, clock: new ManualClock('2026-03-01T09:00:00Z'), logLevel: 'silent' });
  await app.ready();
  try {
    const admin = await app.docket.principals.create({ name: 'Admin', roles: ['admin', 'office'] }, 'bench');
    const headers = { authorization: `Bearer ${admin.token}` };
    const created = await app.inject({
      method: 'POST',
      url: '/workflows/member/instances',
      headers,
      payload: { type: 'RegisterMember', name: 'Long Stream', gender: 'female', birthDate: '1980-01-01', education: 'master', title: 'senior', employment: 'working', branchId: 'b1', joinedOn: '2000-01-01' },
    });
    const { id } = created.json() as { id: string };
    for (let i = 1; i < events; i++) {
      const res = await app.inject({
        method: 'POST',
        url: `/workflows/member/instances/${id}/commands`,
        headers,
        payload: { type: 'UpdateProfile', title: i % 2 ? 'intermediate' : 'senior' },
      });
      if (res.statusCode !== 200) throw new Error(`UpdateProfile failed: ${res.body}`);
    }
    const streamId = `member/${id}`;
    const def = app.docket.registry.latest('member');
    const cold: number[] = [];
    const cached: number[] = [];
    // Without the cache: read the whole stream and fold it through the machine.
    for (let i = 0; i < runs; i++) {
      const t0 = process.hrtime.bigint();
      const all = await readStream(database.db, streamId);
      const folded = fold(def, all.map(toDomainEvent));
      cold.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (folded.history.length !== events) throw new Error(`expected ${events} events, folded ${folded.history.length}`);
    }
    // With the cache, as GET /workflows/member/instances/:id loads it: the engine reads the stream
    // head and the events after the cached version (none), and folds only those.
    const engine = app.docket.engine;
    await engine.load(database.db, 'member', id);
    for (let i = 0; i < runs; i++) {
      const t0 = process.hrtime.bigint();
      const loaded = await engine.load(database.db, 'member', id);
      cached.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (loaded.folded.history.length !== events || loaded.version !== events) throw new Error('cached load is off');
    }
    return { events, coldP50: percentile(cold, 50), coldP95: percentile(cold, 95), cachedP50: percentile(cached, 50), cachedP95: percentile(cached, 95) };
  } finally {
    await app.close();
    await database.close();
  }
}
