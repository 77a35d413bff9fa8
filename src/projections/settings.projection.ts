/** The organisation's settings in force, read by every command. */
import { settingsFrom, type SettingsContext } from '../../workflows/settings.ts';
import { SETTINGS_ROW } from '../engine/facts.ts';
import type { Projection } from './projector.ts';

export const settingsProjection: Projection = {
  name: 'settings',
  tables: ['view_settings'],
  workflows: ['settings'],
  async apply(trx, { events, folded }) {
    const row = {
      settings: JSON.stringify(settingsFrom(folded.snapshot.context as SettingsContext)),
      version: events[events.length - 1]!.version,
    };
    await trx
      .insertInto('view_settings')
      .values({ id: SETTINGS_ROW, ...row })
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
  },
};
