//! Command-line types (clap derive) and nothing else: parsing only, no behaviour.

use crate::output::Format;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Exit codes: 0 success; 2 bad usage or bad input (nothing written); 1 any other failure.
Environment: FORECAST_DB (the ledger file), FORECAST_TODAY=YYYY-MM-DD (pretend today is that day,
for tests and replays: reads take any day, writes only one that has come somewhere on Earth; the
wall-clock time recorded in the journal is never moved), FORECAST_LOCK_WAIT=SECONDS (how long
a write waits behind another writer, default 600), NO_COLOR (plain tables).

Examples:
  forecast demo
  forecast add --source \"Jane Pundit\" --claim \"The Fed cuts rates by June\" \\
      --probability 70% --deadline \"by June\" --made-on 2026-01-05 \\
      --question fed-june-cut
  forecast list --status due
  forecast resolve --question fed-june-cut --happened-on 2026-06-17
  forecast report --source \"Jane Pundit\" --format markdown";

/// Keep score on predictions: log forecasts with their source, probability and deadline,
/// resolve them, and report per-source accuracy and calibration.
#[derive(Debug, Parser)]
#[command(name = "forecast", version, about, after_help = AFTER_HELP)]
pub struct Cli {
    /// The ledger file [default: the platform data dir, e.g. ~/.local/share/forecast-ledger/ledger.sqlite3]
    // The value is never shown in --help: FORECAST_DB may be a URL holding a password.
    #[arg(
        long,
        global = true,
        env = "FORECAST_DB",
        hide_env_values = true,
        value_name = "PATH"
    )]
    pub db: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,

    /// `--db` was given on the command line (not only through `FORECAST_DB`); set by main.
    #[arg(skip)]
    pub db_on_command_line: bool,

    /// The command's name as typed (`add`), for messages that name it; set by main.
    #[arg(skip)]
    pub command_name: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Log one forecast; prints its id
    #[command(after_help = "Examples:
  forecast add --source \"Daily Planet\" \\
      --claim \"A ceasefire is signed by summer\" --probability 0.4 \\
      --deadline 2025-09-22 --made-on 2025-05-22
  forecast add --source me --claim \"No recession in 2026\" --probability 85% \\
      --deadline 2026-12-31 --made-on 2026-01-02 \\
      --question us-recession-2026 --against --tag economy
  forecast add --source me --claim \"The bill passes\" --probability likely \\
      --deadline EOY
  forecast add --source me --claim \"Launch slips\" --probability 30% \\
      --deadline +3m
  forecast add --source me --claim \"The report is out\" \\
      --probability \"3:1 for\" --deadline \"next Friday\"  # 75%, Friday next week")]
    Add(AddArgs),
    /// List forecasts, one a row
    #[command(after_help = "Examples:
  forecast list --status due
  forecast list --source \"Daily Planet\" --format json
  forecast list --source \"Daily Planet\" --source \"Dana Whitfield\"  # either
  forecast list --due-within 30d --sort deadline
  forecast list --search ceasefire --since 2025-01-01 --sort probability \\
      --limit 10")]
    List(ListArgs),
    /// Unresolved forecasts by deadline (due first); --ics writes their deadlines as a calendar
    #[command(after_help = "Examples:
  forecast due
  forecast due --within 30d
  forecast due --ics deadlines.ics   # for any calendar; --force replaces it")]
    Due(DueArgs),
    /// List every question with its forecasts, sources and outcome
    #[command(after_help = "Examples:
  forecast questions
  forecast questions --format csv")]
    Questions(QuestionsArgs),
    /// Show one forecast with its question, article and history
    #[command(after_help = "Examples:
  forecast show 1
  forecast show 3 --format json")]
    Show(ShowArgs),
    /// Resolve forecasts: one by id, every forecast on a question, from a CSV file, or interactively
    #[command(after_help = "Forms:
  forecast resolve ID (--yes | --no | --void --reason CODE) [--on DATE]
      [--note TEXT] [--amend]
  forecast resolve --question KEY
      (--happened-on DATE | --not-by DATE | --annul) [--note TEXT]
  forecast resolve --question KEY
      (--happened-on DATE | --not-by DATE | --annul) --amend --note WHY
  forecast resolve --from FILE.csv   # `-` reads standard input; rows already
                                     # recorded are skipped
  forecast resolve                   # the due forecasts: asks on a terminal,
                                     # else prints them

