/** Box collection cadence: collections and suggestions per box and month. */
import { sql } from 'kysely';
import type { CollectionContext } from '../../workflows/collection.ts';
import type { Projection } from './projector.ts';

export const collectionsProjection: Projection = {
  name: 'collections',
  tables: ['view_collections'],
  workflows: ['collection'],
  async apply(trx, { events, folded }) {
    if (!events.some((e) => e.type === 'CollectionRecorded')) return;
    const c = folded.snapshot.context as CollectionContext;
    await trx
      .insertInto('view_collections')
      .values({ box: c.box, month: c.collectedOn.slice(0, 7), collections: 1, suggestions: c.count })
      .onConflict((oc) =>
        oc.columns(['box', 'month']).doUpdateSet({
          collections: sql`view_collections.collections + 1`,
          suggestions: sql`view_collections.suggestions + excluded.suggestions`,
        }),
      )
      .execute();
  },
};
