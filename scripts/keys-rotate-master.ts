/**
 * `npm run keys:rotate-master -- <new key file>`: wraps every subject's data key with the master key
 * in <new key file> instead of the current one (DOCKET_MASTER_KEY, or the embedded database's key in
 * its data folder), in one transaction. Then point DOCKET_MASTER_KEY at the new file and restart every
 * server: until they restart, servers still holding the old key refuse to open keys they have not
 * cached (docs/data-protection.md, "Key rotation"). Write the new file with
 * `npm run keys:generate -- --master <path>`.
 */
import { resolve } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/connection.ts';
import { MASTER_KEY } from '../src/privacy/field-crypto.ts';
import { masterKeyOf } from '../src/privacy/master-key.ts';
import { rotateMasterKey } from '../src/privacy/rotate-master-key.ts';
import { readKey } from '../src/key-files.ts';

const target = process.argv[2];
if (!target) {
  process.stderr.write('usage: npm run keys:rotate-master -- <new master key file>  (npm run keys:generate -- --master <path> writes one)\n');
  process.exit(1);
}
const config = loadConfig();
try {
  const oldKey = masterKeyOf(config).key;
  const newKey = readKey(MASTER_KEY, resolve(target));
  if (newKey.equals(oldKey)) throw new Error('the new master key is the current one');
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    const rewrapped = await rotateMasterKey(database.db, oldKey, newKey);
    process.stdout.write(`${rewrapped} data keys rewrapped with ${resolve(target)}; set DOCKET_MASTER_KEY to it and restart every server\n`);
  } finally {
    await database.close();
  }
} catch (error) {
  process.stderr.write(`keys:rotate-master failed, nothing was changed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
