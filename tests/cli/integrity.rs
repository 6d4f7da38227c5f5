//! The ledger's promises: nothing edited in place, every change in a verified hash chain,
//! corrections visible, concurrent writers safe, a killed import leaves all or nothing.

use crate::harness::{add_in_process, file_bytes, Ledger, TODAY};
use assert_cmd::Command;
use rusqlite::Connection;

fn small(l: &Ledger) {
    l.add(
        "A",
        "one",
        "0.6",
        "2026-01-01",
        "2026-03-01",
        &["--question", "q", "--tag", "t"],
    );
    l.add(
        "B",
        "two",
        "0.3",
        "2026-01-01",
        "2026-06-01",
        &["--question", "q"],
    );
    l.ok(&[
        "resolve",
        "--question",
        "q",
        "--happened-on",
        "2026-02-01",
        "--note",
        "done",
    ]);
    l.add("A", "three", "0.9", "2026-02-01", "2026-12-31", &[]);
}

/// Raw SQL against the file, as anyone with an SQLite tool could run it.
fn raw(l: &Ledger, sql: &str) -> rusqlite::Result<usize> {
    let conn = Connection::open(&l.db).unwrap();
    conn.execute_batch(sql).map(|()| 0)
}

/// Raw SQL after dropping every trigger and turning foreign keys off: what someone set on
/// rewriting the file would do first.
fn raw_without_guards(l: &Ledger, sql: &str) {
    let triggers: Vec<String> = {
        let conn = Connection::open(&l.db).unwrap();
        let mut stmt = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            .unwrap();
        let names = stmt.query_map([], |r| r.get(0)).unwrap();
        names.map(Result::unwrap).collect()
    };
    let drop_all: String = triggers
        .iter()
        .map(|n| format!("DROP TRIGGER {n};"))
        .collect();
    raw(l, &format!("PRAGMA foreign_keys = OFF; {drop_all} {sql};")).unwrap();
}

