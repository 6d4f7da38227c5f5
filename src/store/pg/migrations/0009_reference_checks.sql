-- Version 9 (PostgreSQL only; SQLite's file of this number changes nothing): the references
-- an import writes by the million are checked once per statement instead of once per row.
-- Never edit this file: add a new migration.
--
-- A foreign key checks every inserted row with a query of its own, and that was most of an
-- import's time (a COPY of 100,000 benchmark forecasts with their tags and resolutions:
-- 24 to 34 s with the foreign keys, 15 s with these checks, 11 s with no checks at all, on
-- the loaded 2-core test machine). The rows these columns refer to (sources, questions,
-- articles, forecasts, question outcomes) are never deleted and their ids never change
-- (the guards), so a reference stays good once it was good when written; what a foreign
-- key still did was refuse a dangling id when the referring row is written. These
-- triggers do that for a whole statement at once (its new rows, as a transition table,
-- anti-joined with the table referred to) and raise `foreign_key_violation` naming the
-- table, the column and the missing key, so nothing of the statement (and of the write)
-- is kept.
--
-- Replaced: forecasts.source_id, question_id, article_id, supersedes, superseded_by;
-- forecast_tags.forecast_id; resolutions.forecast_id and question_outcome_id. Kept as a
-- deferred foreign key: forecasts.resolution_id, since an import and a copy write a
-- resolved forecast before its resolution (every other write inserts a forecast before
-- its resolutions, so resolutions.forecast_id need not wait for the commit any more).
--
-- Each check probes the referred table's primary key per new row (hash and merge joins
-- are switched off in the function: without them a 16,384-row chunk is 16,384 index
-- probes, where a hash anti-join would read the whole questions table for every chunk).
-- search_path is fixed so a temporary table cannot stand in for a ledger table.

CREATE FUNCTION forecasts_references() RETURNS trigger LANGUAGE plpgsql
SET search_path = public, pg_temp SET enable_hashjoin = off SET enable_mergejoin = off AS $$
DECLARE
    bad RECORD;
BEGIN
    SELECT d.col, d.ref, d.tbl INTO bad FROM (
        SELECT 'source_id' AS col, n.source_id AS ref, 'sources' AS tbl FROM new_rows n
         WHERE NOT EXISTS (SELECT 1 FROM sources t WHERE t.id = n.source_id)
        UNION ALL
        SELECT 'question_id', n.question_id, 'questions' FROM new_rows n
         WHERE NOT EXISTS (SELECT 1 FROM questions t WHERE t.id = n.question_id)
        UNION ALL
        SELECT 'article_id', n.article_id, 'articles' FROM new_rows n
         WHERE n.article_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles t WHERE t.id = n.article_id)
        UNION ALL
        SELECT 'supersedes', n.supersedes, 'forecasts' FROM new_rows n
         WHERE n.supersedes IS NOT NULL AND NOT EXISTS (SELECT 1 FROM forecasts t WHERE t.id = n.supersedes)
        UNION ALL
        SELECT 'superseded_by', n.superseded_by, 'forecasts' FROM new_rows n
         WHERE n.superseded_by IS NOT NULL AND NOT EXISTS (SELECT 1 FROM forecasts t WHERE t.id = n.superseded_by)
    ) d LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'insert or update on table "%" refers to a missing row: key (%)=(%) is not present in table "%"',
            TG_TABLE_NAME, bad.col, bad.ref, bad.tbl
            USING ERRCODE = 'foreign_key_violation', TABLE = TG_TABLE_NAME, COLUMN = bad.col;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION forecasts_superseded_by_references() RETURNS trigger LANGUAGE plpgsql
SET search_path = public, pg_temp SET enable_hashjoin = off SET enable_mergejoin = off AS $$
DECLARE
    bad RECORD;
BEGIN
    SELECT 'superseded_by' AS col, n.superseded_by AS ref, 'forecasts' AS tbl INTO bad
    FROM new_rows n
    WHERE n.superseded_by IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM forecasts t WHERE t.id = n.superseded_by)
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'insert or update on table "%" refers to a missing row: key (%)=(%) is not present in table "%"',
            TG_TABLE_NAME, bad.col, bad.ref, bad.tbl
            USING ERRCODE = 'foreign_key_violation', TABLE = TG_TABLE_NAME, COLUMN = bad.col;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION forecast_tags_references() RETURNS trigger LANGUAGE plpgsql
SET search_path = public, pg_temp SET enable_hashjoin = off SET enable_mergejoin = off AS $$
DECLARE
    bad RECORD;
BEGIN
    SELECT d.col, d.ref, d.tbl INTO bad FROM (
        SELECT 'forecast_id' AS col, n.forecast_id AS ref, 'forecasts' AS tbl FROM new_rows n
         WHERE NOT EXISTS (SELECT 1 FROM forecasts t WHERE t.id = n.forecast_id)
    ) d LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'insert or update on table "%" refers to a missing row: key (%)=(%) is not present in table "%"',
            TG_TABLE_NAME, bad.col, bad.ref, bad.tbl
            USING ERRCODE = 'foreign_key_violation', TABLE = TG_TABLE_NAME, COLUMN = bad.col;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION resolutions_references() RETURNS trigger LANGUAGE plpgsql
SET search_path = public, pg_temp SET enable_hashjoin = off SET enable_mergejoin = off AS $$
DECLARE
    bad RECORD;
BEGIN
    SELECT d.col, d.ref, d.tbl INTO bad FROM (
        SELECT 'forecast_id' AS col, n.forecast_id AS ref, 'forecasts' AS tbl FROM new_rows n
         WHERE NOT EXISTS (SELECT 1 FROM forecasts t WHERE t.id = n.forecast_id)
        UNION ALL
        SELECT 'question_outcome_id', n.question_outcome_id, 'question_outcomes' FROM new_rows n
         WHERE n.question_outcome_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM question_outcomes t WHERE t.id = n.question_outcome_id)
    ) d LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'insert or update on table "%" refers to a missing row: key (%)=(%) is not present in table "%"',
            TG_TABLE_NAME, bad.col, bad.ref, bad.tbl
            USING ERRCODE = 'foreign_key_violation', TABLE = TG_TABLE_NAME, COLUMN = bad.col;
    END IF;
    RETURN NULL;
END
$$;

ALTER TABLE forecasts
    DROP CONSTRAINT forecasts_source_id_fkey,
    DROP CONSTRAINT forecasts_question_id_fkey,
    DROP CONSTRAINT forecasts_article_id_fkey,
    DROP CONSTRAINT forecasts_supersedes_fkey,
    DROP CONSTRAINT forecasts_superseded_by_fkey;
ALTER TABLE forecast_tags DROP CONSTRAINT forecast_tags_forecast_id_fkey;
ALTER TABLE resolutions
    DROP CONSTRAINT resolutions_forecast_id_fkey,
    DROP CONSTRAINT resolutions_question_outcome_id_fkey;

-- Updates too, of the one reference a write sets in place: a forecast's superseded_by (the
-- guards refuse any change to the other references, and to tags and resolutions, before
-- this runs; resolution_id keeps its foreign key).
CREATE TRIGGER forecasts_references AFTER INSERT ON forecasts
REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION forecasts_references();
CREATE TRIGGER forecasts_references_update AFTER UPDATE ON forecasts
REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION forecasts_superseded_by_references();
CREATE TRIGGER forecast_tags_references AFTER INSERT ON forecast_tags
REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION forecast_tags_references();
CREATE TRIGGER resolutions_references AFTER INSERT ON resolutions
REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION resolutions_references();
