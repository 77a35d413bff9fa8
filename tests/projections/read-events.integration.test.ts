/**
 * The rebuild reads events as one JSON text per batch (read-events.ts). It must give exactly the
 * events the event store's own readers give (toStoredEvent) less the hash chain and transaction id,
 * for every event, in stream order:
 * recorded times with microseconds and other offsets, awkward JSON (escapes, unicode, numbers),
 * comments.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { parseEvents, readEventTexts, STREAM_ORDER_START, type StreamPosition } from '../../src/projections/read-events.ts';
import { readStream } from '../../src/store/event-store.ts';
import type { ProjectedEvent } from '../../src/projections/projector.ts';
import { mixedTestApp } from '../support/realistic-mix.ts';

/** A batch as the rebuild reads it: the texts, each parsed; their counts must add up to the events in them. */
async function readEventBatch(db: TestApp['handle']['db'], after: StreamPosition, limit: number, part?: number): Promise<ProjectedEvent[]> {
  const { texts, count } = await readEventTexts(db, after, limit, part);
  const events = texts.flatMap(parseEvents);
  expect(count).toBe(events.length);
  return events;
}

describe('the rebuild reads the events the store reads', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await mixedTestApp();
    // Rows no command writes: microseconds, an offset, awkward JSON (the events table only appends).
    const db = t.handle.db;
    await sql`INSERT INTO streams (stream_id, workflow, workflow_version, version, last_hash, created_at, updated_at)
      VALUES ('odd/1', 'odd', 1, 4, 'x', now(), now())`.execute(db);
    await sql`INSERT INTO events (stream_id, stream_version, workflow, workflow_version, type, data, metadata, occurred_on, recorded_at, prev_hash, hash) VALUES
      ('odd/1', 1, 'odd', 1, 'A', ${JSON.stringify({ s: 'quote " backslash \\ newline \n tab \t é 漢 😀', n: 1.5, big: 12345678901234567, neg: -0.25, e: 1e-7, nested: { a: [1, null, true, 'x'] } })}::jsonb,
        ${JSON.stringify({ actor: { id: 'a', name: 'Ä', role: 'office' }, comment: 'why "not"' })}::jsonb, '2024-02-29', '2024-03-01 09:00:00.123456+00', '', 'h1'),
      ('odd/1', 2, 'odd', 1, 'B', '{}'::jsonb, '{"actor":{"id":"s","name":"s","role":"system"}}'::jsonb, '1999-12-31', '1999-12-31 23:59:59.999999-08', 'h1', 'h2'),
      ('odd/1', 3, 'odd', 1, 'C', '{"x":[]}'::jsonb, '{"actor":{"id":"s","name":"s","role":"system"}}'::jsonb, '2024-01-01', '2024-06-01 12:00:00.5+05:30', 'h2', 'h3'),
      ('odd/1', 4, 'odd', 1, 'D', '{}'::jsonb, '{"actor":{"id":"s","name":"s","role":"system"}}'::jsonb, '1969-12-31', '1969-12-31 23:59:59.999999+00', 'h3', 'h4')`.execute(db);
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives every event as toStoredEvent does, in stream order, in batches', async () => {
    const db = t.handle.db;
    // Stream order is PostgreSQL's (the events_stream_version_unique index's collation), not JavaScript's.
    const streams = await sql<{ stream_id: string }>`SELECT stream_id FROM streams ORDER BY stream_id`.execute(db);
    // The store's events less what projections never read (ProjectedEvent).
    const expected: ProjectedEvent[] = [];
    for (const { stream_id } of streams.rows) {
      for (const { transactionId, prevHash, hash, metadata, ...event } of await readStream(db, stream_id)) {
        expect([transactionId, prevHash, hash].every((v) => typeof v === 'string')).toBe(true);
        // Of the metadata, who acted and their comment (commandId, requestId and the rest stay behind).
        expected.push({ ...event, metadata: metadata.comment === undefined ? { actor: metadata.actor } : { actor: metadata.actor, comment: metadata.comment } });
      }
    }
    expect(expected.length).toBeGreaterThan(50);
    expect(new Set(expected.map((e) => e.globalPosition)).size).toBe(expected.length);
    const read: ProjectedEvent[] = [];
    let after = STREAM_ORDER_START;
    for (;;) {
      const batch = await readEventBatch(db, after, 17);
      read.push(...batch);
      if (batch.length < 17) break;
      const last = batch[batch.length - 1]!;
      after = { streamId: last.streamId, version: last.version };
    }
    expect(read).toEqual(expected);
    // One batch of everything, in JSON texts of 4 events each: still in order.
    expect(await readEventBatch(db, STREAM_ORDER_START, 100_000, 4)).toEqual(expected);
    expect(await readEventBatch(db, STREAM_ORDER_START, 30, 7)).toEqual(expected.slice(0, 30));
    // After a place in the middle of a stream: that stream's later events, then the next streams'.
    const middle = expected.findIndex((e, i) => e.version === 2 && expected[i + 1]?.version === 3);
    expect(middle).toBeGreaterThan(0);
    expect(await readEventBatch(db, { streamId: expected[middle]!.streamId, version: 2 }, 10)).toEqual(expected.slice(middle + 1, middle + 11));
    const odd = read.filter((e) => e.streamId === 'odd/1');
    expect(odd.map((e) => e.recordedAt.toISOString())).toEqual([
      '2024-03-01T09:00:00.123Z',
      '2000-01-01T07:59:59.999Z',
      '2024-06-01T06:30:00.500Z',
      '1969-12-31T23:59:59.999Z',
    ]);
    expect(odd[0]!.data).toMatchObject({ s: 'quote " backslash \\ newline \n tab \t é 漢 😀', n: 1.5 });
    expect(odd.map((e) => e.metadata)).toEqual([
      { actor: { id: 'a', name: 'Ä', role: 'office' }, comment: 'why "not"' },
      { actor: { id: 's', name: 's', role: 'system' } },
      { actor: { id: 's', name: 's', role: 'system' } },
      { actor: { id: 's', name: 's', role: 'system' } },
    ]);
    const end = read[read.length - 1]!;
    expect(await readEventBatch(db, { streamId: end.streamId, version: end.version }, 10)).toEqual([]);
  });
});
