//! A ledger's least-privilege roles: a writer role (read, insert) and a reader role (read
//! only), named for the ledger (`LedgerRoles`), made and granted by `init-roles` (the
//! grants in `roles.sql`).
//!
//! Decisions: roles belong to the whole PostgreSQL cluster, and every database lets PUBLIC
//! connect, so roles shared by every ledger on a server made a writer of one ledger a
//! writer of all of them once their owners ran `init-roles` (audit 20, A17). Each ledger
//! therefore gets its own pair, `PREFIX_writer` and `PREFIX_reader`, the prefix
//! `forecast_` and the database's name unless `init-roles --role-prefix` names one (a
//! database name is unique on its server). A role that exists already is granted, not
//! made, and `init-roles` names who holds it, since they gain this ledger with it; so is
//! a ledger still granted to the shared `forecast_writer`/`forecast_reader` of earlier
//! versions, with the `REVOKE` that ends it once their members hold the new roles (those
//! ledgers keep working until then).

use super::pg;
use super::typed::p;
use crate::error::{Error, Result};
use postgres::error::SqlState;
use postgres::{Client, GenericClient};

/// The grants (see the file's header).
const ROLES: &str = include_str!("roles.sql");

/// The shared roles of earlier versions, granted on every ledger their owners prepared.
const SHARED: [&str; 2] = ["forecast_writer", "forecast_reader"];

/// PostgreSQL's longest identifier, in bytes (longer ones are cut without an error).
const NAME_MAX: usize = 63;

/// One ledger's two role names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerRoles {
    pub writer: String,
    pub reader: String,
}

impl LedgerRoles {
    /// `PREFIX_writer` and `PREFIX_reader`; refused when either would be longer than
    /// PostgreSQL keeps (it would cut both to one name shared with other ledgers).
    pub fn with_prefix(prefix: &str) -> Result<LedgerRoles> {
        let roles = LedgerRoles {
            writer: format!("{prefix}_writer"),
            reader: format!("{prefix}_reader"),
        };
        if prefix.trim().is_empty() {
            return Err(Error::invalid(
                "init-roles --role-prefix ``",
                "give a prefix, e.g. the desk's name (`--role-prefix deskb`)",
            ));
        }
        // PostgreSQL reserves role names that begin with `pg_`: refused here, exit 2, rather
        // than by the server's error, exit 1 (ad2 F13).
        if prefix.starts_with("pg_") {
            return Err(Error::invalid(
                format!("init-roles --role-prefix `{prefix}`"),
                "PostgreSQL reserves role names that begin with `pg_`; give another prefix, e.g. the desk's name (`--role-prefix deskb`)",
            ));
        }
        if roles.writer.len() > NAME_MAX {
            return Err(Error::invalid(
                format!("init-roles: the role name `{}`", roles.writer),
                format!("it is longer than PostgreSQL's {NAME_MAX} bytes; give a shorter prefix with `--role-prefix`"),
            ));
        }
        Ok(roles)
    }

    /// The roles of the database `db`: `forecast_DB_writer`, `forecast_DB_reader`.
    pub fn for_database(db: &str) -> Result<LedgerRoles> {
        LedgerRoles::with_prefix(&format!("forecast_{db}"))
    }

    /// The roles `prefix` names, else the connected database's.
    pub fn of(client: &mut impl GenericClient, prefix: Option<&str>) -> Result<LedgerRoles> {
        match prefix {
            Some(p) => LedgerRoles::with_prefix(p),
            None => {
                let db: String = client
                    .query_typed_one("SELECT current_database()::text", &[])
                    .map_err(pg("reading the database's name"))?
                    .get(0);
                LedgerRoles::for_database(&db)
            }
        }
    }

    /// The shared roles of earlier versions (`--role-prefix forecast`).
    fn is_shared(&self) -> bool {
        self.writer == SHARED[0] && self.reader == SHARED[1]
    }
}

