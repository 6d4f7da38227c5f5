//! The clock and date reading. `Clock` is the only thing that knows "today": it is built once
//! in `main` (from `FORECAST_TODAY` or the system) and passed down, so every command can run
//! at a fixed date in tests. Dates are ISO `YYYY-MM-DD` calendar days with no time zone.
//!
//! "Today" is the calendar day where the user is (the local time zone, `TZ` on Unix), not
//! the UTC day: at 7 pm in Los Angeles a deadline of today is still today. The instant
//! written to the journal stays UTC. `FORECAST_TODAY` overrides the day and wins over both.

mod holidays;
mod phrases;
mod seasons;
pub mod typed;

pub(crate) use phrases::number as count_word;
pub(crate) use phrases::{
    analyst_period, decade_year, month, rolled_a_week, said_on_its_day, weekday,
};
pub use phrases::{resolve_phrase, resolve_phrase_in, split_year, Granularity, Period, Tense};

use crate::error::{Error, Result};
use chrono::{DateTime, Local, NaiveDate, NaiveTime, TimeZone, Utc};

/// Today's date and the current instant, fixed for the life of a command.
///
/// `today` is the calendar day the tool reasons with (`FORECAST_TODAY` may move it);
/// `now` is the wall-clock instant written to the ledger (`logged_at`), which
/// `FORECAST_TODAY` never moves: a forecast back-filled "as of" an old day is still
/// recorded as logged when it really was.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    pub today: NaiveDate,
    pub now: DateTime<Utc>,
}

impl Clock {
    /// The system clock: today is the local calendar day.
    pub fn system() -> Self {
        #[allow(clippy::disallowed_methods)]
        let now = Utc::now();
        Clock::at(now, &Local)
    }

    /// The clock at instant `now` for a user in `zone`: today is `now`'s calendar day there.
    pub fn at<Tz: TimeZone>(now: DateTime<Utc>, zone: &Tz) -> Self {
        Clock {
            today: now.with_timezone(zone).date_naive(),
            now,
        }
    }

    /// The calendar day `today` (from `FORECAST_TODAY`) with the real wall-clock instant.
    pub fn on_day(today: NaiveDate) -> Self {
        Clock {
            today,
            ..Clock::system()
        }
    }

    /// A clock stopped at noon UTC of `today` (unit tests only: the CLI always records the
    /// wall clock, see `on_day`).
    pub fn fixed(today: NaiveDate) -> Self {
        let noon = NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default();
        Clock {
            today,
            now: today.and_time(noon).and_utc(),
        }
    }

    /// The current instant as an RFC 3339 UTC timestamp with milliseconds, as stored in
    /// the ledger (`2026-11-30T04:30:12.345Z`).
    pub fn timestamp(&self) -> String {
        timestamp(self.now)
    }
}

