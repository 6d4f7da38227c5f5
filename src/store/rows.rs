//! The one query a report needs: every selected forecast's source, probability, outcome and
//! whether its deadline has passed, streamed row by row so memory stays flat however large
//! the ledger is.

use super::Store;
use crate::error::{Error, Result};
use crate::model::Outcome;
use chrono::NaiveDate;
use rusqlite::params_from_iter;
use rusqlite::types::ValueRef;

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

    /// Streams the rows of a report to `f`, in no particular order.
    pub fn for_each_score_row(
        &self,
        filter: &ReportFilter,
        source_ids: &[i64],
        today: NaiveDate,
        mut f: impl FnMut(ScoreRow),
    ) -> Result<()> {
        let mut args: Vec<String> = vec![today.to_string()];
        let mut sql = String::from(
            "SELECT f.source_id, f.probability, f.outcome, f.deadline < ?1, f.supersedes IS NOT NULL
             FROM forecasts f WHERE f.superseded_by IS NULL",
        );
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
        if let Some(tag) = &filter.tag {
            args.push(tag.trim().to_string());
            sql.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM forecast_tags t WHERE t.forecast_id = f.id AND t.tag = ?{})",
                args.len()
            ));
        }
        let mut stmt = self.conn().prepare(&sql)?;
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
}
