//! Resolving forecasts on PostgreSQL: the statements of `store::resolutions::ResolutionSteps`.
//! What a hand resolution, a question outcome and the outcomes already recorded do (the
//! checks, what an outcome decides, the journal entries and the kept sums' changes) is the
//! shared code of `store::resolutions`; only the SQL is PostgreSQL's here.

use super::forecasts::question_id;
use super::read::HORIZON;
use super::typed::p;
use super::{dialect, pg, PgWriter};
use crate::error::Result;
use crate::model::{QuestionEvent, VoidReason};
use crate::store::batch::Batch;
use crate::store::forecasts::parse_outcome;
use crate::store::kept::Counted;
use crate::store::resolutions::{
    amend_target_row, amend_targets_sql, counted_target_row, counted_targets_sql, decided_rows,
    resolution_body, AmendTarget, Decided, Known, NewResolution, ResolutionSteps, Stored, Target,
    DECIDED_KEYS_SQL, IN_FORCE_SQL, KNOWN_SQL, STORED_SQL, TARGETS_SQL,
};
use crate::time::iso;

/// The fewest resolutions one question outcome writes for which the update is planned
/// around stale statistics (see `write_resolutions_by_digest`): at 4,000 the backwards
/// reads are about 8 million rows, some 35 ms (measured at 5,000: 55 ms in the trigger
/// for 12.5 million), about what an `ANALYZE` of `resolutions` took at 100,000 rows (30 ms).
const REPLAN_FROM: usize = 4_000;

