//! Runs one parsed command: opens the ledger with the access the command needs and hands
//! it to the command's module. Everything it needs from the process (paths, the date,
//! whether a terminal is attached) arrives in `Context`, so the whole app runs in tests.

use crate::anchor::Anchor;
use crate::cli::{Cli, Command};
use crate::cmd;
use crate::error::Result;
use crate::output::Style;
use crate::store::{Access, OpenOptions, Store, Target};
use crate::time::Clock;
use std::io::{BufRead, Write};
use std::time::Duration;

/// What a command knows of its surroundings.
#[derive(Debug, Clone)]
pub struct Context {
    /// Where the ledger lives (`--db`).
    pub db: Target,
    pub clock: Clock,
    pub style: Style,
    /// Stdin and stdout are a terminal: commands may ask questions.
    pub interactive: bool,
    /// Stdin and stderr are a terminal: a command whose stdout carries data (`extract
    /// --save --format json`) may ask its questions on stderr, stdout redirected or not.
    pub interactive_stderr: bool,
    /// Stderr is a terminal: long work may show progress.
    pub progress: bool,
    /// How long a write waits for another writer's lock (`FORECAST_LOCK_WAIT`); `None` is
    /// the store's default (ten minutes).
    pub lock_wait: Option<Duration>,
    /// Who runs the command (the OS user), recorded in the journal entries it writes.
    pub author: Option<String>,
    /// PostgreSQL writes are logged at the server's clock, not `clock.now` (the binary's
    /// setting: one clock for a team; see `store::clock`). Tests that fix the clock, so
    /// that both backends log the same instants, leave it off.
    pub server_clock: bool,
    /// Where the heads this machine saw are kept outside the ledger (see `anchor`): `None`
    /// turns that off (in-process tests, unless they test it).
    pub state: Option<std::path::PathBuf>,
}

impl Context {
    /// Opens the ledger for `access`: a writer waiting behind another writer says so on a
    /// terminal after two seconds.
    pub fn open(&self, access: Access) -> Result<Store> {
        let on_wait: Option<Box<dyn Fn(Duration) + Send>> = self.progress.then(|| {
            Box::new(|limit: Duration| {
                eprintln!(
                    "note: another command is writing to the ledger; waiting for it (up to {} s)",
                    limit.as_secs()
                );
            }) as Box<dyn Fn(Duration) + Send>
        });
        let store = Store::open_target(
            &self.db,
            access,
            OpenOptions {
                lock_wait: self.lock_wait,
                on_wait,
                author: self.author.clone(),
                server_clock: self.server_clock,
            },
        )?;
        if let Some(found) = store.upgraded_from() {
            eprintln!(
                "note: ledger `{}` has schema version {found}, older than this binary's {}; read through an upgraded copy in memory, the file unchanged (`forecast migrate` upgrades it)",
                store.location(),
                crate::store::SCHEMA_VERSION
            );
        }
        Ok(store)
    }

    /// Refuses a write whose today has not come anywhere on Earth yet (audit 18, A10):
    /// `FORECAST_TODAY` may move today back (tests, replays, back-filling) but a ledger must
    /// not hold forecasts made, or outcomes known, on a day still to come. The system clock's
    /// day always passes (no place is more than 14 hours ahead of UTC), so only an override
    /// can be refused. Reads take any day.
    pub fn check_today_has_come(&self) -> Result<()> {
        let latest = crate::model::days::latest_day_on_earth(self.clock.now);
        if self.clock.today <= latest {
            return Ok(());
        }
        // Unset, today is the system's local day: a time zone set more than 14 hours ahead
        // of UTC (`TZ=XXX-22`) or a clock set wrong, not the variable (adversary, 2026-12-05).
        let overridden = std::env::var("FORECAST_TODAY").is_ok_and(|t| !t.trim().is_empty());
        if !overridden {
            return Err(crate::Error::invalid(
                format!("today `{}`", self.clock.today),
                format!(
                    "the local day is after {latest}, the latest day it is anywhere on Earth now (UTC+14): the time zone (TZ) is set more than 14 hours ahead of UTC or the system clock is wrong; nothing was written"
                ),
            ));
        }
        Err(crate::Error::invalid(
            format!("FORECAST_TODAY `{}`", self.clock.today),
            format!(
                "it is after {latest}, the latest day it is anywhere on Earth now (UTC+14), so this write would record forecasts made or outcomes known in the future; nothing was written: unset FORECAST_TODAY, or set it to a day that has come (it may be in the past, for tests and replays; reading commands take any day)"
            ),
        ))
    }

    /// Opens the ledger for writing and runs `f`; if `f` fails and this command created the
    /// ledger, the empty file (and any directory made for it) is taken away again, so bad
    /// input on a new `--db` leaves nothing behind. A journal head the write found ahead of
    /// the clock of record is said on stderr, whether the write succeeded or not (see
    /// `store::clock`).
    pub fn with_writer<'a, T>(
        &self,
        io: &mut Io<'a>,
        f: impl FnOnce(&mut Store, &mut Io<'a>) -> Result<T>,
    ) -> Result<T> {
        self.check_today_has_come()?;
        let mut store = self.open(Access::Write)?;
        let result = f(&mut store, io);
        if let Some(ahead) = store.clock_ahead() {
            cmd::warn(io, &ahead.describe());
        }
        if result.is_ok() {
            self.keep_head(&store);
        }
        if result.is_err() {
            store.discard_if_unused();
        }
        result
    }
}

