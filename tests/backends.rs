//! One store test suite for both storage backends (taskchampion tests its storage backends
//! the same way): every scenario below is a script of `forecast` commands, run through
//! `app::run` exactly as the binary runs them, on a new SQLite file and on a fresh
//! PostgreSQL database.
//!
//! - `sqlite::NAME` runs the script on SQLite and checks each command's exit code.
//! - `postgres::NAME` runs it on both and asserts that every command's stdout, stderr and
//!   exit code on PostgreSQL are byte for byte those on SQLite. Only the ledger's location is
//!   masked (`LEDGER`), and the scratch directory (`DIR`). The clock is fixed (noon on
//!   2026-11-28; each write is logged 1 ms after the one before), and the SQLite author is
//!   the PostgreSQL role, so journal times, authors and hashes agree too.
//!
//! The PostgreSQL half needs a server named by `FORECAST_TEST_PG` (each test makes its own
//! database, so they run in parallel): without one it skips with a notice, under `CI=true`
//! it fails (see `support/pg.rs`). This suite is what says the PostgreSQL backend is done:
//! `cargo test --test backends postgres::`.

#[path = "support/pg.rs"]
#[allow(dead_code)]
mod pg_support;

use clap::Parser;
use forecast_ledger::app::{run, Context, Io};
use forecast_ledger::cli::Cli;
use forecast_ledger::output::Style;
use forecast_ledger::store::{PgEnv, PgTarget, Target};
use forecast_ledger::time::{parse_date, Clock};
use pg_support::TestDb;

/// A ledger on one backend, with a scratch directory for the files commands read and write.
struct Backend {
    ctx: Context,
    dir: tempfile::TempDir,
    /// Where `DIR` in a step points: `dir`, unless the script shares one with another
    /// backend (see `on_postgres`).
    scratch: Option<std::path::PathBuf>,
    /// How the ledger's location appears in messages.
    location: String,
    /// What `--db` or `--to` names it by (a path, or a URL with every parameter).
    url: String,
    _db: Option<TestDb>,
}

/// The role the PostgreSQL server authenticates the tests as (the author of every entry).
fn pg_role() -> String {
    std::env::var("FORECAST_TEST_PG")
        .ok()
        .and_then(|url| url.parse::<::postgres::Config>().ok())
        .and_then(|c| c.get_user().map(str::to_string))
        .unwrap_or_else(|| "postgres".to_string())
}

fn context(db: Target) -> Context {
    Context {
        db,
        clock: Clock::fixed(parse_date("2026-11-28").unwrap()),
        style: Style::default(),
        interactive: false,
        interactive_stderr: false,
        progress: false,
        lock_wait: None,
        author: Some(pg_role()),
        // The fixed clock on both backends, so journal times and hashes agree.
        server_clock: false,
        state: None,
    }
}

impl Backend {
    fn sqlite() -> Backend {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ledger.sqlite3");
        Backend {
            location: path.display().to_string(),
            url: path.display().to_string(),
            ctx: context(Target::Sqlite(path)),
            dir,
            scratch: None,
            _db: None,
        }
    }

    /// Another SQLite ledger in this one's scratch directory (a copy's target).
    fn sqlite_beside(&self, name: &str) -> Backend {
        let dir = tempfile::tempdir().unwrap();
        let path = self.dir.path().join(name);
        Backend {
            location: path.display().to_string(),
            url: path.display().to_string(),
            ctx: context(Target::Sqlite(path)),
            dir,
            scratch: None,
            _db: None,
        }
    }

    /// A fresh database; `None` when the test skips (no server, not CI).
    fn postgres(test: &str) -> Option<Backend> {
        let db = TestDb::new(test)?;
        let var = |_: &str| None;
        let target = PgTarget::parse(
            &db.url,
            &PgEnv {
                var: &var,
                home: None,
                os_user: "postgres",
            },
        )
        .unwrap();
        Some(Backend {
            location: target.to_string(),
            url: db.url.clone(),
            ctx: context(Target::Postgres(Box::new(target))),
            dir: tempfile::tempdir().unwrap(),
            scratch: None,
            _db: Some(db),
        })
    }

    /// Runs one command as the binary would (an error printed as `error: ...` with its exit
    /// code); returns its transcript with the locations masked.
    fn run(&self, step: &Step) -> Outcome {
        let dir = self.scratch_dir().display().to_string();
        let args: Vec<String> = split(&step.line)
            .into_iter()
            .map(|a| a.replace("DIR", &dir))
            .collect();
        let cli = Cli::try_parse_from(std::iter::once("forecast".to_string()).chain(args))
            .unwrap_or_else(|e| panic!("`{}` does not parse: {e}", step.line));
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let mut input = step.input.as_bytes();
        let mut io = Io {
            out: &mut out,
            err: &mut err,
            input: &mut input,
        };
        let code = match run(cli, &self.ctx, &mut io) {
            Ok(()) => 0,
            Err(e) => {
                err.extend_from_slice(format!("error: {e}\n").as_bytes());
                e.exit_code()
            }
        };
        let mask = |bytes: Vec<u8>| {
            String::from_utf8_lossy(&bytes)
                .replace(&self.location, "LEDGER")
                .replace(&dir, "DIR")
        };
        Outcome {
            code,
            stdout: mask(out),
            stderr: mask(err),
        }
    }

    /// The directory `DIR` stands for.
    fn scratch_dir(&self) -> &std::path::Path {
        self.scratch.as_deref().unwrap_or(self.dir.path())
    }

    /// Writes a file into the scratch directory (`DIR/name` in a step).
    fn write_file(&self, name: &str, text: &str) {
        std::fs::write(self.scratch_dir().join(name), text).unwrap();
    }

    /// Runs `script` (after writing its files); every step's outcome.
    fn play(&self, script: &Script) -> Vec<Outcome> {
        for (name, text) in &script.files {
            self.write_file(name, text);
        }
        script.steps.iter().map(|s| self.run(s)).collect()
    }
}

/// One command of a script: its arguments (split on spaces, '...' quoting), what it reads
/// on stdin, and the exit code it must end with.
struct Step {
    line: String,
    input: &'static str,
    code: i32,
}

#[derive(Debug, PartialEq)]
struct Outcome {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Files to put in the scratch directory, then the commands.
#[derive(Default)]
struct Script {
    files: Vec<(&'static str, &'static str)>,
    steps: Vec<Step>,
}

impl Script {
    fn file(mut self, name: &'static str, text: &'static str) -> Self {
        self.files.push((name, text));
        self
    }
    /// A command that must succeed.
    fn ok(self, line: &str) -> Self {
        self.step(line, "", 0)
    }
    /// A command that must fail with `code`.
    fn fails(self, line: &str, code: i32) -> Self {
        self.step(line, "", code)
    }
    fn step(mut self, line: &str, input: &'static str, code: i32) -> Self {
        self.steps.push(Step {
            line: line.to_string(),
            input,
            code,
        });
        self
    }
}

/// Splits a command line on spaces, keeping '...' together (without the quotes).
fn split(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let (mut quoted, mut any) = (false, false);
    for c in line.chars() {
        match c {
            '\'' => {
                quoted = !quoted;
                any = true;
            }
            ' ' if !quoted => {
                if any {
                    out.push(std::mem::take(&mut word));
                    any = false;
                }
            }
            c => {
                word.push(c);
                any = true;
            }
        }
    }
    if any {
        out.push(word);
    }
    out
}

/// The script on SQLite: every step ends with the exit code the script says.
fn on_sqlite(script: Script) {
    let b = Backend::sqlite();
    for (step, got) in script.steps.iter().zip(b.play(&script)) {
        assert_eq!(
            got.code, step.code,
            "`forecast {}` on SQLite:\n{}{}",
            step.line, got.stdout, got.stderr
        );
    }
}

/// The script on SQLite and on PostgreSQL: every step's outcome the same, byte for byte.
fn on_postgres(test: &str, script: Script) {
    let Some(pg) = Backend::postgres(test) else {
        return;
    };
    let mut lite = Backend::sqlite();
    // One scratch path for both, emptied between them: a path a command records (an
    // import's file name) is then the same on both, and so are the journal's hashes.
    let shared = tempfile::tempdir().unwrap();
    let scratch = shared.path().join("scratch");
    let fresh = |p: &std::path::Path| {
        let _ = std::fs::remove_dir_all(p);
        std::fs::create_dir(p).unwrap();
    };
    lite.scratch = Some(scratch.clone());
    let mut pg = pg;
    pg.scratch = Some(scratch.clone());
    fresh(&scratch);
    let want = lite.play(&script);
    fresh(&scratch);
    let got = pg.play(&script);
    for ((step, want), got) in script.steps.iter().zip(want).zip(got) {
        assert_eq!(
            want.code, step.code,
            "`forecast {}` on SQLite:\n{}{}",
            step.line, want.stdout, want.stderr
        );
        assert_eq!(
            got, want,
            "`forecast {}`: PostgreSQL (left) differs from SQLite (right)",
            step.line
        );
    }
}

/// Instantiates every scenario for both backends.
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[test]
            fn $name() {
                super::on_sqlite(super::scenarios::$name());
            })*
        }
        mod postgres {
            $(#[test]
            fn $name() {
                super::on_postgres(stringify!($name), super::scenarios::$name());
            })*
        }
    };
}

on_both_backends!(
    opening,
    log_and_list,
    resolve_and_report,
    correct_update_and_history,
    import_and_export,
    extract_and_save,
    verify_and_publish,
    tags_fold_fully,
    question_keys_in_nfc,
    source_names_fold_fully,
    markets_resolved_both_ways,
    question_outcome_amended,
    near_duplicate_keys_and_claims,
    correction_keeps_its_place,
    late_after_hand_resolutions,
    claims_alike_but_for_white_space,
    conditional_forecasts,
    outcomes_file_applied_again,
    corrected_versions_repeat,
    attributed_forecasts_left_out,
);

mod scenarios {
    use super::Script;

    pub const SHEET: &str = "\
source,claim,probability,made_on,deadline,question,stance,condition,tags,outcome,resolved_on,note
A,\"Fed cuts, by June\",70%,2025-01-01,2025-06-30,fed,for,,econ;rates,true,2025-06-18,cut
A,No recession,0.8,2025-01-01,2025-12-31,rec,against,,econ,false,,
B,Ceasefire,0.4,2025-05-22,by summer,cf,for,only if pressure holds,,,,
B,Launch slips,0.3,2025-02-01,2025-03-01,,,,,void,,
C,Fed cuts again,0.55,2025-02-01,2025-06-30,fed,for,,rates,,,
C,Rain in May,0.9,2025-03-01,2025-05-31,rain,for,,weather,true,2025-05-20,
A,Rain in May,0.35,2025-03-02,2025-05-31,rain,for,,weather,,,
";

    pub const ARTICLE: &str = "Outlook\n\nThe central bank will cut rates by June. Inflation may ease in the coming months, analysts said. \
Sales rose 4% last year. Would the board agree? Officials expect the plant to close, though nobody knows when.\n";

    /// `ARTICLE` as saved again with other line endings: another digest, the same forecasts.
    pub const ARTICLE_CRLF: &str = "Outlook\r\n\r\nThe central bank will cut rates by June. Inflation may ease in the coming months, analysts said. \
Sales rose 4% last year. Would the board agree? Officials expect the plant to close, though nobody knows when.\r\n";

    /// Three sources, two questions, tags, a conditional and an against forecast.
    fn logged() -> Script {
        Script::default()
            .ok("add --source 'Jane Pundit' --claim 'The Fed cuts rates by June' --probability 70% --deadline 2026-06-30 --made-on 2026-01-05 --question fed-june --tag econ --tag Rates")
            .ok("add --source 'Bob Analyst' --claim 'The Fed cuts rates by June' --probability 0.4 --deadline 2026-06-30 --made-on 2026-01-06 --question fed-june --tag econ")
            .ok("add --source 'Jane Pundit' --claim 'A recession starts this year' --probability likely --deadline 2026-12-31 --made-on 2026-01-10 --against")
            .ok("add --source 'Carol Times' --claim 'The strike ends' --probability 0.25 --deadline 2026-03-01 --made-on 2026-02-01 --condition 'if talks resume' --tag labour")
            .ok("add --source 'Carol Times' --claim 'Rain in May' --probability 0.9 --deadline 2026-05-31 --made-on 2026-04-01 --question rain-may")
            .ok("add --source 'bob analyst' --claim 'Rain in May' --probability 0.6 --deadline 2026-05-31 --made-on 2026-04-02 --question rain-may")
    }

