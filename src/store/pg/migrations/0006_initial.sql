-- forecast-ledger on PostgreSQL: the schema of SQLite version 6 (store/migrations/0001..0006)
-- in PostgreSQL's dialect, created in one step; later versions are numbered files beside
-- this one, numbered as SQLite's. Never edit this file: add a numbered file, as for SQLite.
--
-- Differences from the SQLite files, each for a reason:
-- * ids are BIGINT without a default: the writer assigns MAX(id) + 1 under the ledger's
--   write lock, as SQLite does, so a copy between backends keeps every id and a rolled-back
--   write leaves no gap (a sequence would).
-- * Dates stay ISO TEXT and instants RFC 3339 TEXT, as in SQLite, so they sort, compare and
--   hash the same on both backends.
-- * COLLATE NOCASE becomes a unique index on lower(). The ledger compares source names in
--   Unicode lower case (`store::forecasts::fold_name`); PostgreSQL's lower() does the same
--   under a UTF-8 locale (C.UTF-8 in the tests) but folds only ASCII under the C locale.
-- * The guards are trigger functions; PostgreSQL's TRUNCATE skips row triggers, so each
--   guarded table also refuses TRUNCATE.
-- * The schema version lives in `ledger_schema` (PostgreSQL has no user_version).

CREATE TABLE ledger_schema (
    version INTEGER NOT NULL
);

