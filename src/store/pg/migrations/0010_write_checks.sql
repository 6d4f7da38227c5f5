-- Version 10 (SQLite's store/migrations/0010_write_checks.sql, which only counts the
-- version there): what a writer role's raw SQL could still do, refused by the database.
-- Never edit this file: add a new migration.
--
-- * A forecast's outcome, resolved_on and resolution_id are derived in place from its
--   newest resolution, and its superseded_by from the correction that replaced it. The
--   writer role may UPDATE those columns (resolving and correcting need to), so a trigger
--   holds them to what they are derived from: outcome, resolved_on and resolution_id must
--   be the newest resolution's (highest id) of that forecast, and superseded_by a forecast
--   that `supersedes` this one. It fires only on an UPDATE naming those columns: inserts
--   (an import's million rows) pay nothing.
-- * A journal entry must continue the chain as the writers' own Rust code writes it: the
--   next sequence number after the head, the head's hash as prev_hash, an author that is
--   the role writing, a logged_at no earlier than the head's, and the hash recomputed here
--   over exactly the bytes `journal::entry_hash` hashes. With the primary key on seq this
--   keeps one chain even for a client that skips the write lock: two entries on one head
--   collide on seq. The ledger's owner (and superusers) may insert anything: `copy --to`
--   brings other authors and earlier times, and the owner could drop the trigger anyway.
-- * Tags fold as SQLite's NOCASE does (ASCII letters only): `lower()` under a UTF-8
--   locale also folds `É` to `é`, so a forecast tagged `Été` and `été` was refused here
--   and kept on SQLite. The two indexes on `lower(tag)` become indexes on the same ASCII
--   fold the queries use (`store::dialect`).

CREATE FUNCTION ledger_outcome_follows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    newest RECORD;
BEGIN
    IF NEW.outcome IS DISTINCT FROM OLD.outcome
        OR NEW.resolved_on IS DISTINCT FROM OLD.resolved_on
        OR NEW.resolution_id IS DISTINCT FROM OLD.resolution_id THEN
        SELECT id, outcome, resolved_on INTO newest FROM resolutions
            WHERE forecast_id = NEW.id ORDER BY id DESC LIMIT 1;
        IF NOT FOUND
            OR NEW.resolution_id IS DISTINCT FROM newest.id
            OR NEW.outcome IS DISTINCT FROM newest.outcome
            OR NEW.resolved_on IS DISTINCT FROM newest.resolved_on THEN
            RAISE EXCEPTION 'forecast %: its outcome is its newest resolution''s (%): record a resolution with `forecast resolve`',
                NEW.id, COALESCE(newest.outcome || ' on ' || newest.resolved_on || ', resolution ' || newest.id, 'none')
                USING ERRCODE = 'restrict_violation';
        END IF;
    END IF;
    -- A second link is forecasts_superseded_once's to refuse, after this trigger.
    IF OLD.superseded_by IS NULL AND NEW.superseded_by IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM forecasts WHERE id = NEW.superseded_by AND supersedes = NEW.id) THEN
        RAISE EXCEPTION 'forecast %: superseded_by names a forecast that does not supersede it: record a correction with `forecast correct`',
            NEW.id USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER forecasts_outcome_follows BEFORE UPDATE OF
    outcome, resolved_on, resolution_id, superseded_by
ON forecasts FOR EACH ROW EXECUTE FUNCTION ledger_outcome_follows();

CREATE FUNCTION ledger_journal_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    head RECORD;
    want TEXT;
BEGIN
    IF pg_has_role((SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE') THEN
        RETURN NEW;
    END IF;
    SELECT seq, hash, logged_at INTO head FROM journal ORDER BY seq DESC LIMIT 1;
    IF NOT FOUND THEN
        SELECT 0::bigint AS seq, repeat('0', 64) AS hash, NULL::text AS logged_at INTO head;
    END IF;
    IF NEW.seq IS DISTINCT FROM head.seq + 1 OR NEW.prev_hash IS DISTINCT FROM head.hash THEN
        RAISE EXCEPTION 'journal entry %: it does not follow the head (entry %): entries are appended by `forecast`, one chain',
            NEW.seq, head.seq USING ERRCODE = 'restrict_violation';
    END IF;
    IF NEW.author IS DISTINCT FROM current_user::text THEN
        RAISE EXCEPTION 'journal entry %: its author must be the role writing it (%)',
            NEW.seq, current_user USING ERRCODE = 'restrict_violation';
    END IF;
    IF NEW.logged_at IS NULL OR NEW.logged_at::timestamptz < head.logged_at::timestamptz THEN
        RAISE EXCEPTION 'journal entry %: it must be logged no earlier than the head (%)',
            NEW.seq, head.logged_at USING ERRCODE = 'restrict_violation';
    END IF;
    -- journal::entry_hash: the fields separated by newlines, SHA-256, lower-case hex.
    want := encode(sha256(convert_to(concat_ws(E'\n', NEW.prev_hash, NEW.seq::text, NEW.kind,
        NEW.entity_id::text, NEW.body, NEW.logged_at, NEW.author), 'UTF8')), 'hex');
    IF NEW.hash IS DISTINCT FROM want THEN
        RAISE EXCEPTION 'journal entry %: its hash does not match its content',
            NEW.seq USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER journal_chain BEFORE INSERT ON journal
FOR EACH ROW EXECUTE FUNCTION ledger_journal_chain();

DROP INDEX forecast_tags_key;
DROP INDEX forecast_tags_tag;
CREATE UNIQUE INDEX forecast_tags_key ON forecast_tags
    (forecast_id, translate(tag, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'));
CREATE INDEX forecast_tags_tag ON forecast_tags
    (translate(tag, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), forecast_id);
