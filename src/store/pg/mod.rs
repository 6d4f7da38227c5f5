//! The PostgreSQL side of the store, as far as it is built (issue 16; see the README's
//! Teams section for what is missing): connecting to a `PgTarget`, creating the schema of
//! SQLite version 6 in PostgreSQL's dialect with the same append-only guards, the
//! least-privilege roles, appending to the hash-chained journal, and checking the chain.
//! No command uses it yet: `--db postgres://...` is still refused (see `app.rs`).
//!
//! Decisions:
//! - One chain with many clients: every write transaction first takes a transaction-level
//!   advisory lock (`pg_advisory_xact_lock`, released by COMMIT or ROLLBACK), then reads the
//!   head (`PgWriter::begin`), so appends are serialized like SQLite's `BEGIN IMMEDIATE`; readers are
//!   never blocked. An advisory lock rather than `LOCK TABLE journal IN EXCLUSIVE MODE`
//!   because it needs no privilege beyond connecting, so a writer role holding only INSERT
//!   and SELECT can take it.
//! - What an entry means (its body and its hash) is computed in Rust by `journal::entry_hash`,
//!   the same function SQLite's writer uses, so both backends chain identically.
//! - The schema is created in one transaction under the same lock; a database holding tables
//!   but no `ledger_schema` is not ours and is refused untouched.

mod read;

pub use read::PgRead;

use super::journal::{entry_hash, GENESIS};
use super::target::PgTarget;
use crate::error::{Error, Result};
use postgres::{Client, NoTls, Transaction};

/// The schema, created in one step on an empty database.
const SCHEMA: &str = include_str!("schema.sql");

/// The least-privilege roles (see the file's header).
const ROLES: &str = include_str!("roles.sql");

/// The guards as PostgreSQL describes them once `schema.sql` has run: the refusing
/// function's source, then every trigger on the ledger's tables (see `guard_definitions`).
/// Regenerate with `UPDATE_PG_GUARDS=1 cargo test --test postgres` after a schema change.
pub const GUARDS: &str = include_str!("guards.txt");

/// The SQLite schema version `schema.sql` corresponds to.
pub const PG_SCHEMA_VERSION: i64 = 6;

/// The advisory lock every write holds until it commits ("forecast" in ASCII).
const WRITE_LOCK: i64 = 0x666f_7265_6361_7374;

/// Connects to `target`. The error names the target without its password.
pub fn connect(target: &PgTarget) -> Result<Client> {
    target
        .config()
        .connect(NoTls)
        .map_err(|source| Error::Postgres {
            context: format!("connecting to `{target}`"),
            source,
        })
}

/// A PostgreSQL error with what was being done.
pub(super) fn pg(context: &str) -> impl Fn(postgres::Error) -> Error + '_ {
    move |source| Error::Postgres {
        context: context.to_string(),
        source,
    }
}

/// Begins a transaction holding the ledger's write lock.
fn locked(client: &mut Client) -> Result<Transaction<'_>> {
    let mut tx = client.transaction().map_err(pg("begin"))?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])
        .map_err(pg("taking the write lock"))?;
    Ok(tx)
}

/// The schema version of the connected database: `None` when it is empty, an error when it
/// holds tables that are not a ledger's.
pub fn schema_version(client: &mut impl postgres::GenericClient) -> Result<Option<i64>> {
    let has_meta: bool = client
        .query_one(
            "SELECT to_regclass('public.ledger_schema') IS NOT NULL",
            &[],
        )
        .map_err(pg("reading the schema"))?
        .get(0);
    if has_meta {
        let version: i32 = client
            .query_one("SELECT version FROM ledger_schema", &[])
            .map_err(pg("reading the schema version"))?
            .get(0);
        return Ok(Some(i64::from(version)));
    }
    let tables: i64 = client
        .query_one(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
            &[],
        )
        .map_err(pg("reading the schema"))?
        .get(0);
    if tables > 0 {
        return Err(Error::invalid(
            "--db",
            "that PostgreSQL database holds tables but no forecast-ledger schema; name an empty database",
        ));
    }
    Ok(None)
}

