-- Version 15 (SQLite's store/migrations/0015_journal_author_login.sql, which only counts the
-- version there): a journal entry's author must be the role that logged in (`session_user`),
-- not the role the session runs as (`current_user`). Never edit this file: add a new
-- migration.
--
-- `forecast` refuses to write from a session that logged in as one role and runs as another
-- (`SET ROLE`, `options=-c role=...` in the URL, `ALTER ROLE ... SET role`): its entries
-- would be signed by the group role, and "who did what" would name no one (ad2 F15). Raw SQL
-- was not held to that: migration 10's check compared the author with `current_user`, so
-- after `SET ROLE forecast_ledger_writer` an entry signed by the group role was accepted.
-- Now the author must be `session_user`, which a session cannot change without superuser
-- rights (`SET SESSION AUTHORIZATION`); the entries `forecast` writes are unchanged, since
-- it writes only where the two are the same role. The owner (and superusers) may still
-- insert anything, as migration 10 says. Only the function changes; the trigger calling it
-- stays.

CREATE OR REPLACE FUNCTION ledger_journal_chain() RETURNS trigger LANGUAGE plpgsql AS $$
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
    IF NEW.author IS DISTINCT FROM session_user::text THEN
        RAISE EXCEPTION 'journal entry %: its author must be the role that logged in (%), whatever role the session runs as',
            NEW.seq, session_user USING ERRCODE = 'restrict_violation';
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
