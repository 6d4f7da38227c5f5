-- Version 13: a review keeps the extractor's proposal and the decision for every field the
-- review can change (audit 19, A15): the claim, who the article says holds the forecast
-- (`attributed_to`), the stance and the condition, beside the probability and deadline of
-- version 4, so `extract --audit` can say how often each was kept unchanged. Never edit this
-- file: add a new migration.
--
-- Columns only: stored rows are never rewritten. A row recorded before this version has
-- NULL in all seven (its stance is never NULL from this version on), so its review counts as
-- unknown for these fields, and its journal body, written without them, is unchanged. The
-- decided values are NULL for a rejected candidate, as `decided_probability` is.

ALTER TABLE extraction_reviews ADD COLUMN attributed_to TEXT;
ALTER TABLE extraction_reviews ADD COLUMN stance TEXT CHECK (stance IN ('for', 'against'));
ALTER TABLE extraction_reviews ADD COLUMN condition TEXT;
ALTER TABLE extraction_reviews ADD COLUMN decided_claim TEXT;
ALTER TABLE extraction_reviews ADD COLUMN decided_attributed_to TEXT;
ALTER TABLE extraction_reviews ADD COLUMN decided_stance TEXT CHECK (decided_stance IN ('for', 'against'));
ALTER TABLE extraction_reviews ADD COLUMN decided_condition TEXT;
