/**
 * Rotating the master key (npm run keys:generate -- --master, npm run keys:rotate-master): every data
 * key is wrapped again with the new master key; the log is untouched, and a server with the new key
 * reads the personal fields as before.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { MASTER_KEY } from '../../src/privacy/field-crypto.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { registerMember } from '../support/engine-fixtures.ts';
import { runScript } from '../support/run-script.ts';
import { testMasterKeyFile } from '../support/child-server.ts';
import { checkMasterKey } from '../../src/privacy/master-key.ts';
import { readKey } from '../../src/key-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'docket-rotate-'));

describe('master key rotation', () => {
  let t: TestApp;
  let memberId: string;

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    memberId = await registerMember(t, { name: 'Qian Duoduo', birthDate: '1969-12-31' });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const snapshot = async () =>
    (await sql<{ text: string }>`SELECT (SELECT string_agg(hash, ',' ORDER BY global_position) FROM events) ||
      (SELECT string_agg(encode(wrapped, 'hex'), ',' ORDER BY subject) FROM data_keys) AS text`.execute(t.handle.db)).rows[0]!.text;

  it('rewraps every data key with the new master key; the log is unchanged and opens with the new key', async () => {
    const newKeyFile = join(dir, 'new-master.key');
    const generated = await runScript('keys-generate.ts', ['--master', newKeyFile], {});
    expect(generated.code, generated.stderr).toBe(0);
    expect(statSync(newKeyFile).mode & 0o777).toBe(0o600);
    expect((await runScript('keys-generate.ts', ['--master', newKeyFile], {})).code).toBe(1);

    const hashesBefore = await sql<{ hash: string }>`SELECT hash FROM events ORDER BY global_position`.execute(t.handle.db);
    const before = await snapshot();
    const url = t.database?.url ?? '';
    const rotated = await runScript('keys-rotate-master.ts', [newKeyFile], { DATABASE_URL: url });
    expect(rotated.stderr).toBe('');
    expect(rotated.stdout).toMatch(/^\d+ data keys rewrapped with .*new-master\.key/);
    expect(await snapshot()).not.toBe(before);
    expect((await sql<{ hash: string }>`SELECT hash FROM events ORDER BY global_position`.execute(t.handle.db)).rows).toEqual(hashesBefore.rows);

    // Rotating again from the old key is refused, changing nothing.
    const after = await snapshot();
    const again = await runScript('keys-rotate-master.ts', [newKeyFile], { DATABASE_URL: url });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/nothing was changed/);
    expect(await snapshot()).toBe(after);

    // A server started with the old key refuses to start; with the new one it starts.
    await expect(checkMasterKey(t.handle.db, readKey(MASTER_KEY, testMasterKeyFile()))).rejects.toThrow(/not the one this database's data keys were wrapped with/);
    await expect(checkMasterKey(t.handle.db, readKey(MASTER_KEY, newKeyFile))).resolves.toBeUndefined();

    const app = await buildApp({ database: t.handle, logLevel: 'silent', masterKey: readKey(MASTER_KEY, newKeyFile) });
    try {
      const response = await app.inject({ method: 'GET', url: `/workflows/member/instances/${memberId}/history`, headers: { authorization: `Bearer ${t.admin.token}` } });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().events[0].data).toMatchObject({ name: 'Qian Duoduo', birthDate: '1969-12-31' });
    } finally {
      await app.close();
    }
  });
});
