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
    pg::migrate(&mut client)?;
    pg::init_roles(&mut client)?;
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
