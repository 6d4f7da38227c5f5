//! The question overview behind `forecast questions`: every question with how many current
//! forecasts it has, how many are unresolved, which sources made them and the latest outcome
//! recorded for its event. Read-only.

use super::Store;
use crate::error::Result;
use serde::Serialize;

/// One question, as `forecast questions` lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionSummary {
    pub question: String,
    /// Current forecasts (corrected versions count once).
    pub forecasts: u64,
    /// Of those, not yet resolved.
    pub unresolved: u64,
    /// The sources that forecast it, in name order.
    pub sources: Vec<String>,
    /// The latest recorded event: `happened-on 2025-06-01`, `not-by 2025-12-31`, `annul`.
    pub outcome: Option<String>,
}

impl Store {
    /// A short id of this ledger: the first 12 hex digits of its first journal entry's hash
    /// (which never changes), or `empty`. Calendar `UID`s carry it.
    pub fn ledger_id(&self) -> Result<String> {
        let first: Option<String> = self
            .conn()
            .prepare_cached("SELECT hash FROM journal ORDER BY seq LIMIT 1")?
            .query_map([], |r| r.get(0))?
            .next()
            .transpose()?;
        Ok(first.map_or_else(|| "empty".to_string(), |h| h.chars().take(12).collect()))
    }

    /// A question on which another source already made the claim `claim` (same words, any
    /// case): `add` without `--question` names it in a hint, since the new forecast would
    /// otherwise get a question of its own and never be compared with it.
    pub fn question_with_claim_elsewhere(
        &self,
        claim: &str,
        source: &str,
    ) -> Result<Option<String>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT q.key FROM forecasts f
               JOIN questions q ON q.id = f.question_id
               JOIN sources s ON s.id = f.source_id
             WHERE f.claim = ?1 COLLATE NOCASE AND s.name <> ?2 AND f.superseded_by IS NULL
             ORDER BY f.id LIMIT 1",
        )?;
        let found = stmt
            .query_map([claim.trim(), source.trim()], |r| r.get(0))?
            .next()
            .transpose()?;
        Ok(found)
    }

    /// Every question, in key order.
    pub fn question_summaries(&self) -> Result<Vec<QuestionSummary>> {
        let mut stmt = self.conn().prepare(
            "SELECT q.key,
                (SELECT count(*) FROM forecasts f
                  WHERE f.question_id = q.id AND f.superseded_by IS NULL),
                (SELECT count(*) FROM forecasts f
                  WHERE f.question_id = q.id AND f.superseded_by IS NULL AND f.outcome IS NULL),
                (SELECT group_concat(name, char(31)) FROM (SELECT DISTINCT s.name AS name
                  FROM forecasts f JOIN sources s ON s.id = f.source_id
                  WHERE f.question_id = q.id AND f.superseded_by IS NULL ORDER BY s.name)),
                (SELECT o.event || coalesce(' ' || o.date, '') FROM question_outcomes o
                  WHERE o.question_id = q.id ORDER BY o.id DESC LIMIT 1)
             FROM questions q ORDER BY q.key",
        )?;
        let rows = stmt.query_map([], |r| {
            let sources: Option<String> = r.get(3)?;
            Ok(QuestionSummary {
                question: r.get(0)?,
                forecasts: r.get(1)?,
                unresolved: r.get(2)?,
                sources: sources
                    .map(|s| s.split('\u{1f}').map(str::to_string).collect())
                    .unwrap_or_default(),
                outcome: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
