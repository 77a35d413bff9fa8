-- Case numbers: each numbered workflow's instance carries its year and sequence (2026-意见-012),
-- recorded on its first event; the view keeps them to find the next number and to search by it.
ALTER TABLE view_instances
  ADD COLUMN case_year integer,
  ADD COLUMN case_seq integer;
CREATE UNIQUE INDEX view_instances_case_number ON view_instances (workflow, case_year, case_seq) WHERE case_seq IS NOT NULL;
