/**
 * The master key that wraps the subjects' data keys (docs/data-protection.md, "Erasure"), chosen
 * once at start like the checkpoint signing key: DOCKET_MASTER_KEY names a key file (32 bytes in
 * base64, `npm run keys:generate` writes one); without it the embedded database (no DATABASE_URL)
 * keeps one in its data folder, generated on first start, with a warning. A server on PostgreSQL
 * without one refuses to start: a key made up per process would leave what it sealed unreadable by
 * the next start and by every other server.
 */
import type { Config } from '../config.ts';
import type { Executor } from '../store/types.ts';
import { someWrappedKey } from './data-keys.query.ts';
import { MASTER_KEY, unwrapKey } from './field-crypto.ts';
import { readKey, keyInDataDir } from '../key-files.ts';

export function masterKeyOf(config: Pick<Config, 'masterKeyPath' | 'databaseUrl' | 'dataDir'>): { key: Buffer; warning: string | null } {
  if (config.masterKeyPath) return { key: readKey(MASTER_KEY, config.masterKeyPath), warning: null };
  if (config.databaseUrl) {
    throw new Error('DOCKET_MASTER_KEY is not set: on PostgreSQL every server needs the key file the personal fields are sealed with (npm run keys:generate writes one)');
  }
  const { key, path, created } = keyInDataDir(MASTER_KEY, config.dataDir);
  return {
    key,
    warning: `personal fields are sealed under ${created ? 'a master key generated in' : 'the master key kept in'} the data folder (${path}), beside the data it protects; keep it elsewhere and set DOCKET_MASTER_KEY`,
  };
}

/**
 * Refuses a master key the database's data keys were not wrapped with (another key file, or a key
 * generated afresh beside a restored data folder): started with it, the server could open no
 * personal field. Checked once at start, on one stored key.
 */
export async function checkMasterKey(db: Executor, key: Buffer): Promise<void> {
  const stored = await someWrappedKey(db);
  if (stored !== null && unwrapKey(key, stored.wrapped, stored.subject) === null) {
    throw new Error(
      'the master key is not the one this database\'s data keys were wrapped with: set DOCKET_MASTER_KEY to that key file ' +
        '(after a restore, the master.key of the data folder the backup was taken from)',
    );
  }
}
