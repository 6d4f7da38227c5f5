-- Version 6: who wrote each journal entry (issue 16). `author` is the operating-system user
-- that ran the command on an SQLite ledger (the database role on PostgreSQL), covered by
-- the entry's hash like `logged_at`. Entries written before version 6, or by a process
-- that could not name its user, have none. Never edit this file: add a new migration.

ALTER TABLE journal ADD COLUMN author TEXT;
