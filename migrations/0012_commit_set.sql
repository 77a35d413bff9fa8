-- Speed (issue 7): the set-based group commit. docket_commit_set writes a whole batch of commits
-- with one statement per table, from arrays the server has already split per table
-- (src/store/commit-set.ts), all of it or none of it: any refusal (a stream that moved or already
-- exists, a revoked principal, changed settings, a value a column refuses) fails the statement,
-- and the server then sends the same batch to docket_commit_many, which refuses that payload alone.
-- The server sends only batches whose order cannot matter (every stream, timer, read-view row and
-- retry key at most once, and only the read-view operations below).
--
-- The joins against the recordsets are forced to nested loops over the indexes: a cached generic
-- plan, made while the tables were small, otherwise merge- or hash-joined the batch's 16 rows with a
-- full scan of streams or timers, and the statement grew slower with the tables.
--
-- Measured by replaying batches of 16 captured from benchmark 1 (RegisterSuggestion, then
-- AssignHandler on the same streams; one connection; backend CPU from /proc), three interleaved
-- pairs in fresh databases: docket_commit_many 388-493 (RegisterSuggestion) and 489-562
-- (AssignHandler) µs of PostgreSQL CPU a command, docket_commit_set 185-258 and 241-281 µs; the
-- tables' contents after both identical.
CREATE FUNCTION docket_commit_set(s jsonb) RETURNS jsonb LANGUAGE plpgsql
SET enable_seqscan = off SET enable_mergejoin = off SET enable_hashjoin = off AS $$
DECLARE
  n integer;
  g jsonb;
  gi integer;
  positions jsonb;
BEGIN
  SELECT count(*) INTO n FROM principals
    WHERE id IN (SELECT jsonb_array_elements_text(s->'principals')) AND revoked_at IS NULL;
  IF n <> jsonb_array_length(s->'principals') THEN
    RAISE EXCEPTION 'group commit: a principal is revoked' USING ERRCODE = 'DKGRP';
  END IF;
  IF EXISTS (SELECT 1 FROM jsonb_array_elements(s->'settings') AS v
             WHERE (SELECT version FROM view_settings WHERE id = 'organization') IS DISTINCT FROM (v #>> '{}')::integer) THEN
    RAISE EXCEPTION 'group commit: the settings changed' USING ERRCODE = 'DKGRP';
  END IF;

  -- Retry keys: each must be new (a key already used fails the statement, and the per-payload path
  -- answers that payload with the stored result). `answer` wraps the result so a JSON null is stored
  -- as docket_commit stores it.
  INSERT INTO idempotency_keys (scope, key, request_hash, result, created_at)
    SELECT scope, key, request_hash, answer->'result', now()
    FROM jsonb_to_recordset(s->'idempotency') AS i(scope text, key text, request_hash text, answer jsonb)
    ON CONFLICT (scope, key) DO NOTHING;
  GET DIAGNOSTICS n = ROW_COUNT;
  IF n <> jsonb_array_length(s->'idempotency') THEN
    RAISE EXCEPTION 'group commit: a retry key was used before' USING ERRCODE = 'DKGRP';
  END IF;

  INSERT INTO streams (stream_id, workflow, workflow_version, version, last_hash, created_at, updated_at)
    SELECT stream_id, workflow, workflow_version, version, last_hash, recorded_at, recorded_at
    FROM jsonb_to_recordset(s->'created') AS c(stream_id text, workflow text, workflow_version integer, version integer, last_hash text, recorded_at timestamptz)
    ON CONFLICT (stream_id) DO NOTHING;
  GET DIAGNOSTICS n = ROW_COUNT;
  IF n <> jsonb_array_length(s->'created') THEN
    RAISE EXCEPTION 'group commit: a stream exists' USING ERRCODE = 'DKGRP';
  END IF;
  UPDATE streams SET version = m.version, last_hash = m.last_hash, updated_at = m.recorded_at
    FROM jsonb_to_recordset(s->'moved') AS m(stream_id text, expected integer, prev_hash text, version integer, last_hash text, recorded_at timestamptz)
    WHERE streams.stream_id = m.stream_id AND streams.version = m.expected AND streams.last_hash = m.prev_hash;
  GET DIAGNOSTICS n = ROW_COUNT;
  IF n <> jsonb_array_length(s->'moved') THEN
    RAISE EXCEPTION 'group commit: a stream moved' USING ERRCODE = 'DKGRP';
  END IF;

  WITH appended AS (
    INSERT INTO events (stream_id, stream_version, workflow, workflow_version, type, data, metadata, occurred_on, recorded_at, prev_hash, hash)
      SELECT stream_id, stream_version, workflow, workflow_version, type, data, metadata, occurred_on, recorded_at, prev_hash, hash
      FROM jsonb_to_recordset(s->'events') AS e(stream_id text, stream_version integer, workflow text, workflow_version integer, type text,
                                                data jsonb, metadata jsonb, occurred_on date, recorded_at timestamptz, prev_hash text, hash text)
      RETURNING stream_id, stream_version, global_position)
  SELECT jsonb_agg(jsonb_build_array(stream_id, stream_version, global_position)) INTO positions FROM appended;

  DELETE FROM timers USING jsonb_to_recordset(s->'timerCancels') AS c(stream_id text, timer_id text)
    WHERE timers.stream_id = c.stream_id AND timers.timer_id = c.timer_id;
  INSERT INTO timers (stream_id, timer_id, workflow, event_type, due_at, due_on, created_at)
    SELECT stream_id, timer_id, workflow, event_type, due_at, due_on, now()
    FROM jsonb_to_recordset(s->'timerSets') AS t(stream_id text, timer_id text, workflow text, event_type text, due_at timestamptz, due_on date)
    ON CONFLICT (stream_id, timer_id) DO UPDATE
      SET event_type = EXCLUDED.event_type, due_at = EXCLUDED.due_at, due_on = EXCLUDED.due_on, created_at = EXCLUDED.created_at;

  FOR gi IN 0 .. jsonb_array_length(s->'replaces') - 1 LOOP
    g := s->'replaces'->gi;
    IF g->>'table' = 'view_inbox' THEN
      DELETE FROM view_inbox WHERE stream_id = ANY (ARRAY(SELECT jsonb_array_elements_text(g->'streams')));
      INSERT INTO view_inbox SELECT * FROM jsonb_populate_recordset(NULL::view_inbox, g->'rows');
    ELSIF g->>'table' = 'view_pending_replies' THEN
      DELETE FROM view_pending_replies WHERE stream_id = ANY (ARRAY(SELECT jsonb_array_elements_text(g->'streams')));
      INSERT INTO view_pending_replies SELECT * FROM jsonb_populate_recordset(NULL::view_pending_replies, g->'rows');
    ELSE
      RAISE EXCEPTION 'group commit: no replace for %', g->>'table' USING ERRCODE = 'DKGRP';
    END IF;
  END LOOP;

  -- Upserts: grouped per table and update list by the server, each group one operation with
  -- `rows`, which docket_apply_ops (0009) writes with one statement.
  PERFORM docket_apply_ops(s->'upserts');
  RETURN COALESCE(positions, '[]'::jsonb);
END;
$$;
