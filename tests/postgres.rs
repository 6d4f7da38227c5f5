//! The PostgreSQL store as far as it is built (`store::pg`): schema and guards, roles, the
//! one hash chain under concurrent writers. Each test gets its own database on the server
//! named by `FORECAST_TEST_PG` (see `tests/support/pg.rs`: skipped with a notice without
//! one, a failure under CI).

#[path = "support/pg.rs"]
mod pg_support;

use forecast_ledger::store::pg::{self, PgWriter, PG_SCHEMA_VERSION};
use forecast_ledger::store::{entry_hash, PgEnv, PgTarget, GENESIS};
use pg_support::TestDb;

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

/// A migrated ledger in a fresh database, with one source, question and forecast.
fn ledger(test: &str) -> Option<(TestDb, postgres::Client)> {
    let db = TestDb::new(test)?;
    let mut client = pg::connect(&target(&db.url)).unwrap();
    pg::migrate(&mut client).unwrap();
    client
        .batch_execute(
            "INSERT INTO sources (id, name, created_at) VALUES (1, 'Jane Pundit', 't');
             INSERT INTO questions (id, key, created_at) VALUES (1, 'q', 't');
             INSERT INTO forecasts (id, source_id, question_id, claim, probability,
                 probability_basis, made_on, deadline, stance, created_at)
             VALUES (1, 1, 1, 'it rains', 0.7, 'stated', '2026-01-01', '2026-02-01', 'for', 't');
             INSERT INTO forecast_tags (forecast_id, tag) VALUES (1, 'Weather');",
        )
        .unwrap();
    Some((db, client))
}

fn refused(client: &mut postgres::Client, sql: &str) -> String {
    let err = client
        .batch_execute(sql)
        .expect_err(&format!("`{sql}` was allowed"));
    err.as_db_error()
        .map(|e| e.message().to_string())
        .unwrap_or_else(|| err.to_string())
}

#[test]
fn the_schema_is_created_once_and_a_second_migrate_changes_nothing() {
    let Some((db, mut client)) = ledger("the_schema_is_created_once") else {
        return;
    };
    pg::migrate(&mut client).unwrap();
    assert_eq!(
        pg::schema_version(&mut client).unwrap(),
        Some(PG_SCHEMA_VERSION)
    );
    let forecasts: i64 = client
        .query_one("SELECT count(*) FROM forecasts", &[])
        .unwrap()
        .get(0);
    assert_eq!(forecasts, 1);
    drop(db);
}

#[test]
fn the_guards_refuse_edits_deletes_and_truncates() {
    let Some((_db, mut client)) = ledger("the_guards_refuse_edits") else {
        return;
    };
    assert_eq!(
        refused(
            &mut client,
            "UPDATE forecasts SET probability = 0.9 WHERE id = 1"
        ),
        "forecasts are never edited in place: record a correction with `forecast correct`"
    );
    assert_eq!(
        refused(&mut client, "DELETE FROM forecasts WHERE id = 1"),
        "forecasts are never deleted"
    );
    assert_eq!(
        refused(&mut client, "TRUNCATE forecasts CASCADE"),
        "forecasts are never deleted"
    );
    assert_eq!(
        refused(&mut client, "UPDATE sources SET name = 'Jane' WHERE id = 1"),
        "sources are never renamed in place"
    );
    assert_eq!(
        refused(&mut client, "DELETE FROM forecast_tags"),
        "tags of a logged forecast are never deleted"
    );
    // Source names are unique whatever their ASCII case, as with SQLite's NOCASE.
    let err = client
        .batch_execute("INSERT INTO sources (id, name, created_at) VALUES (2, 'JANE PUNDIT', 't')")
        .unwrap_err();
    assert_eq!(
        err.as_db_error().and_then(|e| e.constraint()),
        Some("sources_name"),
        "{err:?}"
    );
    // The derived current outcome follows the newest resolution; superseded_by only once.
    client
        .batch_execute(
            "BEGIN;
             INSERT INTO resolutions (id, forecast_id, outcome, resolved_on, recorded_at)
             VALUES (1, 1, 'true', '2026-01-20', 't');
             UPDATE forecasts SET outcome = 'true', resolved_on = '2026-01-20', resolution_id = 1
             WHERE id = 1;
             COMMIT;",
        )
        .unwrap();
    client
        .batch_execute(
            "INSERT INTO forecasts (id, source_id, question_id, claim, probability,
                 probability_basis, made_on, deadline, stance, created_at, supersedes)
             VALUES (2, 1, 1, 'it rains', 0.6, 'stated', '2026-01-01', '2026-02-01', 'for', 't', 1);
             UPDATE forecasts SET superseded_by = 2 WHERE id = 1;",
        )
        .unwrap();
    assert_eq!(
        refused(
            &mut client,
            "UPDATE forecasts SET superseded_by = 1 WHERE id = 1"
        ),
        "a forecast is superseded only once"
    );
    let mut w = PgWriter::begin(&mut client, "2026-01-01T00:00:00.000Z").unwrap();
    w.append("forecast", 1, "{}").unwrap();
    w.commit().unwrap();
    assert_eq!(
        refused(&mut client, "UPDATE journal SET body = '{\"x\":1}'"),
        "the journal is append-only"
    );
    assert_eq!(
        refused(&mut client, "TRUNCATE journal"),
        "the journal is append-only"
    );
}

#[test]
fn a_database_with_other_tables_is_refused_untouched() {
    let Some(db) = TestDb::new("a_database_with_other_tables_is_refused") else {
        return;
    };
    let mut client = db.connect();
    client
        .batch_execute("CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('mine');")
        .unwrap();
    let err = pg::migrate(&mut client).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the PostgreSQL database: it holds tables but no forecast-ledger schema; name an empty database"
    );
    assert_eq!(err.exit_code(), 2);
    let tables: i64 = client
        .query_one(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(tables, 1);
}

#[test]
fn a_writer_role_cannot_update_or_delete_and_a_reader_cannot_write() {
    let Some((db, mut client)) = ledger("a_writer_role_cannot_update_or_delete") else {
        return;
    };
    pg::init_roles(
        &mut client,
        &pg::LedgerRoles::for_database(&db.name).unwrap(),
    )
    .unwrap();
    let (writer_role, reader_role) = (
        db.role("w", Some(&db.writer())),
        db.role("r", Some(&db.reader())),
    );
    let (writer, reader) = (&writer_role.name, &reader_role.name);
    let mut w = db.connect_as(writer);
    // A writer logs records, resolves and appends to the chain...
    w.batch_execute(
        "BEGIN;
         INSERT INTO sources (id, name, created_at) VALUES (2, 'Other', 't');
         INSERT INTO resolutions (id, forecast_id, outcome, resolved_on, recorded_at)
         VALUES (1, 1, 'false', '2026-02-02', 't');
         UPDATE forecasts SET outcome = 'false', resolved_on = '2026-02-02', resolution_id = 1
         WHERE id = 1;
         COMMIT;",
    )
    .unwrap();
    let mut pw = PgWriter::begin(&mut w, "2026-01-01T00:00:00.000Z").unwrap();
    pw.append("source", 2, "{}").unwrap();
    pw.commit().unwrap();
    // The entry names the database role that wrote it.
    let author: String = w
        .query_one("SELECT author FROM journal WHERE seq = 1", &[])
        .unwrap()
        .get(0);
    assert_eq!(&author, writer);
    // ...but no raw SQL of its own can change or remove one, guards or not.
    for sql in [
        "UPDATE forecasts SET claim = 'it snows' WHERE id = 1",
        "UPDATE forecasts SET probability = 0.99",
        "DELETE FROM forecasts",
        "DELETE FROM journal",
        "UPDATE journal SET body = '{}'",
        "TRUNCATE journal",
        "UPDATE sources SET name = 'x'",
        "DELETE FROM resolutions",
        "ALTER TABLE journal DISABLE TRIGGER journal_no_update",
        "DROP TABLE journal",
    ] {
        let why = refused(&mut w, sql);
        assert!(
            why.starts_with("permission denied") || why.starts_with("must be owner"),
            "`{sql}`: {why}"
        );
    }
    let mut r = db.connect_as(reader);
    let n: i64 = r
        .query_one("SELECT count(*) FROM forecasts", &[])
        .unwrap()
        .get(0);
    assert_eq!(n, 1);
    for sql in [
        "INSERT INTO sources (id, name, created_at) VALUES (3, 'R', 't')",
        "UPDATE forecasts SET outcome = 'true'",
    ] {
        let why = refused(&mut r, sql);
        assert!(why.starts_with("permission denied"), "`{sql}`: {why}");
    }
}

