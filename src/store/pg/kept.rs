//! The kept report sums on PostgreSQL: the statements `kept::Pending::flush_into` runs
//! (SQLite's `INSERT OR REPLACE` becomes an upsert). What each write changes is worked out
//! by the same Rust as on SQLite (`kept.rs`), so both backends keep the same sums.

use super::read::HORIZON;
use super::typed::p;
use super::{dialect, pg, PgWriter};
use crate::error::Result;
use crate::report::rows::Totals;
use crate::score::{BinKey, Cell};
use crate::store::kept::{
    counted_from_row, read_cell, recompute_sql, Counted, KeptTables, Pending,
};
use postgres::fallible_iterator::FallibleIterator;
use postgres::Client;
use rustc_hash::FxHashMap;

/// The kept sums in a PostgreSQL ledger, inside a write, read and written in batches: the
/// stored cells and shapes of the sources a write changed are read in one query, and the
/// new values written in one statement (totals, cells deleted and upserted, shapes deleted
/// and upserted), carrying its rows as arrays. An import of a million rows from a thousand
/// sources changes some 11,000 cells; one statement (and round trip) each took minutes on
/// the loaded test machine.
#[derive(Default)]
struct PgKept {
    cells: FxHashMap<(i64, i32), Cell>,
    shapes: FxHashMap<i64, (Vec<u8>, Vec<u8>)>,
    totals: Vec<(i64, Totals)>,
    put_cells: Vec<(i64, i32, Cell)>,
    gone_cells: Vec<(i64, i32)>,
    put_shapes: Vec<(i64, Vec<u8>, Vec<u8>)>,
    gone_shapes: Vec<i64>,
}

impl PgKept {
    /// The stored cells and shapes of `sources`, in one query (one round trip): the cells'
    /// rows first (`n` to `bin`, then two NULLs), the shapes' after (five NULLs, `source_id`,
    /// a NULL `bin`, then the two blobs).
    fn load(tx: &mut Client, sources: &[i64]) -> Result<PgKept> {
        let mut kept = PgKept::default();
        let rows = tx
            .query_typed(
                "SELECT n, hits, sum_p, sum_brier, sum_log, source_id, bin, NULL::bytea, NULL::bytea
                 FROM source_bin_sums WHERE source_id = ANY($1)
                 UNION ALL
                 SELECT NULL, NULL, NULL, NULL, NULL, source_id, NULL, points, horizons
                 FROM source_shapes WHERE source_id = ANY($1)",
                &[p(&sources)],
            )
            .map_err(pg("reading the kept sums"))?;
        for r in &rows {
            match r.get::<_, Option<i32>>(6) {
                Some(bin) => {
                    kept.cells.insert((r.get(5), bin), read_cell(r)?);
                }
                None => {
                    kept.shapes.insert(r.get(5), (r.get(7), r.get(8)));
                }
            }
        }
        Ok(kept)
    }

