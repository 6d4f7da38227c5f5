//! Kept sums: per-source counts, per-source, per-bin exact score sums, and per source the
//! forecasts counted by distinct probability and by horizon (its "shape": all that AUC,
//! discrimination, the CORP terms, the Brier interval and the median horizon need), over
//! every current (not superseded) forecast, so the default report reads O(sources x
//! distinct values) instead of scanning the ledger. Every write that logs, resolves or
//! corrects a forecast adds its change to a pending delta, applied in the same transaction
//! just before it commits. Migrations 3 and 7 build the sums from the rows; `verify`
//! rebuilds them and compares.
//!
//! The sums cover resolved forecasts whether or not their deadline has passed; a report
//! takes out the few resolved before their deadline (an index finds them) and counts open
//! and due forecasts from the index of unresolved deadlines.

use super::cols::Cols;
use super::{SqliteStore, SqliteWriter};
use crate::error::Error;
use crate::error::Result;
use crate::model::Outcome;
use crate::report::rows::{kept_bins, KeptSums, Totals};
use crate::score::{BinKey, Cell, Sum};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;

/// A current forecast as the kept sums count it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Counted {
    pub source_id: i64,
    pub probability: f64,
    pub outcome: Option<Outcome>,
    /// A corrected version of an earlier forecast.
    pub corrected: bool,
    /// Its outcome was changed after it was first resolved (it has more than one resolution).
    pub amended: bool,
    /// Logged after its deadline or after an outcome for it was known.
    pub late: bool,
    /// Deadline - made_on, in days.
    pub horizon: i64,
}

impl Counted {
    /// The same forecast once resolved `outcome` (a second resolution is an amendment).
    pub fn resolved(self, outcome: Outcome) -> Counted {
        Counted {
            outcome: Some(outcome),
            amended: self.amended || self.outcome.is_some(),
            ..self
        }
    }
}

/// Deadline - made_on in days, as SQL computes it from the ISO dates of a row of `f`.
pub(super) const HORIZON_SQL: &str =
    "CAST(julianday(f.deadline) - julianday(f.made_on) AS INTEGER)";

/// A source's forecasts by distinct probability (its bits: for p in [0, 1] they order like
/// the values) -> (how many, how many came true), and by horizon in days -> how many.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Shape {
    points: BTreeMap<u64, (i64, i64)>,
    horizons: BTreeMap<i64, i64>,
}

/// A change to one source's `Shape` being counted: the same counts in hash maps, which a
/// million rows reach in one probe each (the ordered maps of `Shape` took a walk down a
/// tree of nodes per row, a sixth of a 1M import's CPU); ordered when written or compared.
#[derive(Debug, Clone, Default)]
struct ShapeChange {
    points: FxHashMap<u64, (i64, i64)>,
    horizons: FxHashMap<i64, i64>,
}

impl ShapeChange {
    /// The change as a `Shape`, its entries that cancelled out left out.
    fn sorted(&self) -> Shape {
        Shape {
            points: self
                .points
                .iter()
                .filter(|(_, c)| **c != (0, 0))
                .map(|(k, c)| (*k, *c))
                .collect(),
            horizons: self
                .horizons
                .iter()
                .filter(|(_, n)| **n != 0)
                .map(|(d, n)| (*d, *n))
                .collect(),
        }
    }
}

impl From<Shape> for ShapeChange {
    fn from(shape: Shape) -> Self {
        ShapeChange {
            points: shape.points.into_iter().collect(),
            horizons: shape.horizons.into_iter().collect(),
        }
    }
}

impl Shape {
    fn merge(&mut self, other: &Shape) {
        for (k, (n, hits)) in &other.points {
            let c = self.points.entry(*k).or_default();
            c.0 += n;
            c.1 += hits;
            if *c == (0, 0) {
                self.points.remove(k);
            }
        }
        for (d, n) in &other.horizons {
            let c = self.horizons.entry(*d).or_default();
            *c += n;
            if *c == 0 {
                self.horizons.remove(d);
            }
        }
    }

    fn is_empty(&self) -> bool {
        self.points.is_empty() && self.horizons.is_empty()
    }

    /// The two blobs migration 7 describes.
    fn encode(&self) -> (Vec<u8>, Vec<u8>) {
        let mut points = Vec::with_capacity(self.points.len() * 24);
        for (bits, (n, hits)) in &self.points {
            points.extend_from_slice(&bits.to_le_bytes());
            points.extend_from_slice(&n.to_le_bytes());
            points.extend_from_slice(&hits.to_le_bytes());
        }
        let mut horizons = Vec::with_capacity(self.horizons.len() * 16);
        for (d, n) in &self.horizons {
            horizons.extend_from_slice(&d.to_le_bytes());
            horizons.extend_from_slice(&n.to_le_bytes());
        }
        (points, horizons)
    }
}

