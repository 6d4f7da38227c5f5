-- Version 14 (SQLite's store/migrations/0014_byte_order_keys.sql, which only counts the
-- version there): the text keys of the forecasts', tags' and questions' indexes compare as
-- bytes (collation "C"). Never edit this file: add a new migration.
--
-- Under a libc collation other than "C" (C.UTF-8, the test servers' and Debian's default,
-- included) PostgreSQL 15 compares text through strcoll and sorts it without abbreviated
-- keys; building these indexes was most of the end of a large import, which drops and
-- builds them again (docs/performance-rounds.md, rounds 13 and 14). Under "C" a sort
-- compares bytes. No answer changes: equality under a deterministic collation is byte
-- equality, and the ledger already orders these keys by bytes (`Dialect::binary_order`,
-- `nocase_order`: SQLite's BINARY and NOCASE).
--
-- * `forecasts.made_on`, `forecasts.deadline` (ISO dates) and `questions.key` become "C"
--   columns, so their indexes and the unique key are built in "C", and every query that
--   compares them with a parameter compares in "C" too (a column's collation wins over a
--   parameter's default) and keeps its index. The table is not rewritten. PostgreSQL
--   refuses to alter a column that a trigger's `UPDATE OF` names, so the append-only
--   guard is dropped and created again as it was.
-- * The tags' keys fold with `lower(tag COLLATE "C")`: `lower()` under "C" folds the ASCII
--   letters only, which is `translate()`'s fold of migration 10 (SQLite's NOCASE) byte for
--   byte, without a search of 26 letters per character; its result is "C" text.
-- * The claim index hashes `lower(claim COLLATE "C")`, the same ASCII fold: `add`'s look-up
--   compares the claims folded so after the hash (`Dialect::nocase_eq`), so two claims it
--   calls the same always share a hash.
-- * Altering a column's type drops its statistics, and a new expression index has none
--   until its table is analysed: without them the server planned `list --tag` on a migrated
--   1M ledger without its parallel workers (1.4 s against 0.9 s). So the three tables are
--   analysed at the end (a sample of each, a second or so at a million rows).

DROP TRIGGER forecasts_append_only ON forecasts;
ALTER TABLE forecasts
    ALTER COLUMN made_on TYPE TEXT COLLATE "C",
    ALTER COLUMN deadline TYPE TEXT COLLATE "C";
CREATE TRIGGER forecasts_append_only BEFORE UPDATE OF
    id, source_id, question_id, article_id, claim, probability, probability_basis,
    probability_low, probability_high, made_on, deadline, deadline_phrase, condition, stance,
    created_at, supersedes, correction_why
ON forecasts FOR EACH ROW
EXECUTE FUNCTION ledger_refuse('forecasts are never edited in place: record a correction with `forecast correct`');

ALTER TABLE questions ALTER COLUMN key TYPE TEXT COLLATE "C";

DROP INDEX forecast_tags_key;
DROP INDEX forecast_tags_tag;
CREATE UNIQUE INDEX forecast_tags_key ON forecast_tags (forecast_id, lower(tag COLLATE "C"));
CREATE INDEX forecast_tags_tag ON forecast_tags (lower(tag COLLATE "C"), forecast_id);

DROP INDEX forecasts_claim;
CREATE INDEX forecasts_claim ON forecasts (hashtext(lower(claim COLLATE "C")));

ANALYZE forecasts, forecast_tags, questions;