    pub fn opening() -> Script {
        Script::default()
            .fails("list", 2)
            .fails("report", 2)
            .fails("resolve", 2)
            .fails(
                "add --source S --claim c --probability 1.5 --deadline 2027-01-01",
                2,
            )
            .fails("list", 2)
            .ok("migrate")
            .ok("list")
            .ok("report")
            .ok("verify")
    }

    pub fn log_and_list() -> Script {
        let mut s = logged();
        for format in ["table", "json", "csv", "markdown"] {
            s = s
                .ok(&format!("list --format {format}"))
                .ok(&format!("due --format {format}"))
                .ok(&format!("questions --format {format}"));
        }
        s.ok("list --status open")
            .ok("list --source 'jane pundit' --format json")
            .ok("list --question rain-may --format csv")
            .ok("list --tag rates --format json")
            .ok("list --search fed --sort deadline --limit 2")
            .ok("show 1")
            .ok("show 3 --format json")
            .fails("show 99", 2)
            .fails("list --source 'Jane Pundits'", 2)
            .ok("due --within 200d")
            .ok("due --ics DIR/due.ics")
            .ok("add --source 'Dan New' --claim 'The Fed cuts rates by June' --probability 0.5 --deadline 2027-06-30")
            .ok("add --source 'Dan Ne' --claim 'The Fed cuts rates by June' --probability 0.5 --deadline 2027-06-30")
    }

    pub fn resolve_and_report() -> Script {
        let mut s = logged()
            .ok("resolve 4 --yes --on 2026-03-02")
            .ok("resolve --question fed-june --happened-on 2026-06-10")
            .ok("resolve --question rain-may --not-by 2026-05-31")
            .fails("resolve 1 --no", 2)
            .ok("resolve 1 --no --amend --note 'appeal upheld'")
            .ok("resolve 3 --void --reason ambiguous");
        for format in ["table", "json", "csv", "markdown"] {
            s = s
                .ok(&format!("report --format {format}"))
                .ok(&format!("report --by tag --format {format}"))
                .ok(&format!("report --bins isotonic --format {format}"))
                .ok(&format!("report --latest --format {format}"))
                .ok(&format!("compare --format {format} --min-markets 1"));
        }
        s.ok("report --by horizon")
            .ok("report --by year --format json")
            .ok("report --format csv --long")
            .ok("report --source 'Jane Pundit' --source 'Carol Times'")
            .ok("report --tag econ --format json")
            .ok("report --scan --format json")
            .ok("report --exclude-late --include-early --format json")
            .fails("report --tag nosuch", 2)
            .ok("report --chart DIR/r.svg --html DIR/r.html")
            .ok("question fed-june")
            .ok("question rain-may --format json --chart DIR/q.svg")
            .fails("question nosuch", 2)
            .ok("show 1 --format json")
            .ok("list --status resolved --format csv")
            .ok("list --status void --format json")
            .ok("verify")
    }

    /// One question and deadline resolved both ways by hand (a market left out, with a
    /// notice), then decided by a recorded `not-by` (one market on its outcome). A hand
    /// resolution against the market's others is refused (audit 17, A2), so the market is
    /// split by an amendment, the one way left to do it by hand, which a note then names
    /// with the forecasts that disagree (ad4 F4: read from the store, alike on both).
    pub fn markets_resolved_both_ways() -> Script {
        let mut s = Script::default()
            .file("o.csv", "id,outcome,on\n1,yes,2026-02-01\n")
            // An import resolving market `f` both ways, and `e` once more once it is decided:
            // the warning names `f`'s lines (the check is a query on both backends).
            .file(
                "both.csv",
                "source,claim,probability,made_on,deadline,question,outcome,stance\n\
                 A,F,0.7,2026-01-01,2026-03-31,f,true,for\n\
                 C,E d,0.5,2026-01-01,2026-03-31,e,true,for\n\
                 B,F b,0.2,2026-01-01,2026-03-31,f,true,against\n\
                 D,F c,0.4,2026-01-01,2026-03-31,f,false,against\n",
            )
            .ok("add --source A --claim 'E by March' --probability 0.8 --deadline 2026-03-31 --made-on 2026-01-01 --question e")
            .ok("add --source B --claim 'E by March b' --probability 0.3 --deadline 2026-03-31 --made-on 2026-01-02 --question e")
            .ok("add --source C --claim 'E by March c' --probability 0.6 --deadline 2026-03-31 --made-on 2026-01-03 --question e")
            .ok("resolve 2 --no --on 2026-04-01")
            .ok("resolve 3 --no --on 2026-04-01")
            .fails("resolve 1 --yes --on 2026-02-01", 2)
            .fails("resolve --from DIR/o.csv", 2)
            .ok("resolve 1 --no --on 2026-04-01")
            .ok("resolve 1 --yes --on 2026-02-01 --amend --note 'on appeal'")
            .ok("compare --min-markets 1 --format json")
            .ok("compare --min-markets 1")
            .ok("question e --format csv")
            .ok("resolve --question e --not-by 2026-03-31");
        for format in ["table", "json", "csv", "markdown"] {
            s = s.ok(&format!("compare --format {format} --min-markets 1"));
        }
        s.ok("question e")
            .ok("question e --format json")
            .ok("import DIR/both.csv")
            .ok("compare --min-markets 1 --format json")
            // An outcomes file's amendment that leaves market `f` split is said too.
            .file(
                "amend.csv",
                "id,outcome,on,note,amend\n4,no,2026-03-31,appeal,yes\n",
            )
            .ok("resolve --from DIR/amend.csv")
    }

    /// A mistyped question outcome amended (re-deciding what it decided, resolving what it
    /// left open), refusals that write nothing, and a forecast logged afterwards.
    pub fn question_outcome_amended() -> Script {
        logged()
            .ok("add --source 'Carol Times' --claim 'The Fed cuts rates by March' --probability 0.2 --deadline 2026-03-31 --made-on 2026-01-07 --question fed-june --against")
            .fails("resolve --question fed-june --happened-on 2026-06-10 --amend --note x", 2)
            .ok("resolve --question fed-june --not-by 2026-03-31")
            .fails("resolve --question fed-june --not-by 2026-03-31 --amend --note x", 2)
            .fails("resolve --question fed-june --happened-on 2026-02-10", 2)
            .ok("resolve --question fed-june --happened-on 2026-04-20 --amend --note 'it happened in April'")
            .fails("resolve --question fed-june --not-by 2026-01-31 --amend --note x", 2)
            .ok("resolve --question fed-june --happened-on 2026-03-20 --amend --note 'March, not April'")
            .ok("add --source 'Dan New' --claim 'The Fed cuts by mid-March' --probability 0.5 --deadline 2026-03-15 --made-on 2026-01-08 --question fed-june")
            .ok("questions --format json")
            .ok("question fed-june --format json")
            .ok("compare --min-markets 1 --format json")
            .ok("list --format json")
            .ok("show 7 --format json")
            .ok("report --format json")
            .ok("export --format csv")
            .ok("verify")
    }

    /// A question key that differs from an existing one only in case or punctuation is
    /// refused, naming it, by `add` (and a claim that differs only in white space repeats
    /// the forecast), and kept with a warning by `import` (from the ledger's
    /// keys or the file's own); an import without questions counts its shared claims in a
    /// note.
    pub fn near_duplicate_keys_and_claims() -> Script {
        Script::default()
            .file(
                "noq.csv",
                "source,claim,probability,made_on,deadline\nA,Rain in May,0.6,2026-01-01,2026-05-31\nB,rain in  may,0.3,2026-01-02,2026-05-31\nb,Rain in May,0.4,2026-01-03,2026-05-31\nC,Snow in May,0.1,2026-01-01,2026-05-31\n",
            )
            .ok("add --source A --claim 'Ceasefire by June' --probability 0.6 --deadline 2026-06-30 --made-on 2026-01-01 --question ua-ceasefire")
            .fails("add --source B --claim 'Ceasefire by June' --probability 0.3 --deadline 2026-06-30 --made-on 2026-01-02 --question UA-Ceasefire", 2)
            .fails("add --source B --claim 'Ceasefire by June' --probability 0.3 --deadline 2026-06-30 --made-on 2026-01-02 --question ua_ceasefire", 2)
            .ok("add --source B --claim 'Ceasefire by June' --probability 0.3 --deadline 2026-06-30 --made-on 2026-01-02 --question ua-ceasefire")
            .fails("add --source B --claim ' Ceasefire  by June ' --probability 0.3 --deadline 2026-06-30 --made-on 2026-01-02 --question ua-ceasefire", 2)
            // ad4 F2: a new key one edit from an existing one (letters swapped, one dropped)
            // is logged with a hint naming it; one differing only in digits, or shorter
            // than six characters, is not; the source's own claim again is named with
            // `--question` too, on the same question or another.
            .ok("add --source A --claim 'Fed cuts in March' --probability 0.6 --deadline 2026-03-31 --made-on 2026-01-01 --question fed-cuts-march")
            .ok("add --source B --claim 'Fed cuts in March' --probability 0.4 --deadline 2026-03-31 --made-on 2026-01-02 --question fed-cuts-mrach")
            .ok("add --source B --claim 'Fed cuts in March' --probability 0.45 --deadline 2026-03-31 --made-on 2026-01-02 --question fed-cut-march")
            .ok("add --source A --claim 'Fed cuts in March' --probability 0.7 --deadline 2026-03-31 --made-on 2026-01-05 --question fed-cuts-march")
            .ok("add --source A --claim 'Rates in 2026' --probability 0.5 --deadline 2026-12-31 --made-on 2026-01-01 --question rates-2026")
            .ok("add --source A --claim 'Rates in 2027' --probability 0.5 --deadline 2026-12-31 --made-on 2026-01-01 --question rates-2027")
            .ok("add --source A --claim 'Q one' --probability 0.5 --deadline 2026-12-31 --made-on 2026-01-01 --question q-1")
            .ok("add --source A --claim 'Q two' --probability 0.5 --deadline 2026-12-31 --made-on 2026-01-01 --question q-x")
            .file(
                "near.csv",
                "source,claim,probability,made_on,deadline,question\nC,Ceasefire by June,0.5,2026-01-03,2026-06-30,ua-ceasefire\nD,Ceasefire by June,0.4,2026-01-03,2026-06-30,UA-Ceasefire\n",
            )
            .file(
                "near2.csv",
                "source,claim,probability,made_on,deadline,question\nC,Rain,0.5,2026-01-03,2026-06-30,Rain-May\nD,Rain,0.4,2026-01-03,2026-06-30,rain may\n",
            )
            .ok("import DIR/near.csv")
            .ok("import DIR/near2.csv")
            .ok("import DIR/noq.csv")
            .ok("questions --format json")
            .ok("verify")
    }

    /// Audit 15, A1: a wording correction after the outcome keeps the corrected forecast's
    /// place in its market (its first version's id), so compare, `report --latest`,
    /// `question` and `show` print what they printed before it, only the id changed
    /// (`tests/cli/trust.rs`, `a_wording_correction_keeps_every_score_and_the_forecast_in_force`,
    /// checks the figures on SQLite; this checks PostgreSQL gives the same).
    pub fn correction_keeps_its_place() -> Script {
        let reads = |s: Script| {
            s.ok("compare --min-markets 1 --format csv")
                .ok("report --latest --format csv")
                .ok("question deal --format csv")
                .ok("show 2")
        };
        let s = Script::default()
            .ok("add --source A --claim 'Deal by March' --probability 0.8 --deadline 2026-03-31 --made-on 2026-01-01 --question deal")
            .ok("update 1 --probability 0.3 --made-on 2026-01-01")
            .ok("add --source B --claim 'Deal by March' --probability 0.5 --deadline 2026-03-31 --made-on 2026-01-01 --question deal")
            .ok("resolve --question deal --happened-on 2026-03-10");
        reads(reads(s).ok("correct 1 --claim 'Deal by March.' --why typo"))
            .ok("export")
            .ok("export --format csv")
            .ok("verify")
    }

