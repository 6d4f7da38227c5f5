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

#[test]
fn a_corrected_claim_may_not_flip_its_negation_once_the_outcome_could_be_known() {
    // Audit 14, A3: "Deal by March", resolved false, rewritten "No deal by March" would
    // say the source was wrong about a deal that never came.
    let l = Ledger::new();
    l.add("A", "Deal by March", "0.7", "2026-01-05", "2026-03-31", &[]);
    l.ok(&["resolve", "1", "--no", "--on", "2026-03-31"]);
    let hint = "; log a new forecast with `forecast add` instead (a wording fix that keeps the negation, the figures and the comparison or direction words is still accepted)\n";
    let err = l.fails(
        &[
            "correct",
            "1",
            "--claim",
            "No deal by March",
            "--why",
            "typo",
        ],
        2,
    );
    assert_eq!(
        err,
        format!("error: forecast 1's claim can no longer change its meaning: the new claim adds the negation `no` and it is resolved (false){hint}")
    );
    for flipped in [
        "There won't be a deal by March",
        "Talks fail to reach a deal by March",
        "Deal by March never signed",
        "Neither deal nor truce by March",
    ] {
        let err = l.fails(&["correct", "1", "--claim", flipped, "--why", "x"], 2);
        assert!(err.contains("adds the negation"), "{flipped}: {err}");
    }
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 1);
    // Typo and wording fixes keep the polarity and pass, as a double negation does.
    l.ok(&[
        "correct",
        "1",
        "--claim",
        "A deal by March",
        "--why",
        "typo",
    ]);
    l.ok(&[
        "correct",
        "2",
        "--claim",
        "Talks won't fail to reach a deal by March",
        "--why",
        "words",
    ]);
    // Removing a negation is refused the same way; past its deadline, unresolved, too.
    l.add(
        "B",
        "No strike in May",
        "0.6",
        "2026-01-05",
        "2026-05-31",
        &[],
    );
    let err = l.fails(
        &["correct", "4", "--claim", "Strike in May", "--why", "x"],
        2,
    );
    assert_eq!(
        err,
        format!("error: forecast 4's claim can no longer change its meaning: the new claim removes the negation `no` and its deadline 2026-05-31 has passed{hint}")
    );
    // A forecast whose outcome cannot be known yet may still be turned around.
    l.add("C", "Rain in 2099", "0.6", "2026-01-05", "2099-01-01", &[]);
    l.ok(&[
        "correct",
        "5",
        "--claim",
        "No rain in 2099",
        "--why",
        "meant the opposite",
    ]);
    l.ok(&["verify"]);
}

#[test]
fn a_corrected_deadline_that_has_already_passed_is_refused() {
    // The auditor's case: a 10% call on a long window, "corrected" to a window already
    // over with a new probability, would score as a 95% hit.
    let l = Ledger::new();
    l.add(
        "bob",
        "BTC closes above 150k",
        "0.1",
        "2026-10-01",
        "2099-06-30",
        &[],
    );
    let hint = "; log a new forecast with `forecast add` instead (its wording can still be corrected with --claim)\n";
    for change in [
        vec!["--deadline", "2026-11-15", "--probability", "0.95"],
        vec!["--deadline", "2026-11-15"],
        vec!["--deadline", "end of October"],
    ] {
        let mut args = vec!["correct", "1"];
        args.extend_from_slice(&change);
        args.extend_from_slice(&["--why", "meant mid-November"]);
        let err = l.fails(&args, 2);
        let day = if change[1] == "end of October" {
            "2026-10-31"
        } else {
            "2026-11-15"
        };
        assert_eq!(
            err,
            format!("error: forecast 1's probability and deadline can no longer be corrected: the new deadline {day} has already passed, so its outcome could be known{hint}")
        );
    }
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 1);
    // By the wall clock, too, though the day the tool reasons with is before it.
    let earlier = l_at(&l, "2026-10-05");
    let err = earlier.fails(
        &["correct", "1", "--deadline", "2026-11-15", "--why", "x"],
        2,
    );
    assert!(
        err.contains("the new deadline 2026-11-15 has already passed"),
        "{err}"
    );
    // A day the tool reasons with moved past the wall clock is no way around it: a write's
    // today must have come somewhere on Earth (audit 18, A10).
    let later = l_at(&l, "2099-07-01");
    let err = later.fails(
        &["correct", "1", "--deadline", "2099-06-20", "--why", "x"],
        2,
    );
    assert!(
        err.starts_with("error: FORECAST_TODAY `2099-07-01`: it is after "),
        "{err}"
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 1);
    // A window moved to another still ahead is a correction like any other.
    l.ok(&[
        "correct",
        "1",
        "--deadline",
        "2099-03-01",
        "--probability",
        "0.2",
        "--why",
        "typo",
    ]);
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 2);
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
            .env("FORECAST_TEST_NOW", crate::harness::TEST_NOW)
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
    let l = Ledger::new().at("2020-01-02").on_wall_clock();
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
    type Entry = (i64, String, i64, String, String, Option<String>);
    let (seq, kind, id, body, prev, author): Entry = conn
        .query_row(
            "SELECT seq, kind, entity_id, body, prev_hash, author FROM journal ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
        )
        .unwrap();
    let at = "2020-01-01T00:00:00.000Z";
    let hash = forecast_ledger::store::entry_hash(
        &prev,
        seq,
        &kind,
        id,
        &body,
        Some(at),
        author.as_deref(),
    );
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
fn verify_catches_a_table_definition_rewritten_through_writable_schema() {
    // Loosening a CHECK constraint in the stored schema lets rows that break the real one
    // in unnoticed; the chain cannot see it, the schema check must.
    let l = Ledger::new();
    one_resolved(&l);
    l.ok(&["verify"]);
    Connection::open(&l.db)
        .unwrap()
        .execute_batch(
            "PRAGMA writable_schema = ON;
             UPDATE sqlite_master
                SET sql = replace(sql, 'stance IN (''for'', ''against'')',
                                       'stance IN (''for'', ''against'', ''maybe'')')
              WHERE type = 'table' AND name = 'forecasts';
             PRAGMA writable_schema = OFF;",
        )
        .unwrap();
    let sql: String = Connection::open(&l.db)
        .unwrap()
        .query_row(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'forecasts'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(sql.contains("'maybe'"), "the schema edit took: {sql}");
    let err = l.fails(&["verify"], 1);
    assert!(err.contains("table `forecasts`"), "{err}");
    assert!(
        err.contains("differs from the one the migrations made"),
        "{err}"
    );
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
            .env("FORECAST_TEST_NOW", crate::harness::TEST_NOW)
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
    // A misspelled path for a command that reads: an error, nothing created (the folder
    // is missing, so that is what the error names).
    for args in [
        vec!["verify"],
        vec!["report"],
        vec!["backup", "copy.sqlite3"],
        vec!["list"],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("` does not exist; check the path"));
        assert!(!l.path("new").exists());
    }
}

/// Runs each of `commands` on the ledger with the file made 0444 in a 0555 directory (read
/// only media, as far as permission bits go), then gives the rights back; checks that the
/// file's bytes and the directory's listing are what they were, and returns the runs.
fn on_read_only_media(l: &Ledger, commands: &[&[&str]]) -> Vec<crate::harness::Run> {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path, mode| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap()
    };
    let listing = || -> Vec<_> {
        std::fs::read_dir(l.dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect()
    };
    let (before, files) = (file_bytes(&l.db), listing());
    mode(&l.db, 0o444);
    mode(l.dir.path(), 0o555);
    let runs = commands.iter().map(|c| l.run(c)).collect();
    mode(l.dir.path(), 0o755);
    mode(&l.db, 0o644);
    assert_eq!(file_bytes(&l.db), before);
    assert_eq!(listing(), files);
    runs
}

