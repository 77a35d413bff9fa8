/** Box collection cadence: collections and suggestions per box and month. */
import type { CollectionContext } from '../../workflows/collection.ts';
import type { Projection } from './projector.ts';
import { write } from './view-tables.ts';

export const collectionsProjection: Projection = {
  name: 'collections',
  tables: ['view_collections'],
  workflows: ['collection'],
  project({ events, folded }) {
    if (!events.some((e) => e.type === 'CollectionRecorded')) return [];
    const c = folded.snapshot.context as CollectionContext;
    return [
      // Added to the month's counts (view-tables.ts).
      write('view_collections', { box: c.box, month: c.collectedOn.slice(0, 7), collections: 1, suggestions: c.count }),
    ];
  },
};