/// Reads the little-endian 8-byte words of a blob of `W`-word records (no allocation per
/// record: a 1M-forecast ledger's shapes are some 320,000 records, read on every report).
fn records<const W: usize>(blob: &[u8]) -> Result<impl ExactSizeIterator<Item = [u64; W]> + '_> {
    if blob.len() % (8 * W) != 0 {
        return Err(Error::Other(
            "the kept probability and horizon counts are damaged (a record is cut short)".into(),
        ));
    }
    Ok(blob.chunks_exact(8 * W).map(|rec| {
        let mut words = [0u64; W];
        for (word, bytes) in words.iter_mut().zip(rec.chunks_exact(8)) {
            *word = u64::from_le_bytes(bytes.try_into().unwrap_or_default());
        }
        words
    }))
}

/// One source's shape as stored: points (p, n, hits) by increasing p and horizons (days,
/// n) by increasing days.
pub(super) type Stored = (Vec<(f64, i64, i64)>, Vec<(i64, i64)>);

fn decode(points: &[u8], horizons: &[u8]) -> Result<Stored> {
    let points = records::<3>(points)?
        .map(|[p, n, hits]| (f64::from_bits(p), n as i64, hits as i64))
        .collect();
    let horizons = records::<2>(horizons)?
        .map(|[d, n]| (d as i64, n as i64))
        .collect();
    Ok((points, horizons))
}

fn shape_of(stored: Stored) -> Shape {
    Shape {
        points: stored
            .0
            .into_iter()
            .map(|(p, n, hits)| (p.to_bits(), (n, hits)))
            .collect(),
        horizons: stored.1.into_iter().collect(),
    }
}

/// One source's stored shape from a row of (source_id, points, horizons).
pub(super) fn shape_row(r: &impl Cols) -> Result<(i64, Stored)> {
    Ok((r.int(0)?, decode(r.bytes(1)?, r.bytes(2)?)?))
}

/// Adds one source's stored shape, from a row of (source_id, points, horizons), to `out`'s
/// points and horizons, decoded straight from the row (what `kept_from` makes of a
/// `shape_row`, without the copies between).
pub(super) fn add_shape_row(out: &mut KeptSums, r: &impl Cols) -> Result<()> {
    let source = r.int(0)?;
    let points = records::<3>(r.bytes(1)?)?;
    out.points.reserve(points.len());
    out.points.extend(points.map(|[p, n, hits]| {
        (
            source,
            f64::from_bits(p),
            (n as i64).unsigned_abs(),
            (hits as i64).unsigned_abs(),
        )
    }));
    let horizons = records::<2>(r.bytes(2)?)?;
    out.horizons.reserve(horizons.len());
    out.horizons
        .extend(horizons.map(|[d, n]| (source, d as i64, (n as i64).unsigned_abs())));
    Ok(())
}

fn read_shapes(conn: &Connection) -> Result<Vec<(i64, Stored)>> {
    let mut stmt = conn.prepare(SHAPES_SQL)?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(shape_row(r)?);
    }
    Ok(out)
}

/// The kept sums' three tables, read whole (`?N`-free, so one text for both backends),
/// in key order.
pub(super) const SHAPES_SQL: &str =
    "SELECT source_id, points, horizons FROM source_shapes ORDER BY source_id";
pub(super) const TOTALS_SQL: &str =
    "SELECT source_id, forecasts, void, corrections, amended, late FROM source_totals ORDER BY source_id";
pub(super) const CELLS_SQL: &str =
    "SELECT n, hits, sum_p, sum_brier, sum_log, source_id, bin FROM source_bin_sums ORDER BY source_id, bin";

/// Changes not yet written: what each source's counts and cells gain or lose.
#[derive(Debug, Default)]
pub(crate) struct Pending {
    totals: FxHashMap<i64, Totals>,
    cells: FxHashMap<(i64, BinKey), Cell>,
    shapes: FxHashMap<i64, ShapeChange>,
    /// `Cell::of` by (probability bits, hit), computed once per distinct probability (it
    /// takes a logarithm and three exact conversions; an import counts a million rows over
    /// a few hundred probabilities).
    ones: FxHashMap<(u64, bool), (BinKey, Cell)>,
}

