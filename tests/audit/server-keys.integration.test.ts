/**
 * The signing key as `npm start` finds it: the embedded database generates one in its data folder
 * and warns; on PostgreSQL, `npm run keys:generate` writes the pair DOCKET_SIGNING_KEY points at and
 * checkpoints are issued periodically into DOCKET_CHECKPOINT_DIR; without a key none are issued.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { http, newAdminToken, startServer } from '../support/child-server.ts';
import { runScript } from '../support/run-script.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { checkpointSignedBy, publicKeyFromPem, type Checkpoint } from '../../src/audit/signing.ts';

describe('the checkpoint signing key of a server process', () => {
  const dirs: string[] = [];
  const databases: TestDatabase[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'docket-keys-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    for (const d of databases) await d.drop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('the embedded database generates a key in its data folder and warns', async () => {
    const data = tempDir();
    const witness = tempDir();
    const adminToken = newAdminToken();
    const server = await startServer({ databaseUrl: '', adminToken, env: { DOCKET_DATA_DIR: data, DOCKET_CHECKPOINT_DIR: witness }, readyTimeoutMs: 180_000 });
    try {
      expect(server.output()).toMatch(/key generated in the data folder/);
      expect(existsSync(join(data, 'checkpoint-signing-key.pem'))).toBe(true);
      const published = await http(server.url, { method: 'GET', path: '/audit/public-key' });
      expect(published.status).toBe(200);
      const { publicKey } = published.body as { publicKey: string };
      expect(publicKey).toBe(readFileSync(join(data, 'checkpoint-signing-key.pem.pub'), 'utf8'));
      const issued = await http(server.url, { method: 'POST', path: '/audit/checkpoint', token: adminToken });
      expect(issued.status).toBe(201);
      expect(checkpointSignedBy(publicKeyFromPem(publicKey), issued.body as Checkpoint)).toBe(true);
      expect(JSON.parse(readFileSync(join(witness, 'latest.json'), 'utf8'))).toEqual(issued.body);
    } finally {
      await server.stop();
    }
  }, 300_000);

  it('on PostgreSQL signs with DOCKET_SIGNING_KEY, periodically; without a key it issues none', async () => {
    const keys = tempDir();
    const generated = await runScript('keys-generate.ts', [join(keys, 'signing.pem')], {});
    expect(generated.code, generated.stderr).toBe(0);
    const again = await runScript('keys-generate.ts', [join(keys, 'signing.pem')], {});
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists/);

    const database = await createTestDatabase();
    databases.push(database);
    const witness = tempDir();
    const adminToken = newAdminToken();
    const server = await startServer({
      databaseUrl: database.url,
      adminToken,
      env: { DOCKET_SIGNING_KEY: join(keys, 'signing.pem'), DOCKET_CHECKPOINT_DIR: witness, DOCKET_CHECKPOINT_INTERVAL_SECONDS: '1', DOCKET_TIMER_INTERVAL_MS: '200' },
      readyTimeoutMs: 180_000,
    });
    try {
      // The first periodic checkpoint follows within the interval (the first one is issued even for an empty tree).
      const deadline = Date.now() + 120_000;
      while (!existsSync(join(witness, 'latest.json')) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
      const latest = JSON.parse(readFileSync(join(witness, 'latest.json'), 'utf8')) as Checkpoint;
      expect(checkpointSignedBy(publicKeyFromPem(readFileSync(join(keys, 'signing.pem.pub'), 'utf8')), latest)).toBe(true);
    } finally {
      await server.stop();
    }

    const bare = await startServer({ databaseUrl: database.url, adminToken, readyTimeoutMs: 180_000 });
    try {
      expect(bare.output()).toMatch(/DOCKET_SIGNING_KEY is not set: no checkpoints are issued/);
      const refused = await http(bare.url, { method: 'POST', path: '/audit/checkpoint', token: adminToken });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'signing_key_missing' });
      // What the other server signed is still served.
      expect((await http(bare.url, { method: 'GET', path: '/audit/checkpoint', token: adminToken })).status).toBe(200);
    } finally {
      await bare.stop();
    }
  }, 300_000);
});
