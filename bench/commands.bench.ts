/** Benchmark 1 (and 3, 7): commands per second through HTTP at 32 clients; RSS under load. */
import { runLoad, type LoadResult } from './load.ts';
import { createPrincipal, startServer } from './server.ts';

export interface CommandBench {
  start: LoadResult;
  command: LoadResult;
  rssMb: number;
}

export async function benchCommands(env: Record<string, string>, port: number, total: number, clients = 32): Promise<CommandBench> {
  const server = await startServer(env, port);
  try {
    const manager = await createPrincipal(server, 'Box manager', ['suggestion_manager']);
    const handler = await createPrincipal(server, 'Handler', ['handler']);
    const auth = { authorization: `Bearer ${manager.token}` };
    // Warm-up.
    await runLoad(server.url, 8, 200, () => ({
      method: 'POST',
      path: '/workflows/suggestion/instances',
      headers: auth,
      body: { type: 'RegisterSuggestion', receivedOn: '2026-01-05', channel: 'box', category: 'roads', content: 'warm-up', anonymous: true },
    }));
    const ids: string[] = [];
    let rss = 0;
    const sampler = setInterval(() => (rss = Math.max(rss, server.rssMb())), 100);
    const start = await runLoad(
      server.url,
      clients,
      total,
      (i) => ({
        method: 'POST',
        path: '/workflows/suggestion/instances',
        headers: auth,
        body: { type: 'RegisterSuggestion', receivedOn: '2026-01-05', channel: 'box', category: 'roads', content: `suggestion ${i}`, anonymous: true },
      }),
      (_i, status, body) => {
        if (status === 201) ids.push((JSON.parse(body) as { id: string }).id);
      },
    );
    const command = await runLoad(server.url, clients, ids.length, (i) => ({
      method: 'POST',
      path: `/workflows/suggestion/instances/${ids[i]}/commands`,
      headers: auth,
      body: { type: 'AssignHandler', principalId: handler.id },
    }));
    clearInterval(sampler);
    rss = Math.max(rss, server.rssMb());
    return { start, command, rssMb: rss };
  } finally {
    await server.stop();
  }
}
