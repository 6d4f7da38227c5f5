//! A record's journal body loaded back from PostgreSQL, byte for byte the text SQLite's
//! `bodies.rs` builds for the same row: the same `ForecastFacts` and `ResolutionText` from
//! the same columns, the other kinds from the same `json_object` query in PostgreSQL's
//! dialect, printed through `serde_json::Value` (sorted keys) as SQLite's are. `verify` on
//! PostgreSQL uses these to check each entry and each import's digests.
//!
//! Tags are sorted in Rust (`forecasts::sort_tags`), not by `ORDER BY tag`: PostgreSQL's
//! collation is the database's, SQLite's is NOCASE.

use super::typed::p;
use super::{dialect, pg};
use crate::error::{Error, Result};
use crate::store::bodies::{body_sql, ForecastFacts, ResolutionText, FACTS_SELECT};
use crate::store::forecasts::sort_tags;
use postgres::{GenericClient, Row};
use serde_json::Value;

/// Rows read per query when walking a range (an import's million forecasts are read a
/// chunk at a time, so memory stays flat).
const CHUNK: i64 = 20_000;

fn facts_from_row(r: &Row) -> ForecastFacts {
    ForecastFacts {
        id: r.get(0),
        source_id: r.get(1),
        question: r.get(2),
        article: r.get(3),
        claim: r.get(4),
        probability: r.get(5),
        probability_basis: r.get(6),
        probability_low: r.get(7),
        probability_high: r.get(8),
        made_on: r.get(9),
        deadline: r.get(10),
        deadline_phrase: r.get(11),
        condition: r.get(12),
        stance: r.get(13),
        created_at: r.get(14),
        supersedes: r.get(15),
        why: r.get(16),
        logged_late: r.get::<_, i32>(17) != 0,
        tags: Vec::new(),
    }
}

/// Forecast `id`'s facts as its journal body holds them; `None` when there is no such row.
pub(crate) fn load_forecast(
    client: &mut impl GenericClient,
    id: i64,
) -> Result<Option<ForecastFacts>> {
    let row = client
        .query_typed_opt(
            &dialect(&format!("{FACTS_SELECT} WHERE f.id = ?1")),
            &[p(&id)],
        )
        .map_err(pg("reading a forecast"))?;
    let Some(row) = row else {
        return Ok(None);
    };
    let mut facts = facts_from_row(&row);
    facts.tags = client
        .query_typed(
            "SELECT tag FROM forecast_tags WHERE forecast_id = $1",
            &[p(&id)],
        )
        .map_err(pg("reading a forecast's tags"))?
        .iter()
        .map(|r| r.get(0))
        .collect();
    sort_tags(&mut facts.tags);
    Ok(Some(facts))
}

/// The body of the row of `kind` with `id`, as `bodies::load_body` gives it on SQLite;
/// `None` when the row is gone or the kind has no table.
pub fn load_body(client: &mut impl GenericClient, kind: &str, id: i64) -> Result<Option<Value>> {
    match kind {
        "forecast" => Ok(load_forecast(client, id)?.map(|f| f.body())),
        "extraction_review" => super::reviews::load_body(client, id),
        _ => {
            let Some(sql) = body_sql(kind) else {
                return Ok(None);
            };
            let sql = format!("SELECT b::text FROM ({}) AS t(b)", dialect(sql));
            let text: Option<String> = client
                .query_typed_opt(&sql, &[p(&id)])
                .map_err(pg("reading a record"))?
                .map(|r| r.get(0));
            Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
        }
    }
}