    /// Audit 15, A2: forecasts logged by `add`, `update` and `import` once their market
    /// holds a true/false outcome through hand resolutions are late, and `add` and `update`
    /// say so; a row resolved in the same file makes none of its neighbours late
    /// (`tests/cli/trust.rs`, `a_forecast_logged_after_hand_resolutions_of_its_market_is_late`,
    /// has the exact flags and figures on SQLite). Audit 17, A1: `correct` refuses a new
    /// probability there (`a_correction_after_a_hand_resolution_of_its_market_is_refused`).
    pub fn late_after_hand_resolutions() -> Script {
        Script::default()
            .file(
                "s.csv",
                "source,claim,probability,made_on,deadline,question,outcome,resolved_on\nF,Deal,0.7,2026-01-03,2026-12-31,dj,,\nG,Rain,0.4,2026-01-03,2026-12-31,rain,true,2026-02-01\nH,Rain,0.6,2026-01-03,2026-12-31,rain,,\n",
            )
            .ok("add --source A --claim Deal --probability 0.3 --deadline 2026-12-31 --made-on 2026-01-01 --question dj")
            .ok("add --source B --claim Deal --probability 0.6 --deadline 2026-12-31 --made-on 2026-01-02 --question dj")
            .ok("resolve 1 --yes --on 2026-02-01")
            .fails("correct 2 --probability 0.9 --why typo", 2)
            .ok("add --source A --claim Deal --probability 0.99 --deadline 2026-12-31 --made-on 2026-01-10 --question dj")
            .ok("add --source C --claim 'No deal' --probability 0.2 --deadline 2026-12-31 --made-on 2026-01-10 --question dj --against")
            .ok("add --source C --claim Deal --probability 0.2 --deadline 2026-11-30 --made-on 2026-01-10 --question dj")
            .ok("update 4 --probability 0.1 --made-on 2026-01-12")
            .ok("import DIR/s.csv")
            .ok("list --format csv")
            .ok("report --exclude-late --include-early --format json")
            .ok("verify")
    }

    /// Audit 15, A9: a claim imported byte for byte (CR LF inside a quoted field, a
    /// no-break space, a decomposed accent) and the same claim typed to `add` (or imported
    /// again with a doubled space or a bare LF) are one forecast to every repeat check, on
    /// both backends alike (SQLite's `claim_key` is Rust's, PostgreSQL's is SQL);
    /// `tests/cli/import_export.rs`, `claims_differing_only_in_white_space_are_one_forecast`,
    /// has the exact messages.
    pub fn claims_alike_but_for_white_space() -> Script {
        Script::default()
            .file(
                "crlf.csv",
                "source,claim,probability,made_on,deadline\r\nA,\"multi\r\nline claim\",0.6,2026-01-01,2027-02-01\r\nA,Caf\u{65}\u{301}\u{a0}opens,0.3,2026-01-01,2027-02-01\r\n",
            )
            .file(
                "double.csv",
                "source,claim,probability,made_on,deadline\nA,multi  line claim,0.6,2026-01-01,2027-02-01\n",
            )
            .file(
                "lf.csv",
                "source,claim,probability,made_on,deadline\nA,\" multi\nline\tclaim \",0.6,2026-01-01,2027-02-01\nB,multi line claim,0.6,2026-01-01,2027-02-01\n",
            )
            .ok("import DIR/crlf.csv")
            .fails("add --source A --claim 'multi line claim' --probability 0.6 --made-on 2026-01-01 --deadline 2027-02-01", 2)
            .fails("add --source A --claim 'Café opens' --probability 0.3 --made-on 2026-01-01 --deadline 2027-02-01", 2)
            .ok("add --source A --claim 'multi line claims' --probability 0.6 --made-on 2026-01-01 --deadline 2027-02-01")
            .fails("import DIR/double.csv", 2)
            .fails("import DIR/lf.csv", 2)
            .ok("import DIR/lf.csv --new-only")
            .ok("list --format csv")
            .ok("verify")
    }

    /// Audit 17, A8: forecasts under different conditions are each in force, and the
    /// conditions are said (`tests/cli/compare.rs`,
    /// `forecasts_under_different_conditions_are_not_updates_of_one_another`, has the
    /// figures on SQLite).
    /// An outcomes file applied again and grown (audit 18, A2): the rows the ledger holds
    /// already are skipped and counted, a new row recorded, one that says otherwise refused;
    /// `--from -` reads standard input.
    pub fn outcomes_file_applied_again() -> Script {
        logged()
            .file("o.csv", "id,outcome,on\n4,yes,2026-03-02\n")
            .file("q.csv", "question,event,date\nrain-may,not-by,2026-05-31\n")
            .file("other.csv", "id,outcome\n4,no\n")
            .ok("resolve --from DIR/o.csv")
            .ok("resolve --from DIR/q.csv")
            .ok("resolve --from DIR/o.csv")
            .ok("resolve --from DIR/q.csv")
            .file(
                "grown.csv",
                "id,outcome,on,note,reason\n4,yes,2026-03-02,,\n3,void,,,ambiguous\n",
            )
            .ok("resolve --from DIR/grown.csv")
            .ok("resolve --from DIR/grown.csv")
            .fails("resolve --from DIR/other.csv", 2)
            // The outcome on another day: refused naming what works, and it works.
            .file("day.csv", "id,outcome,on\n4,yes,2026-03-03\n")
            .file("no-day.csv", "id,outcome,on\n4,yes,\n")
            .fails("resolve --from DIR/day.csv", 2)
            .fails("resolve 4 --yes --on 2026-03-03", 2)
            .ok("resolve --from DIR/no-day.csv")
            .step(
                "resolve --from -",
                "question,event,date\nrain-may,not-by,2026-05-31\n",
                0,
            )
            .fails("resolve --question rain-may --not-by 2026-05-31", 2)
            .ok("list --status all --format csv")
            .ok("verify")
    }

    pub fn conditional_forecasts() -> Script {
        Script::default()
            .ok("add --source me --claim 'Relief by June' --probability 0.7 --deadline 2026-06-15 --made-on 2026-01-05 --question relief --condition 'a ceasefire holds'")
            .ok("add --source me --claim 'Relief by June' --probability 0.2 --deadline 2026-06-15 --made-on 2026-01-05 --question relief --condition 'no ceasefire'")
            .ok("add --source Bob --claim 'Relief by June' --probability 0.4 --deadline 2026-06-15 --made-on 2026-01-05 --question relief")
            .ok("update 2 --probability 0.1 --made-on 2026-01-06")
            .ok("resolve --question relief --not-by 2026-06-15")
            .ok("question relief")
            .ok("question relief --format json")
            .ok("show 2")
            .ok("report --latest --format csv")
            .ok("compare --min-markets 1 --format csv")
            .ok("resolve 1 --void --reason condition-false --amend --note 'no ceasefire'")
            .ok("compare --min-markets 1 --format csv")
            .ok("verify")
    }

    pub fn correct_update_and_history() -> Script {
        logged()
            // A stray `%` (audit 19 A10): refused, nothing written.
            .fails("update 1 --probability 0.7%", 2)
            .fails("correct 3 --probability 0.7% --why typo", 2)
            .ok("update 1 --probability 80% --made-on 2026-02-01")
            .ok("correct 2 --claim 'The Fed cuts by June' --why 'typo in the claim'")
            .fails(
                "correct 3 --deadline 2026-11-01 --probability 0.1 --why 'meant November'",
                2,
            )
            .ok("correct 3 --probability 0.85 --why 'misread the article'")
            .fails("correct 99 --probability 0.5 --why x", 2)
            // The export says the corrections it leaves behind (audit 23 D7); names that
            // match nothing say where the names are (D8).
            .ok("export")
            .fails("compare --source Nobody", 2)
            .fails("extract --audit --source Nobody", 2)
            .fails("question nope", 2)
            .ok("list --format json")
            .ok("show 2 --format json")
            .ok("show 7")
            .ok("report --format json")
            .ok("verify")
    }

    pub fn import_and_export() -> Script {
        Script::default()
            .file("sheet.csv", SHEET)
            // A stray `%` on line 3 (audit 19 A10): the whole file refused, nothing written.
            .file(
                "stray.csv",
                "source,claim,probability,made_on,deadline\nA,x,0.6,2025-01-01,2025-06-30\nA,y,0.7%,2025-01-01,2025-06-30\n",
            )
            .fails("import DIR/stray.csv", 2)
            .ok("import DIR/sheet.csv")
            .fails("import DIR/sheet.csv", 2)
            .ok("list --format json")
            .ok("export")
            .ok("export --format csv")
            .ok("resolve --question rec --not-by 2025-12-31")
            .ok("export --format csv --outcomes DIR/o.csv")
            .fails("export --outcomes DIR/o.csv", 2)
            // The ledger's own outcomes, applied again: skipped as already recorded.
            .ok("resolve --from DIR/o.csv")
            .ok("report --format json")
            .ok("report --latest --format csv")
            .ok("compare --min-markets 1 --format json")
            .ok("compare --min-markets 1 --exclude-late --format csv")
            .ok("questions --format json")
            .ok("verify")
    }

    /// A row, an `add` or an article that repeats a version `correct` replaced is already
    /// in the ledger, named with the forecast that corrected it (audit 26, item 3).
    pub fn corrected_versions_repeat() -> Script {
        Script::default()
            .file("one.csv", "source,claim,probability,made_on,deadline\nNora,Fare rise by next June,0.2,2026-11-02,2027-06-30\n")
            .file("grown.csv", "source,claim,probability,made_on,deadline\nNora,Fare rise by next June,0.2,2026-11-02,2027-06-30\nNora,Fare rise by next June,0.2,2026-11-02,2027-06-30\nNora,Tram by 2028,0.4,2026-11-20,2028-12-31\n")
            .file("a.md", "I expect the fishing accord to be signed by June.\n")
            .ok("import DIR/one.csv")
            .ok("correct 1 --probability 0.8 --why typo")
            .ok("correct 2 --claim 'Fares rise by next June' --why wording")
            .fails("import DIR/grown.csv", 2)
            .fails("add --source Nora --claim 'Fare rise by next June' --probability 0.2 --made-on 2026-11-02 --deadline 2027-06-30", 2)
            .ok("update 3 --probability 0.2 --made-on 2026-11-02")
            .ok("import DIR/grown.csv --new-only")
            .ok("add --source S --claim 'The fishing accord will be signed by June' --probability 0.75 --made-on 2026-11-02 --deadline 2027-06-30")
            .ok("correct 6 --claim 'The fishing accord will be ratified by June' --why wording")
            .ok("extract DIR/a.md --source S --published 2026-11-02 --save --yes")
            .ok("extract DIR/a.md --source S --published 2026-11-02 --save --yes --format json")
            .ok("list --format csv")
            .ok("verify")
    }

    pub fn extract_and_save() -> Script {
        Script::default()
            .file("a.md", ARTICLE)
            .ok("extract DIR/a.md --source 'Daily Planet' --published 2026-01-10 --format json")
            .ok("extract DIR/a.md --source 'Daily Planet' --published 2026-01-10 --save --yes --url https://example.org/a --title Outlook")
            .ok("extract DIR/a.md --source 'Daily Planet' --published 2026-01-10 --save --yes")
            .file("b.md", ARTICLE_CRLF)
            .ok("extract DIR/b.md --source 'Daily Planet' --published 2026-01-10 --save --yes")
            // A time phrase the tool could not date takes no --default-deadline (audit 23 D4).
            .file("c.md", "Congress is unlikely to act before the 2028 election.\n\nThe mayor will probably resign.\n")
            .ok("extract DIR/c.md --source 'Daily Planet' --published 2026-01-10 --save --yes --default-deadline 'end of 2027'")
            // The same text under a source spelled like this one: the lookalike hint and
            // the note naming the article's source (ux31 M5).
            .ok("extract DIR/a.md --source 'Daily Plannet' --published 2026-01-10 --save --yes")
            .ok("extract --audit")
            .ok("extract --audit --format json")
            .ok("export")
            .ok("list --format json")
            .ok("show 1 --format json")
            .ok("verify")
    }

