//! The one query a report needs: every selected forecast's source, probability, outcome and
//! whether its deadline has passed, streamed row by row so memory stays flat however large
//! the ledger is.

use super::Store;
use crate::error::{Error, Result};
use crate::model::Outcome;
use chrono::NaiveDate;
use rusqlite::types::ValueRef;
use rusqlite::{params_from_iter, Connection, OpenFlags};

/// Which forecasts a report covers.
#[derive(Debug, Clone, Default)]
pub struct ReportFilter {
    /// Source names (case-insensitive); empty means every source.
    pub sources: Vec<String>,
    /// Made on or after.
    pub since: Option<NaiveDate>,
    /// Made on or before.
    pub until: Option<NaiveDate>,
    pub tag: Option<String>,
}

/// One forecast as scoring sees it.
#[derive(Debug, Clone, Copy)]
pub struct ScoreRow {
    pub source_id: i64,
    pub probability: f64,
    pub outcome: Option<Outcome>,
    /// Deadline before today.
    pub matured: bool,
    /// This version corrects an earlier one.
    pub corrected: bool,
}

impl Store {
    /// Source ids and names for the filter, in name order. Unknown names are an error.
    pub fn report_sources(&self, filter: &ReportFilter) -> Result<Vec<(i64, String)>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT id, name FROM sources WHERE name = ?1")?;
        let mut out = Vec::new();
        if filter.sources.is_empty() {
            let mut all = self
                .conn()
                .prepare("SELECT id, name FROM sources ORDER BY name")?;
            let rows = all.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            return Ok(rows.collect::<rusqlite::Result<_>>()?);
        }
        for name in &filter.sources {
            let found = stmt
                .query_map([name.trim()], |r| {
                    Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
                })?
                .next()
                .transpose()?;
            match found {
                Some(s) if !out.iter().any(|(id, _)| *id == s.0) => out.push(s),
                Some(_) => {}
                None => {
                    return Err(Error::invalid(
                        format!("--source `{name}`"),
                        "no source by that name in the ledger",
                    ))
                }
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
        filter: &ReportFilter,
        source_ids: &[i64],
        today: NaiveDate,
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
            scan(self.conn(), filter, source_ids, today, None, &mut |row| {
                add(&mut acc, row)
            })?;
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
                        let conn = Connection::open_with_flags(
                            path,
                            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
                        )?;
                        conn.busy_timeout(std::time::Duration::from_secs(30))?;
                        let mut acc = init();
                        scan(
                            &conn,
                            filter,
                            source_ids,
                            today,
                            Some((from, to)),
                            &mut |row| add(&mut acc, row),
                        )?;
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

/// The report query over `conn`, optionally limited to a range of forecast ids.
fn scan(
    conn: &Connection,
    filter: &ReportFilter,
    source_ids: &[i64],
    today: NaiveDate,
    ids: Option<(i64, i64)>,
    f: &mut dyn FnMut(ScoreRow),
) -> Result<()> {
    let mut args: Vec<String> = vec![today.to_string()];
    let mut sql = String::from(
        "SELECT f.source_id, f.probability, f.outcome, f.deadline < ?1, f.supersedes IS NOT NULL
         FROM forecasts f",
    );
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
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(params_from_iter(args.iter()))?;
    while let Some(r) = rows.next()? {
        let outcome = match r.get_ref(2)? {
            ValueRef::Text(b"true") => Some(Outcome::True),
            ValueRef::Text(b"false") => Some(Outcome::False),
            ValueRef::Text(b"void") => Some(Outcome::Void),
            _ => None,
        };
        f(ScoreRow {
            source_id: r.get(0)?,
            probability: r.get(1)?,
            outcome,
            matured: r.get(3)?,
            corrected: r.get(4)?,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{NewForecast, Outcome, Probability, ProbabilityBasis, Stance};
    use crate::store::{Access, Store};

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
                    &filter,
                    &[],
                    today,
                    Slices { parts, min_rows: 0 },
                    Vec::new,
                    |v: &mut Vec<(i64, u64)>, r| v.push((r.source_id, r.probability.to_bits())),
                )
                .unwrap();
            assert_eq!(seen.len(), parts, "one accumulator per slice");
            let mut all: Vec<_> = seen.into_iter().flatten().collect();
            all.sort();
            let mut one = Vec::new();
            scan(store.conn(), &filter, &[], today, None, &mut |r| {
                one.push((r.source_id, r.probability.to_bits()))
            })
            .unwrap();
            one.sort();
            assert_eq!(all, one, "{parts} parts");
        }
    }
}
