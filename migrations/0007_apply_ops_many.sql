-- docket_apply_ops: an upsert or add operation may carry "rows" (many rows, one statement),
-- as produced by the rebuild's coalescing; a single "row" still works as before.
CREATE OR REPLACE FUNCTION docket_apply_ops(ops jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  op jsonb;
  tbl text;
  cond text;
  sets text;
  keys text;
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
  END LOOP;
END;
$$;
