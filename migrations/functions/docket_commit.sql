-- docket_commit(batch): the one way anything is written to the event log.
--
-- A batch holds the effects of one or more commands, already split per table by the server
-- (src/store/commit.ts): the stream heads to create or move, the events with their hash chain,
-- the idempotency records, the timer changes and the read-view rows (written by the generated
-- docket_apply_views). Each table is written with one statement, and the batch commits whole or not
-- at all. It is refused, with nothing written, when
--   a principal a command was decided for has been revoked        SQLSTATE DK401
--   the settings a command was decided under are no longer in force SQLSTATE DKSET
--   a stream is not at the version (and hash) a command expected   SQLSTATE DK409
--   a retry key was used before, and the batch holds more than it  SQLSTATE DKIDM
-- or when any value is refused by a column. The server then sends a refused batch of several
-- commands again one command at a time (src/store/group-commit.ts), so each gets its own answer.
-- A batch of one command whose retry key was used before is answered with the stored result.
--
-- Returns {"positions": [[stream_id, version, global_position], …]}, or
-- {"replay": <stored result>, "requestHash": <the request hash stored with the key>}.
--
-- Joins against the batch's recordsets are forced to nested loops over the indexes: a generic plan
-- cached while the tables were small would otherwise merge- or hash-join a few rows of the batch
-- with a full scan of streams or timers, and the statement would slow down as the tables grow.
CREATE OR REPLACE FUNCTION docket_commit(b jsonb) RETURNS jsonb LANGUAGE plpgsql
SET enable_seqscan = off SET enable_mergejoin = off SET enable_hashjoin = off AS $$
DECLARE
  n integer;
  bad text;
  done text[];
  stored record;
  positions jsonb;
BEGIN
  SELECT p INTO bad FROM jsonb_array_elements_text(b->'principals') AS p
    WHERE NOT EXISTS (SELECT 1 FROM principals WHERE id = p AND revoked_at IS NULL) LIMIT 1;
  IF bad IS NOT NULL THEN
    RAISE EXCEPTION 'principal % is revoked', bad USING ERRCODE = 'DK401';
  END IF;
  IF EXISTS (SELECT 1 FROM jsonb_array_elements(b->'settings') AS v
             WHERE (SELECT version FROM view_settings WHERE id = 'organization') IS DISTINCT FROM (v #>> '{}')::integer) THEN
    RAISE EXCEPTION 'the settings changed' USING ERRCODE = 'DKSET';
  END IF;

  INSERT INTO idempotency_keys (scope, key, request_hash, result, created_at)
    SELECT scope, key, request_hash, answer->'result', now()
    FROM jsonb_to_recordset(b->'keys') AS k(scope text, key text, request_hash text, answer jsonb)
    ON CONFLICT (scope, key) DO NOTHING;
  GET DIAGNOSTICS n = ROW_COUNT;
  IF n <> jsonb_array_length(b->'keys') THEN
    IF (b->>'size')::integer = 1 THEN
      SELECT i.request_hash, i.result INTO stored FROM idempotency_keys i
        WHERE i.scope = b->'keys'->0->>'scope' AND i.key = b->'keys'->0->>'key';
      RETURN jsonb_build_object('replay', stored.result, 'requestHash', stored.request_hash);
    END IF;
    RAISE EXCEPTION 'a retry key in the batch was used before' USING ERRCODE = 'DKIDM';
  END IF;

  WITH created AS (
    INSERT INTO streams (stream_id, workflow, workflow_version, version, last_hash, state, created_at, updated_at)
      SELECT stream_id, workflow, workflow_version, version, last_hash, state, recorded_at, recorded_at
      FROM jsonb_to_recordset(b->'created')
        AS c(stream_id text, workflow text, workflow_version integer, version integer, last_hash text, state jsonb, recorded_at timestamptz)
      ON CONFLICT (stream_id) DO NOTHING
      RETURNING stream_id)
  SELECT array_agg(stream_id) INTO done FROM created;
  IF coalesce(cardinality(done), 0) <> jsonb_array_length(b->'created') THEN
    SELECT c.stream_id INTO bad FROM jsonb_to_recordset(b->'created') AS c(stream_id text)
      WHERE c.stream_id <> ALL (coalesce(done, '{}')) LIMIT 1;
    RAISE EXCEPTION 'version conflict on %', coalesce(bad, '(a stream created twice in one batch)')
      USING ERRCODE = 'DK409', DETAIL = coalesce((SELECT version::text FROM streams WHERE stream_id = bad), '0');
  END IF;

  WITH moved AS (
    UPDATE streams SET version = m.version, last_hash = m.last_hash, state = m.state, updated_at = m.recorded_at
      FROM jsonb_to_recordset(b->'moved')
        AS m(stream_id text, expected integer, prev_hash text, version integer, last_hash text, state jsonb, recorded_at timestamptz)
      WHERE streams.stream_id = m.stream_id AND streams.version = m.expected AND streams.last_hash = m.prev_hash
      RETURNING streams.stream_id)
  SELECT array_agg(stream_id) INTO done FROM moved;
  IF coalesce(cardinality(done), 0) <> jsonb_array_length(b->'moved') THEN
    SELECT m.stream_id INTO bad FROM jsonb_to_recordset(b->'moved') AS m(stream_id text)
      WHERE m.stream_id <> ALL (coalesce(done, '{}')) LIMIT 1;
    RAISE EXCEPTION 'version conflict on %', coalesce(bad, '(a stream moved twice in one batch)')
      USING ERRCODE = 'DK409', DETAIL = coalesce((SELECT version::text FROM streams WHERE stream_id = bad), '0');
  END IF;

  WITH appended AS (
    INSERT INTO events (stream_id, stream_version, workflow, workflow_version, type, data, metadata, occurred_on, recorded_at, prev_hash, hash)
      SELECT stream_id, stream_version, workflow, workflow_version, type, data, metadata, occurred_on, recorded_at, prev_hash, hash
      FROM jsonb_to_recordset(b->'events')
        AS e(stream_id text, stream_version integer, workflow text, workflow_version integer, type text,
             data jsonb, metadata jsonb, occurred_on date, recorded_at timestamptz, prev_hash text, hash text)
      RETURNING stream_id, stream_version, global_position)
  SELECT jsonb_agg(jsonb_build_array(stream_id, stream_version, global_position)) INTO positions FROM appended;

  DELETE FROM timers USING jsonb_to_recordset(b->'timer_cancels') AS c(stream_id text, timer_id text)
    WHERE timers.stream_id = c.stream_id AND timers.timer_id = c.timer_id;
  INSERT INTO timers (stream_id, timer_id, workflow, event_type, due_at, due_on, created_at)
    SELECT stream_id, timer_id, workflow, event_type, due_at, due_on, now()
    FROM jsonb_to_recordset(b->'timer_sets')
      AS t(stream_id text, timer_id text, workflow text, event_type text, due_at timestamptz, due_on date)
    ON CONFLICT (stream_id, timer_id) DO UPDATE
      SET workflow = EXCLUDED.workflow, event_type = EXCLUDED.event_type, due_at = EXCLUDED.due_at,
          due_on = EXCLUDED.due_on, created_at = EXCLUDED.created_at;

  PERFORM docket_apply_views(b->'views');
  RETURN jsonb_build_object('positions', coalesce(positions, '[]'::jsonb));
END;
$$;
