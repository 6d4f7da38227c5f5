//! Articles forecasts were extracted from, identified by source and the SHA-256 of their
//! text, so extracting the same article twice logs nothing new.

use super::Writer;
use crate::error::Result;
use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};
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

impl Writer<'_> {
    /// The id of an article already recorded for this source with this digest.
    pub fn find_article(&mut self, source: &str, sha256: &str) -> Result<Option<(i64, String)>> {
        Ok(self
            .tx
            .query_row(
                "SELECT a.id, a.created_at FROM articles a JOIN sources s ON s.id = a.source_id
                 WHERE s.name = ?1 AND a.sha256 = ?2",
                params![source.trim(), sha256],
                |r| Ok((r.get(0)?, r.get(1)?)),
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
        let body = json!({
            "id": id, "source_id": source_id, "published": a.published.to_string(), "title": a.title,
            "url": a.url, "sha256": a.sha256, "created_at": self.now,
        });
        self.journal("article", id, &body)?;
        Ok(id)
    }
}
