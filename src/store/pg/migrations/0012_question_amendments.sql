-- Version 12 (SQLite's store/migrations/0012_question_amendments.sql): a question outcome
-- may amend the question's earlier outcomes; `amends` names the newest of them when it was
-- recorded. Never edit this file: add a new migration.

ALTER TABLE question_outcomes ADD COLUMN amends BIGINT REFERENCES question_outcomes(id);
