-- Version 3: kept sums for the default report (see store/kept.rs), and the indexes bulk
-- imports need. The two tables of sums are derived from the forecasts, updated in the same
-- transaction as every change to them, and checked against a recomputation by `verify`;
-- unlike the rows they derive from they are updated in place. Migration 3 fills them from
-- the existing rows.

CREATE TABLE source_totals (
    source_id   INTEGER PRIMARY KEY REFERENCES sources(id),
    forecasts   INTEGER NOT NULL,
    void        INTEGER NOT NULL,
    corrections INTEGER NOT NULL
);

-- Per source and calibration bin (`nearest:10`), over current forecasts resolved true or
-- false: how many, how many came true, and exact sums (16-byte integers in units of 2^-84)
-- of the probability, the squared error and the clamped log loss.
CREATE TABLE source_bin_sums (
    source_id INTEGER NOT NULL REFERENCES sources(id),
    bin       INTEGER NOT NULL,
    n         INTEGER NOT NULL,
    hits      INTEGER NOT NULL,
    sum_p     BLOB NOT NULL,
    sum_brier BLOB NOT NULL,
    sum_log   BLOB NOT NULL,
    PRIMARY KEY (source_id, bin)
) WITHOUT ROWID;

-- Resolved current forecasts by deadline: a report takes those not yet past their deadline
-- out of the kept sums.
CREATE INDEX forecasts_resolved_deadline ON forecasts(deadline)
    WHERE outcome IN ('true', 'false') AND superseded_by IS NULL;

-- An import writes a resolution before the forecast it resolves, with foreign keys checked
-- at commit. While such a check is pending, SQLite looks up every reference to each new
-- forecast, so each referencing column needs an index (or every insert scans the table).
CREATE INDEX forecasts_superseded_by ON forecasts(superseded_by) WHERE superseded_by IS NOT NULL;
CREATE INDEX forecasts_resolution ON forecasts(resolution_id) WHERE resolution_id IS NOT NULL;
