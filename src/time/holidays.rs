//! Recurring named days and seasons whose date a rule gives, not a table of one year: US and
//! Christian holidays ("by Thanksgiving", "over Memorial Day weekend", "before Easter"), the
//! shopping days after Thanksgiving, the Super Bowl (numbered or not), the Super Tuesday of a
//! presidential primary season, the holiday season and the Atlantic hurricane season.
//!
//! The rules (tested against the published days of several years in this file's tests):
//! - Thanksgiving (US): the fourth Thursday of November; Black Friday the day after, Cyber
//!   Monday the Monday after; "Thanksgiving weekend" runs Thursday to Sunday.
//! - Memorial Day: the last Monday of May; Labor Day: the first Monday of September; their
//!   "weekend" is the Saturday to that Monday.
//! - Independence Day, July Fourth: July 4; Halloween: October 31; Valentine's Day: February
//!   14; New Year's Day: January 1; Christmas Eve: December 24.
//! - Easter Sunday: the Gregorian computus (the anonymous "Meeus/Jones/Butcher" algorithm);
//!   Good Friday two days before; "Easter weekend" Friday to Monday.
//! - The Super Bowl: the first Sunday of February for the games of 2004 to 2021, the second
//!   Sunday since the 2022 game (the NFL's 17-game season); "Super Bowl LI" is game 51,
//!   played in 1966 + 51 = 2017. Games before 2004 (some in late January) are not read.
//! - Super Tuesday: the first Tuesday of March of a presidential election year (2012 on).
//! - (US) Election Day: the Tuesday after the first Monday of November, every year (federal
//!   elections in even years, state and local ones in odd years). `timefind` reads it only
//!   capitalized ("Election Day"), the US usage.
//! - The holiday season: the day after Thanksgiving to December 31; "holiday sales",
//!   "holiday spending" and "holiday shopping" are counted over it and end with it.
//! - The (Atlantic) hurricane season: June 1 to November 30, its official span.
//!
//! A name without a year is the next one not yet over (as for months in `phrases`); with a
//! year ("Thanksgiving 2025", "Super Bowl 2026") that year's.

use super::phrases::{Granularity, Period, Tense};
use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// The days a name covers in one year, or `None` when the name does not fall in that year
/// (Super Tuesday outside a presidential year).
type Rule = fn(i32) -> Option<(NaiveDate, NaiveDate)>;

/// The `n`th (from 1) `weekday` of month `m` in year `y`.
fn nth_weekday(y: i32, m: u32, weekday: Weekday, n: u32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(y, m, weekday, u8::try_from(n).ok()?)
}

/// The last `weekday` of month `m` in year `y`.
fn last_weekday(y: i32, m: u32, weekday: Weekday) -> Option<NaiveDate> {
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)?
    };
    let mut d = next.pred_opt()?;
    while d.weekday() != weekday {
        d = d.pred_opt()?;
    }
    Some(d)
}

fn one(d: Option<NaiveDate>) -> Option<(NaiveDate, NaiveDate)> {
    d.map(|d| (d, d))
}

