/**
 * Tampering with the log: UPDATE/DELETE/TRUNCATE are refused by the database even for its owner;
 * a superuser who disables the trigger to edit or delete an event is found by GET /audit/verify,
 * which names the stream and the version.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';

describe('tampering with the event log', () => {
  let t: TestApp;
  let manager: TestPrincipal;
  let auditor: TestPrincipal;
  const ids: string[] = [];

  async function superuser<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
    if (!t.database) throw new Error('needs PostgreSQL');
    const client = new pg.Client({ connectionString: t.database.url });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  /** What a superuser with a grudge does: switch the trigger off, change the log, switch it on again. */
  const behindTheTriggersBack = (text: string, params: unknown[] = []) =>
    superuser(async (c) => {
      await c.query('BEGIN');
      await c.query('ALTER TABLE events DISABLE TRIGGER events_append_only_rows');
      await c.query(text, params);
      await c.query('ALTER TABLE events ENABLE TRIGGER events_append_only_rows');
      await c.query('COMMIT');
    });

  const verify = async (streamId?: string) => {
    const response = await t.as(auditor, { method: 'GET', url: streamId ? `/audit/verify?streamId=${encodeURIComponent(streamId)}` : '/audit/verify' });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { ok: boolean; firstBroken: { streamId: string; version: number; reason: string } | null };
  };

  beforeAll(async () => {
    t = await testApp();
    manager = await t.principal(['suggestion_manager']);
    auditor = await t.principal(['chair', 'committee']);
    const handler = await t.principal(['handler']);
    for (const content of ['Repair the bridge', 'Plant trees', 'Open on Sundays']) {
      const created = await t.as(manager, {
        method: 'POST',
        url: '/workflows/suggestion/instances',
        payload: { type: 'RegisterSuggestion', receivedOn: '2024-02-25', channel: 'online', category: 'city', content, submitter: { name: 'Gao', contact: '123' } },
      });
      const id = (created.json() as { id: string }).id;
      ids.push(id);
      await t.as(manager, { method: 'POST', url: `/workflows/suggestion/instances/${id}/commands`, payload: { type: 'AssignHandler', principalId: handler.id } });
      await t.as(handler, { method: 'POST', url: `/workflows/suggestion/instances/${id}/commands`, payload: { type: 'Reply', method: 'written', content: 'Answered' } });
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses UPDATE, DELETE and TRUNCATE on events, even for the superuser', async () => {
    for (const text of ['UPDATE events SET data = \'{}\'::jsonb', 'DELETE FROM events', 'TRUNCATE events', 'TRUNCATE events CASCADE']) {
      const error = await superuser((c) => c.query(text)).then(() => null, (e: Error) => e);
      expect(error?.message, text).toMatch(/append-only/);
    }
    expect((await verify()).ok).toBe(true);
  });

  it('finds an event edited behind the trigger, naming its stream and version', async () => {
    const streamId = `suggestion/${ids[0]}`;
    await behindTheTriggersBack(`UPDATE events SET data = jsonb_set(data, '{content}', '"Reply was on time"') WHERE stream_id = $1 AND stream_version = 3`, [streamId]);
    const whole = await verify();
    expect(whole.ok).toBe(false);
    expect(whole.firstBroken).toMatchObject({ streamId, version: 3, reason: 'hash_mismatch' });
    expect((await verify(streamId)).firstBroken).toMatchObject({ streamId, version: 3 });
    expect((await verify(`suggestion/${ids[2]}`)).ok).toBe(true);
  });

  it('finds a forged actor and a deleted event', async () => {
    const forged = `suggestion/${ids[1]}`;
    await behindTheTriggersBack(`UPDATE events SET metadata = jsonb_set(metadata, '{actor,name}', '"Someone Else"') WHERE stream_id = $1 AND stream_version = 2`, [forged]);
    expect((await verify(forged)).firstBroken).toMatchObject({ streamId: forged, version: 2, reason: 'hash_mismatch' });

    const shortened = `suggestion/${ids[2]}`;
    await behindTheTriggersBack('DELETE FROM events WHERE stream_id = $1 AND stream_version = 3', [shortened]);
    const result = await verify(shortened);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toMatchObject({ streamId: shortened, reason: 'head_mismatch' });
  });
});
