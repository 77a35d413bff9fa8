/**
 * `npm run keys:generate -- [path]`: writes an Ed25519 key pair for signing checkpoints: the private
 * key at `path` (default ./docket-signing-key.pem, mode 0600; an existing file is never overwritten)
 * and the public key at `<path>.pub`. Point DOCKET_SIGNING_KEY at the private key; give the public
 * key to whoever checks the log (npm run audit:check -- --public-key <path>.pub).
 *
 * `npm run keys:generate -- --master [path]`: writes a master key instead (default
 * ./docket-master.key, mode 0600: 32 random bytes in base64), for DOCKET_MASTER_KEY.
 */
import { resolve } from 'node:path';
import { generateSigningKey, writeKeyPair } from '../src/audit/signing.ts';
import { newMasterKey, MASTER_KEY } from '../src/privacy/field-crypto.ts';

const master = process.argv[2] === '--master';
const path = resolve((master ? process.argv[3] : process.argv[2]) ?? (master ? 'docket-master.key' : 'docket-signing-key.pem'));
try {
  if (master) {
    MASTER_KEY.write(newMasterKey(), path);
    process.stdout.write(`master key: ${path} (keep it, and a copy, off the database server's disks and out of its backups; set DOCKET_MASTER_KEY to it)\n`);
    process.exit(0);
  }
  const key = generateSigningKey();
  const written = writeKeyPair(key, path);
  process.stdout.write(
    `private key: ${written.privatePath} (keep it off the database server's disks if you can; set DOCKET_SIGNING_KEY to it)\n` +
      `public key:  ${written.publicPath}\nkey id:      ${key.keyId}\n`,
  );
} catch (error) {
  const code = (error as { code?: unknown }).code;
  process.stderr.write(code === 'EEXIST' ? `keys:generate refused: ${path} exists; choose another path\n` : `keys:generate failed: ${(error as Error).message}\n`);
  process.exit(1);
}
