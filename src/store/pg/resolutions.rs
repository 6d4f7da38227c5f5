//! Resolving forecasts on PostgreSQL: SQLite's `Writer::resolve_forecast`,
//! `resolve_question` and `apply_known_outcomes(_to)`. The checks and what a question
//! outcome decides are the shared functions of `store::resolutions`; only the statements
//! are PostgreSQL's.

use super::forecasts::question_id;
use super::{dialect, pg, PgWriter};
use crate::error::{Error, Result};
use crate::model::{Outcome, QuestionEvent, VoidReason};
use crate::store::batch::{Batch, RESOLUTIONS_BY_DIGEST_FROM};
use crate::store::bodies::ResolutionText;
use crate::store::forecasts::parse_outcome;
use crate::store::resolutions::{
    by_question, check_hand_resolution, check_new_event, check_reason, decide_known,
    decide_question, question_outcome_body, Known, Stored, Target, KNOWN_SQL, TARGETS_SQL,
};
use crate::store::QuestionResolution;
use crate::time::iso;
use chrono::NaiveDate;

impl PgWriter<'_> {
    /// Resolves forecast `id` by hand (see SQLite's `Writer::resolve_forecast`).
    #[allow(clippy::too_many_arguments)]
    pub fn resolve_forecast(
        &mut self,
        id: i64,
        outcome: Outcome,
        on: NaiveDate,
        note: Option<&str>,
        reason: Option<VoidReason>,
        amend: bool,
        today: NaiveDate,
    ) -> Result<()> {
        check_reason(outcome, reason)?;
        let found = self
            .tx
            .query_opt(
                "SELECT made_on, outcome, superseded_by FROM forecasts WHERE id = $1",
                &[&id],
            )
            .map_err(pg("reading a forecast"))?
            .map(|r| Stored {
                made_on: r.get(0),
                outcome: parse_outcome(r.get(1)),
                superseded_by: r.get(2),
            });
        check_hand_resolution(id, found, on, note, amend, today)?;
        self.insert_resolution(id, outcome, on, note, reason, None)
    }

    pub(super) fn insert_resolution(
        &mut self,
        forecast_id: i64,
        outcome: Outcome,
        on: NaiveDate,
        note: Option<&str>,
        reason: Option<VoidReason>,
        question_outcome: Option<i64>,
    ) -> Result<()> {
        let reason = reason.map(VoidReason::as_str);
        let on_text = iso(on);
        let before = self.counted(forecast_id)?;
        let rid = self.next_id("resolutions")?;
        self.tx
            .execute(
                "INSERT INTO resolutions (id, forecast_id, outcome, resolved_on, note, reason,
                     question_outcome_id, recorded_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                &[
                    &rid,
                    &forecast_id,
                    &outcome.as_str(),
                    &on_text,
                    &note,
                    &reason,
                    &question_outcome,
                    &self.now,
                ],
            )
            .map_err(pg("recording a resolution"))?;
        if let Some(before) = before {
            self.kept.resolve(&before, outcome);
        }
        self.tx
            .execute(
                "UPDATE forecasts SET outcome = $1, resolved_on = $2, resolution_id = $3 WHERE id = $4",
                &[&outcome.as_str(), &on_text, &rid, &forecast_id],
            )
            .map_err(pg("recording a resolution"))?;
        let body = ResolutionText {
            forecast_id,
            id: rid,
            note,
            outcome: outcome.as_str(),
            question_outcome_id: question_outcome,
            reason,
            recorded_at: &self.now,
            resolved_on: &on_text,
        }
        .text();
        self.append("resolution", rid, &body)?;
        Ok(())
    }

    /// Records what happened to question `key`'s event and resolves every forecast on it
    /// that the event decides.
    pub fn resolve_question(
        &mut self,
        key: &str,
        event: QuestionEvent,
        note: Option<&str>,
        today: NaiveDate,
    ) -> Result<QuestionResolution> {
        let Some(qid) = question_id(&mut self.tx, key)? else {
            return Err(Error::QuestionNotFound {
                key: key.to_string(),
            });
        };
        let known: Vec<(String, Option<String>)> = self
            .tx
            .query(
                "SELECT event, date FROM question_outcomes WHERE question_id = $1 ORDER BY id",
                &[&qid],
            )
            .map_err(pg("reading question outcomes"))?
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect();
        check_new_event(key, event, today, known)?;
        let qo = self.next_id("question_outcomes")?;
        let date = event.date().map(|d| d.to_string());
        self.tx
            .execute(
                "INSERT INTO question_outcomes (id, question_id, event, date, note, recorded_at)
                 VALUES ($1, $2, $3, $4, $5, $6)",
                &[&qo, &qid, &event.kind(), &date, &note, &self.now],
            )
            .map_err(pg("recording a question outcome"))?;
        let body = question_outcome_body(qo, key, event, note, &self.now);
        let targets = self.targets(qid)?;
        let (summary, to_resolve) = decide_question(key, event, &targets, today);
        if to_resolve.len() < RESOLUTIONS_BY_DIGEST_FROM {
            self.append("question_outcome", qo, &body.to_string())?;
            for r in to_resolve {
                self.insert_resolution(r.id, r.outcome, r.on, note, r.reason, Some(qo))?;
            }
            return Ok(summary);
        }
        // The resolutions are recorded by digest in the outcome's one entry, as on SQLite.
        self.resolving = Some(Batch::default());
        let mut done = Ok(());
        for r in to_resolve {
            done = self.insert_resolution(r.id, r.outcome, r.on, note, r.reason, Some(qo));
            if done.is_err() {
                break;
            }
        }
        let batch = self.resolving.take().unwrap_or_default();
        done?;
        self.append("question_outcome", qo, &batch.record_in(body).to_string())?;
        Ok(summary)
    }

    /// Applies every recorded question outcome to the unresolved forecasts it decides.
    pub fn apply_known_outcomes(&mut self, today: NaiveDate) -> Result<Vec<QuestionResolution>> {
        self.apply_outcomes(today, None)
    }

    /// The same for the question of forecast `id` only.
    pub fn apply_known_outcomes_to(
        &mut self,
        id: i64,
        today: NaiveDate,
    ) -> Result<Option<QuestionResolution>> {
        let qid: i64 = self
            .tx
            .query_one("SELECT question_id FROM forecasts WHERE id = $1", &[&id])
            .map_err(pg("reading a forecast"))?
            .get(0);
        Ok(self.apply_outcomes(today, Some(qid))?.pop())
    }

    fn apply_outcomes(
        &mut self,
        today: NaiveDate,
        only_question: Option<i64>,
    ) -> Result<Vec<QuestionResolution>> {
        let known: Vec<Known> = self
            .tx
            .query(&dialect(KNOWN_SQL), &[&only_question])
            .map_err(pg("reading question outcomes"))?
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5)))
            .collect();
        let mut out = Vec::new();
        for (qid, events) in by_question(&known) {
            let targets = self.targets(qid)?;
            let plan = decide_known(&events, &targets, today);
            for r in &plan.to_resolve {
                self.insert_resolution(
                    r.id,
                    r.outcome,
                    r.on,
                    r.note.as_deref(),
                    r.reason,
                    r.question_outcome,
                )?;
            }
            out.extend(plan.summary);
        }
        Ok(out)
    }

    fn targets(&mut self, question_id: i64) -> Result<Vec<Target>> {
        self.tx
            .query(&dialect(TARGETS_SQL), &[&question_id])
            .map_err(pg("reading a question's forecasts"))?
            .iter()
            .map(|r| Target::parse(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)))
            .collect()
    }
}