impl Context {
    /// Keeps the head a write left outside the ledger (see `anchor`), unless the chain no
    /// longer holds the head seen before (that one stays for `verify` to report). Never
    /// fails the write, which has committed: a state directory that cannot be written only
    /// loses what a later `verify` could have told.
    fn keep_head(&self, store: &Store) {
        let Some(dir) = &self.state else { return };
        let keep = || -> Result<()> {
            if let Some(anchor) = Anchor::of(dir, &self.db, store)? {
                if let (None, (entry, head)) = anchor.check_and_head(store)? {
                    let _ = anchor.record(entry, &head, &self.clock.timestamp());
                }
            }
            Ok(())
        };
        let _ = keep();
    }
}

/// The streams a command reads and writes.
pub struct Io<'a> {
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
    pub input: &'a mut dyn BufRead,
}

/// Runs `cli`'s command. Damage SQLite meets only while reading pages the open did not
/// touch (`database disk image is malformed`) is named as the open names it: the ledger's
/// path, corrupt, nothing changed (a failed write rolls back), exit 2.
pub fn run(cli: Cli, ctx: &Context, io: &mut Io<'_>) -> Result<()> {
    let name = cli.command_name.clone();
    dispatch(cli, ctx, io).map_err(|e| match (e, &ctx.db) {
        (crate::Error::ReadOnlyRole(mut refusal), _) => {
            refusal.command = refusal.command.take().or(name.clone());
            crate::Error::ReadOnlyRole(refusal)
        }
        (crate::Error::Sqlite(e), Target::Sqlite(path))
            if matches!(
                e.sqlite_error_code(),
                Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
            ) =>
        {
            crate::Error::Corrupt {
                path: path.clone(),
                detail: e.to_string(),
            }
        }
        // Whatever step met another connection's lock (the write's start, a statement, the
        // commit, the WAL folded back in, the schema check at open, a read), the refusal
        // is the one line with its hint: SQLite's raw `database is locked` was about one
        // refusal in five among parallel writers with no wait allowed (audit 19 A14).
        (crate::Error::Sqlite(e), Target::Sqlite(path))
            if matches!(
                e.sqlite_error_code(),
                Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
            ) =>
        {
            crate::Error::Busy {
                path: path.clone(),
                waited: ctx
                    .lock_wait
                    .unwrap_or(crate::store::DEFAULT_LOCK_WAIT)
                    .as_secs(),
            }
        }
        // A write's read that met another command's table lock past FORECAST_LOCK_WAIT
        // (the session's `lock_timeout`, `pg::connect_writing`): the same line (ad2 F11).
        (crate::Error::Postgres { source, .. }, Target::Postgres(pg))
            if source.code() == Some(&postgres::error::SqlState::LOCK_NOT_AVAILABLE) =>
        {
            crate::Error::Busy {
                path: pg.to_string().into(),
                waited: ctx
                    .lock_wait
                    .unwrap_or(crate::store::DEFAULT_LOCK_WAIT)
                    .as_secs(),
            }
        }
        (crate::Error::QuestionNotFound { key }, _) => question_hint(ctx, key),
        (e @ crate::Error::ForecastNotFound { .. }, _) => forecast_hint(ctx, e),
        (e, _) => e,
    })
}

/// What to do first when the ledger a command named no forecast of is missing or empty
/// (ad7 F4): a write (`resolve 5`, `update`, `correct`) on a path with no ledger said
/// ``no forecast with id `5`; `forecast list --status all` shows every id``, and that command
/// then failed with "no ledger"; on an empty ledger it listed nothing. Now the missing
/// ledger is named as a read names it, and an empty one says how forecasts get in.
fn forecast_hint(ctx: &Context, e: crate::Error) -> crate::Error {
    let crate::Error::ForecastNotFound { id } = &e else {
        return e;
    };
    match ctx.open(Access::Read) {
        Err(missing @ crate::Error::NoLedger { .. }) => missing,
        Ok(store) if matches!(store.has_forecasts(), Ok(false)) => crate::Error::invalid(
            format!("no forecast with id `{id}`"),
            "the ledger has no forecasts yet (`forecast add --source NAME ...` logs one, `forecast import FILE` a file of them)",
        ),
        _ => e,
    }
}

