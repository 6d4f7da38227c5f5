//! An insider with write access to the SQLite file rewrites what comes after a head an
//! outsider published (ad5): each rewrite re-hashes the chain from the entry it changed with
//! the documented recipe and puts the guards back, so the chain, the rows and the published
//! head all agree; only the trust rules `verify` judges on each entry can name it.

use crate::harness::Ledger;
use rusqlite::Connection;

/// Runs `sql` with every guard dropped, re-hashes the journal from entry `from` on as the
/// tool hashes it, and puts the guards back as they were: a rewrite the chain cannot see.
fn rewrite(l: &Ledger, sql: &str, from: i64) {
    let conn = Connection::open(&l.db).unwrap();
    let guards: Vec<(String, String)> = conn
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    for (name, _) in &guards {
        conn.execute_batch(&format!("DROP TRIGGER \"{name}\""))
            .unwrap();
    }
    conn.execute_batch(sql).unwrap();
    type Entry = (i64, String, i64, String, Option<String>, Option<String>);
    let entries: Vec<Entry> = conn
        .prepare("SELECT seq, kind, entity_id, body, logged_at, author FROM journal WHERE seq >= ?1 ORDER BY seq")
        .unwrap()
        .query_map([from], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let mut prev: String = conn
        .query_row("SELECT hash FROM journal WHERE seq = ?1", [from - 1], |r| {
            r.get(0)
        })
        .unwrap();
    for (seq, kind, id, body, at, by) in entries {
        let hash = forecast_ledger::store::entry_hash(
            &prev,
            seq,
            &kind,
            id,
            &body,
            at.as_deref(),
            by.as_deref(),
        );
        conn.execute(
            "UPDATE journal SET prev_hash = ?1, hash = ?2 WHERE seq = ?3",
            rusqlite::params![prev, hash, seq],
        )
        .unwrap();
        prev = hash;
    }
    for (_, sql) in &guards {
        conn.execute_batch(sql).unwrap();
    }
}

/// The ledger the outsider saw: one forecast logged on time, and the head they published.
fn published(l: &Ledger) -> String {
    l.add("Pete", "on time", "0.6", "2026-01-01", "2027-06-01", &[]);
    l.ok(&["verify", "--head"]).trim().to_string()
}

fn text(l: &Ledger, sql: &str) -> String {
    Connection::open(&l.db)
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_late_forecast_unmarked_after_the_published_head_is_named() {
    let l = Ledger::new();
    let head = published(&l);
    // Logged now with a deadline 18 months gone: late, and resolved the way it went.
    l.add("Pete", "hindsight", "0.95", "2025-01-05", "2025-06-01", &[]);
    l.ok(&["resolve", "2", "--yes", "--on", "2025-05-01"]);
    l.ok(&["verify", "--published", &head]);
    let seq = l.count("SELECT seq FROM journal WHERE kind = 'forecast' AND entity_id = 2");
    rewrite(
        &l,
        r#"UPDATE forecasts SET logged_late = 0 WHERE id = 2;
           UPDATE source_totals SET late = late - 1;
           UPDATE journal SET body = replace(body, '"logged_late":true,', '')
            WHERE kind = 'forecast' AND entity_id = 2;"#,
        seq,
    );
    let at = text(
        &l,
        "SELECT logged_at FROM journal WHERE kind = 'forecast' AND entity_id = 2",
    );
    let err = l.fails(&["verify", "--published", &head], 1);
    assert_eq!(
        err,
        format!("error: ledger integrity check failed: entry {seq} (forecast 2) does not match: it was logged at {at}, after its deadline 2025-06-01, but is not marked `logged_late`\n")
    );
}

#[test]
fn a_row_dated_before_its_entry_is_named() {
    let l = Ledger::new();
    let head = published(&l);
    l.add("Pete", "hindsight", "0.95", "2025-01-05", "2025-06-01", &[]);
    let seq = l.count("SELECT seq FROM journal WHERE kind = 'forecast' AND entity_id = 2");
    let at = text(
        &l,
        "SELECT logged_at FROM journal WHERE kind = 'forecast' AND entity_id = 2",
    );
    // `show` printed this as the time the forecast was logged.
    rewrite(
        &l,
        &format!(
            r#"UPDATE forecasts SET created_at = '2025-01-05T09:00:00.000Z' WHERE id = 2;
               UPDATE journal SET body = replace(body, '"created_at":"{at}"',
                                                 '"created_at":"2025-01-05T09:00:00.000Z"')
                WHERE kind = 'forecast' AND entity_id = 2;"#
        ),
        seq,
    );
    let err = l.fails(&["verify", "--published", &head], 1);
    assert_eq!(
        err,
        format!("error: ledger integrity check failed: entry {seq} (forecast 2) does not match: its row's `created_at` is 2025-01-05T09:00:00.000Z, but the entry was logged at {at}: a row's time of record is its entry's\n")
    );
}

/// The canonical body of row `id` of `kind` (question, forecast or resolution) as the
/// tool journals it: its fields as JSON, keys sorted, compact.
fn body(conn: &Connection, kind: &str, id: i64) -> String {
    let sql = match kind {
        "question" => "SELECT json_object('created_at', created_at, 'id', id, 'key', key) FROM questions WHERE id = ?1",
        "forecast" => "SELECT json_object('article', f.article_id, 'claim', f.claim, 'condition', f.condition,
                 'created_at', f.created_at, 'deadline', f.deadline, 'deadline_phrase', f.deadline_phrase,
                 'id', f.id, 'made_on', f.made_on, 'probability', f.probability,
                 'probability_basis', f.probability_basis, 'probability_high', f.probability_high,
                 'probability_low', f.probability_low, 'question', q.key, 'source_id', f.source_id,
                 'stance', f.stance, 'tags', json('[]'), 'logged_late', CASE f.logged_late WHEN 1 THEN json('true') END)
               FROM forecasts f JOIN questions q ON q.id = f.question_id WHERE f.id = ?1",
        _ => "SELECT json_object('forecast_id', forecast_id, 'id', id, 'note', note, 'outcome', outcome,
                 'question_outcome_id', question_outcome_id, 'reason', reason, 'recorded_at', recorded_at,
                 'resolved_on', resolved_on) FROM resolutions WHERE id = ?1",
    };
    let text: String = conn.query_row(sql, [id], |r| r.get(0)).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    if value.get("logged_late") == Some(&serde_json::Value::Null) {
        value.as_object_mut().unwrap().remove("logged_late");
    }
    value.to_string()
}

