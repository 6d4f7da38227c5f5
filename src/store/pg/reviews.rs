//! Extraction reviews on PostgreSQL: SQLite's `Writer::insert_review`, and a review's
//! journal body loaded back for `verify` (the same `ReviewRow` both ways).

use super::typed::p;
use super::{dialect, pg, PgWriter};
use crate::error::Result;
use crate::store::reviews::{ReviewRow, REVIEW_COLUMNS, REVIEW_SELECT};
use crate::store::NewReview;
use postgres::GenericClient;
use serde_json::Value;

impl PgWriter<'_> {
    /// Records one decision about a candidate of `article`, with the forecast logged from it.
    pub fn insert_review(
        &mut self,
        article: i64,
        r: &NewReview,
        forecast: Option<i64>,
    ) -> Result<i64> {
        let row = ReviewRow::new(article, r, forecast, &self.now);
        self.insert_review_row(row)
    }

    /// SQLite's `insert_review_before_13`: a review as recorded before schema 13.
    #[cfg(test)]
    pub(crate) fn insert_review_before_13(
        &mut self,
        article: i64,
        r: &NewReview,
        forecast: Option<i64>,
    ) -> Result<i64> {
        let row = ReviewRow::new(article, r, forecast, &self.now).before_13();
        self.insert_review_row(row)
    }

    fn insert_review_row(&mut self, row: ReviewRow) -> Result<i64> {
        let id = self.next_id("extraction_reviews")?;
        let row = ReviewRow { id, ..row };
        self.tx
            .execute_typed(
                &format!(
                    "INSERT INTO extraction_reviews (id, {REVIEW_COLUMNS})
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,
                             $16, $17, $18, $19, $20, $21, $22)"
                ),
                &[
                    p(&row.id),
                    p(&row.article),
                    p(&row.candidate),
                    p(&row.sentence_start),
                    p(&row.sentence_end),
                    p(&row.claim),
                    p(&row.probability),
                    p(&row.probability_basis),
                    p(&row.deadline),
                    p(&row.deadline_phrase),
                    p(&row.decision),
                    p(&row.decided_probability),
                    p(&row.decided_deadline),
                    p(&row.forecast),
                    p(&row.recorded_at),
                    p(&row.attributed_to),
                    p(&row.stance),
                    p(&row.condition),
                    p(&row.decided_claim),
                    p(&row.decided_attributed_to),
                    p(&row.decided_stance),
                    p(&row.decided_condition),
                ],
            )
            .map_err(pg("recording a review"))?;
        self.append("extraction_review", id, &row.body().to_string())?;
        Ok(id)
    }
}

/// A review's journal body rebuilt from its row; `None` when the row is gone.
pub(super) fn load_body(client: &mut impl GenericClient, id: i64) -> Result<Option<Value>> {
    let row = client
        .query_typed_opt(&dialect(REVIEW_SELECT), &[p(&id)])
        .map_err(pg("reading a review"))?;
    Ok(row.map(|r| {
        ReviewRow {
            id: r.get(0),
            article: r.get(1),
            candidate: r.get(2),
            sentence_start: r.get(3),
            sentence_end: r.get(4),
            claim: r.get(5),
            probability: r.get(6),
            probability_basis: r.get(7),
            deadline: r.get(8),
            deadline_phrase: r.get(9),
            decision: r.get(10),
            decided_probability: r.get(11),
            decided_deadline: r.get(12),
            forecast: r.get(13),
            recorded_at: r.get(14),
            attributed_to: r.get(15),
            stance: r.get(16),
            condition: r.get(17),
            decided_claim: r.get(18),
            decided_attributed_to: r.get(19),
            decided_stance: r.get(20),
            decided_condition: r.get(21),
        }
        .body()
    }))
}
