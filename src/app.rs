//! Runs one parsed command: opens the ledger with the access the command needs and hands
//! it to the command's module. Everything it needs from the process (paths, the date,
//! whether a terminal is attached) arrives in `Context`, so the whole app runs in tests.

use crate::cli::{Cli, Command};
use crate::cmd;
use crate::error::Result;
use crate::output::Style;
use crate::store::{Access, Store};
use crate::time::Clock;
use std::io::{BufRead, Write};
use std::path::PathBuf;

/// What a command knows of its surroundings.
#[derive(Debug, Clone)]
pub struct Context {
    /// The ledger file.
    pub db: PathBuf,
    pub clock: Clock,
    pub style: Style,
    /// Stdin and stdout are a terminal: commands may ask questions.
    pub interactive: bool,
    /// Stderr is a terminal: long work may show progress.
    pub progress: bool,
}

/// The streams a command reads and writes.
pub struct Io<'a> {
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
    pub input: &'a mut dyn BufRead,
}

/// Runs `cli`'s command.
pub fn run(cli: Cli, ctx: &Context, io: &mut Io<'_>) -> Result<()> {
    if cli.db_on_command_line && matches!(cli.command, Command::Demo(_)) {
        return Err(crate::Error::invalid(
            "--db",
            "demo builds its own ledger and never touches --db; keep the demo ledger with `forecast demo --keep PATH`",
        ));
    }
    match cli.command {
        Command::Add(args) => {
            // Validate before opening, so bad input never creates or touches a ledger.
            let forecast = cmd::add::new_forecast(&args, ctx.clock.today)?;
            let mut store = Store::open(&ctx.db, Access::Write)?;
            cmd::add::run(&mut store, ctx, &forecast, io)
        }
        Command::List(args) => {
            let store = Store::open(&ctx.db, Access::Read)?;
            cmd::list::run(&store, ctx, &args, io)
        }
        Command::Questions(args) => {
            let store = Store::open(&ctx.db, Access::Read)?;
            cmd::questions::run(&store, ctx, &args, io)
        }
        Command::Show(args) => {
            let store = Store::open(&ctx.db, Access::Read)?;
            cmd::show::run(&store, ctx, &args, io)
        }
        Command::Resolve(args) => {
            let mut store = Store::open(&ctx.db, Access::Write)?;
            cmd::resolve::run(&mut store, ctx, &args, io)
        }
        Command::Report(args) => {
            let store = Store::open(&ctx.db, Access::Read)?;
            cmd::report::run(&store, ctx, &args, io)
        }
        Command::Extract(args) => cmd::extract::run(ctx, &args, io),
        Command::Import(args) => {
            let mut store = Store::open(&ctx.db, Access::Write)?;
            cmd::import::run(&mut store, ctx, &args, io)
        }
        Command::Export(args) => {
            let store = Store::open(&ctx.db, Access::Read)?;
            cmd::export::run(&store, ctx, &args, io)
        }
        Command::Correct(args) => {
            let mut store = Store::open(&ctx.db, Access::Write)?;
            cmd::correct::run(&mut store, ctx, &args, io)
        }
        Command::Verify(args) => {
            let store = Store::open(&ctx.db, Access::Read)?;
            cmd::verify::run(&store, ctx, &args, io)
        }
        Command::Backup(args) => {
            let store = Store::open(&ctx.db, Access::Read)?;
            cmd::backup::run(&store, ctx, &args, io)
        }
        Command::Demo(args) => cmd::demo::run(ctx, &args, io),
    }
}