/// The import entry's `batch` for its one question, forecast and resolution (ids 1, 2 and
/// 1 here) as the rows stand: what `store::batch` writes.
fn batch_digests(conn: &Connection, ids: [(&str, i64); 3]) -> serde_json::Value {
    use sha2::{Digest, Sha256};
    let mut all = Sha256::new();
    let mut out = serde_json::json!({"block": 64});
    for (kind, id) in ids {
        let block: [u8; 32] = Sha256::digest(format!("{}\n", body(conn, kind, id))).into();
        all.update(block);
        let hex: String = block[..8].iter().map(|b| format!("{b:02x}")).collect();
        out[kind] = serde_json::json!({"first": id, "last": id, "blocks": hex});
    }
    let digest: String = all.finalize().iter().map(|b| format!("{b:02x}")).collect();
    out["sha256"] = serde_json::json!(digest);
    out
}

#[test]
fn an_imported_late_forecast_unmarked_is_named() {
    let l = Ledger::new();
    let head = published(&l);
    let file = l.write_file(
        "late.csv",
        "source,claim,probability,made_on,deadline,question,outcome,resolved_on\n\
         Pete,hindsight,0.95,2025-01-02,2027-03-01,hs,true,2025-02-01\n",
    );
    l.ok(&["import", file.to_str().unwrap()]);
    let seq = l.count("SELECT seq FROM journal WHERE kind = 'import'");
    let ids = [("question", 2), ("forecast", 2), ("resolution", 1)];
    let conn = Connection::open(&l.db).unwrap();
    let recorded: serde_json::Value =
        serde_json::from_str(&text(&l, "SELECT body FROM journal WHERE kind = 'import'")).unwrap();
    // The digests rebuilt here are the ones the import wrote.
    assert_eq!(recorded["batch"], batch_digests(&conn, ids));
    // Clear the row's flag and write the digests of the row as it then stands.
    rewrite(
        &l,
        "UPDATE forecasts SET logged_late = 0 WHERE id = 2;
         UPDATE source_totals SET late = late - 1;",
        seq,
    );
    let mut forged = recorded.clone();
    forged["batch"] = batch_digests(&conn, ids);
    rewrite(
        &l,
        &format!(
            "UPDATE journal SET body = '{}' WHERE seq = {seq};",
            forged.to_string().replace('\'', "''")
        ),
        seq,
    );
    let err = l.fails(&["verify", "--published", &head], 1);
    assert_eq!(
        err,
        format!("error: ledger integrity check failed: entry {seq} (import 1) does not match: forecast 2, which it recorded with its own outcome, is not marked `logged_late`\n")
    );
}

#[test]
fn a_guard_named_like_sqlites_statistics_is_named() {
    let l = Ledger::new();
    published(&l);
    // SQLite refuses the name `sqlite_...` unless the schema is writable; verify left out
    // every object so named, so this guard of the insider's own passed.
    Connection::open(&l.db)
        .unwrap()
        .execute_batch(
            "PRAGMA writable_schema = ON;
             CREATE TRIGGER sqlite_stat_x BEFORE INSERT ON resolutions
             WHEN NEW.outcome = 'false' BEGIN SELECT RAISE(IGNORE); END;",
        )
        .unwrap();
    let err = l.fails(&["verify"], 1);
    assert_eq!(
        err,
        "error: ledger integrity check failed: trigger `sqlite_stat_x`: no migration made it: the ledger's schema was changed by hand\n"
    );
    // ANALYZE's own tables are still left out.
    Connection::open(&l.db)
        .unwrap()
        .execute_batch("DROP TRIGGER sqlite_stat_x; ANALYZE;")
        .unwrap();
    assert_eq!(
        l.count("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"),
        1
    );
    l.ok(&["verify"]);
}
