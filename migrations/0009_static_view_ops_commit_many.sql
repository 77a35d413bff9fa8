-- Speed (issue 7): measured with track_functions, docket_apply_ops took 0.7-1.1 ms of a command's
-- 1.3-1.7 ms inside docket_commit, nearly all of it planning its dynamic statements (EXECUTE plans
-- every time). The operations the projections actually produce now run as static statements,
-- whose plans PL/pgSQL caches per connection; any other shape still takes the generic dynamic path.
--
-- An upsert's `update` list is honoured column by column (CASE WHEN upd ? 'col'), exactly as the
-- dynamic SET list did. tests/store/apply-ops.test.ts checks that every column of these tables is
-- covered here, so a column added later without updating this function fails the tests.

CREATE FUNCTION docket_apply_op_dynamic(op jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  tbl text := op->>'table';
  cond text;
  sets text;
  keys text;
BEGIN
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
  ELSIF op->>'kind' IN ('upsert', 'add') THEN
    SELECT string_agg(format('%I', k), ', ') INTO keys FROM jsonb_array_elements_text(op->'key') AS k;
    IF op->>'kind' = 'upsert' THEN
      SELECT string_agg(format('%I = EXCLUDED.%I', c, c), ', ') INTO sets FROM jsonb_array_elements_text(op->'update') AS c;
    ELSE
      SELECT string_agg(format('%I = %I.%I + EXCLUDED.%I', c, tbl, c, c), ', ') INTO sets FROM jsonb_array_elements_text(op->'add') AS c;
    END IF;
    IF op ? 'rows' THEN
      EXECUTE format(
        'INSERT INTO %I SELECT * FROM jsonb_populate_recordset(NULL::%I, $1) ON CONFLICT (%s) DO %s',
        tbl, tbl, keys, CASE WHEN sets IS NULL THEN 'NOTHING' ELSE 'UPDATE SET ' || sets END
      ) USING op->'rows';
    ELSE
      EXECUTE format(
        'INSERT INTO %I SELECT * FROM jsonb_populate_record(NULL::%I, $1) ON CONFLICT (%s) DO %s',
        tbl, tbl, keys, CASE WHEN sets IS NULL THEN 'NOTHING' ELSE 'UPDATE SET ' || sets END
      ) USING op->'row';
    END IF;
  ELSE
    RAISE EXCEPTION 'unknown read-view operation %', op->>'kind';
  END IF;
END;
$$;

CREATE OR REPLACE FUNCTION docket_apply_ops(ops jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  op jsonb;
  tbl text;
  kind text;
  k jsonb;
  upd jsonb;
  rws jsonb;
  w jsonb;
BEGIN
  FOR op IN SELECT value FROM jsonb_array_elements(COALESCE(ops, '[]'::jsonb)) LOOP
    tbl := op->>'table';
    kind := op->>'kind';
    k := op->'key';
    upd := op->'update';
    rws := COALESCE(op->'rows', jsonb_build_array(op->'row'));
    w := op->'where';

    IF kind IN ('delete', 'replace') AND w = jsonb_build_object('stream_id', w->>'stream_id')
       AND tbl IN ('view_inbox', 'view_pending_replies', 'view_instances', 'view_secondment_decisions') THEN
      IF tbl = 'view_inbox' THEN
        DELETE FROM view_inbox WHERE stream_id = w->>'stream_id';
        IF kind = 'replace' AND jsonb_array_length(op->'rows') > 0 THEN
          INSERT INTO view_inbox SELECT * FROM jsonb_populate_recordset(NULL::view_inbox, op->'rows');
        END IF;
      ELSIF tbl = 'view_pending_replies' THEN
        DELETE FROM view_pending_replies WHERE stream_id = w->>'stream_id';
        IF kind = 'replace' AND jsonb_array_length(op->'rows') > 0 THEN
          INSERT INTO view_pending_replies SELECT * FROM jsonb_populate_recordset(NULL::view_pending_replies, op->'rows');
        END IF;
      ELSE
        PERFORM docket_apply_op_dynamic(op);
      END IF;

    ELSIF kind = 'upsert' AND tbl = 'view_instances' AND k = '["stream_id"]' THEN
      INSERT INTO view_instances SELECT * FROM jsonb_populate_recordset(NULL::view_instances, rws)
      ON CONFLICT (stream_id) DO UPDATE SET
        workflow         = CASE WHEN upd ? 'workflow'         THEN EXCLUDED.workflow         ELSE view_instances.workflow END,
        id               = CASE WHEN upd ? 'id'               THEN EXCLUDED.id               ELSE view_instances.id END,
        workflow_version = CASE WHEN upd ? 'workflow_version' THEN EXCLUDED.workflow_version ELSE view_instances.workflow_version END,
        state            = CASE WHEN upd ? 'state'            THEN EXCLUDED.state            ELSE view_instances.state END,
        status           = CASE WHEN upd ? 'status'           THEN EXCLUDED.status           ELSE view_instances.status END,
        version          = CASE WHEN upd ? 'version'          THEN EXCLUDED.version          ELSE view_instances.version END,
        data             = CASE WHEN upd ? 'data'             THEN EXCLUDED.data             ELSE view_instances.data END,
        started_on       = CASE WHEN upd ? 'started_on'       THEN EXCLUDED.started_on       ELSE view_instances.started_on END,
        updated_on       = CASE WHEN upd ? 'updated_on'       THEN EXCLUDED.updated_on       ELSE view_instances.updated_on END,
        created_at       = CASE WHEN upd ? 'created_at'       THEN EXCLUDED.created_at       ELSE view_instances.created_at END,
        updated_at       = CASE WHEN upd ? 'updated_at'       THEN EXCLUDED.updated_at       ELSE view_instances.updated_at END;

    ELSIF kind = 'upsert' AND tbl = 'view_pending_replies' AND k = '["stream_id"]' THEN
      INSERT INTO view_pending_replies SELECT * FROM jsonb_populate_recordset(NULL::view_pending_replies, rws)
      ON CONFLICT (stream_id) DO UPDATE SET
        id          = CASE WHEN upd ? 'id'          THEN EXCLUDED.id          ELSE view_pending_replies.id END,
        state       = CASE WHEN upd ? 'state'       THEN EXCLUDED.state       ELSE view_pending_replies.state END,
        received_on = CASE WHEN upd ? 'received_on' THEN EXCLUDED.received_on ELSE view_pending_replies.received_on END,
        due_on      = CASE WHEN upd ? 'due_on'      THEN EXCLUDED.due_on      ELSE view_pending_replies.due_on END,
        handler_id  = CASE WHEN upd ? 'handler_id'  THEN EXCLUDED.handler_id  ELSE view_pending_replies.handler_id END,
        channel     = CASE WHEN upd ? 'channel'     THEN EXCLUDED.channel     ELSE view_pending_replies.channel END,
        category    = CASE WHEN upd ? 'category'    THEN EXCLUDED.category    ELSE view_pending_replies.category END,
        anonymous   = CASE WHEN upd ? 'anonymous'   THEN EXCLUDED.anonymous   ELSE view_pending_replies.anonymous END;

    ELSIF kind = 'upsert' AND tbl = 'view_members' AND k = '["id"]' THEN
      INSERT INTO view_members SELECT * FROM jsonb_populate_recordset(NULL::view_members, rws)
      ON CONFLICT (id) DO UPDATE SET
        stream_id   = CASE WHEN upd ? 'stream_id'   THEN EXCLUDED.stream_id   ELSE view_members.stream_id END,
        name        = CASE WHEN upd ? 'name'        THEN EXCLUDED.name        ELSE view_members.name END,
        gender      = CASE WHEN upd ? 'gender'      THEN EXCLUDED.gender      ELSE view_members.gender END,
        birth_date  = CASE WHEN upd ? 'birth_date'  THEN EXCLUDED.birth_date  ELSE view_members.birth_date END,
        education   = CASE WHEN upd ? 'education'   THEN EXCLUDED.education   ELSE view_members.education END,
        title       = CASE WHEN upd ? 'title'       THEN EXCLUDED.title       ELSE view_members.title END,
        employment  = CASE WHEN upd ? 'employment'  THEN EXCLUDED.employment  ELSE view_members.employment END,
        branch_id   = CASE WHEN upd ? 'branch_id'   THEN EXCLUDED.branch_id   ELSE view_members.branch_id END,
        joined_on   = CASE WHEN upd ? 'joined_on'   THEN EXCLUDED.joined_on   ELSE view_members.joined_on END,
        retired_on  = CASE WHEN upd ? 'retired_on'  THEN EXCLUDED.retired_on  ELSE view_members.retired_on END,
        departed_on = CASE WHEN upd ? 'departed_on' THEN EXCLUDED.departed_on ELSE view_members.departed_on END,
        current     = CASE WHEN upd ? 'current'     THEN EXCLUDED.current     ELSE view_members.current END,
        admitted_by = CASE WHEN upd ? 'admitted_by' THEN EXCLUDED.admitted_by ELSE view_members.admitted_by END;

    ELSIF kind = 'upsert' AND tbl = 'view_secondment_decisions' AND k = '["stream_id", "version"]' THEN
      INSERT INTO view_secondment_decisions SELECT * FROM jsonb_populate_recordset(NULL::view_secondment_decisions, rws)
      ON CONFLICT (stream_id, version) DO UPDATE SET
        step        = CASE WHEN upd ? 'step'        THEN EXCLUDED.step        ELSE view_secondment_decisions.step END,
        decision    = CASE WHEN upd ? 'decision'    THEN EXCLUDED.decision    ELSE view_secondment_decisions.decision END,
        event_type  = CASE WHEN upd ? 'event_type'  THEN EXCLUDED.event_type  ELSE view_secondment_decisions.event_type END,
        actor_id    = CASE WHEN upd ? 'actor_id'    THEN EXCLUDED.actor_id    ELSE view_secondment_decisions.actor_id END,
        actor_name  = CASE WHEN upd ? 'actor_name'  THEN EXCLUDED.actor_name  ELSE view_secondment_decisions.actor_name END,
        actor_role  = CASE WHEN upd ? 'actor_role'  THEN EXCLUDED.actor_role  ELSE view_secondment_decisions.actor_role END,
        occurred_on = CASE WHEN upd ? 'occurred_on' THEN EXCLUDED.occurred_on ELSE view_secondment_decisions.occurred_on END,
        recorded_at = CASE WHEN upd ? 'recorded_at' THEN EXCLUDED.recorded_at ELSE view_secondment_decisions.recorded_at END,
        reason      = CASE WHEN upd ? 'reason'      THEN EXCLUDED.reason      ELSE view_secondment_decisions.reason END,
        comment     = CASE WHEN upd ? 'comment'     THEN EXCLUDED.comment     ELSE view_secondment_decisions.comment END;

    ELSIF kind = 'upsert' AND tbl = 'view_settings' AND k = '["id"]' THEN
      INSERT INTO view_settings SELECT * FROM jsonb_populate_recordset(NULL::view_settings, rws)
      ON CONFLICT (id) DO UPDATE SET
        settings = CASE WHEN upd ? 'settings' THEN EXCLUDED.settings ELSE view_settings.settings END,
        version  = CASE WHEN upd ? 'version'  THEN EXCLUDED.version  ELSE view_settings.version END;

    ELSIF kind = 'add' AND tbl = 'view_collections' AND k = '["box", "month"]' THEN
      upd := op->'add';
      INSERT INTO view_collections SELECT * FROM jsonb_populate_recordset(NULL::view_collections, rws)
      ON CONFLICT (box, month) DO UPDATE SET
        collections = CASE WHEN upd ? 'collections' THEN view_collections.collections + EXCLUDED.collections ELSE view_collections.collections END,
        suggestions = CASE WHEN upd ? 'suggestions' THEN view_collections.suggestions + EXCLUDED.suggestions ELSE view_collections.suggestions END;

    ELSE
      PERFORM docket_apply_op_dynamic(op);
    END IF;
  END LOOP;
END;
$$;

-- Group commit: the engine sends the commits of concurrent commands as one statement. Each runs
-- in its own subtransaction (a BEGIN … EXCEPTION block), so one command's refusal (a version
-- conflict, a revoked principal, changed settings, any error) rolls back that command alone and
-- comes back as its own result; the others commit together, in one transaction.
CREATE FUNCTION docket_commit_many(batch jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  item jsonb;
  results jsonb := '[]'::jsonb;
  err_state text;
  err_message text;
  err_detail text;
BEGIN
  FOR item IN SELECT value FROM jsonb_array_elements(batch) LOOP
    BEGIN
      results := results || jsonb_build_array(docket_commit(item));
    EXCEPTION WHEN OTHERS THEN
      GET STACKED DIAGNOSTICS err_state = RETURNED_SQLSTATE, err_message = MESSAGE_TEXT, err_detail = PG_EXCEPTION_DETAIL;
      results := results || jsonb_build_array(jsonb_build_object(
        'error', jsonb_build_object('code', err_state, 'message', err_message, 'detail', err_detail)));
    END;
  END LOOP;
  RETURN results;
END;
$$;