Question outcomes decide forecasts on the question: happened-on D makes deadlines >= D true and
earlier ones false; not-by D makes deadlines <= D false and leaves later ones open; annul voids all.
Stance `against` flips true and false. Forecasts already resolved otherwise are reported as conflicts.
A question's outcome is amended with --amend (a mistyped date, an appeal): the new outcome replaces
the old one (both stay in the journal), and every forecast the old one decided is decided again.

Resolve CSV layouts (told apart by the header; all rows or none):
  id,outcome[,on][,note][,reason][,amend]   outcome yes|no|void
  question,event,date[,note][,amend]        event happened-on|not-by|annul
  amend yes (with a note) is the row's --amend; empty or no records as usual.

Examples:
  forecast resolve 5 --no --note \"pledges stalled at 31 billion\"
  forecast resolve 3 --void --reason condition-false
  forecast resolve --question whatever-diplomats-sign-reconstruction \\
      --not-by 2025-12-31
  forecast resolve --question ua-ceasefire --happened-on 2025-11-15 --amend \\
      --note \"a deal was signed in November\"")]
    Resolve(ResolveArgs),
    /// Per-source accuracy and calibration
    #[command(
        after_help = "Scores count only forecasts whose deadline has passed (use --include-early for all).
Brier is on a 0-1 scale: 0 is perfect, 0.25 is what always saying 50% earns.

Bins: nearest:10 (default: nearest 10%, so a stated 70% sits in the 70% bin), uniform:K,
explicit edges as fractions or percentages (0.5,0.6,0.7 or 50%,60%,70%), exact (one bin per
stated probability), or isotonic (CORP: the pool-adjacent-violators fit of outcomes on
probabilities gives the bins, and brier = mcb - dsc + unc exactly). Any case: NEAREST:10.

Beside the Brier: voided (share of forecasts voided), median horizon (deadline - made on,
days), due, corrected; AUC (chance a forecast that came true got a higher probability than
one that did not) and discrimination (mean probability of true minus of false forecasts).

Examples:
  forecast report
  forecast report --source \"Daily Planet\" --bins exact --fold
  forecast report --since 2025-01-01 --until 2025-12-31 --format json
  forecast report --by horizon             # groups 0-30, 31-90, 91-365, 366+
  forecast report --by year --chart by-year.svg     # Brier per year
  forecast report --bins isotonic --chart corp.svg
  forecast report --bins 50%,70%,90%       # edges (or 0.5,0.7,0.9)
  forecast report --format csv --long      # one row per source and bin
  forecast report --latest                 # each source's latest per market
  forecast report --exclude-late           # not the forecasts logged late
  forecast report --min-scored 20          # rank only sources scored 20+ times
  forecast report --html scorecard.html --chart calibration.svg
  forecast report --html scorecard.html --force     # replace the scorecard"
    )]
    Report(ReportArgs),
    /// Compare sources head to head on the questions they share (peer score, ranking)
    #[command(
        after_help = "A market is the scored forecasts (resolved, deadline passed) on one question with one
deadline. In each market with two or more sources, a source's forecast in force (its latest)
earns a peer score: 100 x (ln of the probability it gave to what happened - the mean of the
other sources' ln). Sources are ranked by their mean peer score, with a 95% bootstrap
interval over markets (1,000 resamples, fixed seed); those with fewer than --min-markets
markets are listed, not ranked. `crowd` (geometric mean of the odds) and `chance` (50%) are
scored alongside as references.

Examples:
  forecast compare
  forecast compare --min-markets 10 --format json
  forecast compare --source \"Daily Planet\" --source \"Dana Whitfield\" \\
      --since 2025-01-01
  forecast compare --until 2025-12-31 --format markdown > head-to-head.md
  forecast compare --exclude-late"
    )]
    Compare(CompareArgs),
    /// Show a question's markets: its forecasts in order, the price path and what each earned
    #[command(after_help = "Examples:
  forecast question ua-ceasefire
  forecast question ua-ceasefire --chart ua-ceasefire.svg
  forecast question ua-ceasefire --chart ua-ceasefire.svg --force
  forecast question ua-ceasefire --format json
  forecast question ua-ceasefire --format csv > ua-ceasefire.csv
  forecast question ua-ceasefire --format markdown > ua-ceasefire.md")]
    Question(QuestionArgs),
    /// Log an updated forecast: same source, question, deadline and claim, a new probability
    #[command(
        after_help = "An update is a new forecast, not a correction: the earlier one stays in the record and
in the market scoring rule (what each forecast earned moving the price), while head-to-head
figures and `report --latest` use only each source's latest forecast per market.
A resolved forecast cannot be updated, nor can one be dated after its deadline.

