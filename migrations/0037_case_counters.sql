-- The last case number taken per numbered workflow and year (src/engine/facts.ts, takeCaseNumber):
-- a start takes the next one in a short transaction of its own before it is decided, so numbered
-- starts do not wait for one another's commits. Seeded from the numbers already recorded.
CREATE TABLE case_counters (
  workflow text    NOT NULL,
  year     integer NOT NULL,
  seq      integer NOT NULL CHECK (seq > 0),
  PRIMARY KEY (workflow, year)
);
INSERT INTO case_counters (workflow, year, seq)
SELECT workflow, case_year, max(case_seq) FROM view_instances WHERE case_seq IS NOT NULL GROUP BY workflow, case_year;
