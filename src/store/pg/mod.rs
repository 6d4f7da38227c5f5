//! The PostgreSQL backend: connecting to a `PgTarget`, the schema in PostgreSQL's dialect
//! (numbered migrations in `migrations/`, version for version SQLite's, from 6 up) with the
//! same append-only guards, the least-privilege roles, the write lock, and checking the
//! chain. `PgStore` (store.rs) is the backend behind `store::Store`; the reads live in
//! read.rs (`PgRead`), the writes (`PgWriter`) in write.rs.
//!
//! Decisions:
//! - One chain with many clients: every write transaction first takes a transaction-level
//!   advisory lock (`pg_advisory_xact_lock`, released by COMMIT or ROLLBACK), then reads the
//!   head (`PgWriter::begin`), so appends are serialized like SQLite's `BEGIN IMMEDIATE`;
//!   readers are never blocked. An advisory lock rather than `LOCK TABLE journal IN
//!   EXCLUSIVE MODE` because it needs no privilege beyond connecting, so a writer role
//!   holding only INSERT and SELECT can take it. The wait is bounded like SQLite's busy
//!   timeout (`lock_timeout`), with the same notice after two seconds.
//! - What an entry means (its body and its hash) is computed in Rust by `journal::entry_hash`,
//!   the same function SQLite's writer uses, so both backends chain identically.
//! - The schema is created and migrated in one transaction under the same lock; a database
//!   holding tables but no `ledger_schema` is not ours and is refused untouched, and so is
//!   a ledger of a newer version.

mod articles;
pub mod bodies;
mod copy;
mod corrections;
mod forecasts;
mod import;
mod kept;
mod read;
mod resolutions;
mod reviews;
mod roles;
mod store;
#[cfg(test)]
mod tests;
pub mod tls;
mod typed;
mod verify;
mod write;

pub use read::PgRead;
pub use roles::{ident, init_roles, init_roles_refusal, LedgerRoles, RolesGranted};
pub(crate) use store::PgStore;
pub use verify::{schema_description, schema_finding, SCHEMA as SCHEMA_DESCRIPTION};
pub use write::{write, PgWriter};

use super::journal::{entry_hash, GENESIS};
use super::target::PgTarget;
use super::{DEFAULT_LOCK_WAIT, NOTICE_AFTER};
use crate::error::{Error, Result};
use postgres::error::SqlState;
use postgres::{Client, NoTls};
use std::time::Duration;
use typed::p;

/// The numbered migrations, in order, each with the version it brings the ledger to: the
/// first creates the schema of SQLite version 6 on an empty database. Append only: never
/// edit, reorder or delete one.
const MIGRATIONS: &[(i64, &str)] = &[
    (6, include_str!("migrations/0006_initial.sql")),
    (7, include_str!("migrations/0007_kept_shapes.sql")),
    (8, include_str!("migrations/0008_claim_index.sql")),
    (9, include_str!("migrations/0009_reference_checks.sql")),
    (10, include_str!("migrations/0010_write_checks.sql")),
    (11, include_str!("migrations/0011_claim_key.sql")),
    (12, include_str!("migrations/0012_question_amendments.sql")),
    (13, include_str!("migrations/0013_review_fields.sql")),
    (14, include_str!("migrations/0014_byte_order_keys.sql")),
    (15, include_str!("migrations/0015_journal_author_login.sql")),
];

/// The latest version whose migration changes what the kept sums hold (SQLite's
/// `KEPT_SHAPES_VERSION`): a ledger migrated from before it has them counted again.
const KEPT_SHAPES_VERSION: i64 = 7;

/// The guards as PostgreSQL describes them once the migrations have run: the source of
/// each function they call, then every trigger on the ledger's tables (see `guard_definitions`).
/// Regenerate with `UPDATE_PG_GUARDS=1 cargo test --test postgres` after a schema change.
pub const GUARDS: &str = include_str!("guards.txt");

/// The schema version the migrations bring a ledger to: SQLite's, version for version.
pub const PG_SCHEMA_VERSION: i64 = MIGRATIONS[MIGRATIONS.len() - 1].0;

/// The advisory lock every write holds until it commits ("forecast" in ASCII).
const WRITE_LOCK: i64 = 0x666f_7265_6361_7374;