Examples:
  forecast update 4 --probability 65% --made-on 2025-06-01
  forecast update 4 --probability likely --made-on 2025-09-01"
    )]
    Update(UpdateArgs),
    /// Pull candidate forecasts out of an article (text or Markdown)
    #[command(
        after_help = "Each candidate has a claim, a probability read from its wording (data/hedges.tsv: survey
medians and official scales), a deadline read from its time phrase relative to --published,
a condition, and notes on what to check. --save logs them with the article (asking about each
on a terminal; --yes takes them all); the same article twice logs nothing new. On a terminal
each candidate is accepted (a), skipped (s) or changed first: its probability (p), deadline
(d), claim (c), holder (h: who the article says holds it; - for the source itself), stance (t:
for or against) or condition (o; - for none); q saves what was accepted and stops. Each
decision is kept beside the extractor's proposal; --audit counts per source how often each
field was kept unchanged.

Examples:
  forecast extract data/tour/op-ed.md --source \"Daily Planet\" \\
      --published 2025-05-21
  forecast extract data/tour/op-ed.md --source \"Daily Planet\" \\
      --published 2025-05-21 --format json
  curl -s URL | pandoc -f html -t plain | forecast extract - \\
      --source \"Daily Planet\" --published 2025-05-21 --save --yes \\
      --default-deadline \"end of 2025\"
  forecast extract --audit --source \"Daily Planet\" --format json"
    )]
    Extract(ExtractArgs),
    /// Import forecasts from CSV or JSON Lines (all rows or none)
    #[command(
        after_help = "Fields: source, claim, probability, made_on, deadline (required); question, stance,
condition, tags (;-separated), outcome (true/false/void, yes/no, 1/0), resolved_on, note,
reason, probability_basis, deadline_phrase (optional). Unknown columns are ignored with a warning.
Importing the same data twice is refused.

Examples:
  forecast import data/demo/forecasts.csv && \\
      forecast resolve --from data/demo/outcomes.csv
  forecast import data/tour/sheet.csv --map claim=Prediction \\
      --map probability=Confidence --set source=me --set made_on=2025-01-01
  forecast export > backup.jsonl && \\
      forecast --db new.sqlite3 import backup.jsonl"
    )]
    Import(ImportArgs),
    /// Export every forecast with every field (JSON Lines, or CSV)
    #[command(after_help = "Examples:
  forecast export > ledger.jsonl
  forecast export --format csv > ledger.csv
  forecast export --outcomes outcomes.csv > all.jsonl   # and question outcomes")]
    Export(ExportArgs),
    /// Record a corrected version of a forecast (the original stays, superseded)
    #[command(after_help = "Examples:
  forecast correct 1 --claim \"A phased ceasefire deal by summer 2025\" \\
      --why \"the year was left out\"
  forecast correct ID --probability 35% --why \"typo: the article says 35%\"
  forecast correct ID --deadline \"end of Q2\" --why \"the article says end of Q2\"

A probability or deadline is corrected only while the forecast is unresolved and its deadline
has not passed (its wording at any time); after that, log a new forecast.")]
    Correct(CorrectArgs),
    /// Check the ledger's hash chain and every row against it
    #[command(
        after_help = "Exit codes: 0 the ledger verifies; 1 it does not (the first entry that does not match is named).

Publish the head (forecast verify --head, ENTRY:HASH) with a report; later,
forecast verify --published HEAD proves nothing up to it has changed. A chain cut at its
end is whole, so only a head seen before catches it: publish the head with each report,
and each verify (and each write) keeps the head it saw in ~/.local/state/forecast
($XDG_STATE_HOME, FORECAST_STATE_DIR), failing later if the chain no longer holds it.
After putting an older copy (a backup) in place on purpose, verify --accept-head accepts it.

Examples:
  forecast verify
  forecast verify --head > head.txt             # publish it
  forecast verify --published \"$(cat head.txt)\"   # later: nothing has changed"
    )]
    Verify(VerifyArgs),
    /// Copy the ledger safely, even while others write, and verify the copy
    #[command(
        after_help = "On a PostgreSQL ledger the copy is a new SQLite file (see `forecast copy` to copy into
another PostgreSQL database).

Examples:
  forecast backup weekly.sqlite3
  forecast backup weekly.sqlite3 --force     # replace last week's copy
  forecast --db postgres://alice@db.example/ledger \\
      backup ledger-2026-11-30.sqlite3"
    )]
    Backup(BackupArgs),
    /// Copy the whole ledger, journal included, into a new ledger on either backend
    #[command(
        after_help = "Every table is copied row for row (ids, journal hashes, times, authors, kept sums) in one