#[test]
fn a_clean_ledger_verifies_and_prints_its_head() {
    let l = Ledger::new();
    small(&l);
    let out = l.ok(&["verify"]);
    assert!(out.starts_with("ok: 10 journal entries"), "{out}");
    // The head is published with its entry number (audit 19 A1); the bare hash, as older
    // versions printed it, is still taken.
    let head = l.ok(&["verify", "--head"]).trim().to_string();
    assert_eq!(head.len(), 3 + 64);
    assert!(head.starts_with("10:"), "{head}");
    assert!(out.ends_with(&format!("\nhead {head}\n")), "{out}");
    let out = l.ok(&["verify", "--published", &head[3..]]);
    assert!(
        out.contains("is entry 10: nothing up to it has changed"),
        "{out}"
    );
    // A head published earlier is still in the chain after more writes.
    l.add("C", "four", "0.5", "2026-02-01", "2026-12-31", &[]);
    let out = l.ok(&["verify", "--published", &head]);
    assert!(
        out.contains("is entry 10: nothing up to it has changed"),
        "{out}"
    );
    let r = l.run(&["verify", "--published", &"ab".repeat(32)]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    // Pasted with a space or a line break around it, it is said back without them (audit 13).
    let out = l.ok(&["verify", "--published", &format!(" {head}\n")]);
    assert!(
        out.ends_with(&format!(
            "the published head {head} is entry 10: nothing up to it has changed\n"
        )),
        "{out}"
    );
    // The last line of `verify` pasted whole, `head 10:HASH`, names the same head (ad5 F6:
    // it was refused as malformed, exit 2).
    let out = l.ok(&["verify", "--published", &format!("head {head}")]);
    assert!(
        out.ends_with(&format!(
            "the published head {head} is entry 10: nothing up to it has changed\n"
        )),
        "{out}"
    );
}

#[test]
fn triggers_refuse_edits_and_deletes() {
    let l = Ledger::new();
    small(&l);
    for sql in [
        "UPDATE forecasts SET probability = 0.99 WHERE id = 1",
        "UPDATE forecasts SET claim = 'better' WHERE id = 1",
        "DELETE FROM forecasts WHERE id = 3",
        "UPDATE resolutions SET outcome = 'false' WHERE id = 1",
        "DELETE FROM journal WHERE seq = 1",
        "UPDATE journal SET body = '{}' WHERE seq = 1",
        "UPDATE sources SET name = 'Z' WHERE id = 1",
        "DELETE FROM forecast_tags",
    ] {
        let err = raw(&l, sql).unwrap_err().to_string();
        assert!(
            err.contains("never") || err.contains("append-only"),
            "{sql}: {err}"
        );
    }
    l.ok(&["verify"]);
}

#[test]
fn verify_names_the_first_altered_entry_even_with_triggers_dropped() {
    let cases: &[(&str, &str)] = &[
        ("UPDATE forecasts SET probability = 0.99 WHERE id = 2", "entry 5 (forecast 2) does not match: `probability` is 0.99 in the ledger but 0.3 in the journal"),
        // Forecast 1 was logged after its deadline: a stored 0 is named as the false it is,
        // not as null (audit 19 A11).
        ("UPDATE forecasts SET logged_late = 0 WHERE id = 1", "entry 3 (forecast 1) does not match: `logged_late` is false in the ledger but true in the journal"),
        ("UPDATE forecasts SET outcome = 'false' WHERE id = 2", "forecast 2: its current outcome is not its latest recorded resolution"),
        ("UPDATE forecasts SET resolved_on = '2026-02-02' WHERE id = 2", "forecast 2: its current outcome is not its latest recorded resolution"),
        ("UPDATE forecasts SET resolution_id = NULL, outcome = NULL, resolved_on = NULL WHERE id = 1", "forecast 1: its current outcome is not its latest recorded resolution"),
        ("UPDATE resolutions SET outcome = 'false' WHERE id = 2", "(resolution 2) does not match: `outcome`"),
        ("UPDATE journal SET body = replace(body, '0.3', '0.2') WHERE seq = 5", "entry 5 (forecast 2) does not match: its content was changed"),
        ("DELETE FROM journal WHERE seq = 3", "entry 4 (source 2) does not match: expected entry number 3"),
        ("INSERT INTO forecast_tags VALUES (2, 'sneaky')", "entry 5 (forecast 2) does not match: `tags`"),
        ("INSERT INTO sources (name, created_at) VALUES ('Ghost', 'x')", "source 3: the row was added outside the journal"),
        ("DELETE FROM forecasts WHERE id = 3", "(forecast 3) does not match: the row it records is missing"),
    ];
    for (sql, want) in cases {
        let l = Ledger::new();
        small(&l);
        raw_without_guards(&l, sql);
        let err = l.fails(&["verify"], 1);
        assert!(err.contains(want), "{sql}\n{err}");
    }
}

/// An import is one journal entry holding block digests of the rows it wrote; an edit to
/// any of those rows is caught, naming the import's entry and the block of rows.
#[test]
fn verify_catches_edits_to_imported_rows() {
    let mut csv =
        String::from("source,claim,probability,made_on,deadline,question,outcome,note,tags\n");
    for i in 1..=150 {
        csv.push_str(&format!(
            "S{},claim {i},0.{},2025-01-01,2025-06-30,q{}{},{},n{i},t{}\n",
            i % 3,
            i % 9 + 1,
            i % 70,
            // One market is never resolved both ways (an import refuses that).
            ["t", "f", ""][i % 3],
            ["true", "false", ""][i % 3],
            i % 2
        ));
    }
    // 150 forecasts; questions q0..q69 with t, f or nothing after; resolutions for the 100 rows with an outcome.
    let cases: &[(&str, &str)] = &[
        ("UPDATE forecasts SET probability = 0.99 WHERE id = 100", "(import 1) does not match: forecasts 65 to 128 differ from what the import recorded"),
        ("UPDATE forecasts SET claim = 'better' WHERE id = 150", "forecasts 129 to 150 differ"),
        ("INSERT INTO forecast_tags VALUES (3, 'sneaky')", "forecasts 1 to 64 differ"),
        ("UPDATE resolutions SET note = 'rewritten' WHERE id = 70", "resolutions 65 to 100 differ"),
        ("UPDATE questions SET key = 'other' WHERE id = 5", "questions 1 to 64 differ"),
        ("DELETE FROM forecasts WHERE id = 150", "forecast 150, which it records, is missing"),
        ("UPDATE journal SET body = replace(body, '\"rows\":150', '\"rows\":149') WHERE kind = 'import'", "(import 1) does not match: its content was changed"),
    ];
    for (sql, want) in cases {
        let l = Ledger::new();
        let path = l.write_file("batch.csv", &csv);
        l.ok(&["import", path.to_str().unwrap()]);
        // Three sources, then the import's one entry.
        assert!(l.ok(&["verify"]).starts_with("ok: 4 journal entries"));
        raw_without_guards(&l, sql);
        let err = l.fails(&["verify"], 1);
        assert!(err.contains(want), "{sql}\n{err}");
    }
}

/// A question outcome that resolves 64 forecasts or more records their resolutions by digest
/// in its one entry, as an import does: the journal gains one entry, not one per forecast,
/// and an edit to any of those resolutions names the outcome's entry and the block.
#[test]
fn verify_catches_edits_to_the_resolutions_a_large_question_outcome_made() {
    let mut csv = String::from("source,claim,probability,made_on,deadline,question,stance\n");
    for i in 1..=70 {
        csv.push_str(&format!(
            "S{},claim {i},0.{},2026-01-01,2026-0{}-28,big,{}\n",
            i % 2,
            i % 9 + 1,
            i % 2 * 6 + 3,
            ["for", "against"][i % 3 / 2]
        ));
    }
    let cases: &[(&str, &str)] = &[
        ("UPDATE resolutions SET note = 'rewritten' WHERE id = 70", "entry 4 (question outcome 1) does not match: resolutions 65 to 70 differ from what the question outcome recorded"),
        ("UPDATE resolutions SET outcome = 'void' WHERE id = 2", "entry 4 (question outcome 1) does not match: resolutions 1 to 64 differ from what the question outcome recorded"),
        ("DELETE FROM resolutions WHERE id = 66", "entry 4 (question outcome 1) does not match: resolution 66, which it records, is missing"),
        ("UPDATE question_outcomes SET note = 'other' WHERE id = 1", "entry 4 (question outcome 1) does not match: `note` is \"other\" in the ledger but \"held\" in the journal"),
        ("INSERT INTO resolutions (forecast_id, outcome, resolved_on, recorded_at) VALUES (1, 'true', '2026-06-01', 'x')", "resolution 71: the row was added outside the journal"),
    ];
    for (sql, want) in cases {
        let l = Ledger::new();
        let path = l.write_file("big.csv", &csv);
        l.ok(&["import", path.to_str().unwrap()]);
        let out = l.ok(&[
            "resolve",
            "--question",
            "big",
            "--happened-on",
            "2026-05-01",
            "--note",
            "held",
        ]);
        assert!(out.contains("resolved 70 ("), "{out}");
        // Two sources, the import, then the outcome's one entry.
        assert!(l.ok(&["verify"]).starts_with("ok: 4 journal entries"));
        raw_without_guards(&l, sql);
        let err = l.fails(&["verify"], 1);
        assert!(err.contains(want), "{sql}\n{err}");
    }
}

#[test]
fn corrections_supersede_and_are_counted() {
    let l = Ledger::new();
    small(&l);
    let err = l.fails(&["correct", "3", "--probability", "0.8"], 2);
    assert!(err.contains("--why"), "{err}");
    let out = l.ok(&[
        "correct",
        "3",
        "--probability",
        "0.8",
        "--why",
        "typo in the article's number",
    ]);
    assert!(out.contains("current version is forecast 4"), "{out}");
    let list = l.json(&["list", "--format", "json", "--source", "A"]);
    let ids: Vec<i64> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, vec![1, 4], "the superseded version is not listed");
    assert_eq!(list[1]["probability"], 0.8);
    assert_eq!(list[1]["claim"], "three");
    let old = l.ok(&["show", "3"]);
    assert!(old.contains("superseded   by forecast 4"), "{old}");
    let new = l.ok(&["show", "4"]);
    assert!(
        new.contains("corrects     forecast 3: typo in the article's number"),
        "{new}"
    );
    let r = l.json(&["report", "--format", "json", "--source", "A"]);
    assert_eq!(r["sources"][0]["corrected"], 1);
    assert_eq!(r["sources"][0]["forecasts"], 2);
    // A resolved forecast keeps its outcome through a correction of its wording; its
    // deadline can no longer be corrected.
    let err = l.fails(
        &[
            "correct",
            "1",
            "--deadline",
            "2026-03-15",
            "--why",
            "the article says mid-March",
        ],
        2,
    );
    assert!(err.contains("it is resolved (true)"), "{err}");
    assert!(err.contains("log a new forecast"), "{err}");
    l.ok(&[
        "correct",
        "1",
        "--claim",
        "one, as the article put it",
        "--why",
        "the article's words",
    ]);
    let list = l.json(&["list", "--format", "json", "--source", "A"]);
    assert_eq!(list[1]["id"], 5);
    assert_eq!(list[1]["outcome"], "true");
    assert!(l
        .fails(
            &["correct", "1", "--probability", "0.5", "--why", "again"],
            2
        )
        .contains("it was corrected; correct its current version, forecast"));
    assert!(l
        .fails(&["resolve", "3", "--yes"], 2)
        .contains("resolve its current version, forecast 4"));
    l.ok(&["verify"]);
}