/// Connects to `target`. The error names the target without its password.
///
/// The session runs without JIT compilation (`jit = off`, sent with the connection, so it
/// costs no round trip; an `options` setting in the URL comes after it and wins): the
/// ledger's big reads (a report's scan, a listing) stream rows that need no compiling, and
/// the server's cost model asks for it there, taking about a second to compile a query
/// that then runs no faster (measured with `EXPLAIN ANALYZE` on the 1M-forecast ledger).
///
/// `connect_timeout` (the URL's, else `PGCONNECT_TIMEOUT`) bounds the whole start of the
/// connection, as libpq's does: the driver bounds only the TCP connect, so a server that
/// accepted the connection and never answered (a stuck server, a half-open tunnel) held the
/// command forever (ad2 F3). The connection is then made on a thread the command stops
/// waiting for; one that never answers is left behind, and the process ends with the error.
pub fn connect(target: &PgTarget) -> Result<Client> {
    connect_with(target, None)
}

/// `connect` for a command that writes: the session's `lock_timeout` is `wait` (sent with
/// the connection, no round trip), so what the command reads before it takes the write
/// lock waits for another command's table locks no longer than for the write lock itself.
/// An owner's large import drops indexes, which locks their tables to the end: an `add`
/// behind it waited on its first read for the whole import, `FORECAST_LOCK_WAIT=1`
/// notwithstanding (11 s behind a 300,000-row import; ad2 F11); now it is refused after
/// the wait with the same line as a writer behind the write lock (`app::run` names it).
/// Inside the write transaction `locked` sets its own bound and then none.
pub(crate) fn connect_writing(target: &PgTarget, wait: Duration) -> Result<Client> {
    connect_with(target, Some(wait))
}

fn connect_with(target: &PgTarget, lock_wait: Option<Duration>) -> Result<Client> {
    let mut config = target.config().clone();
    let ours = match lock_wait {
        Some(wait) => format!("-c jit=off -c lock_timeout={}", wait.as_millis().max(1)),
        None => "-c jit=off".to_string(),
    };
    let options = match config.get_options() {
        Some(theirs) => format!("{ours} {theirs}"),
        None => ours,
    };
    config.options(&options);
    let tls = if only_sockets(&config) || target.tls().mode == tls::SslMode::Disable {
        // libpq tries no TLS over a Unix socket, whatever sslmode says.
        config.ssl_mode(postgres::config::SslMode::Disable);
        None
    } else {
        Some(tls::connector(target.tls())?)
    };
    let start = move || match tls {
        None => config.connect(NoTls),
        Some(tls) => config.connect(tls),
    };
    let result = match target.config().get_connect_timeout().copied() {
        None => start(),
        Some(limit) => {
            let (tx, rx) = std::sync::mpsc::channel();
            std::thread::spawn(move || {
                let _ = tx.send(start());
            });
            match rx.recv_timeout(limit) {
                Ok(result) => result,
                Err(_) => {
                    return Err(Error::Other(format!(
                        "PostgreSQL, connecting to `{target}`: the server did not answer within {} s (connect_timeout); check that it is up and reachable",
                        limit.as_secs()
                    )))
                }
            }
        }
    };
    result.map_err(|source| Error::PgConnect {
        target: target.to_string(),
        source,
    })
}

/// Whether every host of `config` is a Unix socket directory.
pub(crate) fn only_sockets(config: &postgres::Config) -> bool {
    config
        .get_hosts()
        .iter()
        .all(|h| !matches!(h, postgres::config::Host::Tcp(_)))
}

/// SQLite's text of a query in PostgreSQL's dialect, for the queries both backends share:
/// `?N` parameters become `$N`, `json_object(` becomes `json_build_object(`.
pub(crate) fn dialect(sql: &str) -> String {
    super::dialect::numbered(&sql.replace("json_object(", "json_build_object("))
}

/// A PostgreSQL error with what was being done.
pub(crate) fn pg(context: &str) -> impl Fn(postgres::Error) -> Error + '_ {
    move |source| Error::Postgres {
        context: context.to_string(),
        source,
    }
}

/// How a write waits for the lock: up to `wait`, calling `on_wait` once after
/// `NOTICE_AFTER`; `name` (the target, without its password) names the ledger in the error
/// when it gives up.
pub(crate) struct LockWait<'a> {
    pub wait: Duration,
    pub on_wait: Option<&'a (dyn Fn(Duration) + Send)>,
    pub name: String,
}