transaction on the target, so the copy has the same head hash and `verify --published HEAD`
holds on it; the copy is verified before the command reports success. The target must be
empty: a new SQLite file, or an empty PostgreSQL database (nothing is written otherwise).

Into PostgreSQL the copy is run by the ledger's owner (the role that runs `init-roles`), the
only role that may write journal entries with their original authors and times.

Examples:
  forecast --db ledger.sqlite3 \\
      copy --to postgres://ledger_owner@db.example/ledger
  forecast --db postgres://ledger_owner@db.example/ledger \\
      copy --to ledger-copy.sqlite3"
    )]
    Copy(CopyArgs),
    /// Upgrade a ledger made by an older version to this version's schema (commands that
    /// only read never do)
    #[command(after_help = "Example:
  forecast --db old-ledger.sqlite3 migrate")]
    Migrate,
    /// Prepare a PostgreSQL database for a team: create the ledger's schema if the database
    /// is empty, and grant this ledger's own roles forecast_DB_writer (read, insert) and
    /// forecast_DB_reader (read only); run as the role that is to own the ledger
    #[command(
        name = "init-roles",
        after_help = "Examples:
  forecast --db postgres://owner@db.example/ledger init-roles
  forecast --db postgres://owner@db.example/ledger init-roles \\
      --role-prefix deskb
  psql -c \"CREATE ROLE alice LOGIN PASSWORD 'pw' \\
      IN ROLE forecast_ledger_writer\""
    )]
    InitRoles(InitRolesArgs),
    /// Build a ledger from the sample data in data/ and print its report
    #[command(
        after_help = "The demo builds its own ledger in a temporary file: --db is refused here and
FORECAST_DB is ignored, so the demo never touches a ledger of yours (keep the demo ledger
with --keep PATH).