/// `name` as SQL writes it: bare when PostgreSQL would read it back unchanged, else in
/// double quotes (`"Desk-B_writer"`).
pub fn ident(name: &str) -> String {
    let bare = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if bare {
        name.to_string()
    } else {
        format!("\"{}\"", name.replace('"', "\"\""))
    }
}

/// What `init_roles` did, for the owner to read.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct RolesGranted {
    /// The roles that existed before (made by an earlier run or by someone else), each with
    /// the roles that hold it, and whether it already had its rights on this ledger (a run
    /// again changes nothing for them; otherwise they can now read or write it).
    pub existing: Vec<ExistingRole>,
    /// The shared roles of earlier versions that still have rights on this ledger, each
    /// with its members (empty when none do).
    pub shared: Vec<(String, Vec<String>)>,
}

/// A ledger role that existed before `init_roles` ran.
#[derive(Debug, PartialEq, Eq)]
pub struct ExistingRole {
    pub name: String,
    /// The roles that hold it.
    pub members: Vec<String>,
    /// It could already read this ledger's journal before the grant (an earlier run's).
    pub had_rights: bool,
}

/// Whether the role named `role` may read this ledger's journal (false when no such role).
fn reads_journal(client: &mut impl GenericClient, role: &str) -> Result<bool> {
    Ok(client
        .query_typed_one(
            "SELECT coalesce((SELECT has_table_privilege(oid, 'public.journal', 'SELECT')
                              FROM pg_roles WHERE rolname = $1), false)",
            &[p(&role)],
        )
        .map_err(pg("reading the roles"))?
        .get(0))
}

/// The roles that are members of `role`, by name.
fn members(client: &mut impl GenericClient, role: &str) -> Result<Vec<String>> {
    Ok(client
        .query_typed(
            "SELECT m.rolname::text FROM pg_auth_members a
             JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles m ON m.oid = a.member
             WHERE r.rolname = $1 ORDER BY 1",
            &[p(&role)],
        )
        .map_err(pg("reading the roles"))?
        .iter()
        .map(|r| r.get(0))
        .collect())
}

/// Makes `roles` if missing and grants them their rights on this ledger (run by the
/// owner, after `init_roles_refusal`); says who already held them, and which shared roles
/// of earlier versions still have rights here.
pub fn init_roles(client: &mut Client, roles: &LedgerRoles) -> Result<RolesGranted> {
    let mut tx = client.transaction().map_err(pg("begin"))?;
    let mut granted = RolesGranted::default();
    for role in [&roles.writer, &roles.reader] {
        let exists: bool = tx
            .query_typed_one(
                "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)",
                &[p(role)],
            )
            .map_err(pg("reading the roles"))?
            .get(0);
        if exists {
            // Asked before the grant: whether this run gives it anything (ad2 F12: a second
            // run said its members "can now write" when nothing changed).
            let had_rights = reads_journal(&mut tx, role)?;
            granted.existing.push(ExistingRole {
                name: role.clone(),
                members: members(&mut tx, role)?,
                had_rights,
            });
            continue;
        }
        // Another owner may make the same role at the same moment: made counts as made.
        let mut sp = tx.savepoint("make_role").map_err(pg("begin"))?;
        match sp.batch_execute(&format!("CREATE ROLE {} NOLOGIN", ident(role))) {
            Ok(()) => sp.commit().map_err(pg("making the roles"))?,
            Err(e)
                if e.code() == Some(&SqlState::DUPLICATE_OBJECT)
                    || e.code() == Some(&SqlState::UNIQUE_VIOLATION) =>
            {
                drop(sp);
            }
            Err(e) => return Err(pg("making the roles")(e)),
        }
    }
    let sql = ROLES
        .replace("{writer}", &ident(&roles.writer))
        .replace("{reader}", &ident(&roles.reader));
    tx.batch_execute(&sql).map_err(pg("granting the roles"))?;
    if !roles.is_shared() {
        for role in SHARED {
            if reads_journal(&mut tx, role)? {
                granted
                    .shared
                    .push((role.to_string(), members(&mut tx, role)?));
            }
        }
    }
    tx.commit().map_err(pg("committing the roles"))?;
    Ok(granted)
}