impl Pending {
    /// Adds (`sign` 1) or takes out (`sign` -1) one forecast's part in the sums.
    pub fn count(&mut self, f: &Counted, sign: i64) {
        let t = self.totals.entry(f.source_id).or_default();
        t.forecasts += sign;
        t.corrections += sign * i64::from(f.corrected);
        t.amended += sign * i64::from(f.amended);
        t.late += sign * i64::from(f.late);
        let shape = self.shapes.entry(f.source_id).or_default();
        *shape.horizons.entry(f.horizon).or_default() += sign;
        self.count_outcome(f, sign);
    }

    /// Forecast `before` resolved `outcome`: what `count(before, -1)` then counting it
    /// resolved do, in one step when it was open (then only its outcome's part changes; the
    /// counts that cancel out are never written either way).
    pub fn resolve(&mut self, before: &Counted, outcome: Outcome) {
        let after = before.resolved(outcome);
        if before.outcome.is_some() {
            self.count(before, -1);
            self.count(&after, 1);
        } else {
            self.count_outcome(&after, 1);
        }
    }

    /// The part of a resolved forecast's count that depends on its outcome.
    fn count_outcome(&mut self, f: &Counted, sign: i64) {
        match f.outcome {
            None => {}
            Some(Outcome::Void) => self.totals.entry(f.source_id).or_default().void += sign,
            Some(o) => {
                let shape = self.shapes.entry(f.source_id).or_default();
                let hit = o == Outcome::True;
                // -0.0 and 0.0 are one probability (as `score::Points` counts them).
                let point = shape
                    .points
                    .entry((f.probability + 0.0).to_bits())
                    .or_default();
                point.0 += sign;
                point.1 += sign * i64::from(hit);
                if self.ones.len() > 65_536 {
                    self.ones.clear();
                }
                let (bin, one) = *self
                    .ones
                    .entry((f.probability.to_bits(), hit))
                    .or_insert_with(|| {
                        (kept_bins().key(f.probability), Cell::of(f.probability, hit))
                    });
                let cell = self.cells.entry((f.source_id, bin)).or_default();
                if sign > 0 {
                    cell.merge(&one);
                } else {
                    cell.unmerge(&one);
                }
            }
        }
    }

    /// Adds the changes of `other` (counted elsewhere, e.g. on `counter`'s thread) to
    /// these. Every count and sum adds exactly, so the result is the same as counting the
    /// forecasts of both here, in any order.
    pub fn merge(&mut self, other: Pending) {
        if self.entries() == 0 {
            let ones = std::mem::take(&mut self.ones);
            *self = other;
            self.ones = ones;
            return;
        }
        for (source, t) in other.totals {
            let mine = self.totals.entry(source).or_default();
            mine.forecasts += t.forecasts;
            mine.void += t.void;
            mine.corrections += t.corrections;
            mine.amended += t.amended;
            mine.late += t.late;
        }
        for (key, cell) in other.cells {
            self.cells.entry(key).or_default().merge(&cell);
        }
        for (source, shape) in other.shapes {
            let mine = self.shapes.entry(source).or_default();
            for (p, (n, hits)) in shape.points {
                let c = mine.points.entry(p).or_default();
                c.0 += n;
                c.1 += hits;
            }
            for (d, n) in shape.horizons {
                *mine.horizons.entry(d).or_default() += n;
            }
        }
    }

    /// How many entries the pending changes hold (sources, cells, distinct probabilities
    /// and horizons): what they cost in memory, however many rows were counted into them.
    pub fn entries(&self) -> usize {
        self.totals.len()
            + self.cells.len()
            + self
                .shapes
                .values()
                .map(|s| s.points.len() + s.horizons.len())
                .sum::<usize>()
    }

