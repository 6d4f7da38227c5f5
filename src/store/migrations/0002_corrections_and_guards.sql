-- Version 2: corrections as superseding versions, and triggers that make the ledger
-- append-only. A correction is a new forecast row that `supersedes` the old one; the old
-- row's `superseded_by` is set once and never again. Nothing that defines a logged forecast,
-- a resolution, a question outcome or a journal entry can be updated or deleted.

ALTER TABLE forecasts ADD COLUMN supersedes INTEGER REFERENCES forecasts(id);
ALTER TABLE forecasts ADD COLUMN superseded_by INTEGER REFERENCES forecasts(id);
ALTER TABLE forecasts ADD COLUMN correction_why TEXT;
CREATE INDEX forecasts_supersedes ON forecasts(supersedes) WHERE supersedes IS NOT NULL;

CREATE TRIGGER forecasts_append_only BEFORE UPDATE OF
    id, source_id, question_id, article_id, claim, probability, probability_basis,
    probability_low, probability_high, made_on, deadline, deadline_phrase, condition, stance,
    created_at, supersedes, correction_why
ON forecasts
BEGIN
    SELECT RAISE(ABORT, 'forecasts are never edited in place: record a correction with `forecast correct`');
END;

CREATE TRIGGER forecasts_superseded_once BEFORE UPDATE OF superseded_by ON forecasts
WHEN OLD.superseded_by IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a forecast is superseded only once');
END;

CREATE TRIGGER forecasts_no_delete BEFORE DELETE ON forecasts
BEGIN
    SELECT RAISE(ABORT, 'forecasts are never deleted');
END;

CREATE TRIGGER forecast_tags_no_update BEFORE UPDATE ON forecast_tags
BEGIN
    SELECT RAISE(ABORT, 'tags of a logged forecast are never edited');
END;

CREATE TRIGGER forecast_tags_no_delete BEFORE DELETE ON forecast_tags
BEGIN
    SELECT RAISE(ABORT, 'tags of a logged forecast are never deleted');
END;

CREATE TRIGGER resolutions_no_update BEFORE UPDATE ON resolutions
BEGIN
    SELECT RAISE(ABORT, 'resolutions are never edited: resolve again with --amend');
END;

CREATE TRIGGER resolutions_no_delete BEFORE DELETE ON resolutions
BEGIN
    SELECT RAISE(ABORT, 'resolutions are never deleted');
END;

CREATE TRIGGER question_outcomes_no_update BEFORE UPDATE ON question_outcomes
BEGIN
    SELECT RAISE(ABORT, 'question outcomes are never edited');
END;

CREATE TRIGGER question_outcomes_no_delete BEFORE DELETE ON question_outcomes
BEGIN
    SELECT RAISE(ABORT, 'question outcomes are never deleted');
END;

CREATE TRIGGER sources_no_update BEFORE UPDATE ON sources
BEGIN
    SELECT RAISE(ABORT, 'sources are never renamed in place');
END;

CREATE TRIGGER sources_no_delete BEFORE DELETE ON sources
BEGIN
    SELECT RAISE(ABORT, 'sources are never deleted');
END;

CREATE TRIGGER questions_no_update BEFORE UPDATE ON questions
BEGIN
    SELECT RAISE(ABORT, 'questions are never edited in place');
END;

CREATE TRIGGER questions_no_delete BEFORE DELETE ON questions
BEGIN
    SELECT RAISE(ABORT, 'questions are never deleted');
END;

CREATE TRIGGER articles_no_update BEFORE UPDATE ON articles
BEGIN
    SELECT RAISE(ABORT, 'articles are never edited in place');
END;

CREATE TRIGGER articles_no_delete BEFORE DELETE ON articles
BEGIN
    SELECT RAISE(ABORT, 'articles are never deleted');
END;

CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only');
END;

CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only');
END;