Examples:
  forecast demo
  forecast demo --keep demo.sqlite3
  forecast demo --html demo-card.html --chart demo-calibration.svg
  forecast demo --html demo-card.html --force     # replace the scorecard"
    )]
    Demo(DemoArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish)
    #[command(after_help = "Examples:
  forecast completions bash \\
      > ~/.local/share/bash-completion/completions/forecast
  forecast completions zsh > \"${fpath[1]}/_forecast\"
  forecast completions fish > ~/.config/fish/completions/forecast.fish")]
    Completions(CompletionsArgs),
    /// Print the manual page (roff), with a section per command
    #[command(after_help = "Examples:
  forecast man > forecast.1 && man ./forecast.1
  forecast man | sudo tee /usr/local/share/man/man1/forecast.1 >/dev/null")]
    Man,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct CorrectArgs {
    /// The forecast to correct
    pub id: String,
    /// The corrected probability
    #[arg(long, value_name = "P", allow_hyphen_values = true)]
    pub probability: Option<String>,
    /// The corrected deadline (a date, or a phrase read from the date made)
    #[arg(long, value_name = "WHEN")]
    pub deadline: Option<String>,
    /// The corrected claim
    #[arg(long, allow_hyphen_values = true)]
    pub claim: Option<String>,
    /// Why (kept with the correction, shown by `show`)
    #[arg(long, allow_hyphen_values = true)]
    pub why: String,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Print only the head, ENTRY:HASH (to publish), once the ledger passes verify's check
    #[arg(long)]
    pub head: bool,
    /// Also check that a head published earlier (ENTRY:HASH, or the bare hash) is still in
    /// the chain
    #[arg(long, value_name = "HEAD", conflicts_with = "head")]
    pub published: Option<String>,
    /// Also compare every index with its table (SQLite's integrity_check: slower, reads every index)
    #[arg(long, conflicts_with = "head")]
    pub full: bool,
    /// Accept the chain as it is now as the head this machine saw (after putting an older
    /// copy in place on purpose); kept only when everything else verifies
    #[arg(long, conflicts_with = "head")]
    pub accept_head: bool,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy (must not exist unless --force)
    pub file: PathBuf,
    /// Replace an existing file (never the ledger itself).
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct InitRolesArgs {
    /// The roles' names are PREFIX_writer and PREFIX_reader (default: forecast_ and the
    /// database's name, so each ledger on a server has its own roles; `forecast` gives the
    /// server-wide forecast_writer and forecast_reader of earlier versions).
    #[arg(long, value_name = "PREFIX")]
    pub role_prefix: Option<String>,
}

#[derive(Debug, Args)]
pub struct CopyArgs {
    /// The new ledger: an SQLite file or postgres://USER@HOST[:PORT]/DB (credentials as
    /// for --db).
    #[arg(long, value_name = "TARGET")]
    pub to: PathBuf,
    /// `--to` resolved with the process's PG* variables and password file (set by the
    /// binary; a library caller may leave it `None`, and the URL is then read alone).
    #[arg(skip)]
    pub target: Option<crate::store::Target>,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The article (UTF-8 text or Markdown); - for stdin
    #[arg(required_unless_present = "audit")]
    pub file: Option<PathBuf>,
    /// Who wrote or published it (with --audit: only this source)
    #[arg(long, required_unless_present = "audit", allow_hyphen_values = true)]
    pub source: Option<String>,
    /// When it was published: YYYY-MM-DD, today or yesterday, or a timestamp whose date is
    /// taken as written (2025-05-21T10:00:00Z); time phrases are read from this date
    #[arg(long, value_name = "DATE", required_unless_present = "audit")]
    pub published: Option<String>,
    /// Instead of extracting: how the candidates people reviewed with --save fared, per
    /// source (kept; probability, deadline, claim, holder, stance and condition kept unchanged)
    #[arg(long, conflicts_with_all = ["file", "published", "url", "title", "save"])]
    pub audit: bool,
    /// The article's address, kept with it when --save logs it (`show` prints it)
    #[arg(long)]
    pub url: Option<String>,
    /// The article's title, kept with it when --save logs it (`show` prints it)
    #[arg(long, allow_hyphen_values = true)]
    pub title: Option<String>,
    /// Log the candidates with the article (asks about each on a terminal)
    #[arg(long)]
    pub save: bool,
    /// With --save: take every candidate without asking
    #[arg(long, requires = "save")]
    pub yes: bool,
    /// With --save: the deadline for candidates whose text gives none
    #[arg(long, value_name = "WHEN", requires = "save")]
    pub default_deadline: Option<String>,
    /// table, json, csv or markdown; with --save, json prints what was saved (ids) and csv and markdown are refused
    #[arg(long, default_value = "table", value_parser = formats(&["table", "json", "csv", "markdown"]))]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file (CSV with a header row, or JSON Lines); - for stdin
    pub file: PathBuf,
    /// Read FIELD from a column with another name (repeatable)
    #[arg(long, value_name = "FIELD=COLUMN")]
    pub map: Vec<String>,
    /// Give FIELD the same VALUE in every row (repeatable)
    #[arg(long, value_name = "FIELD=VALUE")]
    pub set: Vec<String>,
    /// Skip the rows that repeat a forecast already in the ledger (same source, claim,
    /// probability, made_on, deadline, stance and condition) instead of refusing the file:
    /// for another tool's export that grows, imported again each month
    #[arg(long)]
    pub new_only: bool,
    /// Refuse the file when a row repeats an earlier row of it (same source, claim,
    /// probability, made_on, deadline, stance, condition and question), naming both lines;
    /// without it such rows are imported as separate forecasts, with a warning
    #[arg(long)]
    pub refuse_repeats: bool,
    /// The CSV field separator, if not a comma: `;` (a spreadsheet's CSV where the decimal
    /// separator is a comma), `tab`, or another single character
    #[arg(long, value_name = "CHAR")]
    pub delimiter: Option<String>,
    /// Read every bare number in the probability column as a percent (`70` is 70%), for a
    /// sheet written in whole percents; `70%`, hedges and odds read as always, and a bare
    /// number under 1 with a decimal point (`0.7`, a 0-1 probability) refuses the file
    #[arg(long)]
    pub percent: bool,
}

/// Export layouts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ExportFormat {
    #[default]
    Jsonl,
    Csv,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// jsonl or csv
    #[arg(long, value_enum, default_value_t = ExportFormat::Jsonl)]
    pub format: ExportFormat,
    /// Also write the question outcomes in force (`resolve --question`), which the forecast
    /// rows do not carry, as a CSV that `forecast resolve --from FILE` records after the import
    #[arg(long, value_name = "FILE.csv")]
    pub outcomes: Option<PathBuf>,
    /// Replace the --outcomes file if it exists
    #[arg(long, requires = "outcomes")]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Who made the forecast (created on first mention; names are case-insensitive)
    // A name may start with a hyphen ("-Minus", audit 22 C9), as free text may.
    #[arg(long, allow_hyphen_values = true)]
    pub source: String,
    // Free text (claim, condition, note, why, title, search) may start with a hyphen
    // ("-5 degrees by Friday"), so it is never read as a flag.
    /// The claim, verbatim
    #[arg(long, allow_hyphen_values = true)]
    pub claim: String,
    /// Probability the claim comes true: 0.4, 40%, a hedge phrase (likely, highly unlikely) or
    /// odds that say their side: 3:1 for (75%: three to one that it comes true), 3:1 against
    /// (25%; a bookmaker's 2/1 is 2/1 against, 33.3%), odds 3:1 (for), 1 in 4, 9 out of 10,
    /// 60/40 (60%), evens (50%). Bare 3:1 or 2/1 is refused: it does not say which side
    #[arg(long, value_name = "P", allow_hyphen_values = true)]
    pub probability: String,
    /// Last day (inclusive) the claim can come true: YYYY-MM-DD, a phrase (by summer, Q3 2026, in 10 days) or a shorthand (EOY, 2027-06, +3m, +2w).
    /// A weekday is the next one on or after the date made (`Friday` on a Friday is that day); `next Friday` is the Friday of next
    /// week (weeks run Monday to Sunday). The date a phrase became is said on stderr
    #[arg(long, value_name = "WHEN")]
    pub deadline: String,
    /// When the forecast was made: YYYY-MM-DD, today or yesterday [default: today]
    #[arg(long, value_name = "DATE")]
    pub made_on: Option<String>,
    /// The question's key; forecasts on one question resolve together [default: a question of its own]
    #[arg(long, value_name = "KEY")]
    pub question: Option<String>,
    /// The claim is that the question's event does NOT happen
    #[arg(long)]
    pub against: bool,
    /// A condition the forecast depends on
    #[arg(long, allow_hyphen_values = true)]
    pub condition: Option<String>,
    /// The id of the article it came from
    #[arg(long, value_name = "ID")]
    pub article: Option<i64>,
    /// A tag (repeatable)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
}

