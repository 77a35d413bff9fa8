/**
 * `npm run test:soak`: the reliability scenarios of tests/reliability at a heavier load, printing
 * their figures. Exits 1 if any invariant broke. SOAK_SCALE (default 1) multiplies the load;
 * SOAK_ONLY=crash,outage,fuzz,multi runs a subset. Needs PostgreSQL at TEST_DATABASE_URL (default
 * the local server) and, for the outage, PostgreSQL's server binaries (run as root or postgres).
 */
import { runCrash } from '../tests/support/scenarios/crash.scenario.ts';
import { runOutage } from '../tests/support/scenarios/outage.scenario.ts';
import { runMultiProcess } from '../tests/support/scenarios/multi-process.scenario.ts';
import { createFuzzTarget, fuzz, sweep } from '../tests/support/fuzz/fuzz.scenario.ts';
import { canCreateCluster } from '../tests/support/pg-cluster.ts';

const scale = Math.max(1, Number(process.env.SOAK_SCALE ?? 1));
const only = new Set((process.env.SOAK_ONLY ?? 'crash,outage,fuzz,multi').split(',').map((s) => s.trim()));
const say = (line: string) => process.stdout.write(`${line}\n`);
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
};

async function crash(): Promise<void> {
  const f = await runCrash({ writers: 32, killAfterAcks: 400 * scale, rounds: 5 });
  say(
    `crash:   ${f.rounds} SIGKILLs under ${f.writers} writers; ${f.acknowledged} events acknowledged, ${f.foundAfterKill} found after the kills ` +
      `(${f.committedUnanswered} committed while their answer was cut, ${f.cutByKill} requests cut); lost ${f.missing.length}; ` +
      `view mismatches ${f.viewMismatches.length} over ${f.streams} streams; chain ${f.chain.ok ? 'ok' : 'BROKEN'} (${f.chain.via})`,
  );
  check(f.missing.length === 0, 'crash: acknowledged events lost');
  check(f.unexpected.length === 0, `crash: unexpected answers ${JSON.stringify(f.unexpected.slice(0, 5))}`);
  check(f.viewMismatches.length === 0, `crash: views disagree with the log ${JSON.stringify(f.viewMismatches.slice(0, 5))}`);
  check(f.chain.ok, 'crash: chain broken');
}

async function outage(): Promise<void> {
  if (!canCreateCluster()) {
    say('outage:  skipped (no PostgreSQL server binaries here)');
    return;
  }
  const f = await runOutage({
    writers: 16,
    outages: ['fast', 'immediate', 'fast', 'immediate'],
    acksBetween: 150 * scale,
    unavailableAnswers: 200,
    requestTimeoutMs: 10_000,
    progress: (line) => say(`         ${line}`),
  });
  say(
    `outage:  ${f.outages} PostgreSQL stops (fast and immediate) under ${f.writers} writers; ${f.answers} answers ${JSON.stringify(f.byStatus)}; ` +
      `${f.acknowledged} events acknowledged, ${f.acksAfterRecovery} after recoveries, lost ${f.missing.length}; ` +
      `bad answers ${f.bad.length}; hung or refused ${f.hungOrRefused}; health 503 seen ${f.healthDown.filter((h) => h.status === 503).length} times; chain ${f.chain.ok ? 'ok' : 'BROKEN'}`,
  );
  check(f.bad.length === 0, `outage: bad answers ${JSON.stringify(f.bad.slice(0, 5))}`);
  check(f.hungOrRefused === 0, 'outage: requests hung or were refused');
  check(f.missing.length === 0, 'outage: acknowledged events lost');
  check(f.viewMismatches.length === 0, 'outage: views disagree with the log');
  check(f.chain.ok, 'outage: chain broken');
}

async function hostile(): Promise<void> {
  const target = await createFuzzTarget();
  try {
    await sweep(target);
    await fuzz(target, 5_000 * scale);
    const f = target.figures;
    say(
      `fuzz:    ${f.routes} routes; ${f.requests} hostile requests tried (seed ${f.seed}); 5xx seen ${f.serverErrors}; ` +
        `violations ${f.violations.length}; ${JSON.stringify(f.byStatus)}`,
    );
    for (const v of f.violations.slice(0, 5)) say(`         ${v}`);
    check(f.serverErrors === 0 && f.violations.length === 0 && f.counterexample === null, `fuzz: ${f.counterexample ?? 'violations'}`);
  } finally {
    await target.close();
  }
}

async function multi(): Promise<void> {
  const f = await runMultiProcess({ servers: 3, writers: 16, registrations: 600 * scale, timerIntervalMs: 50 });
  say(
    `multi:   ${f.servers} servers, ${f.writers} writers; ${JSON.stringify(f.byStatus)}; ${f.timerEvents} timer events, fired per server ` +
      `${JSON.stringify(f.firedPerServer)}; timer faults ${f.timerFaults.length}; deadlocks ${f.deadlocks}; 5xx ${f.serverErrors.length}; ` +
      `${f.notificationsMissing === null ? 'no async consumer' : `events the consumers missed ${f.notificationsMissing}`}; chain ${f.chain.ok ? 'ok' : 'BROKEN'}`,
  );
  check(f.serverErrors.length === 0, 'multi: 5xx answers');
  check(f.timerFaults.length === 0, `multi: timer faults ${JSON.stringify(f.timerFaults.slice(0, 5))}`);
  check(f.firedPerServer.reduce((a, b) => a + b, 0) === f.timerEvents, 'multi: fires logged differ from timer events');
  check(f.deadlocks === 0, 'multi: deadlocks');
  check(f.notificationsMissing === null || f.notificationsMissing === 0, 'multi: events the async consumers missed');
  check(f.chain.ok, 'multi: chain broken');
}

async function main(): Promise<void> {
  say(`soak (scale ${scale})`);
  if (only.has('crash')) await crash();
  if (only.has('outage')) await outage();
  if (only.has('fuzz')) await hostile();
  if (only.has('multi')) await multi();
  if (failures.length > 0) {
    say(`FAILED:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  say('all invariants held');
}

main().catch((error: unknown) => {
  process.stderr.write(`soak failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
