-- Least privilege on a PostgreSQL ledger (`forecast_ledger::store::pg::init_roles`). Run by
-- the owner (the role that created the schema) in the ledger's database after the schema,
-- once `init_roles` has made the ledger's two roles; `{writer}` and `{reader}` stand for
-- their quoted names (by default forecast_DB_writer and forecast_DB_reader, DB the
-- database's name: roles belong to the whole cluster, so each ledger has its own, and a
-- member of one ledger's writer role is not a writer of another's; audit 20, A17).
--
-- * The owner owns every table: only it can migrate, alter or drop them.
-- * {writer} may read everything and insert records, and update only what the ledger
--   keeps derived in place: a forecast's current outcome (which a trigger holds to its
--   newest resolution) and its superseded_by link (which must name its correction), and
--   the kept report sums, which `verify` recomputes. It can neither UPDATE a record's
--   content nor DELETE one, even with raw SQL, and a journal entry it inserts must continue
--   the chain (migration 10).
-- * {reader} may only read (a public report server).
-- The two are group roles without login; grant them to login roles:
--   CREATE ROLE alice LOGIN PASSWORD '...' IN ROLE forecast_ledger_writer;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO {writer}, {reader};
GRANT SELECT ON ALL TABLES IN SCHEMA public TO {writer}, {reader};
GRANT INSERT ON sources, articles, questions, question_outcomes, forecasts, forecast_tags,
    resolutions, journal, imports, source_totals, source_bin_sums, source_shapes,
    extraction_reviews TO {writer};
GRANT UPDATE (outcome, resolved_on, resolution_id, superseded_by) ON forecasts TO {writer};
GRANT UPDATE ON source_totals, source_bin_sums, source_shapes TO {writer};
GRANT DELETE ON source_bin_sums, source_shapes TO {writer};
