//! The library's one error type. Variants carry what a user needs to fix the problem;
//! `exit_code` maps them to the contract's codes (2 bad input, 1 anything else).

use std::path::PathBuf;

/// Why `input` is no probability. A word the hedge table holds only in longer phrases
/// (`certain`: the table has `certainly`, `certain to`, `almost certain`) is refused naming
/// those phrases with their values, so the user picks one (ux31 F3: `certain` met a list of
/// every form, while `almost certain` was taken); anything else, with every form.
fn invalid_probability(input: &str) -> String {
    let shown = input.trim();
    let word = shown.to_lowercase();
    if !word.is_empty() && word.chars().all(char::is_alphabetic) {
        let lexicon = crate::extract::hedges::Lexicon::embedded();
        let near: Vec<String> = [
            format!("{word}ly"),
            format!("almost {word}"),
            format!("{word} to"),
            format!("is {word}"),
        ]
        .iter()
        .filter_map(|phrase| lexicon.get(phrase))
        .take(3)
        .map(|h| {
            format!(
                "`{}` ({})",
                h.phrase,
                crate::model::format_percent(h.probability)
            )
        })
        .collect();
        if !near.is_empty() {
            return format!(
                "probability `{shown}` is not a hedge phrase on its own; the nearest that are: {}; or give the number you mean (`99%`, `100%`)",
                near.join(", ")
            );
        }
    }
    format!("probability `{input}` is not a number (`0.4`), a percentage (`40%`), odds (`3:1 for`, `3:1 against`, `odds 3:1`, `1 in 4`, `9 out of 10`, `60/40`, `evens`) or a known hedge phrase (`likely`)")
}