/// Why the connected role may not run `init-roles` on this ledger, in the words of the fix;
/// `None` when it may. Asked before the roles are granted and again after a refusal for
/// want of a privilege (`is_denied`), from catalogs every role may read:
/// - it is not (and does not act as) the owner of the ledger's tables: only their owner may
///   grant rights on them. Without this check a non-owner's run "succeeded" once the roles
///   existed: PostgreSQL only warns when a GRANT by someone else grants nothing;
/// - it owns them, but the two roles do not exist yet and it may not create roles.
pub fn init_roles_refusal(client: &mut Client, roles: &LedgerRoles) -> Result<Option<String>> {
    let row = client
        .query_typed_one(
            "SELECT current_user::text, r.rolcreaterole OR r.rolsuper, t.tableowner::text,
                    pg_has_role(t.tableowner, 'USAGE'),
                    (SELECT count(*) FROM pg_roles WHERE rolname IN ($1, $2)) = 2
             FROM pg_roles r
             LEFT JOIN pg_tables t ON t.schemaname = 'public' AND t.tablename = 'ledger_schema'
             WHERE r.rolname = current_user",
            &[p(&roles.writer), p(&roles.reader)],
        )
        .map_err(pg("reading the roles"))?;
    let me: String = row.get(0);
    let may_create_roles: bool = row.get(1);
    let owner: Option<String> = row.get(2);
    let acts_as_owner: Option<bool> = row.get(3);
    let roles_exist: bool = row.get(4);
    let (w, r) = (ident(&roles.writer), ident(&roles.reader));
    Ok(match owner {
        Some(owner) if acts_as_owner != Some(true) => Some(format!(
            "the role `{me}` does not own the ledger's tables, and only their owner may grant rights on them; run `forecast init-roles` as `{owner}`"
        )),
        _ if !roles_exist && !may_create_roles => Some(format!(
            "the roles {w} and {r} do not exist yet, and the role `{me}` may not create roles; an administrator either runs `ALTER ROLE {} CREATEROLE` or creates the two (`CREATE ROLE {w} NOLOGIN; CREATE ROLE {r} NOLOGIN`), then run `forecast init-roles` again",
            ident(&me)
        )),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_database_has_its_own_roles_quoted_where_sql_needs_it() {
        assert_eq!(
            LedgerRoles::for_database("ledger").unwrap(),
            LedgerRoles {
                writer: "forecast_ledger_writer".to_string(),
                reader: "forecast_ledger_reader".to_string(),
            }
        );
        assert_eq!(ident("forecast_ledger_writer"), "forecast_ledger_writer");
        assert_eq!(
            ident("forecast_Desk-B_writer"),
            "\"forecast_Desk-B_writer\""
        );
        assert_eq!(ident("a\"b"), "\"a\"\"b\"");
        let long = "d".repeat(50);
        assert_eq!(
            LedgerRoles::for_database(&long).unwrap_err().to_string(),
            format!("init-roles: the role name `forecast_{long}_writer`: it is longer than PostgreSQL's 63 bytes; give a shorter prefix with `--role-prefix`")
        );
        assert!(LedgerRoles::with_prefix("forecast").unwrap().is_shared());
        assert_eq!(
            LedgerRoles::with_prefix("pg_x").unwrap_err().to_string(),
            "init-roles --role-prefix `pg_x`: PostgreSQL reserves role names that begin with `pg_`; give another prefix, e.g. the desk's name (`--role-prefix deskb`)"
        );
        assert!(LedgerRoles::for_database("pg_x").is_ok());
    }
}
