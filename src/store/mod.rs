//! The store: `Store` (ledger.rs), what commands hold, opens a ledger on either backend
//! behind the `Ledger`/`LedgerWriter` seam; this module and its siblings are the SQLite
//! backend (`SqliteStore`, `SqliteWriter`), `pg/` the PostgreSQL one. Here: opening an
//! SQLite ledger (with version and file-type checks), numbered migrations, one IMMEDIATE
//! transaction per write; the queries commands need are in the sibling files.
//!
//! Decisions:
//! WAL and a busy timeout so concurrent writers wait instead of failing;
//! `BEGIN IMMEDIATE` so a writer holds the lock from its first read, which keeps the journal's
//! hash chain linear; dates stored as ISO TEXT so they compare in SQL; a file that is not
//! SQLite, or whose schema is newer than this binary, is refused before anything is written.
//! Every write also updates the kept report sums (`kept.rs`) before it commits; an import is
//! one journal entry over all its rows (`batch.rs`). This module never imports clap or
//! comfy-table.

mod articles;
mod backup;
mod batch;
mod bodies;
mod clock;
mod cols;
mod copy;
mod corrections;
mod counter;
mod derived;
mod dialect;
pub(crate) mod entry_rules;
mod forecasts;
mod held;
pub(crate) mod imports;
pub(crate) use imports::repeats;
pub use imports::{Contradiction, Repeated};
mod journal;
mod kept;
mod ledger;
pub mod pg;
mod questions;
mod resolutions;
mod reviews;
mod rows;
mod target;
mod verify;

pub use articles::{Extracted, NewArticle, SameForecast};
pub use clock::{gap_words, ClockAhead, AHEAD_LIMIT};
pub use copy::{CopyTarget, Rows, Table, Value};
pub use corrections::Correction;
pub(crate) use forecasts::day_after;
pub use forecasts::{ArticleInfo, ListFilter, Resolved, StatusFilter};
pub use journal::{entry_hash, to_hex, JournalEntry, GENESIS};
pub use ledger::{AddChecks, KeyNear, Ledger, LedgerWriter, Partial, Store, Writer};
pub use questions::QuestionSummary;
pub use resolutions::{Conflict, OutcomeRow, QuestionAmendment, QuestionResolution};
pub use reviews::{AuditRow, Kept, NewReview, ReviewOf};
pub use rows::{Scan, Slices, SourceClaim, Version};
pub use target::{PgEnv, PgTarget, Target};
pub use verify::{Finding, Verified};

use crate::error::{Error, Result};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The numbered migrations, in order. Append only: never edit, reorder or delete one.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_corrections_and_guards.sql"),
    include_str!("migrations/0003_kept_sums.sql"),
    include_str!("migrations/0004_extraction_reviews.sql"),
    include_str!("migrations/0005_trust.sql"),
    include_str!("migrations/0006_journal_author.sql"),
    include_str!("migrations/0007_kept_shapes.sql"),
    include_str!("migrations/0008_claim_index.sql"),
    include_str!("migrations/0009_reference_checks.sql"),
    include_str!("migrations/0010_write_checks.sql"),
    include_str!("migrations/0011_claim_key.sql"),
    include_str!("migrations/0012_question_amendments.sql"),
    include_str!("migrations/0013_review_fields.sql"),
    include_str!("migrations/0014_byte_order_keys.sql"),
    include_str!("migrations/0015_journal_author_login.sql"),
];

/// The version whose migration adds the kept sums, which are then built from the rows.
const KEPT_SUMS_VERSION: i64 = 3;

/// The latest version whose migration changes what the kept sums hold (7: per-source
/// probability counts and horizons; 5 before it: amended and late counts), after which
/// they are counted again from the rows.
const KEPT_SHAPES_VERSION: i64 = 7;

/// The schema version this binary writes (`PRAGMA user_version`).
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Whether a command only reads the ledger or also writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
}

/// How long a command waits for the write lock before it gives up, unless told otherwise:
/// long enough for an import of millions of rows ahead of it to finish.
pub const DEFAULT_LOCK_WAIT: Duration = Duration::from_secs(600);

/// The longest wait for the write lock: SQLite's busy timeout and PostgreSQL's
/// `lock_timeout` are both a 32-bit count of milliseconds (24.8 days). A longer
/// `FORECAST_LOCK_WAIT` (a "wait forever" 9999999999) is this: rusqlite panicked on it, `too
/// big`, for every command that opens an SQLite ledger, reads included (ad6 F5).
pub const MAX_LOCK_WAIT: Duration = Duration::from_millis(i32::MAX as u64);

/// After this long waiting for the lock, the `on_wait` notice is given.
pub const NOTICE_AFTER: Duration = Duration::from_secs(2);

/// The page cache of a writing connection (KiB, negative as SQLite takes it): 64 MiB, so a
/// long write that touches the same index pages again and again finds them in memory.
const WRITE_CACHE: i64 = -65536;

/// The page cache of a large import from the moment it defers its indexes until it has
/// built them again (`defer_indexes_if_large`): SQLite's default 2 MiB. An import builds its large
/// indexes after the load (`defer_indexes_if_large`); SQLite's sorter takes the cache size
/// as the size of each sorted run, so with 64 MiB it sorted each index as one run on one
/// core, and with 2 MiB it sorts many small runs, on the second core too, and merges them.
/// The load itself also took less CPU (its rows and the indexes kept during it are written
/// in key order, so a large cache holds nothing it reads again). Measured in the README
/// (Performance, "seventh round"): about a quarter less CPU for a 1M import.
const IMPORT_CACHE: i64 = -2000;

/// How a ledger is opened beyond its access.
#[derive(Default)]
pub struct OpenOptions {
    /// How long to wait for another writer's lock (`DEFAULT_LOCK_WAIT` when `None`).
    pub lock_wait: Option<Duration>,
    /// Called once when a write has waited `NOTICE_AFTER` for the lock, with the whole wait
    /// allowed (the app prints a note on a terminal).
    pub on_wait: Option<Box<dyn Fn(Duration) + Send>>,
    /// Who is writing (the OS user), recorded in every journal entry this store writes.
    pub author: Option<String>,
    /// PostgreSQL: log each write at the server's clock, read in the write's transaction,
    /// instead of the instant the write is given (the binary's setting: one clock for a
    /// team, see `clock.rs`); off, the given instant is used (tests that fix the clock).
    /// SQLite has one machine's clock and ignores it.
    pub server_clock: bool,
}

/// An open SQLite ledger (behind `Store`, see `ledger.rs`).
pub(crate) struct SqliteStore {
    conn: Connection,
    path: PathBuf,
    lock_wait: Duration,
    on_wait: Option<Box<dyn Fn(Duration) + Send>>,
    /// Who writes through this store (see `OpenOptions::author`).
    author: Option<String>,
    /// What opening this ledger created (the file, then its new directories, innermost
    /// first), so a command that fails can take it away again (`discard_if_unused`).
    created: Vec<PathBuf>,
    /// The file's identity when it was opened: a write checks, once it holds the lock, that
    /// the path still names this file (see `discard_if_unused`).
    identity: Option<(u64, u64)>,
    /// Set when a reader reads an older ledger through a migrated copy in memory: the
    /// file's schema version.
    upgraded_from: Option<i64>,
    /// The journal's head as the last write found it, when it was ahead of this machine's
    /// clock (see `clock.rs`).
    ahead: std::cell::Cell<Option<ClockAhead>>,
}

/// A file's device and inode (Unix), to notice a ledger removed or replaced under us.
fn identity(path: &Path) -> Option<(u64, u64)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

impl SqliteStore {
    /// Opens the ledger at `path` with the default options (see `open_with`).
    #[cfg(test)]
    pub fn open(path: &Path, access: Access) -> Result<SqliteStore> {
        SqliteStore::open_with(path, access, OpenOptions::default())
    }

