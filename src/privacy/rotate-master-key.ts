/**
 * Rotating the master key (`npm run keys:rotate-master`): every data key is unwrapped with the old
 * master key and wrapped again with the new one, in one transaction, so the table holds keys of one
 * master key only, before or after. The data keys themselves, and so the log, do not change.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { rewrapKey, wrappedKeysAfter } from './data-keys.query.ts';
import { unwrapKey, wrapKey } from './field-crypto.ts';

const PAGE = 1_000;

/** Rewraps every data key; the number rewrapped. Refuses (changing nothing) if a key does not unwrap with `oldKey`. */
export async function rotateMasterKey(db: Kysely<Database>, oldKey: Buffer, newKey: Buffer): Promise<number> {
  return db.transaction().execute(async (trx) => {
    let after = '';
    let rewrapped = 0;
    for (;;) {
      const page = await wrappedKeysAfter(trx, after, PAGE);
      for (const { subject, wrapped } of page) {
        const dataKey = unwrapKey(oldKey, wrapped, subject);
        if (dataKey === null) throw new Error(`the data key of ${subject} does not unwrap with the current master key: nothing was changed`);
        await rewrapKey(trx, subject, wrapKey(newKey, dataKey, subject));
        rewrapped += 1;
      }
      if (page.length < PAGE) return rewrapped;
      after = page[page.length - 1]!.subject;
    }
  });
}