impl Default for LockWait<'_> {
    fn default() -> Self {
        LockWait {
            wait: DEFAULT_LOCK_WAIT,
            on_wait: None,
            name: String::new(),
        }
    }
}

/// A transaction holding the ledger's write lock (`locked`), on its client: `START
/// TRANSACTION` went in the same simple-query batch as the lock, one wait for the server
/// where `Client::transaction` would have sent it alone first. The statements run on the
/// client (`Deref`); `commit` commits, and dropping it uncommitted rolls back, as
/// `postgres::Transaction` does.
pub(crate) struct Locked<'c> {
    client: &'c mut Client,
    open: bool,
}

impl Locked<'_> {
    /// Commits the transaction, releasing the write lock.
    pub(crate) fn commit(mut self) -> std::result::Result<(), postgres::Error> {
        self.open = false;
        self.client.batch_execute("COMMIT")
    }
}

impl std::ops::Deref for Locked<'_> {
    type Target = Client;
    fn deref(&self) -> &Client {
        self.client
    }
}

impl std::ops::DerefMut for Locked<'_> {
    fn deref_mut(&mut self) -> &mut Client {
        self.client
    }
}

impl Drop for Locked<'_> {
    fn drop(&mut self) {
        if self.open {
            let _ = self.client.batch_execute("ROLLBACK");
        }
    }
}

/// Begins a transaction holding the ledger's write lock, waiting for another writer up to
/// `how.wait` (`Error::Busy` after that).
///
/// The transaction is READ COMMITTED whatever the server's, the database's or the role's
/// `default_transaction_isolation` says: at REPEATABLE READ or SERIALIZABLE its snapshot
/// would be taken by the statement that waits for the lock, so after the wait it would read
/// the journal head the writer before it replaced (3 writers x 6 `add` under `repeatable
/// read` refused 9 with `duplicate key value violates unique constraint "journal_pkey"`,
/// under `serializable` 5 of 12 with `could not serialize access`; ad2 F8).
///
/// One round trip when the lock is free: one simple-query batch that starts the
/// transaction, bounds the wait, takes the lock and lifts the bound again. When the first
/// bound (`NOTICE_AFTER`) runs out, the batch stops at the lock with the transaction
/// aborted after its savepoint: a second batch rolls back to it and waits for the rest.
pub(crate) fn locked<'c>(client: &'c mut Client, how: &LockWait<'_>) -> Result<Locked<'c>> {
    let timed_out = |e: &postgres::Error| e.code() == Some(&SqlState::LOCK_NOT_AVAILABLE);
    let busy = || Error::Busy {
        path: how.name.clone().into(),
        waited: how.wait.as_secs(),
    };
    // Only the wait for the write lock is bounded: nothing else in a write waits on a lock
    // another writer holds.
    let take = format!(
        "SELECT pg_advisory_xact_lock({WRITE_LOCK}); RELEASE SAVEPOINT wait_for_lock; SET LOCAL lock_timeout = 0"
    );
    let first = NOTICE_AFTER.min(how.wait);
    // Once the batch has run `START TRANSACTION`, the transaction is open whatever fails
    // after it (the block is left aborted): `tx` rolls it back when dropped.
    let mut tx = Locked { client, open: true };
    match tx.batch_execute(&format!(
        "START TRANSACTION ISOLATION LEVEL READ COMMITTED; SET LOCAL lock_timeout = {}; SAVEPOINT wait_for_lock; {take}",
        first.as_millis().max(1)
    )) {
        Ok(()) => {}
        Err(e) if timed_out(&e) && how.wait > first => {
            if let Some(note) = how.on_wait {
                note(how.wait);
            }
            tx.batch_execute(&format!(
                "ROLLBACK TO SAVEPOINT wait_for_lock; SET LOCAL lock_timeout = {}; {take}",
                (how.wait - first).as_millis().max(1)
            ))
            .map_err(|e| {
                if timed_out(&e) {
                    busy()
                } else {
                    pg("taking the write lock")(e)
                }
            })?;
        }
        Err(e) if timed_out(&e) => return Err(busy()),
        Err(e) => return Err(pg("taking the write lock")(e)),
    }
    Ok(tx)
}

