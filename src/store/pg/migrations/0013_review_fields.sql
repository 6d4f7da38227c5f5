-- Version 13 (SQLite's store/migrations/0013_review_fields.sql): a review keeps the
-- extractor's proposal and the decision for the claim, holder, stance and condition. Columns
-- only; rows recorded before have NULL in all seven. Never edit this file: add a new
-- migration.

ALTER TABLE extraction_reviews ADD COLUMN attributed_to TEXT;
ALTER TABLE extraction_reviews ADD COLUMN stance TEXT CHECK (stance IN ('for', 'against'));
ALTER TABLE extraction_reviews ADD COLUMN condition TEXT;
ALTER TABLE extraction_reviews ADD COLUMN decided_claim TEXT;
ALTER TABLE extraction_reviews ADD COLUMN decided_attributed_to TEXT;
ALTER TABLE extraction_reviews ADD COLUMN decided_stance TEXT CHECK (decided_stance IN ('for', 'against'));
ALTER TABLE extraction_reviews ADD COLUMN decided_condition TEXT;
