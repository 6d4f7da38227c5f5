//! Dates as people type them at a prompt, read before the phrase table:
//!
//! | typed | means (made on 2026-11-30) |
//! |---|---|
//! | `EOY`, `EOM`, `EOQ`, `EOW` | the end of the year / month / quarter / ISO week made in: 2026-12-31, 2026-12-31, 2026-12-31, 2026-12-06; typed on that end itself, the next one's (`EOM` on 2026-11-30 is 2026-12-31, as `by the end of the month` said that day is) |
//! | `2027-06` | the last day of that month: 2027-06-30 |
//! | `+3m`, `+2w`, `+10d`, `+1y` (also `3m`) | that long after the date made, calendar months clamped to the month's end: 2027-02-28, 2026-12-14, 2026-12-10, 2027-11-30 |
//! | `06/01/2027`, `6-1-2027`, `01.06.2027` | refused: June 1 in the US, January 6 almost everywhere else; the hint gives both ISO dates |
//! | `03/04/26`, `31.12.27` | refused: a two-digit year; the hint reads it as this century's and gives the ISO date(s) as above |
//! | `45000`, `45000.5` | refused: a spreadsheet's day number, named with the day it stands for (2023-03-15) |
//! | `20260630` | refused: the hint gives `2026-06-30` |
//! | `30062026`, `03042026` | refused: day and month run together before the year; the hint gives the ISO date, both when the order is ambiguous (`2026-03-04` or `2026-04-03`) |
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
    if let Some(end) = period_end(&text, reference) {
        // Typed on the last day of its period, the end named is the next one's, as `by the
        // end of the month` said that day is (`phrases::next_if_said_on_its_day`, ad4 F11).
        return Ok(match end {
            Some(d) if d == reference => reference.succ_opt().and_then(|n| period_end(&text, n)?),
            other => other,
        });
    }
    let date = year_month(&text)
        .or_else(|| offset(&text, reference))
        .flatten();
    Ok(date)
}

/// `EOY`, `EOM`, `EOQ`, `EOW`: the end of the year, month, quarter or ISO week `reference`
/// falls in; `None` for other text.
fn period_end(text: &str, reference: NaiveDate) -> Option<Option<NaiveDate>> {
    Some(match text {
        "eoy" => NaiveDate::from_ymd_opt(reference.year(), 12, 31),
        "eom" => month_end(reference.year(), reference.month()),
        "eoq" => month_end(reference.year(), (reference.month() - 1) / 3 * 3 + 3),
        "eow" => reference.checked_add_days(Days::new(u64::from(
            6 - reference.weekday().num_days_from_monday(),
        ))),
        _ => return None,
    })
}

/// Refuses `06/01/2027`-style dates, whose day and month order depends on the country, and
/// dates written as bare numbers (`refuse_numeric`).
pub fn refuse_ambiguous(input: &str) -> Result<()> {
    let text = input.trim();
    refuse_numeric(text)?;
    for sep in ['/', '.', '-'] {
        let parts: Vec<&str> = text.split(sep).collect();
        let numeric = parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        if !numeric || parts[0].len() > 2 || parts[1].len() > 2 {
            continue;
        }
        // `03/04/26`: a two-digit year, read as this century's for the hint only.
        let (year, short) = match parts[2].len() {
            4 => (parts[2].to_string(), String::new()),
            2 => (
                format!("20{}", parts[2]),
                format!("the year has two digits (read here as 20{}); ", parts[2]),
            ),
            _ => continue,
        };
        let why = day_month_readings(parts[0], parts[1], &year, Some(sep), parts[2].len())
            .unwrap_or_else(|| "it is no day in either order; write dates as YYYY-MM-DD".into());
        return Err(Error::invalid(
            format!("date `{text}`"),
            format!("{short}{why}"),
        ));
    }
    Ok(())
}

/// Whether `value` (a file's cell, perhaps with a time after it) is a date written day and
/// month first in either order, then the year (`13/03/2026`, `03.13.2026 10:00`,
/// `01-02-26`): the form a spreadsheet writes in its locale's order.
pub fn is_day_month_year(value: &str) -> bool {
    let Some(day) = value.split_whitespace().next() else {
        return false;
    };
    ['/', '.', '-'].into_iter().any(|sep| {
        let parts: Vec<&str> = day.split(sep).collect();
        parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
            && parts[0].len() <= 2
            && parts[1].len() <= 2
            && matches!(parts[2].len(), 2 | 4)
    })
}

