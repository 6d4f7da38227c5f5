//! Dates as people type them at a prompt, read before the phrase table:
//!
//! | typed | means (made on 2026-11-30) |
//! |---|---|
//! | `EOY`, `EOM`, `EOQ`, `EOW` | the end of the year / month / quarter / ISO week made in: 2026-12-31, 2026-11-30, 2026-12-31, 2026-12-06 |
//! | `2027-06` | the last day of that month: 2027-06-30 |
//! | `+3m`, `+2w`, `+10d`, `+1y` (also `3m`) | that long after the date made, calendar months clamped to the month's end: 2027-02-28, 2026-12-14, 2026-12-10, 2027-11-30 |
//! | `06/01/2027`, `6-1-2027`, `01.06.2027` | refused: June 1 in the US, January 6 almost everywhere else; the hint gives both ISO dates |
//!
//! `in 10 days`, `by 2027`, `end of April` and the rest are the phrase table's (`phrases.rs`).

use crate::error::{Error, Result};
use chrono::{Datelike, Days, Months, NaiveDate};

/// A date typed as a shorthand, read relative to `reference`; `Ok(None)` when `input` is not
/// one of these forms (the caller tries the phrase table next); an error for an ambiguous
/// day-month order.
pub fn read(input: &str, reference: NaiveDate) -> Result<Option<NaiveDate>> {
    let text = input.trim().to_ascii_lowercase();
    refuse_ambiguous(input)?;
    let date = match text.as_str() {
        "eoy" => NaiveDate::from_ymd_opt(reference.year(), 12, 31),
        "eom" => month_end(reference.year(), reference.month()),
        "eoq" => month_end(reference.year(), (reference.month() - 1) / 3 * 3 + 3),
        "eow" => reference.checked_add_days(Days::new(u64::from(
            6 - reference.weekday().num_days_from_monday(),
        ))),
        _ => year_month(&text)
            .or_else(|| offset(&text, reference))
            .flatten(),
    };
    Ok(date)
}

/// Refuses `06/01/2027`-style dates, whose day and month order depends on the country.
pub fn refuse_ambiguous(input: &str) -> Result<()> {
    let text = input.trim();
    for sep in ['/', '.', '-'] {
        let parts: Vec<&str> = text.split(sep).collect();
        let numeric = parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        if !numeric || parts[0].len() > 2 || parts[1].len() > 2 || parts[2].len() != 4 {
            continue;
        }
        let (a, b, y) = (
            parts[0].parse::<u32>().unwrap_or(0),
            parts[1].parse::<u32>().unwrap_or(0),
            parts[2].parse::<i32>().unwrap_or(0),
        );
        let us = NaiveDate::from_ymd_opt(y, a, b);
        let rest = NaiveDate::from_ymd_opt(y, b, a);
        // Only a date both orders could read is ambiguous; one that only one order can
        // read (`31/12/2026`) is still refused, since the order is the writer's habit, not
        // the tool's to guess from this one date, but it is not called ambiguous.
        let why = match (us, rest) {
            (Some(m), Some(d)) if m != d => format!(
                "the order of day and month is ambiguous; write `{m}` (month first) or `{d}` (day first) as YYYY-MM-DD"
            ),
            (Some(d), _) | (None, Some(d)) => format!("write dates as YYYY-MM-DD: `{d}`"),
            (None, None) => "it is no day in either order; write dates as YYYY-MM-DD".to_string(),
        };
        return Err(Error::invalid(format!("date `{text}`"), why));
    }
    Ok(())
}

fn month_end(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, 1)?
        .checked_add_months(Months::new(1))?
        .pred_opt()
}

/// `2027-06`: the last day of June 2027.
fn year_month(text: &str) -> Option<Option<NaiveDate>> {
    let (y, m) = text.split_once('-')?;
    if y.len() != 4 || m.len() != 2 || !(y.bytes().chain(m.bytes())).all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(month_end(y.parse().ok()?, m.parse().ok()?))
}

/// `+3m`, `2w`, `+10d`, `1y`.
fn offset(text: &str, reference: NaiveDate) -> Option<Option<NaiveDate>> {
    let body = text.strip_prefix('+').unwrap_or(text);
    let unit = body.chars().last()?;
    let n: u32 = body[..body.len() - unit.len_utf8()].parse().ok()?;
    Some(match unit {
        'd' => reference.checked_add_days(Days::new(u64::from(n))),
        'w' => reference.checked_add_days(Days::new(7 * u64::from(n))),
        'm' => reference.checked_add_months(Months::new(n)),
        'y' => n
            .checked_mul(12)
            .and_then(|m| reference.checked_add_months(Months::new(m))),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_date_both_orders_read_is_called_ambiguous() {
        let why = |t: &str| refuse_ambiguous(t).unwrap_err().to_string();
        assert_eq!(
            why("06/01/2027"),
            "date `06/01/2027`: the order of day and month is ambiguous; write `2027-06-01` (month first) or `2027-01-06` (day first) as YYYY-MM-DD"
        );
        assert_eq!(
            why("31/12/2026"),
            "date `31/12/2026`: write dates as YYYY-MM-DD: `2026-12-31`"
        );
        assert_eq!(
            why("31/31/2026"),
            "date `31/31/2026`: it is no day in either order; write dates as YYYY-MM-DD"
        );
        assert!(refuse_ambiguous("2026-12-31").is_ok());
    }

    fn at(input: &str) -> Option<String> {
        let made = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        read(input, made).unwrap().map(|d| d.to_string())
    }

    // Worked by hand against a calendar: 2026-11-30 is a Monday.
    #[test]
    fn the_module_table() {
        assert_eq!(at("EOY").as_deref(), Some("2026-12-31"));
        assert_eq!(at("eom").as_deref(), Some("2026-11-30"));
        assert_eq!(at("EOQ").as_deref(), Some("2026-12-31"));
        assert_eq!(at("EOW").as_deref(), Some("2026-12-06"));
        assert_eq!(at("2027-06").as_deref(), Some("2027-06-30"));
        assert_eq!(at("2028-02").as_deref(), Some("2028-02-29"));
        assert_eq!(at("+3m").as_deref(), Some("2027-02-28"));
        assert_eq!(at("+2w").as_deref(), Some("2026-12-14"));
        assert_eq!(at("10d").as_deref(), Some("2026-12-10"));
        assert_eq!(at("+1y").as_deref(), Some("2027-11-30"));
        assert_eq!(at("2027-13"), None);
        assert_eq!(at("by summer"), None);
        assert_eq!(at("+m"), None);
    }

    #[test]
    fn day_month_order_that_depends_on_the_country_is_refused() {
        let made = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let e = read("06/01/2027", made).unwrap_err().to_string();
        assert!(
            e.contains("`2027-06-01` (month first) or `2027-01-06` (day first)"),
            "{e}"
        );
        let e = read("25.12.2027", made).unwrap_err().to_string();
        assert!(e.contains("`2027-12-25`"), "{e}");
        assert!(read("2027-06-01", made).is_ok());
    }
}