    /// Opens the ledger at `path`.
    ///
    /// `Write` creates the ledger (and its directory) on first use and migrates an older
    /// one. `Read` never writes, migrates or creates anything: the file is opened read-only
    /// (and `immutable`, so SQLite needs no lock files, when the file or its directory is
    /// not writable: read-only media); a missing file is an error, and so is an empty one
    /// (0 bytes, or SQLite with no tables: what a write that failed before the schema was
    /// set up leaves, never a ledger a command wrote; `verify` must not call it ok), and a
    /// ledger of an older schema is refused with a hint to run
    /// `forecast migrate`. Both refuse a file that is not SQLite, an SQLite database this
    /// tool did not make (`user_version` 0 with tables in it) and a newer schema, before
    /// anything is written.
    pub fn open_with(path: &Path, access: Access, opts: OpenOptions) -> Result<SqliteStore> {
        // `--db ledgers/` means a folder; SQLite would create a file named `ledgers`.
        let text = path.to_string_lossy();
        if text.ends_with('/') || text.ends_with(std::path::MAIN_SEPARATOR) {
            return Err(Error::invalid(
                format!("--db `{text}`"),
                format!(
                    "it names a folder; name the ledger file in it, e.g. `{text}ledger.sqlite3`"
                ),
            ));
        }
        let exists = path.exists();
        if exists {
            check_header(path)?;
            if access == Access::Write {
                check_writable(path)?;
            }
        } else if access == Access::Read {
            return Err(Error::NoLedger {
                path: path.to_path_buf(),
            });
        }
        let lock_wait = opts
            .lock_wait
            .unwrap_or(DEFAULT_LOCK_WAIT)
            .min(MAX_LOCK_WAIT);
        if access == Access::Read && file_len(path) == 0 {
            return Err(Error::EmptyLedgerFile {
                path: path.to_path_buf(),
                what: "is an empty file (0 bytes)",
            });
        }
        let mut created = Vec::new();
        if !exists {
            created.push(path.to_path_buf());
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                let mut missing = dir;
                while !missing.as_os_str().is_empty() && !missing.exists() {
                    created.push(missing.to_path_buf());
                    match missing.parent() {
                        Some(p) => missing = p,
                        None => break,
                    }
                }
                std::fs::create_dir_all(dir)
                    .map_err(|e| Error::io(format!("creating `{}`", dir.display()), e))?;
            }
            if access == Access::Write {
                check_creatable(path)?;
            }
        }
        let conn = match access {
            Access::Read => open_read_only(path)?,
            Access::Write => Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_WRITE
                    | OpenFlags::SQLITE_OPEN_CREATE
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )
            .map_err(|e| classify(e, path))?,
        };
        conn.busy_timeout(lock_wait)?;
        // One statement, so both come from one snapshot: another process may be creating
        // this ledger right now, and its version and tables commit together.
        let (version, tables): (i64, i64) = conn
            .query_row(
                "SELECT (SELECT user_version FROM pragma_user_version),
                        (SELECT count(*) FROM sqlite_master)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(|e| classify(e, path))?;
        if version > SCHEMA_VERSION {
            return Err(Error::DbTooNew {
                path: path.to_path_buf(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        if version == 0 && tables > 0 {
            return Err(Error::ForeignDatabase {
                path: path.to_path_buf(),
            });
        }
        if access == Access::Read && version < SCHEMA_VERSION {
            if version == 0 {
                // An SQLite file with nothing in it is no ledger yet (see `EmptyLedgerFile`).
                return Err(Error::EmptyLedgerFile {
                    path: path.to_path_buf(),
                    what: "is an SQLite file with no tables",
                });
            }
            // A reader never migrates the file (it may sit on read-only media, or another
            // version of the tool may still use it): it reads an upgraded copy in memory.
            return SqliteStore::upgraded_copy(&conn, path, version);
        }
        let mut store = SqliteStore {
            conn,
            path: path.to_path_buf(),
            lock_wait,
            on_wait: opts.on_wait,
            author: journal::clean_author(opts.author),
            created,
            identity: identity(path),
            upgraded_from: None,
            ahead: Default::default(),
        };
        let ready = store.configure(access).and_then(|()| {
            if access == Access::Write {
                store.migrate().map_err(|e| classify_err(e, path))
            } else {
                Ok(())
            }
        });
        if let Err(e) = ready {
            // A ledger this command created and could not set up (a full disk) is taken
            // away again, so no 0-byte file is left to be read as an empty ledger.
            store.discard_if_unused();
            return Err(e);
        }
        Ok(store)
    }

    /// Takes away a ledger this command created, if nothing was ever written to it (a
    /// command that failed on bad input leaves no empty ledger or directory behind).
    pub fn discard_if_unused(self) {
        self.discard_created(false)
    }

    /// `discard_if_unused`, or with `written_too` whatever this command wrote to the ledger
    /// it created (a copy that does not verify).
    pub fn discard_created(self, written_too: bool) {
        if self.created.is_empty() {
            return;
        }
        // Under the write lock: a process that opened the same new file meanwhile either
        // committed already (then the journal is not empty and nothing is removed) or waits
        // for the lock and then finds the path no longer names its file (`begin`).
        let Ok(tx) = self.begin() else {
            // No lock to be had (a full disk: WAL mode needs its shared-memory file). A file
            // this command created that is still 0 bytes, with no write-ahead log, holds
            // nothing anyone committed (a second process setting it up would have written
            // its header first), so it is taken away without the lock.
            let blank = |suffix: &str| file_len(&beside(&self.created[0], suffix)) == 0;
            if blank("") && blank("-wal") {
                let created = self.created.clone();
                drop(self);
                remove_created(&created);
            }
            return;
        };
        // Unused: an empty journal, or none at all (setting the schema up failed, e.g. on a
        // full disk, and rolled back: the file would otherwise stay as a 0-byte "ledger").
        let count = |sql: &str| tx.query_row(sql, [], |r| r.get::<_, i64>(0));
        let unused = written_too
            || match count("SELECT count(*) FROM journal") {
                Ok(n) => n == 0,
                Err(_) => count("SELECT count(*) FROM sqlite_master").is_ok_and(|n| n == 0),
            };
        if unused {
            remove_files(&self.created[0]);
        }
        drop(tx);
        let created = self.created.clone();
        drop(self);
        if unused {
            remove_dirs(&created);
        }
    }

    /// A copy in memory of the ledger `conn` reads, at schema `version` (older than this
    /// binary's), migrated there: what a reading command reads, so that an older ledger is
    /// read and verified where it cannot be migrated (read-only media) and is never changed
    /// by a command that only reads. Migrations change the schema and the derived tables
    /// only, never a journal entry or a row a journal entry covers, so the copy verifies as
    /// the file would after `forecast migrate`.
    fn upgraded_copy(conn: &Connection, path: &Path, version: i64) -> Result<SqliteStore> {
        let mut copy = Connection::open_in_memory()?;
        {
            let backup = rusqlite::backup::Backup::new(conn, &mut copy)?;
            backup
                .run_to_completion(4096, Duration::ZERO, None)
                .map_err(|e| classify(e, path))?;
        }
        let mut store = SqliteStore {
            conn: copy,
            path: PathBuf::from(":memory:"),
            lock_wait: DEFAULT_LOCK_WAIT,
            on_wait: None,
            author: None,
            created: Vec::new(),
            identity: None,
            upgraded_from: None,
            ahead: Default::default(),
        };
        store.configure(Access::Write)?;
        // Configured as the in-memory database it is; migrated under the file's path, so a
        // refusal of the migration names the file.
        store.path = path.to_path_buf();
        store.migrate().map_err(|e| classify_err(e, path))?;
        store.conn.pragma_update(None, "query_only", "ON")?;
        store.upgraded_from = Some(version);
        Ok(store)
    }

    /// The schema version of the file this store reads through an upgraded copy in memory
    /// (`upgraded_copy`), if it does.
    pub fn upgraded_from(&self) -> Option<i64> {
        self.upgraded_from
    }

    /// A fresh, migrated ledger in memory (tests, and reads of a ledger not yet created).
    pub fn open_in_memory() -> Result<SqliteStore> {
        let conn = Connection::open_in_memory()?;
        let mut store = SqliteStore {
            conn,
            path: PathBuf::from(":memory:"),
            lock_wait: DEFAULT_LOCK_WAIT,
            on_wait: None,
            author: None,
            created: Vec::new(),
            identity: None,
            upgraded_from: None,
            ahead: Default::default(),
        };
        store.configure(Access::Write)?;
        store.migrate()?;
        Ok(store)
    }

    fn configure(&self, access: Access) -> Result<()> {
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        register_functions(&self.conn)?;
        if access == Access::Write && self.path != Path::new(":memory:") {
            // WAL mode is stored in the file, so only a new ledger switches. Switching takes an
            // exclusive lock for which SQLite does not call the busy handler, so processes that
            // create the same ledger at once retry here instead of failing.
            let mut waited = Duration::ZERO;
            loop {
                let mode: String =
                    match self.conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)) {
                        Ok(m) => m,
                        Err(e)
                            if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy)
                                && waited < self.lock_wait =>
                        {
                            std::thread::sleep(Duration::from_millis(5));
                            waited += Duration::from_millis(5);
                            continue;
                        }
                        Err(e) => return Err(e.into()),
                    };
                if mode.eq_ignore_ascii_case("wal") {
                    break;
                }
                match self
                    .conn
                    .query_row("PRAGMA journal_mode=WAL", [], |r| r.get::<_, String>(0))
                {
                    Ok(_) => {}
                    Err(e)
                        if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy)
                            && waited < self.lock_wait =>
                    {
                        std::thread::sleep(Duration::from_millis(5));
                        waited += Duration::from_millis(5);
                    }
                    Err(e) => return Err(e.into()),
                }
            }
            // FULL: a commit is on disk before the command reports it (NORMAL in WAL mode
            // can lose the last commits on power loss). The cost is measured in the README.
            self.conn.pragma_update(None, "synchronous", "FULL")?;
            self.conn.pragma_update(None, "cache_size", WRITE_CACHE)?;
        }
        Ok(())
    }

    /// Begins an IMMEDIATE transaction, waiting for another writer's lock up to the
    /// allowed wait; after `NOTICE_AFTER` the `on_wait` notice is given once.
    fn begin(&self) -> Result<rusqlite::Transaction<'_>> {
        let busy =
            |e: &rusqlite::Error| e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy);
        let gave_up = |e: rusqlite::Error| {
            if busy(&e) {
                Error::Busy {
                    path: self.path.clone(),
                    waited: self.lock_wait.as_secs(),
                }
            } else {
                Error::Sqlite(e)
            }
        };
        let first = NOTICE_AFTER.min(self.lock_wait);
        self.conn.busy_timeout(first)?;
        let tx = match rusqlite::Transaction::new_unchecked(
            &self.conn,
            TransactionBehavior::Immediate,
        ) {
            Err(e) if busy(&e) && self.lock_wait > first => {
                if let Some(note) = &self.on_wait {
                    note(self.lock_wait);
                }
                self.conn.busy_timeout(self.lock_wait - first)?;
                rusqlite::Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)
                    .map_err(gave_up)
            }
            other => other.map_err(gave_up),
        };
        self.conn.busy_timeout(self.lock_wait)?;
        let tx = tx?;
        if self.identity.is_some() && identity(&self.path) != self.identity {
            return Err(Error::Other(format!(
                "ledger `{}` was removed or replaced while this command waited for it; nothing was written, run the command again",
                self.path.display()
            )));
        }
        Ok(tx)
    }

    fn migrate(&mut self) -> Result<()> {
        let tx = self.begin()?;
        // Read again under the lock: another process may have migrated meanwhile.
        let version = user_version(&tx)?;
        if version > SCHEMA_VERSION {
            return Err(Error::DbTooNew {
                path: self.path.clone(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            tx.execute_batch(sql)
                .map_err(|e| schema_ahead(e, &self.path, version, i as i64 + 1))?;
        }
        if version < KEPT_SUMS_VERSION {
            kept::build(&tx)?;
        } else if version < KEPT_SHAPES_VERSION {
            // The kept sums gained counts (amended and late in 5, probabilities and
            // horizons in 7): count everything again.
            tx.execute_batch(
                "DELETE FROM source_totals; DELETE FROM source_bin_sums; DELETE FROM source_shapes;",
            )?;
            kept::build(&tx)?;
        }
        if version < SCHEMA_VERSION {
            tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The file this ledger lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The connection, for the store's own read queries.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs `f` in one IMMEDIATE transaction and commits once; an error rolls everything back.
    pub fn write<T>(
        &mut self,
        now: &str,
        f: impl FnOnce(&mut SqliteWriter<'_>) -> Result<T>,
    ) -> Result<T> {
        self.write_checking(now, Refs::Enforced, f)
    }

    /// `write` for an import: SQLite does not enforce foreign keys on this connection while
    /// it runs (they can be switched only outside a transaction), so a row no longer probes
    /// the indexes of the rows that refer to its table as it goes in; instead the rows the
    /// write added are checked in one pass before the commit (`imports::dangling`), which
    /// refuses the whole write naming the first row that refers to nothing. Enforcement is
    /// switched on again however the write ends.
    pub fn write_import<T>(
        &mut self,
        now: &str,
        f: impl FnOnce(&mut SqliteWriter<'_>) -> Result<T>,
    ) -> Result<T> {
        self.conn.pragma_update(None, "foreign_keys", "OFF")?;
        let cache: i64 = self.conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
        let out = self.write_checking(now, Refs::Import, f);
        let on = self.conn.pragma_update(None, "foreign_keys", "ON");
        let back = self.conn.pragma_update(None, "cache_size", cache);
        let out = out?;
        on?;
        back?;
        Ok(out)
    }

    /// `write` for what may resolve many forecasts at once (`resolve --question`, `resolve
    /// --from`): as for an import, SQLite does not enforce foreign keys row by row on this
    /// connection while it runs, and the references of the rows it added or changed are
    /// checked in one pass before the commit (`resolutions::dangling`), which refuses the
    /// whole write naming the first row that refers to nothing. Enforced row by row, they
    /// made the one `UPDATE` that sets many forecasts' outcome keep a statement journal
    /// (every page it changed copied to a temporary file first: 49 MB for 100,000
    /// forecasts), since it could fail half-way. Enforcement is switched on again however
    /// the write ends.
    pub fn write_resolving<T>(
        &mut self,
        now: &str,
        f: impl FnOnce(&mut SqliteWriter<'_>) -> Result<T>,
    ) -> Result<T> {
        self.conn.pragma_update(None, "foreign_keys", "OFF")?;
        let out = self.write_checking(now, Refs::Resolving, f);
        let on = self.conn.pragma_update(None, "foreign_keys", "ON");
        let out = out?;
        on?;
        Ok(out)
    }

    /// `write`; unless `refs` is `Enforced`, the references of the rows it added are
    /// checked in one pass before the commit (foreign keys are off).
    fn write_checking<T>(
        &mut self,
        now: &str,
        refs: Refs,
        f: impl FnOnce(&mut SqliteWriter<'_>) -> Result<T>,
    ) -> Result<T> {
        let tx = self.begin()?;
        let firsts = match refs {
            Refs::Enforced => None,
            Refs::Import => Some(imports::first_ids(&tx)?),
            Refs::Resolving => Some(resolutions::first_ids(&tx)?),
        };
        let head = journal::head(&tx)?;
        self.ahead
            .set(ClockAhead::check(head.logged_at.as_deref(), now, false));
        // Read under the write lock, so no other writer can slip an entry in between.
        let now = crate::time::Clock::after(now, head.logged_at.as_deref());
        let mut writer = SqliteWriter {
            tx,
            head,
            now,
            author: self.author.clone(),
            sources: rustc_hash::FxHashMap::default(),
            sources_given: rustc_hash::FxHashMap::default(),
            questions: rustc_hash::FxHashMap::default(),
            numbered: rustc_hash::FxHashMap::default(),
            legacy_keys: None,
            markets: forecasts::Markets::by_range(),
            kept: kept::Pending::default(),
            bulk: None,
            resolving: None,
            added: Vec::new(),
            vouched: None,
        };
        let value = f(&mut writer);
        if writer.bulk.take().is_some() {
            // An import that failed part-way: per-row checks back on for this connection.
            writer
                .tx
                .pragma_update(None, "ignore_check_constraints", false)?;
            if value.is_ok() {
                return Err(Error::Other(
                    "an import batch was started and never recorded".into(),
                ));
            }
        }
        let value = value?;
        writer.kept.flush(&writer.tx)?;
        if let Some(firsts) = firsts {
            let why = match refs {
                Refs::Import => {
                    // One pass over every row the import added: in the import's small page
                    // cache, as its CHECK pass, or the writer's 64 MiB kept each page it
                    // read, the import's peak (64 MiB more from about 300,000 rows on; issue
                    // 17). `write_import` sets the cache back.
                    writer.tx.pragma_update(None, "cache_size", IMPORT_CACHE)?;
                    imports::dangling(&writer.tx, firsts, &writer.added)?
                }
                _ => resolutions::dangling(&writer.tx, firsts, writer.vouched)?,
            };
            if let Some(why) = why {
                return Err(Error::Other(format!("{why}; nothing was written")));
            }
        }
        writer.tx.commit()?;
        Ok(value)
    }
}

/// How a write's foreign keys are checked: by SQLite row by row, or (enforcement off) in
/// one pass over the rows an import or a resolving write added at its end.
#[derive(Clone, Copy)]
enum Refs {
    Enforced,
    Import,
    Resolving,
}

/// A write in progress on SQLite: the transaction, the journal's head, and the instant it
/// is recorded at.
pub(crate) struct SqliteWriter<'c> {
    tx: rusqlite::Transaction<'c>,
    head: journal::Head,
    now: String,
    /// Who is writing, recorded in each journal entry.
    author: Option<String>,
    /// Ids looked up or created in this transaction (an import meets the same names again
    /// and again). Source names are keyed as SQLite's NOCASE compares them (ASCII case).
    sources: rustc_hash::FxHashMap<String, i64>,
    /// The same ids by the names as given, before folding.
    sources_given: rustc_hash::FxHashMap<String, i64>,
    questions: rustc_hash::FxHashMap<String, i64>,
    /// By slug, the first number its claims' own question keys may take (`forecasts::own_key`).
    numbered: rustc_hash::FxHashMap<String, u64>,
    /// Question keys stored before keys were put in NFC, by their NFC form, read when a
    /// key beyond ASCII is first met (`forecasts::logged_key`).
    legacy_keys: Option<rustc_hash::FxHashMap<String, String>>,
    /// Hand-resolved markets looked up in this write (`forecasts::market_resolved`).
    markets: forecasts::Markets,
    /// Changes to the kept sums, written just before the commit.
    kept: kept::Pending,
    /// An import batch in progress (see `batch.rs`).
    bulk: Option<Bulk>,
    /// The digests of the resolutions a question outcome is making (its entry records them).
    resolving: Option<batch::Batch>,
    /// The ids an ended import batch inserted, by table (first and last, consecutive), for
    /// the reference check before the commit (`imports::dangling`).
    added: Vec<(&'static str, i64, i64)>,
    /// Resolutions (first and last id) that refer only to rows this write read or wrote,
    /// so the reference check before the commit skips them (`resolutions::dangling`).
    vouched: Option<(i64, i64)>,
}

/// Registers the SQL functions the store's queries call on `conn`: `claim_key(text)`, a
/// claim as `add` stores it (`model::names::canonical`), which the repeat checks compare
/// (`Dialect::claim_key`). Deterministic, so SQLite may evaluate it once per value.
pub(crate) fn register_functions(conn: &Connection) -> Result<()> {
    use rusqlite::functions::FunctionFlags;
    conn.create_scalar_function(
        "claim_key",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            Ok(match ctx.get_raw(0) {
                rusqlite::types::ValueRef::Text(t) => {
                    let text = String::from_utf8_lossy(t);
                    Some(crate::model::names::canonical(&text).into_owned())
                }
                _ => None,
            })
        },
    )?;
    Ok(())
}

/// An import batch: the digests its journal entry will hold, and the next free ids.
struct Bulk {
    batch: batch::Batch,
    first_forecast: i64,
    first_resolution: i64,
    next_forecast: i64,
    next_resolution: i64,
    /// The indexes dropped while the batch loads (their SQL, to build them again at its
    /// end; see `defer_indexes`), once it has.
    deferred: Option<Vec<String>>,
    /// The page cache before the indexes were deferred, set again once they are built.
    cache: i64,
    /// The thread counting the batch's forecasts into the kept sums.
    counter: Option<counter::Counter>,
    /// Rows written many to a statement (`held.rs`), not yet written.
    held: held::Held,
}

/// Indexes a large import keeps up to date row by row even so: their keys grow with the
/// import's ids, so each insertion lands at their end and costs little, and a batch begun
/// in a plain `write` (foreign keys enforced, deferred) looks rows up through them. The
/// CLI's import runs with enforcement off and checks its rows' references in one pass at
/// its end (`SqliteStore::write_import`).
const KEPT_DURING_IMPORT: [&str; 3] = [
    "forecasts_resolution",
    "forecasts_supersedes",
    "forecasts_superseded_by",
];

/// The fewest rows after which an import into an empty ledger defers its indexes (fewer
/// in unit tests, so a test can cross it cheaply).
const DEFER_INDEXES_AFTER: i64 = if cfg!(test) { 50 } else { 20_000 };

impl SqliteWriter<'_> {
    /// Keeps a long write's memory bounded: writes the pending kept-sum changes into the
    /// transaction once they hold many entries, and forgets the looked-up ids once there
    /// are many (they are only a cache; a miss asks the database). An import calls it every
    /// few thousand rows. The pending sums grow with sources and distinct values, not with
    /// rows, so they are seldom written before the commit: writing them every few thousand
    /// rows rewrote every source's counts by probability and horizon each time, which grew
    /// with the ledger.
    pub fn trim_caches(&mut self) -> Result<()> {
        const KEEP: usize = 400_000;
        const KEEP_PENDING: usize = 500_000;
        if let Some(counter) = self.bulk.as_ref().and_then(|b| b.counter.as_ref()) {
            for pending in counter.handed_back() {
                self.kept.merge(pending);
            }
        }
        if self.kept.entries() > KEEP_PENDING {
            self.kept.flush(&self.tx)?;
        }
        if self.sources.len() > KEEP || self.sources_given.len() > KEEP {
            self.sources.clear();
            self.sources_given.clear();
        }
        if self.questions.len() > KEEP || self.numbered.len() > KEEP {
            self.questions.clear();
            self.numbered.clear();
        }
        self.markets.trim(KEEP);
        Ok(())
    }

    /// Starts an import batch: until `record_import`, the questions, forecasts and
    /// resolutions written are recorded by digest in the import's one journal entry,
    /// foreign keys are checked at commit rather than row by row, and the tables' CHECK
    /// constraints once over the batch's rows at its end rather than per row (SQLite
    /// builds a temporary table for each `IN` list of a CHECK on every insert, which was a
    /// fifth of an import's time).
    pub fn begin_import_batch(&mut self) -> Result<()> {
        self.tx.pragma_update(None, "defer_foreign_keys", true)?;
        self.tx
            .pragma_update(None, "ignore_check_constraints", true)?;
        let next = |table: &str| -> Result<i64> {
            Ok(self.tx.query_row(
                &format!("SELECT COALESCE(MAX(id), 0) + 1 FROM {table}"),
                [],
                |r| r.get(0),
            )?)
        };
        let (forecast, resolution) = (next("forecasts")?, next("resolutions")?);
        self.bulk = Some(Bulk {
            batch: batch::Batch::default(),
            first_forecast: forecast,
            first_resolution: resolution,
            next_forecast: forecast,
            next_resolution: resolution,
            deferred: None,
            cache: 0,
            counter: Some(counter::Counter::start()?),
            held: held::Held::default(),
        });
        Ok(())
    }

    /// Counts a forecast just logged into the kept sums: on the import batch's counting
    /// thread in a batch, here otherwise.
    fn count_logged(&mut self, f: kept::Counted) -> Result<()> {
        match self.bulk.as_mut().and_then(|b| b.counter.as_mut()) {
            Some(counter) => counter.count(f),
            None => {
                self.kept.count(&f, 1);
                Ok(())
            }
        }
    }

    /// Once an import batch has written as many forecasts as the ledger held before it
    /// (and at least `DEFER_INDEXES_AFTER`), drops the secondary indexes of the forecasts
    /// and their tags; `end_import_batch` builds them again from the rows, in the same
    /// transaction. Inserting a million rows into an index in random key order touches a
    /// random page each time; building it once sorts the keys and writes each page once.
    /// Unique indexes stay (they check as the rows arrive), as do `KEPT_DURING_IMPORT`.
    /// A failed import rolls the drops back with everything else, and readers see the
    /// indexes throughout (they read the snapshot from before the import).
    fn defer_indexes_if_large(&mut self) -> Result<()> {
        let Some(bulk) = &self.bulk else {
            return Ok(());
        };
        let written = bulk.next_forecast - bulk.first_forecast;
        if bulk.deferred.is_some() || written < DEFER_INDEXES_AFTER.max(bulk.first_forecast - 1) {
            return Ok(());
        }
        let indexes: Vec<(String, String)> = {
            let mut stmt = self.tx.prepare(
                "SELECT name, sql FROM sqlite_master
                 WHERE type = 'index' AND tbl_name IN ('forecasts', 'forecast_tags')
                   AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'
                 ORDER BY name",
            )?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        let mut deferred = Vec::new();
        for (name, sql) in indexes {
            if KEPT_DURING_IMPORT.contains(&name.as_str()) {
                continue;
            }
            self.tx
                .execute_batch(&format!("DROP INDEX \"{}\"", name.replace('"', "\"\"")))?;
            deferred.push(sql);
        }
        // The rest of the load goes in in key order, and the sorter sizes its runs by the
        // cache (`IMPORT_CACHE`); `end_import_batch` sets the cache back.
        let cache: i64 = self.tx.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
        self.tx.pragma_update(None, "cache_size", IMPORT_CACHE)?;
        if let Some(bulk) = &mut self.bulk {
            bulk.deferred = Some(deferred);
            bulk.cache = cache;
        }
        Ok(())
    }

    /// Ends an import batch: checks its rows against the CHECK constraints of migration 1
    /// in one pass, turns per-row checking back on, and returns the batch.
    fn end_import_batch(&mut self) -> Result<Option<Bulk>> {
        let Some(mut bulk) = self.bulk.take() else {
            return Ok(None);
        };
        bulk.held.flush(&self.tx, &self.now)?;
        if let Some(counter) = bulk.counter.take() {
            for pending in counter.finish()? {
                self.kept.merge(pending);
            }
        }
        if let Some(deferred) = &bulk.deferred {
            // The sorter of CREATE INDEX may use the second core.
            self.tx.execute_batch("PRAGMA threads = 2")?;
            for sql in deferred {
                self.tx.execute_batch(sql)?;
            }
            self.tx.execute_batch("PRAGMA threads = 0")?;
        }
        self.tx
            .pragma_update(None, "ignore_check_constraints", false)?;
        let bad: Option<i64> = self
            .tx
            .query_row(
                "SELECT id FROM forecasts WHERE id >= ?1 AND NOT (
                     probability >= 0 AND probability <= 1 AND deadline >= made_on
                     AND stance IN ('for', 'against')
                     AND (outcome IS NULL OR outcome IN ('true', 'false', 'void')))
                 UNION ALL
                 SELECT forecast_id FROM resolutions WHERE id >= ?2 AND NOT (
                     outcome IN ('true', 'false', 'void')
                     AND (reason IS NULL OR reason IN ('ambiguous', 'annulled', 'condition-false')))
                 LIMIT 1",
                params![bulk.first_forecast, bulk.first_resolution],
                |r| r.get(0),
            )
            .optional()?;
        // The pass above reads each of the batch's pages once, so it runs in the import's
        // small cache too: with the writer's 64 MiB it kept every page it read, the import's
        // peak memory (64 MiB more from about 300,000 rows on; issue 17).
        if bulk.deferred.is_some() {
            self.tx.pragma_update(None, "cache_size", bulk.cache)?;
        }
        if let Some(id) = bad {
            return Err(Error::Other(format!(
                "imported forecast {id} breaks a CHECK constraint; nothing was written"
            )));
        }
        self.added = [
            ("questions", "question"),
            ("forecasts", "forecast"),
            ("resolutions", "resolution"),
        ]
        .into_iter()
        .filter_map(|(table, kind)| {
            let (first, last) = bulk.batch.added(kind)?;
            Some((table, first, last))
        })
        .collect();
        Ok(Some(bulk))
    }
}

fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// A read-only connection. When the file or its directory is not writable (read-only
/// media), or a plain read-only open fails for want of SQLite's lock files, the file is
/// opened `immutable`: SQLite then reads it without locks or a `-shm` file, which is safe
/// because nothing can write there.
fn open_read_only(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let immutable = || -> Result<Connection> {
        let mut uri = String::from("file:");
        let text = path.to_string_lossy();
        for b in text.bytes() {
            // Percent-encode what a URI path may not hold as it is.
            if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
                uri.push(char::from(b));
            } else {
                uri.push_str(&format!("%{b:02X}"));
            }
        }
        uri.push_str("?immutable=1");
        Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)
            .map_err(|e| classify(e, path))
    };
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let read_only = |p: &Path| std::fs::metadata(p).is_ok_and(|m| m.permissions().readonly());
    if read_only(path) || read_only(dir) {
        return immutable();
    }
    // Opened writable at the file level (never created), with `query_only` refusing every
    // write statement: reading a WAL ledger needs its `-wal` and `-shm` files, and only a
    // connection that may write can take them away again as the last one to close, so a
    // `report` or `verify` leaves the folder as it found it (a read-only connection leaves
    // both behind). The file itself is not written: the close-time checkpoint of an empty
    // WAL copies nothing (`tests/cli/trust.rs`).
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| classify(e, path))?;
    if conn.pragma_update(None, "query_only", "ON").is_err() {
        return Connection::open_with_flags(path, flags).map_err(|e| classify(e, path));
    }
    // SQLite opens lazily: the first read shows whether it can set up its WAL index.
    match user_version(&conn) {
        Ok(_) => Ok(conn),
        Err(e)
            if matches!(
                e.sqlite_error_code(),
                Some(rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::ReadOnly)
            ) =>
        {
            immutable()
        }
        Err(e) => Err(classify(e, path)),
    }
}

/// The ledger file's path with `suffix` appended: SQLite's `-wal`, `-shm` and `-journal`.
fn beside(file: &Path, suffix: &str) -> PathBuf {
    let mut p = file.to_path_buf().into_os_string();
    p.push(suffix);
    PathBuf::from(p)
}

/// Removes a ledger file this command created and the files SQLite keeps beside it.
fn remove_files(file: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(beside(file, suffix));
    }
}

/// Removes the folders this command created for a ledger (`created[1..]`), if still empty:
/// another process may have put something there meanwhile.
fn remove_dirs(created: &[PathBuf]) {
    for dir in created.iter().skip(1) {
        let _ = std::fs::remove_dir(dir);
    }
}

/// Removes what opening a new ledger created (`SqliteStore::created`: the file, then its
/// new folders).
fn remove_created(created: &[PathBuf]) {
    if let Some(file) = created.first() {
        remove_files(file);
    }
    remove_dirs(created);
}

fn file_len(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

/// Refuses a non-empty file that does not start with SQLite's magic string, before SQLite
/// (which could otherwise write a journal beside it) ever sees it, and one whose 100-byte
/// header is damaged or whose length disagrees with it (`header_damage`).
///
/// Decision (what "corrupt" means at open, for every command): the header check only. It
/// reads 100 bytes and a file length, microseconds, so `add` and the default report stay as
/// fast as before; `PRAGMA quick_check(1)` took 2.4 s warm (7.8 s cold) on a 1,000,000-forecast
/// ledger of 337 MB here (2026-12-03), against under 10 ms for `add` and 0.04 s for the
/// default report (README "Performance"), so a full check stays `verify`'s. Damage inside
/// the pages is named when SQLite meets it (`app::run`), or by `verify`.
fn check_header(path: &Path) -> Result<()> {
    if path.is_dir() {
        return Err(Error::invalid(
            format!("--db `{}`", path.display()),
            format!(
                "it is a directory; name a ledger file, e.g. `{}`",
                path.join("ledger.sqlite3").display()
            ),
        ));
    }
    // Reading a pipe would wait for a writer forever; a device is no ledger either.
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
        return Err(Error::invalid(
            format!("--db `{}`", path.display()),
            "it is not a regular file (a pipe, device or socket); name a ledger file",
        ));
    }
    let mut file = std::fs::File::open(path)
        .map_err(|e| Error::io(format!("opening `{}`", path.display()), e))?;
    let mut header = [0u8; 100];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(e) => return Err(Error::io(format!("reading `{}`", path.display()), e)),
        }
    }
    if read == 0 {
        return Ok(());
    }
    if read < 16 || &header[..16] != b"SQLite format 3\0" {
        return Err(Error::NotADatabase {
            path: path.to_path_buf(),
        });
    }
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    match header_damage(&header[..read], len, file_len(&beside(path, "-wal"))) {
        None => Ok(()),
        Some(detail) => Err(Error::Corrupt {
            path: path.to_path_buf(),
            detail,
        }),
    }
}