/// Every way a command can fail.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("probability `{input}` is outside 0..100%")]
    ProbabilityOutOfRange { input: String },
    #[error("{}", invalid_probability(input))]
    InvalidProbability { input: String },
    #[error(
        "date `{input}` is not a valid YYYY-MM-DD date{}",
        date_hint(input, true)
    )]
    InvalidDate { input: String },
    #[error("deadline `{input}` is neither a YYYY-MM-DD date nor a time phrase this tool reads (such as `by summer`, `end of April`, `in 10 days`, `within 48 hours`, `Q3 2026`, `by 2027`, `EOY`, `+3m`); an event with no date of its own (`before the election`) needs the date it falls on{}", date_hint(input, false))]
    InvalidDeadline { input: String },
    #[error(
        "deadline `{deadline}`{} is before the date made `{made_on}`{}",
        read_from(phrase),
        before_made_hint(phrase, made_on)
    )]
    DeadlineBeforeMade {
        deadline: String,
        made_on: String,
        /// The time phrase the deadline was read from, when it came from one.
        phrase: Option<String>,
    },
    #[error("no forecast with id `{id}`; `forecast list --status all` shows every id")]
    ForecastNotFound { id: String },
    #[error("no question with key `{key}`")]
    QuestionNotFound { key: String },
    #[error("no article with id `{id}`")]
    ArticleNotFound { id: String },
    #[error("forecast {id} is already resolved as `{outcome}`; pass --amend with --note to record a changed outcome")]
    AlreadyResolved { id: i64, outcome: String },
    #[error("forecast {id}'s probability and deadline can no longer be corrected: {why}; log a new forecast with `forecast add` instead (its wording can still be corrected with --claim)")]
    CorrectionTooLate { id: i64, why: String },
    #[error("forecast {id}'s claim can no longer change its meaning: {why}; log a new forecast with `forecast add` instead (a wording fix that keeps the negation, the figures and the comparison or direction words is still accepted)")]
    ClaimMeaningFrozen { id: i64, why: String },
    #[error("{what}: {why}")]
    Invalid { what: String, why: String },
    /// An import with `--new-only` whose every row is in the ledger already: nothing is
    /// written (the transaction rolls back) and `import` says so with exit 0.
    #[error("{file}: nothing new: all {rows} row(s) repeat forecasts already in the ledger")]
    NothingNew {
        file: String,
        rows: u64,
        resolved: u64,
        /// The warning on copies beyond the ledger's (`import::beyond_warning`), if any.
        beyond: Option<String>,
    },
    #[error("{file}: line {line}: {message}")]
    BadRow {
        file: String,
        line: u64,
        message: String,
    },
    #[error("{file}: {place}: {message}")]
    BadRecord {
        file: String,
        place: String,
        message: String,
    },
    #[error("`{}` is not a forecast-ledger database (not an SQLite file); nothing was changed", path.display())]
    NotADatabase { path: PathBuf },
    #[error("`{}` is corrupt ({detail}); nothing was changed; restore the latest copy made by `forecast backup FILE` in its place (`forecast --db COPY verify` checks a copy first), and keep this file for recovery", path.display())]
    Corrupt { path: PathBuf, detail: String },
    #[error("ledger `{}` has schema version {found}, newer than this binary supports ({supported}); upgrade forecast-ledger", path.display())]
    DbTooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    /// A ledger whose schema is ahead of (or otherwise unlike) what its `user_version` says:
    /// changed outside forecast, e.g. the version set back by hand. Refused, nothing written.
    #[error("ledger `{}`: its schema does not match its version ({version}: {what}); it was changed outside forecast, nothing was changed; restore the latest copy made by `forecast backup FILE` in its place (`forecast --db COPY verify` checks a copy first)", path.display())]
    SchemaMismatch {
        path: PathBuf,
        version: i64,
        what: String,
    },
    #[error("ledger `{}` has schema version {found}, older than this binary's {supported}; a command that only reads never upgrades it: run `forecast migrate` first", path.display())]
    DbTooOld {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("`{}` is an SQLite database this tool did not create; it was left untouched (pass --db with a new or existing ledger file)", path.display())]
    ForeignDatabase { path: PathBuf },
    #[error("no ledger at `{}`; check the path, or log a forecast with `forecast add` to create one", path.display())]
    NoLedger { path: PathBuf },
    /// A reading command given a file that holds no ledger yet: 0 bytes, or an SQLite file
    /// without tables (what a first write that failed before setting the schema up leaves).
    #[error("`{}` {what}, not a ledger: nothing was ever logged in it (a first write that failed, or a file made by hand); check the path, or log a forecast with `forecast add` to make it a ledger", path.display())]
    EmptyLedgerFile { path: PathBuf, what: &'static str },
    #[error("ledger `{}` stayed locked by another writer for {waited} s; try again when it has finished (FORECAST_LOCK_WAIT sets the wait in seconds)", path.display())]
    Busy { path: PathBuf, waited: u64 },
    #[error("ledger integrity check failed: {0}")]
    Integrity(String),
    /// A role that may only read a PostgreSQL ledger ran a command that writes (audit 20,
    /// A20: it was the server's "permission denied for table sources" with the advice to be
    /// granted the reader role it held). Refused before anything is written, exit 2.
    #[error("{0}")]
    ReadOnlyRole(Box<ReadOnly>),
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
    #[error("database error: {}", sqlite_message(.0))]
    Sqlite(#[from] rusqlite::Error),
    #[error("PostgreSQL, {context}: {}", pg_message(source))]
    Postgres {
        /// What was being done (a server is named without its password).
        context: String,
        #[source]
        source: postgres::Error,
    },
    /// No connection to a PostgreSQL ledger: the server unreachable (exit 1), or the role,
    /// its password or the database refused by the server (a usage error: exit 2).
    #[error("PostgreSQL, connecting to `{target}`: {}", pg_message(source))]
    PgConnect {
        /// The server, named without its password.
        target: String,
        #[source]
        source: postgres::Error,
    },
    #[error("{context}: {source}")]
    Csv {
        context: &'static str,
        #[source]
        source: csv::Error,
    },
    #[error("{context}: {source}")]
    Json {
        context: &'static str,
        #[source]
        source: serde_json::Error,
    },
    #[error("{0}")]
    Other(String),
}

impl Error {
    /// Exit code under the contract: 2 for bad usage or bad input, 1 for anything else.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Io { .. }
            | Error::Sqlite(_)
            | Error::Csv { .. }
            | Error::Json { .. }
            | Error::Other(_)
            | Error::Integrity(_)
            | Error::Busy { .. } => 1,
            // No server reached (refused, unreachable): the environment, not the input; a
            // server that refuses the role, password or database is a usage error.
            // A password the server asked for and none was given is the user's to supply.
            Error::PgConnect { source, .. } if password_missing(source) => 2,
            Error::PgConnect { source, .. } if source.as_db_error().is_none() => 1,
            // A role without the right is a usage error, like a wrong path: exit 2.
            Error::Postgres { source, .. } if denied(source) || read_only(source) => 2,
            Error::Postgres { .. } => 1,
            _ => 2,
        }
    }

    /// Shorthand for a bad value in a named place.
    /// A refused row of file `file` at `line` (1-based, counting the header), saying why.
    pub fn bad_row(file: &str, line: u64, message: String) -> Self {
        Error::BadRow {
            file: file.to_string(),
            line,
            message,
        }
    }

    pub fn invalid(what: impl Into<String>, why: impl Into<String>) -> Self {
        Error::Invalid {
            what: what.into(),
            why: why.into(),
        }
    }

    /// A date refused as given to the command-line option `flag` (`--made-on`), named by it
    /// as an import names its field: `--made-on: date `2026-02-30` is not ...`, where two
    /// options of one command (`add --made-on` and `--deadline`) said the same words.
    /// Any other error is returned unchanged.
    pub fn of_option(self, flag: &str) -> Self {
        match self {
            Error::InvalidDate { .. } => Error::invalid(flag, self.to_string()),
            Error::Invalid { ref what, .. } if what.starts_with("date `") => {
                Error::invalid(flag, self.to_string())
            }
            e => e,
        }
    }

    /// A CSV writer's error, with what was being written.
    pub fn csv(context: &'static str) -> impl Fn(csv::Error) -> Self {
        move |source| Error::Csv { context, source }
    }

    /// A JSON serializer's error, with what was being written.
    pub fn json(context: &'static str) -> impl Fn(serde_json::Error) -> Self {
        move |source| Error::Json { context, source }
    }

    /// A CSV writer that could not hand back its buffer.
    pub fn csv_flush<W>(e: csv::IntoInnerError<W>) -> Self {
        Error::io("writing CSV", e.into_error())
    }

    /// An I/O error with the path or action that failed.
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }
}

