//! `verify` on PostgreSQL: the same checks as SQLite's (`store::verify::verify_rows`: the
//! chain, every entry against its row rebuilt by `pg::bodies`, no row without an entry, the
//! derived columns, the kept sums), over rows loaded here, all inside one read-only
//! REPEATABLE READ transaction so a ledger written to meanwhile is checked as one snapshot.
//!
//! Where SQLite checks its schema against a freshly migrated in-memory ledger, PostgreSQL
//! checks the guards (`pg::check_guards`) and then every table's columns, every constraint
//! and every index against `schema.txt`, the description of a freshly migrated database
//! (`schema_description`; a test migrates a fresh one and compares, so the file cannot
//! drift from the migrations). SQLite's page check (`quick_check`) has no counterpart: a
//! PostgreSQL server checks its own pages (data checksums, if the cluster has them).

use super::typed::p;
use super::{check_guards, pg};
use crate::error::Result;
use crate::store::batch::Bodies;
use crate::store::dialect::Dialect::Postgres;
use crate::store::entry_rules::{late_unmarked_sql, time_differs_sql, BatchRows};
use crate::store::journal::JournalEntry;
use crate::store::verify::{
    bad_chain_sql, bad_current_sql, entry_row, unjournaled_sql, verify_rows, LedgerRows,
    ENTRIES_SQL,
};
use crate::store::{Finding, Verified};
use postgres::{Client, GenericClient, Transaction};
use serde_json::Value;

/// The schema a fresh PostgreSQL ledger has, as `schema_description` gives it. Regenerate
/// with `UPDATE_PG_SCHEMA=1 cargo test --test postgres` after adding a migration.
pub const SCHEMA: &str = include_str!("schema.txt");

/// Checks the whole ledger; `Ok(Err(finding))` when something was altered.
pub fn verify(client: &mut Client) -> Result<std::result::Result<Verified, Finding>> {
    let mut tx = client
        .build_transaction()
        .read_only(true)
        .isolation_level(postgres::IsolationLevel::RepeatableRead)
        .start()
        .map_err(pg("starting to verify"))?;
    let found = verify_rows(&mut PgLedger(&mut tx))?;
    tx.commit().map_err(pg("ending the check"))?;
    Ok(found)
}

/// The schema as PostgreSQL describes it, one line per object, sorted: each table with its
/// columns (name, type, a collation other than the type's, NOT NULL, default), each constraint and each index with its
/// definition. Triggers are the guards' business (`GUARDS`).
pub fn schema_description(client: &mut impl GenericClient) -> Result<String> {
    let what = "reading the schema";
    let mut lines: Vec<String> = Vec::new();
    let columns = client
        .query_typed(
            "SELECT c.relname::text,
                    string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                        || coalesce(' COLLATE ' || (SELECT quote_ident(k.collname) FROM pg_collation k
                            WHERE k.oid = a.attcollation AND a.attcollation <> ty.typcollation), '')
                        || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
                        || coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), ''),
                        ', ' ORDER BY a.attnum)
             FROM pg_class c
             JOIN pg_namespace n ON n.oid = c.relnamespace
             JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             JOIN pg_type ty ON ty.oid = a.atttypid
             LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm')
             GROUP BY c.relname",
            &[],
        )
        .map_err(pg(what))?;
    for r in columns {
        lines.push(format!(
            "table {} ({})",
            r.get::<_, String>(0),
            r.get::<_, String>(1)
        ));
    }
    let constraints = client
        .query_typed(
            "SELECT c.relname::text || '.' || k.conname::text, pg_get_constraintdef(k.oid)
             FROM pg_constraint k
             JOIN pg_class c ON c.oid = k.conrelid
             JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public'",
            &[],
        )
        .map_err(pg(what))?;
    for r in constraints {
        lines.push(format!(
            "constraint {} {}",
            r.get::<_, String>(0),
            r.get::<_, String>(1)
        ));
    }
    let indexes = client
        .query_typed(
            "SELECT indexname::text, indexdef FROM pg_indexes WHERE schemaname = 'public'",
            &[],
        )
        .map_err(pg(what))?;
    for r in indexes {
        lines.push(format!(
            "index {} {}",
            r.get::<_, String>(0),
            r.get::<_, String>(1)
        ));
    }
    lines.sort();
    Ok(lines.into_iter().map(|l| l + "\n").collect())
}

/// The object a description line is about: (kind, name).
fn object(line: &str) -> (&str, &str) {
    let mut words = line.split(' ');
    (
        words.next().unwrap_or_default(),
        words.next().unwrap_or_default(),
    )
}

