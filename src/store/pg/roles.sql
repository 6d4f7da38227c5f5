-- Least privilege on a PostgreSQL ledger (`forecast_ledger::store::pg::init_roles`). Run by
-- the owner (the role that created the schema) in the ledger's database after the schema.
--
-- * The owner owns every table: only it can migrate, alter or drop them.
-- * forecast_writer may read everything and insert records, and update only what the
--   ledger keeps derived in place: a forecast's current outcome (which a trigger holds to
--   its newest resolution) and its superseded_by link (which must name its correction), and
--   the kept report sums, which `verify` recomputes. It can neither UPDATE a record's
--   content nor DELETE one, even with raw SQL, and a journal entry it inserts must continue
--   the chain (migration 10).
-- * forecast_reader may only read (a public report server).
-- The two are group roles without login; grant them to login roles:
--   CREATE ROLE alice LOGIN PASSWORD '...' IN ROLE forecast_writer;
-- Roles belong to the whole cluster: two ledgers' owners may run this at once, so a role
-- another session has just made counts as made. A role that exists already is not made
-- again, so the owner of a second ledger needs no CREATEROLE (granting rights on its own
-- tables to an existing role needs none).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'forecast_writer') THEN
        BEGIN
            CREATE ROLE forecast_writer NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'forecast_reader') THEN
        BEGIN
            CREATE ROLE forecast_reader NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
END
$$;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO forecast_writer, forecast_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO forecast_writer, forecast_reader;
GRANT INSERT ON sources, articles, questions, question_outcomes, forecasts, forecast_tags,
    resolutions, journal, imports, source_totals, source_bin_sums, source_shapes,
    extraction_reviews TO forecast_writer;
GRANT UPDATE (outcome, resolved_on, resolution_id, superseded_by) ON forecasts TO forecast_writer;
GRANT UPDATE ON source_totals, source_bin_sums, source_shapes TO forecast_writer;
GRANT DELETE ON source_bin_sums, source_shapes TO forecast_writer;
