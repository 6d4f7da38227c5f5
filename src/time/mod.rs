//! The clock and date reading. `Clock` is the only thing that knows "today": it is built once
//! in `main` (from `FORECAST_TODAY` or the system) and passed down, so every command can run
//! at a fixed date in tests. Dates are ISO `YYYY-MM-DD` calendar days with no time zone.

mod phrases;
mod seasons;

pub use phrases::{resolve_phrase, resolve_phrase_in, Granularity, Period, Tense};

use crate::error::{Error, Result};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

/// Today's date and the current instant, fixed for the life of a command.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    pub today: NaiveDate,
    pub now: DateTime<Utc>,
}

impl Clock {
    /// The system clock.
    pub fn system() -> Self {
        #[allow(clippy::disallowed_methods)]
        let now = Utc::now();
        Clock {
            today: now.date_naive(),
            now,
        }
    }

    /// A clock stopped at noon UTC of `today` (tests, back-filling).
    pub fn fixed(today: NaiveDate) -> Self {
        let noon = NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default();
        Clock {
            today,
            now: today.and_time(noon).and_utc(),
        }
    }

    /// The current instant as an RFC 3339 timestamp, as stored in the ledger.
    pub fn timestamp(&self) -> String {
        self.now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    }
}

/// Reads a `YYYY-MM-DD` date, refusing impossible days such as `2026-02-30`.
pub fn parse_date(input: &str) -> Result<NaiveDate> {
    let text = input.trim();
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10 && bytes[4] == b'-' && bytes[7] == b'-';
    if !shaped {
        return Err(Error::InvalidDate {
            input: input.to_string(),
        });
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| Error::InvalidDate {
        input: input.to_string(),
    })
}

/// Reads a date that may also carry a time (`2025-05-21T10:00:00Z`, `2025-05-21 10:00`):
/// the calendar day is kept. Used for other tools' exports.
pub fn parse_day_prefix(input: &str) -> Result<NaiveDate> {
    let text = input.trim();
    match text.get(..10) {
        Some(day) if text.len() == 10 || matches!(text.as_bytes()[10], b'T' | b' ' | b't') => {
            parse_date(day)
        }
        _ => Err(Error::InvalidDate {
            input: input.to_string(),
        }),
    }
}

/// A deadline as given to `add`: either an ISO date or a time phrase read relative to the
/// date made. The phrase is kept for the record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    pub date: NaiveDate,
    pub phrase: Option<String>,
}

/// Reads `--deadline`: `YYYY-MM-DD`, or a phrase such as `by summer` or `Q3 2026` read
/// relative to `made_on` (the table lives in `phrases`).
pub fn parse_deadline(input: &str, made_on: NaiveDate) -> Result<Deadline> {
    if let Ok(date) = parse_date(input) {
        return Ok(Deadline { date, phrase: None });
    }
    match resolve_phrase(input, made_on) {
        Some(period) => Ok(Deadline {
            date: period.last,
            phrase: Some(input.trim().to_string()),
        }),
        None => Err(Error::InvalidDeadline {
            input: input.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_parse_and_impossible_days_do_not() {
        assert_eq!(parse_date("2024-02-29").unwrap().to_string(), "2024-02-29");
        for bad in [
            "2026-02-30",
            "2025-02-29",
            "2026-13-01",
            "26-01-01",
            "2026-1-1",
            "",
            "tomorrow",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn timestamps_keep_their_day() {
        assert_eq!(
            parse_day_prefix("2025-05-21T23:10:00Z")
                .unwrap()
                .to_string(),
            "2025-05-21"
        );
        assert_eq!(
            parse_day_prefix("2025-05-21 10:00").unwrap().to_string(),
            "2025-05-21"
        );
        assert!(parse_day_prefix("2025-05-21X").is_err());
    }

    #[test]
    fn fixed_clock_is_noon_utc() {
        let c = Clock::fixed(parse_date("2026-11-28").unwrap());
        assert_eq!(c.timestamp(), "2026-11-28T12:00:00Z");
    }
}
