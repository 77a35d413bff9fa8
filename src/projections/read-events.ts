/**
 * The rebuild's reader: a batch of events in stream order (stream id, then version, as the
 * events_stream_version_unique index keeps them), as the StoredEvents the event store's readers give
 * (toStoredEvent) less what projections never read (ProjectedEvent: no hash chain, no transaction
 * id, of the metadata only the actor and comment; the rest would be text built by PostgreSQL and
 * parsed by node for nothing), but shipped as a few JSON texts (one per `part` events) that PostgreSQL builds
 * and node parses with one JSON.parse each. Decoding 13 columns per row in the driver (two JSON
 * parses and a date parse among them) would take much of node's time in the rebuild; PostgreSQL
 * builds the texts on its own core, beside node, which is the busier of the two. Parts rather than one text per
 * batch: the driver copies a message as it grows, and smaller strings are cheaper to decode and parse.
 *
 * Same values as toStoredEvent: `data`, the actor and the comment are the jsonb's own text (as the
 * driver parses it; the engine writes a comment only as a string, absent when there is none);
 * global positions are exact in a double below 2^53; `recorded_at` comes as epoch milliseconds, its
 * microseconds cut off (floor) as the driver's parser does (a number makes a Date several times
 * faster than an ISO text does); `occurred_on` is the date's ISO text.
 */
import { sql } from 'kysely';
import type { Executor, EventMetadata, RecordedState } from '../store/types.ts';
import type { ProjectedEvent } from './projector.ts';
import type { StoredKey } from '../privacy/data-keys.query.ts';

type Row = [number, string, number, string, number, string, Record<string, unknown>, EventMetadata['actor'], string | null, string, number];

/** A place in stream order: after this stream's event of this version. */
export interface StreamPosition {
  streamId: string;
  version: number;
}

/** The start of stream order (every stream id sorts at or after '', every version is >= 1). */
export const STREAM_ORDER_START: StreamPosition = { streamId: '', version: 0 };

/** Events as PostgreSQL sent them: JSON texts of up to `part` events each, parsed when needed (parseEvents). */
export interface EventTexts {
  texts: string[];
  count: number;
  heads: Map<string, StreamHead>;
}

/**
 * Up to `limit` events after `after` in stream order, as JSON texts of `part` events each, and the
 * heads of their streams (version and recorded state). The rebuild parses one text at a time: the
 * parsed events of a whole batch, alive while it is replayed, were copied by every young-generation
 * GC and then promoted (a text is one flat string, never copied).
 */
/**
 * (The heads carry the streams' wrapped data keys, so the rebuild opens personal fields without a
 * statement of its own between the reads.)
 */
export async function readEventTexts(db: Executor, after: StreamPosition, limit: number, part = 500): Promise<EventTexts> {
  const { rows } = await sql<{ part: string | null; events: number | null; heads: string | null }>`WITH e AS (
      SELECT * FROM events WHERE (stream_id, stream_version) > (${after.streamId}, ${after.version})
      ORDER BY stream_id, stream_version LIMIT ${limit})
    SELECT part, events, NULL AS heads FROM (
      SELECT n, json_agg(json_build_array(global_position, stream_id, stream_version, workflow, workflow_version, type, data,
          metadata->'actor', metadata->'comment', occurred_on, floor(extract(epoch FROM recorded_at) * 1000)) ORDER BY r)::text AS part,
        count(*)::int AS events
      FROM (SELECT *, (r - 1) / ${part} AS n FROM (SELECT *, row_number() OVER (ORDER BY stream_id, stream_version) AS r FROM e) o) p
      GROUP BY n ORDER BY n) parts
    UNION ALL
    SELECT NULL, NULL, (SELECT json_agg(json_build_array(s.stream_id, s.version, s.state, encode(k.wrapped, 'base64'), x.subject IS NOT NULL))
      FROM streams s LEFT JOIN data_keys k ON k.subject = s.stream_id LEFT JOIN erasures x ON x.subject = s.stream_id
      WHERE s.stream_id IN (SELECT stream_id FROM e))::text`.execute(db);
  let count = 0;
  const texts: string[] = [];
  const heads = new Map<string, StreamHead>();
  for (const row of rows) {
    if (row.part !== null) {
      texts.push(row.part);
      count += row.events ?? 0;
    } else if (row.heads !== null) {
      for (const [streamId, version, state, key, erased] of JSON.parse(row.heads) as [string, number, RecordedState | null, string | null, boolean][]) {
        heads.set(streamId, { version, state, key: { wrapped: key === null ? null : Buffer.from(key, 'base64'), erased } });
      }
    }
  }
  return { texts, count, heads };
}

/** The events of one text of readEventTexts. */
export function parseEvents(text: string): ProjectedEvent[] {
  const events: ProjectedEvent[] = [];
  for (const r of JSON.parse(text) as Row[]) {
    events.push({
      globalPosition: r[0],
      streamId: r[1],
      version: r[2],
      workflow: r[3],
      workflowVersion: r[4],
      type: r[5],
      data: r[6],
      metadata: r[8] === null ? { actor: r[7] } : { actor: r[7], comment: r[8] },
      occurredOn: r[9],
      recordedAt: new Date(r[10]),
    });
  }
  return events;
}

/** A stream head as the rebuild needs it: its version, the state recorded for it, and its subject's stored key. */
export interface StreamHead {
  version: number;
  state: RecordedState | null;
  key: StoredKey;
}
