//! `forecast backup FILE`: a consistent copy through SQLite's online backup API (safe while
//! other processes write), then verified.

use crate::app::{Context, Io};
use crate::cli::BackupArgs;
use crate::error::{Error, Result};
use crate::store::{Access, Store};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::Connection;
use std::time::Duration;

pub fn run(store: &Store, _ctx: &Context, args: &BackupArgs, io: &mut Io<'_>) -> Result<()> {
    let target = &args.file;
    if target.exists() {
        return Err(Error::invalid(
            format!("backup `{}`", target.display()),
            "the file exists; name a new file",
        ));
    }
    {
        let mut copy = Connection::open(target).map_err(Error::Sqlite)?;
        let backup = Backup::new(store.conn(), &mut copy)?;
        // -1 copies every page in one step, under one read transaction: a consistent snapshot
        // even while another process writes.
        loop {
            match backup.step(-1)? {
                StepResult::Done => break,
                StepResult::More => {}
                _ => std::thread::sleep(Duration::from_millis(20)),
            }
        }
    }
    let copy = Store::open(target, Access::Read)?;
    let verified = copy
        .verify()?
        .map_err(|f| Error::Integrity(format!("the copy does not verify: {f}")))?;
    super::write_out(
        io,
        &format!(
            "backed up to {}: {} journal entries, head {}; the copy verifies\n",
            target.display(),
            verified.entries,
            verified.head
        ),
    )
}
