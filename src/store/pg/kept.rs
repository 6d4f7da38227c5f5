//! The kept report sums on PostgreSQL: the statements `kept::Pending::flush_into` runs
//! (SQLite's `INSERT OR REPLACE` becomes an upsert). What each write changes is worked out
//! by the same Rust as on SQLite (`kept.rs`), so both backends keep the same sums.

use super::read::HORIZON;
use super::{dialect, pg, PgWriter};
use crate::error::Result;
use crate::report::rows::Totals;
use crate::score::{BinKey, Cell};
use crate::store::kept::{
    counted_from_row, read_cell, recompute_sql, Counted, KeptTables, Pending, ADD_TOTALS,
};
use postgres::Transaction;

/// Rows read per round trip when recounting.
const PAGE: i32 = 10_000;

/// The kept sums in a PostgreSQL ledger, inside a write.
struct PgKept<'a, 'c>(&'a mut Transaction<'c>);

impl KeptTables for PgKept<'_, '_> {
    fn add_totals(&mut self, source: i64, t: &Totals) -> Result<()> {
        self.0
            .execute(
                &dialect(ADD_TOTALS),
                &[
                    &source,
                    &t.forecasts,
                    &t.void,
                    &t.corrections,
                    &t.amended,
                    &t.late,
                ],
            )
            .map_err(pg("updating the kept totals"))?;
        Ok(())
    }

    fn cell(&mut self, source: i64, bin: BinKey) -> Result<Option<Cell>> {
        let row = self
            .0
            .query_opt(
                "SELECT n, hits, sum_p, sum_brier, sum_log FROM source_bin_sums
                 WHERE source_id = $1 AND bin = $2",
                &[&source, &(bin as i32)],
            )
            .map_err(pg("reading the kept sums"))?;
        row.as_ref().map(read_cell).transpose()
    }

    fn put_cell(&mut self, source: i64, bin: BinKey, cell: Option<&Cell>) -> Result<()> {
        let bin = bin as i32;
        match cell {
            None => self.0.execute(
                "DELETE FROM source_bin_sums WHERE source_id = $1 AND bin = $2",
                &[&source, &bin],
            ),
            Some(c) => self.0.execute(
                "INSERT INTO source_bin_sums (source_id, bin, n, hits, sum_p, sum_brier, sum_log)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)
                 ON CONFLICT (source_id, bin) DO UPDATE SET n = excluded.n, hits = excluded.hits,
                     sum_p = excluded.sum_p, sum_brier = excluded.sum_brier, sum_log = excluded.sum_log",
                &[
                    &source,
                    &bin,
                    &c.n,
                    &c.hits,
                    &&c.sum_p.to_bytes()[..],
                    &&c.sum_brier.to_bytes()[..],
                    &&c.sum_log.to_bytes()[..],
                ],
            ),
        }
        .map_err(pg("writing the kept sums"))?;
        Ok(())
    }

    fn shape(&mut self, source: i64) -> Result<Option<(Vec<u8>, Vec<u8>)>> {
        Ok(self
            .0
            .query_opt(
                "SELECT points, horizons FROM source_shapes WHERE source_id = $1",
                &[&source],
            )
            .map_err(pg("reading the kept shapes"))?
            .map(|r| (r.get(0), r.get(1))))
    }

    fn put_shape(&mut self, source: i64, blobs: Option<&(Vec<u8>, Vec<u8>)>) -> Result<()> {
        match blobs {
            None => self
                .0
                .execute("DELETE FROM source_shapes WHERE source_id = $1", &[&source]),
            Some((points, horizons)) => self.0.execute(
                "INSERT INTO source_shapes (source_id, points, horizons) VALUES ($1, $2, $3)
                 ON CONFLICT (source_id) DO UPDATE SET points = excluded.points,
                     horizons = excluded.horizons",
                &[&source, points, horizons],
            ),
        }
        .map_err(pg("writing the kept shapes"))?;
        Ok(())
    }
}

impl PgWriter<'_> {
    /// Writes the pending kept-sum changes into the transaction.
    pub(super) fn flush_kept(&mut self) -> Result<()> {
        self.kept.flush_into(&mut PgKept(&mut self.tx))
    }

    /// The state the kept sums hold for forecast `id`, if it is current (SQLite's
    /// `counted`).
    pub(super) fn counted(&mut self, id: i64) -> Result<Option<Counted>> {
        let row = self
            .tx
            .query_opt(
                &format!(
                    "SELECT source_id, probability, outcome, supersedes IS NOT NULL, logged_late,
                            (SELECT count(*) FROM resolutions r WHERE r.forecast_id = f.id) > 1,
                            {HORIZON}
                     FROM forecasts f WHERE id = $1 AND superseded_by IS NULL"
                ),
                &[&id],
            )
            .map_err(pg("reading a forecast"))?;
        row.as_ref().map(counted_from_row).transpose()
    }
}

/// Counts the kept sums again from the rows, in `tx` (a ledger migrated across a version
/// that changed what they hold): the old sums are deleted, the rows read a page at a time
/// and counted by the same Rust as SQLite's `kept::build`.
pub(crate) fn rebuild_kept_sums(tx: &mut Transaction<'_>) -> Result<()> {
    tx.batch_execute(
        "DELETE FROM source_totals; DELETE FROM source_bin_sums; DELETE FROM source_shapes",
    )
    .map_err(pg("clearing the kept sums"))?;
    let mut fresh = Pending::default();
    let sql = dialect(&recompute_sql(HORIZON));
    let mut tx2 = tx.transaction().map_err(pg("recounting the kept sums"))?;
    let portal = tx2
        .bind(&sql, &[])
        .map_err(pg("recounting the kept sums"))?;
    loop {
        let page = tx2
            .query_portal(&portal, PAGE)
            .map_err(pg("recounting the kept sums"))?;
        for r in &page {
            fresh.count(&counted_from_row(r)?, 1);
        }
        if page.len() < PAGE as usize {
            break;
        }
    }
    tx2.commit().map_err(pg("recounting the kept sums"))?;
    fresh.flush_into(&mut PgKept(tx))
}