/// Which forecasts `list` shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum StatusArg {
    /// Unresolved, deadline not passed
    Open,
    /// Unresolved, deadline passed
    Due,
    /// Resolved true or false
    Resolved,
    /// Resolved void
    Void,
    /// Every current forecast, whatever its status; a corrected forecast's superseded
    /// versions are not listed (`show ID` names them)
    #[default]
    All,
}

/// How `list` orders its rows (ties by id).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    /// Earliest deadline first
    Deadline,
    /// Earliest date made first
    Made,
    /// Highest probability first
    Probability,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Which forecasts, by status. Every status counts current forecasts only: a correction
    /// supersedes the version it corrects, which `show ID` keeps with its history
    #[arg(long, value_enum, default_value_t = StatusArg::All)]
    pub status: StatusArg,
    /// Only this source; repeat it for any of several (--source A --source B). An unknown
    /// name is an error, with the nearest name as a hint
    #[arg(long, allow_hyphen_values = true)]
    pub source: Vec<String>,
    /// Only the forecasts on this question (its key, as `forecast questions` lists them)
    #[arg(long, value_name = "KEY")]
    pub question: Option<String>,
    /// Only forecasts with this tag (one no forecast carries is an error, with the nearest tag as a hint)
    #[arg(long)]
    pub tag: Option<String>,
    /// Only the sources' own forecasts: leave out those an article attributes to someone
    /// else (`extract` logs them under the source, tagged `attributed-to:NAME`)
    #[arg(long)]
    pub own: bool,
    /// Only forecasts made on or after DATE (YYYY-MM-DD, today or yesterday)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only forecasts made on or before DATE (YYYY-MM-DD, today or yesterday)
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Only unresolved forecasts whose deadline is at most SPAN away (30d, 2w, 3m, 1y), due ones included
    #[arg(long, value_name = "SPAN")]
    pub due_within: Option<String>,
    /// Only forecasts whose claim, question, source, condition or note contains TEXT (any case)
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub search: Option<String>,
    /// Order by deadline, made or probability [default: id]
    #[arg(long, value_enum)]
    pub sort: Option<SortArg>,
    /// At most N rows (after sorting). Without it a table stops at 1,000 rows with a warning
    /// saying how many matched; CSV, JSON and Markdown give every row (CSV as it is read)
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// table, json, csv or markdown
    #[arg(long, default_value = "table", value_parser = formats(&["table", "json", "csv", "markdown"]))]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct DueArgs {
    /// Only deadlines at most SPAN from today (30d, 2w, 3m, 1y); due ones always show
    #[arg(long, value_name = "SPAN")]
    pub within: Option<String>,
    /// Also write an iCalendar file (RFC 5545): an all-day event on each open deadline
    #[arg(long, value_name = "FILE.ics")]
    pub ics: Option<PathBuf>,
    /// Replace the --ics file if it exists
    #[arg(long, requires = "ics")]
    pub force: bool,
    /// table, json, csv or markdown
    #[arg(long, default_value = "table", value_parser = formats(&["table", "json", "csv", "markdown"]))]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct QuestionsArgs {
    /// table, json, csv or markdown
    #[arg(long, default_value = "table", value_parser = formats(&["table", "json", "csv", "markdown"]))]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The forecast's id
    pub id: String,
    /// table or json
    #[arg(long, default_value = "table", value_parser = formats(&["table", "json"]))]
    pub format: Format,
}

