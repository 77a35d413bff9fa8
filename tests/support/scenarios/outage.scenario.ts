/**
 * Database outage: the server runs on a PRIVATE PostgreSQL cluster under concurrent writers; the
 * cluster is stopped (cleanly, or crashed with `immediate`) and started again. While it is down
 * Docket must answer 503 problem+json quickly (never 500, never hang), /health must say so, and
 * afterwards Docket must recover by itself and have lost nothing it acknowledged.
 */
import { createPrincipal, http, newAdminToken, startServer } from '../child-server.ts';
import { createCluster } from '../pg-cluster.ts';
import { SuggestionLoad, type Ack, type Answer } from '../load.ts';
import { byStatus, checkAcknowledged, checkViews, verifyLog, type ViewMismatch } from '../checks.ts';

export interface OutageOptions {
  writers: number;
  /** Outages to stage, one after the other. */
  outages: ('fast' | 'immediate')[];
  /** Acknowledged events before each outage and after each recovery. */
  acksBetween: number;
  /** 503 answers to collect while PostgreSQL is down. */
  unavailableAnswers: number;
  /** Per-request bound (ms): a request taking longer counts as a hang. */
  requestTimeoutMs: number;
  /** Progress lines (the soak script prints them). */
  progress?: (line: string) => void;
}

export interface HealthSample {
  phase: string;
  status: number;
  body: unknown;
}

export interface OutageFigures {
  writers: number;
  outages: number;
  acknowledged: number;
  answers: number;
  byStatus: Record<string, number>;
  /** Answers while down or recovering that were not 2xx or 503 problem+json `unavailable` (must be none). */
  bad: Answer[];
  /** Requests that hit the bound (status -1) or could not connect (0): must be none. */
  hungOrRefused: number;
  healthDown: HealthSample[];
  healthUp: HealthSample[];
  missing: Ack[];
  viewMismatches: ViewMismatch[];
  chain: { via: string; ok: boolean };
  acksAfterRecovery: number;
}

export async function runOutage(options: OutageOptions): Promise<OutageFigures> {
  const cluster = await createCluster();
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  const health: HealthSample[] = [];
  let polling = true;
  try {
    await cluster.psql('CREATE DATABASE docket');
    const databaseUrl = cluster.url('docket');
    const adminToken = newAdminToken();
    const up = await startServer({ databaseUrl, adminToken, env: { DOCKET_TIMER_INTERVAL_MS: '200' } });
    server = up;
    const manager = await createPrincipal(up.url, adminToken, { name: 'Manager', roles: ['suggestion_manager'] });
    const handler = await createPrincipal(up.url, adminToken, { name: 'Handler', roles: ['handler'] });
    const load = new SuggestionLoad({
      targets: [up.url],
      managerToken: manager.token,
      handlerId: handler.id,
      writers: options.writers,
      timeoutMs: options.requestTimeoutMs,
    });
    const poll = (async () => {
      while (polling) {
        const r = await http(up.url, { method: 'GET', path: '/health', timeoutMs: options.requestTimeoutMs });
        health.push({ phase: load.phase, status: r.status, body: r.body });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();

    load.start();
    let acksAfterRecovery = 0;
    for (const [i, mode] of options.outages.entries()) {
      const target = load.acks.length + options.acksBetween;
      await load.waitFor(() => load.acks.length >= target, `${target} acknowledged events before outage ${i + 1}`);
      load.phase = `down ${i + 1}`;
      options.progress?.(`stopping PostgreSQL (${mode}) after ${load.acks.length} acks`);
      await cluster.stop(mode);
      options.progress?.(`PostgreSQL stopped: ${JSON.stringify(byStatus(load.answers))}`);
      const seen = load.count((a) => a.status === 503);
      const healthSeen = health.length;
      await load.waitFor(() => load.count((a) => a.status === 503) >= seen + options.unavailableAnswers, `503 answers in outage ${i + 1}`);
      await waitUntil(() => health.slice(healthSeen).some((h) => h.status === 503), 'health to report the outage');
      load.phase = `recovering ${i + 1}`;
      options.progress?.(`starting PostgreSQL: ${JSON.stringify(byStatus(load.answers))}`);
      await cluster.start();
      options.progress?.(`PostgreSQL started`);
      const before = load.acks.length;
      await load.waitFor(() => load.acks.length >= before + options.acksBetween, `recovery after outage ${i + 1}`);
      acksAfterRecovery += load.acks.length - before;
      load.phase = `up ${i + 1}`;
    }
    await load.stop();
    polling = false;
    await poll;

    const outageAnswers = load.answers.filter((a) => !a.phase.startsWith('up') && a.phase !== 'load');
    const bad = load.answers.filter(
      (a) =>
        !(a.status >= 200 && a.status < 300) &&
        !(a.status === 503 && a.problemJson && a.code === 'unavailable' && outageAnswers.includes(a)),
    );
    const check = await checkAcknowledged(up.url, manager.token, load.acks);
    const views = await checkViews(databaseUrl);
    const chain = await verifyLog(up.url, adminToken, databaseUrl);
    return {
      writers: options.writers,
      outages: options.outages.length,
      acknowledged: load.acks.length,
      answers: load.answers.length,
      byStatus: byStatus(load.answers),
      bad,
      hungOrRefused: load.count((a) => a.status <= 0) + health.filter((h) => h.status <= 0).length,
      healthDown: health.filter((h) => h.phase.startsWith('down')),
      healthUp: health.filter((h) => h.phase === 'load' || h.phase.startsWith('up')),
      missing: check.missing,
      viewMismatches: views.mismatches,
      chain: { via: chain.via, ok: chain.ok },
      acksAfterRecovery,
    };
  } finally {
    polling = false;
    await server?.stop();
    await cluster.destroy();
  }
}

async function waitUntil(predicate: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  for (let waited = 0; !predicate(); waited += 50) {
    if (waited > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
