//! `forecast due`: the unresolved forecasts in deadline order, due ones (deadline passed)
//! first, and with `--ics FILE` an iCalendar file with an all-day event on each open
//! deadline (today or later: a reminder in the past helps nobody; `due` lists those).
//! The file is written through a temporary file renamed into place, and an existing file is
//! replaced only with `--force` (DESIGN.md's rule for every file the tool writes).

use crate::app::{Context, Io};
use crate::cli::DueArgs;
use crate::error::{Error, Result};
use crate::store::{ListFilter, StatusFilter, Store};
use std::io::Write;
use std::path::Path;

pub fn run(store: &Store, ctx: &Context, args: &DueArgs, io: &mut Io<'_>) -> Result<()> {
    let today = ctx.clock.today;
    let horizon = args
        .within
        .as_deref()
        .map(|s| {
            super::list::due_horizon(s, today).map_err(|_| {
                Error::invalid(
                    format!("--within `{s}`"),
                    "expected a span such as 30d, 2w, 3m or 1y",
                )
            })
        })
        .transpose()?;
    if let Some(path) = &args.ics {
        if path.exists() && !args.force {
            return Err(Error::invalid(
                format!("--ics `{}`", path.display()),
                "the file exists; pass --force to replace it",
            ));
        }
    }
    let filter = ListFilter {
        status: StatusFilter::All,
        source: None,
        question: None,
    };
    let mut forecasts = store.list(&filter, today)?;
    forecasts.retain(|f| f.outcome.is_none() && horizon.is_none_or(|h| f.deadline <= h));
    forecasts.sort_by_key(|f| (f.deadline, f.id));
    let text = if forecasts.is_empty() && args.format == crate::output::Format::Table {
        "Nothing unresolved.\n".to_string()
    } else {
        super::list::render(&forecasts, args.format, &ctx.style)?
    };
    super::write_out(io, &text)?;
    if let Some(path) = &args.ics {
        let open: Vec<_> = forecasts
            .into_iter()
            .filter(|f| f.deadline >= today)
            .collect();
        let ics = crate::transfer::ics::calendar(&open, ctx.clock.now, &store.ledger_id()?);
        write_new(path, ics.as_bytes(), args.force)?;
        let _ = writeln!(
            io.err,
            "wrote {} deadline(s) to {}",
            open.len(),
            path.display()
        );
    }
    Ok(())
}

/// Writes `bytes` to `path` through a temporary file in the same directory renamed into
/// place; without `force` an existing file (even one created meanwhile) is left alone.
fn write_new(path: &Path, bytes: &[u8], force: bool) -> Result<()> {
    let shown = || format!("writing `{}`", path.display());
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| Error::io(shown(), e))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| Error::io(shown(), e))?;
    if force {
        tmp.persist(path).map_err(|e| Error::io(shown(), e.error))?;
    } else {
        tmp.persist_noclobber(path).map_err(|e| {
            if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                Error::invalid(
                    format!("--ics `{}`", path.display()),
                    "the file exists; pass --force to replace it",
                )
            } else {
                Error::io(shown(), e.error)
            }
        })?;
    }
    Ok(())
}
