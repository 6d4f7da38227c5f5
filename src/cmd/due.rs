//! `forecast due`: the unresolved forecasts in deadline order, due ones (deadline passed)
//! first, and with `--ics FILE` an iCalendar file with an all-day event on each open
//! deadline (today or later: a reminder in the past helps nobody; `due` lists those).
//! The file is written through a temporary file renamed into place, and an existing file is
//! replaced only with `--force` (DESIGN.md's rule for every file the tool writes). Its
//! `DTSTAMP` is today at 00:00 UTC (following `FORECAST_TODAY`), so it is reproducible.

use crate::app::{Context, Io};
use crate::cli::DueArgs;
use crate::error::Result;
use crate::store::{ListFilter, StatusFilter, Store};

pub fn run(store: &Store, ctx: &Context, args: &DueArgs, io: &mut Io<'_>) -> Result<()> {
    let today = ctx.clock.today;
    let horizon = args
        .within
        .as_deref()
        .map(|s| super::list::due_horizon("--within", s, today))
        .transpose()?;
    if let Some(path) = &args.ics {
        crate::output::check_target(path, args.force, store.path())?;
    }
    // Only the unresolved are read (past their deadline, then the rest), not the ledger.
    let mut forecasts = Vec::new();
    for status in [StatusFilter::Due, StatusFilter::Open] {
        let filter = ListFilter {
            status,
            source: None,
            question: None,
        };
        forecasts.extend(store.list(&filter, today)?);
    }
    let unresolved = forecasts.len();
    forecasts.retain(|f| horizon.is_none_or(|h| f.deadline <= h));
    forecasts.sort_by_key(|f| (f.deadline, f.id));
    let table = args.format == crate::output::Format::Table;
    let text = if forecasts.is_empty() && table {
        match (horizon, args.within.as_deref()) {
            // "Nothing unresolved" was said when the span only left the rest out (audit 21, B9).
            (Some(h), Some(span)) if unresolved > 0 => format!(
                "Nothing due within {span} (by {h}); {unresolved} unresolved forecast(s) have later deadlines (`forecast due` lists them).\n"
            ),
            (Some(h), Some(span)) => format!("Nothing due within {span} (by {h}): nothing is unresolved.\n"),
            _ => "Nothing unresolved.\n".to_string(),
        }
    } else if table && forecasts.len() > super::list::TABLE_ROWS {
        // A table of 100,000 rows helps nobody and costs memory: the soonest are shown.
        super::list::render(
            &forecasts[..super::list::TABLE_ROWS],
            args.format,
            &ctx.style,
        )?
    } else {
        super::list::render(&forecasts, args.format, &ctx.style)?
    };
    super::write_out(io, &text)?;
    if table && forecasts.len() > super::list::TABLE_ROWS {
        super::warn(
            io,
            &format!(
                "showing the {} soonest of {} unresolved forecasts; --within narrows them, --format csv lists them all",
                super::list::TABLE_ROWS,
                forecasts.len()
            ),
        );
    }
    if let Some(path) = &args.ics {
        let listed = forecasts.len();
        let open: Vec<_> = forecasts
            .into_iter()
            .filter(|f| f.deadline >= today)
            .collect();
        // The table above lists the due ones too: the count says why the file has fewer.
        let past = match listed - open.len() {
            0 => String::new(),
            n => format!(" (not the {n} already past their deadline)"),
        };
        // DTSTAMP is the start of today (UTC), not the wall clock: the same ledger on the
        // same day (or with the same FORECAST_TODAY) writes the same file byte for byte, so
        // a calendar kept under version control or compared in a test does not churn.
        let stamp = today.and_time(chrono::NaiveTime::MIN).and_utc();
        let ics = crate::transfer::ics::calendar(&open, stamp, &store.ledger_id()?);
        crate::output::write_new_file(path, ics.as_bytes(), args.force, store.path())?;
        let _ = writeln!(
            io.err,
            "wrote {} deadline(s) to {}{past}",
            open.len(),
            path.display()
        );
    }
    Ok(())
}