/// The canonical body text of every row of `kind` with an id in `first..=last`, in id
/// order, handed to `f` with `None` for an id without a row: `bodies::for_each_body` on
/// PostgreSQL (verifying an import's digests reads its rows this way).
pub fn for_each_body(
    client: &mut impl GenericClient,
    kind: &str,
    first: i64,
    last: i64,
    mut f: impl FnMut(i64, Option<&str>) -> Result<()>,
) -> Result<()> {
    let mut expect = first;
    let mut emit = |id: i64, body: String, f: &mut dyn FnMut(i64, Option<&str>) -> Result<()>| {
        while expect < id {
            f(expect, None)?;
            expect += 1;
        }
        expect = id + 1;
        f(id, Some(&body))
    };
    let range_sql = match kind {
        "forecast" | "resolution" => None,
        _ => {
            let Some(sql) = body_sql(kind) else {
                return Ok(());
            };
            let Some(by_id) = sql.strip_suffix("WHERE id = ?1") else {
                return Err(Error::Other(format!("no range query for {kind} rows")));
            };
            Some(format!(
                "SELECT id, b::text FROM ({}) AS t(id, b) ORDER BY id",
                dialect(&format!(
                    "{}WHERE id BETWEEN ?1 AND ?2",
                    by_id.replacen("SELECT json_object(", "SELECT id, json_object(", 1)
                ))
            ))
        }
    };
    let mut lo = first;
    while lo <= last {
        let hi = last.min(lo.saturating_add(CHUNK - 1));
        match kind {
            "forecast" => {
                let rows = client
                    .query_typed(
                        &dialect(&format!(
                            "{FACTS_SELECT} WHERE f.id BETWEEN ?1 AND ?2 ORDER BY f.id"
                        )),
                        &[p(&lo), p(&hi)],
                    )
                    .map_err(pg("reading forecasts"))?;
                let tags = client
                    .query_typed(
                        "SELECT forecast_id, tag FROM forecast_tags
                         WHERE forecast_id BETWEEN $1 AND $2 ORDER BY forecast_id",
                        &[p(&lo), p(&hi)],
                    )
                    .map_err(pg("reading tags"))?;
                let mut tags = tags.iter().peekable();
                for r in &rows {
                    let mut facts = facts_from_row(r);
                    while let Some(t) = tags.next_if(|t| t.get::<_, i64>(0) <= facts.id) {
                        if t.get::<_, i64>(0) == facts.id {
                            facts.tags.push(t.get(1));
                        }
                    }
                    sort_tags(&mut facts.tags);
                    emit(facts.id, facts.body_text(), &mut f)?;
                }
            }
            "resolution" => {
                let rows = client
                    .query_typed(
                        "SELECT id, forecast_id, outcome, resolved_on, note, reason,
                                question_outcome_id, recorded_at
                         FROM resolutions WHERE id BETWEEN $1 AND $2 ORDER BY id",
                        &[p(&lo), p(&hi)],
                    )
                    .map_err(pg("reading resolutions"))?;
                for r in &rows {
                    let id: i64 = r.get(0);
                    let text = ResolutionText {
                        forecast_id: r.get(1),
                        id,
                        note: r.get(4),
                        outcome: r.get(2),
                        question_outcome_id: r.get(6),
                        reason: r.get(5),
                        recorded_at: r.get(7),
                        resolved_on: r.get(3),
                    }
                    .text();
                    emit(id, text, &mut f)?;
                }
            }
            _ => {
                let sql = range_sql.as_deref().unwrap_or_default();
                let rows = client
                    .query_typed(sql, &[p(&lo), p(&hi)])
                    .map_err(pg("reading records"))?;
                for r in &rows {
                    let id: i64 = r.get(0);
                    let text: String = r.get(1);
                    let body = serde_json::from_str::<Value>(&text)
                        .map(|v| v.to_string())
                        .unwrap_or(text);
                    emit(id, body, &mut f)?;
                }
            }
        }
        if hi == last {
            break;
        }
        lo = hi + 1;
    }
    while expect <= last {
        f(expect, None)?;
        expect += 1;
    }
    Ok(())
}

/// A PostgreSQL connection as `batch::check` reads bodies.
pub(crate) struct PgBodies<'a, C: GenericClient>(pub &'a mut C);

impl<C: GenericClient> crate::store::batch::Bodies for PgBodies<'_, C> {
    fn for_each_body(
        &mut self,
        kind: &str,
        first: i64,
        last: i64,
        f: &mut dyn FnMut(i64, Option<&str>) -> Result<()>,
    ) -> Result<()> {
        for_each_body(self.0, kind, first, last, f)
    }
}

/// Rebuilds the digests of an import's recorded batch from the rows on PostgreSQL; why
/// they differ, if they do (`batch::check` over `PgBodies`).
pub fn check_batch(client: &mut impl GenericClient, batch: &Value) -> Result<Option<String>> {
    crate::store::batch::check(&mut PgBodies(client), batch, "import")
}
