/** The organisation's settings in force, read by every command. */
import { settingsFrom, type SettingsContext } from '../../workflows/settings.ts';
import { SETTINGS_ROW } from '../engine/facts.ts';
import type { Projection } from './projector.ts';
import { write } from './view-tables.ts';

export const settingsProjection: Projection = {
  name: 'settings',
  tables: ['view_settings'],
  workflows: ['settings'],
  project({ events, folded }) {
    return [
      write('view_settings', {
        id: SETTINGS_ROW,
        settings: settingsFrom(folded.snapshot.context as SettingsContext),
        version: events[events.length - 1]!.version,
      }),
    ];
  },
};