impl ResolutionSteps for PgWriter<'_> {
    fn now(&self) -> &str {
        &self.now
    }

    fn counted(&mut self, id: i64) -> Result<Option<Counted>> {
        PgWriter::counted(self, id)
    }

    fn append_entry(&mut self, kind: &str, id: i64, body: String) -> Result<()> {
        self.append(kind, id, &body).map(|_| ())
    }

    fn stored(&mut self, id: i64) -> Result<Option<Stored>> {
        Ok(self
            .tx
            .query_typed_opt(&dialect(STORED_SQL), &[p(&id)])
            .map_err(pg("reading a forecast"))?
            .map(|r| Stored {
                made_on: r.get(0),
                outcome: parse_outcome(r.get(1)),
                superseded_by: r.get(2),
                resolved_on: r.get(3),
                reason: r.get(4),
            }))
    }

    fn write_resolution(&mut self, r: &NewResolution<'_>, before: Option<Counted>) -> Result<()> {
        let reason = r.reason.map(VoidReason::as_str);
        let on_text = iso(r.on);
        let rid = self.next_id("resolutions")?;
        self.tx
            .execute_typed(
                "INSERT INTO resolutions (id, forecast_id, outcome, resolved_on, note, reason,
                     question_outcome_id, recorded_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                &[
                    p(&rid),
                    p(&r.forecast_id),
                    p(&r.outcome.as_str()),
                    p(&on_text),
                    p(&r.note),
                    p(&reason),
                    p(&r.question_outcome),
                    p(&self.now),
                ],
            )
            .map_err(pg("recording a resolution"))?;
        if let Some(before) = before {
            self.kept.resolve(&before, r.outcome);
        }
        self.tx
            .execute_typed(
                "UPDATE forecasts SET outcome = $1, resolved_on = $2, resolution_id = $3 WHERE id = $4",
                &[p(&r.outcome.as_str()), p(&on_text), p(&rid), p(&r.forecast_id)],
            )
            .map_err(pg("recording a resolution"))?;
        let body = resolution_body(r, rid, &self.now);
        self.append("resolution", rid, &body)?;
        Ok(())
    }

    /// Every resolution in one statement (`INSERT ... SELECT` over arrays of their
    /// columns, ids from `MAX(id) + 1` on as SQLite gives them), the forecasts' current
    /// outcome in one `UPDATE ... FROM` over the rows written, as SQLite's writer does; the
    /// digests are of the same bodies, so the outcome's entry is SQLite's hash for hash.
    /// (A statement per row took two round trips a forecast.)
    fn write_resolutions_by_digest(
        &mut self,
        decided: &[(Decided, Option<Counted>)],
        note: Option<&str>,
        qo: i64,
    ) -> Result<Batch> {
        let first = self.next_id("resolutions")?;
        let mut batch = Batch::default();
        let rows = decided_rows(
            decided,
            note,
            qo,
            first,
            &self.now,
            &mut self.kept,
            &mut batch,
        )?;
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let forecasts: Vec<i64> = rows.iter().map(|r| r.forecast_id).collect();
        let outcomes: Vec<&str> = rows.iter().map(|r| r.outcome).collect();
        let days: Vec<&str> = rows.iter().map(|r| r.resolved_on.as_str()).collect();
        let reasons: Vec<Option<&str>> = rows.iter().map(|r| r.reason).collect();
        self.tx
            .execute_typed(
                "INSERT INTO resolutions (id, forecast_id, outcome, resolved_on, note, reason,
                     question_outcome_id, recorded_at)
                 SELECT r.id, r.forecast_id, r.outcome, r.resolved_on, $5, r.reason, $6, $7
                 FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $8::text[])
                      AS r (id, forecast_id, outcome, resolved_on, reason)",
                &[
                    p(&ids),
                    p(&forecasts),
                    p(&outcomes),
                    p(&days),
                    p(&note),
                    p(&qo),
                    p(&self.now),
                    p(&reasons),
                ],
            )
            .map_err(pg("recording resolutions"))?;
        // The trigger that holds each forecast's outcome to its newest resolution
        // (`ledger_outcome_follows`, run for every row the update sets) looks that
        // resolution up by forecast. Planned on statistics from before these rows, it read
        // `resolutions` backwards from the newest id for each forecast instead, past the
        // rows just written: quadratic (100,000 forecasts: over nine minutes). With the new
        // rows counted (`ANALYZE`, which only the tables' owner may run) or, for another
        // role, without plain index scans during the update, it goes through
        // `resolutions_forecast`. Below `REPLAN_FROM` the quadratic part is smaller than
        // an `ANALYZE` of a large table, so neither is done.
        let owner: bool = decided.len() >= REPLAN_FROM
            && self
                .tx
                .query_typed_one(
                    "SELECT pg_has_role(relowner, 'USAGE') FROM pg_class WHERE oid = 'resolutions'::regclass",
                    &[],
                )
                .map_err(pg("reading the ledger's owner"))?
                .get(0);
        let (before, after) = if decided.len() < REPLAN_FROM {
            ("", "")
        } else if owner {
            ("ANALYZE resolutions", "")
        } else {
            (
                "SET LOCAL enable_indexscan = off",
                "SET LOCAL enable_indexscan TO DEFAULT",
            )
        };
        if !before.is_empty() {
            self.tx
                .batch_execute(before)
                .map_err(pg("recording resolutions"))?;
        }
        self.tx
            .execute_typed(
                "UPDATE forecasts SET outcome = r.outcome, resolved_on = r.resolved_on, resolution_id = r.id
                 FROM resolutions r WHERE r.id >= $1 AND forecasts.id = r.forecast_id",
                &[p(&first)],
            )
            .map_err(pg("recording resolutions"))?;
        if !after.is_empty() {
            self.tx
                .batch_execute(after)
                .map_err(pg("recording resolutions"))?;
        }
        Ok(batch)
    }

    fn question_id(&mut self, key: &str) -> Result<Option<i64>> {
        question_id(&mut *self.tx, key)
    }

    fn question_events(&mut self, question_id: i64) -> Result<Vec<(i64, String, Option<String>)>> {
        Ok(self
            .tx
            .query_typed(&dialect(IN_FORCE_SQL), &[p(&question_id)])
            .map_err(pg("reading question outcomes"))?
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .collect())
    }

    fn insert_question_outcome(
        &mut self,
        question_id: i64,
        event: QuestionEvent,
        note: Option<&str>,
        amends: Option<i64>,
    ) -> Result<i64> {
        let qo = self.next_id("question_outcomes")?;
        let date = event.date().map(|d| d.to_string());
        self.tx
            .execute_typed(
                "INSERT INTO question_outcomes (id, question_id, event, date, note, recorded_at, amends)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
                &[
                    p(&qo),
                    p(&question_id),
                    p(&event.kind()),
                    p(&date),
                    p(&note),
                    p(&self.now),
                    p(&amends),
                ],
            )
            .map_err(pg("recording a question outcome"))?;
        self.ahead.decided.insert(question_id, true);
        Ok(qo)
    }

    fn amend_targets(&mut self, question_id: i64) -> Result<Vec<AmendTarget>> {
        self.tx
            .query_typed(&dialect(&amend_targets_sql(HORIZON)), &[p(&question_id)])
            .map_err(pg("reading a question's forecasts"))?
            .iter()
            .map(amend_target_row)
            .collect()
    }

    fn counted_targets(&mut self, question_id: i64) -> Result<Vec<(Target, Counted)>> {
        self.tx
            .query_typed(&dialect(&counted_targets_sql(HORIZON)), &[p(&question_id)])
            .map_err(pg("reading a question's forecasts"))?
            .iter()
            .map(counted_target_row)
            .collect()
    }

    fn targets(&mut self, question_id: i64) -> Result<Vec<Target>> {
        self.tx
            .query_typed(&dialect(TARGETS_SQL), &[p(&question_id)])
            .map_err(pg("reading a question's forecasts"))?
            .iter()
            .map(|r| Target::parse(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)))
            .collect()
    }

    fn known(&mut self, only_question: Option<i64>) -> Result<Vec<Known>> {
        // A question this write knows has no outcome recorded has none to apply.
        if let Some(q) = only_question {
            if self.ahead.decided.get(&q) == Some(&false) {
                return Ok(Vec::new());
            }
        }
        Ok(self
            .tx
            .query_typed(&dialect(KNOWN_SQL), &[p(&only_question)])
            .map_err(pg("reading question outcomes"))?
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5)))
            .collect())
    }

    fn decided_keys(&mut self) -> Result<rustc_hash::FxHashSet<String>> {
        Ok(self
            .tx
            .query_typed(DECIDED_KEYS_SQL, &[])
            .map_err(pg("reading question outcomes"))?
            .iter()
            .map(|r| r.get(0))
            .collect())
    }

    fn question_of(&mut self, id: i64) -> Result<i64> {
        if let Some(q) = self.ahead.question_of.get(&id) {
            return Ok(*q);
        }
        Ok(self
            .tx
            .query_typed_one("SELECT question_id FROM forecasts WHERE id = $1", &[p(&id)])
            .map_err(pg("reading a forecast"))?
            .get(0))
    }

    fn question_key_of(&mut self, id: i64) -> Result<String> {
        Ok(self
            .tx
            .query_typed_one("SELECT key FROM questions WHERE id = $1", &[p(&id)])
            .map_err(pg("reading a question"))?
            .get(0))
    }
}
