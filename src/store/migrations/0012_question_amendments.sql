-- Version 12: a question's outcome can be amended (a mistyped date, an outcome changed on
-- appeal) without editing the one recorded. Never edit this file: add a new migration.
--
-- An amending outcome is a new row of `question_outcomes` whose `amends` names the newest
-- outcome of the same question when it was recorded: it replaces every earlier outcome of
-- its question. The outcomes in force for a question are the ones recorded from its newest
-- amendment on (all of them when it has none). The replaced rows stay, and so do their
-- entries: the journal shows both. Rows recorded before this version have no `amends`, so
-- their journal bodies and hashes are unchanged.

ALTER TABLE question_outcomes ADD COLUMN amends INTEGER REFERENCES question_outcomes(id);
