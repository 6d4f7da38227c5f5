//! The PostgreSQL writer against SQLite's: the same writes, run on an SQLite ledger and on
//! a PostgreSQL one (on the server named by `FORECAST_TEST_PG`; skipped with a notice
//! without one, a failure when `CI=true`), must return the same values and errors and
//! leave the same rows, the same kept sums and the same journal, hash for hash. The bodies
//! loaded back from PostgreSQL (`bodies.rs`) must equal the journal's.

use super::{bodies, connect, migrate, write};
use crate::model::{
    NewForecast, Outcome, Probability, ProbabilityBasis, QuestionEvent, Stance, VoidReason,
};
use crate::store::{
    Access, Correction, LedgerWriter, NewArticle, NewReview, OpenOptions, PgEnv, PgTarget,
    Resolved, SqliteStore,
};
use postgres::types::Type;
use postgres::{Client, NoTls};
use std::sync::atomic::{AtomicU32, Ordering};

/// A fresh database on the test server, dropped at the end.
struct Db {
    admin: String,
    name: String,
    url: String,
}

impl Db {
    fn new(test: &str) -> Option<Db> {
        let admin = match std::env::var("FORECAST_TEST_PG") {
            Ok(url) if !url.trim().is_empty() => url,
            _ if std::env::var("CI").is_ok_and(|v| v == "true") => {
                panic!("{test}: FORECAST_TEST_PG is not set but CI=true")
            }
            _ => {
                eprintln!("note: {test} skipped: no PostgreSQL (FORECAST_TEST_PG is not set)");
                return None;
            }
        };
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "forecast_unit_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        let mut client = Client::connect(&admin, NoTls).expect("FORECAST_TEST_PG reachable");
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap();
        let start = admin.find("://").map_or(0, |i| i + 3);
        let rest = &admin[start..];
        let end = rest.find(['/', '?']).unwrap_or(rest.len());
        let query = rest[end..].find('?').map_or("", |q| &rest[end + q..]);
        let url = format!("{}{}/{name}{query}", &admin[..start], &rest[..end]);
        Some(Db { admin, name, url })
    }