CREATE TABLE sources (
    id         BIGINT PRIMARY KEY,
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX sources_name ON sources (lower(name));

CREATE TABLE articles (
    id         BIGINT PRIMARY KEY,
    source_id  BIGINT NOT NULL REFERENCES sources(id),
    published  TEXT NOT NULL,
    title      TEXT,
    url        TEXT,
    sha256     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (source_id, sha256)
);

CREATE TABLE questions (
    id         BIGINT PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

CREATE TABLE question_outcomes (
    id          BIGINT PRIMARY KEY,
    question_id BIGINT NOT NULL REFERENCES questions(id),
    event       TEXT NOT NULL CHECK (event IN ('happened-on', 'not-by', 'annul')),
    date        TEXT,
    note        TEXT,
    recorded_at TEXT NOT NULL
);
CREATE INDEX question_outcomes_question ON question_outcomes(question_id);

CREATE TABLE forecasts (
    id                BIGINT PRIMARY KEY,
    source_id         BIGINT NOT NULL REFERENCES sources(id),
    question_id       BIGINT NOT NULL REFERENCES questions(id),
    article_id        BIGINT REFERENCES articles(id),
    claim             TEXT NOT NULL,
    probability       DOUBLE PRECISION NOT NULL CHECK (probability >= 0 AND probability <= 1),
    probability_basis TEXT NOT NULL,
    probability_low   DOUBLE PRECISION,
    probability_high  DOUBLE PRECISION,
    made_on           TEXT NOT NULL,
    deadline          TEXT NOT NULL CHECK (deadline >= made_on),
    deadline_phrase   TEXT,
    condition         TEXT,
    stance            TEXT NOT NULL CHECK (stance IN ('for', 'against')),
    created_at        TEXT NOT NULL,
    outcome           TEXT CHECK (outcome IN ('true', 'false', 'void')),
    resolved_on       TEXT,
    resolution_id     BIGINT,
    supersedes        BIGINT REFERENCES forecasts(id),
    superseded_by     BIGINT REFERENCES forecasts(id),
    correction_why    TEXT,
    logged_late       INTEGER NOT NULL DEFAULT 0 CHECK (logged_late IN (0, 1))
);
CREATE INDEX forecasts_source ON forecasts(source_id, made_on);
CREATE INDEX forecasts_question ON forecasts(question_id);
CREATE INDEX forecasts_unresolved_deadline ON forecasts(deadline) WHERE outcome IS NULL;
CREATE INDEX forecasts_supersedes ON forecasts(supersedes) WHERE supersedes IS NOT NULL;
CREATE INDEX forecasts_resolved_deadline ON forecasts(deadline)
    WHERE outcome IN ('true', 'false') AND superseded_by IS NULL;

CREATE TABLE forecast_tags (
    forecast_id BIGINT NOT NULL REFERENCES forecasts(id),
    tag         TEXT NOT NULL
);
CREATE UNIQUE INDEX forecast_tags_key ON forecast_tags(forecast_id, lower(tag));
CREATE INDEX forecast_tags_tag ON forecast_tags(lower(tag), forecast_id);

CREATE TABLE resolutions (
    id                  BIGINT PRIMARY KEY,
    forecast_id         BIGINT NOT NULL REFERENCES forecasts(id),
    outcome             TEXT NOT NULL CHECK (outcome IN ('true', 'false', 'void')),
    resolved_on         TEXT NOT NULL,
    note                TEXT,
    reason              TEXT CHECK (reason IS NULL OR reason IN ('ambiguous', 'annulled', 'condition-false')),
    question_outcome_id BIGINT REFERENCES question_outcomes(id),
    recorded_at         TEXT NOT NULL
);
CREATE INDEX resolutions_forecast ON resolutions(forecast_id);
-- An import writes a resolution before the forecast it resolves; checked at commit.
ALTER TABLE forecasts ADD CONSTRAINT forecasts_resolution_fk
    FOREIGN KEY (resolution_id) REFERENCES resolutions(id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE resolutions DROP CONSTRAINT resolutions_forecast_id_fkey;
ALTER TABLE resolutions ADD CONSTRAINT resolutions_forecast_id_fkey
    FOREIGN KEY (forecast_id) REFERENCES forecasts(id) DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE journal (
    seq       BIGINT PRIMARY KEY,
    kind      TEXT NOT NULL,
    entity_id BIGINT NOT NULL,
    body      TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL,
    logged_at TEXT,
    -- The database role that wrote the entry (`current_user`), hashed like logged_at.
    author    TEXT
);
CREATE INDEX journal_entity ON journal(kind, entity_id);

CREATE TABLE imports (
    id          BIGINT PRIMARY KEY,
    sha256      TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    rows        BIGINT NOT NULL,
    imported_at TEXT NOT NULL
);

CREATE TABLE source_totals (
    source_id   BIGINT PRIMARY KEY REFERENCES sources(id),
    forecasts   BIGINT NOT NULL,
    void        BIGINT NOT NULL,
    corrections BIGINT NOT NULL,
    amended     BIGINT NOT NULL DEFAULT 0,
    late        BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE source_bin_sums (
    source_id BIGINT NOT NULL REFERENCES sources(id),
    bin       INTEGER NOT NULL,
    n         BIGINT NOT NULL,
    hits      BIGINT NOT NULL,
    sum_p     BYTEA NOT NULL,
    sum_brier BYTEA NOT NULL,
    sum_log   BYTEA NOT NULL,
    PRIMARY KEY (source_id, bin)
);

CREATE TABLE extraction_reviews (
    id                   BIGINT PRIMARY KEY,
    article_id           BIGINT NOT NULL REFERENCES articles(id),
    candidate            BIGINT NOT NULL CHECK (candidate >= 1),
    sentence_start       BIGINT NOT NULL,
    sentence_end         BIGINT NOT NULL,
    claim                TEXT NOT NULL,
    probability          DOUBLE PRECISION NOT NULL CHECK (probability >= 0 AND probability <= 1),
    probability_basis    TEXT NOT NULL,
    deadline             TEXT,
    deadline_phrase      TEXT,
    decision             TEXT NOT NULL CHECK (decision IN ('kept', 'rejected')),
    decided_probability  DOUBLE PRECISION CHECK (decided_probability >= 0 AND decided_probability <= 1),
    decided_deadline     TEXT,
    forecast_id          BIGINT REFERENCES forecasts(id),
    recorded_at          TEXT NOT NULL,
    UNIQUE (article_id, candidate)
);
CREATE INDEX extraction_reviews_forecast ON extraction_reviews(forecast_id)
    WHERE forecast_id IS NOT NULL;

-- The guards. One function raises the message each trigger passes it.
CREATE FUNCTION ledger_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER forecasts_append_only BEFORE UPDATE OF
    id, source_id, question_id, article_id, claim, probability, probability_basis,
    probability_low, probability_high, made_on, deadline, deadline_phrase, condition, stance,
    created_at, supersedes, correction_why
ON forecasts FOR EACH ROW
EXECUTE FUNCTION ledger_refuse('forecasts are never edited in place: record a correction with `forecast correct`');

CREATE TRIGGER forecasts_superseded_once BEFORE UPDATE OF superseded_by ON forecasts
FOR EACH ROW WHEN (OLD.superseded_by IS NOT NULL)
EXECUTE FUNCTION ledger_refuse('a forecast is superseded only once');

CREATE TRIGGER forecasts_logged_late_fixed BEFORE UPDATE OF logged_late ON forecasts
FOR EACH ROW EXECUTE FUNCTION ledger_refuse('when a forecast was logged is never edited');

CREATE TRIGGER forecasts_no_delete BEFORE DELETE ON forecasts
FOR EACH ROW EXECUTE FUNCTION ledger_refuse('forecasts are never deleted');

CREATE TRIGGER forecast_tags_no_update BEFORE UPDATE ON forecast_tags
FOR EACH ROW EXECUTE FUNCTION ledger_refuse('tags of a logged forecast are never edited');
CREATE TRIGGER forecast_tags_no_delete BEFORE DELETE ON forecast_tags
FOR EACH ROW EXECUTE FUNCTION ledger_refuse('tags of a logged forecast are never deleted');

CREATE TRIGGER resolutions_no_update BEFORE UPDATE ON resolutions
FOR EACH ROW EXECUTE FUNCTION ledger_refuse('resolutions are never edited: resolve again with --amend');
CREATE TRIGGER resolutions_no_delete BEFORE DELETE ON resolutions
FOR EACH ROW EXECUTE FUNCTION ledger_refuse('resolutions are never deleted');

CREATE TRIGGER question_outcomes_no_update BEFORE UPDATE ON question_outcomes
FOR EACH ROW EXECUTE FUNCTION ledger_refuse('question outcomes are never edited');
CREATE TRIGGER question_outcomes_no_delete BEFORE DELETE ON question_outcomes
FOR EACH ROW EXECUTE FUNCTION ledger_refuse('question outcomes are never deleted');

CREATE TRIGGER sources_no_update BEFORE UPDATE ON sources
FOR EACH ROW EXECUTE FUNCTION ledger_refuse('sources are never renamed in place');
CREATE TRIGGER sources_no_delete BEFORE DELETE ON sources
FOR EACH ROW EXECUTE FUNCTION ledger_refuse('sources are never deleted');

CREATE TRIGGER questions_no_update BEFORE UPDATE ON questions
FOR EACH ROW EXECUTE FUNCTION ledger_refuse('questions are never edited in place');
CREATE TRIGGER questions_no_delete BEFORE DELETE ON questions
FOR EACH ROW EXECUTE FUNCTION ledger_refuse('questions are never deleted');

CREATE TRIGGER articles_no_update BEFORE UPDATE ON articles
FOR EACH ROW EXECUTE FUNCTION ledger_refuse('articles are never edited in place');
CREATE TRIGGER articles_no_delete BEFORE DELETE ON articles
FOR EACH ROW EXECUTE FUNCTION ledger_refuse('articles are never deleted');

CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
FOR EACH ROW EXECUTE FUNCTION ledger_refuse('the journal is append-only');
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
FOR EACH ROW EXECUTE FUNCTION ledger_refuse('the journal is append-only');

CREATE TRIGGER extraction_reviews_no_update BEFORE UPDATE ON extraction_reviews
FOR EACH ROW EXECUTE FUNCTION ledger_refuse('review decisions are never edited');
CREATE TRIGGER extraction_reviews_no_delete BEFORE DELETE ON extraction_reviews
FOR EACH ROW EXECUTE FUNCTION ledger_refuse('review decisions are never deleted');

-- TRUNCATE skips row triggers: refuse it on every table whose rows are never deleted.
CREATE TRIGGER forecasts_no_truncate BEFORE TRUNCATE ON forecasts
FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse('forecasts are never deleted');
CREATE TRIGGER forecast_tags_no_truncate BEFORE TRUNCATE ON forecast_tags
FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse('tags of a logged forecast are never deleted');
CREATE TRIGGER resolutions_no_truncate BEFORE TRUNCATE ON resolutions
FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse('resolutions are never deleted');
CREATE TRIGGER question_outcomes_no_truncate BEFORE TRUNCATE ON question_outcomes
FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse('question outcomes are never deleted');
CREATE TRIGGER sources_no_truncate BEFORE TRUNCATE ON sources
FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse('sources are never deleted');
CREATE TRIGGER questions_no_truncate BEFORE TRUNCATE ON questions
FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse('questions are never deleted');
CREATE TRIGGER articles_no_truncate BEFORE TRUNCATE ON articles
FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse('articles are never deleted');
CREATE TRIGGER journal_no_truncate BEFORE TRUNCATE ON journal
FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse('the journal is append-only');
CREATE TRIGGER extraction_reviews_no_truncate BEFORE TRUNCATE ON extraction_reviews
FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse('review decisions are never deleted');