/// The hint for a date written day and month first, in either order, then the year (`a`,
/// `b`, `y` as typed, separated by `sep`, the year of `digits` digits): both ISO readings
/// when both are days, the one when only one is, with the order it was written in
/// (`DD/MM/YYYY`: a spreadsheet's export in most of Europe; ad4 F7: the hint gave the ISO
/// date but not why the value was refused); `None` when neither is.
fn day_month_readings(
    a: &str,
    b: &str,
    y: &str,
    sep: Option<char>,
    digits: usize,
) -> Option<String> {
    let form = |first: &str, second: &str| {
        let sep = sep.map(String::from).unwrap_or_default();
        format!("{first}{sep}{second}{sep}{}", "Y".repeat(digits))
    };
    let (a, b, y) = (
        a.parse::<u32>().ok()?,
        b.parse::<u32>().ok()?,
        y.parse::<i32>().ok()?,
    );
    let us = NaiveDate::from_ymd_opt(y, a, b);
    let rest = NaiveDate::from_ymd_opt(y, b, a);
    // Only a date both orders could read is ambiguous; one that only one order can read
    // (`31/12/2026`) is still refused, since the order is the writer's habit, not the
    // tool's to guess from this one date, but it is not called ambiguous.
    match (us, rest) {
        (Some(m), Some(d)) if m != d => Some(format!(
            "the order of day and month is ambiguous; write `{m}` (month first) or `{d}` (day first) as YYYY-MM-DD"
        )),
        (Some(d), None) => Some(format!(
            "it is written month first ({}); write dates as YYYY-MM-DD: `{d}`",
            form("MM", "DD")
        )),
        (_, Some(d)) => Some(format!(
            "it is written day first ({}); write dates as YYYY-MM-DD: `{d}`",
            form("DD", "MM")
        )),
        (None, None) => None,
    }
}

/// Refuses a date written as a bare number, with the ISO date it most likely stands for: a
/// spreadsheet's day number (five digits, as a date cell pasted as a number reads, maybe
/// with a time of day as a fraction: `45000`, `45000.5`), `YYYYMMDD` run together
/// (`20260630`), or else day and month in either order before the year (`30062026`, read
/// as the separated `30/06/2026` is). Other numbers (a year, `2027`, is a deadline phrase) are left to the
/// caller. Nothing is guessed into the ledger: the user writes the date.
fn refuse_numeric(text: &str) -> Result<()> {
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let (whole, fraction) = text.split_once('.').unwrap_or((text, "0"));
    if !digits(whole) || !digits(fraction) {
        return Ok(());
    }
    let why = match whole.len() {
        5 => spreadsheet_day(whole.parse().unwrap_or(0)).map(|d| {
            format!("it looks like a spreadsheet day number ({d}); write the date as YYYY-MM-DD")
        }),
        8 if !text.contains('.') => {
            let part = |r: std::ops::Range<usize>| whole[r].parse::<u32>().unwrap_or(0);
            i32::try_from(part(0..4))
                .ok()
                .and_then(|y| NaiveDate::from_ymd_opt(y, part(4..6), part(6..8)))
                .map(|d| format!("write it as {d}"))
                // `30062026`, `03042026`: day and month, in either order, then the year.
                .or_else(|| day_month_readings(&whole[0..2], &whole[2..4], &whole[4..8], None, 4))
        }
        _ => None,
    };
    match why {
        Some(why) => Err(Error::invalid(format!("date `{text}`"), why)),
        None => Ok(()),
    }
}

