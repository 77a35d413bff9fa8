/**
 * Benchmark 4: inbox and pending-replies queries with 100,000 open items. Real rows are produced
 * by real commands, then cloned in SQL with their streams and events (the inbox asks the engine
 * what the caller may do on each item, which loads its instance), and their instance rows.
 */
import { sql } from 'kysely';
import { buildApp } from '../src/app.ts';
import { openDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { ManualClock } from '../src/clock.ts';

export interface QueryFigure {
  name: string;
  p50: number;
  p95: number;
  rows: number;
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;

export async function benchViews(url: string, openItems = 100_000, runs = 300): Promise<QueryFigure[]> {
  const database = await openDatabase({ url, poolSize: 4, statementTimeoutMs: 600_000 });
  await migrate(database);
  const clock = new ManualClock('2026-03-01T09:00:00Z');
  const app = await buildApp({ database, clock, logLevel: 'silent' });
  await app.ready();
  try {
    const p = app.docket.principals;
    const manager = await p.create({ name: 'Manager', roles: ['suggestion_manager'] }, 'bench');
    const handler = await p.create({ name: 'Handler', roles: ['handler'] }, 'bench');
    const chair = await p.create({ name: 'Chair', roles: ['chair', 'committee'] }, 'bench');
    const auth = (t: { token: string }) => ({ authorization: `Bearer ${t.token}` });
    const start = await app.inject({
      method: 'POST',
      url: '/workflows/suggestion/instances',
      headers: auth(manager),
      payload: { type: 'RegisterSuggestion', receivedOn: '2026-02-20', channel: 'box', category: 'roads', content: 'seed', anonymous: true },
    });
    const { id } = start.json() as { id: string };
    await app.inject({
      method: 'POST',
      url: `/workflows/suggestion/instances/${id}/commands`,
      headers: auth(manager),
      payload: { type: 'AssignHandler', principalId: handler.id },
    });
    // Clone the real rows: 1 in 50 assigned to our handler, the rest to others; due dates spread over 60 days.
    const db = database.db;
    await sql`INSERT INTO view_pending_replies
      SELECT (jsonb_populate_record(NULL::view_pending_replies, to_jsonb(v) || jsonb_build_object(
        'stream_id', v.stream_id || '-' || g, 'id', v.id || '-' || g,
        'due_on', (date '2026-02-01' + (g % 60))::text,
        'handler_id', CASE WHEN g % 50 = 0 THEN v.handler_id ELSE 'other-' || (g % 500) END))).*
      FROM view_pending_replies v, generate_series(1, ${openItems - 1}) g WHERE v.id = ${id}`.execute(db);
    await sql`INSERT INTO view_inbox
      SELECT (jsonb_populate_record(NULL::view_inbox, to_jsonb(v) || jsonb_build_object(
        'stream_id', v.stream_id || '-' || g, 'id', v.id || '-' || g,
        'due_on', (date '2026-02-01' + (g % 60))::text,
        'since', (timestamptz '2026-01-01' + g * interval '1 second')::text,
        'principal_id', CASE WHEN v.principal_id IS NULL THEN NULL WHEN g % 50 = 0 THEN v.principal_id ELSE 'other-' || (g % 500) END))).*
      FROM view_inbox v, generate_series(1, ${openItems - 1}) g WHERE v.id = ${id}`.execute(db);
    // Each copy's stream, events and instance row, so that every item of a page loads like a real one
    // (its own case number: the view keeps them unique; hashes are not checked here).
    await sql`INSERT INTO streams (stream_id, workflow, workflow_version, version, last_hash, state, created_at, updated_at)
      SELECT stream_id || '-' || g, workflow, workflow_version, version, last_hash, state, created_at, updated_at
      FROM streams, generate_series(1, ${openItems - 1}) g WHERE stream_id = ${`suggestion/${id}`}`.execute(db);
    await sql`INSERT INTO events (stream_id, stream_version, workflow, workflow_version, type, data, metadata, occurred_on, recorded_at, prev_hash, hash)
      SELECT e.stream_id || '-' || g, e.stream_version, e.workflow, e.workflow_version, e.type,
        CASE WHEN e.data ? 'caseNumber' THEN jsonb_set(e.data, '{caseNumber,seq}', to_jsonb(g + 1)) ELSE e.data END,
        e.metadata, e.occurred_on, e.recorded_at, e.prev_hash, e.hash
      FROM events e, generate_series(1, ${openItems - 1}) g WHERE e.stream_id = ${`suggestion/${id}`}
      ORDER BY g, e.stream_version`.execute(db);
    await sql`INSERT INTO view_instances
      SELECT (jsonb_populate_record(NULL::view_instances, to_jsonb(v) || jsonb_build_object(
        'stream_id', v.stream_id || '-' || g, 'id', v.id || '-' || g,
        'case_seq', CASE WHEN v.case_seq IS NULL THEN NULL ELSE v.case_seq + g END))).*
      FROM view_instances v, generate_series(1, ${openItems - 1}) g WHERE v.stream_id = ${`suggestion/${id}`}`.execute(db);
    await sql`ANALYZE streams`.execute(db);
    await sql`ANALYZE events`.execute(db);
    await sql`ANALYZE view_instances`.execute(db);
    await sql`ANALYZE view_inbox`.execute(db);
    await sql`ANALYZE view_pending_replies`.execute(db);

    const measure = async (name: string, who: { token: string }, path: string): Promise<QueryFigure> => {
      // Warm-up, as in benchmark 1: the first requests of a route compile its code paths and fill
      // the snapshot cache with the page's instances; the figures are those of a running server.
      for (let i = 0; i < 30; i++) await app.inject({ method: 'GET', url: path, headers: auth(who) });
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < runs; i++) {
        const t0 = process.hrtime.bigint();
        const res = await app.inject({ method: 'GET', url: path, headers: auth(who) });
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (res.statusCode !== 200) throw new Error(`${name}: ${res.statusCode} ${res.body}`);
        rows = (res.json() as { items: unknown[] }).items.length;
      }
      return { name, p50: percentile(times, 50), p95: percentile(times, 95), rows };
    };
    return [
      await measure('inbox (handler, own items)', handler, '/views/inbox?limit=50'),
      await measure('inbox (suggestion manager)', manager, '/views/inbox?limit=50'),
      await measure('inbox (chair, alerts)', chair, '/views/inbox?limit=50'),
      await measure('pending replies (all)', manager, '/views/suggestions/pending-replies?limit=50'),
      await measure('pending replies (overdue)', manager, '/views/suggestions/pending-replies?overdue=true&limit=50'),
      await measure('pending replies (one handler)', manager, `/views/suggestions/pending-replies?handler=${handler.id}&limit=50`),
    ];
  } finally {
    await app.close();
    await database.close();
  }
}
