//! Commands driven through `app::run` with scripted answers: the same code path a terminal
//! uses, without needing one. Shared by the interactive test binaries.

use clap::Parser;
use forecast_ledger::app::{run, Context, Io};
use forecast_ledger::cli::Cli;
use forecast_ledger::output::Style;
use forecast_ledger::store::Target;
use forecast_ledger::time::{parse_date, Clock};

/// Runs `forecast ARGS` with `answers` as its input; returns what it printed to stdout and
/// to stderr.
pub fn go(ctx: &Context, args: &[&str], answers: &str) -> (String, String) {
    let cli = Cli::try_parse_from(std::iter::once("forecast").chain(args.iter().copied())).unwrap();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let mut input = answers.as_bytes();
    let mut io = Io {
        out: &mut out,
        err: &mut err,
        input: &mut input,
    };
    run(cli, ctx, &mut io).unwrap();
    (
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

/// A context with a fresh ledger in `dir` and a fixed date, as on a terminal when
/// `interactive`.
pub fn context(dir: &tempfile::TempDir, interactive: bool) -> Context {
    Context {
        db: Target::Sqlite(dir.path().join("l.sqlite3")),
        clock: Clock::fixed(parse_date("2026-11-28").unwrap()),
        style: Style::default(),
        interactive,
        interactive_stderr: interactive,
        progress: false,
        lock_wait: None,
        author: Some("tester".into()),
        server_clock: false,
        state: None,
    }
}
