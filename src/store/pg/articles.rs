//! Articles on PostgreSQL: SQLite's `Writer::find_article`, `insert_article` and
//! `extracted_so_far`, through the queries and row readers `store::articles` writes once
//! for both dialects, and the same journal body.

use super::typed::p;
use super::{pg, PgWriter};
use crate::error::Result;
use crate::model::NewForecast;
use crate::store::articles::{
    article_body, extracted_sql, find_article_sql, reviewed_row, same_forecast_sql,
};
use crate::store::dialect::Dialect::Postgres;
use crate::store::{Extracted, NewArticle};

impl PgWriter<'_> {
    /// What earlier extractions of article `id` settled (read inside this transaction).
    pub fn extracted_so_far(&mut self, id: i64) -> Result<Extracted> {
        let (reviewed_sql, claims_sql) = extracted_sql(Postgres);
        let reviewed = self
            .tx
            .query_typed(&reviewed_sql, &[p(&id)])
            .map_err(pg("reading review decisions"))?
            .iter()
            .map(reviewed_row)
            .collect::<Result<_>>()?;
        let claims = self
            .tx
            .query_typed(&claims_sql, &[p(&id)])
            .map_err(pg("reading the article's forecasts"))?
            .iter()
            .map(|r| r.get(0))
            .collect();
        Ok(Extracted { reviewed, claims })
    }

    /// The article of `source` with this digest, if recorded before: (id, created_at).
    pub fn find_article(
        &mut self,
        source: &str,
        sha256: &str,
    ) -> Result<Option<(i64, String, String)>> {
        let Some((source_id, _)) = super::forecasts::source_named(&mut *self.tx, source)? else {
            return Ok(None);
        };
        Ok(self
            .tx
            .query_typed_opt(&find_article_sql(Postgres), &[p(&source_id), p(&sha256)])
            .map_err(pg("looking up an article"))?
            .map(|r| (r.get(0), r.get(1), r.get(2))))
    }

    /// The forecast that `f` would repeat, with its article and the forecast that corrected
    /// it (`same_forecast_sql`).
    pub fn same_forecast(&mut self, f: &NewForecast) -> Result<Option<crate::store::SameForecast>> {
        let Some((source_id, _)) = super::forecasts::source_named(&mut *self.tx, &f.source)? else {
            return Ok(None);
        };
        Ok(self
            .tx
            .query_typed_opt(
                &same_forecast_sql(Postgres),
                &[
                    p(&source_id),
                    p(&f.made_on.to_string()),
                    p(&f.deadline.to_string()),
                    p(&f.claim),
                    p(&f.probability.value()),
                    p(&f.stance.as_str()),
                    p(&f.condition),
                ],
            )
            .map_err(pg("looking for the same forecast"))?
            .map(|r| (r.get(0), r.get(1), r.get(2))))
    }

    /// Records an article and returns its id.
    pub fn insert_article(&mut self, a: &NewArticle) -> Result<i64> {
        let source_id = self.ensure_source(&a.source)?;
        let id = self.next_id("articles")?;
        self.tx
            .execute_typed(
                "INSERT INTO articles (id, source_id, published, title, url, sha256, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
                &[
                    p(&id),
                    p(&source_id),
                    p(&a.published.to_string()),
                    p(&a.title),
                    p(&a.url),
                    p(&a.sha256),
                    p(&self.now),
                ],
            )
            .map_err(pg("logging an article"))?;
        let body = article_body(id, source_id, a, &self.now);
        self.append("article", id, &body.to_string())?;
        Ok(id)
    }
}
