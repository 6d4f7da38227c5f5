//! The trust rules (DESIGN.md, Integrity; issue 11): nothing improves a record once its
//! outcome could be known, the journal keeps the real clock, `verify` checks the guards,
//! and nothing the tool opens or writes destroys data. Each test is one of the issue's
//! reproductions.

use crate::harness::{file_bytes, Ledger};
use rusqlite::Connection;
use std::time::{Duration, Instant};

fn one_resolved(l: &Ledger) {
    l.add("A", "it happens", "0.3", "2026-01-01", "2026-03-01", &[]);
    l.ok(&["resolve", "1", "--yes"]);
}

#[test]
fn a_probability_or_deadline_is_not_corrected_once_the_outcome_could_be_known() {
    let l = Ledger::new();
    one_resolved(&l);
    // Brier 0.49 would become 0.0001: refused, with a hint, and nothing written.
    for change in [["--probability", "0.99"], ["--deadline", "2026-12-31"]] {
        let mut args = vec!["correct", "1"];
        args.extend_from_slice(&change);
        args.extend_from_slice(&["--why", "hindsight"]);
        let err = l.fails(&args, 2);
        assert!(err.contains("it is resolved (true)"), "{err}");
        assert!(err.contains("log a new forecast"), "{err}");
    }
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 1);
    // Unresolved but past its deadline (by the day the tool reasons with): refused too.
    l.add("A", "late one", "0.3", "2026-01-01", "2026-02-01", &[]);
    let err = l.fails(&["correct", "2", "--probability", "0.9", "--why", "x"], 2);
    assert!(err.contains("its deadline 2026-02-01 has passed"), "{err}");
    // ... and by the wall clock, whatever FORECAST_TODAY says.
    let back = l_at(&l, "2026-01-15");
    let err = back.fails(&["correct", "2", "--probability", "0.9", "--why", "x"], 2);
    assert!(err.contains("has passed"), "{err}");
    // An outcome recorded for its question: refused.
    l.add(
        "A",
        "q one",
        "0.4",
        "2026-01-01",
        "2099-01-01",
        &["--question", "q"],
    );
    l.ok(&["resolve", "--question", "q", "--not-by", "2026-06-01"]);
    let err = l.fails(&["correct", "3", "--probability", "0.9", "--why", "x"], 2);
    assert!(
        err.contains("an outcome is recorded for its question `q`"),
        "{err}"
    );
    // The wording may always be corrected, and a forecast still open may be corrected.
    l.ok(&[
        "correct",
        "1",
        "--claim",
        "it happens at last",
        "--why",
        "words",
    ]);
    l.add("A", "open", "0.4", "2026-01-01", "2099-01-01", &[]);
    l.ok(&["correct", "5", "--probability", "0.5", "--why", "typo"]);
    l.ok(&["verify"]);
}

/// The same ledger directory, seen on another day.
fn l_at(l: &Ledger, today: &str) -> LedgerView {
    LedgerView {
        db: l.db.clone(),
        today: today.into(),
    }
}

struct LedgerView {
    db: std::path::PathBuf,
    today: String,
}

impl LedgerView {
    fn fails(&self, args: &[&str], code: i32) -> String {
        let out = assert_cmd::Command::cargo_bin("forecast")
            .unwrap()
            .env_remove("FORECAST_DB")
            .env("FORECAST_TODAY", &self.today)
            .arg("--db")
            .arg(&self.db)
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(code));
        String::from_utf8_lossy(&out.stderr).into_owned()
    }
}

