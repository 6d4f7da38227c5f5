//! The schema as SQLite holds it after every migration, compared with the reviewed snapshot
//! in `tests/fixtures/schema/current.sql`. A schema change shows up as a diff of that file;
//! regenerate it with `UPDATE_SCHEMA_SNAPSHOT=1 cargo test --test schema`.

use forecast_ledger::store::{Access, Store};

#[test]
fn schema_matches_the_reviewed_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.sqlite3");
    drop(Store::open(&path, Access::Write).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name",
        )
        .unwrap();
    let rows: Vec<String> = stmt
        .query_map([], |r| {
            Ok(format!(
                "-- {} {}\n{};\n",
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?
            ))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let now = rows.join("\n");
    let path = format!(
        "{}/tests/fixtures/schema/current.sql",
        env!("CARGO_MANIFEST_DIR")
    );
    if std::env::var_os("UPDATE_SCHEMA_SNAPSHOT").is_some() {
        std::fs::write(&path, &now).unwrap();
    }
    let snapshot = std::fs::read_to_string(&path)
        .expect("run with UPDATE_SCHEMA_SNAPSHOT=1 once to create the snapshot");
    assert_eq!(
        now, snapshot,
        "the schema changed: review the diff and update the snapshot"
    );
}
