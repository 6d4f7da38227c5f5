//! A consistent copy of an SQLite ledger into a new file through SQLite's online backup
//! API: safe while other processes write, because every page is copied under one read
//! transaction.

use super::SqliteStore;
use crate::error::{Error, Result};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::Connection;
use std::path::Path;
use std::time::Duration;

impl SqliteStore {
    /// Copies this ledger into `target` (a new, empty file: the caller writes to a
    /// temporary file and renames it into place), leaving the copy in rollback-journal mode
    /// so reading it leaves no `-wal` or `-shm` file beside it. A failure says why in words
    /// ("the disk is full"), never SQLite's "not an error".
    pub fn backup_to(&self, target: &Path) -> Result<()> {
        let failed = |e: rusqlite::Error| {
            Error::Other(match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::DiskFull) => "the disk is full".to_string(),
                Some(rusqlite::ErrorCode::SystemIoFailure) => {
                    "an I/O error while writing (is the disk full?)".to_string()
                }
                _ => e.to_string(),
            })
        };
        let mut copy = Connection::open(target).map_err(failed)?;
        {
            let backup = Backup::new(self.conn(), &mut copy).map_err(failed)?;
            // -1 copies every page in one step, under one read transaction: a consistent
            // snapshot even while another process writes.
            loop {
                match backup.step(-1).map_err(failed)? {
                    StepResult::Done => break,
                    StepResult::More => {}
                    _ => std::thread::sleep(Duration::from_millis(20)),
                }
            }
        }
        copy.query_row("PRAGMA journal_mode=DELETE", [], |_| Ok(()))
            .map_err(failed)?;
        Ok(())
    }

    /// Whether the ledger holds any forecast.
    pub fn has_forecasts(&self) -> Result<bool> {
        Ok(self
            .conn()
            .query_row("SELECT EXISTS (SELECT 1 FROM forecasts)", [], |r| r.get(0))?)
    }
}
