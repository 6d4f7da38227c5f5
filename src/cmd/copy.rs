//! `forecast copy --to TARGET`: copies the whole ledger, journal included, into a new ledger
//! on either backend (SQLite to PostgreSQL and back, or SQLite to SQLite), then verifies
//! the copy and checks that its head hash is the source's.
//!
//! The rows go through the store seam (`Store::copy_to`); this command opens both ends,
//! refuses a target that is the ledger itself, takes away a target it created when the copy
//! fails, and says what it copied (the head as `verify --head` prints it, `ENTRY:HASH`).

use crate::app::{Context, Io};
use crate::cli::CopyArgs;
use crate::error::{Error, Result};
use crate::store::{Access, OpenOptions, PgEnv, Store, Target};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::time::{Duration, Instant};

pub fn run(ctx: &Context, args: &CopyArgs, io: &mut Io<'_>) -> Result<()> {
    let to = match &args.target {
        Some(t) => t.clone(),
        None => {
            let var = |_: &str| None;
            Target::parse_named(
                &args.to,
                "copy --to",
                &PgEnv {
                    var: &var,
                    home: None,
                    os_user: ctx.author.as_deref().unwrap_or_default(),
                },
            )?
        }
    };
    if let Target::Postgres(pg) = &to {
        for w in &pg.warnings {
            super::warn(io, w);
        }
    }
    if same_ledger(&ctx.db, &to) {
        // Named as every other message names a server: without its password (ad2 F2).
        let named = match &to {
            Target::Postgres(pg) => pg.to_string(),
            Target::Sqlite(_) => args.to.display().to_string(),
        };
        return Err(Error::invalid(
            format!("copy --to `{named}`"),
            "that is the ledger being copied; name a new SQLite file or an empty PostgreSQL database",
        ));
    }
    // As for --db: a typo in the folder is refused, not a new folder made.
    to.check_folder("copy --to")?;
    let source = ctx.open(Access::Read)?;
    let mut target = Store::open_target(
        &to,
        Access::Write,
        OpenOptions {
            lock_wait: ctx.lock_wait,
            on_wait: None,
            author: ctx.author.clone(),
            server_clock: ctx.server_clock,
        },
    )?;
    let spinner = Spinner::new(ctx.progress);
    let mut tables = Vec::new();
    let copied = source.copy_to(&mut target, &mut |table, rows, done| {
        spinner.show(table, rows);
        if done {
            tables.push((table.to_string(), rows));
        }
    });
    spinner.finish();
    if let Err(e) = copied {
        target.discard_if_unused();
        return Err(e);
    }
    // A copy that does not verify (the ledger itself does not: an insider's edit) or ends
    // at another head is taken away again when this command created it, so the refusal
    // leaves nothing behind, as `backup` leaves no file (ad5 F5: the whole copy stayed).
    let (entry, head) = source.head()?;
    let refusal = match target.verify() {
        Err(e) => Some(e),
        Ok(Err(f)) => Some(Error::Integrity(format!("the copy does not verify: {f}"))),
        Ok(Ok(verified)) if verified.head != head => Some(Error::Integrity(format!(
            "the copy's head {} is not the ledger's {head}",
            verified.head
        ))),
        Ok(Ok(_)) => None,
    };
    if let Some(e) = refusal {
        target.discard_created();
        return Err(e);
    }
    let count = |name: &str| {
        tables
            .iter()
            .find(|(t, _)| t == name)
            .map_or(0, |(_, n)| *n)
    };
    super::write_out(
        io,
        &format!(
            "copied to {}: {} forecast(s), {} resolution(s), {} journal entries; head {entry}:{head}; the copy verifies\n",
            target.location(),
            count("forecasts"),
            count("resolutions"),
            count("journal"),
        ),
    )
}

/// Whether two targets name the same ledger (the same file, or the same database on the
/// same server).
fn same_ledger(a: &Target, b: &Target) -> bool {
    match (a, b) {
        (Target::Sqlite(a), Target::Sqlite(b)) => {
            a == b || matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
        }
        (Target::Postgres(a), Target::Postgres(b)) => a.to_string() == b.to_string(),
        _ => false,
    }
}

/// A line on stderr naming the table being copied and its rows so far: only on a terminal,
/// and only once the copy has run for a second.
struct Spinner {
    bar: ProgressBar,
    started: Instant,
    enabled: bool,
}

impl Spinner {
    fn new(enabled: bool) -> Self {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        if let Ok(style) = ProgressStyle::with_template("copying {msg}") {
            bar.set_style(style);
        }
        Spinner {
            bar,
            started: Instant::now(),
            enabled,
        }
    }

    fn show(&self, table: &str, rows: u64) {
        if self.enabled && self.bar.is_hidden() && self.started.elapsed() > Duration::from_secs(1) {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
        self.bar.set_message(format!("{table}: {rows} rows"));
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
