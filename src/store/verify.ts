/**
 * Recomputes the per-stream hash chains and reports the first broken link. The heads and the events
 * are read in one snapshot (readSnapshot): appends committing meanwhile never look like a tail
 * missing from the log or a head missing from the streams.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { readSnapshot } from './snapshot.ts';
import { eventHash, GENESIS_HASH } from './canonical.ts';
import { toStoredEvent } from './event-store.ts';
import type { Executor, StoredEvent } from './types.ts';

export interface BrokenLink {
  streamId: string;
  version: number;
  reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'version_gap' | 'missing_events' | 'head_mismatch';
  detail: string;
}

export interface VerifyResult {
  ok: boolean;
  streamsChecked: number;
  eventsChecked: number;
  firstBroken: BrokenLink | null;
}

const BATCH = 2_000;

export interface VerifyOptions {
  streamId?: string;
}

/** The whole log (or one stream) in one snapshot of its own. */
export function verifyChain(db: Kysely<Database>, options: VerifyOptions = {}): Promise<VerifyResult> {
  return readSnapshot(db, (trx) => verifyChainIn(trx, options));
}

/** As verifyChain, inside a transaction the caller opened with readSnapshot (so other reads share its snapshot). */
export async function verifyChainIn(db: Executor, options: VerifyOptions = {}): Promise<VerifyResult> {
  let streamsChecked = 0;
  let eventsChecked = 0;
  let after: { streamId: string; version: number } = { streamId: '', version: 0 };
  let current: { streamId: string; version: number; hash: string } | null = null;

  const heads = new Map<string, { version: number; lastHash: string }>();
  const headRows = await db
    .selectFrom('streams')
    .select(['stream_id', 'version', 'last_hash'])
    .$if(options.streamId !== undefined, (q) => q.where('stream_id', '=', options.streamId!))
    .execute();
  for (const h of headRows) heads.set(h.stream_id, { version: h.version, lastHash: h.last_hash });

  const closeStream = (): BrokenLink | null => {
    if (!current) return null;
    streamsChecked += 1;
    const head = heads.get(current.streamId);
    heads.delete(current.streamId);
    if (!head || head.version !== current.version || head.lastHash !== current.hash) {
      return {
        streamId: current.streamId,
        version: current.version,
        reason: 'head_mismatch',
        detail: `the stream head records version ${head?.version ?? 'none'}, the log ends at version ${current.version}`,
      };
    }
    return null;
  };

  const check = (event: StoredEvent): BrokenLink | null => {
    if (!current || current.streamId !== event.streamId) {
      const broken = closeStream();
      if (broken) return broken;
      current = { streamId: event.streamId, version: 0, hash: GENESIS_HASH };
    }
    const link = (reason: BrokenLink['reason'], detail: string): BrokenLink => ({
      streamId: event.streamId,
      version: event.version,
      reason,
      detail,
    });
    if (event.version !== current.version + 1) {
      return link('version_gap', `expected version ${current.version + 1}, found ${event.version}`);
    }
    if (event.prevHash !== current.hash) return link('prev_hash_mismatch', 'prev_hash does not match the previous event');
    const recomputed = eventHash(event.prevHash, {
      streamId: event.streamId,
      version: event.version,
      type: event.type,
      data: event.data,
      metadata: event.metadata,
      occurredOn: event.occurredOn,
      recordedAt: event.recordedAt.toISOString(),
    });
    if (recomputed !== event.hash) return link('hash_mismatch', 'the event content does not match its hash');
    current = { streamId: event.streamId, version: event.version, hash: event.hash };
    eventsChecked += 1;
    return null;
  };

  for (;;) {
    const { rows } = await sql<Parameters<typeof toStoredEvent>[0]>`SELECT global_position, stream_id, stream_version,
        workflow, workflow_version, type, data, metadata, occurred_on::text AS occurred_on, recorded_at,
        transaction_id::text AS transaction_id, prev_hash, hash
      FROM events
      WHERE (stream_id, stream_version) > (${after.streamId}, ${after.version})
        ${options.streamId !== undefined ? sql`AND stream_id = ${options.streamId}` : sql``}
      ORDER BY stream_id, stream_version
      LIMIT ${BATCH}`.execute(db);
    for (const row of rows) {
      const broken = check(toStoredEvent(row));
      if (broken) return { ok: false, streamsChecked, eventsChecked, firstBroken: broken };
    }
    if (rows.length < BATCH) break;
    const last = rows[rows.length - 1]!;
    after = { streamId: last.stream_id, version: last.stream_version };
  }
  const broken = closeStream();
  if (broken) return { ok: false, streamsChecked, eventsChecked, firstBroken: broken };
  // Streams whose head says they have events the log no longer holds.
  for (const [streamId, head] of heads) {
    if (head.version > 0) {
      return {
        ok: false,
        streamsChecked,
        eventsChecked,
        firstBroken: { streamId, version: 1, reason: 'missing_events', detail: `the head records ${head.version} events, the log has none` },
      };
    }
  }
  return { ok: true, streamsChecked, eventsChecked, firstBroken: null };
}
