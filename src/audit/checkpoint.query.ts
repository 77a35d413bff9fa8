/** Stored checkpoints (merkle_checkpoints): appended when issued, the latest read by GET /audit/checkpoint. */
import type { Executor } from '../store/types.ts';
import type { Checkpoint } from './signing.ts';

export async function insertCheckpoint(db: Executor, c: Checkpoint): Promise<void> {
  await db
    .insertInto('merkle_checkpoints')
    .values({
      tree_size: c.treeSize,
      root_hash: Buffer.from(c.rootHash, 'hex'),
      issued_at: c.issuedAt,
      key_id: c.keyId,
      signature: Buffer.from(c.signature, 'base64'),
    })
    .execute();
}

/** The checkpoint issued last (by any server on this database); null before the first. */
export async function latestCheckpoint(db: Executor): Promise<Checkpoint | null> {
  const row = await db
    .selectFrom('merkle_checkpoints')
    .select(['tree_size', 'root_hash', 'issued_at', 'key_id', 'signature'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  return {
    treeSize: Number(row.tree_size),
    rootHash: Buffer.from(row.root_hash).toString('hex'),
    issuedAt: new Date(row.issued_at).toISOString(),
    keyId: row.key_id,
    signature: Buffer.from(row.signature).toString('base64'),
  };
}
