/**
 * Crash: the real server under concurrent writers is killed with SIGKILL, restarted on the same
 * database, and every command it had acknowledged must be in the log and the read views, with the
 * hash chain intact. Several rounds kill it again and again.
 */
import { createTestDatabase } from '../database.ts';
import { createPrincipal, http, newAdminToken, startServer } from '../child-server.ts';
import { SuggestionLoad, type Ack, type Answer } from '../load.ts';
import { checkAcknowledged, checkViews, verifyLog, type ViewMismatch } from '../checks.ts';

export interface CrashOptions {
  writers: number;
  /** Kill once this many events were acknowledged in the round. */
  killAfterAcks: number;
  rounds: number;
}

export interface CrashFigures {
  rounds: number;
  writers: number;
  acknowledged: number;
  /** Events found in the acknowledged instances after the restarts (acknowledged + committed-but-unanswered). */
  foundAfterKill: number;
  missing: Ack[];
  committedUnanswered: number;
  /** Requests cut by the kills (in flight). */
  cutByKill: number;
  /** Answers other than 2xx while the server was up (must be none). */
  unexpected: Answer[];
  viewMismatches: ViewMismatch[];
  streams: number;
  chain: { via: string; ok: boolean };
  writeAfterRestart: number;
}

export async function runCrash(options: CrashOptions): Promise<CrashFigures> {
  const database = await createTestDatabase('docket_crash');
  const adminToken = newAdminToken();
  let server = await startServer({ databaseUrl: database.url, adminToken });
  try {
    const manager = await createPrincipal(server.url, adminToken, { name: 'Manager', roles: ['suggestion_manager'] });
    const handler = await createPrincipal(server.url, adminToken, { name: 'Handler', roles: ['handler'] });
    const acks: Ack[] = [];
    const answers: Answer[] = [];
    for (let round = 1; round <= options.rounds; round++) {
      const load = new SuggestionLoad({ targets: [server.url], managerToken: manager.token, handlerId: handler.id, writers: options.writers });
      load.phase = `round ${round}`;
      load.start();
      await load.waitFor(() => load.acks.length >= options.killAfterAcks, `${options.killAfterAcks} acknowledged events`);
      load.halt();
      await server.kill();
      await load.stop();
      acks.push(...load.acks);
      answers.push(...load.answers);
      server = await startServer({ databaseUrl: database.url, adminToken });
    }
    const check = await checkAcknowledged(server.url, manager.token, acks);
    const views = await checkViews(database.url);
    const chain = await verifyLog(server.url, adminToken, database.url);
    const after = await http(server.url, {
      method: 'POST',
      path: '/workflows/suggestion/instances',
      token: manager.token,
      body: { type: 'RegisterSuggestion', receivedOn: '2024-01-02', channel: 'phone', category: 'after', content: 'after the restart', anonymous: true },
    });
    return {
      rounds: options.rounds,
      writers: options.writers,
      acknowledged: acks.length,
      foundAfterKill: check.acknowledged - check.missing.length + check.unacknowledged,
      missing: check.missing,
      committedUnanswered: check.unacknowledged,
      cutByKill: answers.filter((a) => a.status === 0).length,
      unexpected: answers.filter((a) => a.status !== 0 && (a.status < 200 || a.status >= 300)),
      viewMismatches: views.mismatches,
      streams: views.streams,
      chain: { via: chain.via, ok: chain.ok },
      writeAfterRestart: after.status,
    };
  } finally {
    await server.stop();
    await database.drop();
  }
}
