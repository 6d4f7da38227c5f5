//! The `forecast` binary: reads the process environment (database path, today's date,
//! terminal), runs the app, and maps errors to exit codes (2 bad input, 1 other).

use clap::{CommandFactory, FromArgMatches};
use forecast_ledger::app::{self, Context, Io};
use forecast_ledger::cli::Cli;
use forecast_ledger::error::usage_line;
use forecast_ledger::output::Style;
use forecast_ledger::store::{PgEnv, Target};
use forecast_ledger::time::{parse_date, Clock};
use forecast_ledger::Error;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

fn main() -> ExitCode {
    // An empty FORECAST_DB means unset, as an empty FORECAST_TODAY does (`export
    // FORECAST_DB=` to go back to the default); clap would otherwise ask for a value for
    // `--db`, which the user never typed. Nothing else runs yet, so this is the only thread.
    if std::env::var_os("FORECAST_DB").is_some_and(|v| v.is_empty()) {
        std::env::remove_var("FORECAST_DB");
    }
    let parsed = Cli::command().try_get_matches().and_then(|m| {
        let given = m.value_source("db") == Some(clap::parser::ValueSource::CommandLine);
        let name = m.subcommand_name().map(str::to_string);
        Cli::from_arg_matches(&m).map(|cli| Cli {
            db_on_command_line: given,
            command_name: name,
            ..cli
        })
    });
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            if !e.use_stderr() {
                // --help and --version: clap prints them to stdout.
                let _ = e.print();
                return ExitCode::SUCCESS;
            }
            if e.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                // Bare `forecast`: clap would print the whole help as the error; the
                // contract's one line names the commands instead.
                let commands: Vec<String> = Cli::command()
                    .get_subcommands()
                    .filter(|c| !c.is_hide_set())
                    .map(|c| c.get_name().to_string())
                    .collect();
                eprintln!(
                    "error: no command given; the commands are {}; try `forecast --help`, or `forecast demo` for a first look",
                    commands.join(", ")
                );
                return ExitCode::from(2);
            }
            let argv: Vec<String> = std::env::args().collect();
            // The subcommand typed: the first word that names one (`--db PATH` may come
            // before it).
            let all = Cli::command();
            let command = argv
                .iter()
                .skip(1)
                .find(|a| all.find_subcommand(a.as_str()).is_some());
            // The help named as the command to type (`forecast add --help`), by the
            // subcommand's own name when an alias was typed (ad7 F6).
            let path = command
                .and_then(|c| all.find_subcommand(c.as_str()))
                .map(|c| c.get_name());
            let mut line = usage_line(&e.render().to_string(), path);
            if e.kind() == clap::error::ErrorKind::UnknownArgument {
                if let Some(clap::error::ContextValue::String(arg)) =
                    e.get(clap::error::ContextKind::InvalidArg)
                {
                    line = forecast_ledger::error::unknown_option_line(
                        &line,
                        command.map(String::as_str),
                        arg,
                    );
                    // Whether `--NAME` takes a value, in the subcommand typed or globally.
                    let sub = command.and_then(|c| all.find_subcommand(c.as_str()));
                    let takes_value = |name: &str| {
                        sub.into_iter()
                            .flat_map(|c| c.get_arguments())
                            .chain(all.get_arguments())
                            .find(|a| a.get_long() == Some(name))
                            .is_some_and(|a| a.get_action().takes_values())
                    };
                    if let Some(hint) =
                        forecast_ledger::error::hyphen_value_hint(&argv, arg, takes_value)
                    {
                        line.push_str(&hint);
                    }
                    let is_file = std::path::Path::new(arg).is_file();
                    if let Some(hint) = forecast_ledger::error::stray_word_hint(
                        &argv,
                        arg,
                        command.map(String::as_str),
                        is_file,
                        takes_value,
                    ) {
                        line = match line.find("; try `") {
                            Some(at) => format!("{}{hint}{}", &line[..at], &line[at..]),
                            None => line + &hint,
                        };
                    }
                }
            }
            eprintln!("{line}");
            return ExitCode::from(2);
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // One line, whatever the message carries (SQLite's own texts can hold a newline).
            let message = e
                .to_string()
                .replace("\r\n", " ")
                .replace(['\n', '\r'], " ");
            eprintln!("error: {message}");
            ExitCode::from(e.exit_code() as u8)
        }
    }
}

