-- forecast-ledger schema, version 1. Dates are ISO 'YYYY-MM-DD' TEXT (they sort and compare
-- as dates); instants are RFC 3339 UTC TEXT. Never edit this file: add a new migration.

CREATE TABLE sources (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at TEXT NOT NULL
);

CREATE TABLE articles (
    id         INTEGER PRIMARY KEY,
    source_id  INTEGER NOT NULL REFERENCES sources(id),
    published  TEXT NOT NULL,
    title      TEXT,
    url        TEXT,
    sha256     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (source_id, sha256)
);

CREATE TABLE questions (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

-- What happened to a question's event; each row decides the forecasts on the question.
CREATE TABLE question_outcomes (
    id          INTEGER PRIMARY KEY,
    question_id INTEGER NOT NULL REFERENCES questions(id),
    event       TEXT NOT NULL CHECK (event IN ('happened-on', 'not-by', 'annul')),
    date        TEXT,
    note        TEXT,
    recorded_at TEXT NOT NULL
);
CREATE INDEX question_outcomes_question ON question_outcomes(question_id);

CREATE TABLE forecasts (
    id                INTEGER PRIMARY KEY,
    source_id         INTEGER NOT NULL REFERENCES sources(id),
    question_id       INTEGER NOT NULL REFERENCES questions(id),
    article_id        INTEGER REFERENCES articles(id),
    claim             TEXT NOT NULL,
    probability       REAL NOT NULL CHECK (probability >= 0 AND probability <= 1),
    probability_basis TEXT NOT NULL,
    probability_low   REAL,
    probability_high  REAL,
    made_on           TEXT NOT NULL,
    deadline          TEXT NOT NULL CHECK (deadline >= made_on),
    deadline_phrase   TEXT,
    condition         TEXT,
    stance            TEXT NOT NULL CHECK (stance IN ('for', 'against')),
    created_at        TEXT NOT NULL,
    -- The current resolution: kept in step with the newest row of `resolutions` for this
    -- forecast, so listings and reports need no join.
    outcome           TEXT CHECK (outcome IN ('true', 'false', 'void')),
    resolved_on       TEXT,
    resolution_id     INTEGER REFERENCES resolutions(id)
);
CREATE INDEX forecasts_source ON forecasts(source_id, made_on);
CREATE INDEX forecasts_question ON forecasts(question_id);
CREATE INDEX forecasts_unresolved_deadline ON forecasts(deadline) WHERE outcome IS NULL;

CREATE TABLE forecast_tags (
    forecast_id INTEGER NOT NULL REFERENCES forecasts(id),
    tag         TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (forecast_id, tag)
) WITHOUT ROWID;
CREATE INDEX forecast_tags_tag ON forecast_tags(tag, forecast_id);

-- Every resolution ever recorded; a changed outcome is a new row, never an edit.
CREATE TABLE resolutions (
    id                  INTEGER PRIMARY KEY,
    forecast_id         INTEGER NOT NULL REFERENCES forecasts(id),
    outcome             TEXT NOT NULL CHECK (outcome IN ('true', 'false', 'void')),
    resolved_on         TEXT NOT NULL,
    note                TEXT,
    reason              TEXT CHECK (reason IS NULL OR reason IN ('ambiguous', 'annulled', 'condition-false')),
    question_outcome_id INTEGER REFERENCES question_outcomes(id),
    recorded_at         TEXT NOT NULL
);
CREATE INDEX resolutions_forecast ON resolutions(forecast_id);

-- The append-only journal: one entry per change, each hashing the one before.
CREATE TABLE journal (
    seq       INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    body      TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX journal_entity ON journal(kind, entity_id);

-- Files imported, by the SHA-256 of their bytes and mapping, so the same file is not
-- imported twice by mistake.
CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    rows        INTEGER NOT NULL,
    imported_at TEXT NOT NULL
);