#[test]
fn the_first_schema_migrates_with_its_chain_intact() {
    let l = Ledger::new();
    let fixture = format!(
        "{}/tests/fixtures/schema/v1.sqlite3",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::copy(&fixture, &l.db).unwrap();
    let before: Vec<(i64, String)> = {
        let conn = Connection::open(&l.db).unwrap();
        assert_eq!(
            conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))
                .unwrap(),
            1
        );
        let mut stmt = conn
            .prepare("SELECT seq, hash FROM journal ORDER BY seq")
            .unwrap();
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        rows
    };
    // Reading never migrates: a reader reads (and verifies) an upgraded copy in memory,
    // says so, and leaves the file as it was (DESIGN: a ledger on read-only media can be
    // read and verified).
    let untouched = std::fs::read(&l.db).unwrap();
    let read_old: Vec<String> = ["list", "verify", "report"]
        .iter()
        .map(|cmd| {
            let r = l.run(&[cmd]);
            assert_eq!(r.code, 0, "{cmd}: {}", r.stderr);
            assert_eq!(
                r.stderr,
                format!(
                    "note: ledger `{}` has schema version 1, older than this binary's {}; read through an upgraded copy in memory, the file unchanged (`forecast migrate` upgrades it)\n",
                    l.db.display(),
                    forecast_ledger::store::SCHEMA_VERSION
                )
            );
            r.stdout
        })
        .collect();
    assert_eq!(std::fs::read(&l.db).unwrap(), untouched);
    assert!(
        read_old[1].starts_with("ok: 11 journal entries"),
        "{}",
        read_old[1]
    );
    l.ok(&["migrate"]);
    let out = l.ok(&["verify"]);
    assert!(out.starts_with("ok: 11 journal entries"), "{out}");
    // The copy read before migrating is what the migrated file reads.
    assert_eq!(read_old, ["list", "verify", "report"].map(|c| l.ok(&[c])));
    let conn = Connection::open(&l.db).unwrap();
    assert_eq!(
        conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))
            .unwrap(),
        forecast_ledger::store::SCHEMA_VERSION
    );
    // Migration 3 built the kept sums from the old rows: the report from them is the
    // report from a scan.
    let kept = l.json(&["report", "--format", "json"]);
    assert_eq!(kept, l.json(&["report", "--format", "json", "--scan"]));
    assert!(kept["overall"]["forecasts"].as_u64().unwrap() > 0);
    let mut stmt = conn
        .prepare("SELECT seq, hash FROM journal ORDER BY seq")
        .unwrap();
    let after: Vec<(i64, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(before, after);
    l.ok(&[
        "correct",
        "3",
        "--claim",
        "reworded once migrated",
        "--why",
        "after migrating",
    ]);
    l.ok(&["verify"]);
    assert_eq!(
        l.json(&["report", "--format", "json", "--include-early"]),
        l.json(&["report", "--format", "json", "--include-early", "--scan"])
    );
    assert_eq!(
        l.json(&["list", "--format", "json"])
            .as_array()
            .unwrap()
            .len(),
        3
    );
}

