//! An import batch's rows held back and written `ROWS` to a statement: one multi-row
//! `INSERT ... VALUES (...), (...)` per table instead of a statement per row. A statement
//! per row paid, for every forecast, three look-ups of its SQL text in rusqlite's statement
//! cache (the text hashed twice and compared each time), a reset, a clear of every binding
//! and SQLite's opening of a cursor on the table and each of its indexes. The rows and
//! their values are exactly those a statement per row writes; only the number of
//! statements changes. Nothing reads the held tables while a batch loads (foreign keys are
//! checked, and the CHECK constraints tested, once at its end), and `flush` writes the rest
//! before anything does.

use crate::error::Result;
use rusqlite::types::ToSql;
use rusqlite::Connection;
use std::ops::Range;

/// Rows per statement (a forecast binds 19 values: 1,216 per statement, far under SQLite's
/// limit of 32,766).
pub const ROWS: usize = 64;

/// A forecast row's values, its texts held as ranges of `Held::forecast_text`.
pub struct ForecastRow {
    pub id: i64,
    pub source_id: i64,
    pub question_id: i64,
    pub article_id: Option<i64>,
    pub claim: Range<usize>,
    pub probability: f64,
    pub basis: Range<usize>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub made_on: Range<usize>,
    pub deadline: Range<usize>,
    pub deadline_phrase: Option<Range<usize>>,
    pub condition: Option<Range<usize>>,
    pub stance: &'static str,
    pub outcome: Option<&'static str>,
    pub resolved_on: Option<Range<usize>>,
    pub resolution_id: Option<i64>,
    pub late: bool,
}

/// A resolution row's values (`question_outcome_id` is NULL: an import's own outcome).
pub struct ResolutionRow {
    pub id: i64,
    pub forecast_id: i64,
    pub outcome: &'static str,
    pub resolved_on: Range<usize>,
    pub note: Option<Range<usize>>,
    pub reason: Option<&'static str>,
}

/// The rows held back, by table, with the texts they name. `recorded_at` and `created_at`
/// are the write's one instant, bound to every row.
#[derive(Default)]
pub struct Held {
    forecast_text: String,
    forecasts: Vec<ForecastRow>,
    resolution_text: String,
    resolutions: Vec<ResolutionRow>,
    tag_text: String,
    tags: Vec<(i64, Range<usize>)>,
    /// The SQL of a full statement of each table, made once.
    full: Option<[String; 3]>,
}

/// Appends `s` to `text`, returning where it stands.
pub fn push(text: &mut String, s: &str) -> Range<usize> {
    let start = text.len();
    text.push_str(s);
    start..text.len()
}

const FORECAST_COLUMNS: &str = "INSERT INTO forecasts (id, source_id, question_id, article_id, claim,
    probability, probability_basis, probability_low, probability_high, made_on, deadline,
    deadline_phrase, condition, stance, created_at, outcome, resolved_on, resolution_id, logged_late)
    VALUES ";
const RESOLUTION_COLUMNS: &str = "INSERT INTO resolutions (id, forecast_id, outcome, resolved_on,
    note, reason, question_outcome_id, recorded_at) VALUES ";
const TAG_COLUMNS: &str = "INSERT INTO forecast_tags (forecast_id, tag) VALUES ";

/// `head` followed by `rows` groups of `per_row` parameters; `null_at` puts a literal NULL
/// at that place of every group (a column no imported row fills).
fn values_sql(head: &str, rows: usize, per_row: usize, null_at: Option<usize>) -> String {
    let mut sql = String::with_capacity(head.len() + rows * per_row * 3);
    sql.push_str(head);
    let columns = per_row + usize::from(null_at.is_some());
    for r in 0..rows {
        sql.push_str(if r == 0 { "(" } else { ", (" });
        for c in 0..columns {
            if c > 0 {
                sql.push_str(", ");
            }
            sql.push_str(if null_at == Some(c) { "NULL" } else { "?" });
        }
        sql.push(')');
    }
    sql
}

impl Held {
    pub fn forecast_text(&mut self) -> &mut String {
        &mut self.forecast_text
    }

    pub fn resolution_text(&mut self) -> &mut String {
        &mut self.resolution_text
    }

    /// The SQL writing `rows` rows of table `which` (forecasts, resolutions, tags).
    fn sql(&mut self, which: usize, rows: usize) -> String {
        fn make(which: usize, rows: usize) -> String {
            match which {
                0 => values_sql(FORECAST_COLUMNS, rows, 19, None),
                // `question_outcome_id` (the seventh column) is NULL in every imported resolution.
                1 => values_sql(RESOLUTION_COLUMNS, rows, 7, Some(6)),
                _ => values_sql(TAG_COLUMNS, rows, 2, None),
            }
        }
        if rows != ROWS {
            return make(which, rows);
        }
        let full = self
            .full
            .get_or_insert_with(|| [make(0, ROWS), make(1, ROWS), make(2, ROWS)]);
        full[which].clone()
    }

    /// Holds a forecast row, writing the held ones once there are `ROWS`.
    pub fn forecast(&mut self, conn: &Connection, now: &str, row: ForecastRow) -> Result<()> {
        self.forecasts.push(row);
        if self.forecasts.len() == ROWS {
            self.write_forecasts(conn, now)?;
        }
        Ok(())
    }