/// Easter Sunday of year `y` (Gregorian), by the anonymous algorithm in Meeus, *Astronomical
/// Algorithms*, chapter 8.
pub(crate) fn easter(y: i32) -> Option<NaiveDate> {
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

fn thanksgiving(y: i32) -> Option<NaiveDate> {
    nth_weekday(y, 11, Weekday::Thu, 4)
}

/// The day of the Super Bowl played in February of `y`.
fn super_bowl(y: i32) -> Option<NaiveDate> {
    match y {
        2004..=2021 => nth_weekday(y, 2, Weekday::Sun, 1),
        2022.. => nth_weekday(y, 2, Weekday::Sun, 2),
        _ => None,
    }
}

fn super_tuesday(y: i32) -> Option<NaiveDate> {
    (y >= 2012 && y % 4 == 0)
        .then(|| nth_weekday(y, 3, Weekday::Tue, 1))
        .flatten()
}

/// The weekend (Saturday) before a Monday holiday, to that Monday.
fn long_weekend(monday: Option<NaiveDate>) -> Option<(NaiveDate, NaiveDate)> {
    let m = monday?;
    Some((m - Duration::days(2), m))
}

fn fixed(m: u32, d: u32) -> impl Fn(i32) -> Option<(NaiveDate, NaiveDate)> {
    move |y| one(NaiveDate::from_ymd_opt(y, m, d))
}

/// The rule a name (the normalized words of a phrase, a year already taken off) stands for.
fn rule(name: &[&str]) -> Option<(Rule, Granularity)> {
    use Granularity::{Day, Season, Week};
    let r: (Rule, Granularity) = match name {
        ["thanksgiving"] | ["thanksgiving", "day"] => (|y| one(thanksgiving(y)), Day),
        ["thanksgiving", "weekend"] => (
            |y| thanksgiving(y).map(|d| (d, d + Duration::days(3))),
            Week,
        ),
        ["black", "friday"] => (|y| one(thanksgiving(y).map(|d| d + Duration::days(1))), Day),
        ["cyber", "monday"] => (|y| one(thanksgiving(y).map(|d| d + Duration::days(4))), Day),
        ["memorial", "day"] => (|y| one(last_weekday(y, 5, Weekday::Mon)), Day),
        ["memorial", "day", "weekend"] => {
            (|y| long_weekend(last_weekday(y, 5, Weekday::Mon)), Week)
        }
        ["labor" | "labour", "day"] => (|y| one(nth_weekday(y, 9, Weekday::Mon, 1)), Day),
        ["labor" | "labour", "day", "weekend"] => {
            (|y| long_weekend(nth_weekday(y, 9, Weekday::Mon, 1)), Week)
        }
        ["independence", "day"] | ["july", "fourth"] | ["fourth", "of", "july"] => {
            (|y| fixed(7, 4)(y), Day)
        }
        ["halloween"] => (|y| fixed(10, 31)(y), Day),
        ["valentine", "day"] => (|y| fixed(2, 14)(y), Day),
        ["new", "year", "day"] => (|y| fixed(1, 1)(y), Day),
        ["christmas", "eve"] => (|y| fixed(12, 24)(y), Day),
        ["easter"] | ["easter", "sunday"] => (|y| one(easter(y)), Day),
        ["good", "friday"] => (|y| one(easter(y).map(|d| d - Duration::days(2))), Day),
        ["easter", "weekend"] => (
            |y| easter(y).map(|d| (d - Duration::days(2), d + Duration::days(1))),
            Week,
        ),
        ["super", "bowl"] => (|y| one(super_bowl(y)), Day),
        ["super", "tuesday"] => (|y| one(super_tuesday(y)), Day),
        ["election", "day"] => (
            |y| one(nth_weekday(y, 11, Weekday::Mon, 1).map(|d| d + Duration::days(1))),
            Day,
        ),
        // "holiday sales will rise 4%", "the holiday sales season": what is counted over
        // the season ends with it.
        ["holiday", "season" | "sales" | "spending" | "shopping"]
        | ["holiday", "shopping" | "sales", "season"] => (
            |y| {
                let first = thanksgiving(y)? + Duration::days(1);
                Some((first, NaiveDate::from_ymd_opt(y, 12, 31)?))
            },
            Season,
        ),
        ["hurricane", "season"] | ["atlantic", "hurricane", "season"] => (
            |y| {
                Some((
                    NaiveDate::from_ymd_opt(y, 6, 1)?,
                    NaiveDate::from_ymd_opt(y, 11, 30)?,
                ))
            },
            Season,
        ),
        _ => return None,
    };
    Some(r)
}

/// A Roman numeral of the Super Bowl's numbering ("li" = 51), up to 99.
fn roman(w: &str) -> Option<i32> {
    let value = |c: u8| match c {
        b'i' => Some(1),
        b'v' => Some(5),
        b'x' => Some(10),
        b'l' => Some(50),
        _ => None,
    };
    let vals: Vec<i32> = w.bytes().map(value).collect::<Option<_>>()?;
    let mut total = 0;
    for (k, v) in vals.iter().enumerate() {
        if vals.get(k + 1).is_some_and(|n| n > v) {
            total -= v;
        } else {
            total += v;
        }
    }
    (total > 0).then_some(total)
}

/// The period a recurring name stands for ("thanksgiving", "memorial day weekend", "super bowl
/// li", "easter 2026"), read from `reference` in `tense`; `None` when `t` names none.
pub(super) fn resolve(t: &[&str], reference: NaiveDate, tense: Tense) -> Option<Period> {
    // Most phrases are no holiday: look at the first word before anything else.
    if !matches!(
        t.first().copied(),
        Some(
            "thanksgiving"
                | "black"
                | "cyber"
                | "memorial"
                | "labor"
                | "labour"
                | "independence"
                | "july"
                | "fourth"
                | "halloween"
                | "valentine"
                | "new"
                | "christmas"
                | "easter"
                | "good"
                | "super"
                | "holiday"
                | "election"
                | "hurricane"
                | "atlantic"
        )
    ) {
        return None;
    }
    let (name, year) = match t.split_last() {
        Some((last, rest)) if last.len() == 4 && last.bytes().all(|b| b.is_ascii_digit()) => {
            (rest, last.parse::<i32>().ok())
        }
        // "Super Bowl LI": game 51, played in February 2017.
        Some((last, rest @ ["super", "bowl"])) => (rest, Some(1966 + roman(last)?)),
        _ => (t, None),
    };
    let (make, granularity) = rule(name)?;
    let (first, last, rolled_forward) = match year {
        Some(y) => {
            let (a, b) = make(y)?;
            (a, b, false)
        }
        None => pick_year(make, reference, tense)?,
    };
    Some(Period {
        first,
        last,
        granularity,
        rolled_forward,
    })
}

/// The occurrence a name without a year means: in the future tense the next one not yet over
/// (looking up to four years ahead, for Super Tuesday); in the past the latest begun.
fn pick_year(
    make: Rule,
    reference: NaiveDate,
    tense: Tense,
) -> Option<(NaiveDate, NaiveDate, bool)> {
    let y = reference.year();
    match tense {
        Tense::Future => (y - 1..=y + 4)
            .find_map(|c| make(c).filter(|(_, b)| *b >= reference).map(|p| (c, p)))
            .map(|(c, (a, b))| {
                // Thanksgiving three days ago: the one just past may be meant (flagged).
                let recent = super::phrases::ended_recently(make(c - 1), reference);
                (a, b, recent)
            }),
        Tense::Past => (y - 4..=y + 1)
            .rev()
            .filter_map(make)
            .find(|(a, _)| *a <= reference)
            .map(|(a, b)| (a, b, false)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn last(phrase: &str, reference: &str) -> Option<String> {
        let words: Vec<&str> = phrase.split_whitespace().collect();
        resolve(&words, d(reference), Tense::Future).map(|p| p.last.to_string())
    }

    // Published days, checked by hand against a printed calendar of each year.
    #[test]
    fn days_by_rule_match_the_published_days() {
        let cases = [
            ("thanksgiving", "2024-06-01", "2024-11-28"),
            ("thanksgiving", "2025-11-28", "2026-11-26"),
            ("black friday", "2023-01-10", "2023-11-24"),
            ("cyber monday", "2023-01-10", "2023-11-27"),
            ("memorial day", "2015-05-21", "2015-05-25"),
            ("memorial day weekend", "2015-05-21", "2015-05-25"),
            ("labor day", "2019-08-01", "2019-09-02"),
            ("independence day", "2020-07-05", "2021-07-04"),
            ("halloween", "2022-10-01", "2022-10-31"),
            ("easter", "2024-01-10", "2024-03-31"),
            ("easter", "2025-01-10", "2025-04-20"),
            ("easter sunday", "2019-01-10", "2019-04-21"),
            ("good friday", "2026-01-10", "2026-04-03"),
            ("easter weekend", "2026-01-10", "2026-04-06"),
            ("super bowl", "2016-11-01", "2017-02-05"),
            ("super bowl", "2023-09-01", "2024-02-11"),
            ("super bowl", "2025-03-01", "2026-02-08"),
            ("super bowl li", "2016-11-01", "2017-02-05"),
            ("super bowl lix", "2024-11-01", "2025-02-09"),
            ("super tuesday", "2016-02-24", "2016-03-01"),
            ("super tuesday", "2019-06-01", "2020-03-03"),
            ("super tuesday", "2024-01-02", "2024-03-05"),
            ("holiday season", "2017-09-15", "2017-12-31"),
            ("holiday sales", "2017-09-15", "2017-12-31"),
            ("holiday sales season", "2017-09-15", "2017-12-31"),
            ("holiday spending", "2017-09-15", "2017-12-31"),
            ("election day", "2018-10-01", "2018-11-06"),
            ("election day 2020", "2018-10-01", "2020-11-03"),
            ("election day", "2024-11-06", "2025-11-04"),
            ("hurricane season", "2014-04-10", "2014-11-30"),
            ("thanksgiving 2030", "2024-01-01", "2030-11-28"),
        ];
        for (phrase, reference, want) in cases {
            assert_eq!(
                last(phrase, reference).as_deref(),
                Some(want),
                "{phrase} from {reference}"
            );
        }
    }

    #[test]
    fn weekends_start_on_their_own_day() {
        let p = resolve(
            &["memorial", "day", "weekend"],
            d("2015-05-01"),
            Tense::Future,
        )
        .unwrap();
        assert_eq!(
            (p.first.to_string(), p.last.to_string()),
            ("2015-05-23".into(), "2015-05-25".into())
        );
        let p = resolve(&["thanksgiving", "weekend"], d("2024-05-01"), Tense::Future).unwrap();
        assert_eq!(
            (p.first.to_string(), p.last.to_string()),
            ("2024-11-28".into(), "2024-12-01".into())
        );
    }

    #[test]
    fn past_tense_reads_the_latest_begun() {
        let p = resolve(&["thanksgiving"], d("2024-11-20"), Tense::Past).unwrap();
        assert_eq!(p.last.to_string(), "2023-11-23");
    }

    #[test]
    fn other_words_name_nothing() {
        for phrase in [
            "super",
            "good times",
            "new model",
            "fourth quarter",
            "july",
            "super bowl x1",
        ] {
            let words: Vec<&str> = phrase.split_whitespace().collect();
            assert_eq!(
                resolve(&words, d("2024-01-01"), Tense::Future),
                None,
                "{phrase}"
            );
        }
    }

    #[test]
    fn roman_numerals() {
        assert_eq!(roman("li"), Some(51));
        assert_eq!(roman("lix"), Some(59));
        assert_eq!(roman("xlix"), Some(49));
        assert_eq!(roman("lviii"), Some(58));
        assert_eq!(roman("lb"), None);
    }
}