#[test]
fn backup_makes_a_verified_copy() {
    let l = Ledger::new();
    small(&l);
    let copy = l.path("copy.sqlite3");
    let out = l.ok(&["backup", copy.to_str().unwrap()]);
    assert!(out.contains("the copy verifies"), "{out}");
    let other = Ledger {
        db: copy.clone(),
        ..Ledger::new()
    };
    assert_eq!(
        other.ok(&["report", "--format", "json"]),
        l.ok(&["report", "--format", "json"])
    );
    assert!(l
        .fails(&["backup", copy.to_str().unwrap()], 2)
        .contains("exists"));
}

#[test]
fn backup_while_another_process_writes() {
    let l = Ledger::new();
    small(&l);
    let db = l.db.clone();
    let writer = std::thread::spawn(move || {
        for i in 0..30 {
            add_in_process(&db, "W", &format!("c{i}")).unwrap();
        }
    });
    for i in 0..5 {
        let copy = l.path(&format!("copy{i}.sqlite3"));
        l.ok(&["backup", copy.to_str().unwrap()]);
    }
    writer.join().unwrap();
    l.ok(&["verify"]);
}

#[test]
fn eight_processes_times_fifty_adds_give_400_forecasts_and_a_valid_chain() {
    let l = Ledger::new();
    let handles: Vec<_> = (0..8)
        .map(|p| {
            let db = l.db.clone();
            std::thread::spawn(move || {
                for i in 0..50 {
                    add_in_process(&db, &format!("writer {p}"), &format!("claim {i}")).unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 400);
    // 400 forecasts, each with a question of its own, and 8 sources.
    assert!(l.ok(&["verify"]).starts_with("ok: 808 journal entries"));
}

#[cfg(unix)]
#[test]
fn a_killed_import_leaves_every_row_or_none() {
    use std::io::Write;
    let l = Ledger::new();
    small(&l);
    let before = file_bytes(&l.db).len();
    assert!(before > 0);
    let path = l.path("big.csv");
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
        writeln!(f, "source,claim,probability,made_on,deadline,outcome").unwrap();
        for i in 0..200_000 {
            writeln!(
                f,
                "S{},claim number {i},0.{},2025-01-01,2025-06-30,{}",
                i % 50,
                (i % 9) + 1,
                i % 2
            )
            .unwrap();
        }
    }
    for delay_ms in [300u64, 900] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("forecast"))
            .env("FORECAST_TEST_NOW", crate::harness::TEST_NOW)
            .env("FORECAST_TODAY", "2026-11-28")
            .arg("--db")
            .arg(&l.db)
            .arg("import")
            .arg(&path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        child.kill().unwrap(); // SIGKILL
        let status = child.wait().unwrap();
        let n = l.count("SELECT count(*) FROM forecasts");
        if status.success() {
            assert_eq!(n, 3 + 200_000);
        } else {
            assert_eq!(n, 3, "a killed import wrote nothing");
        }
        let conn = Connection::open(&l.db).unwrap();
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok");
        drop(conn);
        l.ok(&["verify"]);
        if status.success() {
            break;
        }
    }
}

#[test]
fn processes_creating_the_same_new_ledger_at_once_all_succeed() {
    // Switching a new ledger to WAL takes a lock SQLite's busy handler does not cover; the
    // store retries it. Several rounds, since the race is about timing.
    for round in 0..5 {
        let l = Ledger::new();
        let handles: Vec<_> = (0..8)
            .map(|p| {
                let db = l.db.clone();
                std::thread::spawn(move || add_in_process(&db, &format!("p{p}"), "c"))
            })
            .collect();
        for h in handles {
            if let Err(e) = h.join().unwrap() {
                panic!("round {round}: {e}");
            }
        }
        assert_eq!(l.count("SELECT count(*) FROM forecasts"), 8);
    }
}

/// Audit 16, A6 on SQLite: processes adding forecasts on one new question and one new
/// source at once all succeed with nothing on stderr, and the question and the source are
/// created once (the near-duplicate check skips the key itself, which another process may
/// have committed since it was looked up). PostgreSQL: `tests/postgres.rs`,
/// `concurrent_adds_naming_one_new_question_all_join_it`.
#[test]
fn processes_adding_to_one_new_question_at_once_all_join_it() {
    let l = Ledger::new();
    l.ok(&["migrate"]);
    const NAMES: [&str; 5] = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"];
    for (round, name) in NAMES.iter().enumerate() {
        let handles: Vec<_> = (0..6)
            .map(|w| {
                let mut cmd = l.command(&[
                    "add",
                    "--source",
                    // Names far apart: a new name one edit from another gets a hint.
                    &format!("Source {name}"),
                    "--claim",
                    &format!("race {round} writer {w}"),
                    "--probability",
                    "0.5",
                    "--deadline",
                    "2027-12-31",
                    "--question",
                    &format!("race-{round}"),
                ]);
                std::thread::spawn(move || cmd.output().unwrap())
            })
            .collect();
        for h in handles {
            let out = h.join().unwrap();
            assert_eq!(
                (
                    out.status.code(),
                    String::from_utf8_lossy(&out.stderr).into_owned()
                ),
                (Some(0), String::new()),
                "round {round}"
            );
        }
    }
    assert_eq!(l.count("SELECT count(*) FROM questions"), 5);
    assert_eq!(l.count("SELECT count(*) FROM sources"), 5);
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), 30);
    l.ok(&["verify"]);
}