    /// The sources whose sums have pending changes, in id order (a backend that writes in
    /// batches reads their stored sums first).
    pub fn sources(&self) -> Vec<i64> {
        let mut out: Vec<i64> = self
            .totals
            .keys()
            .chain(self.shapes.keys())
            .chain(self.cells.keys().map(|(s, _)| s))
            .copied()
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Writes the pending changes into SQLite and clears them.
    pub fn flush(&mut self, conn: &Connection) -> Result<()> {
        self.flush_into(&mut SqliteKept(conn))
    }

    /// Writes the pending changes through `tables` (either backend) and clears them: each
    /// source's totals are added, each changed cell and shape is read, merged with its
    /// change here, and written back, or deleted when nothing is left in it.
    pub fn flush_into(&mut self, tables: &mut impl KeptTables) -> Result<()> {
        for (source, t) in self.totals.drain() {
            if t != Totals::default() {
                tables.add_totals(source, &t)?;
            }
        }
        for ((source, bin), change) in self.cells.drain() {
            if change.is_empty() {
                continue;
            }
            let mut cell = tables.cell(source, bin)?.unwrap_or_default();
            cell.merge(&change);
            tables.put_cell(source, bin, (!cell.is_empty()).then_some(&cell))?;
        }
        for (source, change) in self.shapes.drain() {
            let change = change.sorted();
            if change.is_empty() {
                continue;
            }
            let stored = match tables.shape(source)? {
                Some((points, horizons)) => Some(decode(&points, &horizons)?),
                None => None,
            };
            let mut shape = stored.map(shape_of).unwrap_or_default();
            shape.merge(&change);
            let blobs = (!shape.is_empty()).then(|| shape.encode());
            tables.put_shape(source, blobs.as_ref())?;
        }
        Ok(())
    }
}

/// Where the kept sums are stored: the statements `Pending::flush_into` needs, one
/// implementation per backend (SQLite below, PostgreSQL in `pg/kept.rs`).
pub(crate) trait KeptTables {
    /// Adds `t` to the source's totals (a row is created at zero first).
    fn add_totals(&mut self, source: i64, t: &Totals) -> Result<()>;
    /// The stored cell of `(source, bin)`.
    fn cell(&mut self, source: i64, bin: BinKey) -> Result<Option<Cell>>;
    /// Stores the cell, or deletes it (`None`).
    fn put_cell(&mut self, source: i64, bin: BinKey, cell: Option<&Cell>) -> Result<()>;
    /// The stored shape blobs (points, horizons) of a source.
    fn shape(&mut self, source: i64) -> Result<Option<(Vec<u8>, Vec<u8>)>>;
    /// Stores the shape blobs, or deletes the row (`None`).
    fn put_shape(&mut self, source: i64, blobs: Option<&(Vec<u8>, Vec<u8>)>) -> Result<()>;
}

/// The kept sums in an SQLite ledger.
struct SqliteKept<'a>(&'a Connection);