    /// Writes what `Pending::flush_into` handed over, in one statement (one round trip): each
    /// part a data-modifying `WITH` of its own, run whether or not its rows are empty. The
    /// parts never touch one row twice: `flush_into` hands over each cell and each shape
    /// once, deleted or stored.
    fn write(self, tx: &mut Client) -> Result<()> {
        if self.totals.is_empty()
            && self.gone_cells.is_empty()
            && self.put_cells.is_empty()
            && self.gone_shapes.is_empty()
            && self.put_shapes.is_empty()
        {
            return Ok(());
        }
        let column =
            |f: fn(&Totals) -> i64| -> Vec<i64> { self.totals.iter().map(|(_, t)| f(t)).collect() };
        let total_ids: Vec<i64> = self.totals.iter().map(|(s, _)| *s).collect();
        let gone_ids: Vec<i64> = self.gone_cells.iter().map(|c| c.0).collect();
        let gone_bins: Vec<i32> = self.gone_cells.iter().map(|c| c.1).collect();
        let c = &self.put_cells;
        let ids: Vec<i64> = c.iter().map(|c| c.0).collect();
        let bins: Vec<i32> = c.iter().map(|c| c.1).collect();
        let n: Vec<i64> = c.iter().map(|c| c.2.n).collect();
        let hits: Vec<i64> = c.iter().map(|c| c.2.hits).collect();
        let sum = |f: fn(&Cell) -> [u8; 16]| -> Vec<Vec<u8>> {
            c.iter().map(|c| f(&c.2).to_vec()).collect()
        };
        let shape_ids: Vec<i64> = self.put_shapes.iter().map(|s| s.0).collect();
        let (points, horizons): (Vec<&[u8]>, Vec<&[u8]>) =
            self.put_shapes.iter().map(|s| (&s.1[..], &s.2[..])).unzip();
        tx.execute_typed(
            "WITH totals AS (
                 INSERT INTO source_totals (source_id, forecasts, void, corrections, amended, late)
                 SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[],
                                      $5::bigint[], $6::bigint[])
                 ON CONFLICT (source_id) DO UPDATE SET forecasts = source_totals.forecasts + excluded.forecasts,
                     void = source_totals.void + excluded.void,
                     corrections = source_totals.corrections + excluded.corrections,
                     amended = source_totals.amended + excluded.amended,
                     late = source_totals.late + excluded.late),
             gone_cells AS (
                 DELETE FROM source_bin_sums WHERE (source_id, bin) IN
                     (SELECT * FROM unnest($7::bigint[], $8::int[]))),
             cells AS (
                 INSERT INTO source_bin_sums (source_id, bin, n, hits, sum_p, sum_brier, sum_log)
                 SELECT * FROM unnest($9::bigint[], $10::int[], $11::bigint[], $12::bigint[],
                                      $13::bytea[], $14::bytea[], $15::bytea[])
                 ON CONFLICT (source_id, bin) DO UPDATE SET n = excluded.n, hits = excluded.hits,
                     sum_p = excluded.sum_p, sum_brier = excluded.sum_brier, sum_log = excluded.sum_log),
             gone_shapes AS (
                 DELETE FROM source_shapes WHERE source_id = ANY($16)),
             shapes AS (
                 INSERT INTO source_shapes (source_id, points, horizons)
                 SELECT * FROM unnest($17::bigint[], $18::bytea[], $19::bytea[])
                 ON CONFLICT (source_id) DO UPDATE SET points = excluded.points,
                     horizons = excluded.horizons)
             SELECT 1",
            &[
                p(&total_ids),
                p(&column(|t| t.forecasts)),
                p(&column(|t| t.void)),
                p(&column(|t| t.corrections)),
                p(&column(|t| t.amended)),
                p(&column(|t| t.late)),
                p(&gone_ids),
                p(&gone_bins),
                p(&ids),
                p(&bins),
                p(&n),
                p(&hits),
                p(&sum(|c| c.sum_p.to_bytes())),
                p(&sum(|c| c.sum_brier.to_bytes())),
                p(&sum(|c| c.sum_log.to_bytes())),
                p(&self.gone_shapes),
                p(&shape_ids),
                p(&points),
                p(&horizons),
            ],
        )
        .map_err(pg("writing the kept sums"))?;
        Ok(())
    }
}

impl KeptTables for PgKept {
    fn add_totals(&mut self, source: i64, t: &Totals) -> Result<()> {
        self.totals.push((source, *t));
        Ok(())
    }

    fn cell(&mut self, source: i64, bin: BinKey) -> Result<Option<Cell>> {
        Ok(self.cells.get(&(source, bin as i32)).copied())
    }

    fn put_cell(&mut self, source: i64, bin: BinKey, cell: Option<&Cell>) -> Result<()> {
        match cell {
            None => self.gone_cells.push((source, bin as i32)),
            Some(c) => self.put_cells.push((source, bin as i32, *c)),
        }
        Ok(())
    }

    fn shape(&mut self, source: i64) -> Result<Option<(Vec<u8>, Vec<u8>)>> {
        Ok(self.shapes.remove(&source))
    }

    fn put_shape(&mut self, source: i64, blobs: Option<&(Vec<u8>, Vec<u8>)>) -> Result<()> {
        match blobs {
            None => self.gone_shapes.push(source),
            Some((points, horizons)) => {
                self.put_shapes
                    .push((source, points.clone(), horizons.clone()));
            }
        }
        Ok(())
    }
}

/// Writes `pending` into the kept sums in `tx` (see `PgKept`); `ahead`, the stored sums of
/// one source read at the write's start, stands for reading them again when that source
/// is the only one the write changed.
fn flush(tx: &mut Client, pending: &mut Pending, ahead: Option<KeptRows>) -> Result<()> {
    let sources = pending.sources();
    if sources.is_empty() {
        return Ok(());
    }
    let mut kept = match ahead {
        Some(rows) if sources == [rows.source] => PgKept {
            cells: rows.cells,
            shapes: rows.shape.map(|s| (rows.source, s)).into_iter().collect(),
            ..PgKept::default()
        },
        _ => PgKept::load(tx, &sources)?,
    };
    pending.flush_into(&mut kept)?;
    kept.write(tx)
}

