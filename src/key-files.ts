/**
 * The server's key files — the master key that wraps personal data's keys (src/privacy/field-crypto.ts)
 * and the checkpoint signing key (src/audit/signing.ts): one way to read the file a setting names,
 * to write a secret only its owner can read, and to keep a key in the embedded database's data
 * folder, generated on first use. What a key is, and how its text is checked, stays with its user.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface KeyFile<K> {
  /** The setting that names the file, for messages. */
  setting: string;
  /** The file's name in the embedded database's data folder. */
  fileName: string;
  /** The key from the file's text; throws an error naming `what` when the text holds none. */
  parse(text: string, what: string): K;
  generate(): K;
  /** Writes a new key at `path` (its secret part with writeSecret); refuses to overwrite a file. */
  write(key: K, path: string): void;
}

/** The key in the file at `path`; a readable error names the setting and the path. */
export function readKey<K>(kind: KeyFile<K>, path: string): K {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`${kind.setting}: cannot read ${path} (${(error as Error).message})`);
  }
  return kind.parse(text, `${kind.setting} (${path})`);
}

/** Writes a new file readable by its owner only (mode 0600); refuses to overwrite one. */
export function writeSecret(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { mode: 0o600, flag: 'wx' });
}

/** The key kept in a data folder: read when the file is there, else generated and written. */
export function keyInDataDir<K>(kind: KeyFile<K>, dataDir: string): { key: K; path: string; created: boolean } {
  const path = join(dataDir, kind.fileName);
  if (existsSync(path)) return { key: readKey(kind, path), path, created: false };
  const key = kind.generate();
  kind.write(key, path);
  return { key, path, created: true };
}
