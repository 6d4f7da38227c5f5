//! `forecast backup FILE`: a consistent copy through SQLite's online backup API (safe while
//! other processes write), then verified.
//!
//! The copy is made in a temporary file beside the target and renamed into place only once
//! it verifies, so a failed backup (a full disk, a kill) leaves no partial file and whatever
//! was at the target before. An existing target is replaced only with `--force`, the
//! ledger itself never. The head is printed as `verify --head` prints it, `ENTRY:HASH`, so
//! what a user publishes from it lets `verify --published` tell a cut end from a rewrite.

use crate::app::{Context, Io};
use crate::cli::BackupArgs;
use crate::error::{Error, Result};
use crate::store::{Access, Store};

pub fn run(store: &Store, _ctx: &Context, args: &BackupArgs, io: &mut Io<'_>) -> Result<()> {
    let target = &args.file;
    // A URL is no file to back up into, and is not shown: it may hold a password (ad2 F9).
    if crate::store::Target::names_a_url(target) {
        return Err(Error::invalid(
            "backup",
            "it writes a new SQLite file, and this is a URL (not shown: it may hold a password); to copy the ledger into PostgreSQL: `forecast copy --to postgres://USER@HOST[:PORT]/DB`",
        ));
    }
    // A `file:` name would be another file to `--db` than to the file system (audit 16, A8).
    crate::store::Target::refuse_special_name(target, "backup")?;
    crate::output::check_target(target, args.force, store.path())?;
    let temp = crate::output::temp_beside(target)?;
    store.backup_to(temp.path()).map_err(|e| {
        Error::Other(format!(
            "backing up to `{}` failed ({e}); nothing was written there",
            target.display()
        ))
    })?;
    let verified = {
        let copy = Store::open(temp.path(), Access::Read)?;
        copy.verify()?
            .map_err(|f| Error::Integrity(format!("the copy does not verify: {f}")))?
    };
    crate::output::place_file(temp, target, args.force)?;
    super::write_out(
        io,
        &format!(
            "backed up to {}: {} journal entries, head {}:{}; the copy verifies\n",
            target.display(),
            verified.entries,
            verified.entries,
            verified.head
        ),
    )
}
