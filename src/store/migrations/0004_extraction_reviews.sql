-- Version 4: the audit loop of `extract --save`. When a person reviews the candidates of an
-- article, each decision is kept beside what the extractor proposed (claim, probability and
-- its basis, deadline and its phrase), so `extract --audit` can say how often candidates were
-- kept and how often their probability and deadline were kept unchanged. Rows are written
-- once, journaled like every other write, and never edited or deleted.

CREATE TABLE extraction_reviews (
    id                   INTEGER PRIMARY KEY,
    article_id           INTEGER NOT NULL REFERENCES articles(id),
    -- The candidate's number in the extraction, from 1, and its sentence's byte offsets.
    candidate            INTEGER NOT NULL CHECK (candidate >= 1),
    sentence_start       INTEGER NOT NULL,
    sentence_end         INTEGER NOT NULL,
    -- What the extractor proposed.
    claim                TEXT NOT NULL,
    probability          REAL NOT NULL CHECK (probability >= 0 AND probability <= 1),
    probability_basis    TEXT NOT NULL,
    deadline             TEXT,
    deadline_phrase      TEXT,
    -- What the person decided: kept (perhaps with a changed probability or deadline) or
    -- rejected. The decided values are NULL for a rejected candidate; `forecast_id` is the
    -- forecast logged from it (NULL when rejected, or kept without a deadline to log it by).
    decision             TEXT NOT NULL CHECK (decision IN ('kept', 'rejected')),
    decided_probability  REAL CHECK (decided_probability >= 0 AND decided_probability <= 1),
    decided_deadline     TEXT,
    forecast_id          INTEGER REFERENCES forecasts(id),
    recorded_at          TEXT NOT NULL,
    UNIQUE (article_id, candidate)
);

CREATE INDEX extraction_reviews_forecast ON extraction_reviews(forecast_id)
    WHERE forecast_id IS NOT NULL;

CREATE TRIGGER extraction_reviews_no_update BEFORE UPDATE ON extraction_reviews
BEGIN
    SELECT RAISE(ABORT, 'review decisions are never edited');
END;

CREATE TRIGGER extraction_reviews_no_delete BEFORE DELETE ON extraction_reviews
BEGIN
    SELECT RAISE(ABORT, 'review decisions are never deleted');
END;