/// `--chart` writes SVG only: a name ending in anything but `.svg` is refused (exit 2)
/// rather than given SVG bytes under a misleading extension.
fn svg_path(text: &str) -> Result<PathBuf, String> {
    let path = PathBuf::from(text);
    let is_svg = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("svg"));
    if is_svg {
        Ok(path)
    } else {
        Err(format!(
            "`{text}`: charts are written as SVG only; name the file with .svg (convert it to PNG with e.g. rsvg-convert)"
        ))
    }
}

/// A `--format` parser that accepts only the layouts a command can print, so an unsupported
/// one is refused (exit 2) instead of silently printing a table.
fn formats(
    allowed: &'static [&'static str],
) -> impl clap::builder::TypedValueParser<Value = Format> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(allowed).try_map(|s| Format::from_str(&s, true))
}

/// Why a forecast is void.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReasonArg {
    /// The facts are unclear
    Ambiguous,
    /// The question was ill-posed
    Annulled,
    /// The forecast's condition did not hold
    ConditionFalse,
}

#[derive(Debug, Args)]
pub struct ResolveArgs {
    /// The forecast to resolve
    #[arg(conflicts_with_all = ["question", "from"])]
    pub id: Option<String>,
    /// The claim came true
    #[arg(long, group = "outcome")]
    pub yes: bool,
    /// The claim did not come true
    #[arg(long, group = "outcome")]
    pub no: bool,
    /// Annul the forecast (needs --reason)
    #[arg(long, group = "outcome")]
    pub void: bool,
    /// Why it is void
    #[arg(long, value_enum, ignore_case = true)]
    pub reason: Option<ReasonArg>,
    /// The day it resolved: YYYY-MM-DD, today or yesterday [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// Change the outcome of a resolved forecast (an appeal), or with --question replace
    /// the question's recorded outcome; needs --note
    #[arg(long)]
    pub amend: bool,
    /// A note kept with the resolution
    #[arg(long, allow_hyphen_values = true)]
    pub note: Option<String>,
    /// Record what happened to this question's event
    #[arg(long, value_name = "KEY", conflicts_with_all = ["outcome", "from"])]
    pub question: Option<String>,
    /// The event happened on DATE (YYYY-MM-DD, today or yesterday)
    #[arg(long, value_name = "DATE", group = "event", requires = "question")]
    pub happened_on: Option<String>,
    /// The event had not happened by the end of DATE (YYYY-MM-DD, today or yesterday)
    #[arg(long, value_name = "DATE", group = "event", requires = "question")]
    pub not_by: Option<String>,
    /// The question is ill-posed: void every forecast on it
    #[arg(long, group = "event", requires = "question")]
    pub annul: bool,
    /// Outcomes from a CSV file, `-` for standard input (see below)
    #[arg(long, value_name = "FILE", conflicts_with = "outcome")]
    pub from: Option<PathBuf>,
    /// The --from file's field separator when not a comma: `;` (a spreadsheet's CSV where the decimal separator is a comma), `tab`, or any one character
    #[arg(long, value_name = "CHAR", requires = "from")]
    pub delimiter: Option<String>,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Only this source (repeatable); also prints its calibration table
    #[arg(long = "source", value_name = "NAME", allow_hyphen_values = true)]
    pub sources: Vec<String>,
    /// Only forecasts made on or after DATE (YYYY-MM-DD, today or yesterday)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only forecasts made on or before DATE (YYYY-MM-DD, today or yesterday)
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Only forecasts with this tag (one no forecast carries is an error, with the nearest tag as a hint)
    #[arg(long)]
    pub tag: Option<String>,
    /// Only the sources' own forecasts: leave out those an article attributes to someone
    /// else (`extract` logs them under the source, tagged `attributed-to:NAME`)
    #[arg(long)]
    pub own: bool,
    /// Calibration bins: nearest:K, uniform:K, exact, isotonic, or edges like 0.5,0.6,0.7 or 50%,60%,70%
    #[arg(long, value_name = "SPEC", default_value = "nearest:10")]
    pub bins: String,
    /// The same report per group: horizon (0-30, 31-90, 91-365, 366+ days), tag, or year
    /// (of the deadline), e.g. --by horizon
    #[arg(long, value_enum, value_name = "GROUPS")]
    pub by: Option<ByArg>,
    /// With --format csv: one row per source and calibration bin, every bin field a column
    #[arg(long)]
    pub long: bool,
    /// Score a forecast below 50% as 1 - p on the opposite claim
    #[arg(long)]
    pub fold: bool,
    /// Also score resolved forecasts whose deadline has not passed
    #[arg(long)]
    pub include_early: bool,
    /// Leave forecasts logged late (after their deadline, or once an outcome for them was
    /// known) out of the scores; they are still counted (`logged_late`).
    #[arg(long)]
    pub exclude_late: bool,
    /// table, json, csv or markdown
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Also write reliability diagrams as SVG (the named sources; else the top six and overall)
    #[arg(long, value_name = "FILE.svg", value_parser = svg_path)]
    pub chart: Option<PathBuf>,
    /// Also write a self-contained HTML scorecard
    #[arg(long, value_name = "FILE.html")]
    pub html: Option<PathBuf>,
    /// Replace an existing --chart or --html file (never the ledger itself).
    #[arg(long)]
    pub force: bool,
    /// Score only each source's latest forecast per market (question and deadline), so a
    /// source that updated ten times counts once
    #[arg(long)]
    pub latest: bool,
    /// Rank by Brier only the sources scored at least N times; the others are listed after
    /// them, marked, since one lucky forecast scores near 0.
    #[arg(long, value_name = "N", default_value_t = crate::report::MIN_SCORED)]
    pub min_scored: u64,
    /// Score by scanning every forecast even where the kept sums would do (for checking
    /// and benchmarking; the output is the same)
    #[arg(long, hide = true)]
    pub scan: bool,
}

