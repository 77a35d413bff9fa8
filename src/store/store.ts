/** A convenience facade over the store functions for callers that append on their own. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../clock.ts';
import { readAll, readStream, readStreamHeader, type ReadAllOptions, type ReadStreamOptions } from './event-store.ts';
import { appendToStream } from './commit.ts';
import { claimIdempotencyKey, completeIdempotencyKey, type IdempotencyRef } from './idempotency.ts';
import { verifyChain } from './verify.ts';
import type { AppendRequest, StoredEvent } from './types.ts';

export interface AppendResult {
  streamId: string;
  version: number;
  positions: number[];
  /** true when an earlier request with the same idempotency key was answered instead. */
  replayed: boolean;
}

export class EventStore {
  constructor(
    readonly db: Kysely<Database>,
    private readonly clock: Clock,
  ) {}

  /** Appends in its own transaction; with `idempotency`, a retry returns the original result and appends nothing. */
  async append(request: AppendRequest, options: { idempotency?: IdempotencyRef } = {}): Promise<AppendResult> {
    return this.db.transaction().execute(async (trx) => {
      const now = this.clock.now();
      if (options.idempotency) {
        const claim = await claimIdempotencyKey<AppendResult>(trx, options.idempotency, now);
        if (claim.status === 'replay') return { ...claim.result, replayed: true };
      }
      const stored = await appendToStream(trx, request, now);
      const result: AppendResult = {
        streamId: request.streamId,
        version: request.expectedVersion + stored.length,
        positions: stored.map((e) => e.globalPosition),
        replayed: false,
      };
      if (options.idempotency) await completeIdempotencyKey(trx, options.idempotency, result);
      return result;
    });
  }

  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    return readStream(this.db, streamId, options);
  }
  readStreamHeader(streamId: string) {
    return readStreamHeader(this.db, streamId);
  }
  readAll(options?: ReadAllOptions) {
    return readAll(this.db, options);
  }
  verify(options?: { streamId?: string }) {
    return verifyChain(this.db, options);
  }
}
