/**
 * The embedded database keeps the same tree: on PGlite the follower appends leaves, a checkpoint is
 * signed, and an inclusion proof and a consistency proof verify against it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { checkpointSignedBy, generateSigningKey, type Checkpoint } from '../../src/audit/signing.ts';
import { verifyConsistency, verifyInclusion } from '../../src/audit/merkle.ts';

const hex = (h: string) => Buffer.from(h, 'hex');

describe('the Merkle tree on PGlite', () => {
  const key = generateSigningKey();
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ backend: 'pglite', settings: { checkpoints: { signingKey: key } } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('signs checkpoints whose proofs verify', async () => {
    const manager = await t.principal(['suggestion_manager']);
    const register = async (content: string) => {
      const created = await t.as(manager, {
        method: 'POST',
        url: '/workflows/suggestion/instances',
        payload: { type: 'RegisterSuggestion', receivedOn: '2024-02-25', channel: 'online', category: 'city', content, anonymous: true },
      });
      expect(created.statusCode, created.body).toBe(201);
      return `suggestion/${(created.json() as { id: string }).id}`;
    };
    const first = await register('One');
    const issue = async () => (await t.as(t.admin, { method: 'POST', url: '/audit/checkpoint' })).json() as Checkpoint;
    const small = await issue();
    for (const content of ['Two', 'Three', 'Four', 'Five']) await register(content);
    const large = await issue();
    expect(small.treeSize).toBeGreaterThan(0);
    expect(large.treeSize).toBe(small.treeSize + 4);
    expect(checkpointSignedBy(key.publicKey, large)).toBe(true);

    const inclusion = (await t.as(t.admin, { method: 'GET', url: `/audit/proofs/inclusion?streamId=${encodeURIComponent(first)}&version=1` })).json() as {
      leafIndex: number;
      treeSize: number;
      leafHash: string;
      proof: string[];
    };
    expect(inclusion.treeSize).toBe(large.treeSize);
    expect(verifyInclusion(inclusion.leafIndex, inclusion.treeSize, hex(inclusion.leafHash), inclusion.proof.map(hex), hex(large.rootHash))).toBe(true);
    const consistency = (await t.as(t.admin, { method: 'GET', url: `/audit/proofs/consistency?from=${small.treeSize}&to=${large.treeSize}` })).json() as { proof: string[] };
    expect(verifyConsistency(small.treeSize, large.treeSize, hex(small.rootHash), hex(large.rootHash), consistency.proof.map(hex))).toBe(true);
  });
});
