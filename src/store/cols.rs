//! Reading a result row by column number the same way on both backends, so a row of SQLite
//! (`rusqlite::Row`) and a row of PostgreSQL (`postgres::Row`) turn into a `Forecast`, a
//! `Resolution` or a kept-sum cell through one function: the queries differ where the
//! dialects do, what a row means is written once.
//!
//! Decisions: integers are read whatever their width (PostgreSQL's `count(*)` is BIGINT,
//! `bin` INTEGER); a flag is SQLite's 0/1 integer or PostgreSQL's boolean; a NULL read as a
//! non-optional value is an error naming the column, never a default.

use crate::error::{Error, Result};
use crate::model::Outcome;
use postgres::types::Type;
use rusqlite::types::ValueRef;

/// Days since 1970-01-01 of an ISO date as stored (`YYYY-MM-DD`), read by hand: the market
/// scan reads two dates a row, and chrono's parser would be most of its time.
pub(crate) fn stored_day(text: &[u8]) -> Option<i32> {
    let digits = |r: std::ops::Range<usize>| -> Option<i64> {
        text.get(r)?.iter().try_fold(0i64, |n, &b| {
            b.is_ascii_digit().then(|| n * 10 + i64::from(b - b'0'))
        })
    };
    if text.len() != 10 || text[4] != b'-' || text[7] != b'-' {
        return None;
    }
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Days from civil (H. Hinnant's algorithm), exact for the proleptic Gregorian calendar.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    i32::try_from(era * 146_097 + doe - 719_468).ok()
}

/// One row's columns by number (from 0).
pub(crate) trait Cols {
    fn opt_int(&self, i: usize) -> Result<Option<i64>>;
    fn opt_real(&self, i: usize) -> Result<Option<f64>>;
    fn opt_text(&self, i: usize) -> Result<Option<String>>;
    /// A blob borrowed from the row, not copied (the kept shapes are megabytes).
    fn opt_bytes(&self, i: usize) -> Result<Option<&[u8]>>;
    /// A boolean: SQLite's integer 0 or 1, or PostgreSQL's boolean.
    fn opt_flag(&self, i: usize) -> Result<Option<bool>>;
    /// A stored ISO date (`YYYY-MM-DD`) as days since 1970-01-01, read without allocating
    /// (the report scans read two a row); `None` when it is not a date.
    fn day(&self, i: usize) -> Result<Option<i32>>;
    /// A stored outcome (`true`, `false`, `void`; NULL or anything else is none).
    fn outcome(&self, i: usize) -> Result<Option<Outcome>>;

    fn int(&self, i: usize) -> Result<i64> {
        self.opt_int(i)?.ok_or_else(|| null(i))
    }
    fn real(&self, i: usize) -> Result<f64> {
        self.opt_real(i)?.ok_or_else(|| null(i))
    }
    fn text(&self, i: usize) -> Result<String> {
        self.opt_text(i)?.ok_or_else(|| null(i))
    }
    fn bytes(&self, i: usize) -> Result<&[u8]> {
        self.opt_bytes(i)?.ok_or_else(|| null(i))
    }
    fn flag(&self, i: usize) -> Result<bool> {
        self.opt_flag(i)?.ok_or_else(|| null(i))
    }
    /// A stored date (`YYYY-MM-DD`), as the rows that carry one to a caller read it.
    fn date(&self, i: usize) -> Result<chrono::NaiveDate> {
        let text = self.text(i)?;
        crate::time::parse_date(&text)
            .map_err(|_| Error::Other(format!("a stored date `{text}` is not a date")))
    }
    /// A stored stance: `against`, or anything else `for`.
    fn stance(&self, i: usize) -> Result<crate::model::Stance> {
        Ok(if self.text(i)? == "against" {
            crate::model::Stance::Against
        } else {
            crate::model::Stance::For
        })
    }
}

fn null(i: usize) -> Error {
    Error::Other(format!(
        "column {i} of a stored row is NULL where a value belongs"
    ))
}

fn outcome_of(text: &[u8]) -> Option<Outcome> {
    match text {
        b"true" => Some(Outcome::True),
        b"false" => Some(Outcome::False),
        b"void" => Some(Outcome::Void),
        _ => None,
    }
}

impl Cols for rusqlite::Row<'_> {
    fn day(&self, i: usize) -> Result<Option<i32>> {
        Ok(match self.get_ref(i)? {
            ValueRef::Text(t) => stored_day(t),
            _ => None,
        })
    }
    fn outcome(&self, i: usize) -> Result<Option<Outcome>> {
        Ok(match self.get_ref(i)? {
            ValueRef::Text(t) => outcome_of(t),
            _ => None,
        })
    }
    fn opt_int(&self, i: usize) -> Result<Option<i64>> {
        Ok(self.get(i)?)
    }
    fn opt_real(&self, i: usize) -> Result<Option<f64>> {
        Ok(self.get(i)?)
    }
    fn opt_text(&self, i: usize) -> Result<Option<String>> {
        Ok(self.get(i)?)
    }
    fn opt_bytes(&self, i: usize) -> Result<Option<&[u8]>> {
        match self.get_ref(i)? {
            ValueRef::Blob(b) => Ok(Some(b)),
            ValueRef::Null => Ok(None),
            _ => Err(Error::Other(format!(
                "column {i} of a stored row is not a blob where one belongs"
            ))),
        }
    }
    fn opt_flag(&self, i: usize) -> Result<Option<bool>> {
        Ok(self.get(i)?)
    }
}

