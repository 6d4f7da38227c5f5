//! The PostgreSQL reader (`store::pg::PgRead`) gives the same values as SQLite's `Store`
//! for the same ledger: the demo ledger plus forecasts that exercise the edges (tags that
//! differ in case, source names that sort differently by locale, non-ASCII names, a
//! correction, an amended and a void resolution), built by the CLI in SQLite and copied
//! row for row into a fresh PostgreSQL database by `forecast copy --to`. Needs `FORECAST_TEST_PG` (see
//! `tests/support/pg.rs`).

#[path = "support/pg.rs"]
#[allow(dead_code)]
mod pg_support;

use chrono::NaiveDate;
use forecast_ledger::report::rows::ReportFilter;
use forecast_ledger::store::pg::{self, PgRead};
use forecast_ledger::store::{
    Access, ListFilter, PgEnv, PgTarget, Scan, Slices, StatusFilter, Store,
};
use pg_support::TestDb;
use std::path::Path;
use std::process::Command;

fn forecast(db: &Path, args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_forecast"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("FORECAST_TODAY", "2026-11-28")
        // The recording instant too (debug builds), so "C holds" by 2027-01-01 stays open
        // to `correct` after that day has passed on the wall clock.
        .env("FORECAST_TEST_NOW", "2026-11-28T12:00:00Z")
        .env_remove("FORECAST_DB")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The demo ledger and the edge cases, in SQLite.
fn sqlite_ledger(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("ledger.sqlite3");
    let out = Command::new(env!("CARGO_BIN_EXE_forecast"))
        .args(["demo", "--keep"])
        .arg(&db)
        .env_remove("FORECAST_DB")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let add = |source: &str, claim: &str, p: &str, deadline: &str, tags: &[&str]| {
        let mut args = vec![
            "add",
            "--source",
            source,
            "--claim",
            claim,
            "--probability",
            p,
            "--made-on",
            "2025-01-10",
            "--deadline",
            deadline,
        ];
        for t in tags {
            args.extend(["--tag", t]);
        }
        forecast(&db, &args);
    };
    add(
        "apple daily",
        "A rises",
        "0.7",
        "2025-06-01",
        &["Weather", "zeta"],
    );
    add(
        "Banana Times",
        "B falls",
        "30%",
        "2025-07-01",
        &["weather", "Alpha"],
    );
    add(
        "_underscore",
        "C holds",
        "0.5",
        "2027-01-01",
        &["ünïcode", "Zeta"],
    );
    add("École Libre", "D happens", "0.9", "2025-03-01", &[]);
    add("école libre", "E happens", "0.2", "2025-03-01", &["alpha"]);
    add("Zed", "a rises", "0.6", "2025-06-01", &[]);
    let id = |n: &str| n.to_string();
    let list = Store::open(&db, Access::Read)
        .unwrap()
        .list(&ListFilter::default(), "2026-11-28".parse().unwrap())
        .unwrap();
    let last = list.last().unwrap().id;
    let (a, b, c, d) = (last - 5, last - 4, last - 3, last - 2);
    forecast(&db, &["resolve", &id(&a.to_string()), "--yes"]);
    forecast(&db, &["resolve", &id(&b.to_string()), "--no"]);
    forecast(
        &db,
        &[
            "resolve",
            &b.to_string(),
            "--yes",
            "--amend",
            "--note",
            "appeal",
        ],
    );
    forecast(
        &db,
        &["resolve", &d.to_string(), "--void", "--reason", "ambiguous"],
    );
    forecast(
        &db,
        &[
            "correct",
            &c.to_string(),
            "--probability",
            "0.55",
            "--why",
            "typo",
        ],
    );
    db
}

fn target(url: &str) -> PgTarget {
    let var = |_: &str| None;
    PgTarget::parse(
        url,
        &PgEnv {
            var: &var,
            home: None,
            os_user: "postgres",
        },
    )
    .unwrap()
}

/// A ledger in both backends: (SQLite store, PostgreSQL client, guard for the database).
fn both(test: &str) -> Option<(tempfile::TempDir, Store, postgres::Client, TestDb)> {
    let db = TestDb::new(test)?;
    let dir = tempfile::tempdir().unwrap();
    let path = sqlite_ledger(dir.path());
    forecast(&path, &["copy", "--to", &db.url]);
    let client = pg::connect(&target(&db.url)).unwrap();
    let store = Store::open(&path, Access::Read).unwrap();
    Some((dir, store, client, db))
}

fn today() -> NaiveDate {
    "2026-11-28".parse().unwrap()
}

#[test]
fn listings_and_show_read_the_same_on_both_backends() {
    let Some((_dir, store, mut client, _db)) = both("listings_and_show") else {
        return;
    };
    let mut pg = PgRead::new(&mut client);
    let mut filters = Vec::new();
    for status in [
        StatusFilter::All,
        StatusFilter::Open,
        StatusFilter::Due,
        StatusFilter::Resolved,
        StatusFilter::Void,
    ] {
        filters.push(ListFilter {
            status,
            ..Default::default()
        });
    }
    for source in ["ÉCOLE LIBRE", "apple DAILY", "nobody"] {
        filters.push(ListFilter {
            source: Some(source.into()),
            ..Default::default()
        });
    }
    let all = store.list(&ListFilter::default(), today()).unwrap();
    assert!(all.len() > 20, "the demo ledger has forecasts");
    filters.push(ListFilter {
        question: Some(all[0].question.clone()),
        ..Default::default()
    });
    for filter in &filters {
        let lite = store.list(filter, today()).unwrap();
        assert_eq!(
            format!("{lite:?}"),
            format!("{:?}", pg.list(filter, today()).unwrap()),
            "{filter:?}"
        );
    }
    // Tags come back in NOCASE order, case as stored.
    let tagged = all.iter().find(|f| f.claim == "C holds").unwrap();
    assert_eq!(tagged.tags, ["Zeta", "ünïcode"]);
    // A listing that stops early.
    let mut first = Vec::new();
    pg.list_each(&ListFilter::default(), today(), |f| {
        first.push(f.id);
        Ok(first.len() < 3)
    })
    .unwrap();
    assert_eq!(first, all.iter().take(3).map(|f| f.id).collect::<Vec<_>>());
    let max = all.iter().map(|f| f.id).max().unwrap();
    for id in 1..=max + 1 {
        assert_eq!(
            format!("{:?}", store.forecast(id, today())),
            format!("{:?}", pg.forecast(id, today())),
            "forecast {id}"
        );
        assert_eq!(
            format!("{:?}", store.history(id).unwrap()),
            format!("{:?}", pg.history(id).unwrap())
        );
        assert_eq!(store.logged_by(id).unwrap(), pg.logged_by(id).unwrap());
        assert_eq!(
            format!("{:?}", store.article(id).unwrap()),
            format!("{:?}", pg.article(id).unwrap())
        );
    }
    assert_eq!(store.ledger_id().unwrap(), pg.ledger_id().unwrap());
    assert_eq!(
        store.question_summaries().unwrap(),
        pg.question_summaries().unwrap()
    );
    for (claim, source) in [
        ("A RISES", "Zed"),
        ("a rises", "apple daily"),
        ("none", "x"),
    ] {
        assert_eq!(
            store.question_with_claim_elsewhere(claim, source).unwrap(),
            pg.question_with_claim_elsewhere(claim, source).unwrap(),
            "{claim} {source}"
        );
    }
    assert_eq!(store.has_forecasts().unwrap(), pg.has_forecasts().unwrap());
    assert_eq!(
        format!("{:?}", store.audit(None).unwrap()),
        format!("{:?}", pg.audit(None).unwrap())
    );
}

#[test]
fn report_inputs_read_the_same_on_both_backends() {
    let Some((_dir, store, mut client, _db)) = both("report_inputs") else {
        return;
    };
    let mut pg = PgRead::new(&mut client);
    let names = store.source_names().unwrap();
    assert_eq!(names, pg.source_names().unwrap());
    // NOCASE order: letters folded to lower case, so `_` (0x5F) sorts before them, and
    // `É` (0xC3 0x89 in UTF-8) after them all; a locale's order would differ on each.
    let pos = |n: &str| names.iter().position(|x| x == n).unwrap();
    assert!(pos("_underscore") < pos("apple daily"));
    assert!(pos("apple daily") < pos("Banana Times"));
    assert!(pos("Zed") < pos("École Libre"));
    assert_eq!(store.report_tags().unwrap(), pg.report_tags().unwrap());
    for name in ["ÉCOLE LIBRE", "apple daily", "APPLE DAILY", "appel daily"] {
        assert_eq!(
            format!("{:?}", store.check_source(name)),
            format!("{:?}", pg.check_source(name)),
            "{name}"
        );
    }
    for tag in ["WEATHER", "ünïcode", "ÜNÏCODE", "wether"] {
        assert_eq!(
            format!("{:?}", store.check_tag(tag)),
            format!("{:?}", pg.check_tag(tag)),
            "{tag}"
        );
    }
    let mut filters = vec![ReportFilter::default()];
    filters.push(ReportFilter {
        sources: vec!["apple DAILY".into(), "école libre".into()],
        ..Default::default()
    });
    filters.push(ReportFilter {
        tag: Some("WEATHER".into()),
        since: Some("2025-01-01".parse().unwrap()),
        until: Some("2025-12-31".parse().unwrap()),
        ..Default::default()
    });
    let tags = store.report_tags().unwrap();
    for filter in &filters {
        let ids: Vec<i64> = store
            .report_sources(filter)
            .unwrap()
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        assert_eq!(
            format!("{:?}", store.report_sources(filter).unwrap()),
            format!("{:?}", pg.report_sources(filter).unwrap())
        );
        for by_tag in [None, Some(tags.as_slice())] {
            let what = Scan {
                filter,
                source_ids: &ids,
                today: today(),
                tags: by_tag,
            };
            let collect = |v: &mut Vec<String>, r| v.push(format!("{r:?}"));
            let mut lite: Vec<String> = store
                .scan_score_rows_parallel(
                    &what,
                    Slices {
                        parts: 1,
                        min_rows: 0,
                    },
                    Vec::new,
                    collect,
                )
                .unwrap()
                .concat();
            let mut other: Vec<String> = pg
                .scan_score_rows_parallel(
                    &what,
                    Slices {
                        parts: 1,
                        min_rows: 0,
                    },
                    Vec::new,
                    collect,
                )
                .unwrap()
                .concat();
            lite.sort();
            other.sort();
            assert!(!lite.is_empty() || filter.tag.is_some());
            assert_eq!(lite, other, "{filter:?}");
        }
        assert_eq!(
            store.market_rows(filter, &ids, today()).unwrap(),
            pg.market_rows(filter, &ids, today()).unwrap()
        );
        assert_eq!(
            store.market_rows_unamended(filter, &ids, today()).unwrap(),
            pg.market_rows_unamended(filter, &ids, today()).unwrap()
        );
    }
    let key = store.list(&ListFilter::default(), today()).unwrap()[0]
        .question
        .clone();
    for key in [key.as_str(), "no-such-question"] {
        assert_eq!(
            store.question_market_rows(key, today()).unwrap(),
            pg.question_market_rows(key, today()).unwrap()
        );
    }
    for day in ["2025-01-01", "2025-06-15", "2026-11-28"] {
        let day: NaiveDate = day.parse().unwrap();
        assert_eq!(
            format!("{:?}", store.kept_sums(day).unwrap()),
            format!("{:?}", pg.kept_sums(day).unwrap())
        );
    }
    assert_eq!(pg.kept_sums_differ().unwrap(), None);
}

/// Runs `forecast --db DB ARGS` with the demo's fixed date, `DIR` in ARGS standing for
/// the scratch directory `dir`; (exit code, stdout, stderr) with the ledger's location and
/// the scratch directory masked.
fn run(db: &str, dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_forecast"))
        .arg("--db")
        .arg(db)
        .args(
            args.iter()
                .map(|a| a.replace("DIR", &dir.to_string_lossy())),
        )
        .env("FORECAST_TODAY", "2026-11-28")
        .env("COLUMNS", "200")
        .env_remove("FORECAST_DB")
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    let mask = |b: &[u8]| {
        String::from_utf8_lossy(b)
            .replace(db, "LEDGER")
            .replace(&*dir.to_string_lossy(), "DIR")
    };
    (out.status.code(), mask(&out.stdout), mask(&out.stderr))
}

/// Every read command, in every format and with the flags that change what is read, gives
/// byte-identical output (and files) on the ledger in SQLite and its copy in PostgreSQL.
#[test]
fn read_commands_print_the_same_on_both_backends() {
    let Some((dir, store, _client, pgdb)) = both("read_commands_print") else {
        return;
    };
    let lite = store.path().to_string_lossy().to_string();
    drop(store);
    let head = run(&lite, dir.path(), &["verify", "--head"]).1;
    let head = head
        .trim()
        .rsplit([' ', ':'])
        .next()
        .unwrap_or_default()
        .to_string();
    assert_eq!(head.len(), 64, "{head}");
    let key = Store::open(Path::new(&lite), Access::Read)
        .unwrap()
        .list(&ListFilter::default(), today())
        .unwrap()[0]
        .question
        .clone();
    let mut commands: Vec<Vec<String>> = Vec::new();
    let mut add = |line: &str| {
        commands.push(line.split('|').map(str::to_string).collect());
    };
    for format in ["table", "json", "csv", "markdown"] {
        for cmd in [
            "list",
            "due",
            "questions",
            "report",
            "report|--by|tag",
            "report|--by|horizon",
            "report|--by|year",
            "report|--bins|isotonic",
            "report|--latest",
            "report|--scan",
            "report|--long",
            "report|--exclude-late|--include-early",
            "compare|--min-markets|1",
            "extract|--audit",
        ] {
            add(&format!("{cmd}|--format|{format}"));
        }
        add(&format!("question|{key}|--format|{format}"));
        add(&format!("show|3|--format|{format}"));
    }
    for line in [
        "list|--status|open",
        "list|--status|resolved|--format|json",
        "list|--status|void",
        "list|--source|ÉCOLE LIBRE|--format|json",
        "list|--source|nobody",
        "list|--tag|WEATHER|--format|json",
        "list|--search|rises|--sort|deadline|--limit|2",
        "due|--within|400d",
        "due|--ics|DIR/due.ics",
        "report|--source|apple daily|--source|École Libre",
        "report|--tag|alpha|--format|json",
        "report|--tag|nosuch",
        "report|--since|2025-01-01|--until|2025-06-30|--format|csv",
        "report|--chart|DIR/r.svg|--html|DIR/r.html",
        "compare|--tag|weather|--min-markets|1",
        "question|nosuch",
        "show|99",
        "export",
        "export|--format|csv",
        "verify|--head",
        "verify",
    ] {
        add(line);
    }
    add(&format!("question|{key}|--chart|DIR/q.svg"));
    add(&format!("verify|--published|{head}"));
    let (files_lite, files_pg) = (dir.path().join("sqlite"), dir.path().join("pg"));
    std::fs::create_dir(&files_lite).unwrap();
    std::fs::create_dir(&files_pg).unwrap();
    for args in &commands {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let want = run(&lite, &files_lite, &args);
        let got = run(&pgdb.url, &files_pg, &args);
        assert_eq!(
            got,
            want,
            "`forecast {}`: PostgreSQL (left), SQLite (right)",
            args.join(" ")
        );
    }
    // The calendar's DTSTAMP is the wall-clock second it was written (RFC 5545), which the
    // two runs may straddle; everything else must be the same byte for byte.
    let read = |p: std::path::PathBuf| {
        let text = String::from_utf8(std::fs::read(p).unwrap()).unwrap();
        text.lines()
            .map(|l| {
                if l.starts_with("DTSTAMP:") {
                    "DTSTAMP:..."
                } else {
                    l
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    for file in ["due.ics", "r.svg", "r.html", "q.svg"] {
        let (a, b) = (files_lite.join(file), files_pg.join(file));
        assert_eq!(read(b), read(a), "{file}");
    }
}

/// A fresh ledger's schema is the reviewed description `verify` checks against
/// (`src/store/pg/schema.txt`; `UPDATE_PG_SCHEMA=1` rewrites it after a new migration).
#[test]
fn a_fresh_schema_is_the_reviewed_description() {
    let Some(db) = TestDb::new("a_fresh_schema_is_the_reviewed_description") else {
        return;
    };
    let mut client = pg::connect(&target(&db.url)).unwrap();
    pg::migrate(&mut client).unwrap();
    let now = pg::schema_description(&mut client).unwrap();
    if std::env::var("UPDATE_PG_SCHEMA").is_ok() {
        std::fs::write(
            concat!(env!("CARGO_MANIFEST_DIR"), "/src/store/pg/schema.txt"),
            &now,
        )
        .unwrap();
        return;
    }
    assert_eq!(now, pg::SCHEMA_DESCRIPTION);
    assert!(now.contains("table forecasts (id bigint NOT NULL, source_id bigint NOT NULL"));
    assert_eq!(pg::schema_finding(&mut client).unwrap(), None);
}

/// A schema changed by hand is named, as on SQLite: a loosened CHECK, a dropped index, a
/// column's new default, an added table; and a disabled guard.
#[test]
fn a_schema_changed_by_hand_is_named() {
    let cases = [
        (
            "ALTER TABLE forecasts DROP CONSTRAINT forecasts_probability_check",
            "constraint `forecasts.forecasts_probability_check`: the constraint is missing from the schema the migrations made",
        ),
        (
            "DROP INDEX forecasts_source",
            "index `forecasts_source`: the index is missing from the schema the migrations made",
        ),
        (
            "ALTER TABLE forecasts ALTER COLUMN stance SET DEFAULT 'for'",
            "table `forecasts`: the table differs from the one the migrations made",
        ),
        (
            "ALTER TABLE sources ALTER COLUMN name TYPE TEXT COLLATE \"C\"",
            "table `sources`: the table differs from the one the migrations made",
        ),
        (
            "CREATE TABLE notes (x TEXT)",
            "table `notes`: no migration made it: the ledger's schema was changed by hand",
        ),
        (
            "ALTER TABLE journal DISABLE TRIGGER journal_no_update",
            "the guards: the guard `journal_no_update` is missing, disabled or changed",
        ),
    ];
    for (i, (sql, want)) in cases.iter().enumerate() {
        let Some(db) = TestDb::new("a_schema_changed_by_hand_is_named") else {
            return;
        };
        let mut client = pg::connect(&target(&db.url)).unwrap();
        pg::migrate(&mut client).unwrap();
        client.batch_execute(sql).unwrap();
        let found = pg::schema_finding(&mut client).unwrap().unwrap();
        assert_eq!(found.to_string(), *want, "case {i}: {sql}");
    }
}

/// `verify` names the same finding on both backends for the same damage: a record edited
/// behind the guards, a journal entry rewritten, kept sums off by one.
#[test]
fn verify_names_the_same_damage_on_both_backends() {
    let cases: [(&str, &str, &str); 4] = [
        (
            "DROP TRIGGER IF EXISTS forecasts_append_only",
            "UPDATE forecasts SET claim = 'Something else' WHERE claim = 'a rises'",
            "does not match: `claim` is \"Something else\" in the ledger but \"a rises\"",
        ),
        (
            "DROP TRIGGER IF EXISTS journal_no_update",
            // Entry 3 is the demo's second source (`"id":2`); entry 2 became an import when
            // the demo began writing each day's forecasts as that day's import, and
            // the edit no longer changed anything there.
            "UPDATE journal SET body = replace(body, '\"id\":2', '\"id\":2 ') WHERE seq = 3",
            "entry 3 (",
        ),
        (
            // A late forecast's flag cleared: the stored 0 is named false, not null (audit 19
            // A11). "D happens" was due in 2025, before it was logged.
            "DROP TRIGGER IF EXISTS forecasts_logged_late_fixed",
            "UPDATE forecasts SET logged_late = 0 WHERE claim = 'D happens'",
            "`logged_late` is false in the ledger but true in the journal",
        ),
        (
            "",
            "UPDATE source_totals SET late = late + 1 WHERE source_id = 2",
            "source 2: its kept report sums differ from a recomputation from the forecasts",
        ),
    ];
    for (i, (unguard, damage, says)) in cases.iter().enumerate() {
        let Some((dir, store, mut client, pgdb)) = both("verify_names_the_same_damage") else {
            return;
        };
        let lite = store.path().to_string_lossy().to_string();
        drop(store);
        let conn = rusqlite::Connection::open(&lite).unwrap();
        if !unguard.is_empty() {
            conn.execute_batch(unguard).unwrap();
        }
        assert_eq!(conn.execute(damage, []).unwrap(), 1, "case {i}");
        drop(conn);
        let mut tx = client.transaction().unwrap();
        // Guards off for this transaction only (the test server's role is a superuser).
        tx.batch_execute("SET LOCAL session_replication_role = replica")
            .unwrap();
        assert_eq!(tx.execute(*damage, &[]).unwrap(), 1, "case {i}");
        tx.commit().unwrap();
        let want = run(&lite, dir.path(), &["verify"]);
        let got = run(&pgdb.url, dir.path(), &["verify"]);
        assert_eq!(want.0, Some(1), "case {i}: {}", want.2);
        assert!(want.2.contains(says), "case {i}: {}", want.2);
        assert_eq!(got, want, "case {i}: PostgreSQL (left), SQLite (right)");
    }
}
