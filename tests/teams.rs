//! A team on one PostgreSQL ledger, through the `forecast` binary: many processes writing at
//! once make one valid chain, and a killed import leaves all of its rows or none. Each test
//! gets its own database on the server named by `FORECAST_TEST_PG` (skipped with a notice
//! without one, a failure under `CI=true`; see `support/pg.rs`).

#[path = "support/pg.rs"]
#[allow(dead_code)]
mod pg_support;

use pg_support::TestDb;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn forecast(url: &str) -> Command {
    let mut c = Command::new(assert_cmd::cargo::cargo_bin("forecast"));
    c.env_remove("FORECAST_DB")
        .env("FORECAST_TODAY", "2026-11-28")
        .env("FORECAST_LOCK_WAIT", "120")
        .arg("--db")
        .arg(url);
    c
}

fn count(db: &TestDb, sql: &str) -> i64 {
    db.connect().query_one(sql, &[]).unwrap().get(0)
}

#[test]
fn sixteen_processes_adding_fifty_forecasts_each_make_800_and_one_valid_chain() {
    const TEST: &str = "sixteen_processes_adding_fifty_forecasts_each";
    let Some(db) = TestDb::new(TEST) else {
        return;
    };
    // The owner makes the ledger and the roles; each process writes as a writer role of
    // its own, so every entry passes the journal's check (migration 10) under contention.
    let first = forecast(&db.url).arg("init-roles").output().unwrap();
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let roles: Vec<_> = (0..16)
        .map(|w| db.role(&format!("w{w}"), Some(&db.writer())))
        .collect();
    let outputs: Vec<Vec<Output>> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..16)
            .map(|w| {
                let url = roles[w].url.clone();
                scope.spawn(move || {
                    let mut outs = Vec::new();
                    for i in 0..50 {
                        let out = forecast(&url)
                            .args(["add", "--source"])
                            .arg(format!("Writer {w}"))
                            .arg("--claim")
                            .arg(format!("Claim {i} of writer {w}"))
                            .args(["--probability", "0.6", "--deadline", "2027-06-30"])
                            .output()
                            .unwrap();
                        outs.push(out);
                    }
                    outs
                })
            })
            .collect();
        workers.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for out in outputs.iter().flatten() {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(count(&db, "SELECT count(*) FROM forecasts"), 800);
    assert_eq!(
        count(&db, "SELECT count(DISTINCT claim) FROM forecasts"),
        800
    );
    assert_eq!(count(&db, "SELECT count(*) FROM sources"), 16);
    let verify = forecast(&db.url).arg("verify").output().unwrap();
    assert!(
        verify.status.success(),
        "{}",
        String::from_utf8_lossy(&verify.stdout)
    );
    // 16 sources, 800 forecasts and the 800 questions of their own that `add` without
    // `--question` makes, each one journal entry, in one chain.
    assert_eq!(count(&db, "SELECT count(*) FROM questions"), 800);
    assert_eq!(count(&db, "SELECT count(*) FROM journal"), 1616);
    assert_eq!(count(&db, "SELECT max(seq) FROM journal"), 1616);
    // Each writer's 101 entries (its source, 50 questions, 50 forecasts) name it.
    for (w, role) in roles.iter().enumerate() {
        let mine = format!(
            "SELECT count(*) FROM journal WHERE author = '{}'",
            role.name
        );
        assert_eq!(count(&db, &mine), 101, "writer {w}");
    }
}

/// A CSV of `rows` forecasts from 50 sources, each different (an import is refused twice).
fn sheet(rows: usize) -> String {
    let mut s = String::from("source,claim,probability,made_on,deadline,outcome\n");
    for i in 0..rows {
        let outcome = ["true", "false", ""][i % 3];
        s.push_str(&format!(
            "Source {},Claim number {i},0.{},2026-01-01,2026-{:02}-15,{outcome}\n",
            i % 50,
            1 + i % 9,
            1 + i % 12
        ));
    }
    s
}

