-- Version 7: the rest of the default report from kept sums (see store/kept.rs). Never edit
-- this file: add a new migration.
--
-- Since the report shows AUC, discrimination, the CORP terms, a Brier interval and the
-- median horizon for every source, the per-bin sums of version 3 no longer answered it and
-- every report scanned. Those figures need, per source, only how many forecasts stated each
-- distinct probability (and how many of them came true), and how many forecasts looked
-- each number of days ahead. This table keeps both, one row per source, updated in the same
-- transaction as every change to the forecasts and checked against a recomputation by
-- `verify`, like the other kept sums. Migration 7 fills it from the rows.
--
-- `points`: over current forecasts resolved true or false, one 24-byte record per distinct
-- probability, by increasing p: the probability (IEEE 754 double), how many, how many came
-- true (unsigned 64-bit), all little-endian.
-- `horizons`: over every current forecast, one 16-byte record per distinct horizon
-- (deadline - made_on, in days), by increasing horizon: the days and how many (signed
-- 64-bit, little-endian).
-- A row holds a whole source so a report reads a thousand rows, not one per value (a
-- million forecasts from a thousand sources have some 440,000 distinct pairs).

CREATE TABLE source_shapes (
    source_id INTEGER PRIMARY KEY REFERENCES sources(id),
    points    BLOB NOT NULL,
    horizons  BLOB NOT NULL
);
