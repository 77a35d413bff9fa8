/** The cryptography of crypto-shredding (src/privacy/field-crypto.ts), without a database. */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decadeOf, MASTER_KEY, isSealed, masterKeyFromText, newDataKey, newMasterKey, openValue, sealValue, unwrapKey, wrapKey } from '../../src/privacy/field-crypto.ts';
import { readKey, keyInDataDir } from '../../src/key-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'docket-field-crypto-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sealing a field value', () => {
  const key = newDataKey();
  const place = 'member/m-1#name';

  it('opens what it sealed, keeping the JSON type', () => {
    for (const value of ['Wang Fang', '1975-06-01', true, 42, '', '王芳']) {
      const sealed = sealValue(key, value, place);
      expect(isSealed(sealed)).toBe(true);
      expect(openValue(key, sealed, place)).toEqual(value);
    }
  });

  it('uses a fresh IV each time: the same value never seals alike, and the plaintext is not in it', () => {
    const a = sealValue(key, 'Wang Fang', place);
    const b = sealValue(key, 'Wang Fang', place);
    expect(a.$sealed).not.toBe(b.$sealed);
    expect(Buffer.from(a.$sealed, 'base64').toString('latin1')).not.toContain('Wang');
  });

  it('does not open with another key, at another place, or tampered (undefined, never a throw)', () => {
    const sealed = sealValue(key, 'Wang Fang', place);
    expect(openValue(newDataKey(), sealed, place)).toBeUndefined();
    expect(openValue(key, sealed, 'member/m-2#name')).toBeUndefined();
    const bytes = Buffer.from(sealed.$sealed, 'base64');
    bytes[14] = bytes[14]! ^ 1;
    expect(openValue(key, { $sealed: bytes.toString('base64') }, place)).toBeUndefined();
    expect(openValue(key, { $sealed: 'c2hvcnQ=' }, place)).toBeUndefined();
  });

  it('keeps a birth date’s decade beside the ciphertext when asked', () => {
    expect(sealValue(key, '1975-06-01', place, decadeOf('1975-06-01')).decade).toBe('1970s');
    expect(decadeOf('2001-01-01')).toBe('2000s');
    expect(isSealed({ decade: '1970s' })).toBe(false);
    expect(isSealed('Wang Fang')).toBe(false);
  });
});

describe('wrapping a data key with the master key', () => {
  it('unwraps for the same subject and master key only', () => {
    const master = newMasterKey();
    const dataKey = newDataKey();
    const wrapped = wrapKey(master, dataKey, 'member/m-1');
    expect(unwrapKey(master, wrapped, 'member/m-1')?.equals(dataKey)).toBe(true);
    expect(unwrapKey(master, wrapped, 'member/m-2')).toBeNull();
    expect(unwrapKey(newMasterKey(), wrapped, 'member/m-1')).toBeNull();
    expect(wrapped.includes(dataKey)).toBe(false);
  });
});

describe('the master key file', () => {
  it('is 32 bytes in base64; anything else is refused with a readable error', () => {
    const key = newMasterKey();
    expect(masterKeyFromText(`${key.toString('base64')}\n`, 'k').equals(key)).toBe(true);
    expect(() => masterKeyFromText('too short', 'DOCKET_MASTER_KEY (x)')).toThrow(/DOCKET_MASTER_KEY \(x\) does not hold a master key/);
    expect(() => masterKeyFromText(Buffer.alloc(16).toString('base64'), 'k')).toThrow(/32 bytes/);
    expect(() => readKey(MASTER_KEY, join(dir, 'missing.key'))).toThrow(/DOCKET_MASTER_KEY: cannot read/);
  });

  it('is generated once in the embedded data folder (mode 0600), then reused', () => {
    const first = keyInDataDir(MASTER_KEY, join(dir, 'data'));
    expect(first.created).toBe(true);
    expect(statSync(first.path).mode & 0o777).toBe(0o600);
    const again = keyInDataDir(MASTER_KEY, join(dir, 'data'));
    expect(again.created).toBe(false);
    expect(again.key.equals(first.key)).toBe(true);
    expect(readKey(MASTER_KEY, first.path).equals(first.key)).toBe(true);
    expect(readFileSync(first.path, 'utf8').trim()).toBe(first.key.toString('base64'));
  });
});