fn pg(i: usize) -> impl Fn(postgres::Error) -> Error {
    move |source| Error::Postgres {
        context: format!("reading column {i} of a row"),
        source,
    }
}

impl Cols for postgres::Row {
    fn day(&self, i: usize) -> Result<Option<i32>> {
        let text: Option<&str> = self.try_get(i).map_err(pg(i))?;
        Ok(text.and_then(|t| stored_day(t.as_bytes())))
    }
    fn outcome(&self, i: usize) -> Result<Option<Outcome>> {
        let text: Option<&str> = self.try_get(i).map_err(pg(i))?;
        Ok(text.and_then(|t| outcome_of(t.as_bytes())))
    }
    fn opt_int(&self, i: usize) -> Result<Option<i64>> {
        let ty = self.columns().get(i).map(|c| c.type_().clone());
        Ok(match ty {
            Some(Type::INT2) => self
                .try_get::<_, Option<i16>>(i)
                .map_err(pg(i))?
                .map(i64::from),
            Some(Type::INT4) => self
                .try_get::<_, Option<i32>>(i)
                .map_err(pg(i))?
                .map(i64::from),
            _ => self.try_get(i).map_err(pg(i))?,
        })
    }
    fn opt_real(&self, i: usize) -> Result<Option<f64>> {
        self.try_get(i).map_err(pg(i))
    }
    fn opt_text(&self, i: usize) -> Result<Option<String>> {
        self.try_get(i).map_err(pg(i))
    }
    fn opt_bytes(&self, i: usize) -> Result<Option<&[u8]>> {
        self.try_get(i).map_err(pg(i))
    }
    fn opt_flag(&self, i: usize) -> Result<Option<bool>> {
        if self.columns().get(i).map(|c| c.type_()) == Some(&Type::BOOL) {
            return self.try_get(i).map_err(pg(i));
        }
        Ok(self.opt_int(i)?.map(|n| n != 0))
    }
}

/// The columns of `R` from column `at` on: a query that reads several kinds of row in one
/// statement puts each kind's columns side by side, and each kind is read by its own
/// function as if its columns came first.
pub(crate) struct Shifted<'r, R> {
    pub row: &'r R,
    pub at: usize,
}

impl<R: Cols> Cols for Shifted<'_, R> {
    fn opt_int(&self, i: usize) -> Result<Option<i64>> {
        self.row.opt_int(self.at + i)
    }
    fn opt_real(&self, i: usize) -> Result<Option<f64>> {
        self.row.opt_real(self.at + i)
    }
    fn opt_text(&self, i: usize) -> Result<Option<String>> {
        self.row.opt_text(self.at + i)
    }
    fn opt_bytes(&self, i: usize) -> Result<Option<&[u8]>> {
        self.row.opt_bytes(self.at + i)
    }
    fn opt_flag(&self, i: usize) -> Result<Option<bool>> {
        self.row.opt_flag(self.at + i)
    }
    fn day(&self, i: usize) -> Result<Option<i32>> {
        self.row.day(self.at + i)
    }
    fn outcome(&self, i: usize) -> Result<Option<Outcome>> {
        self.row.outcome(self.at + i)
    }
}