impl KeptTables for SqliteKept<'_> {
    fn add_totals(&mut self, source: i64, t: &Totals) -> Result<()> {
        self.0.prepare_cached(ADD_TOTALS)?.execute(params![
            source,
            t.forecasts,
            t.void,
            t.corrections,
            t.amended,
            t.late
        ])?;
        Ok(())
    }

    fn cell(&mut self, source: i64, bin: BinKey) -> Result<Option<Cell>> {
        let mut stmt = self.0.prepare_cached(
            "SELECT n, hits, sum_p, sum_brier, sum_log FROM source_bin_sums WHERE source_id = ?1 AND bin = ?2",
        )?;
        let mut rows = stmt.query(params![source, bin])?;
        rows.next()?.map(read_cell).transpose()
    }

    fn put_cell(&mut self, source: i64, bin: BinKey, cell: Option<&Cell>) -> Result<()> {
        match cell {
            None => self
                .0
                .prepare_cached("DELETE FROM source_bin_sums WHERE source_id = ?1 AND bin = ?2")?
                .execute(params![source, bin])?,
            Some(cell) => self
                .0
                .prepare_cached(
                    "INSERT OR REPLACE INTO source_bin_sums (source_id, bin, n, hits, sum_p, sum_brier, sum_log)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                )?
                .execute(params![
                    source,
                    bin,
                    cell.n,
                    cell.hits,
                    cell.sum_p.to_bytes(),
                    cell.sum_brier.to_bytes(),
                    cell.sum_log.to_bytes()
                ])?,
        };
        Ok(())
    }

    fn shape(&mut self, source: i64) -> Result<Option<(Vec<u8>, Vec<u8>)>> {
        Ok(self
            .0
            .prepare_cached("SELECT points, horizons FROM source_shapes WHERE source_id = ?1")?
            .query_row([source], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    fn put_shape(&mut self, source: i64, blobs: Option<&(Vec<u8>, Vec<u8>)>) -> Result<()> {
        match blobs {
            None => self
                .0
                .prepare_cached("DELETE FROM source_shapes WHERE source_id = ?1")?
                .execute([source])?,
            Some((points, horizons)) => self
                .0
                .prepare_cached(
                    "INSERT OR REPLACE INTO source_shapes (source_id, points, horizons) VALUES (?1, ?2, ?3)",
                )?
                .execute(params![source, points, horizons])?,
        };
        Ok(())
    }
}

/// Adds to a source's totals, creating its row: the same text on both backends (`?N`).
pub(crate) const ADD_TOTALS: &str =
    "INSERT INTO source_totals (source_id, forecasts, void, corrections, amended, late)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6)
     ON CONFLICT (source_id) DO UPDATE SET forecasts = source_totals.forecasts + excluded.forecasts,
         void = source_totals.void + excluded.void,
         corrections = source_totals.corrections + excluded.corrections,
         amended = source_totals.amended + excluded.amended, late = source_totals.late + excluded.late";

/// A kept cell from a row (n, hits, sum_p, sum_brier, sum_log) of either backend.
pub(crate) fn read_cell(r: &impl Cols) -> Result<Cell> {
    let sum = |i: usize| -> Result<Sum> {
        Sum::from_bytes(r.bytes(i)?).ok_or_else(|| {
            Error::Other("the kept report sums are damaged (an exact sum does not decode)".into())
        })
    };
    Ok(Cell {
        n: r.int(0)?,
        hits: r.int(1)?,
        sum_p: sum(2)?,
        sum_brier: sum(3)?,
        sum_log: sum(4)?,
    })
}

/// A source's kept counts from a row of `TOTALS_SQL`.
pub(super) fn totals_row(r: &impl Cols) -> Result<(i64, Totals)> {
    Ok((
        r.int(0)?,
        Totals {
            forecasts: r.int(1)?,
            void: r.int(2)?,
            corrections: r.int(3)?,
            amended: r.int(4)?,
            late: r.int(5)?,
        },
    ))
}

/// A kept cell from a row of `CELLS_SQL`.
pub(super) fn cell_row(r: &impl Cols) -> Result<(i64, BinKey, Cell)> {
    Ok((r.int(5)?, r.int(6)?, read_cell(r)?))
}

fn read_all<T>(conn: &Connection, sql: &str, f: fn(&rusqlite::Row) -> Result<T>) -> Result<Vec<T>> {
    let mut stmt = conn.prepare(sql)?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(f(r)?);
    }
    Ok(out)
}

fn read_totals(conn: &Connection) -> Result<Vec<(i64, Totals)>> {
    read_all(conn, TOTALS_SQL, |r| totals_row(r))
}

fn read_cells(conn: &Connection) -> Result<Vec<(i64, BinKey, Cell)>> {
    read_all(conn, CELLS_SQL, |r| cell_row(r))
}

/// An early resolved forecast (source, p, came true) from a row of the kept-sums query.
pub(super) fn early_row(r: &impl Cols) -> Result<(i64, f64, bool)> {
    Ok((r.int(0)?, r.real(1)?, r.flag(2)?))
}

/// Unresolved forecasts (source, due, how many) from a row of the kept-sums query.
pub(super) fn unresolved_row(r: &impl Cols) -> Result<(i64, bool, i64)> {
    Ok((r.int(0)?, r.flag(1)?, r.int(2)?))
}

/// The sums of a `Pending` in key order, what cancelled out left out: two that hold the
/// same sums compare equal.
type Normalized = (
    BTreeMap<i64, Totals>,
    BTreeMap<(i64, BinKey), Cell>,
    BTreeMap<i64, Shape>,
);

impl Pending {
    fn normalized(&self) -> Normalized {
        let p = self;
        let t: BTreeMap<i64, Totals> = p
            .totals
            .iter()
            .filter(|(_, t)| **t != Totals::default())
            .map(|(k, v)| (*k, *v))
            .collect();
        let c: BTreeMap<(i64, BinKey), Cell> = p
            .cells
            .iter()
            .filter(|(_, c)| !c.is_empty())
            .map(|(k, v)| (*k, *v))
            .collect();
        let mut h: BTreeMap<i64, Shape> = BTreeMap::new();
        for (k, v) in &p.shapes {
            let shape = v.sorted();
            if !shape.is_empty() {
                h.insert(*k, shape);
            }
        }
        (t, c, h)
    }
}

/// The first source whose stored sums differ from `fresh` (a recomputation), if any.
pub(super) fn first_difference(
    fresh: &Pending,
    totals: Vec<(i64, Totals)>,
    cells: Vec<(i64, BinKey, Cell)>,
    shapes: Vec<(i64, Stored)>,
) -> Option<i64> {
    let stored = Pending {
        totals: totals.into_iter().collect(),
        cells: cells.into_iter().map(|(s, k, c)| ((s, k), c)).collect(),
        shapes: shapes
            .into_iter()
            .map(|(s, stored)| (s, ShapeChange::from(shape_of(stored))))
            .collect(),
        ones: FxHashMap::default(),
    };
    let norm = Pending::normalized;
    let (ft, fc, fh) = norm(fresh);
    let (st, sc, sh) = norm(&stored);
    let first_h = fh
        .keys()
        .chain(sh.keys())
        .filter(|k| fh.get(k) != sh.get(k))
        .min();
    let first_t = ft
        .keys()
        .chain(st.keys())
        .filter(|k| ft.get(k) != st.get(k))
        .min();
    let first_c = fc
        .keys()
        .chain(sc.keys())
        .filter(|k| fc.get(k) != sc.get(k))
        .map(|(s, _)| s)
        .min();
    first_t
        .into_iter()
        .chain(first_c)
        .chain(first_h)
        .min()
        .copied()
}

impl SqliteStore {
    /// The kept sums, and what today's date takes out of them.
    pub fn kept_sums(&self, today: NaiveDate) -> Result<KeptSums> {
        let conn = self.conn();
        let today = today.to_string();
        let mut out = KeptSums {
            totals: read_totals(conn)?,
            cells: read_cells(conn)?,
            ..Default::default()
        };
        let mut stmt = conn.prepare(SHAPES_SQL)?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            add_shape_row(&mut out, r)?;
        }
        let mut stmt = conn.prepare(
            "SELECT source_id, probability, outcome = 'true' FROM forecasts INDEXED BY forecasts_resolved_deadline
             WHERE outcome IN ('true', 'false') AND superseded_by IS NULL AND deadline >= ?1",
        )?;
        let mut rows = stmt.query([&today])?;
        while let Some(r) = rows.next()? {
            out.early.push(early_row(r)?);
        }
        let mut stmt = conn.prepare(
            // Named, or the planner walks the whole table in source order for the GROUP BY.
            "SELECT source_id, deadline < ?1, count(*) FROM forecasts INDEXED BY forecasts_unresolved_deadline
             WHERE outcome IS NULL AND superseded_by IS NULL GROUP BY 1, 2",
        )?;
        let mut rows = stmt.query([&today])?;
        while let Some(r) = rows.next()? {
            out.unresolved.push(unresolved_row(r)?);
        }
        Ok(out)
    }

    /// Whether the kept sums equal a recomputation from the rows; the first source that
    /// differs otherwise.
    pub(super) fn kept_sums_differ(&self) -> Result<Option<i64>> {
        kept_sums_differ_in(self.conn())
    }
}

/// `kept_sums_differ` on any connection to the ledger (`verify` runs it on a second one).
pub(super) fn kept_sums_differ_in(conn: &Connection) -> Result<Option<i64>> {
    recount_differs(conn, recompute(conn)?)
}

/// The first source whose stored sums differ from `fresh`, a recomputation (`Recount` or
/// `recompute`).
pub(super) fn recount_differs(conn: &Connection, fresh: impl Into<Pending>) -> Result<Option<i64>> {
    let fresh = fresh.into();
    Ok(first_difference(
        &fresh,
        read_totals(conn)?,
        read_cells(conn)?,
        read_shapes(conn)?,
    ))
}

/// The sums as the rows give them, computed from scratch.
///
/// The forecasts with more than one resolution (amended) come from one pass over the
/// resolutions' forecast index into a set, instead of a join with a grouped subquery
/// (three quarters of this recomputation's time at a million forecasts), and the rows are
/// counted by `Recount`; the result is what `recompute_sql`'s rows counted one by one
/// into a `Pending` give (`recount_counts_what_pending_counts`).
fn recompute(conn: &Connection) -> Result<Pending> {
    let mut amended = rustc_hash::FxHashSet::default();
    let mut stmt = conn
        .prepare("SELECT forecast_id FROM resolutions GROUP BY forecast_id HAVING count(*) > 1")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        amended.insert(r.get::<_, i64>(0)?);
    }
    let mut recount = Recount::default();
    let mut stmt = conn.prepare(&format!(
        "SELECT f.id, f.source_id, f.probability, f.outcome, f.supersedes IS NOT NULL, f.logged_late,
                {HORIZON_SQL}
         FROM forecasts f WHERE f.superseded_by IS NULL"
    ))?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        recount.count(&Counted {
            source_id: r.int(1)?,
            probability: r.real(2)?,
            outcome: r.outcome(3)?,
            corrected: r.flag(4)?,
            late: r.flag(5)?,
            amended: amended.contains(&r.int(0)?),
            horizon: r.int(6)?,
        });
    }
    Ok(recount.into_pending())
}