/// What differs first between the schema now and `SCHEMA`, as SQLite's check says it.
pub fn schema_finding(client: &mut impl GenericClient) -> Result<Option<Finding>> {
    if let Some(why) = check_guards(client)? {
        return Ok(Some(Finding {
            seq: None,
            what: "the guards".into(),
            why,
        }));
    }
    let now = schema_description(client)?;
    let (want, have): (Vec<&str>, Vec<&str>) = (SCHEMA.lines().collect(), now.lines().collect());
    for line in &want {
        let (kind, name) = object(line);
        match have.iter().find(|l| object(l) == (kind, name)) {
            None => {
                return Ok(Some(Finding {
                    seq: None,
                    what: format!("{kind} `{name}`"),
                    why: format!("the {kind} is missing from the schema the migrations made"),
                }))
            }
            Some(l) if l != line => {
                return Ok(Some(Finding {
                    seq: None,
                    what: format!("{kind} `{name}`"),
                    why: format!("the {kind} differs from the one the migrations made"),
                }))
            }
            Some(_) => {}
        }
    }
    if let Some(line) = have
        .iter()
        .find(|l| !want.iter().any(|w| object(w) == object(l)))
    {
        let (kind, name) = object(line);
        return Ok(Some(Finding {
            seq: None,
            what: format!("{kind} `{name}`"),
            why: "no migration made it: the ledger's schema was changed by hand".into(),
        }));
    }
    Ok(None)
}

/// PostgreSQL's answers to `LedgerRows`, inside the check's transaction.
struct PgLedger<'a, 't>(&'a mut Transaction<'t>);

impl Bodies for PgLedger<'_, '_> {
    fn for_each_body(
        &mut self,
        kind: &str,
        first: i64,
        last: i64,
        f: &mut dyn FnMut(i64, Option<&str>) -> Result<()>,
    ) -> Result<()> {
        super::bodies::for_each_body(self.0, kind, first, last, f)
    }
}

impl BatchRows for PgLedger<'_, '_> {
    fn time_differs(
        &mut self,
        kind: &str,
        first: i64,
        last: i64,
        at: &str,
    ) -> Result<Option<(i64, String)>> {
        let Some(sql) = time_differs_sql(Postgres, kind) else {
            return Ok(None);
        };
        let row = self
            .0
            .query_typed_opt(&sql, &[p(&first), p(&last), p(&at)])
            .map_err(pg("checking the times of an import's rows"))?;
        Ok(row.map(|r| (r.get(0), r.get(1))))
    }

    fn late_unmarked(
        &mut self,
        forecasts: (i64, i64),
        cutoff: &str,
        resolutions: (i64, i64),
        at: &str,
    ) -> Result<Option<(i64, String, String)>> {
        let row = self
            .0
            .query_typed_opt(
                &late_unmarked_sql(Postgres),
                &[
                    p(&forecasts.0),
                    p(&forecasts.1),
                    p(&cutoff),
                    p(&resolutions.0),
                    p(&resolutions.1),
                    p(&at),
                ],
            )
            .map_err(pg("checking which imported forecasts are late"))?;
        Ok(row.map(|r| (r.get(0), r.get(1), r.get(2))))
    }
}

impl LedgerRows for PgLedger<'_, '_> {
    fn entries_after(&mut self, seq: i64, limit: usize) -> Result<Vec<JournalEntry>> {
        let rows = self
            .0
            .query_typed(&Postgres.sql(ENTRIES_SQL), &[p(&seq), p(&(limit as i64))])
            .map_err(pg("reading the journal"))?;
        rows.iter().map(entry_row).collect()
    }

    fn load_body(&mut self, kind: &str, id: i64) -> Result<Option<Value>> {
        super::bodies::load_body(self.0, kind, id)
    }

    fn unjournaled(
        &mut self,
        kind: &str,
        table: &str,
        first: i64,
        last: i64,
    ) -> Result<Option<i64>> {
        let row = self
            .0
            .query_typed_opt(
                &unjournaled_sql(Postgres, table),
                &[p(&kind), p(&first), p(&last)],
            )
            .map_err(pg("reading rows without an entry"))?;
        Ok(row.map(|r| r.get(0)))
    }

    fn bad_current(&mut self) -> Result<Option<i64>> {
        let row = self
            .0
            .query_typed_opt(&bad_current_sql(Postgres), &[])
            .map_err(pg("checking current outcomes"))?;
        Ok(row.map(|r| r.get(0)))
    }

    fn bad_chain(&mut self) -> Result<Option<i64>> {
        let row = self
            .0
            .query_typed_opt(&bad_chain_sql(Postgres), &[])
            .map_err(pg("checking corrections"))?;
        Ok(row.map(|r| r.get(0)))
    }

    fn schema_finding(&mut self) -> Result<Option<Finding>> {
        schema_finding(self.0)
    }

    fn kept_sums_differ(&mut self) -> Result<Option<i64>> {
        super::read::kept_sums_differ(self.0)
    }
}
