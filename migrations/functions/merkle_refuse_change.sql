-- merkle_refuse_change(): the Merkle tree's batches and checkpoints are append-only, like the
-- events (migrations/0030_merkle_tree.sql and 0041_merkle_batches.sql create the tables; the
-- triggers that call this are here, beside it, so that the function exists before they do).
CREATE OR REPLACE FUNCTION merkle_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the Merkle tree is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

DROP TRIGGER IF EXISTS merkle_batches_append_only ON merkle_batches;
CREATE TRIGGER merkle_batches_append_only BEFORE UPDATE OR DELETE ON merkle_batches FOR EACH ROW EXECUTE FUNCTION merkle_refuse_change();
DROP TRIGGER IF EXISTS merkle_batches_append_only_truncate ON merkle_batches;
CREATE TRIGGER merkle_batches_append_only_truncate BEFORE TRUNCATE ON merkle_batches FOR EACH STATEMENT EXECUTE FUNCTION merkle_refuse_change();
DROP TRIGGER IF EXISTS merkle_checkpoints_append_only ON merkle_checkpoints;
CREATE TRIGGER merkle_checkpoints_append_only BEFORE UPDATE OR DELETE ON merkle_checkpoints FOR EACH ROW EXECUTE FUNCTION merkle_refuse_change();
DROP TRIGGER IF EXISTS merkle_checkpoints_append_only_truncate ON merkle_checkpoints;
CREATE TRIGGER merkle_checkpoints_append_only_truncate BEFORE TRUNCATE ON merkle_checkpoints FOR EACH STATEMENT EXECUTE FUNCTION merkle_refuse_change();