/// Source ids below this are counted in `Recount`'s flat slots (a ledger's sources are
/// numbered from 1; others, only a hand edit makes, go through a `Pending`).
const SLOTS: i64 = 1 << 20;

/// Every current forecast counted from scratch, as `Pending::count(f, 1)` counts it, with
/// the work per row cut down: a source's counts sit in a slot found by its id, and its
/// counts by horizon and by probability in arrays indexed by the horizon in days and by
/// the probability's number in order met (no hash look-up per row: at a million rows over
/// a thousand sources, probing two hash maps a row missed the cache several times a row and
/// was most of this recount's time); the bin cells (a logarithm and exact sums per
/// forecast) are derived from the counts by probability at the end, once per source and
/// distinct probability. The cells come out the same as added row by row: their sums are
/// exact integers, so order and grouping do not change them.
#[derive(Debug, Default)]
pub(super) struct Recount {
    slots: Vec<Option<SourceCount>>,
    /// Each distinct probability met (its bits, -0.0 as 0.0) -> its number.
    numbers: FxHashMap<u64, u32>,
    /// The probabilities by number.
    probabilities: Vec<u64>,
    others: Pending,
}

/// Horizons (days) from 0 to below this are counted in a source's array; others (only a
/// hand edit makes a negative one) in its map.
const DENSE_DAYS: i64 = 1 << 16;