/// Creates the schema on an empty database (under the write lock, so clients that start
/// at once create it once); a ledger already at `PG_SCHEMA_VERSION` is left as it is, a
/// newer one refused.
pub fn migrate(client: &mut Client) -> Result<()> {
    let mut tx = locked(client)?;
    match schema_version(&mut tx)? {
        Some(v) if v == PG_SCHEMA_VERSION => return Ok(()),
        Some(v) => {
            return Err(Error::invalid(
                "--db",
                format!(
                    "that PostgreSQL ledger has schema version {v}; this binary knows {PG_SCHEMA_VERSION}"
                ),
            ))
        }
        None => {}
    }
    tx.batch_execute(SCHEMA)
        .map_err(pg("creating the schema"))?;
    tx.execute(
        "INSERT INTO ledger_schema (version) VALUES ($1)",
        &[&(PG_SCHEMA_VERSION as i32)],
    )
    .map_err(pg("recording the schema version"))?;
    tx.commit().map_err(pg("committing the schema"))
}

/// The guards as they are now, in `GUARDS`'s layout: a line with the source of
/// `ledger_refuse`, then one line per trigger on a table of the public schema, its enabled
/// state (`O` on, `D` off) and its definition, in order.
pub fn guard_definitions(client: &mut impl postgres::GenericClient) -> Result<String> {
    let function = client
        .query_opt(
            "SELECT p.prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'public' AND p.proname = 'ledger_refuse'",
            &[],
        )
        .map_err(pg("reading the guards"))?
        .map(|r| r.get::<_, String>(0).replace('\n', "\\n"))
        .unwrap_or_else(|| "(missing)".to_string());
    let mut text = format!("function ledger_refuse: {function}\n");
    let rows = client
        .query(
            "SELECT t.tgenabled::text, pg_get_triggerdef(t.oid)
             FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
             JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND NOT t.tgisinternal
             ORDER BY c.relname, t.tgname",
            &[],
        )
        .map_err(pg("reading the guards"))?;
    for r in rows {
        text.push_str(&format!(
            "{} {}\n",
            r.get::<_, String>(0),
            r.get::<_, String>(1)
        ));
    }
    Ok(text)
}

/// Checks the guards against `GUARDS`: `None` when they are the ones the schema made,
/// else what differs first (a guard missing, disabled or replaced, a trigger added, or the
/// refusing function rewritten).
pub fn check_guards(client: &mut impl postgres::GenericClient) -> Result<Option<String>> {
    let now = guard_definitions(client)?;
    let (want, have): (Vec<&str>, Vec<&str>) = (GUARDS.lines().collect(), now.lines().collect());
    if want.first() != have.first() {
        return Ok(Some(
            "the function `ledger_refuse` that the guards call was replaced".to_string(),
        ));
    }
    if let Some(missing) = want.iter().find(|l| !have.contains(l)) {
        let name = missing.split_whitespace().nth(3).unwrap_or(missing);
        return Ok(Some(format!(
            "the guard `{name}` is missing, disabled or changed"
        )));
    }
    if let Some(extra) = have.iter().find(|l| !want.contains(l)) {
        let name = extra.split_whitespace().nth(3).unwrap_or(extra);
        return Ok(Some(format!(
            "the trigger `{name}` is not one the schema made"
        )));
    }
    Ok(None)
}

/// Creates the `forecast_writer` and `forecast_reader` roles if missing and grants them
/// their rights on this ledger (run by the owner).
pub fn init_roles(client: &mut Client) -> Result<()> {
    let mut tx = client.transaction().map_err(pg("begin"))?;
    tx.batch_execute(ROLES).map_err(pg("granting the roles"))?;
    tx.commit().map_err(pg("committing the roles"))
}

/// One write in progress: a transaction holding the write lock, the journal's head as it
/// was when the lock was taken, and the instant every entry of this write is logged at.
pub struct PgWriter<'c> {
    tx: Transaction<'c>,
    seq: i64,
    hash: String,
    now: String,
    /// The database role writing (`current_user`), recorded in each entry.
    author: String,
}