/// Two spellings of one new key at the same moment (`spell-0` and `SPELL-0`): one opens the
/// question, the other joins it or is refused naming it, never a second question. The
/// near-key check runs inside the write, under the write lock; before, it ran ahead of the
/// lock and both could pass it. PostgreSQL: `tests/postgres.rs`,
/// `concurrent_adds_naming_two_spellings_of_a_new_key_open_one_question`.
#[test]
fn processes_adding_two_spellings_of_one_new_key_at_once_open_one_question() {
    let l = Ledger::new();
    l.ok(&["migrate"]);
    let rounds = 5;
    let mut logged: i64 = 0;
    for round in 0..rounds {
        let handles: Vec<_> = (0..6)
            .map(|w| {
                let key = if w % 2 == 0 {
                    format!("spell-{round}")
                } else {
                    format!("SPELL-{round}")
                };
                let mut cmd = l.command(&[
                    "add",
                    "--source",
                    "Jane",
                    "--claim",
                    &format!("spelling {round} writer {w}"),
                    "--probability",
                    "0.5",
                    "--deadline",
                    "2027-12-31",
                    "--question",
                    &key,
                ]);
                std::thread::spawn(move || (key, cmd.output().unwrap()))
            })
            .collect();
        let mut winners = std::collections::BTreeSet::new();
        for h in handles {
            let (key, out) = h.join().unwrap();
            let err = String::from_utf8_lossy(&out.stderr).into_owned();
            match out.status.code() {
                Some(0) => {
                    assert_eq!(err, "", "round {round}");
                    winners.insert(key);
                    logged += 1;
                }
                Some(2) => assert!(
                    err.starts_with(&format!(
                        "error: --question `{key}`: the ledger has question `"
                    )) && err.contains("which differs only in case, spacing or punctuation"),
                    "round {round}: {err}"
                ),
                code => panic!("round {round}: exit {code:?}: {err}"),
            }
        }
        assert_eq!(winners.len(), 1, "round {round}: {winners:?}");
    }
    assert_eq!(l.count("SELECT count(*) FROM questions"), rounds);
    assert_eq!(l.count("SELECT count(*) FROM forecasts"), logged);
    l.ok(&["verify"]);
}

