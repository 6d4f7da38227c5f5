-- Version 11 (SQLite's store/migrations/0011_claim_key.sql, which only counts the version
-- there): the claim index of migration 8 as a B-tree on a 4-byte hash of `lower(claim)`.
-- Never edit this file: add a new migration.
--
-- Migration 8's hash index on `lower(claim)` cannot be built in parallel, and rebuilding it
-- after a large import was the largest index build of all (3.8 s of a 1M import's index
-- builds, against 0.9 s for this one on the same rows, measured in psql). A B-tree on
-- `hashtext(lower(claim))` keeps the same 4-byte key (a claim has no length limit, and a
-- B-tree on the text itself refuses keys over about 2.7 kB), sorts in parallel, and is
-- smaller. `add`'s look-up names the same expression (store/questions.rs) and then
-- compares the claim itself, so a hash collision costs a row read, never a wrong answer.

DROP INDEX forecasts_claim;
CREATE INDEX forecasts_claim ON forecasts (hashtext(lower(claim)));
