/**
 * Signed checkpoints and proofs over HTTP: a checkpoint's signature verifies with the published key
 * (and a forged one does not), it is witnessed in a directory and at a URL, consistency proofs
 * between checkpoints and inclusion proofs for every event of a realistic mix verify with the RFC
 * 9162 algorithms, bad input is a problem+json 4xx, and two servers on one database sign one tree.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testMasterKey, testApp, type TestApp, type TestPrincipal } from '../support/app.ts';
import { runMix } from '../support/realistic-mix.ts';
import { buildApp } from '../../src/app.ts';
import { openDatabase } from '../../src/db/connection.ts';
import { checkpointSignedBy, generateSigningKey, publicKeyFromPem, type Checkpoint } from '../../src/audit/signing.ts';
import { verifyConsistency, verifyInclusion } from '../../src/audit/merkle.ts';
import { catchUp } from '../support/audit.ts';
import { readLeaves } from '../../src/audit/tree.query.ts';

const hex = (h: string) => Buffer.from(h, 'hex');

describe('signed checkpoints and proofs', () => {
  const key = generateSigningKey();
  const dir = mkdtempSync(join(tmpdir(), 'docket-checkpoints-'));
  const posted: string[] = [];
  let witnessServer: Server;
  let t: TestApp;
  let committee: TestPrincipal;

  beforeAll(async () => {
    witnessServer = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        posted.push(body);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => witnessServer.listen(0, '127.0.0.1', resolve));
    const address = witnessServer.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    t = await testApp({ settings: { checkpoints: { signingKey: key, witness: { directory: dir, url: `http://127.0.0.1:${port}/witness` } } } });
    committee = await t.principal(['committee']);
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => witnessServer.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  const get = async (url: string, who: TestPrincipal | null = t.admin) => t.as(who, { method: 'GET', url });
  const issue = async (): Promise<Checkpoint> => {
    await catchUp(t.handle.db, t.app.docket.tamperEvidence.tree);
    const response = await t.as(t.admin, { method: 'POST', url: '/audit/checkpoint' });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as Checkpoint;
  };

  it('has no checkpoint before the first, and publishes its key to anyone', async () => {
    const none = await get('/audit/checkpoint');
    expect(none.statusCode).toBe(404);
    expect(none.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(none.json()).toMatchObject({ code: 'no_checkpoint' });
    const published = await get('/audit/public-key', null);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ keyId: key.keyId, algorithm: 'Ed25519', publicKey: key.publicKeyPem });
  });

  it('signs, stores and witnesses checkpoints; consistency and inclusion proofs verify for a realistic mix', async () => {
    const { engine, scheduler } = t.app.docket;
    const publicKey = publicKeyFromPem((await get('/audit/public-key', null)).json<{ publicKey: string }>().publicKey);
    const first = await issue();
    expect(checkpointSignedBy(publicKey, first)).toBe(true);
    expect((await get('/audit/checkpoint')).json()).toEqual(first);

    await runMix({ db: t.handle.db, engine, scheduler, clock: t.clock });
    const second = await issue();
    expect(second.treeSize).toBeGreaterThan(first.treeSize);
    expect(checkpointSignedBy(publicKey, second)).toBe(true);

    // Witnessed outside the database: a file per checkpoint, latest.json, and a POST each.
    expect(JSON.parse(readFileSync(join(dir, 'latest.json'), 'utf8'))).toEqual(second);
    expect(readdirSync(dir).filter((f) => f.startsWith('checkpoint-')).length).toBe(2);
    expect(posted.map((p) => JSON.parse(p) as Checkpoint)).toEqual([first, second]);

    // Consistency from the first tree (possibly empty: then every size) to the second.
    for (const from of [first.treeSize || 1, 1, Math.max(1, second.treeSize - 3)]) {
      const r = await get(`/audit/proofs/consistency?from=${from}&to=${second.treeSize}`);
      expect(r.statusCode, r.body).toBe(200);
      const fromRoot = (await get(`/audit/proofs/consistency?from=${from}&to=${from}`)).json<{ proof: string[] }>();
      expect(fromRoot.proof).toEqual([]);
    }
    if (first.treeSize > 0) {
      const proof = (await get(`/audit/proofs/consistency?from=${first.treeSize}&to=${second.treeSize}`)).json<{ proof: string[] }>().proof;
      expect(verifyConsistency(first.treeSize, second.treeSize, hex(first.rootHash), hex(second.rootHash), proof.map(hex))).toBe(true);
      expect(verifyConsistency(first.treeSize, second.treeSize, hex(second.rootHash), hex(second.rootHash), proof.map(hex))).toBe(false);
    }

    // Every event of the mix: its inclusion proof against the latest checkpoint (the default tree size).
    const { rows: events } = await sql<{ stream_id: string; stream_version: number; hash: string }>`SELECT stream_id, stream_version, hash FROM events`.execute(t.handle.db);
    expect(events.length).toBe(second.treeSize);
    for (const e of events) {
      const r = await get(`/audit/proofs/inclusion?streamId=${encodeURIComponent(e.stream_id)}&version=${e.stream_version}`);
      expect(r.statusCode, r.body).toBe(200);
      const p = r.json<{ leafIndex: number; treeSize: number; eventHash: string; leafHash: string; proof: string[] }>();
      expect(p.treeSize).toBe(second.treeSize);
      expect(p.eventHash).toBe(e.hash);
      expect(verifyInclusion(p.leafIndex, p.treeSize, hex(p.leafHash), p.proof.map(hex), hex(second.rootHash)), `${e.stream_id}@${e.stream_version}`).toBe(true);
    }
  }, 300_000);

  it('refuses a forged or foreign signature', async () => {
    const latest = (await get('/audit/checkpoint')).json<Checkpoint>();
    const publicKey = publicKeyFromPem(key.publicKeyPem);
    expect(checkpointSignedBy(publicKey, { ...latest, treeSize: latest.treeSize + 1 })).toBe(false);
    expect(checkpointSignedBy(publicKey, { ...latest, rootHash: '0'.repeat(64) })).toBe(false);
    const flipped = Buffer.from(latest.signature, 'base64');
    flipped[0] = flipped[0]! ^ 1;
    expect(checkpointSignedBy(publicKey, { ...latest, signature: flipped.toString('base64') })).toBe(false);
    const other = generateSigningKey();
    expect(checkpointSignedBy(other.publicKey, latest)).toBe(false);
    expect(checkpointSignedBy(other.publicKey, { ...latest, keyId: other.keyId })).toBe(false);
  });

  it('answers bad input with problem+json 4xx and refuses roles that may not read the log', async () => {
    const size = (await get('/audit/checkpoint')).json<Checkpoint>().treeSize;
    const cases: [string, number, string | null][] = [
      [`/audit/proofs/consistency?from=5&to=2`, 400, 'invalid_range'],
      [`/audit/proofs/consistency?from=0&to=2`, 400, null],
      [`/audit/proofs/consistency?from=1&to=${size + 10}`, 404, 'unknown_tree_size'],
      [`/audit/proofs/consistency?from=abc&to=2`, 400, null],
      [`/audit/proofs/consistency?to=2`, 400, null],
      [`/audit/proofs/inclusion?streamId=suggestion/nope&version=1`, 404, 'not_in_tree'],
      [`/audit/proofs/inclusion?streamId=settings/organization&version=0`, 400, null],
      [`/audit/proofs/inclusion?streamId=x&version=1&treeSize=${size + 1}`, 404, 'unknown_tree_size'],
      [`/audit/tree/leaves?limit=0`, 400, null],
    ];
    for (const [url, status, code] of cases) {
      const r = await get(url);
      expect(r.statusCode, `${url}: ${r.body}`).toBe(status);
      expect(r.headers['content-type'], url).toMatch(/application\/problem\+json/);
      if (code) expect(r.json(), url).toMatchObject({ code });
    }
    const [last] = await readLeaves(t.handle.db, size - 1, 1);
    const early = await get(`/audit/proofs/inclusion?streamId=${encodeURIComponent(last!.streamId)}&version=${last!.version}&treeSize=1`);
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ code: 'not_in_tree_size' });

    for (const url of ['/audit/checkpoint', '/audit/proofs/consistency?from=1&to=1', '/audit/tree/leaves']) expect((await get(url, committee)).statusCode, url).toBe(403);
    expect((await t.as(committee, { method: 'POST', url: '/audit/checkpoint' })).statusCode).toBe(403);
    expect((await get('/audit/checkpoint', null)).statusCode).toBe(401);
  });

  it('two servers on one database sign checkpoints of one tree', async () => {
    if (!t.database) throw new Error('needs PostgreSQL');
    const handle = await openDatabase({ url: t.database.url, poolSize: 4 });
    const second = await buildApp({ database: handle, clock: t.clock, logLevel: 'silent', checkpoints: { signingKey: key }, masterKey: testMasterKey() });
    await second.ready();
    try {
      const manager = await t.principal(['suggestion_manager']);
      const checkpoints: Checkpoint[] = [];
      for (let round = 0; round < 4; round++) {
        for (const app of [t.app, second]) {
          const created = await app.inject({
            method: 'POST',
            url: '/workflows/suggestion/instances',
            headers: { authorization: `Bearer ${manager.token}` },
            payload: { type: 'RegisterSuggestion', receivedOn: '2024-02-25', channel: 'online', category: 'city', content: `round ${round}`, anonymous: true },
          });
          expect(created.statusCode, created.body).toBe(201);
        }
        // Both followers race for the new events; each server then signs the tree as it stands.
        const [a, b] = await Promise.all([t.app.docket.tamperEvidence.issueCheckpoint(), second.docket.tamperEvidence.issueCheckpoint()]);
        checkpoints.push(a.checkpoint, b.checkpoint);
      }
      await catchUp(t.handle.db, second.docket.tamperEvidence.tree);
      const last = (await t.as(t.admin, { method: 'POST', url: '/audit/checkpoint' })).json<Checkpoint>();
      checkpoints.push(last);
      // The latest checkpoint is that of the largest tree, whichever server stored its checkpoint last.
      expect((await get('/audit/checkpoint')).json<Checkpoint>().treeSize).toBe(Math.max(...checkpoints.map((c) => c.treeSize)));
      const { rows } = await sql<{ events: string }>`SELECT count(*) AS events FROM events`.execute(t.handle.db);
      const leaves = await readLeaves(t.handle.db, 0, 10_000);
      expect(leaves.length).toBe(Number(rows[0]!.events));
      expect(new Set(leaves.map((l) => `${l.streamId}@${l.version}`)).size).toBe(Number(rows[0]!.events));
      // Every pair of checkpoints is consistent: one tree that only grew.
      for (const a of checkpoints) {
        for (const b of checkpoints) {
          if (a.treeSize === 0 || a.treeSize > b.treeSize) continue;
          if (a.treeSize === b.treeSize) {
            expect(a.rootHash).toBe(b.rootHash);
            continue;
          }
          const proof = (await get(`/audit/proofs/consistency?from=${a.treeSize}&to=${b.treeSize}`)).json<{ proof: string[] }>().proof;
          expect(verifyConsistency(a.treeSize, b.treeSize, hex(a.rootHash), hex(b.rootHash), proof.map(hex)), `${a.treeSize} → ${b.treeSize}`).toBe(true);
        }
      }
    } finally {
      await second.close();
      await handle.close();
    }
  }, 300_000);
});