#[test]
fn sixteen_writers_appending_fifty_entries_each_make_one_valid_chain() {
    let Some((db, mut client)) = ledger("sixteen_writers_appending") else {
        return;
    };
    let url = db.url.clone();
    let threads: Vec<_> = (0..16)
        .map(|t| {
            let url = url.clone();
            std::thread::spawn(move || {
                let mut client = pg::connect(&target(&url)).unwrap();
                for i in 0..50 {
                    // Each write its own transaction, as each `add` is.
                    let mut w = PgWriter::begin(&mut client, "2026-01-01T00:00:00.000Z").unwrap();
                    w.append(
                        "forecast",
                        t * 100 + i,
                        &format!("{{\"writer\":{t},\"n\":{i}}}"),
                    )
                    .unwrap();
                    w.commit().unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let (entries, head) = pg::verify_chain(&mut client).unwrap().unwrap();
    assert_eq!(entries, 800);
    let last: String = client
        .query_one("SELECT hash FROM journal WHERE seq = 800", &[])
        .unwrap()
        .get(0);
    assert_eq!(head, last);
    let distinct: i64 = client
        .query_one("SELECT count(DISTINCT entity_id) FROM journal", &[])
        .unwrap()
        .get(0);
    assert_eq!(distinct, 800);
    // Every write is logged strictly after the one before: one instant per write.
    let times: i64 = client
        .query_one("SELECT count(DISTINCT logged_at) FROM journal", &[])
        .unwrap()
        .get(0);
    assert_eq!(times, 800);
}

#[test]
fn writers_queue_on_one_chain_whatever_isolation_the_database_defaults_to() {
    // A DBA may set `default_transaction_isolation` per server, database or role; a write
    // at REPEATABLE READ or SERIALIZABLE took its snapshot while it waited for the lock and
    // then appended after a stale head (ad2 F8: `duplicate key value violates unique
    // constraint "journal_pkey"`, `could not serialize access`).
    for level in ["repeatable read", "serializable"] {
        let Some((db, _client)) = ledger("writers_queue_whatever_isolation") else {
            return;
        };
        db.connect()
            .batch_execute(&format!(
                "ALTER DATABASE {} SET default_transaction_isolation = '{level}'",
                db.name
            ))
            .unwrap();
        let url = db.url.clone();
        let threads: Vec<_> = (0..8)
            .map(|t| {
                let url = url.clone();
                std::thread::spawn(move || {
                    let mut client = pg::connect(&target(&url)).unwrap();
                    let shown: String = client
                        .query_one("SHOW default_transaction_isolation", &[])
                        .unwrap()
                        .get(0);
                    assert_eq!(shown, level);
                    for i in 0..20 {
                        let mut w =
                            PgWriter::begin(&mut client, "2026-01-01T00:00:00.000Z").unwrap();
                        w.append("forecast", t * 100 + i, &format!("{{\"w\":{t},\"n\":{i}}}"))
                            .unwrap();
                        w.commit().unwrap();
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        let mut client = db.connect();
        let (entries, _) = pg::verify_chain(&mut client).unwrap().unwrap();
        assert_eq!(entries, 160, "{level}");
    }
}

#[test]
fn the_chain_is_the_sqlite_chain_and_verify_names_an_altered_entry() {
    let Some((_db, mut client)) = ledger("the_chain_is_the_sqlite_chain") else {
        return;
    };
    let mut w = PgWriter::begin(&mut client, "2026-03-01T10:00:00.000Z").unwrap();
    let (seq1, h1) = w.append("source", 1, "{\"name\":\"Jane Pundit\"}").unwrap();
    let (seq2, h2) = w.append("forecast", 1, "{\"claim\":\"it rains\"}").unwrap();
    w.commit().unwrap();
    // The same function, and so the same hashes, as SQLite's journal.
    let e1 = entry_hash(
        GENESIS,
        1,
        "source",
        1,
        "{\"name\":\"Jane Pundit\"}",
        Some("2026-03-01T10:00:00.000Z"),
        Some("postgres"),
    );
    assert_eq!((seq1, h1.clone()), (1, e1));
    let e2 = entry_hash(
        &h1,
        2,
        "forecast",
        1,
        "{\"claim\":\"it rains\"}",
        Some("2026-03-01T10:00:00.000Z"),
        Some("postgres"),
    );
    assert_eq!((seq2, h2.clone()), (2, e2));
    assert_eq!(pg::verify_chain(&mut client).unwrap(), Ok((2, h2)));
    // The owner can switch a guard off; the chain still shows the edit.
    client
        .batch_execute(
            "ALTER TABLE journal DISABLE TRIGGER journal_no_update;
             UPDATE journal SET body = '{\"claim\":\"it snows\"}' WHERE seq = 2;",
        )
        .unwrap();
    assert_eq!(
        pg::verify_chain(&mut client).unwrap(),
        Err("entry 2: its hash does not match its content".to_string())
    );
}

#[test]
fn a_failed_connection_never_shows_the_password() {
    // Port 1 on the loopback: refused at once, no server needed.
    let t = target("postgres://bob:s3cret@127.0.0.1:1/ledger?connect_timeout=2");
    let err = pg::connect(&t).err().unwrap();
    let text = err.to_string();
    assert!(!text.contains("s3cret"), "{text}");
    assert!(
        text.starts_with("PostgreSQL, connecting to `postgres://bob@127.0.0.1:1/ledger`: "),
        "{text}"
    );
    assert_eq!(
        err.exit_code(),
        1,
        "no server reached: the environment, not the input"
    );
}

#[test]
fn the_guards_are_the_reviewed_ones() {
    let Some((_db, mut client)) = ledger("the_guards_are_the_reviewed_ones") else {
        return;
    };
    let now = pg::guard_definitions(&mut client).unwrap();
    if std::env::var_os("UPDATE_PG_GUARDS").is_some() {
        let path = format!("{}/src/store/pg/guards.txt", env!("CARGO_MANIFEST_DIR"));
        std::fs::write(path, &now).unwrap();
        return;
    }
    assert_eq!(
        now,
        pg::GUARDS,
        "the guards changed: review, then UPDATE_PG_GUARDS=1"
    );
    assert_eq!(pg::check_guards(&mut client).unwrap(), None);
}

#[test]
fn a_guard_dropped_disabled_replaced_or_added_is_found() {
    let cases = [
        (
            "DROP TRIGGER journal_no_update ON journal",
            "the guard `journal_no_update` is missing, disabled or changed",
        ),
        (
            "ALTER TABLE forecasts DISABLE TRIGGER forecasts_append_only",
            "the guard `forecasts_append_only` is missing, disabled or changed",
        ),
        (
            "DROP TRIGGER sources_no_delete ON sources;
             CREATE TRIGGER sources_no_delete BEFORE DELETE ON sources FOR EACH ROW
             EXECUTE FUNCTION ledger_refuse('ok then')",
            "the guard `sources_no_delete` is missing, disabled or changed",
        ),
        (
            "CREATE FUNCTION sneak() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
             CREATE TRIGGER zz_sneak BEFORE INSERT ON forecasts FOR EACH ROW EXECUTE FUNCTION sneak()",
            "the trigger `zz_sneak` is not one the schema made",
        ),
        (
            "CREATE OR REPLACE FUNCTION ledger_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN RETURN NEW; END $$",
            "the function `ledger_refuse` that the guards call was replaced",
        ),
        (
            "CREATE OR REPLACE FUNCTION forecasts_references() RETURNS trigger LANGUAGE plpgsql
             SET search_path = public, pg_temp SET enable_hashjoin = off SET enable_mergejoin = off
             AS $$ BEGIN RETURN NULL; END $$",
            "the function `forecasts_references` that the guards call was replaced",
        ),
        (
            "ALTER FUNCTION resolutions_references() RESET search_path",
            "the function `resolutions_references` that the guards call was replaced",
        ),
        (
            "ALTER TABLE forecast_tags DISABLE TRIGGER forecast_tags_references",
            "the guard `forecast_tags_references` is missing, disabled or changed",
        ),
    ];
    for (sql, want) in cases {
        let Some((_db, mut client)) = ledger("a_guard_dropped_disabled_replaced_or_added") else {
            return;
        };
        client.batch_execute(sql).unwrap();
        assert_eq!(
            pg::check_guards(&mut client).unwrap().as_deref(),
            Some(want),
            "{sql}"
        );
    }
}

#[test]
fn init_roles_prepares_a_database_once_reading_pghost_from_the_environment() {
    let Some(db) = TestDb::new("init_roles_prepares_a_database") else {
        return;
    };
    // The socket directory comes from PGHOST, as libpq would take it.
    let host = db
        .url
        .split("host=")
        .nth(1)
        .map(|h| h.split('&').next().unwrap_or(h).to_string())
        .expect("the test server's URL names its socket directory");
    // And the port (the socket's name carries it) from PGPORT.
    let port = db
        .url
        .split("://")
        .nth(1)
        .and_then(|rest| rest.split(['/', '?']).next())
        .and_then(|authority| authority.rsplit_once(':'))
        .map_or("5432".to_string(), |(_, port)| port.to_string());
    let url = format!("postgres://postgres@/{}", db.name);
    let (w, r) = (db.writer(), db.reader());
    for run in 0..2 {
        let out = assert_cmd::Command::cargo_bin("forecast")
            .unwrap()
            .env_remove("FORECAST_DB")
            .env("PGHOST", &host)
            .env("PGPORT", &port)
            .args(["--db", &url, "init-roles"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        // The second run finds the roles the first made, held by no one yet (audit 20,
        // A17: who holds a role that exists already is said, since they gain this ledger).
        let existed = if run == 0 {
            String::new()
        } else {
            format!(
                "{w} existed already with its rights on this ledger, no role holds it yet: nothing changed for it\n\
                 {r} existed already with its rights on this ledger, no role holds it yet: nothing changed for it\n"
            )
        };
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            format!(
                "ledger postgres://postgres@localhost:{port}/{}?host={host} is at schema version {PG_SCHEMA_VERSION}; its guards are in place\n\
                 granted: {w} (read, insert; no update or delete of a record), {r} (read only)\n\
                 {existed}\
                 give them to login roles, e.g.: CREATE ROLE alice LOGIN PASSWORD '...' IN ROLE {w};\n",
                db.name
            )
        );
    }
    let mut client = db.connect();
    assert_eq!(
        pg::schema_version(&mut client).unwrap(),
        Some(PG_SCHEMA_VERSION)
    );
    let can: bool = client
        .query_one(
            "SELECT has_table_privilege($1, 'journal', 'INSERT')
                AND NOT has_table_privilege($1, 'journal', 'UPDATE')
                AND NOT has_table_privilege($1, 'journal', 'DELETE')
                AND has_table_privilege($2, 'forecasts', 'SELECT')
                AND NOT has_table_privilege($2, 'forecasts', 'INSERT')",
            &[&w, &r],
        )
        .unwrap()
        .get(0);
    assert!(can);
}

#[test]
fn init_roles_on_an_sqlite_ledger_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("l.sqlite3");
    let out = assert_cmd::Command::cargo_bin("forecast")
        .unwrap()
        .env_remove("FORECAST_DB")
        .arg("--db")
        .arg(&path)
        .arg("init-roles")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "error: init-roles on `{}`: roles belong to PostgreSQL ledgers; pass --db postgres://USER@HOST/DB\n",
            path.display()
        )
    );
    assert!(!path.exists());
}

fn open(
    url: &str,
    access: forecast_ledger::store::Access,
) -> forecast_ledger::Result<forecast_ledger::store::Store> {
    forecast_ledger::store::Store::open_target(
        &forecast_ledger::store::Target::Postgres(Box::new(target(url))),
        access,
        forecast_ledger::store::OpenOptions::default(),
    )
}

fn version(client: &mut postgres::Client) -> i32 {
    client
        .query_one("SELECT version FROM ledger_schema", &[])
        .unwrap()
        .get(0)
}

#[test]
fn a_version_6_ledger_is_migrated_and_a_newer_one_refused_untouched() {
    use forecast_ledger::store::Access;
    let Some(db) = TestDb::new("a_version_6_ledger_is_migrated") else {
        return;
    };
    let mut client = db.connect();
    // A ledger as version 6 made it: its migration file, run as it was.
    client
        .batch_execute(include_str!("../src/store/pg/migrations/0006_initial.sql"))
        .unwrap();
    client
        .batch_execute("INSERT INTO ledger_schema (version) VALUES (6)")
        .unwrap();
    let err = open(&db.url, Access::Read).err().unwrap();
    assert_eq!(err.exit_code(), 2);
    assert!(
        err.to_string().contains("run `forecast migrate` first"),
        "{err}"
    );
    assert_eq!(version(&mut client), 6);
    drop(open(&db.url, Access::Write).unwrap());
    assert_eq!(i64::from(version(&mut client)), PG_SCHEMA_VERSION);
    // Migrated, it is what a new ledger is: the same guards, tables and indexes.
    assert_eq!(pg::check_guards(&mut client).unwrap(), None);
    assert_eq!(
        pg::schema_description(&mut client).unwrap(),
        pg::SCHEMA_DESCRIPTION
    );
    let shapes: bool = client
        .query_one(
            "SELECT to_regclass('public.source_shapes') IS NOT NULL",
            &[],
        )
        .unwrap()
        .get(0);
    assert!(shapes);
    client
        .batch_execute("UPDATE ledger_schema SET version = 99")
        .unwrap();
    for access in [Access::Read, Access::Write] {
        let err = open(&db.url, access).err().unwrap();
        assert_eq!(err.exit_code(), 2);
        assert_eq!(
            err.to_string(),
            format!(
                "ledger `{}` has schema version 99, newer than this binary supports ({PG_SCHEMA_VERSION}); upgrade forecast-ledger",
                target(&db.url)
            )
        );
    }
    assert_eq!(version(&mut client), 99);
}

#[test]
fn reading_an_empty_database_is_no_ledger_and_creates_nothing() {
    let Some(db) = TestDb::new("reading_an_empty_database") else {
        return;
    };
    let err = open(&db.url, forecast_ledger::store::Access::Read)
        .err()
        .unwrap();
    assert_eq!(err.exit_code(), 2);
    assert!(
        err.to_string().starts_with("no ledger at `postgres://"),
        "{err}"
    );
    let tables: i64 = db
        .connect()
        .query_one(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(tables, 0);
}

#[test]
fn a_writer_gives_up_after_the_lock_wait_and_says_busy() {
    use forecast_ledger::store::{Access, OpenOptions, Store, Target};
    let Some(db) = TestDb::new("a_writer_gives_up_after_the_lock_wait") else {
        return;
    };
    let mut holder = db.connect();
    pg::migrate(&mut holder).unwrap();
    let held = PgWriter::begin(&mut holder, "2026-01-01T00:00:00.000Z").unwrap();
    let mut store = Store::open_target(
        &Target::Postgres(Box::new(target(&db.url))),
        Access::Write,
        OpenOptions {
            lock_wait: Some(std::time::Duration::from_millis(300)),
            ..OpenOptions::default()
        },
    )
    .unwrap();
    let started = std::time::Instant::now();
    let err = store
        .write("2026-01-01T00:00:00.000Z", |w| w.ensure_source("S"))
        .unwrap_err();
    assert!(matches!(err, forecast_ledger::Error::Busy { .. }), "{err}");
    assert!(started.elapsed() >= std::time::Duration::from_millis(300));
    drop(held);
}

/// ad2 F11: an owner's large import drops indexes and so locks their tables until it
/// commits; a writer's first read met that lock and waited for the whole import, whatever
/// FORECAST_LOCK_WAIT said. Now it gives up after the wait with the writers' one line.
#[test]
fn a_write_behind_another_commands_table_lock_gives_up_after_the_lock_wait() {
    let Some(db) = TestDb::new("a_write_behind_a_table_lock") else {
        return;
    };
    let add = |claim: &str| {
        assert_cmd::Command::cargo_bin("forecast")
            .unwrap()
            .env_remove("FORECAST_DB")
            .env("FORECAST_TODAY", "2026-11-28")
            .env("FORECAST_LOCK_WAIT", "1")
            .args(["--db", &db.url, "add", "--source", "Jane", "--claim", claim])
            .args(["--probability", "0.6", "--deadline", "2027-01-01"])
            .output()
            .unwrap()
    };
    assert_eq!(add("First").status.code(), Some(0));
    // What dropping an index takes, held as the import holds it.
    let mut holder = db.connect();
    holder
        .batch_execute("BEGIN; LOCK TABLE forecasts IN ACCESS EXCLUSIVE MODE")
        .unwrap();
    let out = add("Second");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "error: ledger `{}` stayed locked by another writer for 1 s; try again when it has finished (FORECAST_LOCK_WAIT sets the wait in seconds)\n",
            target(&db.url)
        )
    );
    holder.batch_execute("ROLLBACK").unwrap();
    let out = add("Second");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "2\n");
    let entries: i64 = db
        .connect()
        .query_one("SELECT count(*) FROM journal", &[])
        .unwrap()
        .get(0);
    // A source, and each forecast with its own question.
    assert_eq!(entries, 5);
}

#[test]
fn a_failed_first_write_takes_the_new_schema_away_but_never_a_used_ledger() {
    use forecast_ledger::store::Access;
    let Some(db) = TestDb::new("a_failed_first_write_takes_the_new_schema_away") else {
        return;
    };
    let tables = |client: &mut postgres::Client| -> i64 {
        client
            .query_one(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
                &[],
            )
            .unwrap()
            .get(0)
    };
    let mut client = db.connect();
    let mut store = open(&db.url, Access::Write).unwrap();
    assert!(tables(&mut client) > 0);
    let err = store
        .write(
            "2026-01-01T00:00:00.000Z",
            |_| -> forecast_ledger::Result<()> {
                Err(forecast_ledger::Error::invalid(
                    "--probability `2`",
                    "out of range",
                ))
            },
        )
        .unwrap_err();
    assert_eq!(err.exit_code(), 2);
    store.discard_if_unused();
    assert_eq!(tables(&mut client), 0);
    // A ledger this command created but someone else wrote to meanwhile stays.
    let store = open(&db.url, Access::Write).unwrap();
    let mut w = PgWriter::begin(&mut client, "2026-01-01T00:00:00.000Z").unwrap();
    w.append("source", 1, "{}").unwrap();
    w.commit().unwrap();
    store.discard_if_unused();
    assert!(tables(&mut client) > 0);
    let entries: i64 = client
        .query_one("SELECT count(*) FROM journal", &[])
        .unwrap()
        .get(0);
    assert_eq!(entries, 1);
}

/// A ledger with its roles granted and a writer; the writer's connection.
fn with_writer(test: &str) -> Option<(TestDb, pg_support::TestRole, postgres::Client)> {
    let (db, mut client) = ledger(test)?;
    pg::init_roles(
        &mut client,
        &pg::LedgerRoles::for_database(&db.name).unwrap(),
    )
    .unwrap();
    let writer = db.role("w", Some(&db.writer()));
    let w = db.connect_as(&writer.name);
    Some((db, writer, w))
}

#[test]
fn a_writer_cannot_set_an_outcome_its_newest_resolution_does_not_give() {
    let Some((db, _writer, mut w)) = with_writer("a_writer_cannot_set_an_outcome") else {
        return;
    };
    w.batch_execute(
        "INSERT INTO forecasts (id, source_id, question_id, claim, probability,
             probability_basis, made_on, deadline, stance, created_at)
         VALUES (2, 1, 1, 'it pours', 0.6, 'stated', '2026-01-01', '2026-02-01', 'for', 't')",
    )
    .unwrap();
    // No resolution yet: no outcome at all.
    assert_eq!(
        refused(
            &mut w,
            "UPDATE forecasts SET outcome = 'true', resolved_on = '2026-02-02' WHERE id = 1"
        ),
        "forecast 1: its outcome is its newest resolution's (none): record a resolution with `forecast resolve`"
    );
    w.batch_execute(
        "INSERT INTO resolutions (id, forecast_id, outcome, resolved_on, recorded_at)
         VALUES (1, 1, 'false', '2026-02-02', 't'), (2, 1, 'true', '2026-02-03', 't')",
    )
    .unwrap();
    let newest = "forecast 1: its outcome is its newest resolution's (true on 2026-02-03, resolution 2): record a resolution with `forecast resolve`";
    for sql in [
        // Another outcome than the resolution's, another date, an older resolution, none.
        "UPDATE forecasts SET outcome = 'false', resolved_on = '2026-02-03', resolution_id = 2 WHERE id = 1",
        "UPDATE forecasts SET outcome = 'true', resolved_on = '2026-01-01', resolution_id = 2 WHERE id = 1",
        "UPDATE forecasts SET outcome = 'false', resolved_on = '2026-02-02', resolution_id = 1 WHERE id = 1",
        "UPDATE forecasts SET outcome = 'true', resolved_on = '2026-02-03' WHERE id = 1",
        "UPDATE forecasts SET outcome = 'void', resolved_on = '2026-02-03', resolution_id = 2 WHERE id = 1",
    ] {
        assert_eq!(refused(&mut w, sql), newest, "{sql}");
    }
    // Forecast 2 has no resolution: another forecast's is not its own.
    assert_eq!(
        refused(
            &mut w,
            "UPDATE forecasts SET outcome = 'true', resolved_on = '2026-02-03', resolution_id = 2 WHERE id = 2"
        ),
        "forecast 2: its outcome is its newest resolution's (none): record a resolution with `forecast resolve`"
    );
    // A forecast is superseded only by its correction.
    assert_eq!(
        refused(&mut w, "UPDATE forecasts SET superseded_by = 2 WHERE id = 1"),
        "forecast 1: superseded_by names a forecast that does not supersede it: record a correction with `forecast correct`"
    );
    // What the newest resolution says is accepted, and nothing was changed before.
    let outcome = |w: &mut postgres::Client| -> (Option<String>, Option<String>, Option<i64>) {
        let r = w
            .query_one(
                "SELECT outcome, resolved_on, resolution_id FROM forecasts WHERE id = 1",
                &[],
            )
            .unwrap();
        (r.get(0), r.get(1), r.get(2))
    };
    assert_eq!(outcome(&mut w), (None, None, None));
    w.batch_execute(
        "UPDATE forecasts SET outcome = 'true', resolved_on = '2026-02-03', resolution_id = 2 WHERE id = 1",
    )
    .unwrap();
    assert_eq!(
        outcome(&mut w),
        (Some("true".into()), Some("2026-02-03".into()), Some(2))
    );
    // The owner is held to it too: the rule is the ledger's, not the role's.
    let mut owner = db.connect();
    assert_eq!(
        refused(
            &mut owner,
            "UPDATE forecasts SET outcome = 'false' WHERE id = 1"
        ),
        newest
    );
}

/// A journal entry's `(seq, prev_hash, hash, logged_at, author)`.
type Entry<'a> = (i64, &'a str, &'a str, &'a str, &'a str);

/// Inserts a journal entry with raw SQL: `entry`, the kind `source`, entity 2 and `body`.
fn insert_entry(
    client: &mut impl postgres::GenericClient,
    entry: Entry<'_>,
    body: &str,
) -> Result<u64, postgres::Error> {
    let (seq, prev, hash, at, author) = entry;
    client.execute(
        "INSERT INTO journal (seq, kind, entity_id, body, prev_hash, hash, logged_at, author)
         VALUES ($1, 'source', 2, $2, $3, $4, $5, $6)",
        &[&seq, &body, &prev, &hash, &at, &author],
    )
}

fn db_message(e: postgres::Error) -> String {
    e.as_db_error()
        .map(|d| d.message().to_string())
        .unwrap_or_else(|| e.to_string())
}

#[test]
fn a_writer_cannot_forge_a_journal_entry_and_the_server_hashes_as_rust_does() {
    let Some((db, writer, mut w)) = with_writer("a_writer_cannot_forge_a_journal_entry") else {
        return;
    };
    let me = writer.name.as_str();
    let at = "2026-01-01T00:00:00.000Z";
    // A body with non-ASCII text, hashed by Rust over its UTF-8 bytes.
    let body = "{\"name\":\"Zoë Ørsted 東京 🌧\"}";
    let first = entry_hash(GENESIS, 1, "source", 2, body, Some(at), Some(me));
    let forged: &[(Entry<'_>, &str)] = &[
        // A hash that is not the entry's.
        (
            (1, GENESIS, &"ab".repeat(32), at, me),
            "journal entry 1: its hash does not match its content",
        ),
        // A sequence number skipped, a prev_hash that is not the head's.
        (
            (2, GENESIS, &entry_hash(GENESIS, 2, "source", 2, body, Some(at), Some(me)), at, me),
            "journal entry 2: it does not follow the head (entry 0): entries are appended by `forecast`, one chain",
        ),
        (
            (1, &"1".repeat(64), &entry_hash(&"1".repeat(64), 1, "source", 2, body, Some(at), Some(me)), at, me),
            "journal entry 1: it does not follow the head (entry 0): entries are appended by `forecast`, one chain",
        ),
        // Someone else named as the author, with a hash that covers it.
        (
            (1, GENESIS, &entry_hash(GENESIS, 1, "source", 2, body, Some(at), Some("bob")), at, "bob"),
            &*format!("journal entry 1: its author must be the role that logged in ({me}), whatever role the session runs as"),
        ),
    ];
    for (entry, want) in forged {
        let err = insert_entry(&mut w, *entry, body).unwrap_err();
        assert_eq!(db_message(err), *want, "{entry:?}");
    }
    // The entry `forecast` would write: accepted, so the server's hash is Rust's, byte for byte.
    insert_entry(&mut w, (1, GENESIS, &first, at, me), body).unwrap();
    // Nothing before the head's time, and no second entry on the same head.
    let earlier = "2025-12-31T23:59:59.999Z";
    let err = insert_entry(
        &mut w,
        (
            2,
            &first,
            &entry_hash(&first, 2, "source", 2, body, Some(earlier), Some(me)),
            earlier,
            me,
        ),
        body,
    )
    .unwrap_err();
    assert_eq!(
        db_message(err),
        "journal entry 2: it must be logged no earlier than the head (2026-01-01T00:00:00.000Z)"
    );
    let err = insert_entry(
        &mut w,
        (
            1,
            GENESIS,
            &entry_hash(GENESIS, 1, "source", 2, "{}", Some(at), Some(me)),
            at,
            me,
        ),
        "{}",
    )
    .unwrap_err();
    assert_eq!(
        db_message(err),
        "journal entry 1: it does not follow the head (entry 1): entries are appended by `forecast`, one chain"
    );
    // Two clients that skip the write lock and append on the same head at once: the second
    // waits for the first and is refused, so the chain never forks.
    let second = entry_hash(&first, 2, "source", 2, "{}", Some(at), Some(me));
    let mut a = db.connect_as(me);
    let mut ta = a.transaction().unwrap();
    insert_entry(&mut ta, (2, &first, &second, at, me), "{}").unwrap();
    let racer = {
        let (first, second, me) = (first.clone(), second.clone(), me.to_string());
        let mut b = db.connect_as(&me);
        std::thread::spawn(move || {
            insert_entry(&mut b, (2, &first, &second, at, &me), "{}").map_err(|e| e.code().cloned())
        })
    };
    std::thread::sleep(std::time::Duration::from_millis(300));
    ta.commit().unwrap();
    assert_eq!(
        racer.join().unwrap(),
        Err(Some(postgres::error::SqlState::UNIQUE_VIOLATION))
    );
    assert_eq!(pg::verify_chain(&mut w).unwrap(), Ok((2, second)));
}

/// ad2 F15, held by the database (migration 15): a writer that logs in as itself and runs as
/// the group writer role (`SET ROLE`) cannot sign an entry as the group role, which would
/// name no one; an entry it signs as itself, the role that logged in, is taken.
#[test]
fn raw_sql_after_set_role_signs_as_the_role_that_logged_in() {
    let Some((db, writer, mut w)) = with_writer("raw_sql_after_set_role_signs") else {
        return;
    };
    let me = writer.name.as_str();
    let group = db.writer();
    let at = "2026-01-01T00:00:00.000Z";
    w.batch_execute(&format!("SET ROLE {group}")).unwrap();
    let as_group = entry_hash(GENESIS, 1, "source", 2, "{}", Some(at), Some(&group));
    let err = insert_entry(&mut w, (1, GENESIS, &as_group, at, &group), "{}").unwrap_err();
    assert_eq!(
        db_message(err),
        format!(
            "journal entry 1: its author must be the role that logged in ({me}), whatever role the session runs as"
        )
    );
    let as_me = entry_hash(GENESIS, 1, "source", 2, "{}", Some(at), Some(me));
    insert_entry(&mut w, (1, GENESIS, &as_me, at, me), "{}").unwrap();
    w.batch_execute("RESET ROLE").unwrap();
    assert_eq!(pg::verify_chain(&mut w).unwrap(), Ok((1, as_me)));
}

/// The `forecast` binary on `url`, on a fixed day.
fn forecast(url: &str, args: &[&str]) -> std::process::Output {
    assert_cmd::Command::cargo_bin("forecast")
        .unwrap()
        .env_remove("FORECAST_DB")
        .env("FORECAST_TODAY", "2026-11-28")
        .args(["--db", url])
        .args(args)
        .output()
        .unwrap()
}

fn succeeds(url: &str, args: &[&str]) -> String {
    let out = forecast(url, args);
    assert!(
        out.status.success(),
        "`forecast {}`: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// ad2 F15: a writer that logs in as itself and then runs as its group role (`-c role=` in
/// the URL's options, or SET ROLE) signed its entries with the group role, so `show` said
/// `by forecast_DB_writer`; such a session's writes are refused, nothing written.
#[test]
fn a_write_by_a_session_running_as_another_role_is_refused() {
    let Some(db) = TestDb::new("a_write_as_another_role") else {
        return;
    };
    succeeds(&db.url, &["init-roles"]);
    let writer = db.role("w", Some(&db.writer()));
    let sep = if writer.url.contains('?') { '&' } else { '?' };
    let as_group = format!("{}{sep}options=-c%20role%3D{}", writer.url, db.writer());
    let add = [
        "add",
        "--source",
        "Jane",
        "--claim",
        "It rains",
        "--probability",
        "0.6",
        "--deadline",
        "2027-01-01",
    ];
    let out = forecast(&as_group, &add);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "error: PostgreSQL: this session logged in as `{}` and runs as the role `{}` (SET ROLE, or `-c role=` in the URL's options), so the journal would not say who wrote; nothing was written: connect as the role that writes, setting no other\n",
            writer.name,
            db.writer()
        )
    );
    let entries: i64 = db
        .connect()
        .query_one("SELECT count(*) FROM journal", &[])
        .unwrap()
        .get(0);
    assert_eq!(entries, 0);
    // Reading as the group role is no one's signature: it still reads.
    assert_eq!(
        succeeds(&as_group, &["list", "--format", "csv"])
            .lines()
            .count(),
        1
    );
    // As itself, the writer writes and is named.
    assert_eq!(succeeds(&writer.url, &add), "1\n");
    assert!(succeeds(&writer.url, &["show", "1"]).contains(&format!(" by {}\n", writer.name)));
}

/// ad2 F14: a writer whose role has `default_transaction_read_only` on (as a standby's
/// sessions have) got the server's words alone, "cannot execute SELECT in a read-only
/// transaction", exit 1; it is told why and how to write, exit 2, nothing written, and it
/// still reads.
#[test]
fn a_write_in_a_read_only_session_is_refused_saying_why() {
    let Some(db) = TestDb::new("a_write_in_a_read_only_session") else {
        return;
    };
    succeeds(&db.url, &["init-roles"]);
    let writer = db.role("w", Some(&db.writer()));
    db.connect()
        .batch_execute(&format!(
            "ALTER ROLE \"{}\" SET default_transaction_read_only = on",
            writer.name
        ))
        .unwrap();
    let out = forecast(
        &writer.url,
        &[
            "add",
            "--source",
            "Jane",
            "--claim",
            "It rains",
            "--probability",
            "0.6",
            "--deadline",
            "2027-01-01",
        ],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("error: PostgreSQL, "), "{err}");
    assert!(
        err.ends_with("in a read-only transaction; this session only reads (default_transaction_read_only is on for the server, the database or the role, or the server is a standby), so nothing was written: write through the primary, as a role whose default_transaction_read_only is off\n"),
        "{err}"
    );
    let entries: i64 = db
        .connect()
        .query_one("SELECT count(*) FROM journal", &[])
        .unwrap()
        .get(0);
    assert_eq!(entries, 0);
    assert_eq!(
        succeeds(&writer.url, &["list", "--format", "csv"])
            .lines()
            .count(),
        1
    );
}

#[test]
fn a_writer_role_logs_resolves_corrects_imports_and_saves_and_the_ledger_verifies() {
    let Some(db) = TestDb::new("a_writer_role_logs_resolves_corrects") else {
        return;
    };
    succeeds(&db.url, &["init-roles"]);
    let writer = db.role("w", Some(&db.writer()));
    let url = writer.url.as_str();
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("sheet.csv");
    std::fs::write(
        &sheet,
        "source,claim,probability,made_on,deadline,question,outcome,resolved_on\n\
         A,Fed cuts,0.7,2025-01-01,2025-06-30,fed,true,2025-06-18\n\
         B,Fed cuts,0.4,2025-01-02,2025-06-30,fed,,\n\
         B,Rain in May,0.9,2025-03-01,2025-05-31,rain,false,\n",
    )
    .unwrap();
    let article = dir.path().join("a.md");
    std::fs::write(
        &article,
        "Outlook\n\nThe central bank will cut rates by June. Officials expect the plant to close.\n",
    )
    .unwrap();
    for args in [
        vec![
            "add",
            "--source",
            "Jane",
            "--claim",
            "It rains",
            "--probability",
            "0.7",
            "--deadline",
            "2027-06-30",
            "--made-on",
            "2026-01-05",
            "--question",
            "rain-june",
        ],
        vec![
            "add",
            "--source",
            "Bob",
            "--claim",
            "It rains",
            "--probability",
            "0.2",
            "--deadline",
            "2027-06-30",
            "--made-on",
            "2026-01-06",
            "--question",
            "rain-june",
            "--against",
        ],
        vec![
            "add",
            "--source",
            "Jane",
            "--claim",
            "The strike ends",
            "--probability",
            "0.4",
            "--deadline",
            "2026-03-01",
            "--made-on",
            "2026-02-01",
        ],
        vec!["resolve", "3", "--yes", "--on", "2026-02-20"],
        vec!["resolve", "3", "--no", "--amend", "--note", "appeal upheld"],
        vec!["correct", "1", "--probability", "0.75", "--why", "misread"],
        vec![
            "resolve",
            "--question",
            "rain-june",
            "--happened-on",
            "2026-11-10",
        ],
        // A resolved forecast's correction carries its two resolutions.
        vec![
            "correct",
            "3",
            "--claim",
            "The strike is over",
            "--why",
            "wording",
        ],
        vec!["import", sheet.to_str().unwrap()],
        vec![
            "extract",
            article.to_str().unwrap(),
            "--source",
            "Daily Planet",
            "--published",
            "2026-01-10",
            "--save",
            "--yes",
        ],
        vec!["verify"],
    ] {
        succeeds(url, &args);
    }
    // Every entry names the writer; the outcomes are the resolutions'.
    let mut client = db.connect();
    let authors: Vec<String> = client
        .query("SELECT DISTINCT author FROM journal", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(authors, vec![writer.name.clone()]);
    let outcomes: Vec<(i64, Option<String>)> = client
        .query(
            "SELECT id, outcome FROM forecasts WHERE id <= 5 ORDER BY id",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(
        outcomes,
        vec![
            (1, None),
            (2, Some("false".into())),
            (3, Some("false".into())),
            (4, Some("true".into())),
            (5, Some("false".into()))
        ]
    );
}

#[test]
fn a_role_without_rights_is_told_to_run_init_roles_and_exits_2() {
    let Some(db) = TestDb::new("a_role_without_rights_is_told") else {
        return;
    };
    let hint = "; this role may not do that: the ledger's owner runs `forecast init-roles` and grants it the writer role that command names (or the reader role, which only reads)\n";
    let stranger = db.role("x", None);
    let add = [
        "add",
        "--source",
        "S",
        "--claim",
        "c",
        "--probability",
        "0.5",
        "--deadline",
        "2027-01-01",
    ];
    let check = |args: &[&str], want: &str| {
        let out = forecast(&stranger.url, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            format!("error: {want}{hint}"),
            "{args:?}"
        );
        assert!(out.stdout.is_empty());
    };
    // An empty database: only its owner may create the ledger, which is said on its own
    // (`a_team_member_on_an_empty_database_is_told_the_owner_must_create_the_ledger`).
    let out = forecast(&stranger.url, &add);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("has not been created"));
    succeeds(&db.url, &["migrate"]);
    // The ledger is there, but this role was given nothing: init-roles not run, or not granted.
    for args in [&add[..], &["list"], &["verify"]] {
        check(
            args,
            "PostgreSQL, reading the schema version: permission denied for table ledger_schema",
        );
    }
    succeeds(&db.url, &["init-roles"]);
    db.connect()
        .batch_execute(&format!("GRANT {} TO {}", db.reader(), stranger.name))
        .unwrap();
    // A reader reads, and may not write: told that its role only reads, by command, with
    // the writer role to be granted (audit 20, A20: it was the server's "permission denied
    // for table sources" and the advice to be granted the reader role it held).
    succeeds(&stranger.url, &["list"]);
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("sheet.csv");
    std::fs::write(
        &sheet,
        "source,claim,probability,made_on,deadline\nA,c,0.5,2026-01-01,2027-01-01\n",
    )
    .unwrap();
    for (args, command) in [
        (add.to_vec(), "add"),
        (vec!["import", sheet.to_str().unwrap()], "import"),
        (vec!["resolve", "1", "--yes"], "resolve"),
    ] {
        let out = forecast(&stranger.url, &args);
        assert_eq!(
            (out.status.code(), String::from_utf8_lossy(&out.stderr).to_string()),
            (
                Some(2),
                format!(
                    "error: `forecast {command}` writes to the ledger, and the role `{s}` only reads it (it holds {r}); nothing was written; to write, the ledger's owner runs `GRANT {w} TO {s}`\n",
                    s = stranger.name,
                    r = db.reader(),
                    w = db.writer()
                )
            ),
            "{args:?}"
        );
    }
    // ad2 F17: `extract --save` is refused before anything is said or asked: it printed its
    // note on the same text saved under another source (and would walk a whole review)
    // before the refusal.
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "Rates will fall by June.\n").unwrap();
    let extract = |source: &str| {
        vec![
            "extract".to_string(),
            article.to_str().unwrap().to_string(),
            "--source".into(),
            source.into(),
            "--published".into(),
            "2026-01-10".into(),
            "--save".into(),
            "--yes".into(),
        ]
    };
    let owner_args = extract("Owner Desk");
    succeeds(
        &db.url,
        &owner_args.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    let reader_args = extract("Reader Desk");
    let out = forecast(
        &stranger.url,
        &reader_args.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    assert_eq!(
        (out.status.code(), String::from_utf8_lossy(&out.stderr).to_string()),
        (
            Some(2),
            format!(
                "error: `forecast extract` writes to the ledger, and the role `{s}` only reads it (it holds {r}); nothing was written; to write, the ledger's owner runs `GRANT {w} TO {s}`\n",
                s = stranger.name,
                r = db.reader(),
                w = db.writer()
            )
        )
    );
    // ad2 F16: with a second pair of roles on the ledger (another prefix, whose writer sorts
    // first by name), the refusal names the writer of the pair whose reader the role holds.
    succeeds(&db.url, &["init-roles", "--role-prefix", "Desk Team"]);
    let out = forecast(&stranger.url, &add);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "error: `forecast add` writes to the ledger, and the role `{s}` only reads it (it holds {r}); nothing was written; to write, the ledger's owner runs `GRANT {w} TO {s}`\n",
            s = stranger.name,
            r = db.reader(),
            w = db.writer()
        )
    );
    // The owner's extraction is all the journal holds: the reader wrote nothing.
    let authors: Vec<String> = db
        .connect()
        .query("SELECT DISTINCT author FROM journal", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(authors, vec!["postgres".to_string()]);
}

/// A team member (a writer role, made by `init-roles` on another ledger of the cluster)
/// pointed at an empty database, before its owner has set the ledger up: every command,
/// reading or writing, says in one line that the ledger has not been created and that the
/// database's owner must create it with `init-roles`, exit 2, and creates nothing. It was
/// "applying migration 6: permission denied for schema public; ... grants it
/// forecast_writer", which it already held. (Since audit 20, A17, the member holds another
/// ledger's own writer role, which gives it nothing here.)
#[test]
fn a_team_member_on_an_empty_database_is_told_the_owner_must_create_the_ledger() {
    let Some(other) = TestDb::new("a_team_member_on_an_empty_database_other") else {
        return;
    };
    succeeds(&other.url, &["init-roles"]);
    let db = TestDb::new("a_team_member_on_an_empty_database").unwrap();
    let writer = db.role("w", Some(&other.writer()));
    let want = format!(
        ": it has not been created, and the role `{}` may not create it; the database's owner, `postgres`, must create it first with `forecast init-roles`\n",
        writer.name
    );
    for args in [
        &[
            "add",
            "--source",
            "S",
            "--claim",
            "c",
            "--probability",
            "0.5",
            "--deadline",
            "2027-01-01",
        ][..],
        &["list"],
        &["report"],
        &["verify"],
        &["migrate"],
        &["init-roles"],
    ] {
        let out = forecast(&writer.url, args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.starts_with(&format!("error: no ledger at `postgres://{}@", writer.name))
                && err.ends_with(&want)
                && err.lines().count() == 1,
            "{args:?}: {err}"
        );
        assert!(out.stdout.is_empty());
    }
    let tables: i64 = db
        .connect()
        .query_one(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(tables, 0);
    // The owner does what the line says; the member of another ledger's writer role gets
    // nothing from it (audit 20, A17), and works once given this ledger's.
    succeeds(&db.url, &["init-roles"]);
    let out = forecast(&writer.url, &["list"]);
    assert_eq!(out.status.code(), Some(2));
    db.connect()
        .batch_execute(&format!("GRANT {} TO {}", db.writer(), writer.name))
        .unwrap();
    succeeds(&writer.url, &["list"]);
}

/// Audit 20, A17: two ledgers on one server. Each gets its own writer and reader roles, so
/// a writer of desk A's ledger is no writer (nor reader) of desk B's once B's owner has run
/// `init-roles` (with roles shared by every ledger, the audit's desk-A writer logged a
/// forecast in desk B's ledger); and an `init-roles` finding its roles made already names
/// who holds them, since they gain the ledger with them.
#[test]
fn a_writer_of_one_ledger_is_no_writer_of_another_on_the_same_server() {
    let Some(desk_a) = TestDb::new("a_writer_of_one_ledger_a") else {
        return;
    };
    let desk_b = TestDb::new("a_writer_of_one_ledger_b").unwrap();
    succeeds(&desk_a.url, &["init-roles"]);
    let alice = desk_a.role("alice", Some(&desk_a.writer()));
    let add = [
        "add",
        "--source",
        "Alice from desk A",
        "--claim",
        "written into desk B",
        "--probability",
        "0.9",
        "--deadline",
        "2027-06-01",
    ];
    succeeds(&alice.url, &add);
    let out = succeeds(&desk_b.url, &["init-roles"]);
    assert!(
        out.contains(&format!("granted: {} (read, insert", desk_b.writer())),
        "{out}"
    );
    let alice_on_b = pg_support::with_user(&desk_b.url, &alice.name);
    for args in [&add[..], &["list"]] {
        let out = forecast(&alice_on_b, args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains("permission denied for table"), "{err}");
    }
    let entries: i64 = desk_b
        .connect()
        .query_one("SELECT count(*) FROM journal", &[])
        .unwrap()
        .get(0);
    assert_eq!(entries, 0);
    // B's roles exist now; a second run says who holds them, and that nothing changed for
    // them (ad2 F12: it said they "can now write").
    let bob = desk_b.role("bob", Some(&desk_b.writer()));
    let out = succeeds(&desk_b.url, &["init-roles"]);
    assert!(
        out.contains(&format!(
            "{} existed already with its rights on this ledger, held by {}: nothing changed for it\n{} existed already with its rights on this ledger, no role holds it yet: nothing changed for it\n",
            desk_b.writer(),
            bob.name,
            desk_b.reader()
        )),
        "{out}"
    );
    // Desk A's roles named on desk B's ledger (`--role-prefix`) exist without rights there:
    // their members gain B, and the owner is told so.
    let a_prefix = desk_a.writer().trim_end_matches("_writer").to_string();
    let out = succeeds(&desk_b.url, &["init-roles", "--role-prefix", &a_prefix]);
    assert!(
        out.contains(&format!(
            "{} existed already, held by {}: they can now write this ledger\n",
            desk_a.writer(),
            alice.name
        )),
        "{out}"
    );
    drop(bob);
    drop(alice);
}

/// Audit 20, A17: a ledger prepared by an earlier version is granted to the server-wide
/// `forecast_writer`/`forecast_reader` (`--role-prefix forecast` still makes those): it
/// keeps working, and `init-roles` with the ledger's own roles names the shared ones still
/// holding rights, their members, and the REVOKE that ends it; after it, no such note.
#[test]
fn a_ledger_still_granted_to_the_shared_roles_is_told_how_to_move() {
    let Some(db) = TestDb::new("a_ledger_still_granted_to_the_shared_roles") else {
        return;
    };
    succeeds(&db.url, &["init-roles", "--role-prefix", "forecast"]);
    let old = db.role("old", Some("forecast_writer"));
    succeeds(&old.url, &["list"]);
    let out = succeeds(&db.url, &["init-roles"]);
    let revoke = "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM forecast_writer, forecast_reader; REVOKE USAGE ON SCHEMA public FROM forecast_writer, forecast_reader;";
    assert!(
        out.contains(&format!(
            "note: the server-wide roles forecast_writer, forecast_reader of earlier versions, shared by every ledger on this server, still have rights on this ledger (forecast_writer: held by {}; forecast_reader: no role holds it yet); once their members hold {} or {}, take those rights away: {revoke}\n",
            old.name,
            db.writer(),
            db.reader()
        )),
        "{out}"
    );
    db.connect().batch_execute(revoke).unwrap();
    let out = succeeds(&db.url, &["init-roles"]);
    assert!(!out.contains("note:"), "{out}");
    assert_eq!(forecast(&old.url, &["list"]).status.code(), Some(2));
    drop(old);
    drop(db);
    if let Some(admin) = pg_support::server_url("a_ledger_still_granted_to_the_shared_roles") {
        let _ = postgres::Client::connect(&admin, postgres::NoTls)
            .unwrap()
            .batch_execute("DROP ROLE IF EXISTS forecast_writer, forecast_reader");
    }
}

/// `init-roles` by a role that does not own the ledger's tables (a writer, or a role given
/// nothing) is refused before anything is granted, naming the owner who may run it (it was
/// "permission denied to create role" or "... for table ledger_schema", each with the hint
/// to have the owner run init-roles: the very command that failed). An owner without
/// CREATEROLE is told the statements that make its ledger's roles, and needs no CREATEROLE
/// once they exist.
#[test]
fn init_roles_by_a_non_owner_names_the_owner_and_an_owner_without_createrole_its_roles() {
    let Some(db) = TestDb::new("init_roles_by_a_non_owner") else {
        return;
    };
    succeeds(&db.url, &["migrate"]);
    let first = TestDb::new("init_roles_by_a_non_owner_first").unwrap();
    succeeds(&first.url, &["init-roles"]);
    let writer = db.role("w", Some(&first.writer()));
    let stranger = db.role("x", None);
    for role in [&writer, &stranger] {
        let out = forecast(&role.url, &["init-roles"]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(
            err.starts_with(&format!("error: init-roles on `postgres://{}@", role.name))
                && err.ends_with(&format!(
                    "`: the role `{}` does not own the ledger's tables, and only their owner may grant rights on them; run `forecast init-roles` as `postgres`\n",
                    role.name
                )),
            "{err}"
        );
    }
    // Nothing was granted: the writer still may not read this ledger.
    let out = forecast(&writer.url, &["list"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("permission denied for table"));
    // A database owned by a role without CREATEROLE: its owner sets the ledger up.
    let owner = db.role("o", None);
    let second = TestDb::new("init_roles_by_a_non_owner_second").unwrap();
    second
        .connect()
        .batch_execute(&format!(
            "ALTER DATABASE {} OWNER TO {}",
            second.name, owner.name
        ))
        .unwrap();
    let owner_url = pg_support::with_user(&second.url, &owner.name);
    // Its ledger's own roles do not exist yet, and it may not make them (since audit 20,
    // A17 every ledger has its own, so another owner's roles are no help): told the two
    // statements an administrator runs; once they have, it needs no CREATEROLE.
    let out = forecast(&owner_url, &["init-roles"]);
    let (w, r) = (second.writer(), second.reader());
    assert_eq!(
        (out.status.code(), String::from_utf8_lossy(&out.stderr).to_string()),
        (
            Some(2),
            format!(
                "error: init-roles on `{}`: the roles {w} and {r} do not exist yet, and the role `{o}` may not create roles; an administrator either runs `ALTER ROLE {o} CREATEROLE` or creates the two (`CREATE ROLE {w} NOLOGIN; CREATE ROLE {r} NOLOGIN`), then run `forecast init-roles` again\n",
                target(&owner_url),
                o = owner.name
            )
        )
    );
    second
        .connect()
        .batch_execute(&format!("CREATE ROLE {w} NOLOGIN; CREATE ROLE {r} NOLOGIN"))
        .unwrap();
    let out = succeeds(&owner_url, &["init-roles"]);
    assert!(out.contains("its guards are in place"), "{out}");
    let member = second.role("m", Some(&second.writer()));
    succeeds(&member.url, &["list"]);
    drop(member);
    drop(second);
}

#[test]
fn a_read_inside_another_reads_callback_is_an_error_not_a_panic() {
    use forecast_ledger::store::{Access, ListFilter};
    let Some((db, _client)) = ledger("a_read_inside_another_reads_callback") else {
        return;
    };
    let store = open(&db.url, Access::Read).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let mut inner = None;
    store
        .list_each(&ListFilter::default(), today, |f| {
            inner = Some(store.forecast(f.id, today).map(|g| g.id));
            Ok(false)
        })
        .unwrap();
    let err = inner.unwrap().unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "a read of `{}` started inside another read's callback; one connection serves one read at a time, so read what the callback needs before or after",
            target(&db.url)
        )
    );
    // The store still reads once the outer read is over.
    assert_eq!(store.forecast(1, today).unwrap().id, 1);
}

/// Migration 9's statement-level reference checks: a row referring to a missing source,
/// question, article, forecast or question outcome is refused with PostgreSQL's
/// `foreign_key_violation`, naming the table, column and key, and nothing of the statement
/// is kept, whether it came by INSERT, by COPY (what an import sends) or by UPDATE (where
/// migration 10's row check on superseded_by refuses it first); a batch
/// with one dangling row among good ones leaves none of them.
#[test]
fn a_dangling_reference_is_refused_naming_it_and_nothing_is_written() {
    use std::io::Write as _;
    let Some((_db, mut client)) = ledger("a_dangling_reference_is_refused") else {
        return;
    };
    let forecast = |id: i64, source: i64, question: i64| {
        format!(
            "INSERT INTO forecasts (id, source_id, question_id, claim, probability,
                 probability_basis, made_on, deadline, stance, created_at)
             VALUES ({id}, {source}, {question}, 'c', 0.5, 'stated', '2026-01-01', '2026-02-01', 'for', 't')"
        )
    };
    let missing = |table: &str, column: &str, key: i64, of: &str| {
        format!(
            "insert or update on table \"{table}\" refers to a missing row: key ({column})=({key}) is not present in table \"{of}\""
        )
    };
    let cases = [
        (forecast(2, 9, 1), missing("forecasts", "source_id", 9, "sources")),
        (forecast(2, 1, 9), missing("forecasts", "question_id", 9, "questions")),
        (
            format!("{}; {}", forecast(2, 1, 1), forecast(3, 1, 7)),
            missing("forecasts", "question_id", 7, "questions"),
        ),
        (
            "INSERT INTO forecasts (id, source_id, question_id, article_id, claim, probability,
                 probability_basis, made_on, deadline, stance, created_at)
             VALUES (2, 1, 1, 5, 'c', 0.5, 'stated', '2026-01-01', '2026-02-01', 'for', 't')"
                .to_string(),
            missing("forecasts", "article_id", 5, "articles"),
        ),
        (
            "INSERT INTO forecasts (id, source_id, question_id, supersedes, claim, probability,
                 probability_basis, made_on, deadline, stance, created_at)
             VALUES (2, 1, 1, 8, 'c', 0.5, 'stated', '2026-01-01', '2026-02-01', 'for', 't')"
                .to_string(),
            missing("forecasts", "supersedes", 8, "forecasts"),
        ),
        (
            "INSERT INTO forecast_tags (forecast_id, tag) VALUES (1, 'ok'), (6, 'x')".to_string(),
            missing("forecast_tags", "forecast_id", 6, "forecasts"),
        ),
        (
            "INSERT INTO resolutions (id, forecast_id, outcome, resolved_on, recorded_at)
             VALUES (1, 3, 'true', '2026-01-05', 't')"
                .to_string(),
            missing("resolutions", "forecast_id", 3, "forecasts"),
        ),
        (
            "INSERT INTO resolutions (id, forecast_id, outcome, resolved_on, question_outcome_id, recorded_at)
             VALUES (1, 1, 'true', '2026-01-05', 2, 't')"
                .to_string(),
            missing("resolutions", "question_outcome_id", 2, "question_outcomes"),
        ),
    ];
    let counts = |client: &mut postgres::Client| -> Vec<i64> {
        ["forecasts", "forecast_tags", "resolutions"]
            .iter()
            .map(|t| {
                client
                    .query_one(&format!("SELECT count(*) FROM {t}"), &[])
                    .unwrap()
                    .get(0)
            })
            .collect()
    };
    let superseded = |client: &mut postgres::Client| -> Option<i64> {
        client
            .query_one("SELECT superseded_by FROM forecasts WHERE id = 1", &[])
            .unwrap()
            .get(0)
    };
    for (sql, want) in cases {
        let sql = format!("BEGIN; {sql}; COMMIT");
        let err = client.batch_execute(&sql).expect_err(&sql);
        let db = err.as_db_error().expect("a database error");
        assert_eq!(
            db.code(),
            &postgres::error::SqlState::FOREIGN_KEY_VIOLATION,
            "{sql}"
        );
        assert_eq!(db.message(), want, "{sql}");
        client.batch_execute("ROLLBACK").unwrap();
        assert_eq!(counts(&mut client), [1, 1, 0], "{sql}");
        assert_eq!(superseded(&mut client), None);
    }
    // An UPDATE pointing superseded_by at a missing forecast meets migration 10's row check
    // first (superseded_by must name the forecast's correction), before the statement-level
    // reference check: refused all the same, and nothing kept.
    let sql = "BEGIN; UPDATE forecasts SET superseded_by = 4 WHERE id = 1; COMMIT";
    let err = client.batch_execute(sql).expect_err(sql);
    let db = err.as_db_error().expect("a database error");
    assert_eq!(db.code(), &postgres::error::SqlState::RESTRICT_VIOLATION);
    assert_eq!(
        db.message(),
        "forecast 1: superseded_by names a forecast that does not supersede it: record a correction with `forecast correct`"
    );
    client.batch_execute("ROLLBACK").unwrap();
    assert_eq!(superseded(&mut client), None);
    // COPY, as an import sends its rows: one dangling row among good ones stops them all.
    let mut tx = client.transaction().unwrap();
    let mut w = tx
        .copy_in(
            "COPY forecasts (id, source_id, question_id, claim, probability, probability_basis,
                 made_on, deadline, stance, created_at) FROM STDIN",
        )
        .unwrap();
    for (id, question) in [(2, 1), (3, 1), (4, 42), (5, 1)] {
        writeln!(
            w,
            "{id}\t1\t{question}\tc\t0.5\tstated\t2026-01-01\t2026-02-01\tfor\tt"
        )
        .unwrap();
    }
    let err = w.finish().unwrap_err();
    assert_eq!(
        err.as_db_error().map(|e| e.message()),
        Some(missing("forecasts", "question_id", 42, "questions").as_str())
    );
    drop(tx);
    assert_eq!(counts(&mut client), [1, 1, 0]);
    // Good references pass, including a forecast superseded by a later one of the same
    // statement and a resolution of a forecast written before it.
    client
        .batch_execute(&format!(
            "BEGIN; {}; {};
             INSERT INTO resolutions (id, forecast_id, outcome, resolved_on, recorded_at)
                 VALUES (1, 2, 'true', '2026-01-05', 't');
             UPDATE forecasts SET superseded_by = 2 WHERE id = 1; COMMIT",
            // Forecast 2 is forecast 1's correction (migration 10 holds superseded_by to it).
            "INSERT INTO forecasts (id, source_id, question_id, supersedes, claim, probability,
                 probability_basis, made_on, deadline, stance, created_at)
             VALUES (2, 1, 1, 1, 'c', 0.5, 'stated', '2026-01-01', '2026-02-01', 'for', 't')",
            "INSERT INTO forecast_tags (forecast_id, tag) VALUES (2, 'x')"
        ))
        .unwrap();
    assert_eq!(counts(&mut client), [2, 2, 1]);
    assert_eq!(superseded(&mut client), Some(2));
}

#[test]
fn a_copy_by_a_writer_role_is_refused_naming_the_owner_and_writes_nothing() {
    let Some(db) = TestDb::new("a_copy_by_a_writer_role_is_refused") else {
        return;
    };
    succeeds(&db.url, &["init-roles"]);
    let writer = db.role("w", Some(&db.writer()));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ledger.sqlite3");
    let file = file.to_str().unwrap();
    succeeds(
        file,
        &[
            "add",
            "--source",
            "Jane",
            "--claim",
            "It rains",
            "--probability",
            "0.7",
            "--deadline",
            "2027-06-30",
        ],
    );
    let out = forecast(file, &["copy", "--to", &writer.url]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("error: copy --to `postgres://"),
        "{stderr}"
    );
    assert!(
        stderr.ends_with(&format!(
            "`: the role `{}` does not own the ledger's tables, and only their owner may write a \
             copy (it keeps every journal entry's author and time); run the copy as the owner, \
             the role that ran `forecast init-roles`\n",
            writer.name
        )),
        "{stderr}"
    );
    let mut client = db.connect();
    for table in ["sources", "forecasts", "journal"] {
        let n: i64 = client
            .query_one(&format!("SELECT count(*) FROM {table}"), &[])
            .unwrap()
            .get(0);
        assert_eq!(n, 0, "{table}");
    }
    // The owner's copy of the same file goes through.
    succeeds(file, &["copy", "--to", &db.url]);
}

/// Audit 16, A6: team members adding forecasts on one new question (and one new source) at
/// the same moment all succeed: the question and the source are created once, by whichever
/// write takes the lock first, and the others join them. Before, the near-duplicate check
/// (run before the write lock) could find the key another writer had just committed and
/// refuse the add with "the ledger has question `race-3`, which differs only in case ...;
/// use --question race-3", the key typed.
#[test]
fn concurrent_adds_naming_one_new_question_all_join_it() {
    let Some(db) = TestDb::new("concurrent_adds_naming_one_new_question") else {
        return;
    };
    succeeds(&db.url, &["migrate"]);
    let rounds = 20;
    let writers = 6;
    const NAMES: [&str; 20] = [
        "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India",
        "Juliett", "Kilo", "Lima", "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo",
        "Sierra", "Tango",
    ];
    for round in 0..rounds {
        let threads: Vec<_> = (0..writers)
            .map(|w| {
                let url = db.url.clone();
                std::thread::spawn(move || {
                    forecast(
                        &url,
                        &[
                            "add",
                            "--source",
                            // Names far apart: a new name one edit from another gets a hint.
                            &format!("Source {}", NAMES[round as usize]),
                            "--claim",
                            &format!("race {round} writer {w}"),
                            "--probability",
                            "0.5",
                            "--deadline",
                            "2027-12-31",
                            "--question",
                            &format!("race-{round}"),
                        ],
                    )
                })
            })
            .collect();
        for t in threads {
            let out = t.join().unwrap();
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
    let mut client = pg::connect(&target(&db.url)).unwrap();
    let count = |client: &mut postgres::Client, sql: &str| -> i64 {
        client.query_one(sql, &[]).unwrap().get(0)
    };
    assert_eq!(count(&mut client, "SELECT count(*) FROM questions"), rounds);
    assert_eq!(count(&mut client, "SELECT count(*) FROM sources"), rounds);
    assert_eq!(
        count(&mut client, "SELECT count(*) FROM forecasts"),
        rounds * writers
    );
    assert_eq!(
        count(
            &mut client,
            "SELECT count(DISTINCT question_id) FROM forecasts"
        ),
        rounds
    );
    succeeds(&db.url, &["verify"]);
}

/// Two spellings of one new key at the same moment (`spell-3`, `SPELL-3`) open one question:
/// the near-key check runs under the write lock, so each add either joins the question the
/// first opened or is refused naming it (SQLite: `tests/cli/integrity.rs`,
/// `processes_adding_two_spellings_of_one_new_key_at_once_open_one_question`).
#[test]
fn concurrent_adds_naming_two_spellings_of_a_new_key_open_one_question() {
    let Some(db) = TestDb::new("concurrent_adds_two_spellings") else {
        return;
    };
    succeeds(&db.url, &["migrate"]);
    let rounds: i64 = 10;
    let mut logged: i64 = 0;
    for round in 0..rounds {
        let threads: Vec<_> = (0..6)
            .map(|w| {
                let url = db.url.clone();
                let key = if w % 2 == 0 {
                    format!("spell-{round}")
                } else {
                    format!("SPELL-{round}")
                };
                std::thread::spawn(move || {
                    let out = forecast(
                        &url,
                        &[
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
                        ],
                    );
                    (key, out)
                })
            })
            .collect();
        let mut winners = std::collections::BTreeSet::new();
        for t in threads {
            let (key, out) = t.join().unwrap();
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
    let mut client = pg::connect(&target(&db.url)).unwrap();
    let count = |client: &mut postgres::Client, sql: &str| -> i64 {
        client.query_one(sql, &[]).unwrap().get(0)
    };
    assert_eq!(count(&mut client, "SELECT count(*) FROM questions"), rounds);
    assert_eq!(count(&mut client, "SELECT count(*) FROM forecasts"), logged);
    succeeds(&db.url, &["verify"]);
}

/// Audit 17 A7 on PostgreSQL: `verify --full` (SQLite's integrity_check) has no
/// counterpart here; it is refused in one line naming the server's own check (amcheck),
/// exit 2, and plain `verify` says indexes are not compared.
#[test]
fn verify_full_on_postgres_names_the_servers_index_check() {
    let Some(db) = TestDb::new("verify_full_on_postgres") else {
        return;
    };
    succeeds(&db.url, &["migrate"]);
    let out = forecast(&db.url, &["verify", "--full"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(
        err,
        "error: verify --full: it runs SQLite's integrity_check; a PostgreSQL server checks its own indexes (its amcheck extension: `SELECT bt_index_check(indexrelid) FROM pg_index`), and plain `forecast verify` checks the chain and the rows\n"
    );
    assert!(succeeds(&db.url, &["verify"]).starts_with(
        "ok: 0 journal entries, chain and tables agree (indexes not compared with their tables: see `verify --full`)\n"
    ));
}