    /// Tags are one when they differ only in ASCII case (SQLite's NOCASE): `Econ` and
    /// `econ` are one tag, `Été`, `été` and `ÉTÉ` three (`É` is not ASCII), on both backends.
    pub fn tags_fold_fully() -> Script {
        Script::default()
            .file(
                "tags.csv",
                "source,claim,probability,made_on,deadline,tags\nB,Imported,0.3,2026-01-01,2027-01-01,Été;été;ECON;econ;e\u{301}te\u{301};spaced  tag\n",
            )
            .ok("add --source A --claim 'Summer is hot' --probability 0.6 --deadline 2027-01-01 --made-on 2026-01-01 --tag Été --tag été --tag ÉTÉ --tag Econ --tag econ")
            .ok("add --source A --claim 'Summer is wet' --probability 0.4 --deadline 2027-01-01 --made-on 2026-01-02 --tag été")
            .ok("import DIR/tags.csv")
            .ok("list --format json")
            .ok("list --tag été --format csv")
            .ok("list --tag Été --format csv")
            .ok("list --tag ECON")
            .ok("report --by tag --format json")
            .ok("report --tag été --format json")
            .ok("report --tag 'e\u{301}te\u{301}' --format json")
            .ok("list --tag 'SPACED tag' --format csv")
            .ok("compare --tag ÉTÉ --format json")
            .fails("report --tag eté", 2)
            .ok("show 1 --format json")
            .ok("export")
            .ok("verify")
    }

    /// Forecasts tagged `attributed-to:NAME` (any case) are said by `report` and `compare`
    /// and left out by `--own` on `report`, `compare` and `list` (ux31 W3).
    pub fn attributed_forecasts_left_out() -> Script {
        Script::default()
            .ok("add --source A --claim 'Deal by June' --probability 0.6 --deadline 2026-06-30 --made-on 2026-01-05 --question deal --tag attributed-to:Traders")
            .ok("add --source B --claim 'Deal by June' --probability 0.3 --deadline 2026-06-30 --made-on 2026-01-06 --question deal --tag ATTRIBUTED-TO:Banks")
            .ok("add --source A --claim 'Rain by May' --probability 0.8 --deadline 2026-05-31 --made-on 2026-01-05 --question rain --tag attributed-tone")
            .ok("resolve --question deal --happened-on 2026-06-10")
            .ok("resolve 3 --yes --on 2026-05-20")
            .ok("report --format json")
            .ok("report --own --format csv")
            .ok("report --own --source a --include-early --format json")
            .ok("report --own --by tag --format csv")
            .ok("compare --format json")
            .ok("compare --own --format json")
            .ok("list --own --format csv")
    }

    /// Question keys are stored and looked up in NFC (audit 18, A17): `économie` typed
    /// with a combining accent is the question typed precomposed, on every path.
    pub fn question_keys_in_nfc() -> Script {
        Script::default()
            .file(
                "keys.csv",
                "source,claim,probability,made_on,deadline,question\nC,Imported,0.3,2026-01-01,2027-01-01,e\u{301}conomie\n",
            )
            .file(
                "outcomes.csv",
                "question,event,date\ne\u{301}conomie,happened-on,2026-11-20\n",
            )
            .ok("add --source A --claim 'Growth' --probability 0.6 --deadline 2027-01-01 --made-on 2026-01-01 --question économie")
            .ok("add --source B --claim 'Growth' --probability 0.4 --deadline 2027-01-01 --made-on 2026-01-02 --question 'e\u{301}conomie'")
            .fails("add --source B --claim 'Other' --probability 0.4 --deadline 2027-01-01 --made-on 2026-01-02 --question 'E\u{301}conomie'", 2)
            .ok("import DIR/keys.csv")
            .ok("questions --format json")
            .ok("list --question 'e\u{301}conomie' --format csv")
            .ok("question 'e\u{301}conomie' --format csv")
            .ok("resolve --from DIR/outcomes.csv")
            .ok("compare --format json")
            .ok("verify")
    }

    /// Source names are one under full case folding: `Straße Zeitung`, `STRASSE ZEITUNG`
    /// and `strasse zeitung` are one source whichever came first, on both backends.
    pub fn source_names_fold_fully() -> Script {
        Script::default()
            .file(
                "names.csv",
                "source,claim,probability,made_on,deadline\nstrasse zeitung,Imported,0.3,2026-01-01,2027-01-01\nΣΟΦΟΣ,Greek,0.4,2026-01-01,2027-01-01\n",
            )
            .ok("add --source 'Straße Zeitung' --claim 'Rain in May' --probability 0.6 --deadline 2027-01-01 --made-on 2026-01-01")
            .ok("add --source 'STRASSE ZEITUNG' --claim 'Snow in May' --probability 0.2 --deadline 2027-01-01 --made-on 2026-01-02")
            .ok("add --source σοφος --claim 'Sun in May' --probability 0.7 --deadline 2027-01-01 --made-on 2026-01-02")
            .ok("import DIR/names.csv")
            .ok("list --source 'strasse ZEITUNG' --format csv")
            .ok("list --source σοφοσ --format csv")
            .ok("report --source 'STRASSE ZEITUNG' --format json")
            .ok("report --format json")
            .ok("verify")
    }

    pub fn verify_and_publish() -> Script {
        logged()
            .ok("verify --head")
            .ok("resolve 4 --no --on 2026-03-01")
            .ok("verify")
            .fails("verify --published 0000000000000000000000000000000000000000000000000000000000000000", 1)
    }
}

/// A ledger with every kind of record: forecasts, tags, questions, resolutions by hand and
/// by question, an amended outcome, a void, corrections, an import and an article's review.
fn full_ledger(b: &Backend) {
    let script = scenarios::resolve_and_report()
        .ok("correct 2 --claim 'The Fed cuts by June' --why 'typo in the claim'")
        .ok("resolve --question rain-may --happened-on 2026-05-20 --amend --note 'it rained after all'")
        .file("sheet.csv", scenarios::SHEET)
        .ok("import DIR/sheet.csv")
        .file("a.md", scenarios::ARTICLE)
        .ok("extract DIR/a.md --source 'Daily Planet' --published 2026-01-10 --save --yes");
    for (step, got) in script.steps.iter().zip(b.play(&script)) {
        assert_eq!(
            got.code, step.code,
            "`forecast {}`: {}",
            step.line, got.stderr
        );
    }
}

/// The read commands whose output a copy must reproduce byte for byte.
fn reads() -> Vec<Step> {
    let mut lines = vec![
        "export".to_string(),
        "export --format csv".to_string(),
        "extract --audit --format json".to_string(),
        "report --by tag --format json".to_string(),
        "report --bins isotonic --format json".to_string(),
        "report --latest --format csv".to_string(),
        "show 2 --format json".to_string(),
        "question fed-june --format json".to_string(),
    ];
    for format in ["table", "json", "csv", "markdown"] {
        lines.push(format!("report --format {format}"));
        lines.push(format!("compare --min-markets 1 --format {format}"));
        lines.push(format!("list --format {format}"));
        lines.push(format!("questions --format {format}"));
    }
    lines.push("verify --head".to_string());
    lines
        .into_iter()
        .map(|line| Step {
            line,
            input: "",
            code: 0,
        })
        .collect()
}

/// Every read of `reads` gives the same on `copy` as on `original`; `verify --published`
/// with the original's head holds on the copy.
fn same_ledger(original: &Backend, copy: &Backend) {
    for step in reads() {
        let (want, got) = (original.run(&step), copy.run(&step));
        assert_eq!(want.code, 0, "`forecast {}`: {}", step.line, want.stderr);
        assert_eq!(got, want, "`forecast {}` on the copy (left)", step.line);
    }
    let head = original.run(&step("verify --head")).stdout;
    done(copy, &format!("verify --published {}", head.trim()));
}

fn step(line: &str) -> Step {
    Step {
        line: line.to_string(),
        input: "",
        code: 0,
    }
}

#[test]
fn a_copy_between_sqlite_files_has_the_same_head_and_reports() {
    let original = Backend::sqlite();
    full_ledger(&original);
    let copy = original.sqlite_beside("copy.sqlite3");
    let out = original.run(&step("copy --to DIR/copy.sqlite3"));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let head = original.run(&step("verify --head")).stdout;
    let conn = rusqlite::Connection::open(&original.location).unwrap();
    let count = |table: &str| -> i64 {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(
        out.stdout,
        format!(
            "copied to DIR/copy.sqlite3: {} forecast(s), {} resolution(s), {} journal entries; head {}; the copy verifies\n",
            count("forecasts"),
            count("resolutions"),
            count("journal"),
            // As `verify --head` prints it, ENTRY:HASH.
            head.trim()
        )
    );
    same_ledger(&original, &copy);
    // A target that holds a ledger is refused, and left as it was.
    let before = std::fs::read(original.dir.path().join("copy.sqlite3")).unwrap();
    let again = original.run(&step("copy --to DIR/copy.sqlite3"));
    assert_eq!(again.code, 2);
    assert_eq!(
        again.stderr,
        "error: copy --to `DIR/copy.sqlite3`: that ledger is not empty; copy into a new SQLite file or an empty PostgreSQL database\n"
    );
    assert_eq!(
        std::fs::read(original.dir.path().join("copy.sqlite3")).unwrap(),
        before
    );
    // The ledger itself is never a target.
    let itself = original.run(&step(&format!("copy --to {}", original.location)));
    assert_eq!(itself.code, 2, "{}", itself.stderr);
}

/// Runs `line` on `b` and asserts it succeeded.
fn done(b: &Backend, line: &str) {
    let out = b.run(&step(line));
    assert_eq!(out.code, 0, "`forecast {line}`: {}", out.stderr);
}

#[test]
fn a_copy_sqlite_to_postgres_to_sqlite_has_the_same_head_and_reports() {
    let original = Backend::sqlite();
    let Some(pg) = Backend::postgres("a_copy_sqlite_to_postgres_to_sqlite") else {
        return;
    };
    full_ledger(&original);
    done(&original, &format!("copy --to {}", pg.url));
    same_ledger(&original, &pg);
    // The copy is analysed before it is verified: the planner knows how many rows it holds.
    let mut client = ::postgres::Client::connect(&pg.url, ::postgres::NoTls).unwrap();
    let known = client
        .query_one(
            "SELECT reltuples::bigint, (SELECT count(*) FROM forecasts) FROM pg_class
             WHERE oid = 'forecasts'::regclass",
            &[],
        )
        .unwrap();
    assert_eq!(known.get::<_, i64>(0), known.get::<_, i64>(1));
    assert!(known.get::<_, i64>(1) > 0);
    // Into a PostgreSQL database that holds a ledger: refused, nothing written.
    let again = original.run(&step(&format!("copy --to {}", pg.url)));
    assert_eq!(again.code, 2, "{}", again.stderr);
    assert!(
        again.stderr.contains("that ledger is not empty"),
        "{}",
        again.stderr
    );
    let back = original.sqlite_beside("back.sqlite3");
    done(&pg, &format!("copy --to {}", back.url));
    same_ledger(&original, &back);
}

#[test]
fn the_splitter_keeps_quoted_words_together() {
    assert_eq!(
        split("add --source 'Jane Pundit' --claim x  --tag ''"),
        [
            "add",
            "--source",
            "Jane Pundit",
            "--claim",
            "x",
            "--tag",
            ""
        ]
    );
}

/// The read to run, from what a command printed.
type Peek = fn(&str) -> String;

/// Stdout for a command that, the first time the command writes to it, runs a read built
/// from what is written (`peek`) on a second connection, as a reader at the other end of
/// a pipe would (`forecast add ... | xargs forecast show`).
struct Peeking<'b> {
    backend: &'b Backend,
    peek: Peek,
    out: Vec<u8>,
    seen: Option<(String, Outcome)>,
}

impl std::io::Write for Peeking<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.seen.is_none() {
            let line = (self.peek)(&String::from_utf8_lossy(buf));
            let outcome = self.backend.run(&step(&line));
            self.seen = Some((line, outcome));
        }
        self.out.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The last word of what a command printed (`... the current version is forecast 3`).
fn last_word(printed: &str) -> &str {
    printed.split_whitespace().last().unwrap_or("")
}