    fn client(&self) -> Client {
        let var = |_: &str| None;
        let env = PgEnv {
            var: &var,
            home: None,
            os_user: "postgres",
        };
        let mut client = connect(&PgTarget::parse(&self.url, &env).unwrap()).unwrap();
        migrate(&mut client).unwrap();
        client
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        if let Ok(mut c) = Client::connect(&self.admin, NoTls) {
            let _ = c.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

/// Runs the same write on both ledgers and checks both return the same (value or error).
macro_rules! both {
    ($sqlite:expr, $pg:expr, $now:expr, |$w:ident| $body:expr) => {{
        let a = $sqlite
            .write($now, |$w| $body)
            .map_err(|e| (e.exit_code(), e.to_string()));
        let b = write(&mut $pg, $now, |$w| $body).map_err(|e| (e.exit_code(), e.to_string()));
        assert_eq!(format!("{a:?}"), format!("{b:?}"), "the write at {}", $now);
        b
    }};
}

fn day(s: &str) -> chrono::NaiveDate {
    s.parse().unwrap()
}

fn forecast(
    source: &str,
    claim: &str,
    p: f64,
    question: Option<&str>,
    tags: &[&str],
) -> NewForecast {
    NewForecast {
        source: source.to_string(),
        claim: claim.to_string(),
        probability: Probability::new(p).unwrap(),
        basis: ProbabilityBasis::Stated,
        made_on: day("2026-01-05"),
        deadline: day("2026-06-30"),
        deadline_phrase: Some("by June".into()),
        question: question.map(str::to_string),
        stance: Stance::For,
        condition: None,
        article: None,
        tags: tags.iter().map(|t| t.to_string()).collect(),
    }
}

/// The tables both backends hold, each with its columns and order.
const TABLES: &[(&str, &str, &str)] = &[
    ("sources", "id, name, created_at", "id"),
    ("questions", "id, key, created_at", "id"),
    (
        "question_outcomes",
        "id, question_id, event, date, note, recorded_at",
        "id",
    ),
    (
        "articles",
        "id, source_id, published, title, url, sha256, created_at",
        "id",
    ),
    (
        "forecasts",
        "id, source_id, question_id, article_id, claim, probability, probability_basis,
         probability_low, probability_high, made_on, deadline, deadline_phrase, condition, stance,
         created_at, outcome, resolved_on, resolution_id, supersedes, superseded_by,
         correction_why, logged_late",
        "id",
    ),
    ("forecast_tags", "forecast_id, tag", "forecast_id, tag"),
    (
        "resolutions",
        "id, forecast_id, outcome, resolved_on, note, reason, question_outcome_id, recorded_at",
        "id",
    ),
    (
        "extraction_reviews",
        "id, article_id, candidate, sentence_start, sentence_end, claim, probability,
         probability_basis, deadline, deadline_phrase, decision, decided_probability,
         decided_deadline, forecast_id, recorded_at, attributed_to, stance, condition,
         decided_claim, decided_attributed_to, decided_stance, decided_condition",
        "id",
    ),
    ("imports", "id, sha256, name, rows, imported_at", "id"),
    (
        "journal",
        "seq, kind, entity_id, body, prev_hash, hash, logged_at, author",
        "seq",
    ),
    (
        "source_totals",
        "source_id, forecasts, void, corrections, amended, late",
        "source_id",
    ),
    (
        "source_bin_sums",
        "source_id, bin, n, hits, sum_p, sum_brier, sum_log",
        "source_id, bin",
    ),
    ("source_shapes", "source_id, points, horizons", "source_id"),
];

fn hex(bytes: &[u8]) -> String {
    crate::store::to_hex(bytes)
}

fn sqlite_rows(store: &SqliteStore, table: &str, columns: &str, order: &str) -> Vec<String> {
    let mut stmt = store
        .conn()
        .prepare(&format!("SELECT {columns} FROM {table} ORDER BY {order}"))
        .unwrap();
    let n = stmt.column_count();
    let mut rows = stmt.query([]).unwrap();
    let mut out = Vec::new();
    while let Some(r) = rows.next().unwrap() {
        let cells: Vec<String> = (0..n)
            .map(|i| match r.get_ref(i).unwrap() {
                rusqlite::types::ValueRef::Null => "NULL".into(),
                rusqlite::types::ValueRef::Integer(v) => v.to_string(),
                rusqlite::types::ValueRef::Real(v) => format!("{v:?}"),
                rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                rusqlite::types::ValueRef::Blob(b) => hex(b),
            })
            .collect();
        out.push(cells.join(" | "));
    }
    out
}

fn pg_rows(client: &mut Client, table: &str, columns: &str, order: &str) -> Vec<String> {
    // Tags in NOCASE order, as SQLite's ORDER BY gives them.
    let order = if table == "forecast_tags" {
        "forecast_id, lower(tag) COLLATE \"C\""
    } else {
        order
    };
    let rows = client
        .query(
            &format!("SELECT {columns} FROM {table} ORDER BY {order}"),
            &[],
        )
        .unwrap();
    rows.iter()
        .map(|r| {
            (0..r.len())
                .map(|i| {
                    let ty = r.columns()[i].type_().clone();
                    let text = if ty == Type::INT8 {
                        r.get::<_, Option<i64>>(i).map(|v| v.to_string())
                    } else if ty == Type::INT4 {
                        r.get::<_, Option<i32>>(i).map(|v| v.to_string())
                    } else if ty == Type::FLOAT8 {
                        r.get::<_, Option<f64>>(i).map(|v| format!("{v:?}"))
                    } else if ty == Type::BYTEA {
                        r.get::<_, Option<Vec<u8>>>(i).map(|v| hex(&v))
                    } else {
                        r.get::<_, Option<String>>(i)
                    };
                    text.unwrap_or_else(|| "NULL".into())
                })
                .collect::<Vec<_>>()
                .join(" | ")
        })
        .collect()
}

/// Every table of both ledgers is the same, row for row.
/// A new SQLite ledger at `path` whose journal author is the PostgreSQL role `client` runs
/// as, so the same writes make the same entries on both backends.
fn sqlite_beside(client: &mut Client, path: &std::path::Path) -> SqliteStore {
    let role: String = client
        .query_one("SELECT current_user::text", &[])
        .unwrap()
        .get(0);
    SqliteStore::open_with(
        path,
        Access::Write,
        OpenOptions {
            author: Some(role),
            ..Default::default()
        },
    )
    .unwrap()
}

/// `extract --audit`'s counts read from PostgreSQL with the query its store runs.
fn pg_audit(client: &mut Client) -> Vec<crate::store::AuditRow> {
    use crate::store::dialect::Dialect;
    use crate::store::reviews::{audit_row, audit_sql};
    let rows = client
        .query(&audit_sql(Dialect::Postgres), &[&None::<&str>])
        .unwrap();
    rows.iter().map(|r| audit_row(r).unwrap()).collect()
}

fn assert_same_ledgers(store: &SqliteStore, client: &mut Client) {
    for (table, columns, order) in TABLES {
        assert_eq!(
            sqlite_rows(store, table, columns, order),
            pg_rows(client, table, columns, order),
            "table {table}"
        );
    }
}

#[test]
fn every_write_leaves_the_same_rows_kept_sums_and_journal_on_both_backends() {
    let Some(db) = Db::new("pg::tests::every_write") else {
        return;
    };
    let mut client = db.client();
    let dir = tempfile::tempdir().unwrap();
    let mut store = sqlite_beside(&mut client, &dir.path().join("ledger.sqlite3"));
    let today = day("2026-11-30");

    // Sources matched in any ASCII case (and Unicode case), tags tidied, own questions
    // keyed by the claim's slug, numbered when taken.
    both!(store, client, "2026-01-05T10:00:00.000Z", |w| {
        let jane = w.ensure_source("Jane Pundit")?;
        let again = w.ensure_source(" jane PUNDIT ")?;
        let ecole = w.ensure_source("École Forecasts")?;
        let a = w.insert_forecast(&forecast(
            "JANE pundit",
            "The Fed cuts rates",
            0.7,
            Some("fed-cut"),
            &["b", "A", " a ", "Econ", ""],
        ))?;
        let b = w.insert_forecast(&forecast(
            "école forecasts",
            "It rains in June!",
            0.25,
            None,
            &[],
        ))?;
        let c = w.insert_forecast(&forecast("Bob", "It rains in June", 0.4, None, &["x;y"]))?;
        let d = w.insert_forecast(&forecast(
            "Bob",
            "Fed holds",
            0.19529515041898174,
            Some("fed-cut"),
            &[],
        ))?;
        Ok((jane, again, ecole, a, b, c, d))
    })
    .unwrap();
    // Bad input: nothing is written on either side.
    let bad = both!(store, client, "2026-01-05T11:00:00.000Z", |w| {
        w.insert_forecast(&forecast("Bob", "new", 0.5, Some("q-new"), &[]))?;
        let mut f = forecast("Bob", "backwards", 0.5, None, &[]);
        f.deadline = day("2025-01-01");
        w.insert_forecast(&f)
    });
    assert_eq!(bad.unwrap_err().0, 2);
    let missing = both!(store, client, "2026-01-05T11:00:01.000Z", |w| {
        let mut f = forecast("Bob", "from an article", 0.5, None, &[]);
        f.article = Some(99);
        w.insert_forecast(&f)
    });
    assert_eq!(missing.unwrap_err().0, 2);
    // Hand resolutions, an amendment, and every refusal.
    both!(store, client, "2026-02-01T09:00:00.000Z", |w| {
        w.resolve_forecast(
            1,
            Outcome::True,
            day("2026-01-20"),
            None,
            None,
            false,
            today,
        )
    })
    .unwrap();
    for (outcome, on, note, reason, amend, id) in [
        (Outcome::False, "2026-01-21", None, None, false, 1),
        (Outcome::False, "2026-01-21", None, None, true, 1),
        (Outcome::Void, "2026-01-21", None, None, false, 2),
        (
            Outcome::True,
            "2026-01-21",
            None,
            Some(VoidReason::Ambiguous),
            false,
            2,
        ),
        (Outcome::True, "2025-01-21", None, None, false, 2),
        (Outcome::True, "2026-12-21", None, None, false, 2),
        (Outcome::True, "2026-01-21", Some("why"), None, true, 2),
        (Outcome::True, "2026-01-21", None, None, false, 77),
    ] {
        let refused = both!(store, client, "2026-02-01T09:30:00.000Z", |w| {
            w.resolve_forecast(id, outcome, day(on), note, reason, amend, today)
        });
        assert_eq!(refused.unwrap_err().0, 2);
    }
    both!(store, client, "2026-02-02T09:00:00.000Z", |w| {
        w.resolve_forecast(
            1,
            Outcome::False,
            day("2026-01-22"),
            Some("on appeal"),
            None,
            true,
            today,
        )
    })
    .unwrap();
    // Corrections: wording of a resolved forecast (carrying both resolutions), the
    // probability of an open one; refusals.
    both!(store, client, "2026-02-03T09:00:00.000Z", |w| {
        let wording = Correction {
            claim: Some("The Fed cuts its rate".into()),
            why: "typo".into(),
            ..Default::default()
        };
        let a = w.correct(1, &wording, today)?;
        let p = Correction {
            probability: Some((Probability::new(0.3).unwrap(), ProbabilityBasis::Stated)),
            why: "misread".into(),
            ..Default::default()
        };
        let b = w.correct(3, &p, day("2026-02-03"))?;
        Ok((a, b))
    })
    .unwrap();
    for (id, why) in [(1, "x"), (5, ""), (6, "late"), (99, "x")] {
        let c = Correction {
            probability: Some((Probability::new(0.9).unwrap(), ProbabilityBasis::Stated)),
            why: why.into(),
            ..Default::default()
        };
        let refused = both!(store, client, "2026-02-03T10:00:00.000Z", |w| w
            .correct(id, &c, today));
        assert_eq!(refused.unwrap_err().0, 2);
    }
    // A question outcome: resolves what it decides, reports conflicts; contradictions
    // refused; a forecast logged afterwards is late and resolved by the known outcome.
    both!(store, client, "2026-07-01T09:00:00.000Z", |w| {
        w.resolve_question(
            "fed-cut",
            QuestionEvent::NotBy(day("2026-06-30")),
            Some("held"),
            day("2026-07-01"),
        )
    })
    .unwrap();
    let refused = both!(store, client, "2026-07-01T09:10:00.000Z", |w| {
        w.resolve_question(
            "fed-cut",
            QuestionEvent::HappenedOn(day("2026-06-01")),
            None,
            day("2026-07-01"),
        )
    });
    assert_eq!(refused.unwrap_err().0, 2);
    both!(store, client, "2026-07-02T09:00:00.000Z", |w| {
        let id = w.insert_forecast(&forecast(
            "Carol",
            "The Fed cuts after all",
            0.1,
            Some("fed-cut"),
            &["late"],
        ))?;
        let applied = w.apply_known_outcomes_to(id, day("2026-07-02"))?;
        let all = w.apply_known_outcomes(day("2026-07-02"))?;
        Ok((id, applied, all))
    })
    .unwrap();
    both!(store, client, "2026-07-03T09:00:00.000Z", |w| {
        w.resolve_question(
            "it-rains-in-june",
            QuestionEvent::Annul,
            Some("ill-posed"),
            day("2026-07-03"),
        )
    })
    .unwrap();
    // Articles and review decisions.
    both!(store, client, "2026-07-04T09:00:00.000Z", |w| {
        let article = NewArticle {
            source: "jane pundit".into(),
            published: day("2026-07-01"),
            title: Some("Rates \"outlook\"".into()),
            url: None,
            sha256: "ab".repeat(32),
        };
        let before = w.find_article("Jane Pundit", &article.sha256)?;
        let id = w.insert_article(&article)?;
        let found = w.find_article("JANE PUNDIT", &article.sha256)?;
        let mut f = forecast("Jane Pundit", "  Rates RISE by December ", 0.6, None, &[]);
        f.article = Some(id);
        f.made_on = day("2026-07-01");
        f.deadline = day("2026-12-31");
        let fid = w.insert_forecast(&f)?;
        let review = NewReview {
            candidate: 1,
            sentence_start: 10,
            sentence_end: 42,
            claim: "Rates rise by December".into(),
            probability: 0.6000000000000001,
            probability_basis: "hedge:likely".into(),
            deadline: Some(day("2026-12-31")),
            deadline_phrase: Some("by December".into()),
            attributed_to: Some("analysts".into()),
            stance: crate::model::Stance::For,
            condition: None,
            kept: Some(crate::store::Kept {
                probability: 0.6,
                deadline: None,
                claim: "Rates rise by December".into(),
                attributed_to: None,
                stance: crate::model::Stance::Against,
                condition: Some("if inflation holds".into()),
            }),
        };
        let r1 = w.insert_review(id, &review, Some(fid))?;
        let r2 = w.insert_review(
            id,
            &NewReview {
                candidate: 2,
                kept: None,
                ..review.clone()
            },
            None,
        )?;
        // As a ledger before schema 13 recorded it: no claim, holder, stance or condition,
        // and a body without them, which `verify` rebuilds alike below.
        let r3 = w.insert_review_before_13(
            id,
            &NewReview {
                candidate: 3,
                ..review.clone()
            },
            None,
        )?;
        let so_far = w.extracted_so_far(id)?;
        Ok((before, id, found, fid, r1, r2, r3, so_far))
    })
    .unwrap();
    // An import: one entry with the digests of every row, new and known questions and
    // sources, resolved rows, own questions; then the same data again is refused.
    type Row = (
        NewForecast,
        Option<(
            Outcome,
            &'static str,
            Option<&'static str>,
            Option<VoidReason>,
        )>,
    );
    let mut rows: Vec<Row> = Vec::new();
    for i in 0..150 {
        let mut f = forecast(
            ["Jane Pundit", "bob", "Dora", "Élise"][i % 4],
            &format!("Imported claim {}", i % 7),
            (i as f64 * 0.37).fract(),
            (i % 5 != 0).then(|| format!("imp-{}", i % 30)).as_deref(),
            &[["t1", "T2"], ["late", "x"]][i % 2],
        );
        if i % 11 == 0 {
            f.question = Some("fed-cut".into());
        }
        let resolved = match i % 4 {
            0 => Some((Outcome::True, "2026-07-01", Some("ok"), None)),
            1 => Some((
                Outcome::Void,
                "2026-07-01",
                None,
                Some(VoidReason::Annulled),
            )),
            _ => None,
        };
        rows.push((f, resolved));
    }
    for (attempt, now) in [
        (0, "2026-08-01T09:00:00.000Z"),
        (1, "2026-08-02T09:00:00.000Z"),
    ] {
        let result = both!(store, client, now, |w| {
            w.begin_import_batch()?;
            let mut ids = Vec::new();
            for (n, (f, r)) in rows.iter().enumerate() {
                let resolved = r.map(|(outcome, on, note, reason)| Resolved {
                    outcome,
                    on: day(on),
                    note,
                    reason,
                });
                ids.push(w.import_forecast(f, resolved.as_ref())?);
                if n % 40 == 39 {
                    w.trim_caches()?;
                }
            }
            w.record_import("cafe", "rows.csv", ids.len() as u64)?;
            Ok(ids)
        });
        assert_eq!(result.is_ok(), attempt == 0, "{result:?}");
    }
    assert_same_ledgers(&store, &mut client);
    let count =
        |client: &mut Client, sql: &str| -> i64 { client.query_one(sql, &[]).unwrap().get(0) };
    // 4 logged, 2 corrections, 1 late, 1 from the article, 150 imported (every one late:
    // its deadline had passed); 76 imported resolutions (i % 4 < 2), 2 by hand, 2 carried
    // by the correction of forecast 1, the rest from question outcomes.
    assert_eq!(count(&mut client, "SELECT count(*) FROM forecasts"), 158);
    assert_eq!(
        count(
            &mut client,
            "SELECT count(*) FROM forecasts WHERE logged_late = 1"
        ),
        151
    );
    assert_eq!(count(&mut client, "SELECT count(*) FROM resolutions"), 83);
    assert_eq!(count(&mut client, "SELECT count(*) FROM journal"), 32);
    // Audit 19 A15: the review kept with its claim, holder (analysts -> the source), stance
    // (for -> against) and condition (none -> one) changed, the rejected one, and the one
    // recorded before schema 13 (kept, its four fields unknown), alike on both backends.
    let audit = store.audit(None).unwrap();
    assert_eq!(format!("{audit:?}"), format!("{:?}", pg_audit(&mut client)));
    assert_eq!(
        (
            audit[0].reviewed,
            audit[0].kept,
            audit[0].kept_recorded,
            audit[0].claim_unchanged,
            audit[0].holder_unchanged,
            audit[0].stance_unchanged,
            audit[0].condition_unchanged
        ),
        (3, 2, 1, 1, 0, 0, 0)
    );

    // Every entry's body loads back from PostgreSQL as written; the import's digests
    // recompute from the rows.
    let entries = client
        .query(
            "SELECT kind, entity_id, body FROM journal ORDER BY seq",
            &[],
        )
        .unwrap();
    let mut imports = 0;
    for e in &entries {
        let (kind, id, body): (String, i64, String) = (e.get(0), e.get(1), e.get(2));
        let loaded = bodies::load_body(&mut client, &kind, id).unwrap();
        if kind == "import" {
            let body: serde_json::Value = serde_json::from_str(&body).unwrap();
            let batch = &body["batch"];
            assert_eq!(bodies::check_batch(&mut client, batch).unwrap(), None);
            imports += 1;
            continue;
        }
        assert_eq!(loaded.map(|b| b.to_string()), Some(body), "{kind} {id}");
    }
    assert_eq!(imports, 1);
    // An edited imported row is caught by the digests.
    client
        .batch_execute(
            "ALTER TABLE resolutions DISABLE TRIGGER resolutions_no_update;
             UPDATE resolutions SET note = 'edited' WHERE id = (SELECT max(id) FROM resolutions);",
        )
        .unwrap();
    let body: String = client
        .query_one("SELECT body FROM journal WHERE kind = 'import'", &[])
        .unwrap()
        .get(0);
    let body: serde_json::Value = serde_json::from_str(&body).unwrap();
    let why = bodies::check_batch(&mut client, &body["batch"])
        .unwrap()
        .unwrap();
    assert!(why.starts_with("resolutions "), "{why}");
}

/// A connection to the database at `url` with PostgreSQL's schema as version `version` made
/// it (the migrations up to it only), and the connecting role's name.
fn schema_at(url: &str, version: i64) -> (Client, String) {
    let mut client = Client::connect(url, NoTls).unwrap();
    for (_, sql) in super::MIGRATIONS.iter().filter(|(v, _)| *v <= version) {
        client.batch_execute(sql).unwrap();
    }
    client
        .batch_execute(&format!(
            "INSERT INTO ledger_schema (version) VALUES ({version})"
        ))
        .unwrap();
    let role: String = client
        .query_one("SELECT current_user::text", &[])
        .unwrap()
        .get(0);
    (client, role)
}

/// Takes an SQLite ledger's review columns of schema 13 away, as an older version left it.
const REVIEW_FIELDS: &str = "ALTER TABLE extraction_reviews DROP COLUMN attributed_to;
    ALTER TABLE extraction_reviews DROP COLUMN stance;
    ALTER TABLE extraction_reviews DROP COLUMN condition;
    ALTER TABLE extraction_reviews DROP COLUMN decided_claim;
    ALTER TABLE extraction_reviews DROP COLUMN decided_attributed_to;
    ALTER TABLE extraction_reviews DROP COLUMN decided_stance;
    ALTER TABLE extraction_reviews DROP COLUMN decided_condition;";

/// Migrations 8 and 9 on both backends: a ledger of version 7 (no claim index, foreign keys
/// on PostgreSQL) gains the index (and on PostgreSQL the statement-level reference checks
/// instead of most foreign keys) when it is next opened for writing, keeps every row,
/// verifies (guards and schema included), and `add`'s claim look-up then goes through the
/// index.
#[test]
fn a_version_7_ledger_gains_the_claim_index_on_both_backends() {
    let Some(db) = Db::new("pg::tests::claim_index") else {
        return;
    };
    let (mut client, role) = schema_at(&db.url, 7);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.sqlite3");
    let opts = || OpenOptions {
        author: Some(role.clone()),
        ..Default::default()
    };
    let mut store = SqliteStore::open_with(&path, Access::Write, opts()).unwrap();
    both!(store, client, "2026-01-05T10:00:00.000Z", |w| {
        w.insert_forecast(&forecast("Jane", "The Fed cuts rates", 0.7, None, &[]))?;
        w.insert_forecast(&forecast("Bob", "It rains in June", 0.4, None, &[]))
    })
    .unwrap();
    // SQLite's as version 7 left it (migration 9 changes nothing on SQLite).
    store
        .conn()
        .execute_batch(&format!(
            "DROP INDEX forecasts_claim; ALTER TABLE question_outcomes DROP COLUMN amends;
             {REVIEW_FIELDS} PRAGMA user_version = 7;"
        ))
        .unwrap();
    drop(store);

    let store = SqliteStore::open_with(&path, Access::Write, opts()).unwrap();
    migrate(&mut client).unwrap();
    let sqlite_version: i64 = store
        .conn()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(sqlite_version, crate::store::SCHEMA_VERSION);
    let pg_version: i32 = client
        .query_one("SELECT version FROM ledger_schema", &[])
        .unwrap()
        .get(0);
    assert_eq!(i64::from(pg_version), super::PG_SCHEMA_VERSION);
    assert_same_ledgers(&store, &mut client);
    assert!(store.verify().unwrap().is_ok());
    assert!(super::verify::verify(&mut client).unwrap().is_ok());

    // SQLite's plan searches the index; PostgreSQL's, with sequential scans priced out (on
    // two rows it would rightly scan), uses it, which it can only if the index's expression
    // is the query's.
    let sql = crate::store::questions::claim_rows_sql(crate::store::dialect::Dialect::Sqlite);
    let plan: Vec<String> = store
        .conn()
        .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
        .unwrap()
        .query_map(["x", "y"], |r| r.get(3))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(
        plan.contains(&"SEARCH f USING INDEX forecasts_claim (claim=?)".to_string()),
        "{plan:?}"
    );
    let sql = crate::store::questions::claim_rows_sql(crate::store::dialect::Dialect::Postgres);
    let mut tx = client.transaction().unwrap();
    tx.batch_execute("SET LOCAL enable_seqscan = off").unwrap();
    let plan: Vec<String> = tx
        .query(&format!("EXPLAIN (COSTS OFF) {sql}"), &[&"x", &"y"])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    drop(tx);
    assert!(
        plan.iter().any(
            |l| l.contains("Index Scan using forecasts_claim on forecasts")
                || l.contains("Bitmap Index Scan on forecasts_claim")
        ),
        "{plan:#?}"
    );
    // The look-up answers alike: any case, another source only.
    assert_eq!(
        store
            .question_with_claim_elsewhere(" the FED cuts rates ", "Bob")
            .unwrap()
            .as_deref(),
        Some("the-fed-cuts-rates")
    );
    let mut read = super::PgRead::new(&mut client);
    assert_eq!(
        read.question_with_claim_elsewhere(" the FED cuts rates ", "Bob")
            .unwrap()
            .as_deref(),
        Some("the-fed-cuts-rates")
    );
    assert_eq!(
        read.question_with_claim_elsewhere("the fed cuts rates", "JANE")
            .unwrap(),
        None
    );
}

// Migration 11: a version 10 ledger on each backend migrates and verifies; PostgreSQL's
// claim index becomes a B-tree on the claim's hash, `add`'s look-up uses it (its plan) and
// answers as before, also for two claims whose hashes could collide (the text decides).
#[test]
fn a_version_10_ledger_gains_the_hashed_claim_index_and_answers_alike() {
    let Some(db) = Db::new("pg::tests::claim_key") else {
        return;
    };
    let (mut client, role) = schema_at(&db.url, 10);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.sqlite3");
    let opts = || OpenOptions {
        author: Some(role.clone()),
        ..Default::default()
    };
    let mut store = SqliteStore::open_with(&path, Access::Write, opts()).unwrap();
    both!(store, client, "2026-01-05T10:00:00.000Z", |w| {
        w.insert_forecast(&forecast("Jane", "The Fed cuts rates", 0.7, None, &[]))?;
        w.insert_forecast(&forecast("Bob", "It rains in June", 0.4, None, &[]))
    })
    .unwrap();
    store
        .conn()
        .execute_batch(
            &format!("ALTER TABLE question_outcomes DROP COLUMN amends; {REVIEW_FIELDS} PRAGMA user_version = 10;"),
        )
        .unwrap();
    drop(store);
    let index = |client: &mut Client| -> String {
        client
            .query_one(
                "SELECT pg_get_indexdef('public.forecasts_claim'::regclass)",
                &[],
            )
            .unwrap()
            .get(0)
    };
    assert!(index(&mut client).contains("USING hash (lower(claim))"));

    let store = SqliteStore::open_with(&path, Access::Write, opts()).unwrap();
    migrate(&mut client).unwrap();
    let sqlite_version: i64 = store
        .conn()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(sqlite_version, crate::store::SCHEMA_VERSION);
    let pg_version: i32 = client
        .query_one("SELECT version FROM ledger_schema", &[])
        .unwrap()
        .get(0);
    assert_eq!(i64::from(pg_version), super::PG_SCHEMA_VERSION);
    // Migration 14 (run too) hashes the claim's ASCII fold.
    assert_eq!(
        index(&mut client),
        "CREATE INDEX forecasts_claim ON public.forecasts USING btree (hashtext(lower((claim COLLATE \"C\"))))"
    );
    assert_same_ledgers(&store, &mut client);
    assert!(store.verify().unwrap().is_ok());
    assert!(super::verify::verify(&mut client).unwrap().is_ok());

    let sql = crate::store::questions::claim_rows_sql(crate::store::dialect::Dialect::Postgres);
    let mut tx = client.transaction().unwrap();
    tx.batch_execute("SET LOCAL enable_seqscan = off").unwrap();
    let plan: Vec<String> = tx
        .query(&format!("EXPLAIN (COSTS OFF) {sql}"), &[&"x", &"y"])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    // Every forecast given the hash of another's claim: the index finds them all, and
    // the claim's own comparison keeps the look-up right.
    tx.batch_execute(
        "DROP INDEX forecasts_claim;
         CREATE INDEX forecasts_claim ON forecasts ((hashtext(lower(claim COLLATE \"C\")) * 0));",
    )
    .unwrap();
    let hashed = "hashtext(lower(f.claim COLLATE \"C\")) = hashtext(lower($1 COLLATE \"C\"))";
    assert!(sql.contains(hashed), "{sql}");
    let colliding = sql.replace(
        hashed,
        "hashtext(lower(f.claim COLLATE \"C\")) * 0 = hashtext(lower($1 COLLATE \"C\")) * 0",
    );
    let collided: Option<String> = tx
        .query_opt(&colliding, &[&"the FED cuts rates", &"2000-01-01"])
        .unwrap()
        .map(|r| r.get(0));
    assert_eq!(collided.as_deref(), Some("the-fed-cuts-rates"));
    drop(tx);
    assert!(
        plan.iter().any(
            |l| l.contains("Index Scan using forecasts_claim on forecasts")
                || l.contains("Bitmap Index Scan on forecasts_claim")
        ),
        "{plan:#?}"
    );
    for (claim, source, want) in [
        (" the FED cuts rates ", "Bob", Some("the-fed-cuts-rates")),
        ("the fed cuts rates", "JANE", None),
        ("IT RAINS IN JUNE", "Jane", Some("it-rains-in-june")),
        ("It rains in July", "Jane", None),
    ] {
        assert_eq!(
            store
                .question_with_claim_elsewhere(claim, source)
                .unwrap()
                .as_deref(),
            want
        );
        let mut read = super::PgRead::new(&mut client);
        assert_eq!(
            read.question_with_claim_elsewhere(claim, source)
                .unwrap()
                .as_deref(),
            want
        );
    }
}

// Migration 14: a version 13 ledger migrates and verifies; the dates and question keys
// become byte-order ("C") columns, the tags' and the claim's indexes fold with
// `lower(... COLLATE "C")`; the queries of `list --tag`, `list --due`, `report --source
// --since`, the question look-ups and `add`'s claim look-up still go through their
// indexes, and the tags, their look-up and the claim hints answer as SQLite's.
#[test]
fn a_version_13_ledger_gains_byte_order_keys_and_answers_alike() {
    use crate::store::dialect::Dialect::{Postgres, Sqlite};
    use crate::store::rows::{self, Names};
    let Some(db) = Db::new("pg::tests::byte_order_keys") else {
        return;
    };
    let (mut client, role) = schema_at(&db.url, 13);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.sqlite3");
    let opts = || OpenOptions {
        author: Some(role.clone()),
        ..Default::default()
    };
    let mut store = SqliteStore::open_with(&path, Access::Write, opts()).unwrap();
    both!(store, client, "2026-01-05T10:00:00.000Z", |w| {
        w.insert_forecast(&forecast(
            "Jane",
            "Straße closes",
            0.7,
            Some("Q-1"),
            &["Tech", "Économie"],
        ))?;
        w.insert_forecast(&forecast(
            "Bob",
            "STRASSE closes",
            0.4,
            None,
            &["tech", "économie"],
        ))?;
        w.insert_forecast(&forecast(
            "Ann",
            "straße CLOSES",
            0.2,
            None,
            &["TECH", "ÉCONOMIE"],
        ))
    })
    .unwrap();
    store
        .conn()
        .execute_batch("PRAGMA user_version = 13;")
        .unwrap();
    drop(store);
    let collation = |client: &mut Client, table: &str, column: &str| -> String {
        client
            .query_one(
                "SELECT k.collname::text FROM pg_attribute a
                 JOIN pg_collation k ON k.oid = a.attcollation
                 WHERE a.attrelid = $1::text::regclass AND a.attname = $2::text",
                &[&table, &column],
            )
            .unwrap()
            .get(0)
    };
    assert_eq!(collation(&mut client, "forecasts", "deadline"), "default");

    let store = SqliteStore::open_with(&path, Access::Write, opts()).unwrap();
    migrate(&mut client).unwrap();
    let sqlite_version: i64 = store
        .conn()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(sqlite_version, crate::store::SCHEMA_VERSION);
    let pg_version: i32 = client
        .query_one("SELECT version FROM ledger_schema", &[])
        .unwrap()
        .get(0);
    assert_eq!(i64::from(pg_version), super::PG_SCHEMA_VERSION);
    for (table, column, want) in [
        ("forecasts", "made_on", "C"),
        ("forecasts", "deadline", "C"),
        ("questions", "key", "C"),
        ("forecasts", "claim", "default"),
        ("forecast_tags", "tag", "default"),
    ] {
        assert_eq!(
            collation(&mut client, table, column),
            want,
            "{table}.{column}"
        );
    }
    let indexes: Vec<String> = client
        .query(
            "SELECT indexdef FROM pg_indexes
             WHERE indexname IN ('forecast_tags_key', 'forecast_tags_tag', 'forecasts_claim')
             ORDER BY indexname",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(
        indexes,
        [
            "CREATE UNIQUE INDEX forecast_tags_key ON public.forecast_tags USING btree (forecast_id, lower((tag COLLATE \"C\")))",
            "CREATE INDEX forecast_tags_tag ON public.forecast_tags USING btree (lower((tag COLLATE \"C\")), forecast_id)",
            "CREATE INDEX forecasts_claim ON public.forecasts USING btree (hashtext(lower((claim COLLATE \"C\"))))",
        ]
    );
    // Analysed at the end: the altered columns and the new expressions have statistics.
    let analysed: Vec<String> = client
        .query(
            "SELECT DISTINCT tablename::text || '.' || attname::text FROM pg_stats
             WHERE (tablename, attname) IN (('forecasts', 'deadline'), ('forecasts', 'made_on'),
                 ('questions', 'key'), ('forecast_tags_tag', 'lower'), ('forecasts_claim', 'hashtext'))
             ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(
        analysed,
        [
            "forecast_tags_tag.lower",
            "forecasts.deadline",
            "forecasts.made_on",
            "forecasts_claim.hashtext",
            "questions.key"
        ]
    );
    assert_same_ledgers(&store, &mut client);
    assert!(store.verify().unwrap().is_ok());
    assert!(super::verify::verify(&mut client).unwrap().is_ok());
    // The append-only guard, created again, still refuses.
    let err = client
        .execute(
            "UPDATE forecasts SET deadline = '2027-01-01' WHERE id = 1",
            &[],
        )
        .unwrap_err();
    assert_eq!(
        err.as_db_error().map(|e| e.message()),
        Some("forecasts are never edited in place: record a correction with `forecast correct`")
    );

    // Each query's plan, with sequential scans priced out (on three rows the server would
    // rightly scan), names the index, which it can only if the index's expression and
    // collation are the query's.
    let today = day("2026-07-01");
    let tagged = crate::report::rows::ReportFilter {
        tag: Some("TECH".into()),
        ..Default::default()
    };
    let (from, tag_args) = rows::selection(Postgres, &tagged, &[], today, None);
    let dated = crate::report::rows::ReportFilter {
        sources: vec!["Jane".into()],
        since: Some(day("2026-01-01")),
        ..Default::default()
    };
    let (dated_from, dated_args) = rows::selection(Postgres, &dated, &[1], today, None);
    let due = crate::store::forecasts::ListFilter {
        status: crate::store::forecasts::StatusFilter::Due,
        source: None,
        question: None,
    };
    let (due_where, due_args) = crate::store::forecasts::list_condition(&due, today, None);
    let texts = |args: &[String]| args.iter().map(|a| format!("'{a}'")).collect::<Vec<_>>();
    let with_args = |sql: String, args: &[String]| {
        texts(args)
            .iter()
            .enumerate()
            .rev()
            .fold(Postgres.sql(&sql), |sql, (i, a)| {
                sql.replace(&format!("${}", i + 1), a)
            })
    };
    let mut tx = client.transaction().unwrap();
    tx.batch_execute("SET LOCAL enable_seqscan = off").unwrap();
    for (sql, index) in [
        (
            with_args(format!("SELECT f.id{from}"), &tag_args),
            "forecast_tags_tag",
        ),
        (
            with_args(format!("SELECT f.id{dated_from}"), &dated_args),
            "forecasts_source",
        ),
        (
            with_args(
                format!("SELECT f.id FROM forecasts f WHERE {due_where}"),
                &due_args,
            ),
            "forecasts_unresolved_deadline",
        ),
        (
            "SELECT id FROM questions WHERE key = 'q-1'".to_string(),
            "questions_key_key",
        ),
        (
            "SELECT id FROM questions WHERE key = ANY(ARRAY['q-1', 'x'])".to_string(),
            "questions_key_key",
        ),
        (
            crate::store::questions::claim_rows_sql(Postgres)
                .replace("$1", "'strasse closes'")
                .replace("$2", "'2026-06-30'"),
            "forecasts_claim",
        ),
        (
            "SELECT id FROM forecasts WHERE outcome IN ('true', 'false') AND superseded_by IS NULL
             AND deadline >= '2026-01-01' ORDER BY deadline COLLATE \"C\", id"
                .to_string(),
            "forecasts_resolved_deadline",
        ),
    ] {
        let plan: Vec<String> = tx
            .query(&format!("EXPLAIN (COSTS OFF) {sql}"), &[])
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        assert!(
            plan.iter()
                .any(|l| l.contains(&format!(" {index} ")) || l.ends_with(&format!(" {index}"))),
            "{sql}\n{plan:#?}"
        );
    }
    drop(tx);

    // Answers as SQLite's: tags fold ASCII letters only (`Économie` and `économie` stay
    // two, in byte order), the tag's look-up finds its ASCII spellings, and the claim hint
    // finds the claim in another ASCII case through the hashed index.
    let sqlite_tags: Vec<(String, i64)> = store
        .conn()
        .prepare(&rows::tags_sql(Sqlite))
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut read = super::PgRead::new(&mut client);
    let pg_tags = read.tags().unwrap();
    assert_eq!(pg_tags, sqlite_tags);
    let tag = |t: &str, id: i64| (t.to_string(), id);
    assert_eq!(
        pg_tags,
        [tag("Tech", 1), tag("Économie", 1), tag("économie", 2)]
    );
    assert_eq!(read.check_tag("TECH").unwrap(), ["Tech"]);
    assert_eq!(store.check_tag("TECH").unwrap(), ["Tech"]);
    for (claim, source, want) in [
        ("STRASSE CLOSES", "Jane", Some("strasse-closes")),
        ("straße closes", "Bob", Some("Q-1")),
    ] {
        assert_eq!(
            read.question_with_claim_elsewhere(claim, source)
                .unwrap()
                .as_deref(),
            want,
            "{claim}"
        );
        assert_eq!(
            store
                .question_with_claim_elsewhere(claim, source)
                .unwrap()
                .as_deref(),
            want,
            "{claim}"
        );
    }
}

// A question outcome that resolves a block or more of forecasts records them by digest in
// its one entry, the same on both backends hash for hash; both verify it, and both name
// the block when one of its resolutions is edited.
#[test]
fn a_large_question_outcome_is_one_entry_with_the_same_digests_on_both_backends() {
    let Some(db) = Db::new("pg::tests::large_question_outcome") else {
        return;
    };
    let mut client = db.client();
    let dir = tempfile::tempdir().unwrap();
    let mut store = sqlite_beside(&mut client, &dir.path().join("ledger.sqlite3"));
    // Two full statements of SQLite's set-based write and a shorter last one
    // (`resolutions::DECIDED_ROWS` to a statement).
    let n = crate::store::resolutions::DECIDED_ROWS * 2 + 6;
    both!(store, client, "2026-01-05T10:00:00.000Z", |w| {
        let mut ids = Vec::new();
        for i in 0..n {
            let mut f = forecast(
                ["Ann", "Bo"][i % 2],
                &format!("claim {i}"),
                0.05 + ((i % 90) as f64) / 100.0,
                Some("big"),
                &[],
            );
            f.stance = if i % 3 == 0 {
                Stance::Against
            } else {
                Stance::For
            };
            f.deadline = day(["2026-03-31", "2026-09-30"][i % 2]);
            ids.push(w.insert_forecast(&f)?);
        }
        Ok(ids)
    })
    .unwrap();
    let summary = both!(store, client, "2026-07-01T09:00:00.000Z", |w| {
        w.resolve_question(
            "big",
            QuestionEvent::HappenedOn(day("2026-05-01")),
            Some("it did"),
            day("2026-07-01"),
        )
    })
    .unwrap();
    assert_eq!(summary.resolved.len(), n);
    assert_same_ledgers(&store, &mut client);
    // Two sources, one question and the forecasts, then the outcome's one entry.
    let kinds: Vec<String> = client
        .query("SELECT kind FROM journal ORDER BY seq", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(kinds.len(), n + 4);
    assert_eq!(kinds.last().map(String::as_str), Some("question_outcome"));
    assert!(!kinds.iter().any(|k| k == "resolution"));
    let body: String = client
        .query_one(
            "SELECT body FROM journal WHERE kind = 'question_outcome'",
            &[],
        )
        .unwrap()
        .get(0);
    let body: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["batch"]["resolution"]["first"], 1);
    assert_eq!(body["batch"]["resolution"]["last"], n as i64);
    assert_eq!(body["note"], "it did");
    assert!(store.verify().unwrap().is_ok());
    assert!(super::verify::verify(&mut client).unwrap().is_ok());
    // An edited resolution breaks the outcome's digests on PostgreSQL as on SQLite.
    client
        .batch_execute(
            "ALTER TABLE resolutions DISABLE TRIGGER resolutions_no_update;
             UPDATE resolutions SET note = 'edited' WHERE id = 70;",
        )
        .unwrap();
    let finding = super::verify::verify(&mut client).unwrap().unwrap_err();
    assert_eq!(
        finding.to_string(),
        format!(
            "entry {} (question outcome 1) does not match: resolutions 65 to 128 differ from what the question outcome recorded",
            n + 4
        )
    );
}

#[test]
fn a_large_import_builds_what_it_dropped_again_analyses_and_a_failed_one_keeps_all() {
    let Some(db) = Db::new("pg::tests::large_import") else {
        return;
    };
    let mut client = db.client();
    let rows: Vec<NewForecast> = (0..120)
        .map(|i| {
            forecast(
                ["Jane Pundit", "bob", "Dora"][i % 3],
                &format!("Bulk claim {i}"),
                (i as f64 * 0.29).fract(),
                (i % 4 == 0).then(|| format!("bulk-{}", i % 9)).as_deref(),
                &[["t1", "T2"], ["x", "y"]][i % 2],
            )
        })
        .collect();
    let import = |w: &mut super::PgWriter<'_>| -> crate::error::Result<()> {
        w.begin_import_batch()?;
        for (n, f) in rows.iter().enumerate() {
            let resolved = (n % 2 == 0).then(|| Resolved {
                outcome: Outcome::True,
                on: day("2026-07-01"),
                note: None,
                reason: None,
            });
            w.import_forecast(f, resolved.as_ref())?;
            if n % 40 == 39 {
                w.trim_caches()?;
            }
        }
        Ok(())
    };
    let indexes = |tx: &mut dyn FnMut(&str) -> i64| {
        tx("SELECT count(*) FROM pg_indexes
            WHERE tablename IN ('forecasts', 'forecast_tags', 'questions', 'resolutions')")
    };
    let fresh = indexes(&mut |sql| client.query_one(sql, &[]).unwrap().get(0));
    assert_eq!(fresh, 13);

    // Past 50 forecasts (the unit tests' threshold) the secondary indexes, the tags' and
    // questions' unique keys (this import read every question key first), the
    // resolution's key and the resolutions' primary key are gone inside the import; a
    // failure brings them all back.
    let failed = write(&mut client, "2026-08-01T09:00:00.000Z", |w| {
        import(w)?;
        let left = indexes(&mut |sql| w.tx.query_one(sql, &[]).unwrap().get(0));
        assert_eq!(
            left, 2,
            "only the primary keys of forecasts and questions stay"
        );
        Err::<(), _>(crate::error::Error::Other("stopped".into()))
    });
    assert!(failed.is_err());
    let count =
        |client: &mut Client, sql: &str| -> i64 { client.query_one(sql, &[]).unwrap().get(0) };
    assert_eq!(count(&mut client, "SELECT count(*) FROM forecasts"), 0);
    assert_eq!(
        indexes(&mut |sql| client.query_one(sql, &[]).unwrap().get(0)),
        13
    );
    assert!(super::verify::schema_finding(&mut client)
        .unwrap()
        .is_none());

    // The reference checks are off inside a large import and run once at its end: a
    // dangling tag slipped in meanwhile (raw SQL in the import's transaction) is refused
    // there, naming it, and nothing is kept; the checks are on again.
    let checks = "SELECT string_agg(tgname || '=' || tgenabled::text, ' ' ORDER BY tgname)
                  FROM pg_trigger WHERE tgname LIKE '%references'";
    let on = "forecast_tags_references=O forecasts_references=O resolutions_references=O";
    let dangling = write(&mut client, "2026-08-01T09:00:00.000Z", |w| {
        import(w)?;
        let state: String = w.tx.query_one(checks, &[]).unwrap().get(0);
        assert_eq!(
            state,
            "forecast_tags_references=D forecasts_references=D resolutions_references=D"
        );
        w.tx.execute(
            "INSERT INTO forecast_tags (forecast_id, tag) VALUES (99999, 'stray')",
            &[],
        )
        .unwrap();
        w.record_import("beef", "bulk.csv", rows.len() as u64)
    })
    .unwrap_err();
    let crate::error::Error::Postgres { source, .. } = &dangling else {
        panic!("{dangling}");
    };
    let db_error = source.as_db_error().expect("a server error");
    assert_eq!(
        db_error.code(),
        &postgres::error::SqlState::FOREIGN_KEY_VIOLATION
    );
    assert_eq!(
        db_error.message(),
        "insert or update on table \"forecast_tags\" refers to a missing row: \
         key (forecast_id)=(99999) is not present in table \"forecasts\""
    );
    assert_eq!(db_error.table(), Some("forecast_tags"));
    assert_eq!(db_error.column(), Some("forecast_id"));
    assert_eq!(count(&mut client, "SELECT count(*) FROM forecasts"), 0);
    assert_eq!(count(&mut client, "SELECT count(*) FROM forecast_tags"), 0);
    let state: String = client.query_one(checks, &[]).unwrap().get(0);
    assert_eq!(state, on);

    write(&mut client, "2026-08-01T09:00:00.000Z", |w| {
        import(w)?;
        w.record_import("beef", "bulk.csv", rows.len() as u64)
    })
    .unwrap();
    let state: String = client.query_one(checks, &[]).unwrap().get(0);
    assert_eq!(state, on);
    // The indexes and the key are the schema's again (verify's schema check compares every
    // index and constraint with a fresh ledger's), and the ledger verifies.
    assert!(super::verify::schema_finding(&mut client)
        .unwrap()
        .is_none());
    assert!(super::verify::verify(&mut client).unwrap().is_ok());
    // The tables the import filled are analysed: their row estimates are their counts and
    // the planner has column statistics, before autovacuum could have run.
    for (table, n) in [
        ("forecasts", 120),
        ("resolutions", 60),
        ("forecast_tags", 240),
        ("sources", 3),
    ] {
        let estimate: f32 = client
            .query_one(
                "SELECT reltuples FROM pg_class WHERE oid = $1::text::regclass",
                &[&table],
            )
            .unwrap()
            .get(0);
        assert_eq!(estimate, n as f32, "{table}");
    }
    assert!(
        count(
            &mut client,
            "SELECT count(*) FROM pg_stats WHERE tablename = 'forecasts' AND attname = 'source_id'"
        ) == 1
    );
    // The key checks again: a forecast naming a resolution that does not exist is refused
    // at the commit (the trigger that would refuse it first is switched off here).
    let dangling = client
        .batch_execute(
            "BEGIN;
             ALTER TABLE forecasts DISABLE TRIGGER forecasts_outcome_follows;
             UPDATE forecasts SET resolution_id = 999 WHERE id = 2;
             COMMIT",
        )
        .unwrap_err();
    assert_eq!(
        dangling.code(),
        Some(&postgres::error::SqlState::FOREIGN_KEY_VIOLATION),
        "{dangling}"
    );
}

// An imported resolution is journaled with the body a resolution by hand gets (the one
// `resolutions::resolution_body`), on each backend: the same two resolutions, one with a
// note, one a void with its reason, resolved by hand at the time an import records them,
// give the import's entry the digests of the hand resolutions' journal bodies. SQLite
// always; PostgreSQL when a server is named.
#[test]
fn an_imported_resolution_is_journaled_as_one_resolved_by_hand() {
    let fs = [
        forecast("Jane", "Rain by June", 0.3, Some("rain"), &[]),
        forecast("Jane", "Snow by June", 0.2, Some("snow"), &[]),
    ];
    let on = day("2026-06-15");
    let rs = [
        Resolved {
            outcome: Outcome::True,
            on,
            note: Some("it rained \"a lot\""),
            reason: None,
        },
        Resolved {
            outcome: Outcome::Void,
            on,
            note: None,
            reason: Some(VoidReason::Annulled),
        },
    ];
    let (logged, now) = ("2026-01-05T10:00:00.000Z", "2026-08-01T09:00:00.000Z");
    fn by_hand(w: &mut impl LedgerWriter, rs: &[Resolved<'_>]) -> crate::error::Result<()> {
        for (id, r) in (1..).zip(rs) {
            w.resolve_forecast(
                id,
                r.outcome,
                r.on,
                r.note,
                r.reason,
                false,
                day("2026-08-01"),
            )?;
        }
        Ok(())
    }
    fn imported(
        w: &mut impl LedgerWriter,
        fs: &[NewForecast],
        rs: &[Resolved<'_>],
    ) -> crate::error::Result<()> {
        w.begin_import_batch()?;
        for (f, r) in fs.iter().zip(rs) {
            w.import_forecast(f, Some(r))?;
        }
        w.record_import("sha", "file.csv", 2)
    }
    // The digests an import records of these journal bodies (resolutions 1 and 2).
    let digests = |bodies: &[String]| {
        assert_eq!(bodies.len(), 2);
        let mut batch = crate::store::batch::Batch::default();
        for (id, body) in (1..).zip(bodies) {
            batch.add("resolution", id, body).unwrap();
        }
        batch.finish()["resolution"].clone()
    };
    let recorded = |entry: &str| -> serde_json::Value {
        serde_json::from_str::<serde_json::Value>(entry).unwrap()["batch"]["resolution"].clone()
    };

    let journal = |s: &SqliteStore, kind: &str| -> Vec<String> {
        let mut stmt = s
            .conn()
            .prepare("SELECT body FROM journal WHERE kind = ?1 ORDER BY seq")
            .unwrap();
        let rows = stmt.query_map([kind], |r| r.get(0)).unwrap();
        rows.map(Result::unwrap).collect()
    };
    let mut hand = SqliteStore::open_in_memory().unwrap();
    hand.write(logged, |w| {
        fs.iter().try_for_each(|f| w.insert_forecast(f).map(drop))
    })
    .unwrap();
    hand.write(now, |w| by_hand(w, &rs)).unwrap();
    let mut import = SqliteStore::open_in_memory().unwrap();
    import.write(now, |w| imported(w, &fs, &rs)).unwrap();
    let sqlite_bodies = journal(&hand, "resolution");
    assert!(
        sqlite_bodies[0].contains(r#""note":"it rained \"a lot\"""#),
        "{sqlite_bodies:?}"
    );
    assert!(
        sqlite_bodies[1].contains(r#""reason":"annulled""#),
        "{sqlite_bodies:?}"
    );
    let entries = journal(&import, "import");
    assert_eq!(entries.len(), 1);
    assert_eq!(recorded(&entries[0]), digests(&sqlite_bodies));

    let (Some(a), Some(b)) = (
        Db::new("pg::tests::imported_resolution_by_hand"),
        Db::new("pg::tests::imported_resolution_imported"),
    ) else {
        return;
    };
    let journal = |c: &mut Client, kind: &str| -> Vec<String> {
        c.query(
            "SELECT body FROM journal WHERE kind = $1 ORDER BY seq",
            &[&kind],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
    };
    let (mut hand, mut import) = (a.client(), b.client());
    write(&mut hand, logged, |w| {
        fs.iter().try_for_each(|f| w.insert_forecast(f).map(drop))
    })
    .unwrap();
    write(&mut hand, now, |w| by_hand(w, &rs)).unwrap();
    write(&mut import, now, |w| imported(w, &fs, &rs)).unwrap();
    let pg_bodies = journal(&mut hand, "resolution");
    assert_eq!(pg_bodies, sqlite_bodies);
    let entries = journal(&mut import, "import");
    assert_eq!(entries.len(), 1);
    assert_eq!(recorded(&entries[0]), digests(&pg_bodies));
}