#[derive(Debug, Default)]
struct SourceCount {
    totals: Totals,
    /// How many by horizon in days.
    horizons: Vec<i64>,
    far: FxHashMap<i64, i64>,
    /// (how many, how many came true) by probability number.
    points: Vec<(i64, i64)>,
}

impl Recount {
    pub(super) fn count(&mut self, f: &Counted) {
        let Some(slot) = usize::try_from(f.source_id)
            .ok()
            .filter(|_| f.source_id < SLOTS)
        else {
            self.others.count(f, 1);
            return;
        };
        if slot >= self.slots.len() {
            self.slots.resize_with(slot + 1, || None);
        }
        let c = self.slots[slot].get_or_insert_with(SourceCount::default);
        c.totals.forecasts += 1;
        c.totals.corrections += i64::from(f.corrected);
        c.totals.amended += i64::from(f.amended);
        c.totals.late += i64::from(f.late);
        match usize::try_from(f.horizon)
            .ok()
            .filter(|_| f.horizon < DENSE_DAYS)
        {
            Some(days) => {
                if days >= c.horizons.len() {
                    c.horizons.resize(days + 1, 0);
                }
                c.horizons[days] += 1;
            }
            None => *c.far.entry(f.horizon).or_default() += 1,
        }
        match f.outcome {
            None => {}
            Some(Outcome::Void) => c.totals.void += 1,
            Some(o) => {
                // -0.0 and 0.0 are one probability (as `Pending::count_outcome` counts them).
                let bits = (f.probability + 0.0).to_bits();
                let next = self.probabilities.len() as u32;
                let number = *self.numbers.entry(bits).or_insert(next) as usize;
                if number == self.probabilities.len() {
                    self.probabilities.push(bits);
                }
                if number >= c.points.len() {
                    c.points.resize(number + 1, (0, 0));
                }
                let point = &mut c.points[number];
                point.0 += 1;
                point.1 += i64::from(o == Outcome::True);
            }
        }
    }

    fn into_pending(self) -> Pending {
        let mut pending = self.others;
        for (id, c) in self.slots.into_iter().enumerate() {
            let Some(c) = c else { continue };
            let id = id as i64;
            let t = pending.totals.entry(id).or_default();
            t.forecasts += c.totals.forecasts;
            t.void += c.totals.void;
            t.corrections += c.totals.corrections;
            t.amended += c.totals.amended;
            t.late += c.totals.late;
            let points = c
                .points
                .iter()
                .zip(&self.probabilities)
                .filter(|((n, _), _)| *n > 0)
                .map(|(&(n, hits), &bits)| (bits, n, hits));
            for (bits, n, hits) in points.clone() {
                let p = f64::from_bits(bits);
                let cell = pending.cells.entry((id, kept_bins().key(p))).or_default();
                for (hit, times) in [(true, hits), (false, n - hits)] {
                    let one = Cell::of(p, hit);
                    for _ in 0..times {
                        cell.merge(&one);
                    }
                }
            }
            let shape = pending.shapes.entry(id).or_default();
            for (bits, n, hits) in points {
                let point = shape.points.entry(bits).or_default();
                point.0 += n;
                point.1 += hits;
            }
            let dense = c
                .horizons
                .iter()
                .enumerate()
                .filter(|(_, n)| **n > 0)
                .map(|(days, n)| (days as i64, *n));
            for (days, n) in dense.chain(c.far) {
                *shape.horizons.entry(days).or_default() += n;
            }
        }
        pending
    }
}

impl From<Recount> for Pending {
    fn from(recount: Recount) -> Pending {
        recount.into_pending()
    }
}

/// The query `recompute` reads (see `counted_from_row`), with `horizon` the dialect's
/// expression of deadline - made_on in days.
pub(super) fn recompute_sql(horizon: &str) -> String {
    format!(
        "SELECT f.source_id, f.probability, f.outcome, f.supersedes IS NOT NULL, f.logged_late,
                coalesce(a.n, 0) > 1, {horizon}
         FROM forecasts f
         LEFT JOIN (SELECT forecast_id, count(*) AS n FROM resolutions GROUP BY forecast_id) a
           ON a.forecast_id = f.id
         WHERE f.superseded_by IS NULL"
    )
}