/// Audit 16, A7: every command that prints an id or the result of a write prints it only
/// once its transaction has committed. Each write below runs with a stdout that, at the
/// first byte printed, reads the record back through a second connection; what that read
/// saw must be what the same read sees once the command has returned.
fn writes_print_after_their_commit(b: &Backend) {
    b.write_file("sheet.csv", scenarios::SHEET);
    b.write_file("a.md", scenarios::ARTICLE);
    let cases: [(&str, Peek); 7] = [
        (
            "add --source A --claim 'It rains' --probability 0.6 --deadline 2027-01-01 --made-on 2026-11-01 --question rain",
            |out| format!("show {}", out.trim()),
        ),
        (
            "add --source B --claim 'It rains' --probability 0.3 --deadline 2027-01-01 --made-on 2026-11-01 --question rain",
            |out| format!("show {}", out.trim()),
        ),
        ("update 1 --probability 0.7 --made-on 2026-11-02", |out| {
            format!("show {}", out.trim())
        }),
        ("correct 2 --claim 'It rains hard' --why typo", |out| {
            format!("show {}", last_word(out))
        }),
        ("resolve --question rain --happened-on 2026-11-20", |_| {
            "list --status all --format csv".to_string()
        }),
        ("import DIR/sheet.csv", |_| {
            "list --status all --format csv".to_string()
        }),
        (
            "extract DIR/a.md --source 'Daily Planet' --published 2026-01-10 --save --yes",
            |_| "list --status all --format csv".to_string(),
        ),
    ];
    for (line, peek) in cases {
        let cli = Cli::try_parse_from(
            std::iter::once("forecast".to_string()).chain(
                split(line)
                    .into_iter()
                    .map(|a| a.replace("DIR", &b.scratch_dir().display().to_string())),
            ),
        )
        .unwrap();
        let mut out = Peeking {
            backend: b,
            peek,
            out: Vec::new(),
            seen: None,
        };
        let mut err = Vec::new();
        let mut input: &[u8] = b"";
        let mut io = Io {
            out: &mut out,
            err: &mut err,
            input: &mut input,
        };
        let result = run(cli, &b.ctx, &mut io);
        assert!(
            result.is_ok(),
            "`{line}`: {result:?} {}",
            String::from_utf8_lossy(&err)
        );
        let (read, during) = out.seen.expect("the command printed");
        let after = b.run(&step(&read));
        assert_eq!(after.code, 0, "`{read}` after `{line}`: {}", after.stderr);
        assert_eq!(
            during, after,
            "`{read}` while `{line}` printed (left) and once it returned (right)"
        );
    }
}

#[test]
fn sqlite_writes_print_after_their_commit() {
    writes_print_after_their_commit(&Backend::sqlite());
}

#[test]
fn postgres_writes_print_after_their_commit() {
    if let Some(pg) = Backend::postgres("postgres_writes_print_after_their_commit") {
        writes_print_after_their_commit(&pg);
    }
}

/// Runs `line` on `b` with the clock `clock` in place of its own.
fn run_at(b: &Backend, clock: Clock, server_clock: bool, line: &str) -> Outcome {
    let at = Backend {
        ctx: Context {
            clock,
            server_clock,
            ..b.ctx.clone()
        },
        dir: tempfile::tempdir().unwrap(),
        scratch: Some(b.scratch_dir().to_path_buf()),
        location: b.location.clone(),
        url: b.url.clone(),
        _db: None,
    };
    at.run(&step(line))
}

/// `clock` with its instant moved by `days` and its calendar day kept (a clock running
/// ahead with `FORECAST_TODAY` right, as under `faketime`).
fn days_after(clock: Clock, days: i64) -> Clock {
    Clock {
        today: clock.today,
        now: clock.now + chrono::Duration::days(days),
    }
}

/// Audit 16, A1, SQLite: one write made with a clock ten years fast (`FORECAST_TODAY`
/// right, as under `faketime`) puts the journal's head in the future. Every later write by
/// a right clock is still logged just after it (journal times never go backwards), but
/// says so on stderr, with the head's time, the gap and what it does to logged-late flags;
/// `verify` passes with the same warning.
#[test]
fn a_journal_head_ahead_of_the_clock_is_said_on_every_write_and_by_verify() {
    let b = Backend::sqlite();
    let right = b.ctx.clock;
    let fast = days_after(right, 3650);
    let first = run_at(
        &b,
        fast,
        false,
        "add --source me --claim 'clock wrong' --probability 0.5 --deadline 2027-06-01",
    );
    // That write cannot know its clock is wrong (the ledger was empty): its forecast is
    // only said to be late by the wall clock it was given.
    assert_eq!(first.code, 0);
    assert!(!first.stderr.contains("warning"), "{}", first.stderr);
    let warning = |head: &str| {
        format!("warning: the journal's newest entry is logged at {head}, 3650 days ahead of this machine's clock (2026-11-28T12:00:00.000Z): journal times never go backwards, so every write is logged just after {head} until the clock passes it, and a forecast logged meanwhile whose deadline is before 2036-11-25 counts as logged late; a clock set wrong once leaves this, and entries are never edited (README \"The clock of record is real\")\n")
    };
    let honest = b.run(&step(
        "add --source me --claim 'honest 1' --probability 0.5 --deadline 2027-01-15",
    ));
    assert_eq!(honest.stdout, "2\n");
    assert_eq!(
        honest.stderr,
        format!("note: forecast 2's deadline 2027-01-15 has passed by the wall clock: it counts as logged late (`--exclude-late` leaves it out of the scores); check --made-on (2026-11-28) and --deadline for a mistyped year now, since a passed deadline cannot be corrected\n{}", warning("2036-11-25T12:00:00.000Z"))
    );
    // A write that is refused says it too: the head is what every write meets.
    let refused = b.run(&step(
        "add --source me --claim 'honest 1' --probability 0.5 --deadline 2027-01-15",
    ));
    assert_eq!(refused.code, 2);
    assert!(
        refused
            .stderr
            .starts_with(&warning("2036-11-25T12:00:00.001Z")),
        "{}",
        refused.stderr
    );
    let verify = b.run(&step("verify"));
    assert_eq!(verify.code, 0);
    assert!(verify.stdout.starts_with("ok: "), "{}", verify.stdout);
    assert_eq!(verify.stderr, warning("2036-11-25T12:00:00.001Z"));
    // Once the clock has passed the head, nothing is said.
    let later = days_after(right, 3651);
    let caught_up = run_at(
        &b,
        later,
        false,
        "add --source me --claim 'honest 2' --probability 0.5 --deadline 2037-01-15",
    );
    // Only how far the deadline is from the date made (`FORECAST_TODAY` stays 2026-11-28)
    // is said (ad4 F5).
    assert_eq!(
        (caught_up.code, caught_up.stderr.as_str()),
        (0, "note: forecast 3's deadline 2037-01-15 is 10 years after the date made (2026-11-28); if the year is mistyped, `forecast correct 3 --deadline DATE --why 'mistyped year'` moves it while the deadline is ahead\n")
    );
}

/// Audit 16, A1, PostgreSQL: a write is logged at the server's clock, read in its
/// transaction, whatever the writer's clock says: a member whose clock is 30 days fast
/// logs at the server's time, and a forecast logged next by a right clock, due in 19 days,
/// is not logged late and gets no "passed by the wall clock" note. A head already in the
/// future (written by an older binary with a fast clock) is said against the server's clock.
#[test]
fn postgres_writes_are_logged_at_the_servers_clock() {
    let Some(b) = Backend::postgres("postgres_writes_are_logged_at_the_servers_clock") else {
        return;
    };
    let real = Clock::system();
    let fast = days_after(real, 30);
    // Far ahead of any clock here, but within ten years of the date made, of which `add`
    // would say more (ad4 F5).
    let ahead = real.today + chrono::Duration::days(2000);
    let first = run_at(
        &b,
        fast,
        true,
        &format!("add --source me --claim ahead30 --probability 0.5 --deadline {ahead}"),
    );
    assert_eq!((first.code, first.stderr.as_str()), (0, ""));
    let due = real.today + chrono::Duration::days(19);
    let second = run_at(
        &b,
        real,
        true,
        &format!(
            "add --source bob --claim 'honest near deadline' --probability 0.5 --deadline {due}"
        ),
    );
    assert_eq!((second.code, second.stderr.as_str()), (0, ""));
    let list = run_at(&b, real, true, "list --status all --format json");
    let rows: serde_json::Value = serde_json::from_str(&list.stdout).unwrap();
    for row in rows.as_array().unwrap() {
        let at =
            forecast_ledger::time::parse_timestamp(row["created_at"].as_str().unwrap()).unwrap();
        let off = (at - real.now).num_seconds().abs();
        assert!(off < 600, "logged {off} s from the server's clock: {row}");
        assert_eq!(row["logged_late"], false, "{row}");
    }
    // A head 30 days ahead, as an older binary with a fast clock left it: said against
    // the server's clock on the next write and by verify.
    let legacy = run_at(
        &b,
        fast,
        false,
        &format!("add --source me --claim legacy --probability 0.5 --deadline {ahead}"),
    );
    assert_eq!(legacy.code, 0, "{}", legacy.stderr);
    let next = run_at(
        &b,
        real,
        true,
        &format!("add --source me --claim next --probability 0.5 --deadline {ahead}"),
    );
    assert_eq!(next.code, 0, "{}", next.stderr);
    assert!(
        next.stderr
            .starts_with("warning: the journal's newest entry is logged at ")
            && next
                .stderr
                .contains(" ahead of the PostgreSQL server's clock ("),
        "{}",
        next.stderr
    );
    let verify = run_at(&b, real, true, "verify");
    assert_eq!(verify.code, 0, "{}", verify.stderr);
    assert!(
        verify
            .stderr
            .contains("29 days 23 h ahead of the PostgreSQL server's clock")
            || verify
                .stderr
                .contains("30 days ahead of the PostgreSQL server's clock"),
        "{}",
        verify.stderr
    );
}

/// Audit 17 A17 on both backends: a report with today set before the ledger's data says
/// how many forecasts were made and resolved after it.
fn a_report_before_the_data_says_so(b: &Backend) {
    for line in [
        "add --source me --claim 'one' --probability 0.6 --deadline 2026-03-31 --made-on 2026-01-05",
        "add --source me --claim 'two' --probability 0.6 --deadline 2026-09-30 --made-on 2026-06-05",
        "resolve 1 --yes --on 2026-02-01",
        // A corrected forecast counts once (its superseded version is not current).
        "correct 2 --claim 'two, reworded' --why typo",
    ] {
        assert_eq!(b.run(&step(line)).code, 0, "{line}");
    }
    let back = Clock {
        today: parse_date("2026-01-10").unwrap(),
        now: b.ctx.clock.now,
    };
    let r = run_at(b, back, false, "report");
    assert_eq!(r.code, 0);
    assert_eq!(
        r.stderr,
        "warning: the ledger holds 1 forecast(s) made and 1 resolved after today (2026-01-10; FORECAST_TODAY moves today): this report counts and scores them as the ledger holds them now, not as the record stood on 2026-01-10\nnote: 1 resolved forecast(s) not scored: their deadline has not passed by today (2026-01-10); each is scored once it passes; --include-early scores the early ones now\n"
    );
    assert_eq!(b.run(&step("report")).stderr, "");
}

#[test]
fn sqlite_a_report_before_the_data_says_so() {
    a_report_before_the_data_says_so(&Backend::sqlite());
}

#[test]
fn postgres_a_report_before_the_data_says_so() {
    if let Some(pg) = Backend::postgres("postgres_a_report_before_the_data_says_so") {
        a_report_before_the_data_says_so(&pg);
    }
}

/// Audit 26, item 11, on both backends: with today the wall clock's local day (no
/// `FORECAST_TODAY`), a forecast made on the day after today, which the write rule accepts
/// once that day has begun somewhere on Earth, is no data "after today": the report says
/// nothing. A later day is said, naming the latest legal day and not `FORECAST_TODAY`.
fn a_report_says_nothing_of_the_legal_day_after_today(b: &Backend) {
    let now = b.ctx.clock.now;
    // Today as the system clock would have it at `now`, in this process's time zone.
    let today = now.with_timezone(&chrono::Local).date_naive();
    let local = Clock { today, now };
    let day = |n: u64| today.checked_add_days(chrono::Days::new(n)).unwrap();
    // Written on those days (`FORECAST_TODAY`), each once it has begun at UTC+14.
    let on = |n: u64| Clock {
        today: day(n),
        now: day(n).and_hms_opt(0, 0, 0).unwrap().and_utc() - chrono::Duration::hours(13),
    };
    let add = |n: u64| {
        format!(
            "add --source me --claim 'made on day {n}' --probability 0.6 --deadline 2027-12-31 --made-on {}",
            day(n)
        )
    };
    assert_eq!(run_at(b, on(1), false, &add(1)).code, 0);
    let r = run_at(b, local, false, "report");
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(run_at(b, on(2), false, &add(2)).code, 0);
    let r = run_at(b, local, false, "report");
    assert_eq!(r.code, 0);
    assert_eq!(
        r.stderr,
        format!(
            "warning: the ledger holds 1 forecast(s) made and 0 resolved after {}, the latest day a date made or an outcome may bear now (the day after today at most, once it has begun somewhere on Earth): a clock ahead where they were logged? This report counts and scores them as the ledger holds them\n",
            day(1)
        )
    );
}

