-- docket_take_case_number(workflow, year): the next case number of a numbered workflow in a year
-- (migrations/0037_case_counters.sql holds the counters; src/engine/facts.ts, takeCaseNumber, calls
-- this before a start is decided). One statement, so a start spends one round trip on its number.
--
-- Its commit does not wait for the disk (synchronous_commit off for this transaction only): a number
-- matters only once an event records it, and that event's commit flushes the log up to and past the
-- counter's change. A start then refused or retried leaves its number unused: numbers never repeat,
-- and may skip one.
CREATE OR REPLACE FUNCTION docket_take_case_number(p_workflow text, p_year integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  taken integer;
BEGIN
  -- Local to the caller's transaction (a statement of its own: the commit that follows it).
  PERFORM set_config('synchronous_commit', 'off', true);
  INSERT INTO case_counters (workflow, year, seq) VALUES (p_workflow, p_year, 1)
  ON CONFLICT (workflow, year) DO UPDATE SET seq = case_counters.seq + 1
  RETURNING seq INTO taken;
  RETURN taken;
END;
$$;
