//! `forecast backup FILE`: a consistent copy through SQLite's online backup API (safe while
//! other processes write), then verified.

use crate::app::{Context, Io};
use crate::cli::BackupArgs;
use crate::error::{Error, Result};
use crate::store::{Access, Store};

pub fn run(store: &Store, _ctx: &Context, args: &BackupArgs, io: &mut Io<'_>) -> Result<()> {
    let target = &args.file;
    if target.exists() {
        return Err(Error::invalid(
            format!("backup `{}`", target.display()),
            "the file exists; name a new file",
        ));
    }
    store.backup_to(target)?;
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
