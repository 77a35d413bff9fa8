/**
 * The cryptography of crypto-shredding, pure: AES-256-GCM (Node's crypto) with a random 96-bit IV
 * for every value sealed.
 *
 * - A subject's data key (32 random bytes) seals its personal field values. A sealed value is an
 *   object `{ "$sealed": base64(iv ‖ ciphertext ‖ tag) }` in the event's data, in place of the value;
 *   the ciphertext is the value's JSON, so strings, numbers and booleans come back as they were.
 *   The additional data binds it to its place (the stream and the field's path): a sealed value
 *   copied into another event or field does not open.
 * - The master key (32 bytes, never in the database) wraps the data keys: base64(iv ‖ ciphertext ‖ tag)
 *   with the subject as additional data, stored in `data_keys`.
 *
 * The master key file (DOCKET_MASTER_KEY) holds the key's 32 bytes in base64 on one line.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { writeSecret, type KeyFile } from '../key-files.ts';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

/** The property naming a sealed value in an event's data. */
export const SEALED = '$sealed';

export interface SealedValue {
  [SEALED]: string;
  /** A non-identifying fact about the value kept in clear for aggregate reports (a birth date's decade). */
  decade?: string;
}

export const isSealed = (value: unknown): value is SealedValue =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as Record<string, unknown>)[SEALED] === 'string';

function encrypt(key: Buffer, plaintext: Buffer, aad: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
}

/** The plaintext, or null when the bytes were not sealed by this key for this place (never throws). */
function decrypt(key: Buffer, sealed: Buffer, aad: string): Buffer | null {
  if (sealed.length < IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    return null;
  }
}

export const newDataKey = (): Buffer => randomBytes(KEY_BYTES);

/** A field value sealed with the subject's data key, bound to `place` (stream id and path). */
export function sealValue(key: Buffer, value: unknown, place: string, decade?: string): SealedValue {
  const sealed: SealedValue = { [SEALED]: encrypt(key, Buffer.from(JSON.stringify(value), 'utf8'), place).toString('base64') };
  if (decade !== undefined) sealed.decade = decade;
  return sealed;
}

/** The value sealed at `place`; `undefined` when this key did not seal it there. */
export function openValue(key: Buffer, sealed: SealedValue, place: string): unknown {
  const plain = decrypt(key, Buffer.from(sealed[SEALED], 'base64'), place);
  return plain === null ? undefined : (JSON.parse(plain.toString('utf8')) as unknown);
}

export function wrapKey(masterKey: Buffer, dataKey: Buffer, subject: string): Buffer {
  return encrypt(masterKey, dataKey, subject);
}

/** The data key, or null when the master key did not wrap it for this subject (another master key). */
export function unwrapKey(masterKey: Buffer, wrapped: Uint8Array, subject: string): Buffer | null {
  const key = decrypt(masterKey, Buffer.from(wrapped), subject);
  return key !== null && key.length === KEY_BYTES ? key : null;
}

/** The decade of an ISO date (`1972-05-01` → `1970s`): what the organisation report counts. */
export function decadeOf(isoDate: string): string {
  return `${Math.floor(Number(isoDate.slice(0, 4)) / 10) * 10}s`;
}

// ---- the master key ---------------------------------------------------------------------------

/** A master key from its file's text (base64 of 32 bytes); throws a readable error otherwise. */
export function masterKeyFromText(text: string, what: string): Buffer {
  const trimmed = text.trim();
  const key = /^[A-Za-z0-9+/]{43}=$/.test(trimmed) ? Buffer.from(trimmed, 'base64') : null;
  if (key === null || key.length !== KEY_BYTES) throw new Error(`${what} does not hold a master key: 32 bytes in base64 on one line (npm run keys:generate writes one)`);
  return key;
}

export const newMasterKey = (): Buffer => randomBytes(KEY_BYTES);

/** DOCKET_MASTER_KEY's file, or `master.key` in the embedded database's data folder. */
export const MASTER_KEY: KeyFile<Buffer> = {
  setting: 'DOCKET_MASTER_KEY',
  fileName: 'master.key',
  parse: masterKeyFromText,
  generate: newMasterKey,
  write: (key, path) => writeSecret(path, `${key.toString('base64')}\n`),
};
