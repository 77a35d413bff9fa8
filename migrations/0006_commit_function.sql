-- One round trip per command: the append (optimistic concurrency and hash chain checked here),
-- its timer changes, the inline read-view row operations and the idempotency record, applied
-- by one function in one statement (so in one transaction, also without BEGIN/COMMIT).

-- Read-view row operations computed by the (pure) projections in TypeScript:
--   {"kind":"upsert","table":T,"key":[cols],"row":{...},"update":[cols]}   insert, or update `update` cols
--   {"kind":"add","table":T,"key":[cols],"row":{...},"add":[cols]}         insert, or add `add` cols
--   {"kind":"delete","table":T,"where":{col: text}}                         delete matching rows
--   {"kind":"replace","table":T,"where":{col: text},"rows":[{...}]}         delete matching rows, insert rows
CREATE FUNCTION docket_apply_ops(ops jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  op jsonb;
  tbl text;
  cond text;
  sets text;
BEGIN
  FOR op IN SELECT value FROM jsonb_array_elements(COALESCE(ops, '[]'::jsonb)) LOOP
    tbl := op->>'table';
    IF tbl NOT LIKE 'view\_%' THEN
      RAISE EXCEPTION 'docket_apply_ops writes read views only, not %', tbl;
    END IF;
    IF op->>'kind' IN ('delete', 'replace') THEN
      SELECT string_agg(format('%I::text = %L', key, value), ' AND ') INTO cond
        FROM jsonb_each_text(op->'where');
      EXECUTE format('DELETE FROM %I WHERE %s', tbl, cond);
      IF op->>'kind' = 'replace' AND jsonb_array_length(op->'rows') > 0 THEN
        EXECUTE format('INSERT INTO %I SELECT * FROM jsonb_populate_recordset(NULL::%I, $1)', tbl, tbl) USING op->'rows';
      END IF;
    ELSIF op->>'kind' = 'upsert' THEN
      SELECT string_agg(format('%I = EXCLUDED.%I', c, c), ', ') INTO sets
        FROM jsonb_array_elements_text(op->'update') AS c;
      EXECUTE format(
        'INSERT INTO %I SELECT * FROM jsonb_populate_record(NULL::%I, $1) ON CONFLICT (%s) DO UPDATE SET %s',
        tbl, tbl,
        (SELECT string_agg(format('%I', k), ', ') FROM jsonb_array_elements_text(op->'key') AS k),
        sets
      ) USING op->'row';
    ELSIF op->>'kind' = 'add' THEN
      SELECT string_agg(format('%I = %I.%I + EXCLUDED.%I', c, tbl, c, c), ', ') INTO sets
        FROM jsonb_array_elements_text(op->'add') AS c;
      EXECUTE format(
        'INSERT INTO %I SELECT * FROM jsonb_populate_record(NULL::%I, $1) ON CONFLICT (%s) DO UPDATE SET %s',
        tbl, tbl,
        (SELECT string_agg(format('%I', k), ', ') FROM jsonb_array_elements_text(op->'key') AS k),
        sets
      ) USING op->'row';
    ELSE
      RAISE EXCEPTION 'unknown read-view operation %', op->>'kind';
    END IF;
  END LOOP;
END;
$$;

-- payload: {
--   "idempotency": {"scope","key","requestHash","result"} | null,
--   "appends": [{"streamId","workflow","workflowVersion","expectedVersion","prevHash","recordedAt",
--                "events":[{"version","type","data","metadata","occurredOn","prevHash","hash"}]}],
--   "timers": [{"streamId","timerId","workflow","op":"set"|"cancel","eventType","dueAt","dueOn"}],
--   "ops": [read-view operations]
-- }
-- Returns {"positions": [global positions in append order]} or, for a reused idempotency key,
-- {"replay": <stored result>, "requestHash": <hash it was first used with>} having changed nothing.
-- A stale expected version raises SQLSTATE 'DK409' with the stream's actual version in DETAIL.
CREATE FUNCTION docket_commit(payload jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  idem jsonb := payload->'idempotency';
  app jsonb;
  ev jsonb;
  t jsonb;
  n integer;
  new_version integer;
  last_hash_value text;
  recorded timestamptz;
  found_row record;
  positions jsonb := '[]'::jsonb;
  pos bigint;
BEGIN
  IF idem IS NOT NULL AND idem <> 'null'::jsonb THEN
    INSERT INTO idempotency_keys (scope, key, request_hash, result, created_at)
      VALUES (idem->>'scope', idem->>'key', idem->>'requestHash', idem->'result', now())
      ON CONFLICT (scope, key) DO NOTHING;
    IF NOT FOUND THEN
      SELECT request_hash, result INTO found_row FROM idempotency_keys
        WHERE scope = idem->>'scope' AND key = idem->>'key';
      RETURN jsonb_build_object('replay', found_row.result, 'requestHash', found_row.request_hash);
    END IF;
  END IF;

  FOR app IN SELECT value FROM jsonb_array_elements(payload->'appends') LOOP
    n := jsonb_array_length(app->'events');
    CONTINUE WHEN n = 0;
    new_version := (app->>'expectedVersion')::integer + n;
    last_hash_value := app->'events'->(n - 1)->>'hash';
    recorded := (app->>'recordedAt')::timestamptz;
    IF (app->>'expectedVersion')::integer = 0 THEN
      INSERT INTO streams (stream_id, workflow, workflow_version, version, last_hash, created_at, updated_at)
        VALUES (app->>'streamId', app->>'workflow', (app->>'workflowVersion')::integer, new_version, last_hash_value, recorded, recorded)
        ON CONFLICT (stream_id) DO NOTHING;
    ELSE
      UPDATE streams SET version = new_version, last_hash = last_hash_value, updated_at = recorded
        WHERE stream_id = app->>'streamId'
          AND version = (app->>'expectedVersion')::integer
          AND last_hash = app->>'prevHash';
    END IF;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'version conflict on %', app->>'streamId'
        USING ERRCODE = 'DK409',
              DETAIL = COALESCE((SELECT version::text FROM streams WHERE stream_id = app->>'streamId'), '0');
    END IF;
    FOR ev IN SELECT value FROM jsonb_array_elements(app->'events') LOOP
      INSERT INTO events (stream_id, stream_version, workflow, workflow_version, type, data, metadata,
                          occurred_on, recorded_at, prev_hash, hash)
        VALUES (app->>'streamId', (ev->>'version')::integer, app->>'workflow', (app->>'workflowVersion')::integer,
                ev->>'type', ev->'data', ev->'metadata', (ev->>'occurredOn')::date, recorded,
                ev->>'prevHash', ev->>'hash')
        RETURNING global_position INTO pos;
      positions := positions || to_jsonb(pos);
    END LOOP;
  END LOOP;

  FOR t IN SELECT value FROM jsonb_array_elements(COALESCE(payload->'timers', '[]'::jsonb)) LOOP
    IF t->>'op' = 'cancel' THEN
      DELETE FROM timers WHERE stream_id = t->>'streamId' AND timer_id = t->>'timerId';
    ELSE
      INSERT INTO timers (stream_id, timer_id, workflow, event_type, due_at, due_on, created_at)
        VALUES (t->>'streamId', t->>'timerId', t->>'workflow', t->>'eventType', (t->>'dueAt')::timestamptz,
                (t->>'dueOn')::date, now())
        ON CONFLICT (stream_id, timer_id) DO UPDATE
          SET event_type = EXCLUDED.event_type, due_at = EXCLUDED.due_at, due_on = EXCLUDED.due_on, created_at = EXCLUDED.created_at;
    END IF;
  END LOOP;

  PERFORM docket_apply_ops(payload->'ops');
  RETURN jsonb_build_object('positions', positions);
END;
$$;