/// What is wrong with an SQLite file's header (`header`, as many of its first 100 bytes as
/// the file has) given the file's length `len` and its write-ahead log's `wal_len`, or
/// `None`. Checked (SQLite's file format, "The Database Header"): the page size, the format
/// versions and the fixed payload fractions, and, when no write-ahead log holds pages not
/// yet copied back (a checkpoint cut short may have written page 1 before the rest), that
/// the file holds the whole pages its header counts: a copy cut short, a truncated file.
pub(crate) fn header_damage(header: &[u8], len: u64, wal_len: u64) -> Option<String> {
    if header.len() < 100 {
        return Some(format!(
            "it ends after {} bytes, inside the 100-byte header",
            header.len()
        ));
    }
    let be32 = |at: usize| {
        u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    let page = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65536u64,
        p if p >= 512 && p.is_power_of_two() => u64::from(p),
        p => {
            return Some(format!(
                "its header gives the page size {p}, which SQLite never writes"
            ))
        }
    };
    if !matches!(header[18], 1 | 2) || !matches!(header[19], 1 | 2) {
        return Some(format!(
            "its header gives file format versions {} and {}, not 1 or 2",
            header[18], header[19]
        ));
    }
    if header[21..24] != [64, 32, 32] {
        return Some("its header's fixed payload fractions are not 64, 32 and 32".to_string());
    }
    if wal_len > 0 {
        return None;
    }
    if len % page != 0 {
        return Some(format!(
            "its {len} bytes are not a whole number of {page}-byte pages"
        ));
    }
    let pages = u64::from(be32(28));
    // The count is valid only when written by the same change as the change counter.
    if pages > 0 && be32(92) == be32(24) && pages * page > len {
        return Some(format!(
            "its header counts {pages} pages of {page} bytes, the file holds {}",
            len / page
        ));
    }
    None
}

