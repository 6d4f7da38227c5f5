-- Version 8 (SQLite's store/migrations/0008_claim_index.sql): an index for `add`'s look-up
-- of the same claim made by another source. Never edit this file: add a new migration.
--
-- The look-up compares `lower(claim)` (then the ASCII fold, as NOCASE does; see
-- store/dialect.rs), so the index is on `lower(claim)`. A hash index, not a B-tree: the
-- look-up is an equality, and a hash index keeps only a 4-byte hash of each key, where a
-- B-tree refuses a key longer than about 2.7 kB and a claim has no length limit.

CREATE INDEX forecasts_claim ON forecasts USING hash (lower(claim));
