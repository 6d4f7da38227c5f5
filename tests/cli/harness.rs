//! A temporary ledger and helpers to run `forecast` against it.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

pub const TODAY: &str = "2026-11-28";

/// The recording instant the tests run at (`FORECAST_TEST_NOW`, read by debug builds only):
/// the days the tests were written on, so a deadline a test sets a few days after `TODAY`
/// is not "passed by the wall clock" once the real days pass it.
pub const TEST_NOW: &str = "2026-12-04T12:00:00Z";

pub struct Ledger {
    pub dir: TempDir,
    /// Where the heads `verify` and writes keep outside the ledger go (see `src/anchor.rs`):
    /// beside the ledger's directory, which tests of reading compare before and after.
    pub state: TempDir,
    pub db: PathBuf,
    pub today: String,
    /// Whether the commands record the real wall clock instead of `TEST_NOW` (the tests of
    /// the clock of record itself).
    pub wall_clock: bool,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Ledger {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("ledger.sqlite3");
        Ledger {
            dir,
            state: tempfile::tempdir().unwrap(),
            db,
            today: TODAY.to_string(),
            wall_clock: false,
        }
    }

    /// Commands record the real wall clock (`TEST_NOW` unset).
    pub fn on_wall_clock(mut self) -> Self {
        self.wall_clock = true;
        self
    }

    pub fn at(mut self, today: &str) -> Self {
        self.today = today.to_string();
        self
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn write_file(&self, name: &str, text: &str) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("forecast").unwrap();
        for var in ["FORECAST_DB", "FORECAST_TODAY", "NO_COLOR", "COLUMNS"] {
            cmd.env_remove(var);
        }
        if !self.wall_clock {
            cmd.env("FORECAST_TEST_NOW", TEST_NOW);
        }
        cmd.env("FORECAST_TODAY", &self.today)
            .env("FORECAST_STATE_DIR", self.state.path())
            .arg("--db")
            .arg(&self.db)
            .args(args);
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Run {
        let out = self.command(args).write_stdin("").output().unwrap();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Runs and expects success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let r = self.run(args);
        assert_eq!(r.code, 0, "forecast {args:?} failed: {}", r.stderr);
        r.stdout
    }

    /// Runs and expects `code`; returns stderr, which must be one `error:` line.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let r = self.run(args);
        assert_eq!(
            r.code, code,
            "forecast {args:?}: stdout {} stderr {}",
            r.stdout, r.stderr
        );
        assert!(r.stderr.starts_with("error:"), "stderr: {}", r.stderr);
        r.stderr
    }

    /// Runs `forecast demo ARGS` (which refuses `--db`) at the fixed date; returns stdout.
    pub fn demo(&self, args: &[&str]) -> String {
        let out = Command::cargo_bin("forecast")
            .unwrap()
            .env_remove("FORECAST_DB")
            .env_remove("NO_COLOR")
            .env_remove("COLUMNS")
            .env("FORECAST_TODAY", &self.today)
            .env("FORECAST_TEST_NOW", TEST_NOW)
            .arg("demo")
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "demo {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    pub fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args)).unwrap()
    }

    /// The ids of the rows `ARGS --format json` prints (`list`, `due`), in its order.
    pub fn ids(&self, args: &[&str]) -> Vec<i64> {
        let mut all = args.to_vec();
        all.extend_from_slice(&["--format", "json"]);
        self.json(&all)
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["id"].as_i64().unwrap())
            .collect()
    }

    /// Runs and expects success with the terminal `columns` wide (`COLUMNS`); returns stdout.
    pub fn ok_at_width(&self, args: &[&str], columns: usize) -> String {
        let out = self
            .command(args)
            .env("COLUMNS", columns.to_string())
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "forecast {args:?} at {columns} columns: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Logs a forecast and returns its id.
    pub fn add(
        &self,
        source: &str,
        claim: &str,
        p: &str,
        made: &str,
        deadline: &str,
        extra: &[&str],
    ) -> i64 {
        let r = self.add_run(source, claim, p, made, deadline, extra);
        assert_eq!(r.code, 0, "forecast add failed: {}", r.stderr);
        r.stdout.trim().parse().unwrap()
    }

    /// Runs `add` with these fields and `extra`, whatever it exits with (for its notes).
    pub fn add_run(
        &self,
        source: &str,
        claim: &str,
        p: &str,
        made: &str,
        deadline: &str,
        extra: &[&str],
    ) -> Run {
        let mut args = vec![
            "add",
            "--source",
            source,
            "--claim",
            claim,
            "--probability",
            p,
            "--made-on",
            made,
            "--deadline",
            deadline,
        ];
        args.extend_from_slice(extra);
        self.run(&args)
    }

    pub fn count(&self, sql: &str) -> i64 {
        if !self.db.exists() {
            return 0;
        }
        let conn = rusqlite::Connection::open(&self.db).unwrap();
        conn.query_row(sql, [], |r| r.get(0)).unwrap()
    }
}

pub fn file_bytes(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap()
}

/// Asserts two floats agree to 1e-9.
pub fn close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-9, "{a} != {b}");
}

/// Runs `forecast add` in a process of its own on `db`, as concurrency tests do from several
/// threads at once; `Err` carries stderr.
pub fn add_in_process(db: &Path, source: &str, claim: &str) -> Result<(), String> {
    let out = Command::cargo_bin("forecast")
        .unwrap()
        .env_remove("FORECAST_DB")
        .env("FORECAST_TODAY", TODAY)
        .env("FORECAST_TEST_NOW", TEST_NOW)
        .arg("--db")
        .arg(db)
        .args([
            "add",
            "--source",
            source,
            "--claim",
            claim,
            "--probability",
            "0.5",
            "--deadline",
            "2027-01-01",
        ])
        .output()
        .unwrap();
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

/// A `--by` report's groups as (group, forecasts), in the report's order.
pub fn groups(r: &Value) -> Vec<(String, u64)> {
    r["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["group"].as_str().unwrap().to_string(),
                g["overall"]["forecasts"].as_u64().unwrap(),
            )
        })
        .collect()
}
