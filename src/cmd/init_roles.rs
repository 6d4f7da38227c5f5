//! `forecast init-roles`: prepares a PostgreSQL database for a team (schema, guards,
//! this ledger's least-privilege roles) and says what it did, who already held the roles
//! it granted, and which shared roles of earlier versions still have rights on the ledger.
//! The SQL lives in `store::pg` (`roles.rs`).

use crate::app::Io;
use crate::cli::InitRolesArgs;
use crate::error::{Error, Result};
use crate::store::pg;
use crate::store::PgTarget;

pub fn run(target: &PgTarget, args: &InitRolesArgs, io: &mut Io<'_>) -> Result<()> {
    for w in &target.warnings {
        super::warn(io, w);
    }
    let roles = match &args.role_prefix {
        Some(prefix) => Some(pg::LedgerRoles::with_prefix(prefix)?),
        None => None,
    };
    let mut client = pg::connect(target)?;
    let roles = match roles {
        Some(r) => r,
        None => pg::LedgerRoles::of(&mut client, None)?,
    };
    let how = pg::LockWait {
        name: target.to_string(),
        ..Default::default()
    };
    // Only the owner of the ledger's tables (with CREATEROLE while the roles do not exist)
    // may do this: anyone else is told who may, or what it lacks, before anything is
    // granted, and a refusal for want of a privilege is read the same way.
    let refusal = |client: &mut postgres::Client| -> Result<Option<Error>> {
        Ok(pg::init_roles_refusal(client, &roles)?
            .map(|why| Error::invalid(format!("init-roles on `{target}`"), why)))
    };
    let explained = |client: &mut postgres::Client, e: Error| -> Error {
        match pg::is_denied(&e).then(|| refusal(client)) {
            Some(Ok(Some(why))) => why,
            _ => e,
        }
    };
    if let Err(e) = pg::migrate_with(&mut client, &how) {
        return Err(explained(&mut client, e));
    }
    if let Some(why) = refusal(&mut client)? {
        return Err(why);
    }
    let granted = match pg::init_roles(&mut client, &roles) {
        Ok(g) => g,
        Err(e) => return Err(explained(&mut client, e)),
    };
    if let Some(why) = pg::check_guards(&mut client)? {
        return Err(Error::Integrity(format!("{target}: {why}")));
    }
    let (w, r) = (pg::ident(&roles.writer), pg::ident(&roles.reader));
    let mut text = format!(
        "ledger {target} is at schema version {}; its guards are in place\n\
         granted: {w} (read, insert; no update or delete of a record), {r} (read only)\n",
        pg::PG_SCHEMA_VERSION
    );
    let held = |members: &[String]| {
        if members.is_empty() {
            "no role holds it yet".to_string()
        } else {
            format!("held by {}", members.join(", "))
        }
    };
    for role in &granted.existing {
        let can = if role.name == roles.writer {
            "write"
        } else {
            "read"
        };
        let who = if role.members.is_empty() {
            "whoever is given it"
        } else {
            "they"
        };
        let line = if role.had_rights {
            format!(
                "{} existed already with its rights on this ledger, {}: nothing changed for it\n",
                pg::ident(&role.name),
                held(&role.members)
            )
        } else {
            format!(
                "{} existed already, {}: {who} can now {can} this ledger\n",
                pg::ident(&role.name),
                held(&role.members)
            )
        };
        text.push_str(&line);
    }
    if !granted.shared.is_empty() {
        let names: Vec<&str> = granted.shared.iter().map(|(n, _)| n.as_str()).collect();
        let list = names.join(", ");
        let holders: Vec<String> = granted
            .shared
            .iter()
            .map(|(n, m)| format!("{n}: {}", held(m)))
            .collect();
        text.push_str(&format!(
            "note: the server-wide roles {list} of earlier versions, shared by every ledger on this server, still have rights on this ledger ({}); once their members hold {w} or {r}, take those rights away: REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {list}; REVOKE USAGE ON SCHEMA public FROM {list};\n",
            holders.join("; ")
        ));
    }
    text.push_str(&format!(
        "give them to login roles, e.g.: CREATE ROLE alice LOGIN PASSWORD '...' IN ROLE {w};\n"
    ));
    super::write_out(io, &text)
}