/// An SQLite error's own words, and for a foreign key or CHECK constraint a write broke (which
/// the ledger's own writes never do: each is checked before it is written) what it most often
/// means: the file's schema or rows were changed outside `forecast` (ad5 F7: a trigger slipped
/// into the file made `resolve` fail with the bare "FOREIGN KEY constraint failed").
fn sqlite_message(e: &rusqlite::Error) -> String {
    use rusqlite::ffi;
    let broken = matches!(
        e.sqlite_error().map(|f| f.extended_code),
        Some(ffi::SQLITE_CONSTRAINT_FOREIGNKEY | ffi::SQLITE_CONSTRAINT_CHECK)
    );
    if broken {
        format!("{e}; the ledger's own writes keep its constraints, so its schema or rows were likely changed outside forecast: `forecast verify` names what changed")
    } else {
        e.to_string()
    }
}

/// A PostgreSQL error's own words: the server's message for a database error (the client
/// library's display says only "db error"), else the client's error with its causes ("error
/// connecting to server: Connection refused (os error 111)"; its own text names only the
/// kind). A hint follows where one helps: a missing or wrong password, a role without the
/// privilege.
fn pg_message(e: &postgres::Error) -> String {
    let mut message = match e.as_db_error() {
        Some(db) => db.message().to_string(),
        None => with_causes(e),
    };
    if denied(e) {
        message.push_str(
            "; this role may not do that: the ledger's owner runs `forecast init-roles` and grants it the writer role that command names (or the reader role, which only reads)",
        );
    }
    if read_only(e) {
        message.push_str(
            "; this session only reads (default_transaction_read_only is on for the server, the database or the role, or the server is a standby), so nothing was written: write through the primary, as a role whose default_transaction_read_only is off",
        );
    }
    if e.code() == Some(&postgres::error::SqlState::INVALID_PASSWORD) {
        message.push_str(
            "; check the role's password where it came from: the URL, else PGPASSWORD, else the password file ~/.pgpass",
        );
    }
    if password_missing(e) {
        message.push_str(
            "; the server asks for one: set PGPASSWORD or add it to the password file (~/.pgpass, mode 0600)",
        );
    }
    message
}

/// The server asked for a password and none was found (the client's own error, after the
/// server was reached).
fn password_missing(e: &postgres::Error) -> bool {
    e.as_db_error().is_none() && with_causes(e).contains("password missing")
}

/// The client's error with each of its causes after a colon.
fn with_causes(e: &postgres::Error) -> String {
    let mut message = e.to_string();
    let mut cause = std::error::Error::source(e);
    while let Some(c) = cause {
        message.push_str(": ");
        message.push_str(&c.to_string());
        cause = c.source();
    }
    message
}

/// The server refused for want of a privilege (SQLSTATE 42501): a role without rights on
/// the ledger, before `init-roles` or a reader writing.
fn denied(e: &postgres::Error) -> bool {
    e.code() == Some(&postgres::error::SqlState::INSUFFICIENT_PRIVILEGE)
}

/// The server refused a write in a read-only transaction (SQLSTATE 25006): a database or role
/// whose `default_transaction_read_only` is on, or a standby (ad2 F14: the server's words
/// alone, "cannot execute SELECT in a read-only transaction", exit 1).
fn read_only(e: &postgres::Error) -> bool {
    e.code() == Some(&postgres::error::SqlState::READ_ONLY_SQL_TRANSACTION)
}

/// A read-only role's refused write (`Error::ReadOnlyRole`).
#[derive(Debug)]
pub struct ReadOnly {
    pub role: String,
    /// The ledger's reader role(s) it holds.
    pub holds: String,
    /// The ledger's writer role.
    pub writer: String,
    /// The command it ran, once known (`app::run` fills it in).
    pub command: Option<String>,
}

impl std::fmt::Display for ReadOnly {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let command = match &self.command {
            Some(c) => format!("`forecast {c}`"),
            None => "this command".to_string(),
        };
        write!(
            f,
            "{command} writes to the ledger, and the role `{}` only reads it (it holds {}); nothing was written; to write, the ledger's owner runs `GRANT {} TO {}`",
            self.role, self.holds, self.writer, self.role
        )
    }
}

