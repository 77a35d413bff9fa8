/**
 * Crash: `src/main.ts` as a child process under 16 concurrent writers, killed with SIGKILL mid-load
 * and restarted: every command that got a 2xx is in the history and the read views, the chain verifies.
 */
import { describe, expect, it } from 'vitest';
import { runCrash } from '../support/scenarios/crash.scenario.ts';

describe('crash: SIGKILL under 16 concurrent writers', () => {
  it('keeps every acknowledged command in the log and the read views after a restart', async () => {
    const f = await runCrash({ writers: 16, killAfterAcks: 160, rounds: 1 });
    process.stdout.write(
      `[reliability] crash: ${f.writers} writers, ${f.acknowledged} events acknowledged, ${f.foundAfterKill} found after the kill ` +
        `(${f.committedUnanswered} committed while their answer was cut, ${f.cutByKill} requests cut), chain ${f.chain.ok ? 'ok' : 'BROKEN'} via ${f.chain.via}\n`,
    );
    expect(f.acknowledged).toBeGreaterThanOrEqual(160);
    expect(f.cutByKill).toBeGreaterThan(0); // the kill really hit requests in flight
    expect(f.unexpected).toEqual([]);
    expect(f.missing).toEqual([]);
    expect(f.viewMismatches).toEqual([]);
    expect(f.chain.ok).toBe(true);
    expect(f.writeAfterRestart).toBe(201);
  }, 180_000);
});
