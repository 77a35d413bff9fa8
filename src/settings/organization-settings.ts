/**
 * The organisation's settings stream, `settings/organization`: read the settings in force and
 * change them with ChangeSettings, starting the stream on the first change.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../clock.ts';
import type { Engine } from '../engine/engine.ts';
import { loadSettings, SETTINGS_ROW } from '../engine/facts.ts';
import { streamIdOf } from '../engine/registry.ts';
import { readStreamHeader } from '../store/event-store.ts';
import { VersionConflict } from '../errors.ts';
import type { Principal, Settings } from '../../workflows/contract.ts';
import { settingsFrom, type SettingsContext } from '../../workflows/settings.ts';

const SETTINGS_INSTANCE = SETTINGS_ROW;
const SETTINGS_STREAM = streamIdOf('settings', SETTINGS_INSTANCE);
/** Attempts of a change without If-Match that loses a race (e.g. two first changes at once). */
const MAX_ATTEMPTS = 5;

export interface SettingsView extends Settings {
  version: number;
}

export async function currentSettings(db: Kysely<Database>): Promise<SettingsView> {
  const [settings, row] = await Promise.all([
    loadSettings(db),
    db.selectFrom('view_settings').select('version').where('id', '=', SETTINGS_ROW).executeTakeFirst(),
  ]);
  return { ...settings, version: row?.version ?? 0 };
}

export interface SettingsDeps {
  db: Kysely<Database>;
  engine: Engine;
  clock: Clock;
}

export interface SettingsChange {
  command: Record<string, unknown>;
  principal: Principal;
  /** If-Match: the version the client saw (0 before the first change). */
  expectedVersion?: number | undefined;
  requestId?: string | undefined;
}

export async function changeSettings(deps: SettingsDeps, change: SettingsChange): Promise<SettingsView> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await deps.db.transaction().execute(async (trx) => {
        const header = await readStreamHeader(trx, SETTINGS_STREAM);
        const version = header?.version ?? 0;
        if (change.expectedVersion !== undefined && change.expectedVersion !== version) {
          throw new VersionConflict(SETTINGS_STREAM, change.expectedVersion, version);
        }
        return deps.engine.decideAndAppend(
          trx,
          {
            workflow: 'settings',
            instanceId: SETTINGS_INSTANCE,
            command: change.command,
            principal: change.principal,
            expectedVersion: header ? change.expectedVersion : undefined,
            requestId: change.requestId,
          },
          header === null,
          deps.clock.now(),
        );
      });
      const recorded = result.events[result.events.length - 1]?.data ?? {};
      return { ...settingsFrom(recorded as SettingsContext), version: result.version };
    } catch (error) {
      const retry = error instanceof VersionConflict && change.expectedVersion === undefined && attempt < MAX_ATTEMPTS;
      if (!retry) throw error;
    }
  }
}