/// `instant` as the ledger stores instants: RFC 3339, UTC, milliseconds, `Z`.
pub fn timestamp(instant: DateTime<Utc>) -> String {
    instant.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Reads an instant the ledger stored (any RFC 3339 form).
pub fn parse_timestamp(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

impl Clock {
    /// The instant to record after `last` (the journal's newest `logged_at`): now, or one
    /// millisecond after `last` if the wall clock is not past it (a clock set back, or two
    /// writes in one millisecond), so journal times only ever go forward.
    pub fn after(now: &str, last: Option<&str>) -> String {
        let (Some(n), Some(l)) = (parse_timestamp(now), last.and_then(parse_timestamp)) else {
            return now.to_string();
        };
        if n > l {
            timestamp(n)
        } else {
            timestamp(l + chrono::Duration::milliseconds(1))
        }
    }
}

/// Refuses a `--since` after `--until`: such a range selects nothing, which is a typo, not
/// a question a report can answer.
pub fn check_range(since: Option<NaiveDate>, until: Option<NaiveDate>) -> Result<()> {
    match (since, until) {
        (Some(s), Some(u)) if s > u => Err(Error::invalid(
            format!("--since `{s}`"),
            format!("it is after --until `{u}`, so nothing could be selected; swap them"),
        )),
        _ => Ok(()),
    }
}

/// Reads a `YYYY-MM-DD` date, refusing impossible days such as `2026-02-30`.
pub fn parse_date(input: &str) -> Result<NaiveDate> {
    let text = input.trim();
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10 && bytes[4] == b'-' && bytes[7] == b'-';
    if !shaped {
        // Only on the way out: `06/01/2027` gets both readings, as on the command line (an
        // import's dates take this path too).
        typed::refuse_ambiguous(input)?;
        return Err(Error::InvalidDate {
            input: input.to_string(),
        });
    }
    // By hand: chrono's format-string parser was a tenth of an import's time.
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        bytes[range].iter().try_fold(0u32, |n, b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    };
    let date = match (number(0..4), number(5..7), number(8..10)) {
        (Some(y), Some(m), Some(d)) => i32::try_from(y)
            .ok()
            .and_then(|y| NaiveDate::from_ymd_opt(y, m, d)),
        _ => None,
    };
    date.ok_or_else(|| Error::InvalidDate {
        input: input.to_string(),
    })
}

/// `date` as `YYYY-MM-DD`, as its `Display` prints it, without the formatting machinery
/// (imports print two or three dates per row).
pub fn iso(date: NaiveDate) -> String {
    match iso_bytes(date) {
        Some(bytes) => bytes.iter().map(|&b| char::from(b)).collect(),
        None => date.to_string(),
    }
}

/// `iso(date)` without allocating, for years 0 to 9999 (`None` outside them, where
/// `Display` writes a sign and more digits).
pub fn iso_bytes(date: NaiveDate) -> Option<[u8; 10]> {
    use chrono::Datelike;
    let (y, m, d) = (date.year(), date.month(), date.day());
    if !(0..=9999).contains(&y) {
        return None;
    }
    let digit = |n: u32| b'0' + (n % 10) as u8;
    let y = y as u32;
    Some([
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        b'-',
        digit(m / 10),
        digit(m),
        b'-',
        digit(d / 10),
        digit(d),
    ])
}

/// Reads a day as typed on the command line (`--made-on`, `--since`): `YYYY-MM-DD`, `today`,
/// `yesterday`; `06/01/2027` is refused as ambiguous with both readings in the hint.
pub fn parse_day(input: &str, today: NaiveDate) -> Result<NaiveDate> {
    match input.trim().to_ascii_lowercase().as_str() {
        "today" => return Ok(today),
        "yesterday" => {
            return today.pred_opt().ok_or_else(|| Error::InvalidDate {
                input: input.to_string(),
            })
        }
        _ => {}
    }
    typed::refuse_ambiguous(input)?;
    parse_date(input)
}

/// Reads a date that may also carry a time (`2025-05-21T10:00:00Z`, `2025-05-21 10:00`):
/// the calendar day is kept. Used for other tools' exports.
pub fn parse_day_prefix(input: &str) -> Result<NaiveDate> {
    let text = input.trim();
    match text.get(..10) {
        Some(day) if text.len() == 10 || matches!(text.as_bytes()[10], b'T' | b' ' | b't') => {
            // A refusal names the whole value when its first ten characters are no date
            // laid out as one (audit 21, B14 a: `January 5, 2026` was echoed `January 5,`).
            parse_date(day).map_err(|e| {
                let laid_out = day.as_bytes()[4] == b'-' && day.as_bytes()[7] == b'-';
                match e {
                    Error::InvalidDate { .. } if !laid_out => Error::InvalidDate {
                        input: text.to_string(),
                    },
                    e => e,
                }
            })
        }
        _ => {
            typed::refuse_ambiguous(input)?;
            Err(Error::InvalidDate {
                input: input.to_string(),
            })
        }
    }
}

/// A deadline as given to `add`: either an ISO date or a time phrase read relative to the
/// date made. The phrase is kept for the record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    pub date: NaiveDate,
    pub phrase: Option<String>,
}

/// Reads `--deadline`: `YYYY-MM-DD`, a shorthand (`EOY`, `2027-06`, `+3m`; `typed`), or a
/// phrase such as `by summer` or `Q3 2026` read relative to `made_on` (`phrases`).
///
/// A deadline past 9999-12-31 (`+9000y`) is refused: the ledger stores days as
/// `YYYY-MM-DD`, and no forecast is checkable that far off.
pub fn parse_deadline(input: &str, made_on: NaiveDate) -> Result<Deadline> {
    match parse_date(input) {
        Ok(date) => return Ok(Deadline { date, phrase: None }),
        // Shaped as YYYY-MM-DD but no day (`2026-02-30`): said as `--made-on` says it, not
        // as an unknown phrase.
        Err(e) if is_iso_shaped(input) => return Err(e),
        Err(_) => {}
    }
    if let Some(why) = named_day_that_is_not(input) {
        return Err(Error::invalid(format!("deadline `{}`", input.trim()), why));
    }
    let date = match typed::read(input, made_on)? {
        Some(date) => date,
        None => match resolve_phrase(input, made_on) {
            Some(period) => period.last,
            None => {
                return Err(Error::InvalidDeadline {
                    input: input.to_string(),
                })
            }
        },
    };
    if date > LAST_DAY {
        return Err(Error::invalid(
            format!("deadline `{}`", input.trim()),
            format!(
                "it falls in the year {}; deadlines run to 9999-12-31",
                chrono::Datelike::year(&date)
            ),
        ));
    }
    Ok(Deadline {
        date,
        phrase: Some(input.trim().to_string()),
    })
}

/// The months' names, January first, as messages write them.
pub(crate) const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Why a deadline naming a month and a day (`April 31`, `31st of April`, `Feb 29, 2027`) names
/// no day of the calendar: "there is no such day: April has 30 days" ("February 2027 has 28
/// days" when a year follows; `Feb 29` with no year is the next February 29). `None` when
/// it names none or a real one. Such a phrase was refused as one this tool does not read,
/// or, with a year, taken as the month's last day.
fn named_day_that_is_not(input: &str) -> Option<String> {
    let lower = input.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty() && *w != "of" && *w != "the")
        .collect();
    // A day of the month: one or two digits, an ordinal's ending allowed ("31st").
    let day = |w: &str| -> Option<u32> {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let ending = &w[digits.len()..];
        let ordinal = matches!(ending, "" | "st" | "nd" | "rd" | "th");
        (ordinal && (1..=2).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| digits.parse().ok())
            .flatten()
    };
    let year = |w: Option<&&str>| -> Option<i32> {
        w.filter(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|w| w.parse().ok())
    };
    for (i, w) in words.iter().enumerate() {
        let Some(m) = month(w) else { continue };
        // `April 31 [2027]` or `31 April [2027]`.
        let (d, y) = match (words.get(i + 1).and_then(|w| day(w)), i.checked_sub(1)) {
            (Some(d), _) => (d, year(words.get(i + 2))),
            (None, Some(before)) => match day(words[before]) {
                Some(d) => (d, year(words.get(i + 1))),
                None => continue,
            },
            (None, None) => continue,
        };
        let leap = y.is_none_or(|y| NaiveDate::from_ymd_opt(y, 2, 29).is_some());
        let days = match m {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        if d == 0 || d <= days {
            return None;
        }
        let name = MONTH_NAMES[m as usize - 1];
        return Some(match y {
            Some(y) if m == 2 => {
                let next = (y + 1..y + 9).find(|y| NaiveDate::from_ymd_opt(*y, 2, 29).is_some());
                let next = next.map_or(String::new(), |n| {
                    format!(" (the next February 29 is in {n})")
                });
                format!("there is no such day: {name} {y} has {days} days{next}")
            }
            Some(y) => format!("there is no such day: {name} {y} has {days} days"),
            None => format!("there is no such day: {name} has {days} days"),
        });
    }
    None
}

/// Whether `input` has the shape of `YYYY-MM-DD` (digits and dashes where a date has them).
fn is_iso_shaped(input: &str) -> bool {
    let b = input.trim().as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// The last day a ledger stores: dates are four-digit `YYYY-MM-DD` text.
pub const LAST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(9999, 12, 31) {
    Some(d) => d,
    None => NaiveDate::MAX,
};

/// The date made: given, or today; never after today.
pub fn parse_made_on(input: Option<&str>, today: NaiveDate) -> Result<NaiveDate> {
    let made_on = match input {
        Some(text) => parse_day(text, today)?,
        None => today,
    };
    if made_on > today {
        return Err(Error::invalid(
            format!("--made-on `{made_on}`"),
            format!("a forecast cannot be made after today ({today})"),
        ));
    }
    Ok(made_on)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(crate::proptest_config::config(256))]
        // The hand-written reader agrees with chrono's on every well-shaped digit string,
        // and the printer with chrono's Display on every day.
        #[test]
        fn iso_dates_agree_with_chrono(y in 0u32..10000, m in 0u32..14, d in 0u32..33) {
            let text = format!("{y:04}-{m:02}-{d:02}");
            let ours = parse_date(&text).ok();
            let chrono = NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok();
            prop_assert_eq!(ours, chrono);
            if let Some(date) = ours {
                prop_assert_eq!(iso(date), date.to_string());
            }
        }
    }

    #[test]
    fn iso_falls_back_outside_four_digit_years() {
        let d = NaiveDate::from_ymd_opt(12345, 1, 2).unwrap();
        assert_eq!(iso(d), d.to_string());
        assert!(parse_date("2025-1x-01").is_err());
        assert!(parse_date("+202-01-01").is_err());
    }

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
    fn a_named_day_its_month_lacks_is_no_day() {
        let made = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let why = |s: &str| match parse_deadline(s, made) {
            Err(Error::Invalid { why, .. }) => why,
            other => panic!("{s}: {other:?}"),
        };
        assert_eq!(why("April 31"), "there is no such day: April has 30 days");
        assert_eq!(
            why("31 April 2027"),
            "there is no such day: April 2027 has 30 days"
        );
        assert_eq!(
            why("the 30th of Feb"),
            "there is no such day: February has 29 days"
        );
        assert_eq!(
            why("Feb 29 2100"),
            "there is no such day: February 2100 has 28 days (the next February 29 is in 2104)"
        );
        // Real days, and numbers that are no day of a month, are read as before.
        let day = |s: &str| parse_deadline(s, made).map(|d| d.date.to_string()).ok();
        assert_eq!(day("Feb 29").as_deref(), Some("2028-02-29"));
        assert_eq!(day("Feb 29, 2028").as_deref(), Some("2028-02-29"));
        assert_eq!(day("by March 31").as_deref(), Some("2027-03-31"));
        assert_eq!(day("May 2027").as_deref(), Some("2027-05-31"));
        assert_eq!(day("within 31 days").as_deref(), Some("2027-01-01"));
    }

    #[test]
    fn a_deadline_past_the_year_9999_is_refused_not_stored() {
        let made = parse_date("2026-11-01").unwrap();
        let e = parse_deadline("+9000y", made).unwrap_err().to_string();
        assert_eq!(
            e,
            "deadline `+9000y`: it falls in the year 11026; deadlines run to 9999-12-31"
        );
        assert_eq!(
            parse_deadline("+7973y", made).unwrap().date.to_string(),
            "9999-11-01"
        );
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
    fn today_is_the_local_day_not_the_utc_day() {
        use chrono::FixedOffset;
        // 2026-11-30 03:00 UTC is 19:00 on the 29th in Los Angeles (UTC-8 in November).
        let now = DateTime::parse_from_rfc3339("2026-11-30T03:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let los_angeles = FixedOffset::west_opt(8 * 3600).unwrap();
        let clock = Clock::at(now, &los_angeles);
        assert_eq!(clock.today.to_string(), "2026-11-29");
        assert_eq!(clock.timestamp(), "2026-11-30T03:00:00.000Z");
        let tokyo = FixedOffset::east_opt(9 * 3600).unwrap();
        assert_eq!(Clock::at(now, &tokyo).today.to_string(), "2026-11-30");
        assert_eq!(Clock::at(now, &Utc).today.to_string(), "2026-11-30");
    }

    #[test]
    fn fixed_clock_is_noon_utc() {
        let c = Clock::fixed(parse_date("2026-11-28").unwrap());
        assert_eq!(c.timestamp(), "2026-11-28T12:00:00.000Z");
    }

    #[test]
    fn recorded_instants_never_go_backwards() {
        let t = "2026-11-28T12:00:00.000Z";
        assert_eq!(Clock::after(t, None), t);
        assert_eq!(Clock::after(t, Some("2026-11-28T11:59:59Z")), t);
        // A wall clock set back, or the same millisecond: one millisecond after the last.
        assert_eq!(
            Clock::after(t, Some("2026-11-29T00:00:00.000Z")),
            "2026-11-29T00:00:00.001Z"
        );
        assert_eq!(Clock::after(t, Some(t)), "2026-11-28T12:00:00.001Z");
    }
}
