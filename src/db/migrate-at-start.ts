/**
 * Migrations at start. The database owner applies them; a server running as a least-privilege role
 * (no DDL rights, see docs/least-privilege.md) cannot, so for it they are only checked to be applied
 * already, and a clear error says what to do when they are not.
 */
import type { DatabaseHandle } from './connection.ts';
import { migrate, pendingSchema } from './migrate.ts';

export interface StartMigrations {
  applied: string[];
  /** true when the role could not migrate and every migration was found applied. */
  checkedOnly: boolean;
}

const INSUFFICIENT_PRIVILEGE = '42501';

export async function migrateAtStart(database: DatabaseHandle): Promise<StartMigrations> {
  try {
    const result = await migrate(database);
    return { applied: result.applied, checkedOnly: false };
  } catch (error) {
    if ((error as { code?: unknown }).code !== INSUFFICIENT_PRIVILEGE) throw error;
    const pending = await pendingSchema(database);
    if (pending.length > 0) {
      throw new Error(
        `this database role may not change the schema and ${pending.join(', ')} ${pending.length === 1 ? 'is' : 'are'} not applied: ` +
          'run `npm run migrate` as the database owner first (docs/least-privilege.md)',
      );
    }
    return { applied: [], checkedOnly: true };
  }
}