#[test]
fn sqlite_a_report_says_nothing_of_the_legal_day_after_today() {
    a_report_says_nothing_of_the_legal_day_after_today(&Backend::sqlite());
}

#[test]
fn postgres_a_report_says_nothing_of_the_legal_day_after_today() {
    if let Some(pg) =
        Backend::postgres("postgres_a_report_says_nothing_of_the_legal_day_after_today")
    {
        a_report_says_nothing_of_the_legal_day_after_today(&pg);
    }
}

/// Removes the journal's entries after `keep` together with the rows they record (the
/// source `source`, its forecast `forecast` with its question, and the source's kept sums), with the guards off and
/// put back as they were: a cut tail that leaves a whole, shorter chain (audit 19 A1).
fn cut_tail(b: &Backend, keep: i64, source: i64, forecast: i64) {
    // Each forecast logged without --question has a question of its own, numbered as it is.
    let deletes = format!(
        "DELETE FROM journal WHERE seq > {keep}; DELETE FROM forecasts WHERE id = {forecast};
         DELETE FROM source_totals WHERE source_id = {source}; DELETE FROM source_bin_sums WHERE source_id = {source};
         DELETE FROM source_shapes WHERE source_id = {source}; DELETE FROM sources WHERE id = {source};
         DELETE FROM questions WHERE id = {forecast};"
    );
    match &b.ctx.db {
        Target::Sqlite(path) => {
            let conn = rusqlite::Connection::open(path).unwrap();
            let guards: Vec<(String, String)> = {
                let mut stmt = conn
                    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
                    .unwrap();
                let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
                rows.map(Result::unwrap).collect()
            };
            for (name, _) in &guards {
                conn.execute_batch(&format!("DROP TRIGGER {name}")).unwrap();
            }
            conn.execute_batch(&deletes).unwrap();
            for (_, sql) in &guards {
                conn.execute_batch(sql).unwrap();
            }
        }
        Target::Postgres(_) => {
            let mut client = ::postgres::Client::connect(&b.url, ::postgres::NoTls).unwrap();
            let mut tx = client.transaction().unwrap();
            // Guards off for this transaction only (the test server's role is a superuser).
            tx.batch_execute("SET LOCAL session_replication_role = replica")
                .unwrap();
            tx.batch_execute(&deletes).unwrap();
            tx.commit().unwrap();
        }
    }
}

/// A chain cut at its end is whole, so only a head seen before can tell (audit 19 A1):
/// `verify` keeps the head it saw outside the ledger (`--state`'s directory, here the
/// test's), writes and verifies one after the other never trip it, and once the newest
/// entries are removed with their rows `verify` fails naming the head seen and the cause;
/// a head published with its entry number says the same for sure, a bare hash names the
/// causes in order of likelihood. The same on both backends.
#[test]
fn a_cut_tail_is_caught_against_the_head_seen_before_and_a_published_head() {
    let mut backends = vec![Backend::sqlite()];
    backends.extend(Backend::postgres("a_cut_tail_is_caught"));
    for mut b in backends {
        let state = b.dir.path().join("state");
        b.ctx.state = Some(state.clone());
        done(&b, "add --source A --claim one --probability 0.6 --made-on 2026-01-01 --deadline 2027-03-01");
        // Writes and verifies in turn never trip the anchor.
        for i in 0..3 {
            done(&b, "verify");
            done(&b, "verify --head");
            done(&b, &format!("add --source A --claim 'more {i}' --probability 0.4 --made-on 2026-01-01 --deadline 2027-03-01"));
        }
        done(&b, "resolve 2 --yes --on 2026-11-01");
        done(&b, "verify");
        let (entries, _) = {
            let out = b.run(&step("verify --head")).stdout;
            let (n, h) = out.trim().split_once(':').unwrap();
            (n.parse::<i64>().unwrap(), h.to_string())
        };
        assert_eq!(
            entries, 10,
            "a source, 4 forecasts with their questions, a resolution"
        );
        // A forecast logged and quietly taken back: its source is new, so its rows go whole.
        done(&b, "add --source Omega --claim tail --probability 0.3 --made-on 2026-11-01 --deadline 2027-01-31");
        let head = b.run(&step("verify --head")).stdout.trim().to_string();
        assert!(head.starts_with("13:"), "{head}");
        let hash = head[3..].to_string();
        cut_tail(&b, 10, 2, 5);
        let out = b.run(&step("verify"));
        let seen: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(
                std::fs::read_dir(state.join("heads"))
                    .unwrap()
                    .next()
                    .unwrap()
                    .unwrap()
                    .path(),
            )
            .unwrap(),
        )
        .unwrap();
        assert_eq!(out.code, 1, "{}", out.stderr);
        assert!(
            out.stderr.starts_with(&format!(
                "error: ledger integrity check failed: on {} this machine saw this ledger's chain reach entry 13 (head {head}), and it now ends at entry 10: the newest entries were removed, or an older copy (a backup) was put in place of the ledger (the head seen is kept in `",
                seen["seen"].as_str().unwrap()
            )),
            "{}",
            out.stderr
        );
        let out = b.run(&step(&format!("verify --published {head}")));
        assert_eq!(
            (out.code, out.stderr),
            (1, format!("error: ledger integrity check failed: the published head `{head}` is not in this ledger's chain: it was entry 13, and the chain now ends at entry 10: the newest entries were removed, or an older copy (a backup) was put in place of the ledger\n"))
        );
        let out = b.run(&step(&format!("verify --published {hash}")));
        assert_eq!(
            (out.code, out.stderr),
            (1, format!("error: ledger integrity check failed: the published head `{hash}` is not in this ledger's chain (which ends at entry 10): the newest entries were removed or an older copy (a backup) was put in place, or the history before it was rewritten, or it is another ledger (a head published with its entry number, ENTRY:HASH as `verify --head` prints it, tells which)\n"))
        );
        // Removing the anchor accepts the shorter chain (the README says when that is right).
        std::fs::remove_dir_all(&state).unwrap();
        done(&b, "verify");
    }
}

/// Every place that prints a head to publish prints it as `verify --head` does, `ENTRY:HASH`
/// (`backup`'s and `copy`'s lines, the scorecard's footer), so a head published from any of
/// them lets `verify --published` tell a cut end from a rewritten history; and
/// `verify --published` takes each printed form. The same on both backends.
#[test]
fn every_printed_head_is_entry_and_hash_and_verify_published_takes_it() {
    let mut backends = vec![Backend::sqlite()];
    backends.extend(Backend::postgres("every_printed_head_is_entry_and_hash"));
    for b in backends {
        full_ledger(&b);
        let head = b.run(&step("verify --head")).stdout.trim().to_string();
        let (entry, hash) = head.split_once(':').unwrap();
        assert_eq!(hash.len(), 64, "{head}");
        let between = |text: &str, before: &str, after: &str| -> String {
            let rest =
                &text[text.find(before).unwrap_or_else(|| panic!("{text}")) + before.len()..];
            rest[..rest.find(after).unwrap()].to_string()
        };
        let out = b.run(&step("backup DIR/backup.sqlite3"));
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert_eq!(
            out.stdout,
            format!("backed up to DIR/backup.sqlite3: {entry} journal entries, head {head}; the copy verifies\n")
        );
        let from_backup = between(&out.stdout, ", head ", "; ");
        let out = b.run(&step("copy --to DIR/copy.sqlite3"));
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(
            out.stdout
                .ends_with(&format!("; head {head}; the copy verifies\n")),
            "{}",
            out.stdout
        );
        let from_copy = between(&out.stdout, "; head ", "; ");
        done(&b, "report --html DIR/card.html");
        let card = std::fs::read_to_string(b.scratch_dir().join("card.html")).unwrap();
        assert!(
            card.contains(&format!(
                "<p>Ledger head: <code>{head}</code> ({entry} journal entries)."
            )),
            "{card}"
        );
        let from_card = between(&card, "<code>forecast verify --published ", "</code>");
        for printed in [&head, &from_backup, &from_copy, &from_card] {
            assert_eq!(printed, &head);
            let out = b.run(&step(&format!("verify --published {printed}")));
            assert_eq!(out.code, 0, "{}", out.stderr);
            assert!(
                out.stdout.ends_with(&format!(
                    "the published head {head} is entry {entry}: nothing up to it has changed\n"
                )),
                "{}",
                out.stdout
            );
        }
    }
}

/// Runs `sql` on `b`'s ledger behind its guards (SQLite: triggers dropped and put back;
/// PostgreSQL: replication role for the transaction), as someone editing the file would.
fn behind_the_guards(b: &Backend, sql: &str) {
    match &b.ctx.db {
        Target::Sqlite(path) => {
            let conn = rusqlite::Connection::open(path).unwrap();
            let guards: Vec<(String, String)> = {
                let mut stmt = conn
                    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
                    .unwrap();
                let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
                rows.map(Result::unwrap).collect()
            };
            for (name, _) in &guards {
                conn.execute_batch(&format!("DROP TRIGGER {name}")).unwrap();
            }
            conn.execute_batch(sql).unwrap();
            for (_, sql) in &guards {
                conn.execute_batch(sql).unwrap();
            }
        }
        Target::Postgres(_) => {
            let mut client = ::postgres::Client::connect(&b.url, ::postgres::NoTls).unwrap();
            let mut tx = client.transaction().unwrap();
            tx.batch_execute("SET LOCAL session_replication_role = replica")
                .unwrap();
            tx.batch_execute(sql).unwrap();
            tx.commit().unwrap();
        }
    }
}

