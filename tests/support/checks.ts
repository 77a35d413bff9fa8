/**
 * What must hold after a crash, an outage or a race: every acknowledged event is in the log (read
 * back through the API's history), the read views agree with the log, and the hash chain verifies.
 */
import pg from 'pg';
import { openDatabase } from '../../src/db/connection.ts';
import { verifyChain, type VerifyResult } from '../../src/store/verify.ts';
import { http } from './child-server.ts';
import type { Ack } from './load.ts';

export async function sqlRows<R>(databaseUrl: string, text: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as R[];
  } finally {
    await client.end();
  }
}

/** Runs `fn` over `items`, at most `concurrency` at a time. */
export async function eachLimited<T>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) {
      const item = items[i];
      if (item !== undefined) await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

export interface AckCheck {
  acknowledged: number;
  instances: number;
  /** Acknowledged events that the history does not show (must be none). */
  missing: Ack[];
  /** Events in those instances' histories that no 2xx acknowledged (committed while the answer was lost). */
  unacknowledged: number;
}

/** Reads each acknowledged instance's history through the API and finds every acknowledged event in it. */
export async function checkAcknowledged(baseUrl: string, token: string, acks: readonly Ack[]): Promise<AckCheck> {
  const byId = new Map<string, Ack[]>();
  for (const ack of acks) byId.set(ack.id, [...(byId.get(ack.id) ?? []), ack]);
  const missing: Ack[] = [];
  let unacknowledged = 0;
  await eachLimited([...byId.entries()], 8, async ([id, expected]) => {
    const result = await http(baseUrl, { method: 'GET', path: `/workflows/suggestion/instances/${id}/history`, token, timeoutMs: 30_000 });
    const events = result.status === 200 ? (result.body as { events: { version: number; type: string }[] }).events : [];
    const seen = new Map(events.map((e) => [e.version, e.type]));
    for (const ack of expected) if (seen.get(ack.version) !== ack.type) missing.push(ack);
    unacknowledged += events.filter((e) => !expected.some((a) => a.version === e.version)).length;
  });
  return { acknowledged: acks.length, instances: byId.size, missing, unacknowledged };
}

export interface ViewMismatch {
  streamId: string;
  problem: string;
}

/**
 * The inline read views must agree with the log for every suggestion stream: the instance view at
 * the stream's version, and a pending-reply row exactly when the state is registered or in_progress
 * (with the assigned handler once there is one).
 */
export async function checkViews(databaseUrl: string): Promise<{ streams: number; mismatches: ViewMismatch[] }> {
  const rows = await sqlRows<{
    stream_id: string;
    log_version: number;
    view_version: number | null;
    state: string | null;
    pending_state: string | null;
    handler_id: string | null;
    assigned: boolean;
  }>(
    databaseUrl,
    `SELECT s.stream_id, s.version AS log_version, v.version AS view_version, v.state, p.state AS pending_state, p.handler_id,
            EXISTS (SELECT 1 FROM events e WHERE e.stream_id = s.stream_id AND e.type = 'HandlerAssigned') AS assigned
       FROM streams s
       LEFT JOIN view_instances v ON v.stream_id = s.stream_id
       LEFT JOIN view_pending_replies p ON p.stream_id = s.stream_id
      WHERE s.workflow = 'suggestion'`,
  );
  const mismatches: ViewMismatch[] = [];
  for (const r of rows) {
    const say = (problem: string) => mismatches.push({ streamId: r.stream_id, problem });
    if (r.view_version !== r.log_version) say(`view_instances at version ${r.view_version ?? 'none'}, the log at ${r.log_version}`);
    const pending = r.state === 'registered' || r.state === 'in_progress';
    if (pending && r.pending_state !== r.state) say(`state ${r.state} but pending replies say ${r.pending_state ?? 'nothing'}`);
    if (!pending && r.pending_state !== null) say(`state ${r.state} but still a pending reply`);
    if (pending && r.assigned && r.handler_id === null) say('a handler was assigned but the pending reply has none');
  }
  return { streams: rows.length, mismatches };
}

export interface LogVerification {
  via: 'GET /audit/verify' | 'verifyChain';
  ok: boolean;
  body: unknown;
}

/** GET /audit/verify when the server has that route, else verifyChain on the database. */
export async function verifyLog(baseUrl: string, token: string, databaseUrl: string): Promise<LogVerification> {
  const answer = await http(baseUrl, { method: 'GET', path: '/audit/verify', token, timeoutMs: 60_000 });
  if (answer.status === 200) {
    const body = answer.body as { ok?: unknown };
    return { via: 'GET /audit/verify', ok: body.ok === true, body };
  }
  if (answer.status !== 404) return { via: 'GET /audit/verify', ok: false, body: answer.body };
  const handle = await openDatabase({ url: databaseUrl, poolSize: 1 });
  try {
    const result: VerifyResult = await verifyChain(handle.db);
    return { via: 'verifyChain', ok: result.ok, body: result };
  } finally {
    await handle.close();
  }
}

/** Tally of answers by status, e.g. {"201": 120, "503": 14}. */
export function byStatus(answers: readonly { status: number }[]): Record<string, number> {
  const tally: Record<string, number> = {};
  for (const a of answers) tally[String(a.status)] = (tally[String(a.status)] ?? 0) + 1;
  return tally;
}
