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

use super::{check_guards, pg};
use crate::error::Result;
use crate::store::Finding;
use postgres::GenericClient;

/// The schema a fresh PostgreSQL ledger has, as `schema_description` gives it. Regenerate
/// with `UPDATE_PG_SCHEMA=1 cargo test --test postgres` after adding a migration.
pub const SCHEMA: &str = include_str!("schema.txt");

/// The schema as PostgreSQL describes it, one line per object, sorted: each table with its
/// columns (name, type, a collation other than the type's, NOT NULL, default), each constraint and each index with its
/// definition. Triggers are the guards' business (`GUARDS`).
pub fn schema_description(client: &mut impl GenericClient) -> Result<String> {
    let what = "reading the schema";
    let mut lines: Vec<String> = Vec::new();
    let columns = client
        .query(
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
        .query(
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
        .query(
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
