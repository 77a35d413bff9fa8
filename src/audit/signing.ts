/**
 * Signed checkpoints: the tree's size and root, signed with the server's Ed25519 key. The private
 * key lives in a PEM file (DOCKET_SIGNING_KEY), never in the database; anyone holding the public key
 * checks a checkpoint without trusting the server or its database.
 *
 * The signed bytes are the UTF-8 text of four lines, each ending in "\n":
 *
 *     docket-checkpoint/v1
 *     <treeSize, decimal>
 *     <rootHash, 64 lowercase hex digits>
 *     <issuedAt, ISO 8601 UTC with milliseconds, e.g. 2024-03-01T09:00:00.000Z>
 *
 * `signature` is the Ed25519 signature of those bytes (RFC 8032), base64; `keyId` the first 16 hex
 * digits of SHA-256 of the public key's DER (SubjectPublicKeyInfo).
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { writeSecret, type KeyFile } from '../key-files.ts';

export const CHECKPOINT_FORMAT = 'docket-checkpoint/v1';

export interface Checkpoint {
  treeSize: number;
  /** MTH of the first treeSize leaves, hex. */
  rootHash: string;
  /** ISO 8601 UTC with milliseconds. */
  issuedAt: string;
  keyId: string;
  /** Ed25519 over checkpointBytes, base64. */
  signature: string;
}

export type UnsignedCheckpoint = Pick<Checkpoint, 'treeSize' | 'rootHash' | 'issuedAt'>;

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  keyId: string;
  /** The public key as PEM (SubjectPublicKeyInfo). */
  publicKeyPem: string;
}

/** The bytes a checkpoint's signature covers (see the header). */
export function checkpointBytes(c: UnsignedCheckpoint): Buffer {
  return Buffer.from(`${CHECKPOINT_FORMAT}\n${c.treeSize}\n${c.rootHash}\n${c.issuedAt}\n`, 'utf8');
}

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

function ed25519(key: KeyObject, what: string): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${what} is a ${key.asymmetricKeyType ?? 'symmetric'} key, not Ed25519`);
  return key;
}

/** A signing key from its private key's PEM text. */
export function signingKeyFromPem(pem: string, what = 'the signing key'): SigningKey {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch (error) {
    throw new Error(`${what} is not a PEM private key (${(error as Error).message})`);
  }
  ed25519(privateKey, what);
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: keyIdOf(publicKey), publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

/** An Ed25519 public key from PEM (SubjectPublicKeyInfo); throws a readable error otherwise. */
export function publicKeyFromPem(pem: string, what = 'the public key'): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch (error) {
    throw new Error(`${what} is not a PEM public key (${(error as Error).message})`);
  }
  return ed25519(key, what);
}

export function generateSigningKey(): SigningKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  return signingKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
}

export const privateKeyPem = (key: SigningKey): string => key.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

/** Writes a key pair: the private key (mode 0600) at `path`, the public key at `<path>.pub`. */
export function writeKeyPair(key: SigningKey, path: string): { privatePath: string; publicPath: string } {
  writeSecret(path, privateKeyPem(key));
  const publicPath = `${path}.pub`;
  writeFileSync(publicPath, key.publicKeyPem, { flag: 'w' });
  return { privatePath: path, publicPath };
}

/** DOCKET_SIGNING_KEY's file, or `checkpoint-signing-key.pem` in the embedded database's data folder. */
export const SIGNING_KEY: KeyFile<SigningKey> = {
  setting: 'DOCKET_SIGNING_KEY',
  fileName: 'checkpoint-signing-key.pem',
  parse: signingKeyFromPem,
  generate: generateSigningKey,
  write: (key, path) => void writeKeyPair(key, path),
};

export function signCheckpoint(key: SigningKey, c: UnsignedCheckpoint): Checkpoint {
  const signature = sign(null, checkpointBytes(c), key.privateKey).toString('base64');
  return { treeSize: c.treeSize, rootHash: c.rootHash, issuedAt: c.issuedAt, keyId: key.keyId, signature };
}

/** Whether `publicKey` signed exactly this checkpoint (and its keyId names that key). */
export function checkpointSignedBy(publicKey: KeyObject, c: Checkpoint): boolean {
  if (c.keyId !== keyIdOf(publicKey)) return false;
  if (!/^[A-Za-z0-9+/]{86}==$/.test(c.signature)) return false;
  return verify(null, checkpointBytes(c), publicKey, Buffer.from(c.signature, 'base64'));
}