#[test]
fn a_ledger_on_read_only_media_is_read_and_verified_without_writing() {
    let l = Ledger::new();
    one_resolved(&l);
    let runs = on_read_only_media(
        &l,
        &[&["verify"], &["report", "--format", "json"], &["list"]],
    );
    for r in &runs {
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    assert!(runs[0].stdout.starts_with("ok:"));
}

#[test]
fn an_older_ledger_on_read_only_media_is_read_and_verified_without_writing() {
    let l = Ledger::new();
    let fixture = format!(
        "{}/tests/fixtures/schema/v1.sqlite3",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::copy(&fixture, &l.db).unwrap();
    let runs = on_read_only_media(
        &l,
        &[&["verify"], &["report", "--format", "json"], &["show", "1"]],
    );
    for r in &runs {
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(r.stderr.starts_with("note: ledger"), "{}", r.stderr);
    }
    assert!(
        runs[0].stdout.starts_with("ok: 11 journal entries"),
        "{}",
        runs[0].stdout
    );
    // What was read is what the ledger reads once migrated.
    l.ok(&["migrate"]);
    assert_eq!(runs[1].stdout, l.ok(&["report", "--format", "json"]));
    assert_eq!(runs[2].stdout, l.ok(&["show", "1"]));
}

/// The id is printed once the forecast is committed (audit 16, A7), so an id that cannot
/// be printed (`add > /dev/full`) names a forecast that is in the ledger: the error says
/// which, and running the same add again is refused as a repeat, so a retry cannot log it
/// twice.
#[test]
fn add_that_cannot_print_its_id_names_it_and_a_retry_is_refused() {
    let l = Ledger::new();
    l.ok(&["migrate"]);
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("forecast"));
    cmd.env("FORECAST_TEST_NOW", crate::harness::TEST_NOW);
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
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("error: forecast 1 was logged, but its id could not be printed (")
            && stderr.ends_with("); `forecast list --format csv` shows it, and running the same add again is refused as a repeat of it\n"),
        "{stderr}"
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 1);
    let retry = l.fails(
        &[
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
        2,
    );
    assert!(retry.contains("it repeats forecast 1"), "{retry}");
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 1);
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

/// With no wait allowed (`FORECAST_LOCK_WAIT=0`), every refusal for a lock another
/// connection holds is the same one line with its hint, whatever step met the lock: a
/// writer's lock met at the write's start, and a lock held on the whole file (what SQLite's
/// last connection takes to fold the WAL back in, or `locking_mode=EXCLUSIVE`) met by the
/// schema check at open, by a read, and by `verify`. Before, the second kind printed
/// SQLite's raw `database error: database is locked` (audit 19 A14: about one refusal in five
/// among 8 parallel writers).
#[test]
fn every_lock_refusal_without_a_wait_is_one_line_with_its_hint() {
    let l = Ledger::new();
    l.add("A", "one", "0.5", "2026-01-01", "2027-01-01", &[]);
    let want = format!(
        "error: ledger `{}` stayed locked by another writer for 0 s; try again when it has finished (FORECAST_LOCK_WAIT sets the wait in seconds)\n",
        l.db.display()
    );
    let add = [
        "add",
        "--source",
        "A",
        "--claim",
        "two",
        "--probability",
        "0.5",
        "--deadline",
        "2027-01-01",
    ];
    let refused = |args: &[&str]| {
        let out = l
            .command(args)
            .env("FORECAST_LOCK_WAIT", "0")
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    // A writer's lock: the write's BEGIN IMMEDIATE is refused.
    let h = hold_write_lock(&l.db, Duration::from_secs(3));
    assert_eq!(
        refused(&add),
        (Some(1), want.clone()),
        "add behind a writer"
    );
    h.join().unwrap();
    // The whole file locked: the first read of the schema is refused, for writes and reads.
    let (tx, rx) = std::sync::mpsc::channel();
    let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
    let db = l.db.clone();
    let h = std::thread::spawn(move || {
        let conn = Connection::open(&db).unwrap();
        conn.execute_batch(
            "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; SELECT count(*) FROM journal;",
        )
        .unwrap();
        tx.send(()).unwrap();
        done_rx.recv().unwrap();
        conn.execute_batch("COMMIT").unwrap();
    });
    rx.recv().unwrap();
    for args in [&add[..], &["list"], &["verify"]] {
        assert_eq!(
            refused(args),
            (Some(1), want.clone()),
            "{args:?} behind a file lock"
        );
    }
    done_tx.send(()).unwrap();
    h.join().unwrap();
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 1);
    l.ok(&["verify"]);
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

/// Runs `forecast` with `ulimit -f` at `blocks` KiB (SIGXFSZ ignored, so an over-long
/// write fails with EFBIG as on a full disk).
fn with_file_limit(l: &Ledger, blocks: u32, args: &[&str]) -> std::process::Output {
    under_limit(l, &format!("trap '' XFSZ; ulimit -f {blocks}"), args)
}

/// Runs `forecast` on the ledger after the shell lines `limit` (a `ulimit` and its traps),
/// with a fixed day and no backtrace, as a user's shell would.
fn under_limit(l: &Ledger, limit: &str, args: &[&str]) -> std::process::Output {
    let bin = assert_cmd::cargo::cargo_bin("forecast");
    let mut script = format!(
        "{limit}; exec '{}' --db '{}'",
        bin.display(),
        l.db.display()
    );
    for a in args {
        script.push_str(&format!(" '{a}'"));
    }
    std::process::Command::new("bash")
        .args(["-c", &script])
        .env("FORECAST_TODAY", "2026-11-28")
        .env_remove("FORECAST_DB")
        .env_remove("RUST_BACKTRACE")
        .output()
        .unwrap()
}

/// Every file in the ledger's folder, sorted.
fn all_entries(l: &Ledger) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(l.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// The folder's files other than SQLite's own `-wal` and `-shm`: a reader stopped by a
/// file-size limit cannot set up and take away its shared-memory index (the next
/// connection does), and those are not the files a chart or backup write could leave.
fn entries(l: &Ledger) -> Vec<String> {
    all_entries(l)
        .into_iter()
        .filter(|n| !n.ends_with("-wal") && !n.ends_with("-shm"))
        .collect()
}

#[test]
fn html_and_chart_never_replace_the_ledger_or_an_existing_file_without_force() {
    // Named .svg, so `--chart` takes the name.
    let mut l = Ledger::new();
    l.db = l.path("ledger.svg");
    one_resolved(&l);
    let db = l.db.to_str().unwrap().to_string();
    let before = file_bytes(&l.db);
    for flag in ["--html", "--chart"] {
        for force in [false, true] {
            let mut args = vec!["report", flag, db.as_str()];
            if force {
                args.push("--force");
            }
            let err = l.fails(&args, 2);
            assert!(err.contains("the ledger itself"), "{err}");
        }
    }
    let wal = format!("{db}-wal");
    l.fails(&["report", "--html", &wal, "--force"], 2);
    assert_eq!(file_bytes(&l.db), before);
    l.ok(&["verify"]);
    // An existing file: refused without --force (nothing written), replaced with it.
    let page = l.write_file("card.html", "mine");
    let chart = l.path("c.svg");
    let err = l.fails(
        &[
            "report",
            "--chart",
            chart.to_str().unwrap(),
            "--html",
            page.to_str().unwrap(),
        ],
        2,
    );
    assert!(err.contains("--force"), "{err}");
    assert_eq!(file_bytes(&page), b"mine");
    assert!(!chart.exists(), "a refusal writes neither file");
    l.ok(&["report", "--html", page.to_str().unwrap(), "--force"]);
    assert!(String::from_utf8(file_bytes(&page))
        .unwrap()
        .starts_with("<!doctype html>"));
}

/// Outputs are written beside and renamed into place, which would replace a symbolic link,
/// a pipe or a device node itself: each is refused, --force or not, and left as it was; a
/// pipe is refused as a ledger too (reading it would wait forever), and `copy --to` a
/// missing folder is refused as `--db` refuses one.
#[test]
fn outputs_never_replace_links_pipes_or_devices() {
    use std::os::unix::fs::FileTypeExt;
    let l = Ledger::new();
    one_resolved(&l);
    let target = l.write_file("target.html", "mine");
    let link = l.path("link.html");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let fifo = l.path("fifo");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    for out in [&link, &fifo] {
        let out = out.to_str().unwrap();
        for args in [
            vec!["report", "--html", out, "--force"],
            vec!["backup", out, "--force"],
            vec!["due", "--ics", out, "--force"],
        ] {
            let err = l.fails(&args, 2);
            assert!(
                err.contains("symbolic link") || err.contains("not a regular file"),
                "{err}"
            );
        }
    }
    let err = l.fails(&["backup", "/dev/null", "--force"], 2);
    assert!(err.contains("not a regular file"), "{err}");
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(file_bytes(&target), b"mine");
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    let mut piped = Ledger::new();
    piped.db = fifo.clone();
    let err = piped.fails(&["list"], 2);
    assert!(err.contains("not a regular file"), "{err}");
    let nodir = l.path("nodir/copy.db");
    let err = l.fails(&["copy", "--to", nodir.to_str().unwrap()], 2);
    assert!(err.contains("does not exist"), "{err}");
    assert!(!l.path("nodir").exists());
}

#[test]
fn a_failed_chart_or_backup_write_leaves_the_old_file_and_no_partial_one() {
    let l = Ledger::new();
    one_resolved(&l);
    let chart = l.path("c.svg");
    l.ok(&["report", "--chart", chart.to_str().unwrap()]);
    let old = file_bytes(&chart);
    assert!(old.len() > 2048);
    let listing = entries(&l);
    let out = with_file_limit(
        &l,
        1,
        &["report", "--chart", chart.to_str().unwrap(), "--force"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("error:"));
    assert_eq!(file_bytes(&chart), old, "the old chart is whole");
    assert_eq!(entries(&l), listing, "no temporary file left");
    // A backup that runs out of room: an error that says so, no partial file, and the
    // retry works.
    let copy = l.path("copy.sqlite3");
    // Room for SQLite's 32 KiB shared-memory file, not for the copy.
    assert!(file_bytes(&l.db).len() > 100 * 1024);
    let out = with_file_limit(&l, 64, &["backup", copy.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.starts_with("error: backing up to"), "{err}");
    assert!(!err.contains("not an error"), "{err}");
    assert!(!copy.exists());
    assert_eq!(entries(&l), listing, "no partial or temporary file left");
    l.ok(&["backup", copy.to_str().unwrap()]);
    assert_eq!(
        entries(&l),
        [listing.clone(), vec!["copy.sqlite3".to_string()]]
            .concat()
            .into_iter()
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect::<Vec<_>>()
    );
    // Over an existing file only with --force; never over the ledger.
    l.fails(&["backup", copy.to_str().unwrap()], 2);
    l.ok(&["backup", copy.to_str().unwrap(), "--force"]);
    let err = l.fails(&["backup", l.db.to_str().unwrap(), "--force"], 2);
    assert!(err.contains("the ledger itself"), "{err}");
}

/// A ledger with a tiny probability, a tag holding `;`, and texts that look like formulas.
fn awkward(l: &Ledger) {
    // `--claim=...`: a value starting with `-` must be attached to its flag.
    l.ok(&[
        "add",
        "--source",
        "=HYPERLINK(\"x\")",
        "--claim=-1 is the answer",
        "--probability",
        "0.000001",
        "--made-on",
        "2026-01-01",
        "--deadline",
        "2026-03-01",
        "--tag",
        "a;b",
        "--tag",
        "back\\slash",
        "--tag",
        "@home",
    ]);
    l.add(
        "B",
        "+2 more",
        "1e-5",
        "2026-01-01",
        "2026-03-01",
        &["--question", "'=q"],
    );
    l.add(
        "C",
        "plain",
        "0.3",
        "2026-01-01",
        "2026-03-01",
        &["--tag", "x"],
    );
    l.ok(&["resolve", "1", "--no", "--note", "@mention"]);
    l.ok(&["resolve", "2", "--yes"]);
}

#[test]
fn export_then_import_is_exact_for_tiny_probabilities_tags_with_semicolons_and_guarded_cells() {
    let l = Ledger::new();
    awkward(&l);
    let list = l.json(&["list", "--format", "json"]);
    assert_eq!(list[0]["probability"], 1e-6);
    assert_eq!(
        list[0]["tags"],
        serde_json::json!(["@home", "a;b", "back\\slash"])
    );
    for format in ["csv", "jsonl"] {
        let text = l.ok(&["export", "--format", format]);
        if format == "csv" {
            assert!(text.contains(",0.000001,"), "{text}");
            assert!(!text.contains("1e-"), "{text}");
        }
        let file = l.write_file(&format!("out.{format}"), &text);
        let copy = Ledger::new();
        copy.ok(&["import", file.to_str().unwrap()]);
        let back = copy.json(&["list", "--format", "json"]);
        for (a, b) in list
            .as_array()
            .unwrap()
            .iter()
            .zip(back.as_array().unwrap())
        {
            for key in [
                "source",
                "question",
                "claim",
                "probability",
                "tags",
                "outcome",
                "note",
            ] {
                assert_eq!(a[key], b[key], "{format}: {key}");
            }
        }
        assert_eq!(
            l.json(&["report", "--format", "json"])["sources"],
            copy.json(&["report", "--format", "json"])["sources"],
            "{format}"
        );
    }
}

#[test]
fn the_command_line_csv_and_json_lines_accept_the_same_probabilities() {
    for p in ["1e-5", "0.00001", "1e-300", "0", "1"] {
        let l = Ledger::new();
        l.add("A", "c", p, "2026-01-01", "2026-03-01", &[]);
        let csv = l.write_file(
            "a.csv",
            &format!("source,claim,probability,made_on,deadline\nA,d,{p},2026-01-01,2026-03-01\n"),
        );
        l.ok(&["import", csv.to_str().unwrap()]);
        let jsonl = l.write_file("a.jsonl", &format!("{{\"source\":\"A\",\"claim\":\"e\",\"probability\":{p},\"made_on\":\"2026-01-01\",\"deadline\":\"2026-03-01\"}}\n"));
        l.ok(&["import", jsonl.to_str().unwrap()]);
        let list = l.json(&["list", "--format", "json"]);
        let values: Vec<f64> = list
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["probability"].as_f64().unwrap())
            .collect();
        let want: f64 = p.parse().unwrap();
        assert_eq!(values, vec![want; 3], "{p}");
    }
    for bad in ["1.5", "-1e-9", "2e0", "NaN"] {
        let l = Ledger::new();
        l.ok(&["migrate"]);
        l.fails(
            &[
                "add",
                "--source",
                "A",
                "--claim",
                "c",
                "--probability",
                bad,
                "--deadline",
                "2027-01-01",
            ],
            2,
        );
        let csv = l.write_file(
            "a.csv",
            &format!(
                "source,claim,probability,made_on,deadline\nA,d,{bad},2026-01-01,2026-03-01\n"
            ),
        );
        l.fails(&["import", csv.to_str().unwrap()], 2);
    }
}

#[test]
fn csv_outputs_guard_formula_cells_and_terminal_and_markdown_outputs_are_neutralised() {
    let l = Ledger::new();
    awkward(&l);
    l.add(
        "Evil",
        "<script>alert(1)</script> [x](javascript:alert(1))",
        "0.5",
        "2026-01-01",
        "2026-03-01",
        &[],
    );
    l.ok(&["resolve", "4", "--yes"]);
    // `add` refuses control characters in a name (adversary.rs); a name written around the
    // tool (raw SQL past the guards, by a role with the rights) is still shown, not sent.
    Connection::open(&l.db)
        .unwrap()
        .execute_batch(
            "DROP TRIGGER sources_no_update;
             UPDATE sources SET name = char(27) || ']0;pwned' || char(7) || char(27) || '[2J'
             WHERE name = 'Evil';",
        )
        .unwrap();
    for args in [
        vec!["export", "--format", "csv"],
        vec!["list", "--format", "csv"],
        vec!["report", "--format", "csv"],
        vec!["report", "--format", "csv", "--long"],
        vec!["questions", "--format", "csv"],
    ] {
        let text = l.ok(&args);
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        for record in reader.records() {
            for cell in record.unwrap().iter() {
                let numeric = cell.parse::<f64>().is_ok();
                assert!(
                    numeric || !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{args:?}: unguarded cell {cell:?}"
                );
            }
        }
        assert!(text.contains("'=HYPERLINK"), "{args:?}");
    }
    // The claim `-1 is the answer` is guarded; a negative number the tool computes is not.
    assert!(l
        .ok(&["export", "--format", "csv"])
        .contains(",'-1 is the answer,"));
    for args in [vec!["list"], vec!["report"], vec!["show", "4"]] {
        let text = l.ok(&args);
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}'),
            "{args:?}: {text:?}"
        );
        assert!(
            text.contains('\u{241b}'),
            "{args:?}: the escape is shown, not sent"
        );
    }
    let md = l.ok(&["report", "--format", "markdown"]) + &l.ok(&["list", "--format", "markdown"]);
    assert!(!md.contains("<script>"), "{md}");
    assert!(!md.to_ascii_lowercase().contains("javascript:"), "{md}");
    assert!(!md.contains("](javascript"), "{md}");
}

#[test]
fn import_of_an_endless_line_is_refused_naming_the_line() {
    let l = Ledger::new();
    l.ok(&["migrate"]);
    let err = l.fails(&["import", "/dev/zero"], 2);
    assert!(
        err.contains("/dev/zero: line 1: the line is longer than 1 MiB"),
        "{err}"
    );
    let long = format!("source,claim,probability,made_on,deadline\nA,c,0.5,2026-01-01,2026-03-01\nA,{},0.5,2026-01-01,2026-03-01\n", "x".repeat(2 << 20));
    let f = l.write_file("long.csv", &long);
    let err = l.fails(&["import", f.to_str().unwrap()], 2);
    assert!(err.contains("line 3: the line is longer"), "{err}");
    let f = l.write_file(
        "long.jsonl",
        &format!("{{\"claim\": \"{}\"}}\n", "x".repeat(2 << 20)),
    );
    let err = l.fails(&["import", f.to_str().unwrap()], 2);
    assert!(err.contains("line 1: the line is longer"), "{err}");
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 0);
    let err = l.fails(&["resolve", "--from", "/dev/zero"], 2);
    assert!(err.contains("line 1: the line is longer"), "{err}");
    // A directory is bad input too.
    let err = l.fails(&["import", l.dir.path().to_str().unwrap()], 2);
    assert!(err.starts_with("error:"), "{err}");
}

/// Runs `forecast` under `ulimit -v` of `kib` KiB.
fn with_memory_limit(l: &Ledger, kib: u64, args: &[&str]) -> std::process::Output {
    under_limit(l, &format!("ulimit -v {kib}"), args)
}

#[test]
fn import_streams_within_200_mb_whatever_the_input() {
    let l = Ledger::new();
    l.ok(&["migrate"]);
    // 50,000 rows with a new question each, under a 200 MiB address-space limit: it all
    // goes in (the caches are trimmed every 16,384 rows).
    let path = l.path("big.csv");
    {
        use std::io::Write;
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
        writeln!(
            f,
            "source,claim,probability,made_on,deadline,question,outcome"
        )
        .unwrap();
        for i in 0..50_000 {
            writeln!(
                f,
                "S{},claim {i},0.{},2026-01-01,2026-03-01,q{i},{}",
                i % 50,
                i % 10,
                if i % 2 == 0 { "true" } else { "false" }
            )
            .unwrap();
        }
    }
    let out = with_memory_limit(&l, 200 * 1024, &["import", path.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 50_000);
    // Endless input under the same limit: one error line, exit 2, no backtrace.
    for args in [
        vec!["import", "/dev/zero"],
        vec!["resolve", "--from", "/dev/zero"],
    ] {
        let out = with_memory_limit(&l, 200 * 1024, &args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.starts_with("error:") && err.lines().count() == 1,
            "{err}"
        );
    }
}

#[test]
fn small_holes_are_closed() {
    let l = Ledger::new();
    // `ÉCOLE` and `école` are one source, found by either spelling.
    l.add("ÉCOLE", "one", "0.5", "2026-01-01", "2026-03-01", &[]);
    l.add("école", "two", "0.5", "2026-01-01", "2026-03-01", &[]);
    assert_eq!(l.count("SELECT count(*) FROM sources"), 1);
    let r = l.json(&["report", "--format", "json", "--source", "école"]);
    assert_eq!(r["sources"][0]["forecasts"], 2);
    assert_eq!(
        l.json(&["list", "--format", "json", "--source", "École"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    // `within -5 days` is refused, not read as +5 days.
    let err = l.fails(
        &[
            "add",
            "--source",
            "A",
            "--claim",
            "c",
            "--probability",
            "0.5",
            "--made-on",
            "2026-01-01",
            "--deadline",
            "within -5 days",
        ],
        2,
    );
    assert!(err.contains("within -5 days"), "{err}");
    // Two contradictory question events: the second is refused.
    l.add(
        "A",
        "q",
        "0.5",
        "2026-01-01",
        "2026-06-01",
        &["--question", "q"],
    );
    l.ok(&["resolve", "--question", "q", "--happened-on", "2026-02-01"]);
    let err = l.fails(&["resolve", "--question", "q", "--not-by", "2026-03-01"], 2);
    assert!(
        err.contains("already has the outcome `happened-on 2026-02-01`"),
        "{err}"
    );
    l.fails(&["resolve", "--question", "q", "--annul"], 2);
    assert_eq!(l.count("SELECT count(*) FROM question_outcomes"), 1);
    // extract --save refuses an article published after today, as add refuses --made-on.
    let article = l.write_file("a.md", "The Fed will likely cut rates by June 2027.\n");
    let err = l.fails(
        &[
            "extract",
            article.to_str().unwrap(),
            "--source",
            "S",
            "--published",
            "2026-12-01",
            "--save",
            "--yes",
        ],
        2,
    );
    assert!(err.contains("after today"), "{err}");
    assert_eq!(l.count("SELECT count(*) FROM articles"), 0);
    l.ok(&["verify"]);
}

/// Which forecasts are late is shown per forecast, not only counted: `list` (JSON and CSV),
/// `show` and `export` carry `logged_late`, and an import of that export ignores the column
/// quietly and judges lateness itself (audit 10, item 11).
#[test]
fn each_forecast_says_whether_it_was_logged_late() {
    let l = Ledger::new();
    // Logged (by the wall clock) long after its 2020 deadline: late.
    l.add("A", "old", "0.9", "2020-01-01", "2020-02-01", &[]);
    l.add("A", "new", "0.2", "2026-01-01", "2099-01-01", &[]);
    let list = l.json(&["list", "--status", "all", "--format", "json"]);
    let late: Vec<(i64, bool)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["id"].as_i64().unwrap(),
                f["logged_late"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(late, vec![(1, true), (2, false)]);
    let csv = l.ok(&["list", "--status", "all", "--format", "csv"]);
    let mut lines = csv.lines();
    assert!(
        lines.next().unwrap().ends_with(",created_at,logged_late"),
        "{csv}"
    );
    assert!(lines.next().unwrap().ends_with(",true"), "{csv}");
    assert!(lines.next().unwrap().ends_with(",false"), "{csv}");
    assert_eq!(
        l.json(&["show", "1", "--format", "json"])["forecast"]["logged_late"],
        true
    );
    assert!(l.ok(&["show", "1"]).contains("logged late  yes"));
    assert!(!l.ok(&["show", "2"]).contains("logged late"));
    let exported = l.ok(&["export", "--format", "csv"]);
    assert!(
        exported.lines().next().unwrap().ends_with(",logged_late"),
        "{exported}"
    );
    let file = l.write_file("export.csv", &exported);
    let other = Ledger::new();
    let run = other.run(&["import", file.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("logged_late"), "{}", run.stderr);
    let again = other.json(&["list", "--status", "all", "--format", "json"]);
    assert_eq!(again[0]["logged_late"], true);
    assert_eq!(again[1]["logged_late"], false);
}

#[test]
fn exclude_late_leaves_late_forecasts_out_of_the_scores_but_counts_them() {
    let l = Ledger::new();
    // Logged (by the wall clock) long after its 2020 deadline: late. Brier (0.9-0)^2.
    l.add("A", "old", "0.9", "2020-01-01", "2020-02-01", &[]);
    l.ok(&["resolve", "1", "--no", "--on", "2020-02-01"]);
    // Not late: deadline after the wall clock's today. Brier (0.2-1)^2, resolved early
    // and scored with --include-early.
    l.add("A", "new", "0.2", "2026-01-01", "2099-01-01", &[]);
    l.ok(&["resolve", "2", "--yes"]);
    let all = l.json(&["report", "--format", "json", "--include-early"]);
    assert_eq!(all["sources"][0]["logged_late"], 1);
    crate::harness::close(
        all["sources"][0]["brier"].as_f64().unwrap(),
        (0.81 + 0.64) / 2.0,
    );
    let kept = l.json(&[
        "report",
        "--format",
        "json",
        "--include-early",
        "--exclude-late",
    ]);
    assert_eq!(kept["sources"][0]["logged_late"], 1);
    assert_eq!(kept["sources"][0]["scored"], 1);
    crate::harness::close(kept["sources"][0]["brier"].as_f64().unwrap(), 0.64);
    let csv = l.ok(&["report", "--format", "csv"]);
    assert!(
        csv.lines()
            .next()
            .unwrap()
            .contains(",amended,logged_late,"),
        "{csv}"
    );
    let md = l.ok(&["report", "--format", "markdown"]);
    assert!(
        md.contains("| amended |") || md.contains(" amended "),
        "{md}"
    );
    assert!(md.contains("late"), "{md}");
    let table = l.ok(&["report"]);
    assert!(table.contains("late"), "{table}");
    let html = l.path("card.html");
    l.ok(&["report", "--html", html.to_str().unwrap()]);
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(
        page.contains("amended") && page.contains("logged late"),
        "the scorecard shows both"
    );
}

/// Read-only commands leave the ledger's folder as they found it: no `-wal` or `-shm` file
/// stays behind (a connection opened read-only could not take them away), and the ledger's
/// bytes are unchanged.
#[test]
fn read_only_commands_leave_no_files_behind() {
    let l = Ledger::new();
    l.add(
        "A",
        "it happens",
        "0.3",
        "2026-01-01",
        "2026-03-01",
        &["--tag", "t"],
    );
    l.ok(&["resolve", "1", "--yes"]);
    let before = file_bytes(&l.db);
    let files = || all_entries(&l);
    assert_eq!(files(), ["ledger.sqlite3"]);
    for args in [
        vec!["list"],
        vec!["show", "1"],
        vec!["report"],
        vec!["report", "--by", "tag"],
        vec!["compare"],
        vec!["questions"],
        vec!["question", "it-happens"],
        vec!["due"],
        vec!["export"],
        vec!["verify"],
    ] {
        l.ok(&args);
        assert_eq!(files(), ["ledger.sqlite3"], "{args:?}");
    }
    assert_eq!(file_bytes(&l.db), before);
    // A write still works after them, and verify still holds.
    l.add("B", "later", "0.6", "2026-11-01", "2027-01-01", &[]);
    l.ok(&["verify"]);
}

/// `report --latest --exclude-late`: a forecast logged after the outcome, dated later than
/// the source's honest one, is counted and left out, and the honest one is scored (it was
/// taken as the latest and then excluded, so the source had no score at all).
#[test]
fn latest_with_exclude_late_scores_what_was_on_record_in_time() {
    let l = Ledger::new().at("2026-05-01");
    l.add(
        "S",
        "Bill passes by year end",
        "0.3",
        "2026-05-01",
        "2026-12-31",
        &["--question", "bill"],
    );
    let l = l.at("2026-06-01");
    l.ok(&[
        "resolve",
        "--question",
        "bill",
        "--happened-on",
        "2026-05-15",
    ]);
    l.add(
        "S",
        "Bill passes by year end",
        "0.99",
        "2026-06-01",
        "2026-12-31",
        &["--question", "bill"],
    );
    let l = l.at("2027-01-05");
    let s = &l.json(&["report", "--latest", "--exclude-late", "--format", "json"])["sources"][0];
    assert_eq!(
        (s["scored"].as_u64(), s["logged_late"].as_u64()),
        (Some(1), Some(1)),
        "{s}"
    );
    assert!((s["brier"].as_f64().unwrap() - 0.49).abs() < 1e-9, "{s}");
    // Without --exclude-late the latest (the late one) is in force, as DESIGN's "in force".
    let s = &l.json(&["report", "--latest", "--format", "json"])["sources"][0];
    assert!((s["brier"].as_f64().unwrap() - 0.0001).abs() < 1e-9, "{s}");
}

/// Audit 15, A1: a correction is a new entry with a new, higher id, but it keeps the place
/// of the forecast it corrects (its first version's id) in its market, so a wording fix
/// made after the outcome is known changes no score, no price path and no forecast in
/// force. Two cases: A's same-day update was in force and the earlier forecast is fixed;
/// two sources the same day and the first one fixes a word.
#[test]
fn a_wording_correction_keeps_every_score_and_the_forecast_in_force() {
    // Written on days that have come (a write's today cannot be in the future), the
    // deadline still ahead of the wall clock so nothing is logged late; read on a day after
    // the deadline (a read may take any day), so the market is scored.
    let mut l = Ledger::new().at("2026-01-01");
    let q = ["--question", "deal"];
    l.add("A", "Deal by March", "0.8", "2026-01-01", "2099-03-31", &q);
    l.ok(&[
        "update",
        "1",
        "--probability",
        "0.3",
        "--made-on",
        "2026-01-01",
    ]);
    l.add("B", "Deal by March", "0.5", "2026-01-01", "2099-03-31", &q);
    l.today = "2026-04-05".into();
    l.ok(&[
        "resolve",
        "--question",
        "deal",
        "--happened-on",
        "2026-03-10",
    ]);
    let compare = ["compare", "--min-markets", "1", "--format", "csv"];
    let latest = ["report", "--latest", "--format", "csv"];
    let question = ["question", "deal", "--format", "csv"];
    l.today = "2099-04-05".into();
    let before = (l.ok(&compare), l.ok(&latest), l.ok(&question));
    // A's 30% update is in force: peer score -51.08, market score -0.737 bits, Brier 0.49.
    assert!(
        before
            .0
            .contains("A,2,1,-51.0825623766,,,0.12,-0.736965594166,2,0.49,0\n"),
        "{}",
        before.0
    );
    l.today = "2026-04-05".into();
    l.ok(&["correct", "1", "--claim", "Deal by March.", "--why", "typo"]);
    l.today = "2099-04-05".into();
    let after = (l.ok(&compare), l.ok(&latest), l.ok(&question));
    assert_eq!(after.0, before.0);
    assert_eq!(after.1, before.1);
    // The same rows, in the same places; only the corrected forecast's id is the new one.
    assert_eq!(after.2, before.2.replace("true,1,A,", "true,4,A,"));
    assert!(
        after
            .2
            .contains("deal,2099-03-31,true,true,2,A,2026-01-01,0.3,0.8,-1.41503749928,true\n"),
        "{}",
        after.2
    );
    let show = l.ok(&["show", "2"]);
    assert!(show.contains("30%  in force  (this one)"), "{show}");

    // Two sources the same day; A fixes a word after the outcome.
    let mut l = Ledger::new().at("2026-01-01");
    l.add("A", "Deal by March", "0.9", "2026-01-01", "2099-03-31", &q);
    l.add("B", "Deal by March", "0.6", "2026-01-01", "2099-03-31", &q);
    l.today = "2026-04-05".into();
    l.ok(&[
        "resolve",
        "--question",
        "deal",
        "--happened-on",
        "2026-03-10",
    ]);
    l.today = "2099-04-05".into();
    let before = l.ok(&compare);
    // Market scores by hand: A moves 0.5 to 0.9, log2(0.9/0.5) = 0.848; B 0.9 to 0.6,
    // log2(0.6/0.9) = -0.585.
    assert!(before.contains(",0.847996906555,1,"), "{before}");
    assert!(before.contains(",-0.584962500721,1,"), "{before}");
    l.today = "2026-04-05".into();
    l.ok(&[
        "correct",
        "1",
        "--claim",
        "A deal by March",
        "--why",
        "wording",
    ]);
    l.today = "2099-04-05".into();
    assert_eq!(l.ok(&compare), before);
    l.ok(&["verify"]);
    // `export` writes the corrected forecast where its first version stood, so an import
    // of it (numbered in file order) orders the market as the ledger does: the same
    // figures (all but `logged_late`: imported resolved records are late).
    let figures = |csv: &str| -> Vec<String> {
        csv.lines()
            .map(|line| {
                line.rsplit_once(',')
                    .map_or(line, |(head, _)| head)
                    .to_string()
            })
            .collect()
    };
    for format in ["csv", "jsonl"] {
        let file = l.write_file(
            &format!("out.{format}"),
            &l.ok(&["export", "--format", format]),
        );
        let mut copy = Ledger::new().at("2026-04-05");
        copy.ok(&["import", file.to_str().unwrap()]);
        copy.today = "2099-04-05".into();
        assert_eq!(figures(&copy.ok(&compare)), figures(&before), "{format}");
        let ids: Vec<String> = copy
            .json(&["list", "--format", "json"])
            .as_array()
            .unwrap()
            .iter()
            .map(|f| format!("{} {}", f["id"], f["claim"]))
            .collect();
        assert_eq!(
            ids,
            vec!["1 \"A deal by March\"", "2 \"Deal by March\""],
            "{format}"
        );
    }
}

/// Audit 15, A2: a forecast logged once the ledger already holds an outcome for its market
/// (question and deadline) through hand resolutions of other forecasts, stance taken into
/// account, is `logged_late` as after a recorded question outcome, whichever path logs it
/// (`add` and `update` say so); a void, another deadline, or a resolution in the same
/// import file does not count.
#[test]
fn a_forecast_logged_after_hand_resolutions_of_its_market_is_late() {
    // Made and resolved on days that have come (a write's today cannot be in the future),
    // the deadlines still ahead of the wall clock, so only a known outcome makes one late
    // (and within ten years of the date made, of which `add` would say more: ad4 F5).
    let mut l = Ledger::new().at("2026-01-05");
    let q = ["--question", "dj"];
    l.add("A", "Deal by June", "0.3", "2026-01-01", "2030-06-30", &q);
    l.add("B", "Deal by June", "0.6", "2026-01-02", "2030-06-30", &q);
    l.today = "2026-02-05".into();
    l.ok(&[
        "resolve",
        "1",
        "--yes",
        "--on",
        "2026-02-01",
        "--note",
        "signed",
    ]);
    l.ok(&[
        "resolve",
        "2",
        "--yes",
        "--on",
        "2026-02-01",
        "--note",
        "signed",
    ]);
    // Backdated to before the event, logged after the ledger said it happened.
    let r = l.add_run("A", "Deal by June", "0.99", "2026-01-10", "2030-06-30", &q);
    assert_eq!(r.stdout, "3\n");
    assert_eq!(
        r.stderr,
        "note: forecast 1 on question `dj` with the same deadline (2030-06-30) is already resolved `true` (the event happened); logged after that outcome was in the ledger, forecast 3 counts as logged late whatever date it bears (`--exclude-late` leaves it out of the scores)\nhint: A already logged this claim as forecast 1 on question `dj`; this one is on the same question, and both count in the scores; forecast 1 is resolved (true), so no update can follow it\n"
    );
    // The other stance: late all the same.
    let r = l.add_run(
        "C",
        "No deal by June",
        "0.2",
        "2026-01-10",
        "2030-06-30",
        &["--question", "dj", "--against"],
    );
    assert!(
        r.stderr.contains("forecast 4 counts as logged late"),
        "{}",
        r.stderr
    );
    // Another deadline is another market: on time, nothing said.
    let r = l.add_run("C", "Deal by May", "0.2", "2026-01-10", "2030-05-31", &q);
    assert_eq!((r.stdout.as_str(), r.stderr.as_str()), ("5\n", ""));
    // A void says nothing about the event.
    l.add(
        "D",
        "Vote by July",
        "0.5",
        "2026-01-01",
        "2030-07-31",
        &["--question", "v"],
    );
    l.ok(&["resolve", "6", "--void", "--reason", "ambiguous"]);
    let r = l.add_run(
        "E",
        "Vote by July",
        "0.5",
        "2026-01-02",
        "2030-07-31",
        &["--question", "v"],
    );
    assert_eq!((r.stdout.as_str(), r.stderr.as_str()), ("7\n", ""));
    // An update on the decided market is late too, and says so.
    let r = l.run(&[
        "update",
        "4",
        "--probability",
        "0.1",
        "--made-on",
        "2026-01-12",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "8\n");
    assert!(
        r.stderr.contains("forecast 8 counts as logged late"),
        "{}",
        r.stderr
    );
    // An import row on the decided market is late; a row resolved in the same file does
    // not make its neighbour late (both are logged at the same instant).
    let sheet = l.write_file(
        "s.csv",
        "source,claim,probability,made_on,deadline,question,outcome,resolved_on\n\
         F,Deal by June,0.7,2026-01-03,2030-06-30,dj,,\n\
         G,Rain by June,0.4,2026-01-03,2030-06-30,rain,true,2026-02-01\n\
         H,Rain by June,0.6,2026-01-03,2030-06-30,rain,,\n",
    );
    l.ok(&["import", sheet.to_str().unwrap()]);
    let late: Vec<(i64, i64)> = {
        let conn = Connection::open(&l.db).unwrap();
        let mut stmt = conn
            .prepare("SELECT id, logged_late FROM forecasts ORDER BY id")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    assert_eq!(
        late,
        vec![
            (1, 0),
            (2, 0),
            (3, 1),
            (4, 1),
            (5, 0),
            (6, 0),
            (7, 0),
            (8, 1),
            (9, 1),
            (10, 1),
            (11, 0)
        ]
    );
    // The backdated 99% no longer wins the market once late forecasts are left out: A is
    // scored on its 30% (ln 0.3 - ln 0.6 = -0.693147, by hand).
    l.ok(&["resolve", "3", "--yes", "--on", "2026-02-01"]);
    // Read on a day after the deadlines (a read may take any day).
    l.today = "2030-07-05".into();
    let csv = l.ok(&[
        "compare",
        "--min-markets",
        "1",
        "--exclude-late",
        "--format",
        "csv",
    ]);
    assert!(csv.contains("\nA,2,1,-69.314718056,"), "{csv}");
    l.ok(&["verify"]);
}

/// Audit 16, A8: `--db` values SQLite would read as special names are refused with one
/// line, exit 2, before anything is opened or written: `:memory:` (which kept nothing and
/// answered with an id), `file:` URIs (`mode=memory` spun without end; `file:u.db` opened
/// `u.db` while `backup file:u.db` wrote a file named `file:u.db`), for every command that
/// names an SQLite file (`--db`, `FORECAST_DB`, `copy --to`, `backup`). `./file:u.db` is a
/// path like any other.
#[test]
fn sqlite_special_names_are_refused_and_dot_slash_names_the_file() {
    let l = Ledger::new();
    l.ok(&["migrate"]);
    let dir = l.dir.path();
    let run = |db: Option<&str>, env_db: Option<&str>, args: &[&str]| {
        let mut cmd = assert_cmd::Command::cargo_bin("forecast").unwrap();
        cmd.env("FORECAST_TEST_NOW", crate::harness::TEST_NOW);
        for var in ["FORECAST_DB", "NO_COLOR", "COLUMNS"] {
            cmd.env_remove(var);
        }
        cmd.env("FORECAST_TODAY", "2026-11-28").current_dir(dir);
        if let Some(db) = db {
            cmd.arg("--db").arg(db);
        }
        if let Some(db) = env_db {
            cmd.env("FORECAST_DB", db);
        }
        cmd.timeout(Duration::from_secs(60));
        let out = cmd.args(args).output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let add = [
        "add",
        "--source",
        "me",
        "--claim",
        "x",
        "--probability",
        "0.5",
        "--deadline",
        "2027-01-01",
    ];
    let memory = "error: --db `:memory:`: SQLite's in-memory database keeps nothing once the command ends, so nothing would be logged; give a file path (a throw-away ledger: `--db \"$(mktemp -d)/ledger.db\"`)\n";
    assert_eq!(
        run(Some(":memory:"), None, &add),
        (Some(2), String::new(), memory.to_string())
    );
    assert_eq!(
        run(None, Some(":memory:"), &add),
        (Some(2), String::new(), memory.to_string())
    );
    assert_eq!(
        run(Some("file:m2.db?mode=memory"), None, &add),
        (
            Some(2),
            String::new(),
            "error: --db `file:m2.db?mode=memory`: SQLite reads a name starting with `file:` as a URI, not a file path, so commands would disagree on which file it names; give the path itself (`m2.db`), or `./file:m2.db?mode=memory` for a file whose name starts with `file:`\n".to_string()
        )
    );
    let db = l.db.display().to_string();
    assert_eq!(
        run(Some(&db), None, &["backup", "file:u.db"]),
        (
            Some(2),
            String::new(),
            "error: backup `file:u.db`: SQLite reads a name starting with `file:` as a URI, not a file path, so commands would disagree on which file it names; give the path itself (`u.db`), or `./file:u.db` for a file whose name starts with `file:`\n".to_string()
        )
    );
    let copy = run(Some(&db), None, &["copy", "--to", "file:u.db"]);
    assert_eq!(copy.0, Some(2));
    assert!(
        copy.2.starts_with(
            "error: --to `file:u.db`: SQLite reads a name starting with `file:` as a URI"
        ),
        "{}",
        copy.2
    );
    // Nothing was created by any of them.
    let names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with("ledger.sqlite3"))
        .collect();
    assert_eq!(names, Vec::<String>::new());
    // `./file:u.db` is that file, for `--db` and `backup` alike.
    let made = run(Some("./file:u.db"), None, &add);
    assert_eq!((made.0, made.1.as_str()), (Some(0), "1\n"), "{}", made.2);
    assert!(dir.join("file:u.db").is_file());
    let backed = run(Some(&db), None, &["backup", "./file:b.db"]);
    assert_eq!(backed.0, Some(0), "{}", backed.2);
    let verify = run(Some("./file:b.db"), None, &["verify"]);
    assert_eq!(verify.0, Some(0), "{}", verify.2);
    assert!(
        verify.1.starts_with("ok: 0 journal entries"),
        "{}",
        verify.1
    );
}

/// Audit 17, A1: once another forecast in the market (question and deadline) is resolved
/// by hand, the market's outcome is in the ledger, so `correct` refuses a new probability
/// or deadline as it refuses one once a question outcome is recorded (exit 2, nothing
/// written), naming the resolved forecast; a deadline moved into such a market is refused
/// the same way. A wording fix still passes, and a void says nothing about the event.
#[test]
fn a_correction_after_a_hand_resolution_of_its_market_is_refused() {
    // Made and resolved on days that have come (a write's today cannot be in the future), the
    // deadlines still ahead of the wall clock, so only the market's outcome refuses.
    let l = Ledger::new().at("2026-06-30");
    let q = ["--question", "deal"];
    l.add(
        "A",
        "Deal signed by Dec",
        "0.6",
        "2026-06-01",
        "2099-12-31",
        &q,
    );
    l.add(
        "B",
        "Deal signed by Dec",
        "0.2",
        "2026-06-01",
        "2099-12-31",
        &q,
    );
    l.add(
        "C",
        "Deal signed by Nov",
        "0.3",
        "2026-06-01",
        "2099-11-30",
        &q,
    );
    l.add(
        "D",
        "No deal by Oct",
        "0.5",
        "2026-06-01",
        "2099-10-31",
        &["--question", "deal", "--against"],
    );
    l.ok(&[
        "resolve",
        "1",
        "--yes",
        "--on",
        "2026-06-20",
        "--note",
        "signed on 20 June",
    ]);
    let hint = "; log a new forecast with `forecast add` instead (its wording can still be corrected with --claim)\n";
    let err = l.fails(
        &["correct", "2", "--probability", "0.99", "--why", "typo"],
        2,
    );
    assert_eq!(
        err,
        format!("error: forecast 2's probability and deadline can no longer be corrected: forecast 1 on question `deal` with the deadline 2099-12-31 is resolved `true` (the event happened), so the outcome of that market is in the ledger{hint}")
    );
    let err = l.fails(
        &["correct", "2", "--deadline", "2100-01-31", "--why", "typo"],
        2,
    );
    assert!(err.contains("forecast 1 on question `deal`"), "{err}");
    // Moved into the resolved market from another one.
    let err = l.fails(
        &[
            "correct",
            "3",
            "--deadline",
            "2099-12-31",
            "--why",
            "meant December",
        ],
        2,
    );
    assert_eq!(
        err,
        format!("error: forecast 3's probability and deadline can no longer be corrected: the new deadline moves it into a market where forecast 1 on question `deal` with the deadline 2099-12-31 is resolved `true` (the event happened), so the outcome of that market is in the ledger{hint}")
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 4);
    // A wording fix is still accepted.
    assert_eq!(
        l.ok(&[
            "correct",
            "2",
            "--claim",
            "Deal signed by December",
            "--why",
            "typo"
        ]),
        "forecast 2 corrected: the current version is forecast 5\n"
    );
    // Another market (deadline) is open: corrected as before.
    l.ok(&["correct", "3", "--probability", "0.4", "--why", "typo"]);
    // The other stance resolved says the event's outcome all the same; a void says nothing.
    l.add(
        "E",
        "No deal by Oct",
        "0.4",
        "2026-06-01",
        "2099-10-31",
        &["--question", "deal", "--against"],
    );
    l.ok(&["resolve", "7", "--void", "--reason", "ambiguous"]);
    l.ok(&["correct", "4", "--probability", "0.45", "--why", "typo"]);
    l.add(
        "F",
        "No deal by Oct",
        "0.7",
        "2026-06-01",
        "2099-10-31",
        &["--question", "deal", "--against"],
    );
    l.ok(&["resolve", "9", "--yes", "--on", "2026-06-25"]);
    let err = l.fails(
        &["correct", "8", "--probability", "0.5", "--why", "typo"],
        2,
    );
    assert_eq!(
        err,
        format!("error: forecast 8's probability and deadline can no longer be corrected: forecast 9 on question `deal` with the deadline 2099-10-31 is resolved `true` (the event did not happen by then), so the outcome of that market is in the ledger{hint}")
    );
    l.ok(&["verify"]);
}

/// Audit 17, A6: once the outcome could be known, `correct --claim` may not change the
/// claim's figures or its comparison and direction words, though the negation stays:
/// "Inflation falls below 3%", resolved false, rewritten "Inflation stays above 3%" or
/// "... below 5%" would make the record score another claim. A wording fix that keeps
/// them passes; an open forecast may still be reworded freely.
#[test]
fn a_corrected_claim_may_not_change_figures_or_directions_once_the_outcome_could_be_known() {
    let l = Ledger::new();
    l.add(
        "A",
        "Inflation falls below 3% by June",
        "0.7",
        "2026-01-05",
        "2026-06-30",
        &[],
    );
    l.ok(&["resolve", "1", "--no", "--on", "2026-06-30"]);
    let hint = "; log a new forecast with `forecast add` instead (a wording fix that keeps the negation, the figures and the comparison or direction words is still accepted)\n";
    let err = l.fails(
        &[
            "correct",
            "1",
            "--claim",
            "Inflation stays above 3% by June",
            "--why",
            "x",
        ],
        2,
    );
    assert_eq!(
        err,
        format!("error: forecast 1's claim can no longer change its meaning: the new claim changes its comparison or direction words (`below` `falls` before, `above` now) and it is resolved (false){hint}")
    );
    let err = l.fails(
        &[
            "correct",
            "1",
            "--claim",
            "Inflation falls below 5% by June",
            "--why",
            "x",
        ],
        2,
    );
    assert_eq!(
        err,
        format!("error: forecast 1's claim can no longer change its meaning: the new claim changes its figures (`3%` before, `5%` now) and it is resolved (false){hint}")
    );
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 1);
    // A wording fix keeping them passes.
    l.ok(&[
        "correct",
        "1",
        "--claim",
        "Inflation falls below 3% by end of June",
        "--why",
        "typo",
    ]);
    // An open forecast may be reworded freely.
    l.add(
        "B",
        "Rates rise above 5% in 2099",
        "0.4",
        "2026-01-05",
        "2099-01-01",
        &[],
    );
    l.ok(&[
        "correct",
        "3",
        "--claim",
        "Rates fall below 4% in 2099",
        "--why",
        "misread",
    ]);
    l.ok(&["verify"]);
}

/// The latest calendar day anywhere on Earth now: the day at UTC+14 (Kiritimati).
fn latest_day_on_earth() -> chrono::NaiveDate {
    #[allow(clippy::disallowed_methods)]
    let now = chrono::Utc::now();
    (now + chrono::Duration::hours(14)).date_naive()
}

/// With FORECAST_TODAY unset, a time zone set more than 14 hours ahead of UTC makes the local
/// day one no place on Earth has reached: the write is refused naming today and the time zone,
/// not a variable the user never set (adversary, 2026-12-05). Nothing is written.
#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "needs FORECAST_TEST_NOW, which only debug builds read"
)]
fn a_time_zone_past_utc_plus_14_is_named_not_forecast_today() {
    // The recording instant is the harness's fixed one (2026-12-04T12:00Z, latest day on
    // Earth 2026-12-05); the local day at UTC+23 from the real clock is 2026-12-06 or later.
    let l = Ledger::new();
    let out = l
        .command(&[
            "add",
            "--source",
            "me",
            "--claim",
            "x",
            "--probability",
            "0.5",
            "--deadline",
            "EOY",
        ])
        .env_remove("FORECAST_TODAY")
        .env("TZ", "XXX-23")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.starts_with("error: today `"), "{err}");
    assert!(
        err.contains(", the latest day it is anywhere on Earth now (UTC+14): the time zone (TZ) is set more than 14 hours ahead of UTC or the system clock is wrong; nothing was written\n"),
        "{err}"
    );
    assert!(!err.contains("FORECAST_TODAY"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!l.path("ledger.sqlite3").exists() || l.count("SELECT count(*) FROM forecasts") == 0);
}

/// Audit 18, A10: `FORECAST_TODAY` after the latest day anywhere on Earth (UTC+14) made
/// `add` log a forecast "made" in 2028 that the ledger's own export could not import. Every
/// command that writes now refuses such a day (exit 2, one line naming FORECAST_TODAY,
/// nothing written, no ledger created for a new path), before any work; reading commands
/// still take it (a report as of a day after the deadlines), and so does a write on the
/// latest day itself.
#[test]
fn a_today_after_every_day_on_earth_refuses_writes_not_reads() {
    let mut l = Ledger::new().on_wall_clock();
    l.add(
        "A",
        "Deal by June",
        "0.6",
        "2026-01-01",
        "2026-06-30",
        &["--question", "deal"],
    );
    l.ok(&[
        "resolve",
        "--question",
        "deal",
        "--happened-on",
        "2026-05-01",
    ]);
    let article = l.write_file("a.md", "The bank will cut rates by June.\n");
    let rows = l.write_file(
        "rows.csv",
        "source,claim,probability,made_on,deadline\nB,Rain by May,0.4,2026-01-02,2026-05-31\n",
    );
    let journal = l.count("SELECT count(*) FROM journal");
    l.today = "2099-01-05".into();
    let before = latest_day_on_earth();
    let writes: [&[&str]; 7] = [
        &[
            "add",
            "--source",
            "A",
            "--claim",
            "Deal by 2100",
            "--probability",
            "0.5",
            "--deadline",
            "2100-01-01",
        ],
        &["update", "1", "--probability", "0.7"],
        &[
            "correct",
            "1",
            "--claim",
            "A deal by June",
            "--why",
            "words",
        ],
        &["resolve", "1", "--no", "--amend", "--note", "appeal"],
        &["resolve", "--question", "deal", "--not-by", "2099-01-01"],
        &["import", rows.to_str().unwrap()],
        &[
            "extract",
            article.to_str().unwrap(),
            "--source",
            "A",
            "--published",
            "2099-01-01",
            "--save",
            "--yes",
        ],
    ];
    let mut errors = Vec::new();
    for args in writes {
        errors.push(l.fails(args, 2));
    }
    let after = latest_day_on_earth();
    let message = |latest: chrono::NaiveDate| {
        format!("error: FORECAST_TODAY `2099-01-05`: it is after {latest}, the latest day it is anywhere on Earth now (UTC+14), so this write would record forecasts made or outcomes known in the future; nothing was written: unset FORECAST_TODAY, or set it to a day that has come (it may be in the past, for tests and replays; reading commands take any day)\n")
    };
    for (args, err) in writes.iter().zip(&errors) {
        assert!(
            *err == message(before) || *err == message(after),
            "{args:?}: {err}"
        );
    }
    assert_eq!(l.count("SELECT count(*) FROM journal"), journal);
    // A new ledger path is not created.
    let fresh = Ledger::new().at("2099-01-05").on_wall_clock();
    fresh.fails(writes[0], 2);
    assert!(!fresh.db.exists());
    // Reads take the day: the market is scored as of 2099.
    let report = l.json(&["report", "--format", "json"]);
    assert_eq!(report["today"], "2099-01-05");
    assert_eq!(report["overall"]["scored"], 1);
    l.ok(&["list", "--status", "all"]);
    l.ok(&["verify"]);
    // The latest day on Earth itself has come somewhere, so it writes.
    l.today = after.to_string();
    l.ok(writes[0]);
}