/// `schema_version` on a connection outside a transaction, in one round trip for a ledger:
/// the version is read first and the checks for an empty database or other tables run only
/// when there is no version table (the failed statement would abort a transaction, hence
/// not inside one). Every command opens with this.
pub(crate) fn current_schema_version(client: &mut Client) -> Result<Option<i64>> {
    match client.query_typed_one("SELECT version FROM public.ledger_schema", &[]) {
        Ok(row) => {
            let version: i32 = row.try_get(0).map_err(pg("reading the schema version"))?;
            Ok(Some(i64::from(version)))
        }
        Err(e) if e.code() == Some(&SqlState::UNDEFINED_TABLE) => schema_version(client),
        Err(e) => Err(pg("reading the schema version")(e)),
    }
}

/// The schema version of the connected database: `None` when it is empty, an error when it
/// holds tables that are not a ledger's.
pub fn schema_version(client: &mut impl postgres::GenericClient) -> Result<Option<i64>> {
    // `query_typed_one`: one round trip each, not three (prepare, run, close); every
    // command opens with these two.
    let has_meta: bool = client
        .query_typed_one(
            "SELECT to_regclass('public.ledger_schema') IS NOT NULL",
            &[],
        )
        .map_err(pg("reading the schema"))?
        .get(0);
    if has_meta {
        let version: i32 = client
            .query_typed_one("SELECT version FROM ledger_schema", &[])
            .map_err(pg("reading the schema version"))?
            .get(0);
        return Ok(Some(i64::from(version)));
    }
    let tables: i64 = client
        .query_typed_one(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
            &[],
        )
        .map_err(pg("reading the schema"))?
        .get(0);
    if tables > 0 {
        return Err(Error::invalid(
            "the PostgreSQL database",
            "it holds tables but no forecast-ledger schema; name an empty database",
        ));
    }
    Ok(None)
}

/// Creates the schema on an empty database, or brings an older ledger up to
/// `PG_SCHEMA_VERSION`, in one transaction under the write lock (so clients that start at
/// once create it once); a ledger at the current version is left as it is, a newer one (or
/// a database of other tables) refused untouched. Returns whether the schema was created.
pub fn migrate(client: &mut Client) -> Result<bool> {
    migrate_with(client, &LockWait::default())
}

/// `migrate`, waiting for the lock as `how` says.
pub(crate) fn migrate_with(client: &mut Client, how: &LockWait<'_>) -> Result<bool> {
    // Most opens find the current version: no need to wait for a writer's lock to see so.
    if current_schema_version(client)? == Some(PG_SCHEMA_VERSION) {
        return Ok(false);
    }
    let mut tx = locked(client, how)?;
    let found = schema_version(&mut *tx)?;
    if found.is_none() {
        if let Some(refusal) = may_not_create(&mut *tx, &how.name)? {
            return Err(refusal);
        }
    }
    let from = match found {
        Some(v) if v == PG_SCHEMA_VERSION => return Ok(false),
        Some(v) if v > PG_SCHEMA_VERSION => {
            return Err(Error::DbTooNew {
                path: how.name.clone().into(),
                found: v,
                supported: PG_SCHEMA_VERSION,
            })
        }
        Some(v) if v < MIGRATIONS[0].0 => {
            return Err(Error::invalid(
                "the PostgreSQL ledger",
                format!("it has schema version {v}, which no release wrote; it was left untouched"),
            ))
        }
        Some(v) => v,
        None => 0,
    };
    for (version, sql) in MIGRATIONS.iter().filter(|(v, _)| *v > from) {
        tx.batch_execute(sql)
            .map_err(pg(&format!("applying migration {version}")))?;
    }
    if found.is_some() {
        tx.execute_typed(
            "UPDATE ledger_schema SET version = $1",
            &[p(&(PG_SCHEMA_VERSION as i32))],
        )
        .map_err(pg("recording the schema version"))?;
        let has_rows: bool = tx
            .query_typed_one("SELECT EXISTS (SELECT 1 FROM forecasts)", &[])
            .map_err(pg("reading the forecasts"))?
            .get(0);
        if has_rows && from < KEPT_SHAPES_VERSION {
            // Migration 7 changed what the kept sums hold: count them again from the rows.
            kept::rebuild_kept_sums(&mut tx)?;
        }
    } else {
        tx.execute_typed(
            "INSERT INTO ledger_schema (version) VALUES ($1)",
            &[p(&(PG_SCHEMA_VERSION as i32))],
        )
        .map_err(pg("recording the schema version"))?;
    }
    tx.commit().map_err(pg("committing the schema"))?;
    Ok(found.is_none())
}

