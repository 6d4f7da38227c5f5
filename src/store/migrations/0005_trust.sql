-- Version 5: the trust rules (see DESIGN.md, Integrity). Never edit this file: add a new
-- migration.
--
-- * Every journal entry records the wall-clock instant it was written (`logged_at`, RFC 3339
--   UTC with milliseconds), whatever FORECAST_TODAY says. The entry's hash covers it, and
--   the writer never lets it go backwards. Entries written before version 5 have none.
-- * A forecast logged after its deadline (by the wall clock), after an outcome for its
--   question was recorded, or together with its own outcome (an import of a resolved
--   record) is `logged_late`. It is fixed when the row is written and is part of the
--   forecast's journal body; forecasts logged before version 5 are not classified (their
--   times may be FORECAST_TODAY's, not the wall clock's), so they stay 0.
-- * The kept per-source totals also count amended outcomes and late forecasts.

ALTER TABLE journal ADD COLUMN logged_at TEXT;

ALTER TABLE forecasts ADD COLUMN logged_late INTEGER NOT NULL DEFAULT 0
    CHECK (logged_late IN (0, 1));

CREATE TRIGGER forecasts_logged_late_fixed BEFORE UPDATE OF logged_late ON forecasts
BEGIN
    SELECT RAISE(ABORT, 'when a forecast was logged is never edited');
END;

ALTER TABLE source_totals ADD COLUMN amended INTEGER NOT NULL DEFAULT 0;
ALTER TABLE source_totals ADD COLUMN late INTEGER NOT NULL DEFAULT 0;
