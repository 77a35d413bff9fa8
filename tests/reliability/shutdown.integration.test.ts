/**
 * Graceful shutdown: SIGTERM while commands are in flight — the server stops accepting, answers
 * what it accepted, closes the pool and exits 0; every command it acknowledged is in the log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { createPrincipal, http, newAdminToken, startServer } from '../support/child-server.ts';

describe('SIGTERM', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('finishes in-flight requests, refuses new ones, exits 0, and loses nothing acknowledged', async () => {
    const adminToken = newAdminToken();
    const server = await startServer({ databaseUrl: database.url, adminToken, env: { DOCKET_TIMER_INTERVAL_MS: '600000' } });
    const manager = await createPrincipal(server.url, adminToken, { name: 'Manager', roles: ['suggestion_manager'] });
    const register = (i: number) =>
      http(server.url, {
        method: 'POST',
        path: '/workflows/suggestion/instances',
        token: manager.token,
        body: { type: 'RegisterSuggestion', receivedOn: '2024-03-01', channel: 'box', category: 'roads', content: `in flight ${i}`, anonymous: true },
        timeoutMs: 20_000,
      });
    const inFlight = Array.from({ length: 24 }, (_, i) => register(i));
    await new Promise((r) => setTimeout(r, 30));
    const stopping = server.stop();
    const results = await Promise.all(inFlight);
    await stopping;
    const after = await register(99);

    expect(server.exitCode(), server.output().split('\n').slice(-8).join('\n')).toBe(0);
    expect(server.output()).toMatch(/shutting down/);
    const statuses = results.map((r) => r.status);
    // Accepted requests were answered; none failed inside the server.
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 201 || s === 503 || s === 0)).toBe(true);
    expect(after.status).toBe(0); // nobody listens any more

    const acknowledged = results.filter((r) => r.status === 201).map((r) => (r.body as { id: string }).id);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ stream_id: string }>(`SELECT stream_id FROM events WHERE type = 'SuggestionRegistered'`);
      const stored = new Set(rows.map((r) => r.stream_id));
      for (const id of acknowledged) expect(stored.has(`suggestion/${id}`)).toBe(true);
    } finally {
      await client.end();
    }
  });
});