#[test]
fn a_killed_import_leaves_all_of_its_rows_or_none() {
    const TEST: &str = "a_killed_import_leaves_all_of_its_rows_or_none";
    let Some(db) = TestDb::new(TEST) else {
        return;
    };
    const ROWS: usize = 200_000;
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("big.csv");
    std::fs::write(&csv, sheet(ROWS)).unwrap();
    let first = forecast(&db.url)
        .args([
            "add",
            "--source",
            "Before",
            "--claim",
            "c",
            "--probability",
            "0.5",
        ])
        .args(["--deadline", "2027-01-01"])
        .output()
        .unwrap();
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let mut child = forecast(&db.url)
        .arg("import")
        .arg(&csv)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once it is writing: when its session holds the write lock.
    let started = Instant::now();
    let mut admin = db.connect();
    loop {
        let writing: bool = admin
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted)",
                &[],
            )
            .unwrap()
            .get(0);
        if writing || child.try_wait().unwrap().is_some() {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the import never started writing"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    drop(admin);
    std::thread::sleep(Duration::from_millis(150));
    let _ = child.kill();
    let status = child.wait().unwrap();
    // The server rolls back the dead client's transaction once it notices the connection
    // is gone; wait for that, then the ledger holds all of the import or none of it.
    let started = Instant::now();
    while count(
        &db,
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    ) > 0
    {
        assert!(started.elapsed() < Duration::from_secs(60));
        std::thread::sleep(Duration::from_millis(20));
    }
    let forecasts = count(&db, "SELECT count(*) FROM forecasts");
    if status.success() {
        eprintln!("note: {TEST}: the import finished before it was killed");
        assert_eq!(forecasts, 1 + ROWS as i64);
    } else {
        assert!(
            forecasts == 1 || forecasts == 1 + ROWS as i64,
            "{forecasts} forecasts after a killed import"
        );
    }
    let verify = forecast(&db.url).arg("verify").output().unwrap();
    assert!(
        verify.status.success(),
        "{}",
        String::from_utf8_lossy(&verify.stdout)
    );
    // The file can be imported again (or was, whole).
    if forecasts == 1 {
        let again = forecast(&db.url).arg("import").arg(&csv).output().unwrap();
        assert!(
            again.status.success(),
            "{}",
            String::from_utf8_lossy(&again.stderr)
        );
        assert_eq!(
            count(&db, "SELECT count(*) FROM forecasts"),
            1 + ROWS as i64
        );
    }
}

// The owner and a writer role (which may not ANALYZE) each resolve a question over more
// forecasts than the PostgreSQL writer plans around stale statistics for (4,000): the
// set-based path gives every forecast what the rule gives it, and the ledger verifies.
#[test]
fn large_question_outcomes_by_the_owner_and_a_writer_and_the_ledger_verifies() {
    const TEST: &str = "large_question_outcomes_by_the_owner_and_a_writer";
    let Some(db) = TestDb::new(TEST) else {
        return;
    };
    let roles = forecast(&db.url).arg("init-roles").output().unwrap();
    assert!(
        roles.status.success(),
        "{}",
        String::from_utf8_lossy(&roles.stderr)
    );
    let writer = db.role("w", Some(&db.writer()));
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("q.csv");
    let mut text = String::from("source,claim,probability,made_on,deadline,question\n");
    for i in 0..8200 {
        text.push_str(&format!(
            "Source {},Claim {i},0.{},2026-01-01,2026-{:02}-15,{}\n",
            i % 7,
            1 + i % 9,
            1 + (i / 2) % 12,
            ["a", "b"][i % 2]
        ));
    }
    std::fs::write(&csv, text).unwrap();
    for (url, args) in [
        (&writer.url, vec!["import", csv.to_str().unwrap()]),
        (
            &db.url,
            vec!["resolve", "--question", "a", "--happened-on", "2026-06-15"],
        ),
        (
            &writer.url,
            vec!["resolve", "--question", "b", "--happened-on", "2026-06-15"],
        ),
    ] {
        let out = forecast(url).args(&args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        if args[0] == "resolve" {
            // Of each question's 4,100 forecasts, those with deadlines on the 15th of
            // months 6 to 12 (7 of every 12, and 3 of the last 8: 2,390) are on or after
            // the day it happened: true; the rest false.
            assert_eq!(
                String::from_utf8_lossy(&out.stdout),
                format!("question {} (happened-on 2026-06-15): resolved 4100 (2390 true, 1710 false, 0 void); 0 already agreed; 0 still open; 0 conflict(s)\n", args[2])
            );
        }
    }
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM forecasts WHERE outcome = CASE WHEN deadline >= '2026-06-15' THEN 'true' ELSE 'false' END"
        ),
        8200
    );
    let verify = forecast(&db.url).arg("verify").output().unwrap();
    assert!(
        verify.status.success(),
        "{}",
        String::from_utf8_lossy(&verify.stdout)
    );
}