/// The stored kept cells and shape of one source, read ahead by a write's first statement
/// (`write::Prefetched`): what `PgKept::load` would read for it. The kept sums change only
/// when a write flushes them, under the write lock, so they hold until this write's flush.
pub(crate) struct KeptRows {
    source: i64,
    cells: FxHashMap<(i64, i32), Cell>,
    shape: Option<(Vec<u8>, Vec<u8>)>,
}

impl KeptRows {
    /// A source with no kept sums stored (one this write created).
    pub(crate) fn none(source: i64) -> KeptRows {
        KeptRows {
            source,
            cells: FxHashMap::default(),
            shape: None,
        }
    }

    /// From the columns `at` on of `row`: the cells' `bin`, `n`, `hits`, `sum_p`,
    /// `sum_brier` and `sum_log` as arrays (NULL for none), then the shape's two blobs.
    pub(crate) fn from_arrays(row: &postgres::Row, at: usize, source: i64) -> Result<KeptRows> {
        let bins: Vec<i32> = row.get::<_, Option<Vec<i32>>>(at).unwrap_or_default();
        let n: Vec<i64> = row.get::<_, Option<Vec<i64>>>(at + 1).unwrap_or_default();
        let hits: Vec<i64> = row.get::<_, Option<Vec<i64>>>(at + 2).unwrap_or_default();
        let sums = |i: usize| -> Vec<Vec<u8>> {
            row.get::<_, Option<Vec<Vec<u8>>>>(at + i)
                .unwrap_or_default()
        };
        let (p, b, l) = (sums(3), sums(4), sums(5));
        let sum = |bytes: &[u8]| {
            crate::score::Sum::from_bytes(bytes).ok_or_else(|| {
                crate::error::Error::Other(
                    "the kept report sums are damaged (an exact sum does not decode)".into(),
                )
            })
        };
        let mut cells = FxHashMap::default();
        for i in 0..bins.len() {
            let cell = Cell {
                n: n[i],
                hits: hits[i],
                sum_p: sum(&p[i])?,
                sum_brier: sum(&b[i])?,
                sum_log: sum(&l[i])?,
            };
            cells.insert((source, bins[i]), cell);
        }
        let points: Option<Vec<u8>> = row.get(at + 6);
        let horizons: Option<Vec<u8>> = row.get(at + 7);
        Ok(KeptRows {
            source,
            cells,
            shape: points.zip(horizons),
        })
    }
}

impl PgWriter<'_> {
    /// Writes the pending kept-sum changes into the transaction.
    pub(super) fn flush_kept(&mut self) -> Result<()> {
        let ahead = self.ahead.kept.take();
        flush(&mut self.tx, &mut self.kept, ahead)
    }

    /// The state the kept sums hold for forecast `id`, if it is current (SQLite's
    /// `counted`).
    pub(super) fn counted(&mut self, id: i64) -> Result<Option<Counted>> {
        let row = self
            .tx
            .query_typed_opt(
                &format!(
                    "SELECT source_id, probability, outcome, supersedes IS NOT NULL, logged_late,
                            (SELECT count(*) FROM resolutions r WHERE r.forecast_id = f.id) > 1,
                            {HORIZON}
                     FROM forecasts f WHERE id = $1 AND superseded_by IS NULL"
                ),
                &[p(&id)],
            )
            .map_err(pg("reading a forecast"))?;
        row.as_ref().map(counted_from_row).transpose()
    }
}

/// Counts the kept sums again from the rows, in `tx` (a ledger migrated across a version
/// that changed what they hold): the old sums are deleted, the rows read a page at a time
/// and counted by the same Rust as SQLite's `kept::build`.
pub(crate) fn rebuild_kept_sums(tx: &mut Client) -> Result<()> {
    tx.batch_execute(
        "DELETE FROM source_totals; DELETE FROM source_bin_sums; DELETE FROM source_shapes",
    )
    .map_err(pg("clearing the kept sums"))?;
    let mut fresh = Pending::default();
    let sql = dialect(&recompute_sql(HORIZON));
    // Streamed a row at a time (`query_raw`), so memory stays flat at a million forecasts.
    let what = "recounting the kept sums";
    let none: [&(dyn postgres::types::ToSql + Sync); 0] = [];
    {
        let mut rows = tx.query_raw(&sql, none).map_err(pg(what))?;
        while let Some(r) = rows.next().map_err(pg(what))? {
            fresh.count(&counted_from_row(&r)?, 1);
        }
    }
    flush(tx, &mut fresh, None)
}