#[test]
fn each_journal_entry_records_who_wrote_it_and_show_names_them() {
    let l = Ledger::new().at("2026-03-01");
    let as_user = |user: &str, args: &[&str]| {
        let out = l.command(args).env("USER", user).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    as_user(
        "alice",
        &[
            "add",
            "--source",
            "Jane",
            "--claim",
            "it rains",
            "--probability",
            "0.7",
            "--deadline",
            "2026-02-20",
            "--made-on",
            "2026-02-01",
        ],
    );
    as_user("bob", &["resolve", "1", "--yes", "--on", "2026-02-10"]);
    let shown = l.ok(&["show", "1"]);
    assert!(shown.contains(" by alice\n"), "{shown}");
    assert!(shown.contains("true on 2026-02-10, by bob"), "{shown}");
    let json = l.json(&["show", "1", "--format", "json"]);
    assert_eq!(json["logged_by"], "alice");
    assert_eq!(json["history"][0]["by"], "bob");
    l.ok(&["verify"]);
    // The author is covered by the entry's hash: changing it breaks the chain there.
    let conn = Connection::open(&l.db).unwrap();
    conn.execute_batch(
        "DROP TRIGGER journal_no_update;
         UPDATE journal SET author = 'mallory' WHERE kind = 'forecast' AND entity_id = 1;",
    )
    .unwrap();
    let seq: i64 = conn
        .query_row(
            "SELECT seq FROM journal WHERE kind = 'forecast' AND entity_id = 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    drop(conn);
    let r = l.run(&["verify"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stdout.contains(&format!("entry {seq}")) || r.stderr.contains(&format!("entry {seq}")),
        "{} {}",
        r.stdout,
        r.stderr
    );
    assert!(
        (r.stdout.clone() + &r.stderr).contains("hash mismatch"),
        "{} {}",
        r.stdout,
        r.stderr
    );
}

/// Audit 17 A7: an index entry changed in the file (`integrity_check`: "row 2 missing from
/// index forecasts_claim") verified `ok`, since `verify`'s page check is `quick_check`,
/// which does not compare indexes with tables. The ok line now says so and names `--full`,
/// which runs `integrity_check` and fails (exit 1) naming the index and the way out.
#[test]
fn verify_full_compares_indexes_with_their_tables() {
    let l = Ledger::new();
    l.add(
        "A",
        "Event zq happens",
        "0.5",
        "2026-01-01",
        "2026-12-31",
        &[],
    );
    l.add(
        "B",
        "Event zq happens",
        "0.6",
        "2026-01-01",
        "2026-12-31",
        &[],
    );
    let out = l.ok(&["verify"]);
    assert!(
        out.starts_with("ok: 6 journal entries, chain and tables agree (indexes not compared with their tables: see `verify --full`)\nhead "),
        "{out}"
    );
    let out = l.ok(&["verify", "--full"]);
    assert!(
        out.starts_with("ok: 6 journal entries, chain, tables and indexes agree\nhead "),
        "{out}"
    );
    // The claim index's entries sit on its root page (a small ledger): change one byte of
    // the claim there, and only there.
    let (root, page_size): (i64, i64) = {
        let conn = rusqlite::Connection::open(&l.db).unwrap();
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
            .unwrap();
        let root = conn
            .query_row(
                "SELECT rootpage FROM sqlite_master WHERE name = 'forecasts_claim'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        let size = conn
            .query_row("PRAGMA page_size", [], |r| r.get(0))
            .unwrap();
        (root, size)
    };
    let mut bytes = std::fs::read(&l.db).unwrap();
    let page = (root - 1) as usize * page_size as usize..root as usize * page_size as usize;
    let at = bytes[page.clone()]
        .windows(16)
        .position(|w| w == b"Event zq happens")
        .expect("the claim is in the index's page")
        + page.start;
    bytes[at + 6] = b'x';
    std::fs::write(&l.db, &bytes).unwrap();
    // The rows are whole: plain verify still passes, and says what it did not compare.
    assert!(l.ok(&["verify"]).starts_with("ok: 6 journal entries"));
    let r = l.run(&["verify", "--full"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.starts_with("error: ledger integrity check failed: the database file: row 2 missing from index forecasts_claim (SQLite's integrity_check")
            && r.stderr.ends_with(
                "`forecast copy --to NEW.sqlite3` writes a copy with its indexes built anew\n"
            )
            && r.stderr.lines().count() == 1,
        "{}",
        r.stderr
    );
    // The way out it names: a copy whose indexes are built anew passes --full.
    let copy = l.path("new.sqlite3");
    l.ok(&["copy", "--to", copy.to_str().unwrap()]);
    let fresh = Ledger {
        dir: tempfile::tempdir().unwrap(),
        state: tempfile::tempdir().unwrap(),
        db: copy,
        today: l.today.clone(),
        wall_clock: false,
    };
    assert!(fresh
        .ok(&["verify", "--full"])
        .starts_with("ok: 6 journal entries, chain, tables and indexes agree"));
}

/// A backup put back in place of the ledger is a whole, shorter chain, which `verify` alone
/// called ok (audit 19 A1): the head this machine saw before catches it, naming the cause
/// and when it was seen, and so does writing more on the restored copy. The backup verified
/// where it lies is another ledger location and trips nothing; `verify --accept-head` (the
/// message names it) accepts a restore made on purpose.
#[test]
fn a_restored_backup_is_caught_against_the_head_seen_before() {
    let l = Ledger::new();
    small(&l);
    let backup = l.path("weekly.sqlite3");
    l.ok(&["backup", backup.to_str().unwrap()]);
    l.add("C", "four", "0.5", "2026-02-01", "2026-12-31", &[]);
    let out = l.ok(&["verify"]);
    assert!(out.starts_with("ok: 13 journal entries"), "{out}");
    let head = l.ok(&["verify", "--head"]).trim().to_string();
    let other = Command::cargo_bin("forecast")
        .unwrap()
        .env("FORECAST_TEST_NOW", crate::harness::TEST_NOW)
        .env("FORECAST_STATE_DIR", l.state.path())
        .env("FORECAST_TODAY", TODAY)
        .arg("--db")
        .arg(&backup)
        .arg("verify")
        .output()
        .unwrap();
    assert!(
        other.status.success(),
        "{}",
        String::from_utf8_lossy(&other.stderr)
    );
    std::fs::copy(&backup, &l.db).unwrap();
    let err = l.fails(&["verify"], 1);
    let anchor = std::fs::read_dir(l.state.path().join("heads"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            std::fs::read_to_string(p)
                .unwrap()
                .contains("\"entry\": 13")
        })
        .unwrap();
    let seen: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&anchor).unwrap()).unwrap();
    assert_eq!(
        err,
        format!(
            "error: ledger integrity check failed: on {} this machine saw this ledger's chain reach entry 13 (head {head}), and it now ends at entry 10: the newest entries were removed, or an older copy (a backup) was put in place of the ledger (the head seen is kept in `{}`; if you put an older copy in place yourself, `forecast verify --accept-head` accepts it)\n",
            seen["seen"].as_str().unwrap(),
            anchor.display()
        )
    );
    // Writing on the restored copy does not hide it: the write keeps the head seen.
    l.add("C", "again", "0.5", "2026-02-01", "2026-12-31", &[]);
    l.add("D", "more", "0.5", "2026-02-01", "2026-12-31", &[]);
    let err = l.fails(&["verify"], 1);
    assert!(
        err.contains("reach entry 13 (head ") && err.contains("and entry 13 is another entry now: the history up to it was rewritten, or entries were removed (or an older copy put in place) and others written since"),
        "{err}"
    );
    // A restore made on purpose is accepted with the command the message names.
    let out = l.ok(&["verify", "--accept-head"]);
    assert!(
        out.contains("\naccepted head 16:")
            && out.contains(&format!(" in place of {head} (seen on ")),
        "{out}"
    );
    l.ok(&["verify"]);
}

/// Audit 21, B8: a forecast corrected twice was answered with its second version, itself
/// superseded, so following the hint failed again. Every refusal names the version in force.
#[test]
fn a_forecast_corrected_twice_points_to_its_current_version() {
    let l = Ledger::new();
    l.add(
        "me",
        "Deal by March",
        "0.3",
        "2026-11-01",
        "2027-03-31",
        &["--question", "deal"],
    );
    l.ok(&["correct", "1", "--probability", "0.35", "--why", "typo"]);
    l.ok(&[
        "correct",
        "2",
        "--claim",
        "A deal by March",
        "--why",
        "wording",
    ]);
    for (args, verb) in [
        (vec!["update", "1", "--probability", "0.5"], "update"),
        (vec!["update", "2", "--probability", "0.5"], "update"),
        (
            vec!["correct", "1", "--claim", "x", "--why", "y"],
            "correct",
        ),
        (vec!["resolve", "1", "--yes"], "resolve"),
        (vec!["resolve", "2", "--no"], "resolve"),
    ] {
        let err = l.fails(&args, 2);
        assert!(
            err.contains(&format!(
                "it was corrected; {verb} its current version, forecast 3"
            )),
            "{args:?}: {err}"
        );
    }
    l.ok(&["update", "3", "--probability", "0.5"]);
}

/// `copy --to` a new file of a ledger that does not verify (a probability edited behind the
/// guards) is refused, exit 1, and takes its copy away again: the whole copy stayed on disk,
/// though the command says it removes a target it created when the copy fails (ad5 F5).
#[test]
fn a_copy_that_does_not_verify_leaves_nothing_behind() {
    let l = Ledger::new();
    small(&l);
    raw_without_guards(&l, "UPDATE forecasts SET probability = 0.99 WHERE id = 1");
    let copy = l.path("copy.sqlite3");
    let err = l.fails(&["copy", "--to", copy.to_str().unwrap()], 1);
    assert!(
        err.starts_with("error: ledger integrity check failed: the copy does not verify: "),
        "{err}"
    );
    for suffix in ["", "-wal", "-shm"] {
        let file = format!("{}{suffix}", copy.display());
        assert!(!std::path::Path::new(&file).exists(), "{file} is left");
    }
}

/// A write that breaks a foreign key or CHECK constraint says what that most often means: a
/// trigger slipped into the file (one dropping every `false` resolution) made `resolve`
/// fail with SQLite's bare "FOREIGN KEY constraint failed" (ad5 F7); `verify` names it.
#[test]
fn a_constraint_a_write_breaks_points_to_verify() {
    let l = Ledger::new();
    small(&l);
    raw(
        &l,
        "CREATE TRIGGER hide_false BEFORE INSERT ON resolutions WHEN NEW.outcome = 'false'
         BEGIN SELECT RAISE(IGNORE); END;",
    )
    .unwrap();
    assert_eq!(
        l.fails(&["resolve", "3", "--no"], 1),
        "error: database error: FOREIGN KEY constraint failed; the ledger's own writes keep its constraints, so its schema or rows were likely changed outside forecast: `forecast verify` names what changed\n"
    );
    assert!(l
        .fails(&["verify"], 1)
        .contains("trigger `hide_false`: no migration made it"));
}
