//! The PostgreSQL side of `forecast copy` (see `store/copy.rs`): reading every table in one
//! repeatable-read snapshot, and writing each table with one binary `COPY` in one
//! transaction under the write lock.

use super::{locked, pg, LockWait};
use crate::error::{Error, Result};
use crate::store::copy::{not_empty, CopyTarget, Rows, Table, Value, TABLES};
use postgres::binary_copy::BinaryCopyInWriter;
use postgres::fallible_iterator::FallibleIterator;
use postgres::types::{ToSql, Type};
use postgres::{Client, IsolationLevel, Row};

/// Hands every table's rows to `each`, in `TABLES` order, from one snapshot.
pub(crate) fn dump(
    client: &mut Client,
    each: &mut dyn FnMut(&'static Table, &mut Rows<'_>) -> Result<()>,
) -> Result<()> {
    let mut tx = client
        .build_transaction()
        .isolation_level(IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()
        .map_err(pg("beginning a read"))?;
    for table in TABLES {
        let none: [&(dyn ToSql + Sync); 0] = [];
        let mut rows = tx
            .query_raw(&table.select(), none)
            .map_err(pg("reading the ledger"))?;
        let mut iter = std::iter::from_fn(|| match rows.next() {
            Ok(Some(r)) => Some(values(&r)),
            Ok(None) => None,
            Err(e) => Some(Err(pg("reading the ledger")(e))),
        });
        each(table, &mut iter)?;
    }
    tx.commit().map_err(pg("ending a read"))
}

/// A row's values, read by each column's type.
fn values(r: &Row) -> Result<Vec<Value>> {
    let read = |i: usize| -> std::result::Result<Value, postgres::Error> {
        let ty = r.columns()[i].type_();
        Ok(if *ty == Type::INT8 {
            r.try_get::<_, Option<i64>>(i)?
                .map_or(Value::Null, Value::Int)
        } else if *ty == Type::INT4 {
            r.try_get::<_, Option<i32>>(i)?
                .map_or(Value::Null, |v| Value::Int(i64::from(v)))
        } else if *ty == Type::FLOAT8 {
            r.try_get::<_, Option<f64>>(i)?
                .map_or(Value::Null, Value::Real)
        } else if *ty == Type::BYTEA {
            r.try_get::<_, Option<Vec<u8>>>(i)?
                .map_or(Value::Null, Value::Blob)
        } else {
            r.try_get::<_, Option<String>>(i)?
                .map_or(Value::Null, Value::Text)
        })
    };
    (0..r.len())
        .map(|i| read(i).map_err(pg("reading a value")))
        .collect()
}

/// Runs `fill` with a writer into the ledger in one transaction under the write lock, after
/// checking that it holds nothing; commits when `fill` succeeds.
pub(crate) fn load(
    client: &mut Client,
    how: &LockWait<'_>,
    fill: &mut dyn FnMut(&mut dyn CopyTarget) -> Result<()>,
) -> Result<()> {
    let mut tx = locked(client, how)?;
    for table in TABLES {
        let any: bool = tx
            .query_typed_one(
                &format!("SELECT EXISTS (SELECT 1 FROM {})", table.name),
                &[],
            )
            .map_err(pg("reading the target"))?
            .get(0);
        if any {
            return Err(not_empty(&how.name));
        }
    }
    // A copy keeps every journal entry's author and time, which only the owner may write
    // (migration 10's chain check holds every other role to its own new entries): say so
    // before writing, rather than let the trigger refuse the first entry.
    let row = tx
        .query_typed_one(
            "SELECT pg_has_role(relowner, 'USAGE'), current_user::text FROM pg_class
             WHERE oid = 'public.journal'::regclass",
            &[],
        )
        .map_err(pg("reading the target's owner"))?;
    let (owner, role): (bool, String) = (row.get(0), row.get(1));
    if !owner {
        return Err(Error::invalid(
            format!("copy --to `{}`", how.name),
            format!(
                "the role `{role}` does not own the ledger's tables, and only their owner may \
                 write a copy (it keeps every journal entry's author and time); run the copy as \
                 the owner, the role that ran `forecast init-roles`"
            ),
        ));
    }
    let mut target = PgTarget {
        tx: &mut tx,
        _locked: std::marker::PhantomData,
    };
    fill(&mut target)?;
    tx.commit().map_err(pg("committing the copy"))?;
    // Tables filled at once have no statistics until autovacuum gets to them, a minute or
    // more later, and the `verify` that follows would be planned without them: its
    // current-outcome check then walked the resolutions' primary key backwards for every
    // forecast (quadratic; over ten minutes at 100,000 forecasts, 50 s for the whole verify
    // once analysed). A role that does not own a table gets a warning and no statistics.
    let names: Vec<&str> = TABLES.iter().map(|t| t.name).collect();
    client
        .batch_execute(&format!("ANALYZE {}", names.join(", ")))
        .map_err(pg("analysing the copy"))
}

struct PgTarget<'a, 'c> {
    tx: &'a mut Client,
    _locked: std::marker::PhantomData<&'c ()>,
}

impl CopyTarget for PgTarget<'_, '_> {
    fn table(&mut self, table: &'static Table, rows: &mut Rows<'_>) -> Result<u64> {
        let columns = table.columns.join(", ");
        let types: Vec<Type> = self
            .tx
            .prepare(&format!("SELECT {columns} FROM {} LIMIT 0", table.name))
            .map_err(pg("reading the target's columns"))?
            .columns()
            .iter()
            .map(|c| c.type_().clone())
            .collect();
        let sink = self
            .tx
            .copy_in(&format!(
                "COPY {} ({columns}) FROM STDIN BINARY",
                table.name
            ))
            .map_err(pg("copying"))?;
        let mut writer = BinaryCopyInWriter::new(sink, &types);
        let mut n = 0;
        for row in rows {
            let row = row?;
            let cells = row
                .iter()
                .zip(&types)
                .map(|(v, ty)| cell(v, ty, table))
                .collect::<Result<Vec<_>>>()?;
            let refs: Vec<&(dyn ToSql + Sync)> = cells.iter().map(|c| c.as_ref()).collect();
            writer
                .write(&refs)
                .map_err(pg(&format!("copying {}", table.name)))?;
            n += 1;
        }
        writer
            .finish()
            .map_err(pg(&format!("copying {}", table.name)))?;
        Ok(n)
    }
}

/// `v` as a value of the column type `ty`.
fn cell(v: &Value, ty: &Type, table: &Table) -> Result<Box<dyn ToSql + Sync>> {
    let mismatch = || {
        Error::Integrity(format!(
            "a value in table `{}` does not fit its PostgreSQL column ({ty}); nothing was copied",
            table.name
        ))
    };
    Ok(match (v, ty) {
        (Value::Null, t) if *t == Type::INT8 => Box::new(None::<i64>),
        (Value::Null, t) if *t == Type::INT4 => Box::new(None::<i32>),
        (Value::Null, t) if *t == Type::FLOAT8 => Box::new(None::<f64>),
        (Value::Null, t) if *t == Type::BYTEA => Box::new(None::<Vec<u8>>),
        (Value::Null, _) => Box::new(None::<String>),
        (Value::Int(i), t) if *t == Type::INT8 => Box::new(*i),
        (Value::Int(i), t) if *t == Type::INT4 => {
            Box::new(i32::try_from(*i).map_err(|_| mismatch())?)
        }
        (Value::Int(i), t) if *t == Type::FLOAT8 => Box::new(*i as f64),
        (Value::Real(f), t) if *t == Type::FLOAT8 => Box::new(*f),
        (Value::Text(s), t) if *t == Type::TEXT => Box::new(s.clone()),
        (Value::Blob(b), t) if *t == Type::BYTEA => Box::new(b.clone()),
        _ => return Err(mismatch()),
    })
}