/// An unknown question key, with the nearest known key when one is near (keys compare
/// case-sensitively, so `Fed-Cut` and `fed-cut` are two keys: the hint says which exists).
/// Looked up only on this failure path, never while a command runs.
fn question_hint(ctx: &Context, key: String) -> crate::Error {
    let keys: Vec<String> = match ctx
        .open(Access::Read)
        .and_then(|store| store.question_summaries())
    {
        // No ledger at all: named as a read names it (ad7 F4).
        Err(missing @ crate::Error::NoLedger { .. }) => return missing,
        Ok(qs) if qs.is_empty() => {
            return crate::Error::invalid(
                format!("no question with key `{key}`"),
                "the ledger has no questions yet (`forecast add ... --question KEY` opens one)",
            )
        }
        found => found
            .map(|qs| qs.into_iter().map(|q| q.question).collect())
            .unwrap_or_default(),
    };
    match crate::model::names::nearest(&key, keys.iter().map(String::as_str)) {
        Some(near) => crate::Error::invalid(
            format!("no question with key `{key}`"),
            format!("did you mean `{near}`? (keys are compared exactly, case included)"),
        ),
        // Nothing near: where the keys are (audit 23 D8).
        None => crate::Error::invalid(
            format!("no question with key `{key}`"),
            "`forecast questions` lists the keys",
        ),
    }
}

fn dispatch(cli: Cli, ctx: &Context, io: &mut Io<'_>) -> Result<()> {
    if cli.db_on_command_line && matches!(cli.command, Command::Demo(_)) {
        return Err(crate::Error::invalid(
            "--db",
            "demo builds its own ledger and never touches --db; keep the demo ledger with `forecast demo --keep PATH`",
        ));
    }
    if let Target::Postgres(pg) = &ctx.db {
        if !matches!(
            cli.command,
            Command::InitRoles(_) | Command::Demo(_) | Command::Completions(_) | Command::Man
        ) {
            // A password file others can read, ignored: said once, as libpq does.
            for w in &pg.warnings {
                cmd::warn(io, w);
            }
        }
    }
    match cli.command {
        Command::Add(args) => {
            // Validate before opening, so bad input never creates or touches a ledger.
            let forecast = cmd::add::new_forecast(&args, &ctx.clock)?;
            ctx.with_writer(io, |store, io| cmd::add::run(store, ctx, &forecast, io))
        }
        Command::List(args) => {
            let store = ctx.open(Access::Read)?;
            cmd::list::run(&store, ctx, &args, io)
        }
        Command::Due(args) => {
            let store = ctx.open(Access::Read)?;
            cmd::due::run(&store, ctx, &args, io)
        }
        Command::Questions(args) => {
            let store = ctx.open(Access::Read)?;
            cmd::questions::run(&store, ctx, &args, io)
        }
        Command::Show(args) => {
            let store = ctx.open(Access::Read)?;
            cmd::show::run(&store, ctx, &args, io)
        }
        Command::Resolve(args) => {
            ctx.with_writer(io, |store, io| cmd::resolve::run(store, ctx, &args, io))
        }
        Command::Report(args) => {
            let store = ctx.open(Access::Read)?;
            cmd::report::run(&store, ctx, &args, io)
        }
        Command::Compare(args) => {
            let store = ctx.open(Access::Read)?;
            cmd::compare::run(&store, ctx, &args, io)
        }
        Command::Question(args) => {
            let store = ctx.open(Access::Read)?;
            cmd::question::run(&store, ctx, &args, io)
        }
        Command::Update(args) => {
            ctx.with_writer(io, |store, io| cmd::update::run(store, ctx, &args, io))
        }
        Command::Extract(args) => cmd::extract::run(ctx, &args, io),
        Command::Import(args) => {
            ctx.with_writer(io, |store, io| cmd::import::run(store, ctx, &args, io))
        }
        Command::Export(args) => {
            let store = ctx.open(Access::Read)?;
            cmd::export::run(&store, ctx, &args, io)
        }
        Command::Correct(args) => {
            ctx.with_writer(io, |store, io| cmd::correct::run(store, ctx, &args, io))
        }
        Command::Verify(args) => {
            let store = ctx.open(Access::Read)?;
            cmd::verify::run(&store, ctx, &args, io)
        }
        Command::Backup(args) => {
            let store = ctx.open(Access::Read)?;
            cmd::backup::run(&store, ctx, &args, io)
        }
        Command::Copy(args) => cmd::copy::run(ctx, &args, io),
        Command::Demo(args) => cmd::demo::run(ctx, &args, io),
        Command::InitRoles(args) => match &ctx.db {
            Target::Postgres(pg) => cmd::init_roles::run(pg, &args, io),
            Target::Sqlite(path) => Err(crate::Error::invalid(
                format!("init-roles on `{}`", path.display()),
                "roles belong to PostgreSQL ledgers; pass --db postgres://USER@HOST/DB",
            )),
        },
        Command::Migrate => {
            // On a path that held nothing (or an empty PostgreSQL database), migrating
            // creates an empty ledger; it says so, so a mistyped path is not taken for an
            // upgraded ledger.
            let store = ctx.open(Access::Write)?;
            let line = if store.created() {
                format!(
                    "created a new, empty ledger at `{}` (schema version {})\n",
                    store.location(),
                    crate::store::SCHEMA_VERSION
                )
            } else {
                format!(
                    "ledger `{}` is at schema version {}\n",
                    store.location(),
                    crate::store::SCHEMA_VERSION
                )
            };
            cmd::write_out(io, &line)
        }
        Command::Completions(args) => cmd::completions::completions(&args, io),
        Command::Man => cmd::completions::man(io),
    }
}