/// What `report --by` splits by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ByArg {
    Horizon,
    Tag,
    Year,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Only this source's forecasts (repeatable): compares the named sources on the markets they share
    #[arg(long = "source", value_name = "NAME", allow_hyphen_values = true)]
    pub sources: Vec<String>,
    /// Only forecasts with this tag (one no forecast carries is an error, with the nearest tag as a hint)
    #[arg(long)]
    pub tag: Option<String>,
    /// Only the sources' own forecasts: leave out those an article attributes to someone
    /// else (`extract` logs them under the source, tagged `attributed-to:NAME`)
    #[arg(long)]
    pub own: bool,
    /// Only forecasts made on or after DATE (YYYY-MM-DD, today or yesterday)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only forecasts made on or before DATE (YYYY-MM-DD, today or yesterday)
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Rank only sources with at least N shared markets
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub min_markets: u64,
    /// Leave out forecasts logged late (after their deadline, or once an outcome for their
    /// question was in the ledger), so hindsight earns nothing in any market
    #[arg(long)]
    pub exclude_late: bool,
    /// table, json, csv or markdown
    #[arg(long, default_value = "table", value_parser = formats(&["table", "json", "csv", "markdown"]))]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct QuestionArgs {
    /// The question's key
    pub key: String,
    /// Also draw each market's price path as SVG, with each source's forecasts marked
    #[arg(long, value_name = "FILE.svg", value_parser = svg_path)]
    pub chart: Option<PathBuf>,
    /// Replace the --chart file if it exists (never the ledger).
    #[arg(long)]
    pub force: bool,
    /// At most N forecasts, markets in deadline order. Without it a table stops at 1,000
    /// forecasts with a warning saying how many there are, as `list` does; CSV and JSON give
    /// every forecast
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// table, json, csv (one row a forecast, with its market) or markdown (a table a market)
    #[arg(long, default_value = "table", value_parser = formats(&["table", "json", "csv", "markdown"]))]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The forecast to update
    pub id: String,
    /// The new probability: 0.4, 40% or a hedge phrase
    #[arg(long, value_name = "P", allow_hyphen_values = true)]
    pub probability: String,
    /// When the update was made [default: today]
    #[arg(long, value_name = "DATE")]
    pub made_on: Option<String>,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Keep the demo ledger at PATH instead of a temporary file
    #[arg(long, value_name = "PATH")]
    pub keep: Option<PathBuf>,
    /// Also write the demo's HTML scorecard
    #[arg(long, value_name = "FILE.html")]
    pub html: Option<PathBuf>,
    /// Also write the demo's reliability diagrams as SVG
    #[arg(long, value_name = "FILE.svg", value_parser = svg_path)]
    pub chart: Option<PathBuf>,
    /// Replace an existing --chart or --html file.
    #[arg(long)]
    pub force: bool,
    /// table, json, csv or markdown
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}
