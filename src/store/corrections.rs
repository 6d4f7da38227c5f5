//! Corrections: a logged forecast is never edited; a correction is a new version that
//! supersedes it (same source and question, changed claim, probability or deadline, with the
//! reason), and both stay. Listings, reports and question outcomes use the newest version.

use super::bodies::ForecastFacts;
use super::kept::Counted;
use super::Writer;
use crate::error::{Error, Result};
use crate::model::{format_percent, Probability, ProbabilityBasis};
use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

/// What a correction changes; `None` keeps the old value.
#[derive(Debug, Clone, Default)]
pub struct Correction {
    pub claim: Option<String>,
    pub probability: Option<(Probability, ProbabilityBasis)>,
    pub deadline: Option<(NaiveDate, Option<String>)>,
    pub why: String,
}

impl Writer<'_> {
    /// Records a new version of forecast `id`; returns the new version's id.
    pub fn correct(&mut self, id: i64, c: &Correction) -> Result<i64> {
        if c.why.trim().is_empty() {
            return Err(Error::invalid("--why", "a correction needs a reason"));
        }
        if c.claim.is_none() && c.probability.is_none() && c.deadline.is_none() {
            return Err(Error::invalid(
                "correct",
                "nothing to change: give --probability, --deadline or --claim",
            ));
        }
        let Some(old) = ForecastFacts::load(&self.tx, id)? else {
            return Err(Error::ForecastNotFound { id: id.to_string() });
        };
        let (superseded_by, source_id, question_id): (Option<i64>, i64, i64) = self.tx.query_row(
            "SELECT superseded_by, source_id, question_id FROM forecasts WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        if let Some(newer) = superseded_by {
            return Err(Error::invalid(
                format!("forecast {id}"),
                format!("it was already corrected; correct forecast {newer} instead"),
            ));
        }
        let mut new = old.clone();
        if let Some(claim) = &c.claim {
            if claim.trim().is_empty() {
                return Err(Error::invalid("--claim", "must not be empty"));
            }
            new.claim = claim.clone();
        }
        if let Some((p, basis)) = &c.probability {
            new.probability = p.value();
            new.probability_basis = basis.label();
            (new.probability_low, new.probability_high) = basis
                .range()
                .map_or((None, None), |(l, h)| (Some(l), Some(h)));
        }
        if let Some((deadline, phrase)) = &c.deadline {
            if deadline.to_string() < old.made_on {
                return Err(Error::DeadlineBeforeMade {
                    deadline: deadline.to_string(),
                    made_on: old.made_on.clone(),
                });
            }
            new.deadline = deadline.to_string();
            new.deadline_phrase = phrase.clone();
        }
        if new.claim == old.claim
            && new.probability == old.probability
            && new.deadline == old.deadline
        {
            return Err(Error::invalid(
                "correct",
                format!(
                    "forecast {id} already says that ({}, deadline {})",
                    format_percent(old.probability),
                    old.deadline
                ),
            ));
        }
        self.tx
            .prepare_cached(
                "INSERT INTO forecasts (source_id, question_id, article_id, claim, probability, probability_basis,
                    probability_low, probability_high, made_on, deadline, deadline_phrase, condition, stance,
                    created_at, supersedes, correction_why)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
            )?
            .execute(params![
                source_id, question_id, new.article, new.claim, new.probability, new.probability_basis,
                new.probability_low, new.probability_high, new.made_on, new.deadline, new.deadline_phrase,
                new.condition, new.stance, self.now, id, c.why
            ])?;
        let new_id = self.tx.last_insert_rowid();
        if let Some(before) = self.counted(id)? {
            self.kept.count(&before, -1);
        }
        self.kept.count(
            &Counted {
                source_id,
                probability: new.probability,
                outcome: None,
                corrected: true,
            },
            1,
        );
        for tag in &old.tags {
            self.tx
                .prepare_cached("INSERT INTO forecast_tags (forecast_id, tag) VALUES (?1, ?2)")?
                .execute(params![new_id, tag])?;
        }
        self.tx.execute(
            "UPDATE forecasts SET superseded_by = ?1 WHERE id = ?2",
            params![new_id, id],
        )?;
        new.id = new_id;
        new.created_at = self.now.clone();
        new.supersedes = Some(id);
        new.why = Some(c.why.clone());
        self.journal_text("forecast", new_id, new.body_text())?;
        // A resolved forecast keeps its outcome through a correction.
        type Carried = (String, String, Option<String>, Option<String>, Option<i64>);
        let current: Option<Carried> = self
            .tx
            .query_row(
                "SELECT r.outcome, r.resolved_on, r.note, r.reason, r.question_outcome_id
                 FROM forecasts f JOIN resolutions r ON r.id = f.resolution_id WHERE f.id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .optional()?;
        if let Some((outcome, on, note, reason, qo)) = current {
            let outcome = super::forecasts::parse_outcome(Some(outcome))
                .ok_or_else(|| Error::Other("stored outcome unreadable".into()))?;
            let on: NaiveDate = on
                .parse()
                .map_err(|_| Error::Other("stored date unreadable".into()))?;
            let reason = reason.and_then(|r| r.parse().ok());
            self.insert_resolution(new_id, outcome, on, note.as_deref(), reason, qo)?;
        }
        Ok(new_id)
    }
}
