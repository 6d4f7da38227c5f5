//! Corrections on PostgreSQL: the statements of `store::corrections::CorrectionSteps`.
//! What a correction may change, the new version's facts, its kept sums and the carried
//! resolutions are the shared `store::corrections::correct`; the old version is only
//! linked to the new one (`superseded_by`, allowed by the guards once), never edited.

use super::typed::p;
use super::{dialect, pg, PgWriter};
use crate::error::Result;
use crate::store::bodies::ForecastFacts;
use crate::store::corrections::{Carried, CorrectionSteps, MarketResolution, Placed, CARRIED_SQL};
use crate::store::kept::Pending;

impl CorrectionSteps for PgWriter<'_> {
    fn facts(&mut self, id: i64) -> Result<Option<ForecastFacts>> {
        super::bodies::load_forecast(&mut *self.tx, id)
    }

    fn placed(&mut self, id: i64) -> Result<Placed> {
        let row = self
            .tx
            .query_typed_one(
                "SELECT superseded_by, source_id, question_id, outcome FROM forecasts WHERE id = $1",
                &[p(&id)],
            )
            .map_err(pg("reading a forecast"))?;
        Ok(Placed {
            superseded_by: row.get(0),
            source_id: row.get(1),
            question_id: row.get(2),
            outcome: row.get(3),
        })
    }

    fn question_decided(&mut self, question_id: i64) -> Result<bool> {
        PgWriter::question_decided(self, question_id)
    }

    fn market_resolution(
        &mut self,
        question_id: i64,
        deadline: &str,
        id: i64,
    ) -> Result<Option<MarketResolution>> {
        let sql = crate::store::forecasts::market_resolution_sql(
            crate::store::dialect::Dialect::Postgres,
        );
        Ok(self
            .tx
            .query_typed_opt(&sql, &[p(&question_id), p(&deadline), p(&id)])
            .map_err(pg("reading the market's resolutions"))?
            .map(|r| (r.get(0), r.get(1), r.get(2))))
    }

    fn insert_version(
        &mut self,
        new: &ForecastFacts,
        source_id: i64,
        question_id: i64,
    ) -> Result<i64> {
        let new_id = self.next_id("forecasts")?;
        self.tx
            .execute_typed(
                "INSERT INTO forecasts (id, source_id, question_id, article_id, claim, probability,
                    probability_basis, probability_low, probability_high, made_on, deadline,
                    deadline_phrase, condition, stance, created_at, supersedes, correction_why,
                    logged_late)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)",
                &[
                    p(&new_id),
                    p(&source_id),
                    p(&question_id),
                    p(&new.article),
                    p(&new.claim),
                    p(&new.probability),
                    p(&new.probability_basis),
                    p(&new.probability_low),
                    p(&new.probability_high),
                    p(&new.made_on),
                    p(&new.deadline),
                    p(&new.deadline_phrase),
                    p(&new.condition),
                    p(&new.stance),
                    p(&new.created_at),
                    p(&new.supersedes),
                    p(&new.why),
                    p(&i32::from(new.logged_late)),
                ],
            )
            .map_err(pg("logging a correction"))?;
        Ok(new_id)
    }

    fn insert_tags(&mut self, id: i64, tags: &[String]) -> Result<()> {
        PgWriter::insert_tags(self, id, tags)
    }

    fn link_superseded(&mut self, old: i64, new: i64) -> Result<()> {
        self.tx
            .execute_typed(
                "UPDATE forecasts SET superseded_by = $1 WHERE id = $2",
                &[p(&new), p(&old)],
            )
            .map_err(pg("linking a correction"))?;
        Ok(())
    }

    fn carried(&mut self, id: i64) -> Result<Vec<Carried>> {
        Ok(self
            .tx
            .query_typed(&dialect(CARRIED_SQL), &[p(&id)])
            .map_err(pg("reading resolutions"))?
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)))
            .collect())
    }

    fn kept(&mut self) -> &mut Pending {
        &mut self.kept
    }
}