/// A user who puts an older copy in place on purpose accepts it with `verify --accept-head`
/// instead of removing a file by hand: the failing `verify` names it, and it keeps the
/// chain's head in place of the one seen only once everything else verifies (a published
/// head that is not in the chain, or a row that does not match, keeps the anchor as it was),
/// saying which head it accepted in place of which; then `verify` passes. With nothing to
/// accept it says so; with the anchor turned off it is refused (exit 2). Both backends.
#[test]
fn a_restore_made_on_purpose_is_accepted_by_verify_accept_head() {
    let mut backends = vec![Backend::sqlite()];
    backends.extend(Backend::postgres("a_restore_made_on_purpose_is_accepted"));
    for mut b in backends {
        let state = b.dir.path().join("state");
        b.ctx.state = Some(state.clone());
        done(&b, "add --source A --claim one --probability 0.6 --made-on 2026-01-01 --deadline 2027-03-01");
        for i in 0..3 {
            done(&b, &format!("add --source A --claim 'more {i}' --probability 0.4 --made-on 2026-01-01 --deadline 2027-03-01"));
        }
        done(&b, "resolve 2 --yes --on 2026-11-01");
        let kept = b.run(&step("verify --head")).stdout.trim().to_string();
        assert_eq!(&kept[..3], "10:", "{kept}");
        let out = b.run(&step("verify --accept-head"));
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(
            out.stdout.contains(&format!("head {kept}\nnothing to accept: the chain holds the head this machine saw (kept in `DIR/state/heads/")),
            "{}",
            out.stdout
        );
        done(&b, "add --source Omega --claim tail --probability 0.3 --made-on 2026-11-01 --deadline 2027-01-31");
        let seen_head = b.run(&step("verify --head")).stdout.trim().to_string();
        assert_eq!(&seen_head[..3], "13:", "{seen_head}");
        cut_tail(&b, 10, 2, 5);
        let anchor = std::fs::read_dir(state.join("heads"))
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path();
        let file = format!(
            "DIR/state/heads/{}",
            anchor.file_name().unwrap().to_str().unwrap()
        );
        let before = std::fs::read_to_string(&anchor).unwrap();
        let seen: serde_json::Value = serde_json::from_str(&before).unwrap();
        let when = seen["seen"].as_str().unwrap().to_string();
        let out = b.run(&step("verify"));
        assert_eq!(
            (out.code, out.stderr),
            (1, format!("error: ledger integrity check failed: on {when} this machine saw this ledger's chain reach entry 13 (head {seen_head}), and it now ends at entry 10: the newest entries were removed, or an older copy (a backup) was put in place of the ledger (the head seen is kept in `{file}`; if you put an older copy in place yourself, `forecast verify --accept-head` accepts it)\n"))
        );
        // A published head the chain does not hold: nothing accepted.
        let out = b.run(&step(&format!(
            "verify --accept-head --published {seen_head}"
        )));
        assert_eq!(out.code, 1, "{}", out.stderr);
        assert_eq!(std::fs::read_to_string(&anchor).unwrap(), before);
        // A row that does not match its entry: nothing accepted.
        behind_the_guards(&b, "UPDATE forecasts SET probability = 0.9 WHERE id = 1");
        let out = b.run(&step("verify --accept-head"));
        assert_eq!(out.code, 1, "{}", out.stderr);
        assert!(
            out.stderr
                .starts_with("error: ledger integrity check failed: entry "),
            "{}",
            out.stderr
        );
        assert_eq!(std::fs::read_to_string(&anchor).unwrap(), before);
        behind_the_guards(&b, "UPDATE forecasts SET probability = 0.6 WHERE id = 1");
        // Everything else verifies: the chain's head is accepted in place of the one seen.
        let out = b.run(&step("verify --accept-head"));
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert_eq!(
            out.stdout,
            format!("ok: 10 journal entries, chain and tables agree (indexes not compared with their tables: see `verify --full`)\nhead {kept}\naccepted head {kept} as this ledger's head seen on this machine in place of {seen_head} (seen on {when}); kept in `{file}`\n")
        );
        let now: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&anchor).unwrap()).unwrap();
        assert_eq!(
            format!("{}:{}", now["entry"], now["head"].as_str().unwrap()),
            kept
        );
        done(&b, "verify");
        // Turned off, there is nothing to accept into: refused, exit 2.
        b.ctx.state = None;
        let out = b.run(&step("verify --accept-head"));
        assert_eq!(
            (out.code, out.stdout, out.stderr),
            (2, String::new(), "error: verify --accept-head: no head is kept on this machine (FORECAST_STATE_DIR is set empty, or no home directory is known), so there is none to accept\n".to_string())
        );
    }
}

/// A CSV of `rows` forecasts (40 sources, 2,000 questions, every other row resolved, each
/// market one way), its line `bad` (the header is line 1) replaced by `instead`.
fn large_csv(rows: usize, bad: usize, instead: &str) -> String {
    let mut out =
        String::from("source,claim,probability,made_on,deadline,question,outcome,resolved_on\n");
    for i in 1..=rows {
        if i + 1 == bad {
            out.push_str(instead);
            out.push('\n');
            continue;
        }
        let q = i % 2000;
        let outcome = match (i % 2, q % 2) {
            (1, _) => ",",
            (_, 0) => "true,2025-07-01",
            _ => "false,2025-07-01",
        };
        out.push_str(&format!(
            "S{},claim number {i},0.{},2025-01-01,2025-0{}-28,q{q},{outcome}\n",
            i % 40,
            i % 9 + 1,
            q % 6 + 1
        ));
    }
    out
}

/// A bad row deep in a large file, far past the first batch the reading thread hands to
/// the writer (512 rows) and the first chunk PostgreSQL's writer sends (16,384): the whole
/// file is refused with that line named and nothing is written, whether the reader refuses
/// the row (a probability over 1) or the writer does once every row is in (a row repeating
/// a forecast the ledger held before).
fn a_bad_row_deep_in_a_large_file(b: &Backend) {
    const ROWS: usize = 20_000;
    b.write_file(
        "bad.csv",
        &large_csv(ROWS, 18_001, "S1,too sure,1.5,2025-01-01,2025-06-28,,,"),
    );
    b.write_file(
        "first.csv",
        "source,claim,probability,made_on,deadline\nS1,held before,0.3,2025-01-01,2025-06-28\nS2,held before too,0.4,2025-01-01,2025-06-28\n",
    );
    b.write_file(
        "repeat.csv",
        &large_csv(
            ROWS,
            19_500,
            "S2,held before too,0.4,2025-01-01,2025-06-28,,,",
        ),
    );
    b.write_file("good.csv", &large_csv(ROWS, 0, ""));
    let bad = b.run(&step("import DIR/bad.csv"));
    assert_eq!(
        (bad.code, bad.stdout.as_str(), bad.stderr.as_str()),
        (2, "", "error: DIR/bad.csv: line 18001: field `probability`: probability `1.5`: a bare number must be a decimal in 0..1 (`0.7`); for a percentage write `1.5%`\n")
    );
    assert_eq!(b.run(&step("import DIR/first.csv")).code, 0);
    let repeat = b.run(&step("import DIR/repeat.csv"));
    assert_eq!(
        (repeat.code, repeat.stdout.as_str(), repeat.stderr.as_str()),
        (2, "", "error: DIR/repeat.csv: line 19500: this row repeats forecast 2, already in the ledger (same source, claim, probability, made_on, deadline, stance and condition); the same data imported again (reordered, cut, grown or in another format) would count twice, so nothing was written: `import --new-only` imports only the rows not yet in the ledger\n")
    );
    // Neither refused file left a row: only the two forecasts of `first.csv` are listed.
    let two = b.run(&step("list --format csv"));
    assert_eq!(
        (two.code, two.stdout.lines().count()),
        (0, 3),
        "{}",
        two.stdout
    );
    let good = b.run(&step("import DIR/good.csv"));
    assert_eq!(
        (good.code, good.stdout.as_str()),
        (
            0,
            "imported 20000 forecast(s) (10000 resolved) from DIR/good.csv\n"
        )
    );
    let verify = b.run(&step("verify"));
    assert_eq!(verify.code, 0, "{}", verify.stderr);
}

#[test]
fn sqlite_a_bad_row_deep_in_a_large_file() {
    a_bad_row_deep_in_a_large_file(&Backend::sqlite());
}

#[test]
fn postgres_a_bad_row_deep_in_a_large_file() {
    if let Some(pg) = Backend::postgres("postgres_a_bad_row_deep_in_a_large_file") {
        a_bad_row_deep_in_a_large_file(&pg);
    }
}

/// Audit 26 on both backends: a claim's own question key takes the first free number
/// (`-2`, then `-3`, ...), skipping one another claim's slug holds, by `add` and by an
/// import (its batch remembering the numbers it gave); before, the number was the next
/// question id, so the first repeat was `-3` here and a busy ledger's `-17`.
fn own_question_keys_take_the_first_free_number(b: &Backend) {
    b.write_file(
        "oil.csv",
        "source,claim,probability,made_on,deadline\n\
         E,Oil above 90 by June,0.4,2026-11-01,2027-06-30\n\
         F,Oil above 90 by June,0.45,2026-11-01,2027-06-30\n\
         G,Oil above 90 by June,0.5,2026-11-01,2027-09-30\n",
    );
    for line in [
        "add --source X --claim 'Fed cuts' --probability 0.5 --deadline 2027-01-01 --question fed",
        "add --source A --claim 'Oil above 90 by June' --probability 0.5 --deadline 2027-06-30",
        "add --source A --claim 'Oil above 90 by June 3' --probability 0.5 --deadline 2027-06-30",
        "add --source B --claim 'Oil above 90 by June' --probability 0.6 --deadline 2027-06-30",
        "add --source C --claim 'oil above 90 by june' --probability 0.7 --deadline 2027-09-30",
        "import DIR/oil.csv",
    ] {
        let r = b.run(&step(line));
        assert_eq!(r.code, 0, "{line}: {}", r.stderr);
    }
    let r = b.run(&step("list --format csv"));
    let keys: Vec<&str> = r
        .stdout
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(2).unwrap())
        .collect();
    assert_eq!(
        keys,
        [
            "fed",
            "oil-above-90-by-june",
            "oil-above-90-by-june-3",
            "oil-above-90-by-june-2",
            "oil-above-90-by-june-4",
            "oil-above-90-by-june-5",
            "oil-above-90-by-june-6",
            "oil-above-90-by-june-7",
        ]
    );
}

#[test]
fn sqlite_own_question_keys_take_the_first_free_number() {
    own_question_keys_take_the_first_free_number(&Backend::sqlite());
}

#[test]
fn postgres_own_question_keys_take_the_first_free_number() {
    if let Some(pg) = Backend::postgres("postgres_own_question_keys_take_the_first_free_number") {
        own_question_keys_take_the_first_free_number(&pg);
    }
}

/// Audit 27 on both backends: the hint that another source made the same claim compares
/// claims in full Unicode case folding, as the README says, not in ASCII case only: `É`
/// and `é`, `ẞ` and `ß`, `Straße` and `STRASSE` are one claim; another letter is not.
fn the_claim_elsewhere_hint_folds_case_beyond_ascii(b: &Backend) {
    let cases = [
        ("A", "Élection anticipée en juin", ""),
        (
            "B",
            "élection anticipée en juin",
            "hint: another source made the same claim on question `élection-anticipée-en-juin`; to compare them, void this one (`forecast resolve 2 --void --reason annulled --note 'wrong question'`) and log it again with --question élection-anticipée-en-juin\n",
        ),
        ("C", "élection anticipée en juillet", ""),
        ("D", "STRAẞE BLEIBT GESPERRT", ""),
        (
            "E",
            "straße bleibt gesperrt",
            "hint: another source made the same claim on question `strasse-bleibt-gesperrt`; to compare them, void this one (`forecast resolve 5 --void --reason annulled --note 'wrong question'`) and log it again with --question strasse-bleibt-gesperrt\n",
        ),
        ("F", "Kanal bleibt offen", ""),
        (
            "G",
            "KANAL BLEIBT OFFEN",
            "hint: another source made the same claim on question `kanal-bleibt-offen`; to compare them, void this one (`forecast resolve 7 --void --reason annulled --note 'wrong question'`) and log it again with --question kanal-bleibt-offen\n",
        ),
        ("H", "Das Tor bleibt zu", ""),
        (
            "I",
            "DAS TOR BLEIBT ZU ẞ",
            "",
        ),
        ("J", "Die STRASSE ist frei", ""),
        (
            "K",
            "Die Straße ist frei",
            "hint: another source made the same claim on question `die-strasse-ist-frei`; to compare them, void this one (`forecast resolve 11 --void --reason annulled --note 'wrong question'`) and log it again with --question die-strasse-ist-frei\n",
        ),
    ];
    for (source, claim, hint) in cases {
        let line = format!(
            "add --source {source} --claim '{claim}' --probability 0.5 --deadline 2027-06-30"
        );
        let r = b.run(&step(&line));
        assert_eq!((r.code, r.stderr.as_str()), (0, hint), "{line}");
    }
}

#[test]
fn sqlite_the_claim_elsewhere_hint_folds_case_beyond_ascii() {
    the_claim_elsewhere_hint_folds_case_beyond_ascii(&Backend::sqlite());
}

#[test]
fn postgres_the_claim_elsewhere_hint_folds_case_beyond_ascii() {
    if let Some(pg) = Backend::postgres("postgres_the_claim_elsewhere_hint_folds_case_beyond_ascii")
    {
        the_claim_elsewhere_hint_folds_case_beyond_ascii(&pg);
    }
}