/// `word` as one shell word, for a command a message tells the user to run: as it is when
/// it holds only characters no shell reads specially, else in single quotes (a `'` inside
/// written `'\''`), so a key such as `Bad Key!` pasted from a hint is one argument and no
/// history expansion (audit 27, item 13).
pub fn shell_word(word: &str) -> std::borrow::Cow<'_, str> {
    let plain = !word.is_empty()
        && word.chars().all(|c| {
            c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/' | ':' | '@' | '+' | ',' | '=')
        });
    if plain {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(format!("'{}'", word.replace('\'', "'\\''")))
    }
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A usage error as clap renders it (a headline, indented detail lines, `Usage:` with its
/// synopsis, and a pointer to `--help`) folded into the contract's one `error:` line: the
/// headline, each detail line (missing arguments, possible values, a tip), then the hint,
/// named as the command to type: `forecast add --help` for the subcommand `command` typed,
/// `forecast --help` without one (ad7 F6: clap's bare `--help` is no command).
pub fn usage_line(rendered: &str, command: Option<&str>) -> String {
    let mut parts: Vec<&str> = Vec::new();
    let mut help = None;
    let mut in_usage = false;
    for line in rendered.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if let Some(rest) = line.strip_prefix("For more information, try ") {
            help = Some(rest.trim_end_matches('.').trim_matches('\''));
        } else if line.starts_with("Usage:") {
            in_usage = true;
        } else if !in_usage {
            parts.push(line.strip_prefix("error: ").unwrap_or(line));
        }
    }
    // A tip is set off from what it follows by `;`, as every other part of the line is
    // (audit 27 item 11; ux31 F7: `show -1`, `completions tcsh` printed `found tip:`).
    let mut text = String::from("error:");
    for (i, part) in parts.iter().enumerate() {
        text.push_str(if i > 0 && part.starts_with("tip: ") {
            "; "
        } else {
            " "
        });
        text.push_str(part);
    }
    if let Some(help) = help {
        let path = match command {
            Some(c) if help.starts_with('-') => format!("forecast {c} "),
            None if help.starts_with('-') => "forecast ".to_string(),
            _ => String::new(),
        };
        text.push_str(&format!("; try `{path}{help}`"));
    }
    text
}

/// For clap's "unexpected argument '-M' found": when the argument clap could not place
/// starts a value given after an option (`--source -Minus`, `--question -x`), how to write
/// it so it is read as the value (audit 22 C9): `--source=-Minus`. `None` otherwise, and
/// after a flag that takes no value (`takes_value` says which options take one: audit 27
/// item 11, `--new-only --format` was told to write `--new-only=--format`).
pub fn hyphen_value_hint(
    argv: &[String],
    invalid: &str,
    takes_value: impl Fn(&str) -> bool,
) -> Option<String> {
    if !invalid.starts_with('-') {
        return None;
    }
    argv.windows(2).find_map(|pair| {
        let (option, value) = (&pair[0], &pair[1]);
        let is_option = option.starts_with("--")
            && option.len() > 2
            && !option.contains('=')
            && takes_value(&option[2..]);
        (is_option && value.starts_with('-') && value != "--" && value.starts_with(invalid)).then(
            || format!("; a value that starts with `-` is written with `=`: `{option}={value}`"),
        )
    })
}

/// For clap's "unexpected argument 'Planet' found", a word no option took: when it follows
/// an option's value (`--source Daily Planet`), a value of several words is quoted, and the
/// hint shows it whole (`--source "Daily Planet"`); when `extract` was given a second file
/// (`is_file`), it reads one article a run. `None` otherwise. Both said only "try
/// `--help`" (ad3 F7).
pub fn stray_word_hint(
    argv: &[String],
    invalid: &str,
    command: Option<&str>,
    is_file: bool,
    takes_value: impl Fn(&str) -> bool,
) -> Option<String> {
    if invalid.starts_with('-') {
        return None;
    }
    if command == Some("extract") && is_file {
        return Some("; extract reads one article a run: run it once for each file (`for f in *.txt; do forecast extract \"$f\" ...; done`)".to_string());
    }
    let at = argv.iter().rposition(|a| a == invalid)?;
    // Back over the words before it, after the command's name, to the option whose value
    // they continue.
    let first = command
        .and_then(|c| argv.iter().position(|a| a == c))
        .map_or(1, |i| i + 1);
    let start = (first..at).rev().find(|&i| argv[i].starts_with('-'))?;
    let option = &argv[start];
    let is_value = option.starts_with("--")
        && option.len() > 2
        && !option.contains('=')
        && takes_value(&option[2..])
        && start + 1 < at;
    is_value.then(|| {
        let words: Vec<&str> = argv[start + 1..]
            .iter()
            .take_while(|a| !a.starts_with('-'))
            .map(String::as_str)
            .collect();
        let value = words.join(" ").replace('"', "\\\"");
        format!("; a value of several words is quoted: `{option} \"{value}\"`")
    })
}