    /// Holds a resolution row, writing the held ones once there are `ROWS`.
    pub fn resolution(&mut self, conn: &Connection, now: &str, row: ResolutionRow) -> Result<()> {
        self.resolutions.push(row);
        if self.resolutions.len() == ROWS {
            self.write_resolutions(conn, now)?;
        }
        Ok(())
    }

    /// Holds a tag row, writing the held ones once there are `ROWS`.
    pub fn tag(&mut self, conn: &Connection, forecast_id: i64, tag: &str) -> Result<()> {
        let at = push(&mut self.tag_text, tag);
        self.tags.push((forecast_id, at));
        if self.tags.len() == ROWS {
            self.write_tags(conn)?;
        }
        Ok(())
    }

    /// Writes every row still held.
    pub fn flush(&mut self, conn: &Connection, now: &str) -> Result<()> {
        self.write_resolutions(conn, now)?;
        self.write_forecasts(conn, now)?;
        self.write_tags(conn)
    }

    fn write_forecasts(&mut self, conn: &Connection, now: &str) -> Result<()> {
        const PER_ROW: usize = 19;
        let n = self.forecasts.len();
        if n == 0 {
            return Ok(());
        }
        let sql = self.sql(0, n);
        let mut stmt = statement(conn, &sql, n)?;
        let text = self.forecast_text.as_str();
        let at = |r: &Range<usize>| &text[r.clone()];
        for (i, f) in self.forecasts.iter().enumerate() {
            let values: [&dyn ToSql; PER_ROW] = [
                &f.id,
                &f.source_id,
                &f.question_id,
                &f.article_id,
                &at(&f.claim),
                &f.probability,
                &at(&f.basis),
                &f.low,
                &f.high,
                &at(&f.made_on),
                &at(&f.deadline),
                &f.deadline_phrase.as_ref().map(at),
                &f.condition.as_ref().map(at),
                &f.stance,
                &now,
                &f.outcome,
                &f.resolved_on.as_ref().map(at),
                &f.resolution_id,
                &f.late,
            ];
            for (c, v) in values.iter().enumerate() {
                stmt.raw_bind_parameter(i * PER_ROW + c + 1, v)?;
            }
        }
        stmt.raw_execute()?;
        self.forecasts.clear();
        self.forecast_text.clear();
        Ok(())
    }

    fn write_resolutions(&mut self, conn: &Connection, now: &str) -> Result<()> {
        const PER_ROW: usize = 7;
        let n = self.resolutions.len();
        if n == 0 {
            return Ok(());
        }
        let sql = self.sql(1, n);
        let mut stmt = statement(conn, &sql, n)?;
        let text = self.resolution_text.as_str();
        let at = |r: &Range<usize>| &text[r.clone()];
        for (i, r) in self.resolutions.iter().enumerate() {
            let values: [&dyn ToSql; PER_ROW] = [
                &r.id,
                &r.forecast_id,
                &r.outcome,
                &at(&r.resolved_on),
                &r.note.as_ref().map(at),
                &r.reason,
                &now,
            ];
            for (c, v) in values.iter().enumerate() {
                stmt.raw_bind_parameter(i * PER_ROW + c + 1, v)?;
            }
        }
        stmt.raw_execute()?;
        self.resolutions.clear();
        self.resolution_text.clear();
        Ok(())
    }

    fn write_tags(&mut self, conn: &Connection) -> Result<()> {
        let n = self.tags.len();
        if n == 0 {
            return Ok(());
        }
        let sql = self.sql(2, n);
        let mut stmt = statement(conn, &sql, n)?;
        for (i, (id, tag)) in self.tags.iter().enumerate() {
            stmt.raw_bind_parameter(2 * i + 1, id)?;
            stmt.raw_bind_parameter(2 * i + 2, &self.tag_text[tag.clone()])?;
        }
        stmt.raw_execute()?;
        self.tags.clear();
        self.tag_text.clear();
        Ok(())
    }
}

/// The statement for `rows` rows: a full one from the cache (one look-up per `ROWS` rows),
/// a batch's last, shorter one prepared for once.
fn statement<'c>(conn: &'c Connection, sql: &str, rows: usize) -> Result<Statement<'c>> {
    Ok(if rows == ROWS {
        Statement::Cached(conn.prepare_cached(sql)?)
    } else {
        Statement::Once(conn.prepare(sql)?)
    })
}

/// A prepared statement, from the cache or not.
enum Statement<'c> {
    Cached(rusqlite::CachedStatement<'c>),
    Once(rusqlite::Statement<'c>),
}

impl<'c> std::ops::Deref for Statement<'c> {
    type Target = rusqlite::Statement<'c>;
    fn deref(&self) -> &Self::Target {
        match self {
            Statement::Cached(s) => s,
            Statement::Once(s) => s,
        }
    }
}

impl std::ops::DerefMut for Statement<'_> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        match self {
            Statement::Cached(s) => s,
            Statement::Once(s) => s,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_sql_places_every_parameter_and_the_null() {
        assert_eq!(values_sql("V ", 2, 2, None), "V (?, ?), (?, ?)");
        assert_eq!(
            values_sql("V ", 2, 2, Some(1)),
            "V (?, NULL, ?), (?, NULL, ?)"
        );
        assert_eq!(values_sql("V ", 1, 2, Some(2)), "V (?, ?, NULL)");
    }
}
