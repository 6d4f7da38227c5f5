//! A consistent copy of an SQLite ledger into a new file through SQLite's online backup
//! API: safe while other processes write, because every page is copied under one read
//! transaction.

use super::Store;
use crate::error::{Error, Result};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::Connection;
use std::path::Path;
use std::time::Duration;

impl Store {
    /// Copies this ledger into `target`, which must not exist yet (checked by the caller;
    /// SQLite would otherwise overwrite it).
    pub fn backup_to(&self, target: &Path) -> Result<()> {
        let mut copy = Connection::open(target).map_err(Error::Sqlite)?;
        let backup = Backup::new(self.conn(), &mut copy)?;
        // -1 copies every page in one step, under one read transaction: a consistent
        // snapshot even while another process writes.
        loop {
            match backup.step(-1)? {
                StepResult::Done => return Ok(()),
                StepResult::More => {}
                _ => std::thread::sleep(Duration::from_millis(20)),
            }
        }
    }

    /// Whether the ledger holds any forecast.
    pub fn has_forecasts(&self) -> Result<bool> {
        Ok(self
            .conn()
            .query_row("SELECT EXISTS (SELECT 1 FROM forecasts)", [], |r| r.get(0))?)
    }
}