/// Refuses, before SQLite opens it, a ledger a command that writes may not write (a file on
/// read-only media, or without write permission): SQLite would open it read-only and fail
/// later with "unable to open database file". Opening for writing changes nothing. A file
/// whose mode lets no one write it (`chmod a-w`) is refused by its mode bits first: root's
/// open ignores them, and a ledger made read-only on purpose must stay so for root too.
fn check_writable(path: &Path) -> Result<()> {
    if std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly()) {
        return Err(Error::Other(format!(
            "ledger `{}`: it cannot be written (the file is read-only: its mode lets no one write it); nothing was changed (commands that only read, such as list, report, verify, export and backup, still work; `chmod u+w` makes it writable again)",
            path.display()
        )));
    }
    match std::fs::OpenOptions::new().write(true).open(path) {
        Ok(_) => Ok(()),
        // The file system's refusal, not bad input: exit 1 (DESIGN.md).
        Err(e) => Err(Error::Other(format!(
            "ledger `{}`: it cannot be written ({e}); nothing was changed (commands that only read, such as list, report, verify, export and backup, still work)",
            path.display()
        ))),
    }
}

/// Creates the (empty) file of a new ledger before SQLite opens it, so a folder this user
/// may not write in, or a read-only file system, is named with the way out (ux31 M2: SQLite
/// said only "unable to open database file"). Exit 1, as for an existing ledger that cannot
/// be written: the file system refuses, not the input. A file another process created
/// meanwhile is left to the open that follows.
fn check_creatable(path: &Path) -> Result<()> {
    let made = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path);
    match made {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => {
            let folder = path
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let why = match e.kind() {
                std::io::ErrorKind::PermissionDenied => {
                    format!("you may not write in `{}`", folder.display())
                }
                std::io::ErrorKind::ReadOnlyFilesystem => {
                    format!("`{}` is on a read-only file system", folder.display())
                }
                _ => e.to_string(),
            };
            Err(Error::Other(format!(
                "ledger `{}`: a new ledger cannot be created there ({why}); nothing was written; name a ledger in a folder you may write in (--db PATH or FORECAST_DB)",
                path.display()
            )))
        }
    }
}