#[test]
fn an_amended_outcome_is_counted_in_every_report_format() {
    let l = Ledger::new();
    one_resolved(&l);
    l.add("B", "other", "0.5", "2026-01-01", "2026-03-01", &[]);
    l.ok(&["resolve", "1", "--no", "--amend", "--note", "appeal"]);
    // A later correction of the wording keeps the amendment counted.
    l.ok(&["correct", "1", "--claim", "reworded", "--why", "words"]);
    let r = l.json(&["report", "--format", "json"]);
    let a = r["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["source"] == "A")
        .unwrap();
    assert_eq!(a["amended"], 1);
    assert_eq!(r["overall"]["amended"], 1);
    assert_eq!(r, l.json(&["report", "--format", "json", "--scan"]));
    l.ok(&["verify"]);
}

#[test]
fn the_journal_keeps_the_wall_clock_whatever_forecast_today_says() {
    let l = Ledger::new().at("2020-01-02");
    let before = forecast_ledger::time::Clock::system().now;
    l.add("A", "hindsight", "0.9", "2019-12-01", "2020-01-01", &[]);
    let conn = Connection::open(&l.db).unwrap();
    let times: Vec<String> = conn
        .prepare("SELECT logged_at FROM journal ORDER BY seq")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(!times.is_empty());
    for t in &times {
        let at = chrono::DateTime::parse_from_rfc3339(t).unwrap();
        assert!(
            at >= before - chrono::Duration::seconds(1),
            "{t} is not the wall clock"
        );
    }
    let created: String = conn
        .query_row("SELECT created_at FROM forecasts WHERE id = 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert!(!created.starts_with("2020-01-02"), "{created}");
    let show = l.ok(&["show", "1"]);
    assert!(!show.contains("logged at    2020-01-02"), "{show}");
    // Logged (by the wall clock) after its deadline: counted as late.
    let r = l.json(&["report", "--format", "json"]);
    assert_eq!(r["sources"][0]["logged_late"], 1);
}

#[test]
fn verify_catches_journal_times_that_go_backwards() {
    let l = Ledger::new();
    l.add("A", "one", "0.5", "2026-01-01", "2027-01-01", &[]);
    l.add("A", "two", "0.5", "2026-01-01", "2027-01-01", &[]);
    l.ok(&["verify"]);
    // Rewrite the last entry's time into the past and re-hash the chain so it is
    // consistent: only the clock check can notice.
    let conn = Connection::open(&l.db).unwrap();
    conn.execute_batch("DROP TRIGGER journal_no_update")
        .unwrap();
    let (seq, kind, id, body, prev): (i64, String, i64, String, String) = conn
        .query_row(
            "SELECT seq, kind, entity_id, body, prev_hash FROM journal ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .unwrap();
    let at = "2020-01-01T00:00:00.000Z";
    let hash = forecast_ledger::store::entry_hash(&prev, seq, &kind, id, &body, Some(at));
    conn.execute(
        "UPDATE journal SET logged_at = ?1, hash = ?2 WHERE seq = ?3",
        rusqlite::params![at, hash, seq],
    )
    .unwrap();
    drop(conn);
    let err = l.fails(&["verify"], 1);
    assert!(err.contains("journal times went backwards"), "{err}");
}

#[test]
fn verify_catches_dropped_replaced_and_added_triggers() {
    let cases = [
        "DROP TRIGGER forecasts_append_only",
        "DROP TRIGGER resolutions_no_update;
         CREATE TRIGGER resolutions_no_update BEFORE UPDATE ON resolutions BEGIN SELECT 1; END;",
        "CREATE TRIGGER sneaky AFTER INSERT ON forecasts BEGIN SELECT 1; END;",
    ];
    let names = ["forecasts_append_only", "resolutions_no_update", "sneaky"];
    for (sql, name) in cases.iter().zip(names) {
        let l = Ledger::new();
        one_resolved(&l);
        l.ok(&["verify"]);
        Connection::open(&l.db).unwrap().execute_batch(sql).unwrap();
        let err = l.fails(&["verify"], 1);
        assert!(err.contains(&format!("`{name}`")), "{sql}: {err}");
    }
}

#[test]
fn a_foreign_sqlite_database_is_refused_and_left_untouched() {
    let l = Ledger::new();
    Connection::open(&l.db)
        .unwrap()
        .execute_batch("CREATE TABLE t(x)")
        .unwrap();
    let before = file_bytes(&l.db);
    for args in [
        vec!["list"],
        vec!["verify"],
        vec![
            "add",
            "--source",
            "A",
            "--claim",
            "c",
            "--probability",
            "0.5",
            "--deadline",
            "2027-01-01",
        ],
    ] {
        let err = l.fails(&args, 2);
        assert!(err.contains("did not create"), "{err}");
    }
    assert_eq!(file_bytes(&l.db), before);
    assert_eq!(
        std::fs::read_dir(l.dir.path()).unwrap().count(),
        1,
        "no -wal or -shm"
    );
}

#[test]
fn bad_input_on_a_new_ledger_path_leaves_nothing_behind() {
    let l = Ledger::new();
    let db = l.path("new").join("dir").join("l.sqlite3");
    let run = |args: &[&str]| {
        assert_cmd::Command::cargo_bin("forecast")
            .unwrap()
            .env_remove("FORECAST_DB")
            .env("FORECAST_TODAY", "2026-11-28")
            .arg("--db")
            .arg(&db)
            .args(args)
            .output()
            .unwrap()
    };
    for args in [
        vec!["resolve", "7", "--yes"],
        vec!["correct", "7", "--claim", "x", "--why", "y"],
        vec!["import", "/nonexistent.csv"],
    ] {
        let out = run(&args);
        assert_ne!(out.status.code(), Some(0), "{args:?}");
        assert!(
            !l.path("new").exists(),
            "{args:?} left a ledger or directory"
        );
    }
    // A misspelled path for a command that reads: an error, nothing created.
    for args in [
        vec!["verify"],
        vec!["report"],
        vec!["backup", "copy.sqlite3"],
        vec!["list"],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("no ledger at"));
        assert!(!l.path("new").exists());
    }
}

#[test]
fn a_ledger_on_read_only_media_is_read_and_verified_without_writing() {
    use std::os::unix::fs::PermissionsExt;
    let l = Ledger::new();
    one_resolved(&l);
    let ro = |p: &std::path::Path, mode| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap()
    };
    let before = file_bytes(&l.db);
    let listing: Vec<_> = std::fs::read_dir(l.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    ro(&l.db, 0o444);
    ro(l.dir.path(), 0o555);
    let verified = l.run(&["verify"]);
    let report = l.run(&["report", "--format", "json"]);
    let list = l.run(&["list"]);
    ro(l.dir.path(), 0o755);
    ro(&l.db, 0o644);
    assert_eq!(verified.code, 0, "{}", verified.stderr);
    assert!(verified.stdout.starts_with("ok:"));
    assert_eq!(report.code, 0, "{}", report.stderr);
    assert_eq!(list.code, 0, "{}", list.stderr);
    assert_eq!(file_bytes(&l.db), before);
    let after: Vec<_> = std::fs::read_dir(l.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(listing, after);
}

#[test]
fn add_that_cannot_print_its_id_stores_nothing() {
    let l = Ledger::new();
    l.ok(&["migrate"]);
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("forecast"));
    cmd.env_remove("FORECAST_DB")
        .env("FORECAST_TODAY", "2026-11-28")
        .arg("--db")
        .arg(&l.db)
        .args([
            "add",
            "--source",
            "A",
            "--claim",
            "c",
            "--probability",
            "0.5",
        ])
        .args(["--deadline", "2027-01-01"]);
    let out = cmd.stdout(full).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("error:"));
    assert_eq!(
        l.count("SELECT count(*) FROM forecasts"),
        0,
        "a retry would log it twice"
    );
}

/// Holds the ledger's write lock for `hold`, as a long import would.
fn hold_write_lock(db: &std::path::Path, hold: Duration) -> std::thread::JoinHandle<()> {
    let db = db.to_path_buf();
    let (tx, rx) = std::sync::mpsc::channel();
    let h = std::thread::spawn(move || {
        let conn = Connection::open(&db).unwrap();
        conn.execute_batch("BEGIN IMMEDIATE").unwrap();
        tx.send(()).unwrap();
        std::thread::sleep(hold);
        conn.execute_batch("COMMIT").unwrap();
    });
    rx.recv().unwrap();
    h
}

#[test]
fn a_writer_behind_a_long_write_waits_and_gives_up_only_at_the_limit() {
    let l = Ledger::new();
    l.ok(&["migrate"]);
    let add = [
        "add",
        "--source",
        "A",
        "--claim",
        "c",
        "--probability",
        "0.5",
        "--deadline",
        "2027-01-01",
    ];
    let h = hold_write_lock(&l.db, Duration::from_secs(3));
    let start = Instant::now();
    l.ok(&add);
    assert!(start.elapsed() >= Duration::from_secs(2));
    h.join().unwrap();
    // With a short limit it gives up with one line and a hint, and writes nothing.
    let h = hold_write_lock(&l.db, Duration::from_secs(3));
    let out = l
        .command(&add)
        .env("FORECAST_LOCK_WAIT", "1")
        .output()
        .unwrap();
    h.join().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("stayed locked by another writer for 1 s"),
        "{err}"
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 1);
}

#[test]
fn a_waiting_writer_says_so_on_a_terminal_after_two_seconds() {
    let l = Ledger::new();
    l.ok(&["migrate"]);
    let h = hold_write_lock(&l.db, Duration::from_secs(4));
    // `script` gives the command a terminal.
    let bin = assert_cmd::cargo::cargo_bin("forecast");
    let cmd = format!(
        "FORECAST_TODAY=2026-11-28 {} --db {} add --source A --claim c --probability 0.5 --deadline 2027-01-01",
        bin.display(),
        l.db.display()
    );
    let out = std::process::Command::new("script")
        .args(["-qec", &cmd, "/dev/null"])
        .output()
        .unwrap();
    h.join().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("note: another command is writing to the ledger"),
        "{text}"
    );
}
