-- docket_take_case_numbers(workflow, year, count): the next `count` case numbers of a numbered
-- workflow in a year, answered as the last of them (migrations/0037_case_counters.sql holds the
-- counters; src/engine/case-numbers.ts takes them for the starts waiting at the same time, before
-- they are decided). One statement, so starts share a round trip for their numbers.
--
-- Its commit does not wait for the disk (synchronous_commit off for this transaction only): a number
-- matters only once an event records it, and that event's commit flushes the log up to and past the
-- counter's change. A start then refused or retried leaves its number unused: numbers never repeat,
-- and may skip one.
DROP FUNCTION IF EXISTS docket_take_case_number(text, integer);
CREATE OR REPLACE FUNCTION docket_take_case_numbers(p_workflow text, p_year integer, p_count integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  last_taken integer;
BEGIN
  IF p_count < 1 THEN
    RAISE EXCEPTION 'docket_take_case_numbers: count must be at least 1, not %', p_count;
  END IF;
  -- Local to the caller's transaction (a statement of its own: the commit that follows it).
  PERFORM set_config('synchronous_commit', 'off', true);
  INSERT INTO case_counters (workflow, year, seq) VALUES (p_workflow, p_year, p_count)
  ON CONFLICT (workflow, year) DO UPDATE SET seq = case_counters.seq + p_count
  RETURNING seq INTO last_taken;
  RETURN last_taken;
END;
$$;