fn run(cli: Cli) -> Result<(), Error> {
    let clock = match std::env::var("FORECAST_TODAY") {
        Ok(text) if !text.trim().is_empty() => Clock::on_day(parse_date(&text).map_err(|e| {
            // A date `parse_date` refused with its own hint (`45000`, `20260630`,
            // `06/01/2027`) keeps it, as `--deadline` says it; named by the variable.
            let why = match e {
                Error::Invalid { why, .. } => why,
                _ => forecast_ledger::error::date_fix(&text)
                    .unwrap_or_else(|| "expected YYYY-MM-DD".to_string()),
            };
            Error::invalid(format!("FORECAST_TODAY `{text}`"), why)
        })?),
        _ => Clock::system(),
    };
    // The recording instant the integration tests run at (`tests/cli/harness.rs`), in debug
    // builds only: a test written for a day stays right as real days pass it (a deadline
    // "Friday" from a Wednesday in the test is not "passed by the wall clock" a week later).
    // A release build always records the wall clock, so no variable can backdate a ledger.
    #[cfg(debug_assertions)]
    let clock = match std::env::var("FORECAST_TEST_NOW")
        .ok()
        .and_then(|t| forecast_ledger::time::parse_timestamp(&t))
    {
        Some(now) => Clock { now, ..clock },
        None => clock,
    };
    let home = dirs::home_dir();
    let db = match &cli.db {
        Some(path) => expand_home(path, home.as_deref()),
        None => default_db()?,
    };
    let os_user = forecast_ledger::account::os_user(&|name| std::env::var(name).ok());
    let env = PgEnv {
        var: &|name| std::env::var(name).ok(),
        home: home.as_deref(),
        os_user: &os_user,
    };
    // Named by what gave it (audit 20, A11: a FORECAST_DB or `copy --to` URL was called `--db`).
    let flag = if cli.db.is_some() && !cli.db_on_command_line {
        "FORECAST_DB"
    } else {
        "--db"
    };
    let db = Target::parse_named(&db, flag, &env)?;
    if cli.db.is_some() {
        check_folder(&db, &cli)?;
    }
    let mut cli = cli;
    if let forecast_ledger::cli::Command::Copy(args) = &mut cli.command {
        Target::refuse_special_name(&args.to, "--to")?;
        args.target = Some(Target::parse_named(&args.to, "copy --to", &env)?);
    }
    // `demo --keep "~/demo.sqlite3"` (quoted, or from a script) is in the home folder, as a
    // `--db` path is (ad6 F14: it was refused as a folder `~` that does not exist, in words
    // saying `~/` is read as the home folder, and `--keep "~"` made a file named `~`).
    if let forecast_ledger::cli::Command::Demo(args) = &mut cli.command {
        if let Some(keep) = &args.keep {
            args.keep = Some(expand_home(keep, home.as_deref()));
        }
    }
    let stdout_tty = std::io::stdout().is_terminal();
    let columns = std::env::var("COLUMNS").ok();
    let width =
        forecast_ledger::output::table_width(columns.as_deref(), stdout_tty.then(terminal_width));
    let ctx = Context {
        db,
        clock,
        style: Style {
            width,
            color: stdout_tty && std::env::var_os("NO_COLOR").is_none(),
        },
        interactive: stdout_tty && std::io::stdin().is_terminal(),
        interactive_stderr: std::io::stdin().is_terminal() && std::io::stderr().is_terminal(),
        progress: std::io::stderr().is_terminal(),
        lock_wait: match std::env::var("FORECAST_LOCK_WAIT") {
            // Longer than the backends can wait is the longest they can (24.8 days).
            Ok(text) if !text.trim().is_empty() => Some(
                Duration::from_secs(text.trim().parse::<u64>().map_err(|_| {
                    Error::invalid(
                        format!("FORECAST_LOCK_WAIT `{text}`"),
                        "expected a whole number of seconds",
                    )
                })?)
                .min(forecast_ledger::store::MAX_LOCK_WAIT),
            ),
            _ => None,
        },
        author: (!os_user.is_empty()).then(|| os_user.clone()),
        server_clock: true,
        state: forecast_ledger::anchor::state_dir(&|name| std::env::var(name).ok()),
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut io = Io {
        out: &mut out,
        err: &mut err,
        input: &mut input,
    };
    app::run(cli, &ctx, &mut io)
}

/// A ledger path the user chose (`--db` or `FORECAST_DB`) must be in a folder that exists
/// (`Target::check_folder`); commands that never open the ledger are not held to it.
fn check_folder(db: &Target, cli: &Cli) -> Result<(), Error> {
    use forecast_ledger::cli::Command;
    // These never open the ledger (the demo builds its own).
    if matches!(
        cli.command,
        Command::Demo(_) | Command::Completions(_) | Command::Man
    ) {
        return Ok(());
    }
    db.check_folder(if cli.db_on_command_line {
        "--db"
    } else {
        "FORECAST_DB"
    })
}

/// A ledger path starting `~/` (or `~` alone) with the home folder in its place: a cron
/// line, a systemd `Environment=` or a `.env` file hands `FORECAST_DB="~/news/ledger.sqlite3"`
/// over unexpanded, and it used to name a folder called `~` in the working directory (audit
/// 18, A14). `~USER/...` is left as written (`Target::check_folder` names it).
fn expand_home(path: &std::path::Path, home: Option<&std::path::Path>) -> PathBuf {
    let (Some(home), Some(text)) = (home, path.to_str()) else {
        return path.to_path_buf();
    };
    match text.strip_prefix('~') {
        Some("") => home.to_path_buf(),
        Some(rest) if rest.starts_with('/') => home.join(rest.trim_start_matches('/')),
        _ => path.to_path_buf(),
    }
}

fn default_db() -> Result<PathBuf, Error> {
    dirs::data_dir()
        .map(|d| d.join("forecast-ledger").join("ledger.sqlite3"))
        .ok_or_else(|| {
            Error::invalid(
                "--db",
                "no platform data directory is known here; pass --db PATH or set FORECAST_DB",
            )
        })
}

fn terminal_width() -> Option<u16> {
    comfy_table::Table::new().width()
}
