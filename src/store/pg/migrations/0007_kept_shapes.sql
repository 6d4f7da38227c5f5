-- Version 7 (SQLite's store/migrations/0007_kept_shapes.sql): per source, the forecasts
-- counted by distinct probability and by horizon, so the default report reads every figure
-- from kept sums. Never edit this file: add a new migration.
--
-- The records are the same little-endian byte strings as SQLite's BLOBs (see that file).
-- A ledger that had forecasts before this version gets the table filled from its rows in
-- the same transaction (`pg::migrate`).

CREATE TABLE source_shapes (
    source_id BIGINT PRIMARY KEY REFERENCES sources(id),
    points    BYTEA NOT NULL,
    horizons  BYTEA NOT NULL
);

-- A ledger whose roles were granted before this version: the writer keeps the new sums,
-- the reader reads them (`roles.sql` grants the same on a new ledger).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'forecast_writer') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON source_shapes TO forecast_writer;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'forecast_reader') THEN
        GRANT SELECT ON source_shapes TO forecast_reader;
    END IF;
END
$$;
