//! The queries reports need: every selected forecast's source, probability, outcome and
//! whether its deadline has passed, streamed row by row so memory stays flat however large
//! the ledger is; and the same selection as market rows (question, deadline, date made,
//! stance) for market scoring, read in one query.

use super::Store;
use crate::error::{Error, Result};
use crate::model::Outcome;
use crate::report::rows::{MarketRow, ReportFilter, ScoreRow};
use chrono::NaiveDate;
use rusqlite::types::ValueRef;
use rusqlite::{params_from_iter, Connection, OptionalExtension};
use rustc_hash::FxHashMap;

impl Store {
    /// Every source's name, in name order.
    pub fn source_names(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT name FROM sources ORDER BY name")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Refuses a `--source` that names no source in the ledger, suggesting the nearest name.
    pub fn check_source(&self, name: &str) -> Result<()> {
        match super::forecasts::source_named(self.conn(), name)? {
            Some(_) => Ok(()),
            None => Err(self.unknown_source(name)?),
        }
    }

    /// A question key given as a filter names a question in the ledger (exit 2 otherwise,
    /// as `show` and `question` refuse an unknown key).
    pub fn check_question(&self, key: &str) -> Result<()> {
        match super::forecasts::question_id(self.conn(), key)? {
            Some(_) => Ok(()),
            None => Err(Error::QuestionNotFound {
                key: key.to_string(),
            }),
        }
    }

    /// Refuses a `--tag` that no forecast carries (tags compare case-insensitively), suggesting
    /// the nearest tag, as `check_source` does for sources.
    pub fn check_tag(&self, tag: &str) -> Result<()> {
        let tag = tag.trim();
        let found: Option<i64> = self
            .conn()
            .prepare_cached("SELECT 1 FROM forecast_tags WHERE tag = ?1 LIMIT 1")?
            .query_row([tag], |r| r.get(0))
            .optional()?;
        if found.is_some() {
            return Ok(());
        }
        let tags = self.report_tags()?;
        let hint = crate::model::names::did_you_mean(tag, tags.iter().map(String::as_str));
        Err(Error::invalid(
            format!("--tag `{tag}`"),
            format!("no forecast in the ledger carries that tag{hint}"),
        ))
    }

    fn unknown_source(&self, name: &str) -> Result<Error> {
        let names = self.source_names()?;
        let hint = crate::model::names::did_you_mean(name, names.iter().map(String::as_str));
        Ok(Error::invalid(
            format!("--source `{name}`"),
            format!("no source by that name in the ledger{hint}"),
        ))
    }

    /// Source ids and names for the filter, in name order. Unknown names are an error, and so
    /// is a `--tag` no forecast carries.
    pub fn report_sources(&self, filter: &ReportFilter) -> Result<Vec<(i64, String)>> {
        if let Some(tag) = &filter.tag {
            self.check_tag(tag)?;
        }
        let mut out = Vec::new();
        if filter.sources.is_empty() {
            let mut all = self
                .conn()
                .prepare("SELECT id, name FROM sources ORDER BY name")?;
            let rows = all.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            return Ok(rows.collect::<rusqlite::Result<_>>()?);
        }
        for name in &filter.sources {
            match super::forecasts::source_named(self.conn(), name)? {
                Some(s) if !out.iter().any(|(id, _)| *id == s.0) => out.push(s),
                Some(_) => {}
                None => return Err(self.unknown_source(name)?),
            }
        }
        Ok(out)
    }

    /// Scans the report rows in `parts` slices of the forecast ids at once, each on its own
    /// read connection and thread (WAL lets readers run side by side), folding each slice
    /// into an accumulator from `init`; returns the accumulators to merge. A small ledger, or
    /// one in memory, is scanned in one slice on this connection.
    pub fn scan_score_rows_parallel<T: Send>(
        &self,
        what: &Scan<'_>,
        slices: Slices,
        init: impl Fn() -> T + Sync,
        add: impl Fn(&mut T, ScoreRow) + Sync,
    ) -> Result<Vec<T>> {
        let (lo, hi): (Option<i64>, Option<i64>) =
            self.conn()
                .query_row("SELECT min(id), max(id) FROM forecasts", [], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?;
        let (Some(lo), Some(hi)) = (lo, hi) else {
            return Ok(vec![init()]);
        };
        let in_memory = self.path() == std::path::Path::new(":memory:") || !self.path().exists();
        let Slices { parts, min_rows } = slices;
        if parts <= 1 || in_memory || hi - lo < min_rows {
            let mut acc = init();
            scan(self.conn(), what, None, &mut |row| add(&mut acc, row))?;
            return Ok(vec![acc]);
        }
        let step = (hi - lo + parts as i64) / parts as i64;
        let path = self.path().to_path_buf();
        std::thread::scope(|scope| {
            let handles: Vec<_> = (0..parts as i64)
                .map(|k| {
                    let (from, to) = (lo + k * step, (lo + (k + 1) * step - 1).min(hi));
                    let (path, init, add) = (&path, &init, &add);
                    scope.spawn(move || -> Result<T> {
                        let conn = super::open_read_only(path)?;
                        conn.busy_timeout(std::time::Duration::from_secs(30))?;
                        let mut acc = init();
                        scan(&conn, what, Some((from, to)), &mut |row| add(&mut acc, row))?;
                        Ok(acc)
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join()
                        .unwrap_or_else(|_| Err(Error::Other("a report scan thread failed".into())))
                })
                .collect()
        })
    }
}

/// What a report scan reads: the forecasts `filter` selects (of `source_ids` when the
/// filter names sources), matured if their deadline is before `today`. With `tags` (the
/// ledger's tags, sorted case-insensitively, as `report_tags` gives them), each forecast
/// comes once per tag it has, with `tag` its index in `tags`, or once with `tag` `None`
/// when it has none.
#[derive(Debug, Clone, Copy)]
pub struct Scan<'a> {
    pub filter: &'a ReportFilter,
    pub source_ids: &'a [i64],
    pub today: NaiveDate,
    pub tags: Option<&'a [String]>,
}

/// How a scan may split: into `parts` slices, but only when there are at least `min_rows`
/// forecast ids (starting threads and connections costs more than it saves on small ledgers).
#[derive(Debug, Clone, Copy)]
pub struct Slices {
    pub parts: usize,
    pub min_rows: i64,
}

impl Slices {
    /// One slice per core (up to four), from 200,000 forecasts up.
    pub fn for_this_machine() -> Self {
        Slices {
            parts: std::thread::available_parallelism().map_or(1, |n| n.get().min(4)),
            min_rows: 200_000,
        }
    }
}

/// The FROM and WHERE of a query over the current forecasts `filter` selects, optionally
/// limited to a range of ids, and its arguments after the first (`?1` is today).
fn selection(
    filter: &ReportFilter,
    source_ids: &[i64],
    today: NaiveDate,
    ids: Option<(i64, i64)>,
) -> (String, Vec<String>) {
    let mut args: Vec<String> = vec![today.to_string()];
    let mut sql = String::from(" FROM forecasts f");
    if let Some(tag) = &filter.tag {
        // Driven from the tag's index entries, which are in forecast id order, so only the
        // tagged forecasts are read, in file order.
        args.push(tag.trim().to_string());
        sql = format!(
            "{sql} JOIN forecast_tags t ON t.forecast_id = f.id AND t.tag = ?{}",
            args.len()
        );
    }
    sql.push_str(" WHERE f.superseded_by IS NULL");
    if let Some((from, to)) = ids {
        sql.push_str(&format!(" AND f.id BETWEEN {from} AND {to}"));
    }
    if !filter.sources.is_empty() {
        let ids: Vec<String> = source_ids.iter().map(i64::to_string).collect();
        sql.push_str(&format!(" AND f.source_id IN ({})", ids.join(",")));
    }
    if let Some(since) = filter.since {
        args.push(since.to_string());
        sql.push_str(&format!(" AND f.made_on >= ?{}", args.len()));
    }
    if let Some(until) = filter.until {
        args.push(until.to_string());
        sql.push_str(&format!(" AND f.made_on <= ?{}", args.len()));
    }
    (sql, args)
}

/// A row's `logged_late` and whether its outcome was amended (a resolution other than the
/// current one exists; one index seek, for resolved rows only).
const TRUST_FLAGS: &str = "f.logged_late, f.resolution_id IS NOT NULL AND EXISTS
    (SELECT 1 FROM resolutions r WHERE r.forecast_id = f.id AND r.id <> f.resolution_id)";

fn outcome_of(v: ValueRef<'_>) -> Option<Outcome> {
    match v {
        ValueRef::Text(b"true") => Some(Outcome::True),
        ValueRef::Text(b"false") => Some(Outcome::False),
        ValueRef::Text(b"void") => Some(Outcome::Void),
        _ => None,
    }
}

/// The report query over `conn` (see `Scan`), optionally limited to a range of forecast ids.
fn scan(
    conn: &Connection,
    what: &Scan<'_>,
    ids: Option<(i64, i64)>,
    f: &mut dyn FnMut(ScoreRow),
) -> Result<()> {
    let tags = what.tags;
    let (from, args) = selection(what.filter, what.source_ids, what.today, ids);
    let (tag_column, from) = match tags {
        Some(_) => (
            ", bt.tag",
            from.replacen(
                " WHERE ",
                " LEFT JOIN forecast_tags bt ON bt.forecast_id = f.id WHERE ",
                1,
            ),
        ),
        None => ("", from),
    };
    let sql = format!(
        "SELECT f.id, f.source_id, f.probability, f.outcome, f.deadline < ?1, f.supersedes IS NOT NULL,
                f.made_on, f.deadline, {TRUST_FLAGS}{tag_column}{from}"
    );
    let index: FxHashMap<String, u32> = tags
        .unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(i, t)| (t.to_ascii_lowercase(), i as u32))
        .collect();
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(params_from_iter(args.iter()))?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let day = |i: usize| -> Result<i32> {
            match r.get_ref(i)? {
                ValueRef::Text(t) => stored_day(t).ok_or_else(|| bad_date(id)),
                _ => Err(bad_date(id)),
            }
        };
        let tag = match tags.map(|_| r.get_ref(10)).transpose()? {
            Some(ValueRef::Text(t)) => {
                // SQLite's NOCASE folds ASCII letters only.
                let t = String::from_utf8_lossy(t).to_ascii_lowercase();
                Some(*index.get(&t).ok_or_else(|| {
                    Error::Other(format!(
                        "forecast {id} has tag `{t}`, which the tag list lacks"
                    ))
                })?)
            }
            _ => None,
        };
        f(ScoreRow {
            source_id: r.get(1)?,
            probability: r.get(2)?,
            outcome: outcome_of(r.get_ref(3)?),
            matured: r.get(4)?,
            corrected: r.get(5)?,
            made_on: day(6)?,
            deadline: day(7)?,
            late: r.get(8)?,
            amended: r.get(9)?,
            tag,
        });
    }
    Ok(())
}

fn bad_date(id: i64) -> Error {
    Error::Other(format!("forecast {id} has a malformed date"))
}

/// Days since 1970-01-01 of an ISO date as stored (`YYYY-MM-DD`), read by hand: the market
/// scan reads two dates a row, and chrono's parser would be most of its time.
fn stored_day(text: &[u8]) -> Option<i32> {
    let digits = |r: std::ops::Range<usize>| -> Option<i64> {
        text.get(r)?.iter().try_fold(0i64, |n, &b| {
            b.is_ascii_digit().then(|| n * 10 + i64::from(b - b'0'))
        })
    };
    if text.len() != 10 || text[4] != b'-' || text[7] != b'-' {
        return None;
    }
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Days from civil (H. Hinnant's algorithm), exact for the proleptic Gregorian calendar.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    i32::try_from(era * 146_097 + doe - 719_468).ok()
}

impl Store {
    /// Every tag in the ledger, once each (tags compare case-insensitively), sorted.
    pub fn report_tags(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT DISTINCT tag FROM forecast_tags ORDER BY tag")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The current forecasts `filter` selects, as market scoring reads them, in id order.
    pub fn market_rows(
        &self,
        filter: &ReportFilter,
        source_ids: &[i64],
        today: NaiveDate,
    ) -> Result<Vec<MarketRow>> {
        let (from, args) = selection(filter, source_ids, today, None);
        read_market_rows(self.conn(), &from, &args, true)
    }

    /// Like `market_rows`, without the trust flags (`late` and `amended` read as false),
    /// which `compare` does not use and which cost a lookup in `resolutions` a row. The
    /// unscored rows are left for the caller to drop: a condition on the outcome here would
    /// send the planner through the partial index of resolved deadlines, visiting the table
    /// in random order (4x slower at a million rows).
    pub fn market_rows_untrusted(
        &self,
        filter: &ReportFilter,
        source_ids: &[i64],
        today: NaiveDate,
    ) -> Result<Vec<MarketRow>> {
        let (from, args) = selection(filter, source_ids, today, None);
        read_market_rows(self.conn(), &from, &args, false)
    }

    /// The current forecasts on question `key`, as market scoring reads them, in id order;
    /// `None` when there is no such question.
    pub fn question_market_rows(
        &self,
        key: &str,
        today: NaiveDate,
    ) -> Result<Option<Vec<MarketRow>>> {
        let Some(id) = super::forecasts::question_id(self.conn(), key)? else {
            return Ok(None);
        };
        let (from, args) = selection(&ReportFilter::default(), &[], today, None);
        let from = format!("{from} AND f.question_id = {id}");
        read_market_rows(self.conn(), &from, &args, true).map(Some)
    }
}

/// Market rows of the query `SELECT ... {from}` with arguments `args` (`?1` today), with
/// the trust flags or without (read as false).
fn read_market_rows(
    conn: &Connection,
    from: &str,
    args: &[String],
    trust: bool,
) -> Result<Vec<MarketRow>> {
    let flags = if trust { TRUST_FLAGS } else { "0, 0" };
    let sql = format!(
        "SELECT f.id, f.source_id, f.question_id, f.deadline, f.made_on, f.probability,
                f.stance = 'for', f.outcome, f.deadline < ?1, f.supersedes IS NOT NULL,
                {flags}{from}"
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(params_from_iter(args.iter()))?;
    let mut out = Vec::new();
    let bad_date = |id: i64| Error::Other(format!("forecast {id} has a malformed date"));
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let day = |i: usize| -> Result<i32> {
            match r.get_ref(i)? {
                ValueRef::Text(t) => stored_day(t).ok_or_else(|| bad_date(id)),
                _ => Err(bad_date(id)),
            }
        };
        out.push(MarketRow {
            id,
            source_id: r.get(1)?,
            question_id: r.get(2)?,
            deadline: day(3)?,
            made_on: day(4)?,
            probability: r.get(5)?,
            for_event: r.get(6)?,
            outcome: outcome_of(r.get_ref(7)?),
            matured: r.get(8)?,
            corrected: r.get(9)?,
            late: r.get(10)?,
            amended: r.get(11)?,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{NewForecast, Outcome, Probability, ProbabilityBasis, Stance};
    use crate::store::{Access, Store};

    #[test]
    fn stored_days_agree_with_chrono() {
        use crate::report::rows::day_number;
        for d in [
            "1970-01-01",
            "2000-02-29",
            "2023-12-31",
            "2024-03-01",
            "1900-03-01",
            "0001-01-01",
            "9999-12-31",
        ] {
            let date: NaiveDate = d.parse().unwrap();
            assert_eq!(stored_day(d.as_bytes()), Some(day_number(date)), "{d}");
        }
        assert_eq!(stored_day(b"2023-13-01"), None);
        assert_eq!(stored_day(b"2023-1-01x"), None);
        assert_eq!(stored_day(b"20231201"), None);
    }

    #[test]
    fn a_parallel_scan_sees_every_row_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("l.sqlite3"), Access::Write).unwrap();
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        store
            .write("2026-01-01T00:00:00Z", |w| {
                for i in 0..101 {
                    let f = NewForecast {
                        source: format!("s{}", i % 7),
                        claim: format!("c{i}"),
                        probability: Probability::new((i % 10) as f64 / 10.0).unwrap(),
                        basis: ProbabilityBasis::Stated,
                        made_on: d("2025-01-01"),
                        deadline: d("2025-06-01"),
                        deadline_phrase: None,
                        question: None,
                        stance: Stance::For,
                        condition: None,
                        article: None,
                        tags: vec![],
                    };
                    let resolved = (i % 3 != 0).then(|| crate::store::Resolved {
                        outcome: if i % 2 == 0 {
                            Outcome::True
                        } else {
                            Outcome::False
                        },
                        on: d("2025-06-01"),
                        note: None,
                        reason: None,
                    });
                    w.import_forecast(&f, resolved.as_ref())?;
                }
                Ok(())
            })
            .unwrap();
        let today = d("2026-01-01");
        let filter = ReportFilter::default();
        for parts in [1, 2, 3, 4] {
            let seen = store
                .scan_score_rows_parallel(
                    &Scan {
                        filter: &filter,
                        source_ids: &[],
                        today,
                        tags: None,
                    },
                    Slices { parts, min_rows: 0 },
                    Vec::new,
                    |v: &mut Vec<(i64, u64)>, r| v.push((r.source_id, r.probability.to_bits())),
                )
                .unwrap();
            assert_eq!(seen.len(), parts, "one accumulator per slice");
            let mut all: Vec<_> = seen.into_iter().flatten().collect();
            all.sort();
            let mut one = Vec::new();
            let what = Scan {
                filter: &filter,
                source_ids: &[],
                today,
                tags: None,
            };
            scan(store.conn(), &what, None, &mut |r| {
                one.push((r.source_id, r.probability.to_bits()))
            })
            .unwrap();
            one.sort();
            assert_eq!(all, one, "{parts} parts");
        }
    }
}
