//! Articles forecasts were extracted from, identified by source and the SHA-256 of their
//! text, so extracting the same article twice logs nothing new; and what an earlier
//! extraction of an article already settled, so a re-run (say with `--default-deadline`
//! after `--yes` skipped candidates without a deadline) adds only the rest.

use super::cols::Cols;
use super::dialect::Dialect;
use super::{SqliteStore, SqliteWriter};
use crate::error::Result;
use crate::model::NewForecast;
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};
use serde_json::json;

/// An article to record.
#[derive(Debug, Clone)]
pub struct NewArticle {
    pub source: String,
    pub published: NaiveDate,
    pub title: Option<String>,
    pub url: Option<String>,
    pub sha256: String,
}

/// What earlier extractions of one article settled.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extracted {
    /// Reviewed candidates: (candidate number, sentence start, sentence end, settled, the
    /// claim the extractor proposed), where settled means rejected, or kept and logged as a
    /// forecast. A candidate kept without a deadline was not logged and is offered again.
    pub reviewed: Vec<(usize, usize, usize, bool, String)>,
    /// The claims (lower-case) of the forecasts logged from the article (taken with `--yes`
    /// leaves no review row, so these are matched by claim).
    pub claims: Vec<String>,
}

impl Extracted {
    /// Whether the candidate with this sentence and claim was already settled: a review of
    /// the same sentence and proposed claim (one sentence may give two candidates, "hold
    /// rates through June, before two cuts in September": deciding one settles only that
    /// one), or a forecast logged from the article with this claim.
    pub fn settled(&self, start: usize, end: usize, claim: &str) -> bool {
        self.reviewed.iter().any(|(_, s, e, settled, proposed)| {
            *settled && *s == start && *e == end && proposed == claim
        }) || self.claims.contains(&claim.trim().to_lowercase())
    }

    /// Whether a review row exists for this candidate number (it is unique per article).
    pub fn has_review(&self, candidate: usize) -> bool {
        self.reviewed.iter().any(|r| r.0 == candidate)
    }
}

/// The queries of `extracted` (`?1` the article): its reviewed candidates, and the claims
/// of the forecasts logged from it as SQLite's `lower(trim(...))` gives them (ASCII letters
/// folded, spaces trimmed).
pub(super) fn extracted_sql(d: Dialect) -> (String, String) {
    let claim = match d {
        Dialect::Sqlite => "lower(trim(claim))",
        Dialect::Postgres => {
            "translate(btrim(claim, ' '), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
        }
    };
    (
        d.sql(
            "SELECT candidate, sentence_start, sentence_end,
                    decision = 'rejected' OR forecast_id IS NOT NULL, claim
             FROM extraction_reviews WHERE article_id = ?1 ORDER BY candidate",
        ),
        d.sql(&format!(
            "SELECT {claim} FROM forecasts WHERE article_id = ?1 ORDER BY id"
        )),
    )
}

/// A reviewed candidate from a row of the first query of `extracted_sql`.
pub(super) fn reviewed_row(r: &impl Cols) -> Result<(usize, usize, usize, bool, String)> {
    let n = |i: usize| -> Result<usize> { Ok(r.int(i)?.unsigned_abs() as usize) };
    Ok((n(0)?, n(1)?, n(2)?, r.flag(3)?, r.text(4)?))
}

/// The article of this source (`?1`, NOCASE) with this digest (`?2`).
pub(super) fn article_by_digest_sql(d: Dialect) -> String {
    d.sql(&format!(
        "SELECT a.id FROM articles a JOIN sources s ON s.id = a.source_id
         WHERE {} AND a.sha256 = ?2",
        d.nocase_eq("s.name", "?1")
    ))
}

/// The articles with this digest (`?1`), whatever their source: id and source name, the
/// first five by id (`extract --save` names them when another source saved the text).
pub(super) fn articles_with_text_sql(d: Dialect) -> String {
    d.sql(
        "SELECT a.id, s.name FROM articles a JOIN sources s ON s.id = a.source_id
         WHERE a.sha256 = ?1 ORDER BY a.id LIMIT 5",
    )
}

/// `find_article`'s query: the id and creation time of the article of this source (`?1`,
/// NOCASE) with this digest (`?2`).
/// The article of one source (`?1`, its id: the caller finds the source as names are
/// matched everywhere, Unicode case and spelling, where SQL's NOCASE folds ASCII only) with
/// one text (`?2`).
pub(super) fn find_article_sql(d: Dialect) -> String {
    d.sql("SELECT id, created_at, published FROM articles WHERE source_id = ?1 AND sha256 = ?2")
}