/// For clap's "unexpected argument '--deadline' found": clap's tip ("to pass '--deadline' as
/// a value, use '-- --deadline'") is wrong advice for an option typed as an option, so it is
/// dropped from `line`; an option the command leaves out by design says why and what does
/// it instead (audit 23 D8: an update keeps its forecast's deadline).
pub fn unknown_option_line(line: &str, command: Option<&str>, invalid: &str) -> String {
    let tip = format!("tip: to pass '{invalid}' as a value, use '-- {invalid}'");
    // A negative number where a command takes an id (`show -1`): clap's tip leads to
    // another refusal (`show -- -1`), so it says what an id is instead (ux31 F7).
    let takes_id = matches!(command, Some("show" | "resolve" | "correct" | "update"));
    let negative = invalid.len() > 1 && invalid[1..].bytes().all(|b| b.is_ascii_digit());
    if takes_id && negative {
        let why = "; an id is a whole number from 1 (`forecast list --status all` shows every id)";
        return line
            .replacen(&format!("; {tip}"), why, 1)
            .replacen(&format!(" {tip}"), why, 1);
    }
    if !invalid.starts_with("--") {
        return line.to_string();
    }
    // Any other tip clap adds ("a similar argument exists") is set off from the headline.
    let mut line = line
        .replacen(&format!("; {tip}"), "", 1)
        .replacen(&format!(" {tip}"), "", 1)
        .replacen(" found tip: ", " found; tip: ", 1);
    let option = invalid.split('=').next().unwrap_or(invalid);
    let why = match (command, option) {
        (Some("update"), "--deadline") => Some(
            "; an update changes only the probability and keeps the forecast's deadline (a new deadline is a new forecast: `forecast add`; a mistyped one is fixed with `forecast correct ID --deadline`)",
        ),
        (Some("update"), "--claim") => Some(
            "; an update changes only the probability and keeps the forecast's claim (a mistyped claim is fixed with `forecast correct ID --claim`)",
        ),
        _ => None,
    };
    if let Some(why) = why {
        match line.find("; try `") {
            Some(at) => line.insert_str(at, why),
            None => line.push_str(why),
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::{hyphen_value_hint, stray_word_hint, unknown_option_line, usage_line};

    /// ad3 F7: a word no option took says what was meant, where clap said only "try --help".
    #[test]
    fn a_stray_word_is_a_value_to_quote_or_a_second_article() {
        let argv = |s: &str| -> Vec<String> { s.split(' ').map(String::from).collect() };
        let takes = |name: &str| matches!(name, "source" | "claim" | "db" | "published");
        assert_eq!(
            stray_word_hint(
                &argv("forecast --db l.db add --source The Daily Planet --claim x"),
                "Daily",
                Some("add"),
                false,
                takes
            )
            .as_deref(),
            Some("; a value of several words is quoted: `--source \"The Daily Planet\"`")
        );
        // The words before the command name are not its options' values.
        assert_eq!(
            stray_word_hint(
                &argv("forecast --db l.db show 1 2"),
                "2",
                Some("show"),
                false,
                takes
            ),
            None
        );
        // After a flag that takes no value, or an option with `=`: not a value.
        assert_eq!(
            stray_word_hint(
                &argv("forecast list --all x"),
                "x",
                Some("list"),
                false,
                takes
            ),
            None
        );
        assert_eq!(
            stray_word_hint(
                &argv("forecast add --source=A B"),
                "B",
                Some("add"),
                false,
                takes
            ),
            None
        );
        assert!(stray_word_hint(
            &argv("forecast extract a.txt --source A b.txt"),
            "b.txt",
            Some("extract"),
            true,
            takes
        )
        .unwrap()
        .starts_with("; extract reads one article a run"));
        assert_eq!(
            stray_word_hint(&argv("forecast add -x"), "-x", Some("add"), false, takes),
            None
        );
    }

    #[test]
    fn an_option_update_leaves_out_says_why_not_clap_tip() {
        let clap = "error: unexpected argument '--deadline' found tip: to pass '--deadline' as a value, use '-- --deadline'; try `--help`";
        assert_eq!(
            unknown_option_line(clap, Some("update"), "--deadline"),
            "error: unexpected argument '--deadline' found; an update changes only the probability and keeps the forecast's deadline (a new deadline is a new forecast: `forecast add`; a mistyped one is fixed with `forecast correct ID --deadline`); try `--help`"
        );
        let clap = "error: unexpected argument '--nope' found tip: to pass '--nope' as a value, use '-- --nope'; try `--help`";
        assert_eq!(
            unknown_option_line(clap, Some("list"), "--nope"),
            "error: unexpected argument '--nope' found; try `--help`"
        );
        let clap = "error: unexpected argument '--foo' found tip: a similar argument exists: '--fold'; try `--help`";
        assert_eq!(
            unknown_option_line(clap, Some("report"), "--foo"),
            "error: unexpected argument '--foo' found; tip: a similar argument exists: '--fold'; try `--help`"
        );
        // A negative number where an id goes says what an id is (ux31 F7).
        let clap = "error: unexpected argument '-1' found; tip: to pass '-1' as a value, use '-- -1'; try `--help`";
        assert_eq!(
            unknown_option_line(clap, Some("show"), "-1"),
            "error: unexpected argument '-1' found; an id is a whole number from 1 (`forecast list --status all` shows every id); try `--help`"
        );
        assert_eq!(unknown_option_line(clap, Some("list"), "-1"), clap);
        // A short flag keeps clap's words.
        assert_eq!(
            unknown_option_line("error: x", Some("list"), "-z"),
            "error: x"
        );
    }

    #[test]
    fn a_word_for_the_shell_is_quoted_only_when_it_must_be() {
        use super::shell_word;
        assert_eq!(shell_word("ua-ceasefire"), "ua-ceasefire");
        assert_eq!(shell_word("économie_2027"), "économie_2027");
        assert_eq!(shell_word("Bad Key!"), "'Bad Key!'");
        assert_eq!(shell_word("it's"), "'it'\\''s'");
        assert_eq!(shell_word(""), "''");
        assert_eq!(shell_word("$HOME"), "'$HOME'");
    }

    #[test]
    fn a_value_starting_with_a_hyphen_gets_the_equals_form() {
        let argv: Vec<String> = ["forecast", "add", "--question", "-Minus", "--claim", "x"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            hyphen_value_hint(&argv, "-M", |_| true).as_deref(),
            Some("; a value that starts with `-` is written with `=`: `--question=-Minus`")
        );
        assert_eq!(
            hyphen_value_hint(&argv, "-Minus", |_| true).as_deref(),
            Some("; a value that starts with `-` is written with `=`: `--question=-Minus`")
        );
        // An unknown flag typed as a flag is not a value.
        let argv: Vec<String> = ["forecast", "list", "-z"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(hyphen_value_hint(&argv, "-z", |_| true), None);
        assert_eq!(hyphen_value_hint(&argv, "x", |_| true), None);
        // After a flag that takes no value the unknown option is no value of it.
        let argv: Vec<String> = [
            "forecast",
            "import",
            "a.csv",
            "--new-only",
            "--format",
            "json",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(
            hyphen_value_hint(&argv, "--format", |o| o != "new-only"),
            None
        );
    }

    #[test]
    fn clap_usage_errors_fold_into_one_line() {
        let rendered = "error: invalid value 'xml' for '--format <FORMAT>'\n  \
                        [possible values: table, json]\n\nFor more information, try '--help'.\n";
        assert_eq!(
            usage_line(rendered, Some("list")),
            "error: invalid value 'xml' for '--format <FORMAT>' [possible values: table, json]; try `forecast list --help`"
        );
        // No subcommand typed (`forecast --nope`): the program's own help.
        assert_eq!(
            usage_line(rendered, None),
            "error: invalid value 'xml' for '--format <FORMAT>' [possible values: table, json]; try `forecast --help`"
        );
        let rendered = "error: the following required arguments were not provided:\n  \
                        --source <NAME>\n  --claim <TEXT>\n\nUsage: forecast add --source <NAME> \
                        --claim <TEXT>\n       forecast add --help\n\nFor more information, try '--help'.\n";
        assert_eq!(
            usage_line(rendered, Some("add")),
            "error: the following required arguments were not provided: --source <NAME> --claim <TEXT>; try `forecast add --help`"
        );
    }
}

/// What a refused date most likely needs (audit 16, A15), said after the refusal so the user
/// does not hunt for a typo that is not there: an ISO date without its zeros (`2027-1-5`),
/// `tomorrow` where a day is typed (`today` and `yesterday` are read; a later day never is
/// where a day is typed: an outcome or a date made cannot be in the future), a span of zero
/// (`in 0 days`). Empty when none applies.
/// Why `text`, laid out as YYYY-MM-DD with a month of the year, is no day of the calendar
/// (`2026-02-29`: "there is no such day: February 2026 has 28 days"); `None` for any other
/// text (audit 18, A12: `FORECAST_TODAY=2026-02-29` was told "expected YYYY-MM-DD").
pub fn no_such_day(text: &str) -> Option<String> {
    let b = text.trim().as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |r: std::ops::Range<usize>| -> Option<u32> { text.trim().get(r)?.parse().ok() };
    let (y, m, d) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let y = i32::try_from(y).ok()?;
    if !(1..=12).contains(&m) || d == 0 || chrono::NaiveDate::from_ymd_opt(y, m, d).is_some() {
        return None;
    }
    let first = chrono::NaiveDate::from_ymd_opt(y, m, 1)?;
    let next = if m == 12 {
        chrono::NaiveDate::from_ymd_opt(y + 1, 1, 1)?
    } else {
        chrono::NaiveDate::from_ymd_opt(y, m + 1, 1)?
    };
    let days = (next - first).num_days();
    Some(format!(
        "there is no such day: {} {y} has {days} days",
        crate::time::MONTH_NAMES[m as usize - 1]
    ))
}

/// The fix for a date typed as YYYY-MM-DD almost (`2026-1-5`, `2026/01/05`, `2026.01.05`) or
/// laid out so but no day (`2026-02-29`), without the leading `; `: for a date read where no
/// phrase is (`FORECAST_TODAY`: audit 21, B14 f). `None` when none applies.
pub fn date_fix(input: &str) -> Option<String> {
    let text = input.trim().to_ascii_lowercase();
    if let Some(fix) = year_first(&text) {
        return Some(fix);
    }
    no_such_day(&text)
}

/// What to do with a file's date column whose cell `value` was refused as written day and
/// month first (`13/03/2026`, `01.02.2026`: a spreadsheet's export in its locale's order;
/// ad4 F7), with the leading `; `, for `import` and `resolve --from`; empty for any other
/// value. The dates are never converted by the tool: `01/02/2026` reads either way.
pub fn date_column_hint(value: &str) -> &'static str {
    if crate::time::typed::is_day_month_year(value) {
        "; dates are not converted, since `01/02/2026` reads either way: convert the column where it was written, giving its cells the format `yyyy-mm-dd` (Format Cells > Custom in Excel or LibreOffice), and save the CSV again"
    } else {
        ""
    }
}

/// `2026/01/05` or `2026.01.05` (year first, so one reading), or `2026-1-5` (zeros left
/// out): how to write it as YYYY-MM-DD (audit 21, B14 b: `2026/01/05` got no ISO spelling
/// while `31/12/2025` did).
fn year_first(text: &str) -> Option<String> {
    let numeric = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    for sep in ['-', '/', '.'] {
        let parts: Vec<&str> = text.split(sep).collect();
        if parts.len() != 3
            || parts[0].len() != 4
            || !numeric(parts[0])
            || !parts[1..].iter().all(|p| numeric(p) && p.len() <= 2)
        {
            continue;
        }
        let (m, d) = (parts[1].parse::<u32>().ok()?, parts[2].parse::<u32>().ok()?);
        let year = parts[0].parse().ok()?;
        if chrono::NaiveDate::from_ymd_opt(year, m, d).is_none() {
            // `2026-31-12`: year, day, month (an adversary's spreadsheet pass, 2026-12-05:
            // it got no hint where `31/12/2026` did). Only when the month cannot be one.
            let swapped = chrono::NaiveDate::from_ymd_opt(year, d, m).filter(|_| m > 12)?;
            return Some(format!(
                "it reads as year, day, month: did you mean `{swapped}`?"
            ));
        }
        let iso = format!("{}-{m:02}-{d:02}", parts[0]);
        return Some(if sep == '-' {
            format!("write it with a two-digit month and day: `{iso}`")
        } else {
            format!("write it as YYYY-MM-DD: `{iso}`")
        });
    }
    None
}

/// " (read from `before 2026`)": the words a deadline came from, so a refusal quotes what
/// the user typed rather than only a date they never wrote (audit 22 C5).
fn read_from(phrase: &Option<String>) -> String {
    match phrase {
        Some(p) if !p.trim().is_empty() => format!(" (read from `{}`)", p.trim()),
        _ => String::new(),
    }
}

/// What to write instead of a deadline before the date made.
fn before_made_hint(phrase: &Option<String>, made_on: &str) -> String {
    match phrase {
        Some(p) if !p.trim().is_empty() => format!(
            "; give a deadline on or after {made_on}: a date (`YYYY-MM-DD`) or the phrase with its year"
        ),
        _ => String::new(),
    }
}

fn date_hint(input: &str, day: bool) -> String {
    let text = input.trim().to_ascii_lowercase();
    if let Some(fix) = year_first(&text) {
        return format!("; {fix}");
    }
    if let Some(why) = no_such_day(&text) {
        return format!("; {why}");
    }
    // `2026-05-01T10:00`, `2026-05-01 10:00Z`: a timestamp pasted where a day goes, refused
    // with no hint (ad6 F9), though `import` and `extract --published` keep such a date.
    if let Some(day) = text
        .get(..10)
        .filter(|_| text.len() > 10)
        .filter(|_| {
            text[10..].starts_with(['t', ' '])
                && text[11..].starts_with(|c: char| c.is_ascii_digit())
        })
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    {
        return format!("; a day takes no time of day: write `{day}`");
    }
    // `--since 2026`, `--until 2026-12`: a year or a month is no day (adversary, 2026-12-05).
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    if day && text.len() == 4 && digits(&text) {
        return format!(
            "; a year alone is no day: `{text}-01-01` is its first, `{text}-12-31` its last"
        );
    }
    if day
        && text.len() == 7
        && text.as_bytes()[4] == b'-'
        && digits(&text[..4])
        && digits(&text[5..])
    {
        return format!("; a month alone is no day: `{text}-01` is its first");
    }
    if day && text == "tomorrow" {
        return "; a day is typed as YYYY-MM-DD, `today` or `yesterday` (an outcome, or a date made, is never in the future; the day after today may be given as YYYY-MM-DD only, since it may already be today somewhere on Earth)".to_string();
    }
    // A phrase (`last month`, `2 days ago`), as `--deadline` reads them (audit 18, A12).
    if day && text.chars().any(char::is_alphabetic) {
        return "; a day is typed as YYYY-MM-DD (a day option also takes `today` or `yesterday`; time phrases are read only as deadlines)".to_string();
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    if !day && words.len() == 3 && matches!(words[0], "in" | "within") && words[1] == "0" {
        return "; a span of zero is the date made itself: give that date as YYYY-MM-DD (or `+0d`)"
            .to_string();
    }
    String::new()
}

#[cfg(test)]
mod date_hint_tests {
    use super::*;

    #[test]
    fn refused_dates_say_what_they_most_likely_need() {
        assert_eq!(
            Error::InvalidDate { input: "2026".into() }.to_string(),
            "date `2026` is not a valid YYYY-MM-DD date; a year alone is no day: `2026-01-01` is its first, `2026-12-31` its last"
        );
        assert_eq!(
            Error::InvalidDate { input: "2026-12".into() }.to_string(),
            "date `2026-12` is not a valid YYYY-MM-DD date; a month alone is no day: `2026-12-01` is its first"
        );
        assert_eq!(
            Error::InvalidDate { input: "tomorrow".into() }.to_string(),
            "date `tomorrow` is not a valid YYYY-MM-DD date; a day is typed as YYYY-MM-DD, `today` or `yesterday` (an outcome, or a date made, is never in the future; the day after today may be given as YYYY-MM-DD only, since it may already be today somewhere on Earth)"
        );
        assert_eq!(
            Error::InvalidDate { input: "2027-1-5".into() }.to_string(),
            "date `2027-1-5` is not a valid YYYY-MM-DD date; write it with a two-digit month and day: `2027-01-05`"
        );
        // Year first with slashes or dots: one reading (audit 21, B14 b); and the fix alone,
        // for FORECAST_TODAY (B14 f).
        assert_eq!(
            Error::InvalidDate { input: "2026/01/05".into() }.to_string(),
            "date `2026/01/05` is not a valid YYYY-MM-DD date; write it as YYYY-MM-DD: `2026-01-05`"
        );
        assert_eq!(
            date_fix("2026.1.5").as_deref(),
            Some("write it as YYYY-MM-DD: `2026-01-05`")
        );
        assert_eq!(date_fix("2026/02/30"), None);
        assert_eq!(
            date_fix("2026-02-29").as_deref(),
            Some("there is no such day: February 2026 has 28 days")
        );
        assert!(Error::InvalidDeadline {
            input: "2027-1-5".into()
        }
        .to_string()
        .ends_with(
            "needs the date it falls on; write it with a two-digit month and day: `2027-01-05`"
        ));
        assert!(Error::InvalidDeadline {
            input: "in 0 days".into()
        }
        .to_string()
        .ends_with(
            "; a span of zero is the date made itself: give that date as YYYY-MM-DD (or `+0d`)"
        ));
        assert_eq!(
            Error::InvalidDate {
                input: "2027-2-30".into()
            }
            .to_string(),
            "date `2027-2-30` is not a valid YYYY-MM-DD date"
        );
        assert_eq!(date_hint("soon", false), "");
        // Audit 18, A12: a day the calendar lacks, and a phrase given as a day.
        assert_eq!(
            Error::InvalidDate {
                input: "2026-02-29".into()
            }
            .to_string(),
            "date `2026-02-29` is not a valid YYYY-MM-DD date; there is no such day: February 2026 has 28 days"
        );
        assert_eq!(
            Error::InvalidDate {
                input: "last month".into()
            }
            .to_string(),
            "date `last month` is not a valid YYYY-MM-DD date; a day is typed as YYYY-MM-DD (a day option also takes `today` or `yesterday`; time phrases are read only as deadlines)"
        );
        assert_eq!(no_such_day("2028-02-29"), None);
        assert_eq!(
            no_such_day("2027-04-31").as_deref(),
            Some("there is no such day: April 2027 has 30 days")
        );
    }
}
