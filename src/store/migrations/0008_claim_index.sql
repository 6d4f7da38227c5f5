-- Version 8: an index on the claim as NOCASE compares it. Never edit this file: add a new
-- migration.
--
-- Before it logs a forecast without --question, `add` asks whether another source already
-- made the same claim (`question_with_claim_elsewhere`, `claim = ? COLLATE NOCASE`). No
-- index covered that, so the look-up read every forecast: most of an `add`'s time on a
-- ledger of a million forecasts.

CREATE INDEX forecasts_claim ON forecasts(claim COLLATE NOCASE);
