//! Corrections on PostgreSQL: SQLite's `Writer::correct`. What a correction may change and
//! the new version's facts come from `store::corrections::corrected`; the old version is
//! only linked to the new one (`superseded_by`, allowed by the guards once), never edited.

use super::{dialect, pg, PgWriter};
use crate::error::{Error, Result};
use crate::store::corrections::{
    carry, check_correction, corrected, Carried, Current, CARRIED_SQL,
};
use crate::store::Correction;
use chrono::NaiveDate;

impl PgWriter<'_> {
    /// Records a new version of forecast `id`; returns the new version's id.
    pub fn correct(&mut self, id: i64, c: &Correction, today: NaiveDate) -> Result<i64> {
        check_correction(c)?;
        let Some(old) = super::bodies::load_forecast(&mut self.tx, id)? else {
            return Err(Error::ForecastNotFound { id: id.to_string() });
        };
        let row = self
            .tx
            .query_one(
                "SELECT superseded_by, source_id, question_id, outcome FROM forecasts WHERE id = $1",
                &[&id],
            )
            .map_err(pg("reading a forecast"))?;
        let (source_id, question_id): (i64, i64) = (row.get(1), row.get(2));
        let current = Current {
            superseded_by: row.get(0),
            outcome: row.get(3),
            question_decided: self.question_decided(question_id)?,
        };
        let mut new = corrected(id, &old, c, &current, today, &self.now)?;
        let new_id = self.next_id("forecasts")?;
        new.id = new_id;
        self.tx
            .execute(
                "INSERT INTO forecasts (id, source_id, question_id, article_id, claim, probability,
                    probability_basis, probability_low, probability_high, made_on, deadline,
                    deadline_phrase, condition, stance, created_at, supersedes, correction_why,
                    logged_late)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)",
                &[
                    &new_id,
                    &source_id,
                    &question_id,
                    &new.article,
                    &new.claim,
                    &new.probability,
                    &new.probability_basis,
                    &new.probability_low,
                    &new.probability_high,
                    &new.made_on,
                    &new.deadline,
                    &new.deadline_phrase,
                    &new.condition,
                    &new.stance,
                    &new.created_at,
                    &id,
                    &new.why,
                    &i32::from(new.logged_late),
                ],
            )
            .map_err(pg("logging a correction"))?;
        if let Some(before) = self.counted(id)? {
            self.kept.count(&before, -1);
        }
        if let Some(after) = self.counted(new_id)? {
            self.kept.count(&after, 1);
        }
        self.insert_tags(new_id, &old.tags)?;
        self.tx
            .execute(
                "UPDATE forecasts SET superseded_by = $1 WHERE id = $2",
                &[&new_id, &id],
            )
            .map_err(pg("linking a correction"))?;
        self.append("forecast", new_id, &new.body_text())?;
        let history: Vec<Carried> = self
            .tx
            .query(&dialect(CARRIED_SQL), &[&id])
            .map_err(pg("reading resolutions"))?
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)))
            .collect();
        for carried in history {
            let c = carry(carried)?;
            self.insert_resolution(
                new_id,
                c.outcome,
                c.on,
                c.note.as_deref(),
                c.reason,
                c.question_outcome,
            )?;
        }
        Ok(new_id)
    }
}