impl PgWriter<'_> {
    /// Takes the write lock and reads the head. The write is logged at `now`, or just after
    /// the newest entry if the clock is not past it, so journal times never go backwards.
    pub fn begin<'c>(client: &'c mut Client, now: &str) -> Result<PgWriter<'c>> {
        let mut tx = locked(client)?;
        let author: String = tx
            .query_one("SELECT current_user::text", &[])
            .map_err(pg("reading the role"))?
            .get(0);
        let row = tx
            .query_opt(
                "SELECT seq, hash, logged_at FROM journal ORDER BY seq DESC LIMIT 1",
                &[],
            )
            .map_err(pg("reading the journal head"))?;
        let (seq, hash, last_at): (i64, String, Option<String>) = match row {
            Some(r) => (r.get(0), r.get(1), r.get(2)),
            None => (0, GENESIS.to_string(), None),
        };
        let now = crate::time::Clock::after(now, last_at.as_deref());
        Ok(PgWriter {
            tx,
            seq,
            hash,
            now,
            author,
        })
    }

    /// Appends one entry, chained to the one before; returns its sequence number and hash.
    pub fn append(&mut self, kind: &str, entity_id: i64, body: &str) -> Result<(i64, String)> {
        let seq = self.seq + 1;
        let hash = entry_hash(
            &self.hash,
            seq,
            kind,
            entity_id,
            body,
            Some(&self.now),
            Some(&self.author),
        );
        self.tx
            .execute(
                "INSERT INTO journal (seq, kind, entity_id, body, prev_hash, hash, logged_at, author)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                &[
                    &seq,
                    &kind,
                    &entity_id,
                    &body,
                    &self.hash,
                    &hash,
                    &self.now,
                    &self.author,
                ],
            )
            .map_err(pg("appending to the journal"))?;
        self.seq = seq;
        self.hash = hash.clone();
        Ok((seq, hash))
    }

    /// Commits the write and releases the lock.
    pub fn commit(self) -> Result<()> {
        self.tx.commit().map_err(pg("committing"))
    }
}

/// Checks the journal's chain: consecutive sequence numbers from 1, each entry's
/// `prev_hash` the hash before it, each hash recomputed from the entry, times never going
/// backwards. Returns the number of entries and the head hash, or the first bad entry.
pub fn verify_chain(
    client: &mut impl postgres::GenericClient,
) -> Result<std::result::Result<(i64, String), String>> {
    let rows = client
        .query(
            "SELECT seq, kind, entity_id, body, prev_hash, hash, logged_at, author FROM journal ORDER BY seq",
            &[],
        )
        .map_err(pg("reading the journal"))?;
    let mut prev = GENESIS.to_string();
    let mut last_at: Option<String> = None;
    for (i, r) in rows.iter().enumerate() {
        let seq: i64 = r.get(0);
        let kind: String = r.get(1);
        let entity: i64 = r.get(2);
        let body: String = r.get(3);
        let prev_hash: String = r.get(4);
        let hash: String = r.get(5);
        let at: Option<String> = r.get(6);
        let author: Option<String> = r.get(7);
        if seq != i as i64 + 1 {
            return Ok(Err(format!(
                "entry {seq}: expected sequence number {}",
                i + 1
            )));
        }
        if prev_hash != prev {
            return Ok(Err(format!(
                "entry {seq}: does not follow the entry before it"
            )));
        }
        if entry_hash(
            &prev_hash,
            seq,
            &kind,
            entity,
            &body,
            at.as_deref(),
            author.as_deref(),
        ) != hash
        {
            return Ok(Err(format!(
                "entry {seq}: its hash does not match its content"
            )));
        }
        if let Some(why) = super::verify::clock_goes_back(last_at.as_deref(), at.as_deref()) {
            return Ok(Err(format!("entry {seq}: {why}")));
        }
        if at.is_some() {
            last_at = at;
        }
        prev = hash;
    }
    Ok(Ok((rows.len() as i64, prev)))
}
