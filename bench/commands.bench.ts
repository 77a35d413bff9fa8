/** Benchmark 1 (and 3, 7): commands per second through HTTP at 32 clients; RSS under load. */
import { measureCpu, type PhaseCpu } from './cpu.ts';
import { runLoad, type LoadResult } from './load.ts';
import { createPrincipal, startServer } from './server.ts';

/**
 * A new instance's id from the 201 answer: the answer begins with it (the response schema's first
 * property), so a regular expression finds it without parsing the whole answer; JSON.parse when
 * the answer does not begin so. The load generator shares the machine's cores with the server under test.
 */
const ID_FIRST = /^\{"id":"([^"\\]+)"/;
const idOf = (body: string): string => ID_FIRST.exec(body)?.[1] ?? (JSON.parse(body) as { id: string }).id;

export interface CommandBench {
  start: LoadResult;
  command: LoadResult;
  rssMb: number;
  /** CPU a command in each phase (absent without /proc); the database side only on PostgreSQL. */
  cpu?: { start: PhaseCpu; command: PhaseCpu };
  /** The group commit over both measured phases, from the server's /metrics. */
  commits: CommitCounts;
}

export interface CommitCounts {
  statements: number;
  payloads: number;
  refused: number;
}

async function commitCounts(url: string): Promise<CommitCounts> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const read = (name: string) => Number(new RegExp(`^docket_commit_${name}_total (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  return { statements: read('statements'), payloads: read('payloads'), refused: read('refused_batches') };
}

export async function benchCommands(env: Record<string, string>, port: number, total: number, clients = 32): Promise<CommandBench> {
  // Received today: their reply deadlines lie ahead, so a server that runs its timers does not
  // fire one for each suggestion while it is measured.
  const receivedOn = new Date().toISOString().slice(0, 10);
  const server = await startServer(env, port);
  try {
    const manager = await createPrincipal(server, 'Box manager', ['suggestion_manager']);
    const handler = await createPrincipal(server, 'Handler', ['handler']);
    const auth = { authorization: `Bearer ${manager.token}` };
    // Warm-up: both commands at full concurrency, so the figures are the running server's, not its
    // first seconds (JIT compilation, the pool's connections, prepared statements). Without it the
    // first seconds run markedly slower and hold many of the slowest requests.
    const warmIds: string[] = [];
    const warmUp = Math.min(2_000, Math.max(200, Math.round(total / 10)));
    await runLoad(
      server.url,
      clients,
      warmUp,
      (i) => ({
        method: 'POST',
        path: '/workflows/suggestion/instances',
        headers: auth,
        body: { type: 'RegisterSuggestion', receivedOn, channel: 'box', category: 'roads', content: `warm-up ${i}`, anonymous: true },
      }),
      (_i, status, body) => {
        if (status === 201) warmIds.push(idOf(body));
      },
    );
    await runLoad(server.url, clients, warmIds.length, (i) => ({
      method: 'POST',
      path: `/workflows/suggestion/instances/${warmIds[i]}/commands`,
      headers: auth,
      body: { type: 'AssignHandler', principalId: handler.id },
    }));
    const ids: string[] = [];
    let rss = 0;
    const sampler = setInterval(() => (rss = Math.max(rss, server.rssMb())), 100);
    const commitsBefore = await commitCounts(server.url);
    const startCpu = measureCpu(server.child.pid, env.DATABASE_URL);
    const start = await runLoad(
      server.url,
      clients,
      total,
      (i) => ({
        method: 'POST',
        path: '/workflows/suggestion/instances',
        headers: auth,
        body: { type: 'RegisterSuggestion', receivedOn, channel: 'box', category: 'roads', content: `suggestion ${i}`, anonymous: true },
      }),
      (_i, status, body) => {
        if (status === 201) ids.push(idOf(body));
      },
    );
    const startPhase = startCpu?.(start.requests);
    const commandCpu = measureCpu(server.child.pid, env.DATABASE_URL);
    const command = await runLoad(server.url, clients, ids.length, (i) => ({
      method: 'POST',
      path: `/workflows/suggestion/instances/${ids[i]}/commands`,
      headers: auth,
      body: { type: 'AssignHandler', principalId: handler.id },
    }));
    const commandPhase = commandCpu?.(command.requests);
    const commitsAfter = await commitCounts(server.url);
    const commits: CommitCounts = {
      statements: commitsAfter.statements - commitsBefore.statements,
      payloads: commitsAfter.payloads - commitsBefore.payloads,
      refused: commitsAfter.refused - commitsBefore.refused,
    };
    clearInterval(sampler);
    rss = Math.max(rss, server.rssMb());
    return { start, command, rssMb: rss, commits, ...(startPhase && commandPhase ? { cpu: { start: startPhase, command: commandPhase } } : {}) };
  } finally {
    await server.stop();
  }
}