/// Ad7 F5 on both backends: the hint that another source made the same claim names the
/// whole way to compare them, and the way works. Followed command by command: the forecast
/// logged again with `--question` alone is refused as a repeat (it is one); voided as
/// annulled, the first is no repeat, and the second lands on the other source's question.
/// `import` still counts the annulled forecast: a file applied again brings back none its
/// owner voided.
fn the_claim_elsewhere_hint_names_a_way_that_works(b: &Backend) {
    let a = "add --source A --claim 'Deal signed' --probability 60% --deadline 2026-12-30 --made-on 2026-11-20 --question deal";
    let line = "add --source B --claim 'Deal signed' --probability 30% --deadline 2026-12-30 --made-on 2026-11-20";
    let r = b.run(&step(a));
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (0, "1\n", "")
    );
    let r = b.run(&step(line));
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            0,
            "2\n",
            "hint: another source made the same claim on question `deal`; to compare them, void this one (`forecast resolve 2 --void --reason annulled --note 'wrong question'`) and log it again with --question deal\n"
        )
    );
    let again = format!("{line} --question deal");
    let r = b.run(&step(&again));
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            2,
            "error: forecast \"Deal signed\": it repeats forecast 2 (same source, claim, probability, date made, deadline, stance and condition), so it would count twice; nothing was written. A changed view is `forecast update 2 --probability P`; to move it to question `deal`, void it first (`forecast resolve 2 --void --reason annulled --note 'wrong question'`) and run this again\n"
        )
    );
    let r = b.run(&step(
        "resolve 2 --void --reason annulled --note 'wrong question'",
    ));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = b.run(&step(&again));
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (0, "3\n", "")
    );
    let r = b.run(&step("list --question deal --format csv"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let ids: Vec<&str> = r
        .stdout
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .collect();
    assert_eq!(ids, ["1", "3"]);
    // Logged again a third time, it repeats forecast 3, not the annulled one.
    let r = b.run(&step(&again));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("it repeats forecast 3 "), "{}", r.stderr);
    // An import of forecast 2's row (with forecast 3 voided too, so only the annulled
    // forecast 2 and 3 stand) is refused as before.
    let r = b.run(&step("resolve 3 --void --reason annulled"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    b.write_file(
        "b.csv",
        "source,claim,probability,made_on,deadline\nB,Deal signed,0.3,2026-11-20,2026-12-30\n",
    );
    let r = b.run(&step("import DIR/b.csv"));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("this row repeats forecast 2, already in the ledger"),
        "{}",
        r.stderr
    );
}

#[test]
fn sqlite_the_claim_elsewhere_hint_names_a_way_that_works() {
    the_claim_elsewhere_hint_names_a_way_that_works(&Backend::sqlite());
}

#[test]
fn postgres_the_claim_elsewhere_hint_names_a_way_that_works() {
    if let Some(pg) = Backend::postgres("postgres_the_claim_elsewhere_hint_names_a_way_that_works")
    {
        the_claim_elsewhere_hint_names_a_way_that_works(&pg);
    }
}

/// fx4b on both backends: an import opening a key one edit from a key the ledger had says
/// so in one hint, each key once (`KeySlips` asks the store as `add` does); a key the
/// ledger holds and a key of a series are not named.
fn an_import_names_new_keys_one_edit_from_the_ledgers(b: &Backend) {
    for line in [
        "add --source A --claim 'Fed cuts' --probability 0.5 --deadline 2027-01-01 --made-on 2026-11-01 --question fed-cuts-march",
        "add --source A --claim Rates --probability 0.5 --deadline 2027-01-01 --made-on 2026-11-01 --question rates-2026",
    ] {
        assert_eq!(b.run(&step(line)).code, 0, "{line}");
    }
    b.write_file(
        "feed.csv",
        "source,claim,probability,made_on,deadline,question\n\
         B,Fed cuts,0.6,2026-11-02,2027-01-01,fed-cuts-mrach\n\
         C,Fed cuts,0.4,2026-11-02,2027-01-01,fed-cuts-mrach\n\
         B,Rates,0.6,2026-11-02,2027-01-01,rates-2027\n\
         B,Fed cuts,0.7,2026-11-02,2027-01-01,fed-cuts-march\n\
         B,Rates,0.6,2026-11-03,2027-01-01,raets-2026\n",
    );
    let r = b.run(&step("import DIR/feed.csv"));
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            0,
            "hint: this import opened 2 new question(s) one edit from a key the ledger had (a letter added, dropped, changed or two swapped): `fed-cuts-mrach` (the ledger had `fed-cuts-march`), `raets-2026` (the ledger had `rates-2026`). Each is a question of its own, never compared with the other nor resolved by its outcome; if one question was meant, void those forecasts (`forecast resolve ID --void --reason annulled --note 'wrong question'`) and import them again with the key spelled as the ledger has it\n"
        )
    );
}

#[test]
fn sqlite_an_import_names_new_keys_one_edit_from_the_ledgers() {
    an_import_names_new_keys_one_edit_from_the_ledgers(&Backend::sqlite());
}

#[test]
fn postgres_an_import_names_new_keys_one_edit_from_the_ledgers() {
    if let Some(pg) =
        Backend::postgres("postgres_an_import_names_new_keys_one_edit_from_the_ledgers")
    {
        an_import_names_new_keys_one_edit_from_the_ledgers(&pg);
    }
}

/// The hint that the source already logged the claim (`own_claim`) compares claims as the
/// claim elsewhere hint does, in full Unicode case folding on both backends: `Élection` and
/// `élection`, `STRAẞE` and `straße` are one claim (before, ASCII case only, so no hint);
/// another letter, or another deadline, is not the same forecast.
fn the_own_claim_hint_folds_case_beyond_ascii(b: &Backend) {
    let own = |id: u32, key: &str| {
        format!("hint: A already logged this claim as forecast {id} on question `{key}`; this one opened a question of its own, scored apart from it. A changed view is `forecast update {id} --probability P`\n")
    };
    let cases = [
        ("Élection anticipée en juin", "2027-06-30", String::new()),
        (
            "élection anticipée en juin",
            "2027-06-30",
            own(1, "élection-anticipée-en-juin"),
        ),
        ("élection anticipée en juillet", "2027-06-30", String::new()),
        ("ÉLECTION ANTICIPÉE EN JUIN", "2027-07-31", String::new()),
        ("STRAẞE BLEIBT GESPERRT", "2027-06-30", String::new()),
        (
            "straße bleibt gesperrt",
            "2027-06-30",
            own(5, "strasse-bleibt-gesperrt"),
        ),
        // The latest of the source's forecasts with the claim is named.
        (
            "Straße Bleibt Gesperrt",
            "2027-06-30",
            own(6, "strasse-bleibt-gesperrt-2"),
        ),
    ];
    for (claim, deadline, hint) in cases {
        let line =
            format!("add --source A --claim '{claim}' --probability 0.5 --deadline {deadline}");
        let r = b.run(&step(&line));
        assert_eq!((r.code, r.stderr.as_str()), (0, hint.as_str()), "{line}");
    }
}

#[test]
fn sqlite_the_own_claim_hint_folds_case_beyond_ascii() {
    the_own_claim_hint_folds_case_beyond_ascii(&Backend::sqlite());
}

#[test]
fn postgres_the_own_claim_hint_folds_case_beyond_ascii() {
    if let Some(pg) = Backend::postgres("postgres_the_own_claim_hint_folds_case_beyond_ascii") {
        the_own_claim_hint_folds_case_beyond_ascii(&pg);
    }
}

/// The claim hints tell sources apart as the ledger does, in Unicode full case folding (the
/// README: `Straße` and `STRASSE` are one source), on both backends: `école` typing the
/// claim `École` logged is the source `École` itself, so its hint is the own-claim one,
/// not "another source made the same claim" (before, the hint query compared sources in
/// ASCII case only, SQLite's NOCASE and its PostgreSQL mirror, and named the source's own
/// question as another's). A source that only looks alike (`Ecole`) is another source.
fn the_claim_hints_fold_source_names_as_names_fold(b: &Backend) {
    let own = |source: &str, id: u32, key: &str| {
        format!("hint: {source} already logged this claim as forecast {id} on question `{key}`; this one opened a question of its own, scored apart from it. A changed view is `forecast update {id} --probability P`\n")
    };
    let elsewhere = |id: u32, key: &str| {
        format!("hint: another source made the same claim on question `{key}`; to compare them, void this one (`forecast resolve {id} --void --reason annulled --note 'wrong question'`) and log it again with --question {key}\n")
    };
    let cases = [
        ("École", "Rates fall by June", String::new()),
        ("école", "rates fall by june", own("École", 1, "rates-fall-by-june")),
        ("ÉCOLE", "RATES FALL BY JUNE", own("École", 2, "rates-fall-by-june-2")),
        ("STRASSE", "Rain in May", String::new()),
        ("Straße", "rain in may", own("STRASSE", 4, "rain-in-may")),
        (
            "Ecole",
            "Rates fall by June",
            format!(
                "hint: forecast 6 opened a new source `Ecole`; the ledger has `École`. If that is who you meant, void it (`forecast resolve 6 --void --reason annulled --note 'wrong source'`) and log it again with --source 'École'\n{}",
                elsewhere(6, "rates-fall-by-june")
            ),
        ),
    ];
    for (source, claim, hint) in cases {
        let line = format!(
            "add --source {source} --claim '{claim}' --probability 0.5 --deadline 2027-06-30"
        );
        let r = b.run(&step(&line));
        assert_eq!((r.code, r.stderr.as_str()), (0, hint.as_str()), "{line}");
    }
    let r = b.run(&step("questions --format csv"));
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    // One source `École` (as first typed) for the three spellings, one `STRASSE` for two.
    assert_eq!(
        r.stdout,
        "question,forecasts,unresolved,sources,outcome,events\n\
         rain-in-may,1,1,STRASSE,,\n\
         rain-in-may-2,1,1,STRASSE,,\n\
         rates-fall-by-june,1,1,École,,\n\
         rates-fall-by-june-2,1,1,École,,\n\
         rates-fall-by-june-3,1,1,École,,\n\
         rates-fall-by-june-4,1,1,Ecole,,\n"
    );
}

#[test]
fn sqlite_the_claim_hints_fold_source_names_as_names_fold() {
    the_claim_hints_fold_source_names_as_names_fold(&Backend::sqlite());
}

#[test]
fn postgres_the_claim_hints_fold_source_names_as_names_fold() {
    if let Some(pg) = Backend::postgres("postgres_the_claim_hints_fold_source_names_as_names_fold")
    {
        the_claim_hints_fold_source_names_as_names_fold(&pg);
    }
}

/// `extract --save`'s "already logged" check on both backends, now asked of the store for
/// the one source (`Ledger::source_claims`): a version replaced twice names its lineage's
/// newest forecast; another source's replaced wording is not this source's claim.
fn extract_save_compares_only_the_sources_own_versions(b: &Backend) {
    b.write_file(
        "a.md",
        "I expect the fishing accord to be signed by June. Rents will probably rise in Lisbon by the end of the year.\n",
    );
    for line in [
        "add --source S --claim 'The fishing accord will be signed by June' --probability 0.5 --deadline 2027-06-30 --made-on 2026-11-02",
        "correct 1 --claim 'The fishing accord will be ratified by June' --why wording",
        "correct 2 --probability 0.6 --why second-thoughts",
        "add --source T --claim 'Rents will rise in Lisbon by the end of the year' --probability 0.7 --deadline 2026-12-31 --made-on 2026-11-02",
        "correct 4 --claim 'Rents will rise in Porto by the end of the year' --why city",
    ] {
        let r = b.run(&step(line));
        assert_eq!(r.code, 0, "{line}: {}", r.stderr);
    }
    let r = b.run(&step(
        "extract DIR/a.md --source S --published 2026-11-20 --save --yes",
    ));
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            0,
            "saved 1 forecast(s) from article #1 (0 skipped, 1 already in the ledger): ids 6\n",
            "note: skipped \"The fishing accord will be signed by June\": already logged as #3 (a corrected version: #1 made the same claim from this source, by the same deadline), so it is not logged again as a new question\n"
        )
    );
    let r = b.run(&step("list --source S --format csv"));
    let claims: Vec<&str> = r
        .stdout
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(3).unwrap())
        .collect();
    assert_eq!(
        claims,
        [
            "The fishing accord will be ratified by June",
            "Rents will rise in Lisbon by the end of the year"
        ]
    );
}

#[test]
fn sqlite_extract_save_compares_only_the_sources_own_versions() {
    extract_save_compares_only_the_sources_own_versions(&Backend::sqlite());
}

#[test]
fn postgres_extract_save_compares_only_the_sources_own_versions() {
    if let Some(pg) =
        Backend::postgres("postgres_extract_save_compares_only_the_sources_own_versions")
    {
        extract_save_compares_only_the_sources_own_versions(&pg);
    }
}
