-- docket_commit also checks what a server may have taken from its caches: that the principal the
-- command was decided for is not revoked ("principalId", SQLSTATE DK401) and that the settings it
-- was decided under are still the ones in force ("settingsVersion", null = none yet; SQLSTATE DKSET).
-- With a warm snapshot cache a command then needs this one statement and nothing else.
CREATE OR REPLACE FUNCTION docket_commit(payload jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
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
  -- The command was decided for this principal: it must still hold a valid token (revocation is immediate
  -- even for a server that authenticated the request from its cache).
  IF payload->>'principalId' IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM principals WHERE id = payload->>'principalId' AND revoked_at IS NULL) THEN
    RAISE EXCEPTION 'principal % is revoked', payload->>'principalId' USING ERRCODE = 'DK401';
  END IF;
  -- The command was decided under these settings: they must still be in force.
  IF payload ? 'settingsVersion'
     AND (SELECT version FROM view_settings WHERE id = 'organization') IS DISTINCT FROM (payload->>'settingsVersion')::integer THEN
    RAISE EXCEPTION 'the settings changed' USING ERRCODE = 'DKSET';
  END IF;
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