fn classify(e: rusqlite::Error, path: &Path) -> Error {
    use rusqlite::ErrorCode;
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => Error::NotADatabase {
            path: path.to_path_buf(),
        },
        Some(ErrorCode::DatabaseCorrupt) => Error::Corrupt {
            path: path.to_path_buf(),
            detail: e.to_string(),
        },
        _ => Error::Sqlite(e),
    }
}

/// A migration of a ledger at `version` that SQLite refuses as a statement error (not a
/// full disk, a lock or a damaged page): its schema holds what migration `migration` would
/// add (a `user_version` set back by hand: "duplicate column name"), or lacks what the
/// migration expects. Either way the schema does not match its version, and running on it
/// would write to a schema no migration made; refused before anything is written, in words
/// that name the thing SQLite tripped on rather than SQLite's message.
fn schema_ahead(e: rusqlite::Error, path: &Path, version: i64, migration: i64) -> Error {
    let message = match &e {
        rusqlite::Error::SqliteFailure(f, Some(m)) if f.code == rusqlite::ErrorCode::Unknown => m,
        _ => return Error::Sqlite(e),
    };
    let what = if let Some(column) = message.strip_prefix("duplicate column name: ") {
        format!("column `{column}`, which migration {migration} adds, is there already")
    } else if let Some(rest) = message.strip_suffix(" already exists") {
        let (kind, name) = rest.split_once(' ').unwrap_or(("object", rest));
        format!("{kind} `{name}`, which migration {migration} adds, is there already")
    } else {
        format!("migration {migration} cannot be applied to it")
    };
    Error::SchemaMismatch {
        path: path.to_path_buf(),
        version,
        what,
    }
}

