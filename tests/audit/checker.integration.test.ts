/**
 * The offline checker against the database administrator. Honest growth between two checkpoints
 * passes `npm run audit:check` (which then saves the newer checkpoint); a malformed checkpoint file
 * or a checkpoint another key signed is a clear refusal (exit 2). As a superuser with the triggers
 * switched off: (a) deleting a stream's last event and moving its head back, (b) changing an event
 * and recomputing its stream's whole chain with the published algorithm, (c) deleting an event in
 * the middle of the log — GET /audit/verify passes (a) and (b), and the checker fails each, naming
 * the stream and version. Rewriting the tree too and signing it anew does not help.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';
import { runScript } from '../support/run-script.ts';
import { checkLog, type Get } from '../../src/audit/checker.ts';
import { generateSigningKey, type Checkpoint } from '../../src/audit/signing.ts';
import { eventHash } from '../../src/store/canonical.ts';
import { catchUp } from '../support/audit.ts';

const key = generateSigningKey();

interface Scenario {
  t: TestApp;
  manager: TestPrincipal;
  /** Stream ids of the suggestions, in the order they were registered. */
  streams: string[];
  saved: Checkpoint;
}

async function registerSuggestions(t: TestApp, manager: TestPrincipal, handler: TestPrincipal, n: number, label: string): Promise<string[]> {
  const streams: string[] = [];
  for (let i = 0; i < n; i++) {
    const created = await t.as(manager, {
      method: 'POST',
      url: '/workflows/suggestion/instances',
      payload: { type: 'RegisterSuggestion', receivedOn: '2024-02-25', channel: 'online', category: 'city', content: `${label} ${i}`, submitter: { name: 'Gao', contact: '123' } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json() as { id: string };
    streams.push(`suggestion/${id}`);
    const url = `/workflows/suggestion/instances/${id}/commands`;
    for (const [who, payload] of [
      [manager, { type: 'AssignHandler', principalId: handler.id }],
      [handler, { type: 'Reply', method: 'written', content: `Answer ${i}` }],
    ] as const) {
      const answer = await t.as(who, { method: 'POST', url, payload });
      expect(answer.statusCode, answer.body).toBe(200);
    }
  }
  return streams;
}

async function checkpointNow(t: TestApp): Promise<Checkpoint> {
  await catchUp(t.handle.db, t.app.docket.tamperEvidence.tree);
  const response = await t.as(t.admin, { method: 'POST', url: '/audit/checkpoint' });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Checkpoint;
}

/** An app with 6 suggestions of 3 events each and a checkpoint saved after them. */
async function scenario(): Promise<Scenario> {
  const t = await testApp({ settings: { checkpoints: { signingKey: key } } });
  const manager = await t.principal(['suggestion_manager']);
  const handler = await t.principal(['handler']);
  const streams = await registerSuggestions(t, manager, handler, 6, 'Suggestion');
  return { t, manager, streams, saved: await checkpointNow(t) };
}

const getter =
  (t: TestApp): Get =>
  async (path) => {
    const response = await t.as(t.admin, { method: 'GET', url: path });
    return { status: response.statusCode, body: response.json() };
  };

/** As a superuser, triggers off: what a database administrator with a grudge can do. */
async function behindTheTriggersBack(t: TestApp, fn: (c: pg.Client) => Promise<void>): Promise<void> {
  if (!t.database) throw new Error('needs PostgreSQL');
  const client = new pg.Client({ connectionString: t.database.url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('ALTER TABLE events DISABLE TRIGGER USER');
    await client.query('ALTER TABLE merkle_batches DISABLE TRIGGER USER');
    await fn(client);
    await client.query('ALTER TABLE events ENABLE TRIGGER USER');
    await client.query('ALTER TABLE merkle_batches ENABLE TRIGGER USER');
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

const verify = async (t: TestApp) => (await t.as(t.admin, { method: 'GET', url: '/audit/verify' })).json() as { ok: boolean };

describe('the offline checker, as a process', () => {
  let s: Scenario;
  let dir: string;
  let base: string;
  beforeAll(async () => {
    s = await scenario();
    dir = mkdtempSync(join(tmpdir(), 'docket-audit-check-'));
    writeFileSync(join(dir, 'saved.json'), JSON.stringify(s.saved));
    writeFileSync(join(dir, 'key.pub'), key.publicKeyPem);
    base = await s.t.app.listen({ port: 0, host: '127.0.0.1' });
  }, 300_000);
  afterAll(async () => {
    await s.t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const check = (checkpoint: string, publicKey = join(dir, 'key.pub')) =>
    runScript('audit-check.ts', ['--url', base, '--token', s.t.admin.token, '--checkpoint', checkpoint, '--public-key', publicKey], {});

  it('passes honest growth between two checkpoints and saves the newer one', async () => {
    const handler = await s.t.principal(['handler']);
    await registerSuggestions(s.t, s.manager, handler, 3, 'Later');
    const latest = await checkpointNow(s.t);
    expect(latest.treeSize).toBe(s.saved.treeSize + 9);
    const outcome = await check(join(dir, 'saved.json'));
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(outcome.stdout).toMatch(/^ok: .*grown only by appends to 27 events/);
    expect(JSON.parse(readFileSync(join(dir, 'saved.json'), 'utf8'))).toEqual(latest);
  }, 300_000);

  it('refuses a malformed checkpoint file, one another key signed, and a key file that is no key', async () => {
    writeFileSync(join(dir, 'garbage.json'), '{"treeSize": "many"');
    const garbage = await check(join(dir, 'garbage.json'));
    expect(garbage.code).toBe(2);
    expect(garbage.stderr).toMatch(/is not JSON/);

    writeFileSync(join(dir, 'shape.json'), JSON.stringify({ ...s.saved, rootHash: 'xyz' }));
    const shape = await check(join(dir, 'shape.json'));
    expect(shape.code).toBe(2);
    expect(shape.stderr).toMatch(/rootHash must be 64 lowercase hex digits/);

    const other = generateSigningKey();
    writeFileSync(join(dir, 'other.pub'), other.publicKeyPem);
    const foreign = await check(join(dir, 'saved.json'), join(dir, 'other.pub'));
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(/not signed by this public key/);

    const forged = JSON.parse(readFileSync(join(dir, 'saved.json'), 'utf8')) as Checkpoint;
    writeFileSync(join(dir, 'forged.json'), JSON.stringify({ ...forged, treeSize: forged.treeSize - 1 }));
    const refused = await check(join(dir, 'forged.json'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/not signed by this public key/);

    writeFileSync(join(dir, 'not-a-key.pub'), 'hello');
    expect((await check(join(dir, 'saved.json'), join(dir, 'not-a-key.pub'))).code).toBe(2);
  }, 300_000);

  it('fails, naming the stream and version, when a stream lost its last event (exit 1)', async () => {
    const streamId = s.streams[1]!;
    await behindTheTriggersBack(s.t, async (c) => {
      const { rows } = await c.query<{ hash: string }>('SELECT hash FROM events WHERE stream_id = $1 AND stream_version = 2', [streamId]);
      await c.query('DELETE FROM events WHERE stream_id = $1 AND stream_version = 3', [streamId]);
      await c.query('UPDATE streams SET version = 2, last_hash = $2 WHERE stream_id = $1', [streamId, rows[0]!.hash]);
    });
    expect((await verify(s.t)).ok).toBe(true);
    const outcome = await check(join(dir, 'saved.json'));
    expect(outcome.code, outcome.stdout).toBe(1);
    expect(outcome.stderr).toContain(`first difference: ${streamId} version 3`);
  }, 300_000);
});

describe('the checker against a database administrator', () => {
  it('(a) a stream’s last event deleted and its head moved back', async () => {
    const s = await scenario();
    try {
      const streamId = s.streams[2]!;
      await behindTheTriggersBack(s.t, async (c) => {
        const { rows } = await c.query<{ hash: string }>('SELECT hash FROM events WHERE stream_id = $1 AND stream_version = 2', [streamId]);
        await c.query('DELETE FROM events WHERE stream_id = $1 AND stream_version = 3', [streamId]);
        await c.query('UPDATE streams SET version = 2, last_hash = $2 WHERE stream_id = $1', [streamId, rows[0]!.hash]);
      });
      expect((await verify(s.t)).ok).toBe(true);
      const result = await checkLog(getter(s.t), s.saved, key.publicKey);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.difference).toMatchObject({ signed: { streamId, version: 3 } });
      // The tree still has the removed event: its inclusion proof says so.
      const proof = await s.t.as(s.t.admin, { method: 'GET', url: `/audit/proofs/inclusion?streamId=${encodeURIComponent(streamId)}&version=3` });
      expect(proof.statusCode).toBe(404);
      expect(proof.json()).toMatchObject({ code: 'event_missing' });
    } finally {
      await s.t.close();
    }
  }, 300_000);

  it('(b) an event changed and its stream’s chain recomputed with the published algorithm', async () => {
    const s = await scenario();
    try {
      const streamId = s.streams[3]!;
      await behindTheTriggersBack(s.t, async (c) => {
        const { rows } = await c.query<{ stream_version: number; type: string; data: Record<string, unknown>; metadata: unknown; occurred_on: string; recorded_at: Date }>(
          'SELECT stream_version, type, data, metadata, occurred_on::text AS occurred_on, recorded_at FROM events WHERE stream_id = $1 ORDER BY stream_version',
          [streamId],
        );
        let prev = '0'.repeat(64);
        for (const row of rows) {
          const data = row.stream_version === 2 ? { ...row.data, principalId: 'someone-else' } : row.data;
          const hash = eventHash(prev, { streamId, version: row.stream_version, type: row.type, data, metadata: row.metadata, occurredOn: row.occurred_on, recordedAt: row.recorded_at.toISOString() });
          await c.query('UPDATE events SET data = $3, prev_hash = $4, hash = $5 WHERE stream_id = $1 AND stream_version = $2', [streamId, row.stream_version, data, prev, hash]);
          prev = hash;
        }
        await c.query('UPDATE streams SET last_hash = $2 WHERE stream_id = $1', [streamId, prev]);
      });
      expect((await verify(s.t)).ok).toBe(true);
      const result = await checkLog(getter(s.t), s.saved, key.publicKey);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.difference).toMatchObject({ signed: { streamId, version: 2 }, served: { streamId, version: 2 } });
      expect(result.difference?.detail).toMatch(/was changed after it was signed/);
    } finally {
      await s.t.close();
    }
  }, 300_000);

  it('(c) an event deleted in the middle of the log, nothing renumbered', async () => {
    const s = await scenario();
    try {
      const streamId = s.streams[0]!;
      await behindTheTriggersBack(s.t, (c) => c.query('DELETE FROM events WHERE stream_id = $1 AND stream_version = 2', [streamId]).then(() => undefined));
      const result = await checkLog(getter(s.t), s.saved, key.publicKey);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.difference).toMatchObject({ signed: { streamId, version: 2 } });
    } finally {
      await s.t.close();
    }
  }, 300_000);

  it('an event whose stored hash is no digest stops the tree there; checkpoints still answer', async () => {
    const s = await scenario();
    try {
      const [streamId] = await registerSuggestions(s.t, s.manager, await s.t.principal(['handler']), 1, 'Later');
      await behindTheTriggersBack(s.t, (c) => c.query("UPDATE events SET hash = 'not a digest' WHERE stream_id = $1 AND stream_version = 1", [streamId]).then(() => undefined));
      const response = await s.t.as(s.t.admin, { method: 'POST', url: '/audit/checkpoint' });
      expect(response.statusCode, response.body).toBe(201);
      expect((response.json() as Checkpoint).treeSize).toBe(s.saved.treeSize);
    } finally {
      await s.t.close();
    }
  }, 300_000);

  it('a rewritten tree signed anew is not an extension of the saved checkpoint', async () => {
    const s = await scenario();
    try {
      const streamId = s.streams[4]!;
      // Delete an event, then rebuild the tree's tables from the log as it now is, and let the server sign that.
      await behindTheTriggersBack(s.t, async (c) => {
        const { rows } = await c.query<{ hash: string }>('SELECT hash FROM events WHERE stream_id = $1 AND stream_version = 2', [streamId]);
        await c.query('DELETE FROM events WHERE stream_id = $1 AND stream_version = 3', [streamId]);
        await c.query('UPDATE streams SET version = 2, last_hash = $2 WHERE stream_id = $1', [streamId, rows[0]!.hash]);
        await c.query('DELETE FROM merkle_batches');
        await c.query("UPDATE merkle_tree SET size = 0, root_hash = sha256(''::bytea)");
        await c.query("UPDATE consumer_checkpoints SET transaction_id = '0', position = 0 WHERE consumer = 'merkle_tree'");
      });
      // New commands keep coming, so the rewritten tree soon outgrows the saved checkpoint, and the server signs it.
      await registerSuggestions(s.t, s.manager, await s.t.principal(['handler']), 2, 'After');
      const resigned = await checkpointNow(s.t);
      expect(resigned.treeSize).toBe(s.saved.treeSize - 1 + 6);
      expect((await verify(s.t)).ok).toBe(true);
      const result = await checkLog(getter(s.t), s.saved, key.publicKey);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.latest).toEqual(resigned);
      expect(result.problem).toMatch(/not an extension of the saved checkpoint/);
    } finally {
      await s.t.close();
    }
  }, 300_000);
});