/// The day a spreadsheet's day number `n` stands for, in the 1900 date system of Excel,
/// LibreOffice and Google Sheets: day 1 is 1900-01-01 and day 60 the 1900-02-29 Lotus 1-2-3
/// made up (`None`: no such day), so from day 61 (1900-03-01) on, day n is n days after
/// 1899-12-30. `None` for 0 and past 9999-12-31.
pub fn spreadsheet_day(n: u32) -> Option<NaiveDate> {
    let (from, by) = match n {
        0 | 60 => return None,
        1..=59 => (NaiveDate::from_ymd_opt(1899, 12, 31)?, n),
        _ => (NaiveDate::from_ymd_opt(1899, 12, 30)?, n),
    };
    from.checked_add_days(Days::new(u64::from(by)))
        .filter(|d| *d <= super::LAST_DAY)
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
            "date `31/12/2026`: it is written day first (DD/MM/YYYY); write dates as YYYY-MM-DD: `2026-12-31`"
        );
        assert_eq!(
            why("31/31/2026"),
            "date `31/31/2026`: it is no day in either order; write dates as YYYY-MM-DD"
        );
        assert!(refuse_ambiguous("2026-12-31").is_ok());
        // The order it was written in, when only one order makes a day (ad4 F7).
        assert_eq!(
            why("13/03/2026"),
            "date `13/03/2026`: it is written day first (DD/MM/YYYY); write dates as YYYY-MM-DD: `2026-03-13`"
        );
        assert_eq!(
            why("03/13/2026"),
            "date `03/13/2026`: it is written month first (MM/DD/YYYY); write dates as YYYY-MM-DD: `2026-03-13`"
        );
        assert_eq!(
            why("13.03.2026"),
            "date `13.03.2026`: it is written day first (DD.MM.YYYY); write dates as YYYY-MM-DD: `2026-03-13`"
        );
        for cell in ["13/03/2026", "01.02.2026 10:22", "1-2-26", "31/31/2026"] {
            assert!(is_day_month_year(cell), "{cell}");
        }
        for cell in [
            "2026-03-13",
            "2026/03/13",
            "13/03",
            "soon",
            "",
            "45000",
            "1/2/026",
        ] {
            assert!(!is_day_month_year(cell), "{cell}");
        }
    }

    #[test]
    fn a_two_digit_year_is_refused_with_the_iso_readings() {
        let why = |t: &str| refuse_ambiguous(t).unwrap_err().to_string();
        assert_eq!(
            why("03/04/26"),
            "date `03/04/26`: the year has two digits (read here as 2026); the order of day and month is ambiguous; write `2026-03-04` (month first) or `2026-04-03` (day first) as YYYY-MM-DD"
        );
        assert_eq!(
            why("31.12.27"),
            "date `31.12.27`: the year has two digits (read here as 2027); it is written day first (DD.MM.YY); write dates as YYYY-MM-DD: `2027-12-31`"
        );
        assert_eq!(
            why("31/31/26"),
            "date `31/31/26`: the year has two digits (read here as 2026); it is no day in either order; write dates as YYYY-MM-DD"
        );
        assert!(refuse_ambiguous("03/04/2026").is_err());
        assert!(refuse_ambiguous("3/4/026").is_ok());
    }

    // Days checked by hand from Excel's 1900 system: 1 is 1900-01-01, 59 is 1900-02-28,
    // 60 the made-up 1900-02-29, 61 is 1900-03-01; 44927 is 2023-01-01 (=DATE(2023,1,1)),
    // so 45000 is 73 days later, 2023-03-15; 2958465 is 9999-12-31, Excel's last day.
    #[test]
    fn spreadsheet_day_numbers_count_the_1900_system_as_excel_does() {
        let day = |n| spreadsheet_day(n).map(|d| d.to_string());
        assert_eq!(day(1).as_deref(), Some("1900-01-01"));
        assert_eq!(day(59).as_deref(), Some("1900-02-28"));
        assert_eq!(day(60), None);
        assert_eq!(day(61).as_deref(), Some("1900-03-01"));
        assert_eq!(day(44927).as_deref(), Some("2023-01-01"));
        assert_eq!(day(45000).as_deref(), Some("2023-03-15"));
        assert_eq!(day(2958465).as_deref(), Some("9999-12-31"));
        assert_eq!(day(2958466), None);
        assert_eq!(day(0), None);
    }

    #[test]
    fn a_date_written_as_a_bare_number_is_refused_with_the_iso_date() {
        let why = |t: &str| refuse_ambiguous(t).unwrap_err().to_string();
        assert_eq!(
            why("45000"),
            "date `45000`: it looks like a spreadsheet day number (2023-03-15); write the date as YYYY-MM-DD"
        );
        assert_eq!(
            why(" 46203.75 "),
            "date `46203.75`: it looks like a spreadsheet day number (2026-06-30); write the date as YYYY-MM-DD"
        );
        assert_eq!(why("20260630"), "date `20260630`: write it as 2026-06-30");
        assert_eq!(
            why("30062026"),
            "date `30062026`: it is written day first (DDMMYYYY); write dates as YYYY-MM-DD: `2026-06-30`"
        );
        assert_eq!(
            why("06302026"),
            "date `06302026`: it is written month first (MMDDYYYY); write dates as YYYY-MM-DD: `2026-06-30`"
        );
        assert_eq!(
            why("03042026"),
            "date `03042026`: the order of day and month is ambiguous; write `2026-03-04` (month first) or `2026-04-03` (day first) as YYYY-MM-DD"
        );
        // A year is a deadline phrase; a number that is no date is left to the caller.
        for fine in [
            "2027",
            "20261340",
            "123",
            "2026063",
            "20260630.5",
            "1e5",
            "31312026",
        ] {
            assert!(refuse_ambiguous(fine).is_ok(), "{fine}");
        }
    }

    fn at(input: &str) -> Option<String> {
        let made = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        read(input, made).unwrap().map(|d| d.to_string())
    }

    // Worked by hand against a calendar: 2026-11-30 is a Monday.
    #[test]
    fn the_module_table() {
        assert_eq!(at("EOY").as_deref(), Some("2026-12-31"));
        // Typed on the month's last day: the next month's end (ad4 F11).
        assert_eq!(at("eom").as_deref(), Some("2026-12-31"));
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
