//! `forecast init-roles`: prepares a PostgreSQL database for a team (schema, guards,
//! least-privilege roles) and says what it did. The SQL lives in `store::pg`.

use crate::app::Io;
use crate::error::{Error, Result};
use crate::store::pg;
use crate::store::PgTarget;

pub fn run(target: &PgTarget, io: &mut Io<'_>) -> Result<()> {
    for w in &target.warnings {
        super::warn(io, w);
    }
    let mut client = pg::connect(target)?;
    let how = pg::LockWait {
        name: target.to_string(),
        ..Default::default()
    };
    // Only the owner of the ledger's tables (with CREATEROLE while the roles do not exist)
    // may do this: anyone else is told who may, or what it lacks, before anything is
    // granted, and a refusal for want of a privilege is read the same way.
    let refusal = |client: &mut postgres::Client| -> Result<Option<Error>> {
        Ok(pg::init_roles_refusal(client)?
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
    if let Err(e) = pg::init_roles(&mut client) {
        return Err(explained(&mut client, e));
    }
    if let Some(why) = pg::check_guards(&mut client)? {
        return Err(Error::Integrity(format!("{target}: {why}")));
    }
    super::write_out(
        io,
        &format!(
            "ledger {target} is at schema version {}; its guards are in place\n\
             granted: forecast_writer (read, insert; no update or delete of a record), \
             forecast_reader (read only)\n\
             give them to login roles, e.g.: CREATE ROLE alice LOGIN PASSWORD '...' IN ROLE forecast_writer;\n",
            pg::PG_SCHEMA_VERSION
        ),
    )
}