/// A `Counted` from (source_id, probability, outcome, supersedes IS NOT NULL, logged_late,
/// more than one resolution, horizon in days).
pub(super) fn counted_from_row(r: &impl Cols) -> Result<Counted> {
    Ok(Counted {
        source_id: r.int(0)?,
        probability: r.real(1)?,
        outcome: r.outcome(2)?,
        corrected: r.flag(3)?,
        late: r.flag(4)?,
        amended: r.flag(5)?,
        horizon: r.int(6)?,
    })
}

/// Builds the kept sums of a ledger that has none yet (migration 3).
pub(super) fn build(conn: &Connection) -> Result<()> {
    recompute(conn)?.flush(conn)
}

/// The columns of a row of `forecasts f` that `counted_from_row` reads, in its order
/// (seven columns, the first of a SELECT).
pub(super) fn counted_columns() -> String {
    counted_columns_with(HORIZON_SQL)
}

/// `counted_columns` with the dialect's deadline - made_on in days (`horizon`).
pub(crate) fn counted_columns_with(horizon: &str) -> String {
    format!(
        "f.source_id, f.probability, f.outcome, f.supersedes IS NOT NULL, f.logged_late,
         (SELECT count(*) FROM resolutions r WHERE r.forecast_id = f.id) > 1, {horizon}"
    )
}

/// `counted_columns_with` for the forecasts a question outcome reads to resolve: the
/// amended flag (more than one resolution) is looked up only for a forecast with a current
/// resolution, since `resolution_id` is kept in step with a forecast's resolutions (none
/// without one; `verify` checks it), so an unresolved forecast costs no look-up in
/// `resolutions` (a CASE, whose branches are evaluated only when taken).
pub(crate) fn counted_columns_resolving(horizon: &str) -> String {
    format!(
        "f.source_id, f.probability, f.outcome, f.supersedes IS NOT NULL, f.logged_late,
         CASE WHEN f.resolution_id IS NULL THEN FALSE
              ELSE (SELECT count(*) FROM resolutions r WHERE r.forecast_id = f.id) > 1 END,
         {horizon}"
    )
}

impl SqliteWriter<'_> {
    /// The state the kept sums hold for forecast `id`, if it is current.
    pub(super) fn counted(&self, id: i64) -> Result<Option<Counted>> {
        let row = self
            .tx
            .prepare_cached(&format!(
                "SELECT {} FROM forecasts f WHERE id = ?1 AND superseded_by IS NULL",
                counted_columns()
            ))?
            .query([id])?
            .next()?
            .map(counted_from_row)
            .transpose()?;
        Ok(row)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Recount` gives the sums `Pending::count` gives row by row, for every kind of row:
    /// open, void, true and false, corrected, amended, late, -0.0 beside 0.0, the same
    /// probability many times, horizons repeated, and source ids outside the flat slots.
    #[test]
    fn recount_counts_what_pending_counts() {
        let mut pending = Pending::default();
        let mut recount = Recount::default();
        let outcomes = [
            None,
            Some(Outcome::True),
            Some(Outcome::False),
            Some(Outcome::Void),
        ];
        let mut n = 0u64;
        for source_id in [1, 2, 7, 300, -5, SLOTS, SLOTS + 3] {
            for i in 0..400i64 {
                n = n
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let probability = match i % 7 {
                    0 => 0.0,
                    1 => -0.0,
                    2 => 1.0,
                    3 => 0.35,
                    _ => (n >> 40) as f64 / (1u64 << 24) as f64,
                };
                let f = Counted {
                    source_id,
                    probability,
                    outcome: outcomes[(n >> 20) as usize % 4],
                    corrected: (n >> 30) % 5 == 0,
                    amended: (n >> 33) % 7 == 0,
                    late: (n >> 36) % 3 == 0,
                    // Negative, dense and far horizons (`DENSE_DAYS`).
                    horizon: match i % 11 {
                        0 => DENSE_DAYS + (n >> 45) as i64 % 3 - 1,
                        _ => (n >> 50) as i64 % 40 - 2,
                    },
                };
                pending.count(&f, 1);
                recount.count(&f);
            }
        }
        let (expected, got) = (pending.normalized(), recount.into_pending().normalized());
        assert_eq!(got.0, expected.0);
        assert_eq!(got.1, expected.1);
        assert_eq!(got.2, expected.2);
        assert_eq!(got.0.len(), 7);
    }
}