fn classify_err(e: Error, path: &Path) -> Error {
    match e {
        Error::Sqlite(inner) => classify(inner, path),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_ledger_has_the_current_schema_version() {
        let store = SqliteStore::open_in_memory().unwrap();
        assert_eq!(user_version(store.conn()).unwrap(), SCHEMA_VERSION);
    }

    #[test]
    fn a_header_is_checked_against_itself_and_the_file_length() {
        let mut h = [0u8; 100];
        h[..16].copy_from_slice(b"SQLite format 3\0");
        h[16..18].copy_from_slice(&4096u16.to_be_bytes());
        h[18] = 2;
        h[19] = 2;
        h[21..24].copy_from_slice(&[64, 32, 32]);
        h[24..28].copy_from_slice(&7u32.to_be_bytes());
        h[28..32].copy_from_slice(&10u32.to_be_bytes());
        h[92..96].copy_from_slice(&7u32.to_be_bytes());
        assert_eq!(header_damage(&h, 40960, 0), None);
        assert_eq!(header_damage(&h, 81920, 0), None);
        assert_eq!(
            header_damage(&h, 20480, 0).as_deref(),
            Some("its header counts 10 pages of 4096 bytes, the file holds 5")
        );
        // Pages still in the write-ahead log: the length is not judged.
        assert_eq!(header_damage(&h, 20480, 4128), None);
        assert_eq!(
            header_damage(&h, 20481, 0).as_deref(),
            Some("its 20481 bytes are not a whole number of 4096-byte pages")
        );
        // A count left by another change (an old SQLite) is not used.
        let mut stale = h;
        stale[92..96].copy_from_slice(&6u32.to_be_bytes());
        assert_eq!(header_damage(&stale, 20480, 0), None);
        let mut bad = h;
        bad[16..18].copy_from_slice(&1000u16.to_be_bytes());
        assert_eq!(
            header_damage(&bad, 40960, 0).as_deref(),
            Some("its header gives the page size 1000, which SQLite never writes")
        );
        let mut bad = h;
        bad[18] = 9;
        assert_eq!(
            header_damage(&bad, 40960, 0).as_deref(),
            Some("its header gives file format versions 9 and 2, not 1 or 2")
        );
        let mut bad = h;
        bad[22] = 0;
        assert_eq!(
            header_damage(&bad, 40960, 0).as_deref(),
            Some("its header's fixed payload fractions are not 64, 32 and 32")
        );
        assert_eq!(
            header_damage(&h[..40], 40, 0).as_deref(),
            Some("it ends after 40 bytes, inside the 100-byte header")
        );
    }

    #[test]
    fn a_text_file_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.txt");
        std::fs::write(&path, "hello, not a database\n").unwrap();
        let err = SqliteStore::open(&path, Access::Write).err().unwrap();
        assert!(matches!(err, Error::NotADatabase { .. }), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), b"hello, not a database\n");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_newer_schema_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("future.sqlite3");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch("CREATE TABLE t(x); PRAGMA user_version = 99;")
                .unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        for access in [Access::Read, Access::Write] {
            let err = SqliteStore::open(&path, access).err().unwrap();
            assert!(matches!(err, Error::DbTooNew { found: 99, .. }), "{err}");
        }
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn reading_a_missing_ledger_is_refused_and_creates_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("ledger.sqlite3");
        let err = SqliteStore::open(&path, Access::Read).err().unwrap();
        assert!(matches!(err, Error::NoLedger { .. }), "{err}");
        assert_eq!(err.exit_code(), 2);
        assert!(!path.exists());
        assert!(!dir.path().join("sub").exists());
    }

    #[test]
    fn a_foreign_sqlite_database_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.db");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
                .unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        for access in [Access::Read, Access::Write] {
            let err = SqliteStore::open(&path, access).err().unwrap();
            assert!(matches!(err, Error::ForeignDatabase { .. }), "{err}");
            assert_eq!(err.exit_code(), 2);
        }
        assert_eq!(std::fs::read(&path).unwrap(), before);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_failed_first_write_leaves_no_ledger_or_directory() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a").join("b").join("ledger.sqlite3");
        let store = SqliteStore::open(&path, Access::Write).unwrap();
        assert!(path.exists());
        store.discard_if_unused();
        assert!(!dir.path().join("a").exists());
        // A ledger with entries is never taken away.
        let mut store = SqliteStore::open(&path, Access::Write).unwrap();
        store
            .write("2026-01-01T00:00:00.000Z", |w| {
                w.ensure_source("S").map(|_| ())
            })
            .unwrap();
        store.discard_if_unused();
        assert!(path.exists());
    }

    #[test]
    fn an_import_batch_refuses_rows_that_break_a_check_and_checks_again_after() {
        let mut store = SqliteStore::open_in_memory().unwrap();
        let insert =
            "INSERT INTO forecasts (source_id, question_id, claim, probability, probability_basis,
                          made_on, deadline, stance, created_at)
                      VALUES (1, 1, 'c', 1.5, 'stated', '2025-01-01', '2025-02-01', 'for', 'now')";
        let err = store
            .write("now", |w| {
                w.begin_import_batch()?;
                w.ensure_source("S")?;
                w.ensure_question("q")?;
                w.tx.execute(insert, [])?;
                w.record_import("digest", "bad.csv", 1)
            })
            .unwrap_err();
        assert!(err.to_string().contains("CHECK constraint"), "{err}");
        let count: i64 = store
            .conn()
            .query_row("SELECT count(*) FROM forecasts", [], |r| r.get(0))
            .unwrap();
        assert_eq!(count, 0);
        // Outside a batch the constraint is enforced row by row again.
        let err = store
            .write("now", |w| {
                w.ensure_source("S")?;
                w.ensure_question("q")?;
                w.tx.execute(insert, [])?;
                Ok(())
            })
            .unwrap_err();
        assert!(err.to_string().contains("CHECK"), "{err}");
    }

    #[test]
    fn a_large_import_builds_the_indexes_it_dropped_again_and_a_failed_one_keeps_them() {
        use crate::model::{NewForecast, Outcome, Probability, ProbabilityBasis, Stance};
        let schema = |store: &SqliteStore| -> Vec<(String, Option<String>)> {
            let mut stmt = store
                .conn()
                .prepare("SELECT name, sql FROM sqlite_master ORDER BY name")
                .unwrap();
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
            rows.collect::<rusqlite::Result<_>>().unwrap()
        };
        let d = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
        let forecast = |i: i64| NewForecast {
            source: format!("s{}", i % 7),
            claim: format!("claim {i}"),
            probability: Probability::new(0.1 + 0.01 * (i % 50) as f64).unwrap(),
            basis: ProbabilityBasis::Stated,
            made_on: d("2025-01-01"),
            deadline: d(&format!("2025-{:02}-01", 2 + i % 10)),
            deadline_phrase: None,
            question: Some(format!("q{}", i % 97)),
            stance: Stance::For,
            condition: None,
            article: None,
            tags: vec![format!("t{}", i % 3)],
        };
        let resolved = Resolved {
            outcome: Outcome::True,
            on: d("2025-12-01"),
            note: None,
            reason: None,
        };
        // `rows` forecasts, half resolved; `fail` ends the import with an error instead of
        // recording it. Returns whether the indexes were deferred on the way.
        let import = |store: &mut SqliteStore, name: &str, rows: i64, fail: bool| {
            store.write("2026-01-01T00:00:00.000Z", |w| {
                w.begin_import_batch()?;
                for i in 0..rows {
                    w.import_forecast(&forecast(i), (i % 2 == 0).then_some(&resolved))?;
                }
                let deferred = w.bulk.as_ref().is_some_and(|b| b.deferred.is_some());
                if fail {
                    return Err(Error::Other(format!("failed (deferred: {deferred})")));
                }
                w.record_import(name, name, rows as u64)?;
                Ok(deferred)
            })
        };
        let mut store = SqliteStore::open_in_memory().unwrap();
        let fresh = schema(&store);
        let count = |store: &SqliteStore, sql: &str| -> i64 {
            store.conn().query_row(sql, [], |r| r.get(0)).unwrap()
        };
        // Small: nothing deferred.
        assert!(!import(&mut store, "small", DEFER_INDEXES_AFTER - 1, false).unwrap());
        // Large: deferred mid-way, and built again from every row by the commit, with the
        // page cache as it was before (`IMPORT_CACHE` only while it loads and builds).
        let cache = |s: &SqliteStore| count(s, "PRAGMA cache_size");
        store
            .conn()
            .pragma_update(None, "cache_size", -4321)
            .unwrap();
        assert!(import(&mut store, "large", 3 * DEFER_INDEXES_AFTER, false).unwrap());
        assert_eq!(cache(&store), -4321);
        assert_eq!(schema(&store), fresh);
        assert_eq!(
            count(&store, "SELECT count(*) FROM forecasts"),
            4 * DEFER_INDEXES_AFTER - 1
        );
        assert_eq!(
            count(&store, "SELECT count(*) FROM forecasts INDEXED BY forecasts_question WHERE question_id > 0"),
            4 * DEFER_INDEXES_AFTER - 1
        );
        assert_eq!(
            count(
                &store,
                "SELECT count(*) FROM forecast_tags INDEXED BY forecast_tags_tag WHERE tag >= ''"
            ),
            4 * DEFER_INDEXES_AFTER - 1
        );
        let check: String = store
            .conn()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok");
        // A large import that fails after deferring: rolled back, indexes and all.
        let err = import(&mut store, "failed", 10 * DEFER_INDEXES_AFTER, true).unwrap_err();
        assert_eq!(err.to_string(), "failed (deferred: true)");
        assert_eq!(schema(&store), fresh);
        assert_eq!(
            count(&store, "SELECT count(*) FROM forecasts"),
            4 * DEFER_INDEXES_AFTER - 1
        );
    }

    /// Whether the connection enforces foreign keys now (1) or not (0).
    fn enforced(s: &SqliteStore) -> i64 {
        s.conn()
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap()
    }

    /// The row count of each of `tables`, in order.
    fn counts(s: &SqliteStore, tables: &[&str]) -> Vec<i64> {
        tables
            .iter()
            .map(|t| {
                s.conn()
                    .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
                    .unwrap()
            })
            .collect()
    }

    /// Every foreign key the schema gives `tables`, as (table, column, parent), sorted.
    fn schema_references(store: &SqliteStore, tables: &[&str]) -> Vec<(String, String, String)> {
        let mut stmt = store
            .conn()
            .prepare("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?1)")
            .unwrap();
        let mut out = Vec::new();
        for table in tables {
            let rows = stmt
                .query_map([table], |r| {
                    Ok((
                        table.to_string(),
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                    ))
                })
                .unwrap();
            out.extend(rows.map(Result::unwrap));
        }
        out.sort();
        out
    }

    /// A list of checked references (table, column, parent, condition), without the
    /// condition, sorted.
    fn listed(refs: &[(&str, &str, &str, &str)]) -> Vec<(String, String, String)> {
        let mut out: Vec<_> = refs
            .iter()
            .map(|(t, c, p, _)| (t.to_string(), c.to_string(), p.to_string()))
            .collect();
        out.sort();
        out
    }

    // The references an import's rows are checked for once, at its end (foreign keys are
    // off meanwhile), are every foreign key the schema gives the tables an import writes.
    #[test]
    fn an_import_checks_every_foreign_key_of_the_tables_it_writes() {
        let store = SqliteStore::open_in_memory().unwrap();
        let written = [
            "sources",
            "questions",
            "forecasts",
            "resolutions",
            "forecast_tags",
            "imports",
            "journal",
            "source_totals",
            "source_bin_sums",
            "source_shapes",
        ];
        assert_eq!(
            listed(&imports::IMPORT_REFERENCES),
            schema_references(&store, &written)
        );
    }

    // With foreign keys off for an import's transaction, a row that refers to nothing is
    // still refused, named, with nothing written; enforcement is on again afterwards,
    // whether the import was refused or not.
    #[test]
    fn a_dangling_reference_in_an_import_is_refused_with_nothing_written() {
        use crate::model::{NewForecast, Probability, ProbabilityBasis, Stance};
        let d = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
        let forecast = |i: i64| NewForecast {
            source: format!("s{i}"),
            claim: format!("claim {i}"),
            probability: Probability::new(0.3).unwrap(),
            basis: ProbabilityBasis::Stated,
            made_on: d("2025-01-01"),
            deadline: d("2025-06-01"),
            deadline_phrase: None,
            question: None,
            stance: Stance::For,
            condition: None,
            article: None,
            tags: vec!["t".into()],
        };
        let dir = tempfile::tempdir().unwrap();
        let mut store = SqliteStore::open(&dir.path().join("l.sqlite3"), Access::Write).unwrap();
        store
            .write_import("2026-01-01T00:00:00.000Z", |w| {
                w.begin_import_batch()?;
                w.import_forecast(&forecast(1), None)?;
                w.record_import("a", "a.csv", 1)
            })
            .unwrap();
        let rows = |s: &SqliteStore| {
            counts(
                s,
                &[
                    "forecasts",
                    "forecast_tags",
                    "resolutions",
                    "sources",
                    "journal",
                    "imports",
                ],
            )
        };
        // The import's small page cache (`IMPORT_CACHE`) is a writer's again after it.
        let cache = |s: &SqliteStore| -> i64 {
            s.conn()
                .query_row("PRAGMA cache_size", [], |r| r.get(0))
                .unwrap()
        };
        assert_eq!(enforced(&store), 1);
        assert_eq!(cache(&store), WRITE_CACHE);
        let before = rows(&store);
        assert_eq!(before, vec![1, 1, 0, 1, 2, 1]);
        let cases = [
            (
                "INSERT INTO forecast_tags (forecast_id, tag) VALUES (99, 'x')",
                "the import's row 99 of `forecast_tags` has `forecast_id` 99, which no row of `forecasts` has; nothing was written",
            ),
            (
                "INSERT INTO resolutions (forecast_id, outcome, resolved_on, recorded_at) VALUES (98, 'true', '2025-02-01', 'x')",
                "the import's row 1 of `resolutions` has `forecast_id` 98, which no row of `forecasts` has; nothing was written",
            ),
            // One past the ids the import inserted (2): the range it skips look-ups in ends
            // at its last forecast.
            (
                "INSERT INTO forecast_tags (forecast_id, tag) VALUES (3, 'z')",
                "the import's row 3 of `forecast_tags` has `forecast_id` 3, which no row of `forecasts` has; nothing was written",
            ),
            (
                "INSERT INTO forecast_tags (forecast_id, tag) VALUES (2, 'y');
                 INSERT INTO source_totals (source_id, forecasts, void, corrections) VALUES (77, 0, 0, 0)",
                "the import's row 77 of `source_totals` has `source_id` 77, which no row of `sources` has; nothing was written",
            ),
        ];
        for (sql, want) in cases {
            let err = store
                .write_import("2026-01-02T00:00:00.000Z", |w| {
                    w.begin_import_batch()?;
                    w.import_forecast(&forecast(2), None)?;
                    w.tx.execute_batch(sql)?;
                    w.record_import("b", "b.csv", 1)
                })
                .unwrap_err();
            assert_eq!(err.to_string(), want, "{sql}");
            assert_eq!(rows(&store), before, "{sql}");
            assert_eq!(enforced(&store), 1, "{sql}");
            assert_eq!(cache(&store), WRITE_CACHE, "{sql}");
        }
        // A plain write still has SQLite refuse such a row itself.
        let err = store
            .write("2026-01-03T00:00:00.000Z", |w| {
                Ok(w.tx.execute_batch(
                    "INSERT INTO forecast_tags (forecast_id, tag) VALUES (99, 'x')",
                )?)
            })
            .unwrap_err();
        assert!(err.to_string().contains("FOREIGN KEY"), "{err}");
        assert_eq!(rows(&store), before);
        // A reference outside the import's own ids to a row that exists (forecast 1, of the
        // first import) is looked up and holds.
        store
            .write_import("2026-01-04T00:00:00.000Z", |w| {
                w.begin_import_batch()?;
                w.import_forecast(&forecast(2), None)?;
                w.tx.execute_batch("INSERT INTO forecast_tags (forecast_id, tag) VALUES (1, 'y')")?;
                w.record_import("c", "c.csv", 1)
            })
            .unwrap();
        assert_eq!(rows(&store), vec![2, 3, 0, 2, 4, 2]);
    }

    // A resolving write (`resolve --question`, `--from`) runs with foreign keys off and
    // checks once at its end every foreign key the schema gives what it writes: the tables
    // it adds rows to, and the one column of `forecasts` it sets.
    #[test]
    fn a_resolving_write_checks_every_foreign_key_of_what_it_writes() {
        let store = SqliteStore::open_in_memory().unwrap();
        let written = [
            "question_outcomes",
            "resolutions",
            "forecasts",
            "source_totals",
            "source_bin_sums",
            "source_shapes",
        ];
        // Of `forecasts` only the one column it sets.
        let schema: Vec<_> = schema_references(&store, &written)
            .into_iter()
            .filter(|(t, column, _)| t != "forecasts" || column == "resolution_id")
            .collect();
        assert_eq!(listed(&resolutions::RESOLVING_REFERENCES), schema);
    }

    // With foreign keys off for a resolving write, a row that refers to nothing is still
    // refused, named, with nothing written; enforcement is on again afterwards.
    #[test]
    fn a_dangling_reference_in_a_resolving_write_is_refused_with_nothing_written() {
        use crate::model::{
            NewForecast, Outcome, Probability, ProbabilityBasis, QuestionEvent, Stance,
        };
        let d = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let mut store = SqliteStore::open(&dir.path().join("l.sqlite3"), Access::Write).unwrap();
        store
            .write("2026-01-01T00:00:00.000Z", |w| {
                for i in 0..3 {
                    w.insert_forecast(&NewForecast {
                        source: format!("s{i}"),
                        claim: format!("claim {i}"),
                        probability: Probability::new(0.3).unwrap(),
                        basis: ProbabilityBasis::Stated,
                        made_on: d("2025-01-01"),
                        deadline: d("2025-06-01"),
                        deadline_phrase: None,
                        question: Some("q".into()),
                        stance: Stance::For,
                        condition: None,
                        article: None,
                        tags: Vec::new(),
                    })?;
                }
                Ok(())
            })
            .unwrap();
        let rows = |s: &SqliteStore| {
            counts(
                s,
                &[
                    "question_outcomes",
                    "resolutions",
                    "journal",
                    "source_totals",
                ],
            )
        };
        let before = rows(&store);
        assert_eq!(before, vec![0, 0, 7, 3]);
        let cases = [
            (
                "INSERT INTO resolutions (forecast_id, outcome, resolved_on, recorded_at) VALUES (98, 'true', '2025-02-01', 'x')",
                "row 4 of `resolutions` has `forecast_id` 98, which no row of `forecasts` has; nothing was written",
            ),
            (
                "INSERT INTO resolutions (forecast_id, outcome, resolved_on, question_outcome_id, recorded_at) VALUES (1, 'true', '2025-02-01', 55, 'x')",
                "row 4 of `resolutions` has `question_outcome_id` 55, which no row of `question_outcomes` has; nothing was written",
            ),
            (
                "INSERT INTO question_outcomes (question_id, event, recorded_at) VALUES (77, 'annul', 'x')",
                "row 2 of `question_outcomes` has `question_id` 77, which no row of `questions` has; nothing was written",
            ),
            // One past the resolutions the write added: the range it skips look-ups in ends
            // at its last resolution.
            (
                "UPDATE forecasts SET resolution_id = 4 WHERE id = 1",
                "row 1 of `forecasts` has `resolution_id` 4, which no row of `resolutions` has; nothing was written",
            ),
            (
                "INSERT INTO source_totals (source_id, forecasts, void, corrections) VALUES (77, 0, 0, 0)",
                "row 77 of `source_totals` has `source_id` 77, which no row of `sources` has; nothing was written",
            ),
        ];
        for (sql, want) in cases {
            let err = store
                .write_resolving("2026-01-02T00:00:00.000Z", |w| {
                    w.resolve_question(
                        "q",
                        QuestionEvent::HappenedOn(d("2025-03-01")),
                        None,
                        d("2026-01-02"),
                    )?;
                    Ok(w.tx.execute_batch(sql)?)
                })
                .unwrap_err();
            assert_eq!(err.to_string(), want, "{sql}");
            assert_eq!(rows(&store), before, "{sql}");
            assert_eq!(enforced(&store), 1, "{sql}");
        }
        // Without a forged row it goes through, references and all.
        let summary = store
            .write_resolving("2026-01-02T00:00:00.000Z", |w| {
                w.resolve_question(
                    "q",
                    QuestionEvent::HappenedOn(d("2025-03-01")),
                    None,
                    d("2026-01-02"),
                )
            })
            .unwrap();
        assert_eq!(
            summary.resolved,
            vec![(1, Outcome::True), (2, Outcome::True), (3, Outcome::True)]
        );
        assert_eq!(rows(&store), vec![1, 3, 11, 3]);
        assert_eq!(enforced(&store), 1);
        assert!(store.verify().unwrap().is_ok());
    }

    // A question outcome over more forecasts than `RESOLUTIONS_BY_DIGEST_FROM` (the
    // set-based path) writes for each forecast what the rules give it, worked out here
    // from the forecasts' own dates and stances (`QuestionEvent::decides`: a `happened-on`
    // D makes a forecast with deadline >= D true, else false, flipped for `against`; the
    // day is D, or the day it was made if later), with hand resolutions kept: the rows, the
    // forecasts' current outcome, and the outcome's one journal entry (its digests over
    // the expected rows' bodies, its hash from the head before it) are those, and `verify`
    // (rows, digests, chain, kept sums against a recount) finds all in order.
    #[test]
    fn a_large_question_outcome_writes_what_the_rules_give_each_forecast() {
        use crate::model::{
            NewForecast, Outcome, Probability, ProbabilityBasis, QuestionEvent, Stance,
        };
        let d = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let mut store = SqliteStore::open(&dir.path().join("l.sqlite3"), Access::Write).unwrap();
        // Past the set-based threshold, and two full statements of resolutions and a
        // shorter last one (`resolutions::DECIDED_ROWS` to a statement).
        let n = (resolutions::DECIDED_ROWS * 2 + 24) as i64;
        assert!(n as usize > batch::RESOLUTIONS_BY_DIGEST_FROM);
        let made = |i: i64| d("2026-01-01") + chrono::Days::new((i % 100) as u64);
        let deadline = |i: i64| made(i) + chrono::Days::new(20 * (i % 4) as u64);
        let against = |i: i64| i % 7 == 0;
        store
            .write("2026-01-01T00:00:00.000Z", |w| {
                for i in 0..n {
                    w.insert_forecast(&NewForecast {
                        source: format!("s{}", i % 3),
                        claim: format!("claim {i}"),
                        probability: Probability::new(((i % 9) + 1) as f64 / 10.0).unwrap(),
                        basis: ProbabilityBasis::Stated,
                        made_on: made(i),
                        deadline: deadline(i),
                        deadline_phrase: None,
                        question: Some("big".into()),
                        stance: if against(i) {
                            Stance::Against
                        } else {
                            Stance::For
                        },
                        condition: None,
                        article: None,
                        tags: Vec::new(),
                    })?;
                }
                // Two by hand first: forecast 4 agreeing with the outcome, 6 not.
                w.resolve_forecast(
                    4,
                    Outcome::True,
                    d("2026-04-01"),
                    None,
                    None,
                    false,
                    d("2026-05-01"),
                )?;
                w.resolve_forecast(
                    6,
                    Outcome::True,
                    d("2026-04-01"),
                    None,
                    None,
                    false,
                    d("2026-05-01"),
                )
            })
            .unwrap();
        let event = d("2026-02-15");
        let now = "2026-06-01T10:00:00.000Z";
        let (prev_seq, prev_hash): (i64, String) = store
            .conn()
            .query_row(
                "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        let summary = store
            .write_resolving(now, |w| {
                w.resolve_question(
                    "big",
                    QuestionEvent::HappenedOn(event),
                    Some("it did"),
                    d("2026-06-01"),
                )
            })
            .unwrap();
        // By hand: forecast id i + 1 is the i-th.
        let rule = |i: i64| {
            let happened = deadline(i) >= event;
            if happened != against(i) {
                "true"
            } else {
                "false"
            }
        };
        assert_eq!((rule(3), rule(5)), ("true", "false"));
        let expected: Vec<(i64, i64, String, String)> = (0..n)
            .filter(|i| ![3, 5].contains(i))
            .zip(3..)
            .map(|(i, rid)| {
                (
                    rid,
                    i + 1,
                    rule(i).to_string(),
                    made(i).max(event).to_string(),
                )
            })
            .collect();
        assert_eq!(expected.len() as i64, n - 2);
        assert_eq!(
            summary
                .resolved
                .iter()
                .map(|(id, o)| (*id, o.as_str().to_string()))
                .collect::<Vec<_>>(),
            expected
                .iter()
                .map(|(_, id, o, _)| (*id, o.clone()))
                .collect::<Vec<_>>()
        );
        assert_eq!((summary.agreed, summary.conflicts.len()), (1, 1));
        let mut stmt = store
            .conn()
            .prepare(
                "SELECT id, forecast_id, outcome, resolved_on, note, reason, question_outcome_id, recorded_at
                 FROM resolutions WHERE id >= 3 ORDER BY id",
            )
            .unwrap();
        let rows: Vec<(i64, i64, String, String)> = stmt
            .query_map([], |r| {
                assert_eq!(r.get::<_, Option<String>>(4)?.as_deref(), Some("it did"));
                assert_eq!(r.get::<_, Option<String>>(5)?, None);
                assert_eq!(r.get::<_, i64>(6)?, 1);
                assert_eq!(r.get::<_, String>(7)?, now);
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(rows, expected);
        let mut stmt = store
            .conn()
            .prepare("SELECT id, outcome, resolved_on, resolution_id FROM forecasts ORDER BY id")
            .unwrap();
        let current: Vec<(i64, String, String, i64)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let mut want: Vec<(i64, String, String, i64)> = expected
            .iter()
            .map(|(rid, id, o, on)| (*id, o.clone(), on.clone(), *rid))
            .collect();
        want.push((4, "true".into(), "2026-04-01".into(), 1));
        want.push((6, "true".into(), "2026-04-01".into(), 2));
        want.sort();
        assert_eq!(current, want);
        // The outcome's one entry, rebuilt from the expected rows.
        let mut digests = batch::Batch::default();
        for (rid, id, outcome, on) in &expected {
            let body = bodies::ResolutionText {
                forecast_id: *id,
                id: *rid,
                note: Some("it did"),
                outcome,
                question_outcome_id: Some(1),
                reason: None,
                recorded_at: now,
                resolved_on: on,
            };
            digests.add("resolution", *rid, &body.text()).unwrap();
        }
        let body = digests
            .record_in(serde_json::json!({"id": 1, "question": "big", "event": "happened-on", "date": "2026-02-15", "note": "it did", "recorded_at": now}))
            .to_string();
        let (seq, kind, stored, hash, author): (i64, String, String, String, Option<String>) =
            store
                .conn()
                .query_row(
                    "SELECT seq, kind, body, hash, author FROM journal ORDER BY seq DESC LIMIT 1",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
                )
                .unwrap();
        assert_eq!((seq, kind.as_str()), (prev_seq + 1, "question_outcome"));
        assert_eq!(stored, body);
        assert_eq!(
            hash,
            journal::entry_hash(
                &prev_hash,
                seq,
                "question_outcome",
                1,
                &body,
                Some(now),
                author.as_deref()
            )
        );
        assert!(store.verify().unwrap().is_ok());
    }

    #[test]
    fn writing_creates_the_directory_and_uses_wal() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("ledger.sqlite3");
        let store = SqliteStore::open(&path, Access::Write).unwrap();
        let mode: String = store
            .conn()
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        assert!(path.exists());
    }
}
