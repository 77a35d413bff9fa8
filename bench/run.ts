/**
 * `npm run bench`: the figures of the speed issue and of the Merkle tree (8), printed as a table with their targets.
 * Needs PostgreSQL (BENCH_DATABASE_URL's server, default the local one); creates and drops its own
 * databases. BENCH_SCALE=0.1 runs a quick, smaller version (figures then say so).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { benchCommands } from './commands.bench.ts';
import type { PhaseCpu } from './cpu.ts';
import { buildServer } from './server.ts';
import { benchPgbench } from './pgbench.ts';
import { benchViews } from './views.bench.ts';
import { benchRebuild } from './rebuild.bench.ts';
import { benchFold } from './fold.bench.ts';
import { benchMerkle } from './merkle.bench.ts';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const only = new Set((process.env.BENCH_ONLY ?? '1,2,3,4,5,6,7,8').split(','));

function urlFor(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function freshDatabase(name: string): Promise<string> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  return urlFor(name);
}

async function dropDatabase(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.end();
}

interface Row {
  benchmark: string;
  figure: string;
  target: string;
  met: string;
}

const rows: Row[] = [];
const f = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const say = (text: string) => process.stdout.write(`${text}\n`);
const add = (benchmark: string, figure: string, target: string, met: boolean | null) =>
  rows.push({ benchmark, figure, target, met: met === null ? '-' : met ? 'yes' : 'NO' });

const commandsTotal = Math.max(500, Math.round(20_000 * SCALE));
if (only.has('1') || only.has('2') || only.has('3') || only.has('7') || only.has('8')) buildServer();
let httpCommands = 0;

if (only.has('1') || only.has('2') || only.has('7')) {
  say(`1. commands through HTTP on PostgreSQL (32 clients, ${f(commandsTotal)} starts + ${f(commandsTotal)} commands)…`);
  const url = await freshDatabase('docket_bench_http');
  const r = await benchCommands({ DATABASE_URL: url, DOCKET_POOL_SIZE: '16', DOCKET_TIMER_INTERVAL_MS: '600000' }, 4310, commandsTotal);
  await dropDatabase('docket_bench_http');
  httpCommands = Math.min(r.start.perSecond, r.command.perSecond);
  add('1a HTTP RegisterSuggestion (start), PostgreSQL', `${f(r.start.perSecond)} /s, p50 ${f(r.start.p50, 1)} ms, p99 ${f(r.start.p99, 1)} ms, ${r.start.errors} errors`, 'p99 < 50 ms, 0 errors', r.start.p99 < 50 && r.start.errors === 0);
  add('1b HTTP AssignHandler (command), PostgreSQL', `${f(r.command.perSecond)} /s, p50 ${f(r.command.p50, 1)} ms, p99 ${f(r.command.p99, 1)} ms, ${r.command.errors} errors`, 'p99 < 50 ms, 0 errors', r.command.p99 < 50 && r.command.errors === 0);
  if (r.cpu) {
    const phase = (c: PhaseCpu) => `server ${f(c.serverMs, 2)} + PostgreSQL ${f(c.databaseMs, 2)} ms, cores ${f(c.idlePercent)} % idle`;
    add('1c CPU a command (1a; 1b)', `${phase(r.cpu.start)}; ${phase(r.cpu.command)}`, '-', null);
  }
  const c = r.commits;
  add('1d group commit (1a + 1b)', `${f(c.payloads)} commits in ${f(c.statements)} statements, ${f(c.refused)} batches refused and sent one by one`, '-', null);
  add('7  server RSS under the load of 1', `${f(r.rssMb)} MB`, '< 200 MB', r.rssMb < 200);

  say('2. pgbench expected-version append (32 clients, 10 s)…');
  const pgUrl = await freshDatabase('docket_bench_pgbench');
  const pgb = await benchPgbench(pgUrl, 32, 10);
  await dropDatabase('docket_bench_pgbench');
  const ratio = httpCommands / pgb.tps;
  add('2  pgbench expected-version append', `${f(pgb.tps)} tps`, '-', null);
  add('1/2 HTTP commands vs pgbench', `${f(ratio * 100, 1)} %`, '>= 45 %', ratio >= 0.45);
}

if (only.has('3')) {
  const pgliteTotal = Math.max(200, Math.round(3_000 * SCALE));
  say(`3. commands through HTTP on PGlite (32 clients, ${f(pgliteTotal)} + ${f(pgliteTotal)})…`);
  const dir = mkdtempSync(join(tmpdir(), 'docket-bench-pglite-'));
  const r = await benchCommands({ DATABASE_URL: '', DOCKET_DATA_DIR: dir, DOCKET_TIMER_INTERVAL_MS: '600000' }, 4311, pgliteTotal);
  rmSync(dir, { recursive: true, force: true });
  const rate = Math.min(r.start.perSecond, r.command.perSecond);
  add('3  HTTP commands, PGlite', `start ${f(r.start.perSecond)} /s, command ${f(r.command.perSecond)} /s, p99 ${f(Math.max(r.start.p99, r.command.p99), 1)} ms, ${r.start.errors + r.command.errors} errors`, '>= 500 /s', rate >= 500);
}

if (only.has('4')) {
  const items = Math.round(100_000 * Math.min(1, SCALE));
  say(`4. inbox and pending replies with ${f(items)} open items…`);
  const url = await freshDatabase('docket_bench_views');
  const figures = await benchViews(url, items, 300);
  await dropDatabase('docket_bench_views');
  for (const q of figures) add(`4  ${q.name}`, `p95 ${f(q.p95, 1)} ms (p50 ${f(q.p50, 1)})`, 'p95 < 20 ms', q.p95 < 20);
}

if (only.has('5')) {
  const events = Math.round(1_000_000 * Math.min(1, SCALE));
  say(`5. projection rebuild over ${f(events)} events…`);
  // 5a: each stream's events close together in the log; 5b: streams interleaved widely (see rebuild.bench.ts).
  for (const [label, blockStreams] of [['5a projection rebuild, streams close in the log', 1_000], ['5b projection rebuild, streams interleaved in the log', 20_000]] as const) {
    const url = await freshDatabase('docket_bench_rebuild');
    const r = await benchRebuild(url, events, blockStreams);
    await dropDatabase('docket_bench_rebuild');
    const runs = r.runs.map((run) => `${f(run.perSecond)}`).join(', ');
    add(label, `median ${f(r.medianPerSecond)} events/s of ${r.runs.length} rebuilds of ${f(r.runs[0]!.events)} events (${runs})`, '>= 50,000 events/s (median)', r.medianPerSecond >= 50_000);
  }
}

if (only.has('6')) {
  say('6. loading and folding a 1,000-event stream…');
  const url = await freshDatabase('docket_bench_fold');
  const r = await benchFold(url, 1_000, 50);
  await dropDatabase('docket_bench_fold');
  add('6a 1,000-event stream, read + fold', `p50 ${f(r.coldP50, 1)} ms, p95 ${f(r.coldP95, 1)} ms`, '-', null);
  add('6b 1,000-event stream, snapshot cache', `p50 ${f(r.cachedP50, 1)} ms, p95 ${f(r.cachedP95, 1)} ms`, '< 10 ms', r.cachedP95 < 10);
}

if (only.has('8')) {
  const leaves = Math.round(1_000_000 * Math.min(1, SCALE));
  say(`8. the Merkle tree: ${f(leaves)} events appended as leaves, then proofs at that size…`);
  const url = await freshDatabase('docket_bench_merkle');
  const r = await benchMerkle(url, leaves);
  await dropDatabase('docket_bench_merkle');
  add('8a Merkle tree follower', `${f(r.appendsPerSecond)} appends/s over ${f(r.leaves)} events`, '>= 2,000 appends/s', r.appendsPerSecond >= 2_000);
  const proof = (p50: number, p95: number, p99: number) => `p50 ${f(p50, 2)}, p95 ${f(p95, 2)}, p99 ${f(p99, 2)} ms`;
  add(
    `8b proofs at ${f(r.leaves)} leaves`,
    `inclusion ${proof(r.inclusionP50, r.inclusionP95, r.inclusionP99)}; consistency ${proof(r.consistencyP50, r.consistencyP95, r.consistencyP99)}`,
    '< 10 ms (p95)',
    Math.max(r.inclusionP95, r.consistencyP95) < 10,
  );

  // 8c: what following the log costs commands. The same load as benchmark 1 on a server whose tree
  // takes the log's new events every second (npm start's default) and on one whose tree waits,
  // in the order paused, followed, followed, paused, twice (a machine that drifts during the runs
  // favours neither), the rest of the background work paused in both; the CPU a command is steadier
  // on a shared machine than the throughput, which is printed beside it. Four runs each: the
  // follower costs a few per cent, and one run's CPU a command moves by about as much.
  const total = Math.max(500, Math.round(10_000 * SCALE));
  say(`8c. commands with the tree followed each second, and without (${f(total)} starts + ${f(total)} commands, 4 runs each)…`);
  const runs: Record<'followed' | 'paused', { cpuMs: number; perSecond: number }[]> = { followed: [], paused: [] };
  for (let i = 0; i < 4; i++) {
    for (const mode of i % 2 === 0 ? (['paused', 'followed'] as const) : (['followed', 'paused'] as const)) {
      const dbUrl = await freshDatabase('docket_bench_tree_cost');
      const c = await benchCommands(
        { DATABASE_URL: dbUrl, DOCKET_POOL_SIZE: '16', DOCKET_TIMER_INTERVAL_MS: '600000', DOCKET_TREE_INTERVAL_MS: mode === 'followed' ? '1000' : '600000' },
        4320,
        total,
      );
      await dropDatabase('docket_bench_tree_cost');
      const cpu = c.cpu ? (c.cpu.start.serverMs + c.cpu.start.databaseMs + c.cpu.command.serverMs + c.cpu.command.databaseMs) / 2 : NaN;
      runs[mode].push({ cpuMs: cpu, perSecond: (c.start.perSecond + c.command.perSecond) / 2 });
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const [followedCpu, pausedCpu] = [mean(runs.followed.map((x) => x.cpuMs)), mean(runs.paused.map((x) => x.cpuMs))];
  const [followedRate, pausedRate] = [mean(runs.followed.map((x) => x.perSecond)), mean(runs.paused.map((x) => x.perSecond))];
  const extra = (followedCpu / pausedCpu - 1) * 100;
  add(
    '8c commands while the tree is followed',
    `CPU a command ${f(followedCpu, 2)} ms followed vs ${f(pausedCpu, 2)} ms paused (${extra >= 0 ? '+' : ''}${f(extra, 1)} %); ${f(followedRate)} vs ${f(pausedRate)} commands/s`,
    '<= +5 % CPU a command',
    Number.isFinite(extra) ? extra <= 5 : null,
  );
}

say(`\nDocket benchmarks${SCALE !== 1 ? ` (BENCH_SCALE=${SCALE}: smaller than the targets assume)` : ''} — node ${process.version}, ${new Date().toISOString()}`);
console.table(rows);
