/**
 * Database outage on a private PostgreSQL cluster: stopped cleanly, then crashed, during load.
 * Docket answers 503 problem+json within a bound while it is down, /health reports it, and it
 * recovers by itself without losing anything it acknowledged.
 */
import { describe, expect, it } from 'vitest';
import { canCreateCluster } from '../support/pg-cluster.ts';
import { runOutage } from '../support/scenarios/outage.scenario.ts';

describe.skipIf(!canCreateCluster())('database outage', () => {
  it('answers 503 while PostgreSQL is down, reports it in /health, recovers and loses nothing acknowledged', async () => {
    const f = await runOutage({ writers: 8, outages: ['fast', 'immediate'], acksBetween: 40, unavailableAnswers: 16, requestTimeoutMs: 10_000 });
    process.stdout.write(
      `[reliability] outage: ${f.writers} writers, ${f.outages} outages, ${f.answers} answers ${JSON.stringify(f.byStatus)}, ` +
        `${f.acknowledged} events acknowledged, ${f.acksAfterRecovery} after recoveries, ${f.missing.length} lost, ` +
        `${f.hungOrRefused} hung or refused, chain ${f.chain.ok ? 'ok' : 'BROKEN'}\n`,
    );
    expect(f.bad).toEqual([]);
    expect(f.hungOrRefused).toBe(0);
    expect(f.byStatus['503']).toBeGreaterThanOrEqual(32);
    expect(f.byStatus['500'] ?? 0).toBe(0);
    expect(f.healthDown.some((h) => h.status === 503 && JSON.stringify(h.body) === JSON.stringify({ status: 'unavailable', database: 'postgres' }))).toBe(true);
    expect(f.healthUp.every((h) => h.status === 200)).toBe(true);
    expect(f.acksAfterRecovery).toBeGreaterThanOrEqual(80);
    expect(f.missing).toEqual([]);
    expect(f.viewMismatches).toEqual([]);
    expect(f.chain.ok).toBe(true);
  }, 180_000);
});