/// The forecast (with its article, and the forecast that corrected it when it is a
/// superseded version: any version counts, audit 26 item 3; a current one is named first)
/// that a new one would repeat
/// (`imports::same_identity`, bound `?1` to `?7` in its column order: source id, made_on,
/// deadline, claim, probability, stance, condition), the identity `add` and `import` refuse
/// to log twice. `extract --save` asks before it logs a candidate, since the same article
/// saved again in other bytes (line endings, an appended footer) has another digest and
/// would log every forecast again. A forecast voided as annulled counts too, as for
/// `import`: the article saved again must not bring back a candidate its owner voided
/// (`extract`'s way out of a wrong question goes through `forecast add`, which does not
/// count it: ad7 F5).
pub(super) fn same_forecast_sql(d: Dialect) -> String {
    d.sql(&format!(
        "SELECT id, article_id, superseded_by FROM forecasts
         WHERE {}
         ORDER BY superseded_by IS NOT NULL, id LIMIT 1",
        super::imports::same_identity(d, str::to_string, |i, _| format!("?{}", i + 1)),
    ))
}

/// The forecast a new one would repeat (`same_forecast_sql`): its id, its article, and the
/// forecast that corrected it when it is a superseded version.
pub type SameForecast = (i64, Option<i64>, Option<i64>);

/// An article's journal body.
pub(crate) fn article_body(
    id: i64,
    source_id: i64,
    a: &NewArticle,
    now: &str,
) -> serde_json::Value {
    json!({
        "id": id, "source_id": source_id, "published": a.published.to_string(), "title": a.title,
        "url": a.url, "sha256": a.sha256, "created_at": now,
    })
}

fn extracted(conn: &Connection, article: i64) -> Result<Extracted> {
    let (reviewed_sql, claims_sql) = extracted_sql(Dialect::Sqlite);
    let mut stmt = conn.prepare_cached(&reviewed_sql)?;
    let mut rows = stmt.query([article])?;
    let mut reviewed = Vec::new();
    while let Some(r) = rows.next()? {
        reviewed.push(reviewed_row(r)?);
    }
    let mut stmt = conn.prepare_cached(&claims_sql)?;
    let claims = stmt
        .query_map([article], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Extracted { reviewed, claims })
}

impl SqliteStore {
    /// The article this source already has with this text, and what its extraction settled.
    pub fn prior_extraction(&self, source: &str, sha256: &str) -> Result<Option<(i64, Extracted)>> {
        let id: Option<i64> = self
            .conn()
            .query_row(
                &article_by_digest_sql(Dialect::Sqlite),
                params![source.trim(), sha256],
                |r| r.get(0),
            )
            .optional()?;
        match id {
            Some(id) => Ok(Some((id, extracted(self.conn(), id)?))),
            None => Ok(None),
        }
    }
}

impl SqliteStore {
    /// The articles with this text (digest), whatever their source: id and source name,
    /// the first five by id.
    pub fn articles_with_text(&self, sha256: &str) -> Result<Vec<(i64, String)>> {
        let mut stmt = self
            .conn()
            .prepare_cached(&articles_with_text_sql(Dialect::Sqlite))?;
        let rows = stmt.query_map([sha256], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl SqliteWriter<'_> {
    /// What earlier extractions of article `id` settled (read inside this transaction).
    pub fn extracted_so_far(&mut self, id: i64) -> Result<Extracted> {
        extracted(&self.tx, id)
    }

    /// An article already recorded for this source with this digest: its id, when it was
    /// recorded and its publication date.
    pub fn find_article(
        &mut self,
        source: &str,
        sha256: &str,
    ) -> Result<Option<(i64, String, String)>> {
        let Some((source_id, _)) = super::forecasts::source_named(&self.tx, source)? else {
            return Ok(None);
        };
        Ok(self
            .tx
            .query_row(
                &find_article_sql(Dialect::Sqlite),
                params![source_id, sha256],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?)
    }

    /// The forecast that `f` would repeat, with its article and the forecast that corrected
    /// it (`same_forecast_sql`).
    pub fn same_forecast(&mut self, f: &NewForecast) -> Result<Option<crate::store::SameForecast>> {
        let Some((source_id, _)) = super::forecasts::source_named(&self.tx, &f.source)? else {
            return Ok(None);
        };
        Ok(self
            .tx
            .query_row(
                &same_forecast_sql(Dialect::Sqlite),
                params![
                    source_id,
                    f.made_on.to_string(),
                    f.deadline.to_string(),
                    f.claim,
                    f.probability.value(),
                    f.stance.as_str(),
                    f.condition
                ],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?)
    }

    /// Records an article and returns its id.
    pub fn insert_article(&mut self, a: &NewArticle) -> Result<i64> {
        let source_id = self.ensure_source(&a.source)?;
        self.tx.execute(
            "INSERT INTO articles (source_id, published, title, url, sha256, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![source_id, a.published.to_string(), a.title, a.url, a.sha256, self.now],
        )?;
        let id = self.tx.last_insert_rowid();
        let body = article_body(id, source_id, a, &self.now);
        self.journal("article", id, &body)?;
        Ok(id)
    }
}
