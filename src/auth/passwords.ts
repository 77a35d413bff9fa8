/**
 * Password hashes: scrypt (node:crypto) with a random 16-byte salt per password, N = 2^15, r = 8,
 * p = 1 (32 MiB and some tens of milliseconds per hash), a 32-byte key, compared in constant time.
 * The parameters are stored with each hash (`scrypt$N$r$p$salt$key`), so raising them later leaves
 * existing passwords valid.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

/** A user name: letters of any script, digits and . _ @ - (a JSON Schema pattern, matched with the `u` flag). */
export const USERNAME_PATTERN = '^[\\p{L}\\p{N}._@-]{1,64}$';
export const isUsername = (name: string) => new RegExp(USERNAME_PATTERN, 'u').test(name);

/** Password length bounds (characters): long enough to resist guessing, short enough to hash cheaply. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

function derive(password: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  // maxmem above the 128·N·r bytes scrypt needs (Node's default of 32 MiB is exactly that, which it refuses).
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

const FORMAT = /^scrypt\$(\d{1,8})\$(\d{1,3})\$(\d{1,3})\$([A-Za-z0-9_-]{1,100})\$([A-Za-z0-9_-]{1,200})$/;

/** Whether `password` matches `stored`; a malformed hash matches nothing. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = FORMAT.exec(stored);
  if (!match) return false;
  const [N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const salt = Buffer.from(match[4] ?? '', 'base64url');
  const expected = Buffer.from(match[5] ?? '', 'base64url');
  const key = await derive(password, salt, { N, r, p });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/**
 * A hash of no one's password: checked when the user name is unknown, so a failed sign-in takes
 * as long whether or not the name exists.
 */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(24).toString('base64url'));
  return decoy;
}