/// For an empty database: the refusal when the connected role may not create the
/// ledger (no CREATE on the schema `public`, which PostgreSQL 15 gives the database's
/// owner alone), naming the owner who may; `None` when it may. Without this, a team member
/// whose owner had not yet run `init-roles` was told the server's "applying migration 6:
/// permission denied for schema public", with the hint to have the owner grant it a role
/// it may already hold.
pub(crate) fn may_not_create(
    client: &mut impl postgres::GenericClient,
    target: &str,
) -> Result<Option<Error>> {
    let row = client
        .query_typed_one(
            "SELECT has_schema_privilege('public', 'CREATE'), current_user::text,
                    pg_get_userbyid(d.datdba)::text
             FROM pg_database d WHERE d.datname = current_database()",
            &[],
        )
        .map_err(pg("reading the database's owner"))?;
    let may: bool = row.get(0);
    let (role, owner): (String, String) = (row.get(1), row.get(2));
    Ok((!may).then(|| {
        Error::invalid(
            format!("no ledger at `{target}`"),
            format!("it has not been created, and the role `{role}` may not create it; the database's owner, `{owner}`, must create it first with `forecast init-roles`"),
        )
    }))
}

/// The server refused for want of a privilege (SQLSTATE 42501).
pub fn is_denied(e: &Error) -> bool {
    matches!(e, Error::Postgres { source, .. } if source.code() == Some(&SqlState::INSUFFICIENT_PRIVILEGE))
}

/// The guards as they are now, in `GUARDS`'s layout: a line with the source of
/// `ledger_refuse`, then one for each other function a trigger calls (the reference checks
/// of migration 9), with its settings, then one line per trigger on a table of the public
/// schema, its enabled state (`O` on, `D` off) and its definition, in order.
pub fn guard_definitions(client: &mut impl postgres::GenericClient) -> Result<String> {
    let function = client
        .query_typed_opt(
            "SELECT p.prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'public' AND p.proname = 'ledger_refuse'",
            &[],
        )
        .map_err(pg("reading the guards"))?
        .map(|r| r.get::<_, String>(0).replace('\n', "\\n"))
        .unwrap_or_else(|| "(missing)".to_string());
    let mut text = format!("function ledger_refuse: {function}\n");
    let called = client
        .query_typed(
            "SELECT p.proname::text, coalesce(array_to_string(p.proconfig, ' '), ''), p.prosrc
             FROM pg_proc p WHERE p.proname <> 'ledger_refuse' AND p.oid IN (
                 SELECT t.tgfoid FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                 JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND NOT t.tgisinternal)
             ORDER BY p.proname, p.oid",
            &[],
        )
        .map_err(pg("reading the guards"))?;
    for r in called {
        text.push_str(&format!(
            "function {} ({}): {}\n",
            r.get::<_, String>(0),
            r.get::<_, String>(1),
            r.get::<_, String>(2).replace('\n', "\\n")
        ));
    }
    let rows = client
        .query_typed(
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
/// else what differs first (a function the guards call rewritten, a guard missing,
/// disabled or replaced, or a trigger added).
pub fn check_guards(client: &mut impl postgres::GenericClient) -> Result<Option<String>> {
    let now = guard_definitions(client)?;
    let (want, have): (Vec<&str>, Vec<&str>) = (GUARDS.lines().collect(), now.lines().collect());
    let function = |l: &str| l.starts_with("function ");
    if let Some(changed) = want.iter().find(|l| function(l) && !have.contains(l)) {
        let name = changed.split([' ', ':']).nth(1).unwrap_or(changed);
        return Ok(Some(format!(
            "the function `{name}` that the guards call was replaced"
        )));
    }
    let (want, have): (Vec<&str>, Vec<&str>) = (
        want.into_iter().filter(|l| !function(l)).collect(),
        have.into_iter().filter(|l| !function(l)).collect(),
    );
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

/// Checks the journal's chain: consecutive sequence numbers from 1, each entry's
/// `prev_hash` the hash before it, each hash recomputed from the entry, times never going
/// backwards. Returns the number of entries and the head hash, or the first bad entry.
pub fn verify_chain(
    client: &mut impl postgres::GenericClient,
) -> Result<std::result::Result<(i64, String), String>> {
    let rows = client
        .query_typed(
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
