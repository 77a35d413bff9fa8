import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.ts';
import { migrate, listMigrations } from '../../src/db/migrate.ts';
import { createTestDatabase, migratedPostgres } from '../support/database.ts';
import { storeContract } from '../support/store-contract.ts';

storeContract('postgres', () => migratedPostgres());

describe('migrations on PostgreSQL', () => {
  it('apply each file exactly once when four processes migrate at once', async () => {
    const database = await createTestDatabase();
    const handles = await Promise.all(Array.from({ length: 4 }, () => openDatabase({ url: database.url, poolSize: 2 })));
    try {
      const results = await Promise.all(handles.map((h) => migrate(h)));
      const names = listMigrations().map((m) => m.name);
      for (const name of names) {
        expect(results.filter((r) => r.applied.includes(name))).toHaveLength(1);
      }
      const again = await migrate(handles[0]!);
      expect(again.applied).toEqual([]);
    } finally {
      await Promise.all(handles.map((h) => h.close()));
      await database.drop();
    }
  });
});
