//! Time phrases to periods. A closed table, read relative to a reference date (the date a
//! forecast was made, or an article published). The deadline of a phrase is its period's
//! last day (inclusive). The readings, for a reference of Wednesday 2025-05-21:
//!
//! | phrase | period (first .. last) | rule |
//! |---|---|---|
//! | `2025-06-15`, `June 15`, `15 June 2026`, `Jan. 5` | that day | a day without a year is the next one on or after the reference |
//! | `April`, `end of April`, `end-of-April deadline` | 2026-04-01 .. 2026-04-30 | a month without a year is the next one ending on or after the reference; one that rolls a year although it ended less than 61 days earlier is marked `rolled_forward` for review |
//! | `early/mid/late April` | days 1-10 / 11-20 / 21-end | `by mid-April` ends on the 15th, `before mid-April` on the 14th |
//! | `May 2026` | 2026-05-01 .. 2026-05-31 | |
//! | `summer`, `by summer`, `this summer` | 2025-06-21 .. 2025-09-22 | northern astronomical seasons, from solstice/equinox day to the next, days taken in UTC (`seasons.rs`: 2026's equinox at 00:05 UTC on September 23 makes that the last day of summer); winter Y runs from December Y; a season named bare in the calendar month it ends in (`in the autumn` on December 1) is the next one, `rolled_forward`; otherwise a season is `rolled_forward` as a month is, but only when its reading ends in a later year (`by autumn` on 2026-01-15 is 2026-12-21, not flagged) |
//! | `Q3`, `third quarter of 2026`, `H1 2027`, `second half` | calendar quarters and halves | year chosen as for months |
//! | `the first three months of the year`, `first nine months of 2027` | January 1 to the end of the N-th month (N from 2 to 11) | year chosen as for quarters; `of` and a year (or `the year`) must follow: `the first six months this year` in a report is most often the half just past, and is left alone |
//! | `2027`, `by 2027`, `end of 2027` | 2027-01-01 .. 2027-12-31 | `by` a year means by its end |
//! | `early/mid/late 2026` | Jan-Apr / May-Jun / Sep-Dec | the middle ends on 2026-06-30 in every phrasing (`mid-2026`, `through the middle of 2026`; from `by mid-2026` the period starts in January) |
//! | `this year`, `by year-end`, `later this year`, `end of the year` | 2025-01-01 .. 2025-12-31 | |
//! | `next year` / `next month` / `next week` / `next quarter` | the whole next calendar period | weeks are ISO weeks (Mon-Sun) |
//! | `within the next year`, `over the coming month`, `in the week ahead` | reference .. reference + one year (month, week) | a span word and "the" before `next`/`coming` count from the reference, as `within a year` and `within the next two years` do |
//! | `by the start of 2027`, `by the beginning of April`, `by the start of the summer` | 2027-01-01, April 1, June 21 | after `by`/`until` the start is the day the period begins; `at the start of 2027` is `early 2027` |
//! | `the coming year` | the next calendar year; from January 1 to 14, the year just begun | said on New Year's Day, "the coming year" is the one starting |
//! | `this month`, `end of the month`, `this week`, `end of the week`, `this quarter` | the current calendar period | on a Sunday, `this week` and `end of the week` are the next ISO week |
//! | `in the coming days / weeks / months / years` | +7 days / +6 weeks / +4 months / +2 years | policy, after `../shared/research/extraction.md` 2.5; months +4 (was +6), the middle of the two to six months real-news labels give them (issue 13) |
//! | `in the next few days / weeks / months` | +3 days / +3 weeks / +3 months | "few" = 3 |
//! | `a couple of weeks`, `in the next couple of weeks` | +2 weeks (days, months alike) | "couple" = 2 |
//! | `by January end` | as `end of January` | |
//! | `within six months`, `in two weeks`, `3 weeks from now`, `within a year`, `in a fortnight`, `within 48 hours` | reference .. reference + span | calendar months, clamped to month end; hours in whole days (48 hours: 2 days) |
//! | `tomorrow` | the next day | |
//! | `the day after tomorrow`, `a week from Friday`, `Friday week`, `the week after next` | 2025-05-23, 2025-05-30, 2025-05-30, 2025-06-02 .. 2025-06-08 | a day or a week after the phrase inside them (`extract` reads the same spans whole) |
//! | `end-Q1 2027`, `end-March`, `end-2027` | as `the end of Q1 2027`, `the end of March`, `the end of 2027` | finance's hyphenated "end" |
//! | `The 2027 hurricane season`, `next year's hurricane season` | that year's season | a named season moved to the year written |
//! | `Friday` / `next Friday` | the next Friday after the reference / the Friday of next week | a bare `Friday` in an article published on a Friday is that day, as news writes it |
//! | `by New Year` on January 1, `by Christmas` on December 25, `by Friday` on a Friday, `by the end of the month` on its last day, `by New Year's Eve` on December 31 | the next occurrence (2027-01-01 for `by New Year` said on 2026-01-01), `rolled_forward` | a deadline naming the day it is said leaves nothing to forecast (ad4 F11; DESIGN.md is silent); every phrase given as a deadline (`add`, `import`, `correct`), and in an article one led by `by`, `until` or `no later than`; a year written out (`by Christmas 2026`), `this` or `current` (`this month`, `by the end of this year`), `today`, a decade and `before X` (the day before X) keep the day |
//! | `by Christmas`, `by New Year's Eve` | Dec 25 / Dec 31 of the year, rolled as for days | |
//! | `Thanksgiving`, `Memorial Day weekend`, `Easter`, `Super Bowl LI`, `Super Tuesday`, `the holiday season`, `hurricane season` | the next occurrence by its rule (`holidays.rs`) | computed, never a table of dates |
//! | `the decade`, `this decade`, `end of the decade` | 2020-01-01 .. 2029-12-31 | the decade is the current one, counted from a year ending in 0 |
//! | `the 2040s`, `by the 2030s`, `mid-2030s` | 2040-01-01 .. 2049-12-31 | a decade named by its first year; its parts as for `decade` |
//! | `early / mid / late decade` | 2020-2023 / 2024-2026 / 2027-2029 | `by the middle of the decade` ends on 2025-12-31; a part already over at the reference gives no date (`early decade` said in 2025 cannot be a deadline) |
//! | `before X`, `no earlier than X`, `not before X` | ends the day before X begins | `before the end of X` ends with X; an X without a year that has already begun is the next one (`before winter` in March 2026 ends 2026-12-20, as `before the summer` in October is next June) |
//! | `the weekend`, `this weekend`, `next weekend` | Saturday and Sunday of this (next) ISO week | on a Sunday, `the weekend` is the next one (`this weekend` is still that day's) |
//! | with `Tense::Past`: `last week/month/year/summer`, `N days ago`, `yesterday`, bare months and seasons | the most recent such period starting on or before the reference | for reading past-tense text |
//!
//! Anything else (`before the election`) gives `None`: the caller keeps the phrase and no date.

use super::seasons::{day_of, Event};
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// How coarse a period is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Granularity {
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    /// The calendar decade of the reference (2020-2029 for 2025).
    Decade,
    /// A span counted from the reference ("within six months").
    Span,
}

/// A calendar period a phrase names. Its last day is the deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub granularity: Granularity,
    /// True when a month, day, season or quarter named without a year was pushed to next
    /// year although this year's ended less than about two months before the reference:
    /// the text may be repeating a deadline that already passed. A person should check.
    pub rolled_forward: bool,
}

/// Which way a phrase with no year points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Future,
    Past,
}

/// Resolves a forward-looking time phrase (a deadline) relative to `reference`: the whole
/// phrase is a deadline (`add --deadline`, an import's `deadline`, `correct --deadline`), so
/// a named day or period said on its own last day is the next one (`next_if_said_on_its_day`)
/// whether or not the phrase starts with `by`.
pub fn resolve_phrase(text: &str, reference: NaiveDate) -> Option<Period> {
    read_with_roll(text, reference, Tense::Future, true)
}

/// Resolves a time phrase relative to `reference`, reading year-less names in `tense`. A
/// phrase led by a deadline word (`by Friday`, `until Christmas`, `by the end of the month`)
/// naming the reference day itself is the next one (`next_if_said_on_its_day`); a bare name
/// (`Friday` in an article published on a Friday) is that day, as news writes it.
pub fn resolve_phrase_in(text: &str, reference: NaiveDate, tense: Tense) -> Option<Period> {
    read_with_roll(text, reference, tense, false)
}

/// The deadline words a phrase was led by, as `read_phrase` found them.
#[derive(Debug, Clone, Copy, Default)]
struct Lead {
    /// `by`, `until`, `no later than`, `before the end of`, `before the year is out`.
    by: bool,
    /// `before X` (the day before X begins).
    before: bool,
}

fn read_with_roll(
    text: &str,
    reference: NaiveDate,
    tense: Tense,
    deadline: bool,
) -> Option<Period> {
    let mut lead = Lead::default();
    let period = read_phrase(text, reference, tense, &mut lead)?;
    let deadline = (deadline || lead.by) && !lead.before;
    // A decade is the one under way by definition (`the decade`, `late decade`), and
    // `this` or `current` names the period under way (`this month` on its last day, `by
    // the end of this year` on December 31, audit 15 A8): kept.
    let this = text
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.eq_ignore_ascii_case("this") || w.eq_ignore_ascii_case("current"));
    if tense == Tense::Future
        && deadline
        && !this
        && period.last == reference
        && period.granularity != Granularity::Decade
    {
        if let Some(next) = next_if_said_on_its_day(text, reference) {
            return Some(next);
        }
    }
    Some(period)
}

/// A deadline phrase naming a day or period whose last day is `reference` itself: `by New
/// Year` said on January 1, `by Christmas` on December 25, `by Thanksgiving` on its day, `by
/// Friday` on a Friday, `by the end of the month` on its last day, `by New Year's Eve` on
/// December 31. A deadline of the day it is said leaves nothing to forecast, so the words
/// mean the next occurrence (as `this week` said on a Sunday is the coming week): the phrase
/// read again from the next day, marked `rolled_forward` for a person to check. The one
/// place a named day is rolled past the day it is said, for `add`, `import`, `correct` and
/// `extract` alike. `None` when the phrase names that day and no other (`today`, `tonight`,
/// `2026-12-25`, `Christmas 2026`, `the end of 2026`): read from the next day it is the same
/// day, or the next day itself.
fn next_if_said_on_its_day(text: &str, reference: NaiveDate) -> Option<Period> {
    let after = reference.succ_opt()?;
    let next = read_phrase(text, after, Tense::Future, &mut Lead::default())?;
    (next.last > after).then_some(Period {
        rolled_forward: true,
        ..next
    })
}

/// Whether deadline `phrase` named the day `made_on` itself and was read as its next
/// occurrence (`next_if_said_on_its_day`): `add`'s note and `extract`'s review say so.
pub(crate) fn said_on_its_day(phrase: &str, made_on: NaiveDate) -> bool {
    read_phrase(phrase, made_on, Tense::Future, &mut Lead::default())
        .is_some_and(|p| p.last == made_on)
        && resolve_phrase(phrase, made_on).is_some_and(|p| p.last > made_on)
}

/// `resolve_phrase_in` without the roll past the day said (`next_if_said_on_its_day`);
/// `lead` is set to the deadline words found.
fn read_phrase(text: &str, reference: NaiveDate, tense: Tense, lead: &mut Lead) -> Option<Period> {
    if text.len() > 200 {
        return None;
    }
    let normalized = normalize(text);
    let mut tokens: Vec<&str> = normalized.split_whitespace().collect();
    // "within weeks", "within days": as "in the coming weeks" ("for weeks" looks back).
    // "within hours": by the next day (round 46).
    // "days away", "weeks away": as "within days" (round 46: "a deal could be days away").
    if let ["within", unit @ ("hours" | "days" | "weeks" | "months")]
    | [unit @ ("hours" | "days" | "weeks" | "months"), "away"] = tokens.as_slice()
    {
        return coming(reference, unit);
    }
    if let Some(unit) = next_one(&tokens) {
        let end = shift(reference, unit, 1, true)?;
        return span_period(reference, end, Granularity::Span);
    }
    let mut before = false;
    let mut by = false;
    strip_fillers(&mut tokens, &mut before, &mut by);
    *lead = Lead { by, before };
    // "by New Year", "before the New Year", "until New Year's": the coming January 1 (or its
    // eve, before it), as "New Year's Day" names. "In the new year" names no day: unread.
    if (by || before) && matches!(tokens.as_slice(), ["new", "year" | "years"]) {
        tokens = vec!["new", "year", "day"];
    }
    // "by Xmas": Christmas.
    if let Some(t) = tokens.iter_mut().find(|t| **t == "xmas") {
        *t = "christmas";
    }
    // Other words for a period's end and start, read as the usual ones (adversary,
    // 2026-12-05; `extract` read a part of each and `add` none): "the close of the year" and
    // "the turn of the year" are its end, "before the year is out" is by its end, "the first
    // of the year" is New Year's Day, "the calendar year" is the year, "this Christmas" and
    // "this holiday season" are the coming ones.
    if let Some(k) = tokens
        .windows(2)
        .position(|w| matches!(w, ["close" | "turn", "of"]))
    {
        tokens[k] = "end";
    }
    tokens.retain(|t| *t != "calendar");
    if let [.., "is" | "be", "out" | "over"] = tokens.as_slice() {
        tokens.truncate(tokens.len() - 2);
        tokens.retain(|t| *t != "the");
        tokens.splice(0..0, ["end", "of"]);
        before = false;
        by = true;
        *lead = Lead { by, before };
    }
    if matches!(
        tokens.as_slice(),
        ["first", "of", "the", "year"] | ["first", "of", "year"]
    ) {
        tokens = vec!["new", "year", "day"];
    }
    if let ["this", "christmas" | "holiday" | "thanksgiving" | "easter" | "halloween", ..] =
        tokens.as_slice()
    {
        tokens.remove(0);
    }
    // "the three-day weekend", "its opening weekend": a weekend's length or occasion before
    // it names the same weekend (audit 30, K3: box-office previews).
    // (`normalize` has spelled "three-day" as "three day".)
    while let [.., before_it, "weekend"] = tokens.as_slice() {
        let n = tokens.len();
        if matches!(*before_it, "opening" | "long" | "holiday") {
            tokens.remove(n - 2);
        } else if *before_it == "day"
            && n > 2
            && matches!(tokens[n - 3], "two" | "three" | "four" | "2" | "3" | "4")
        {
            tokens.drain(n - 3..n - 1);
        } else {
            break;
        }
    }
    // Finance's "end-Q1 2027", "end-March", "end-2027": "the end of" that period.
    if tokens.len() > 1 && tokens[0] == "end" && tokens[1] != "of" {
        tokens.insert(1, "of");
    }
    // "for 2024/25": a split year, only as written with its slash.
    if let [a, b] = tokens.as_slice() {
        if let (Some(a), Ok(b)) = (year(a), b.parse::<i32>()) {
            let written = text.contains(&format!("{a}/"));
            if written && (b == a + 1 || (b < 100 && b == (a + 1) % 100)) {
                return split_year(a + 1);
            }
        }
    }
    // "before the Dec. 19 recess", "by the recess on Dec. 19": a month and day inside the
    // noun phrase a deadline word governs name that day; the noun only says what happens on
    // it. (Without "before" or "by", "the vote on June 3" is left to the date's own words.)
    if let Some(k) = dated_noun(&tokens).filter(|_| before || by) {
        tokens = tokens[k..k + 2].to_vec();
    }
    // "this afternoon", "Thursday night", "tomorrow morning": a part of a day is that day.
    if let Some(day) = part_of_day(&tokens, reference, tense) {
        return Some(day);
    }
    let (part, rest) = take_part(&tokens);
    // The period the words name (with their part) read from another reference: the next
    // occurrence, for a "before X" whose X has already begun.
    let again = |from: NaiveDate, by: bool| {
        let p = resolve_tokens(rest, from, tense)?;
        match part {
            Some(part) => apply_part(p, part, by),
            None => Some(p),
        }
    };
    let mut period = resolve_tokens(rest, reference, tense)?;
    // A season named bare ("in the autumn", "by winter", "the beginning of the fall"), said
    // in the calendar month in which it ends: the same-named meteorological season is
    // already over (autumn is September to November), so the words mean the next one, not
    // the three weeks left of the astronomical season (audit 23 D3: "in the autumn" said on
    // 1 December read as 2026-12-21). It is the next one, flagged for review as a month
    // rolled a year is. `before` has its own rule (`next_begun`), a year or `this` keeps it.
    if tense == Tense::Future
        && !before
        && rest.last().is_some_and(|w| season_of(w).is_some())
        && !rest.iter().any(|w| year(w).is_some())
        && !tokens
            .iter()
            .any(|t| matches!(*t, "this" | "current" | "next" | "coming" | "last"))
        && season_ending(period, reference)
    {
        period = Period {
            rolled_forward: true,
            ..resolve_tokens(rest, period.last.succ_opt()?, tense)?
        };
    }
    let whole = period;
    // "before mid-February": the day before the middle that "by mid-February" ends on (the
    // 14th), not the day before the middle third begins (the 10th).
    let before_mid = before && matches!(part, Some(Part::Mid));
    if let Some(part) = part {
        period = apply_part(period, part, by || before_mid)?;
    }
    // "by the beginning of the fall" said in October: the start named has passed, so it is
    // the next one's, as "before autumn" is (audit 23 D3).
    if by && matches!(part, Some(Part::Start)) && period.last < reference {
        if let Some(next) = next_begun(whole, reference, tense, |after| {
            again(after, true).filter(|p| p.last > reference)
        }) {
            period = next;
        }
    }
    // "by the middle of the year", "by mid-year" said in December: the part of this year
    // named is over, and a sentence looking ahead means next year's (June 30), flagged for
    // review as a month rolled a year is: only when this year's ended less than about two
    // months before (said in July or August), as the note says (session 41: said in
    // December it was flagged as ended "less than two months before", five months on).
    // "this year" or a year written out keeps it.
    if tense == Tense::Future
        && !before_mid
        && matches!(part, Some(Part::Mid | Part::Early | Part::Start))
        && rest == ["year"]
        && !relative_word_in(&tokens)
        && period.last < reference
    {
        let next = resolve_tokens(rest, whole.last.succ_opt()?, tense)?;
        let ended = period.last;
        period = Period {
            rolled_forward: (reference - ended).num_days() < 61,
            ..apply_part(next, part?, by)?
        };
    }
    if before_mid {
        let mut last = period.last.pred_opt()?;
        if last < reference {
            if let Some(next) = next_begun(whole, reference, tense, |after| {
                again(after, true).filter(|p| p.last > reference)
            }) {
                period = next;
                last = next.last.pred_opt()?;
            }
        }
        return Some(Period {
            first: reference.min(last),
            last,
            ..period
        });
    }
    // A part of this decade that is already over ("early decade" said in 2025) names no
    // deadline; reading it as the next decade's would be a guess.
    if tense == Tense::Future
        && period.granularity == Granularity::Decade
        && period.last < reference
    {
        return None;
    }
    // Past tense: "peaked by the end of year", written in March, is last year's end.
    let relative_word = relative_word_in(&tokens);
    if tense == Tense::Past
        && period.granularity == Granularity::Year
        && period.first > reference
        && !relative_word
        && rest.len() == 1
        && rest[0] == "year"
    {
        let back = |d: NaiveDate| d.with_year(d.year() - 1);
        period = Period {
            first: back(period.first)?,
            last: back(period.last)?,
            ..period
        };
    }
    // "before the end of the year" means by the year's last day, not before its last third.
    let before = before && !tokens.contains(&"end");
    if !before && lead.before {
        *lead = Lead { by: true, before };
    }
    if before {
        // "before winter" said in March, "before autumn" in October, "before April" on
        // April 10: the period named without a year has already begun, so the day before
        // it is past. It means the next one, as "before the summer" said in October does
        // (audit 22 C5). A year written out ("before 2026" in 2026) stays as written, and
        // the caller refuses it quoting the phrase.
        let named = Period {
            first: period.first,
            ..whole
        };
        if let Some(next) = next_begun(named, reference, tense, |after| {
            again(after, false).filter(|p| p.first > reference)
        }) {
            let last = next.first.pred_opt()?;
            return Some(Period {
                first: reference.min(last),
                last,
                ..next
            });
        }
        let last = period.first.pred_opt()?;
        period = Period {
            first: reference.min(last),
            last,
            ..period
        };
    }
    Some(period)
}

/// Whether the phrase names its period relative to now ("this", "next", "coming",
/// "current").
fn relative_word_in(tokens: &[&str]) -> bool {
    tokens
        .iter()
        .any(|t| matches!(*t, "this" | "next" | "coming" | "current"))
}

/// For a "before X" whose X (`named`, as read from `reference`) has already begun: the next
/// X, read by `again` from the day after this one ends, marked `rolled_forward` when this X
/// began less than about two months ago (the text may repeat a deadline already passed, as
/// with a month rolled a year). `None` when X has not begun, is a span or a decade, names
/// its year (`again` then finds the same X), or the tense is past.
fn next_begun(
    named: Period,
    reference: NaiveDate,
    tense: Tense,
    again: impl Fn(NaiveDate) -> Option<Period>,
) -> Option<Period> {
    if tense != Tense::Future
        || named.first > reference
        || matches!(named.granularity, Granularity::Span | Granularity::Decade)
    {
        return None;
    }
    let next = again(named.last.succ_opt()?)?;
    Some(Period {
        rolled_forward: (reference - named.first).num_days() < 61,
        ..next
    })
}

fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // A minus sign before a number (`within -5 days`) is kept, so the number does
            // not read as 5: no phrase takes a negative count, and the phrase is refused.
            '-' if out.ends_with(' ') || out.is_empty() => {
                if chars.peek().is_some_and(char::is_ascii_digit) {
                    out.push('-');
                } else {
                    out.push(' ');
                }
            }
            // A hyphen, a non-breaking hyphen (U+2011 in typeset and web copy), dashes.
            '-' | '\u{2010}' | '\u{2011}' | '–' | '—' | '/' => out.push(' '),
            ',' | '.' | '"' | '“' | '”' | '(' | ')' | ';' | ':' | '!' | '?' => out.push(' '),
            '’' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
    // "the 2030's", "the mid-2040's": a decade written with an apostrophe, not a year's
    // possessive ("2030's end"), when "the" or a part of a decade stands before the year.
    let out = if out.contains("0's") {
        decade_apostrophe(&out)
    } else {
        out
    };
    // (Most phrases have no "'s": no copies then; `find_in` asks about every span it tries.)
    let out = if out.contains("'s") {
        out.replace("'s ", " ").replace("'s", "")
    } else {
        out
    };
    // "midyear", "midway through 2027", "halfway through the year": the middle, as "mid-year"
    // and "mid-2027" (audit 26, finding 6); "a year and a half" is 18 months.
    let out = if out.contains("mid") || out.contains("half") {
        out.replace("midyear", "mid year")
            .replace("midway through ", "mid ")
            .replace("midway into ", "mid ")
            .replace("halfway through ", "mid ")
            .replace("a year and a half", "18 months")
            .replace("year and a half", "18 months")
    } else {
        out
    };
    // Analysts' "1H18", "3Q25": a half or quarter of the year 20YY ("h1 2018", "q3 2025").
    if !out.split_whitespace().any(|w| analyst_period(w).is_some()) {
        return out;
    }
    out.split_whitespace()
        .map(|w| analyst_period(w).unwrap_or_else(|| w.to_string()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `normalize`'s text with "the 2030's" written "the 2030s": a year ending in 0 then "'s",
/// after "the", "early", "mid" or "late", is a decade (audit 18).
fn decade_apostrophe(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let mut out = String::with_capacity(text.len());
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let before = words[..i].iter().rev().find(|x| !x.is_empty()).copied();
        match w.strip_suffix("'s") {
            Some(y)
                if year(y).is_some_and(|y| y % 10 == 0)
                    && matches!(before, Some("the" | "early" | "mid" | "late")) =>
            {
                out.push_str(y);
                out.push('s');
            }
            _ => out.push_str(w),
        }
    }
    out
}

/// "1h18" as "h1 2018", "3q25" as "q3 2025"; an analyst's forecast or estimate year
/// "2018f", "2019e" as "2018", "2019".
pub(crate) fn analyst_period(w: &str) -> Option<String> {
    let b = w.as_bytes();
    if b.len() == 5
        && b[..2] == *b"20"
        && b[2..4].iter().all(u8::is_ascii_digit)
        && matches!(b[4], b'f' | b'e')
    {
        return Some(w[..4].to_string());
    }
    // "FY2026", "FY26": a fiscal year named by the calendar year it ends in.
    if let Some(y) = w
        .strip_prefix("fy")
        .filter(|y| y.bytes().all(|c| c.is_ascii_digit()))
    {
        return match y.len() {
            4 if y.starts_with("19") || y.starts_with("20") => Some(y.to_string()),
            2 => Some(format!("20{y}")),
            _ => None,
        };
    }
    let ok = b.len() == 4
        && matches!((b[0], b[1]), (b'1'..=b'2', b'h') | (b'1'..=b'4', b'q'))
        && b[2..].iter().all(u8::is_ascii_digit);
    ok.then(|| format!("{}{} 20{}", char::from(b[1]), char::from(b[0]), &w[2..]))
}

const LEADING: &[&[&str]] = &[
    &["until", "at", "least"],
    &["no", "later", "than"],
    &["not", "later", "than"],
    &["some", "time", "in"],
    &["sometime", "in"],
    &["at", "some", "point", "in"],
    &["as", "early", "as"],
    &["by"],
    &["until"],
    &["till"],
    &["through"],
    &["throughout"],
    &["in"],
    &["within"],
    &["during"],
    &["over"],
    &["at"],
    &["on"],
    &["around"],
    &["from"],
    &["the"],
    &["of"],
    &["later"],
    &["for"],
];

const TRAILING: &[&[&str]] = &[
    &["deadline"],
    &["at", "the", "latest"],
    &["or", "so"],
    &["or", "sooner"],
    &["time", "frame"],
    &["timeframe"],
];

fn strip_fillers(tokens: &mut Vec<&str>, before: &mut bool, by: &mut bool) {
    loop {
        if tokens.first() == Some(&"before") {
            *before = true;
            tokens.remove(0);
            continue;
        }
        // "no earlier than X", "not before X", "not until X": true if nothing happens before X.
        for lead in [
            &["no", "earlier", "than"][..],
            &["not", "earlier", "than"],
            &["not", "before"],
            &["not", "until"],
        ] {
            if tokens.starts_with(lead) {
                *before = true;
                tokens.drain(..lead.len());
            }
        }
        match LEADING.iter().find(|p| tokens.starts_with(p)) {
            Some(p) => {
                if p == &["by"] || p == &["until"] || p == &["till"] || p.len() == 3 {
                    *by = true;
                }
                tokens.drain(..p.len());
            }
            None => break,
        }
    }
    while let Some(p) = TRAILING.iter().find(|p| tokens.ends_with(p)) {
        tokens.truncate(tokens.len() - p.len());
    }
}

/// A part of a day ("this afternoon", "this evening", "tonight", "Thursday night",
/// "tomorrow morning", "December 5 evening"): the day it is part of. "this" names the
/// reference day, "last night" the day before; any other lead must itself resolve to one
/// day, so "the night", "a morning" or "summer evening" stay unread.
fn part_of_day(tokens: &[&str], reference: NaiveDate, tense: Tense) -> Option<Period> {
    let (last, lead) = tokens.split_last()?;
    if *last == "tonight" && lead.is_empty() {
        return Some(day(reference));
    }
    if !matches!(
        *last,
        "morning" | "afternoon" | "evening" | "night" | "overnight"
    ) {
        return None;
    }
    match lead {
        ["this"] | ["later", "this"] | ["early", "this"] | ["late", "this"] => Some(day(reference)),
        ["last"] if *last == "night" => Some(day(reference.pred_opt()?)),
        [] | ["last" | "next" | "the" | "a" | "in"] => None,
        _ => resolve_tokens(lead, reference, tense)
            .filter(|p| p.granularity == Granularity::Day && p.first == p.last),
    }
}

/// Where a month and its day stand in a noun phrase of one noun: `[month, day, noun]` ("dec
/// 19 recess") or `[noun, "on", month, day]` ("recess on dec 19"); the day may come first
/// ("19 dec"). The noun is a plain word, not a time word ("dec 19 2026", "dec 19 morning"
/// stay as they are).
fn dated_noun(tokens: &[&str]) -> Option<usize> {
    let date = |a: &str, b: &str| {
        (month(a).is_some() && day_number(b).is_some())
            || (day_number(a).is_some() && month(b).is_some())
    };
    let noun = |w: &str| {
        w.len() > 2
            && w.chars().all(|c| c.is_ascii_lowercase())
            && month(w).is_none()
            && weekday(w).is_none()
            && unit_of(w).is_none()
            && !matches!(
                w,
                "morning"
                    | "afternoon"
                    | "evening"
                    | "night"
                    | "noon"
                    | "midnight"
                    | "end"
                    | "start"
                    | "the"
                    | "and"
                    | "or"
                    | "latest"
            )
    };
    match tokens {
        [a, b, n] if date(a, b) && noun(n) => Some(0),
        [n, "on", a, b] if date(a, b) && noun(n) => Some(2),
        _ => None,
    }
}

/// "within the next year", "over the coming year", "in the year ahead": one year (month,
/// week) counted from the reference, as "within a year" and "within the next two years"
/// are; the calendar period is named without the span word and its article ("next year",
/// "by next year", "the coming year"). `add --deadline` and `extract` both read it here.
fn next_one(tokens: &[&str]) -> Option<&'static str> {
    let unit = |u: &str| match u {
        "year" => Some("year"),
        "month" => Some("month"),
        "week" => Some("week"),
        // "over the next decade", "in the coming decade": ten years on, as "within a decade".
        "decade" => Some("decade"),
        _ => None,
    };
    match tokens {
        ["in" | "within" | "over" | "during", "the", "next" | "coming", u]
        | ["within" | "over", "next", u]
        | ["in" | "within" | "over" | "during", "the", u, "ahead"] => unit(u),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Early,
    /// "the start of X", "the beginning of X": after `by`, `until` or `before` the moment X
    /// begins (its first day); otherwise ("at the start of 2027") as `Early`.
    Start,
    Mid,
    Late,
}

fn take_part<'a, 'b>(tokens: &'a [&'b str]) -> (Option<Part>, &'a [&'b str]) {
    let table: &[(&[&str], Part)] = &[
        (&["the", "end", "of", "the"], Part::Late),
        (&["the", "end", "of"], Part::Late),
        (&["end", "of", "the"], Part::Late),
        (&["end", "of"], Part::Late),
        (&["the", "beginning", "of"], Part::Start),
        (&["beginning", "of"], Part::Start),
        (&["the", "start", "of"], Part::Start),
        (&["start", "of"], Part::Start),
        (&["the", "middle", "of"], Part::Mid),
        (&["middle", "of"], Part::Mid),
        (&["early"], Part::Early),
        (&["mid"], Part::Mid),
        (&["late"], Part::Late),
    ];
    for (prefix, part) in table {
        if tokens.starts_with(prefix) && tokens.len() > prefix.len() {
            let rest = &tokens[prefix.len()..];
            let rest = rest.strip_prefix(&["the"]).unwrap_or(rest);
            // "end of the year" and "end of the month" name the whole period's end, which
            // is the same deadline; keep the part so the period is its last third.
            return (Some(*part), rest);
        }
    }
    (None, tokens)
}

fn apply_part(period: Period, part: Part, by: bool) -> Option<Period> {
    let Period { first, last, .. } = period;
    // "by the start of 2027" names a point: the claim is true once 2027 begins, not in its
    // first third.
    let part = match part {
        Part::Start if by => {
            return Some(Period {
                first,
                last: first,
                ..period
            })
        }
        p => p,
    };
    let (a, b) = match period.granularity {
        Granularity::Year => {
            let y = first.year();
            let ymd = |m, d| NaiveDate::from_ymd_opt(y, m, d);
            match part {
                Part::Early | Part::Start => (first, ymd(4, 30)?),
                // The middle of a year ends on June 30 in every phrasing ("mid-2027", "in
                // mid-2027", "through the middle of 2027", "by mid-2027"): audit 25 found
                // "through the middle of 2027" read as August 31 beside "by mid-2027" as June 30.
                Part::Mid if by => (first, ymd(6, 30)?),
                Part::Mid => (ymd(5, 1)?, ymd(6, 30)?),
                Part::Late => (ymd(9, 1)?, last),
            }
        }
        Granularity::Month => {
            let ymd = |d| NaiveDate::from_ymd_opt(first.year(), first.month(), d);
            match part {
                Part::Early | Part::Start => (first, ymd(10)?),
                Part::Mid if by => (first, ymd(15)?),
                Part::Mid => (ymd(11)?, ymd(20)?),
                Part::Late => (ymd(21)?, last),
            }
        }
        Granularity::Decade => {
            // Years 0-3, 4-6 and 7-9 of the decade; "by the middle" means by the end of year 5.
            let y = first.year();
            let jan1 = |k: i32| NaiveDate::from_ymd_opt(y + k, 1, 1);
            let dec31 = |k: i32| NaiveDate::from_ymd_opt(y + k, 12, 31);
            match part {
                Part::Early | Part::Start => (first, dec31(3)?),
                Part::Mid if by => (first, dec31(5)?),
                Part::Mid => (jan1(4)?, dec31(6)?),
                Part::Late => (jan1(7)?, last),
            }
        }
        Granularity::Day | Granularity::Span => return Some(period),
        _ => {
            let len = (last - first).num_days() + 1;
            let third = len / 3;
            match part {
                Part::Early | Part::Start => (first, first + Days::new(third as u64 - 1)),
                Part::Mid if by => (first, first + Days::new((len / 2) as u64)),
                Part::Mid => (
                    first + Days::new(third as u64),
                    first + Days::new(2 * third as u64 - 1),
                ),
                Part::Late => (first + Days::new(2 * third as u64), last),
            }
        }
    };
    Some(Period {
        first: a,
        last: b,
        ..period
    })
}

fn resolve_tokens(t: &[&str], reference: NaiveDate, tense: Tense) -> Option<Period> {
    if let Ok(date) = super::parse_date(&t.join("-")) {
        return Some(day(date));
    }
    if let Some(p) = super::holidays::resolve(t, reference, tense) {
        return Some(p);
    }
    match t {
        [] => None,
        ["today"] => Some(day(reference)),
        ["tomorrow"] => Some(day(reference.succ_opt()?)),
        ["day", "after", "tomorrow"] => Some(day(reference.checked_add_days(Days::new(2))?)),
        // "a week from Friday", "Friday week": the day a week after the one named.
        ["a" | "one", "week", "from", rest @ ..] | ["week", "from", rest @ ..]
            if !rest.is_empty() && rest != ["now"] =>
        {
            later(resolve_tokens(rest, reference, tense)?, 7)
        }
        [w, "week"] if weekday(w).is_some() => later(resolve_tokens(&[w], reference, tense)?, 7),
        // "the week after next": two weeks after the week "the week" names.
        ["week", "after", "next"] => {
            let week = resolve_tokens(&["week"], reference, tense)?;
            Some(Period {
                first: week.first.checked_add_days(Days::new(14))?,
                last: week.last.checked_add_days(Days::new(14))?,
                ..week
            })
        }
        // "The 2027 hurricane season", "next year's hurricane season": that year's.
        [y, rest @ ..] if rest.len() > 1 && rest.last() == Some(&"season") && year(y).is_some() => {
            season_in(resolve_tokens(rest, reference, tense)?, year(y)?)
        }
        ["next", "year", rest @ ..] if rest.len() > 1 && rest.last() == Some(&"season") => {
            season_in(
                resolve_tokens(rest, reference, tense)?,
                reference.year() + 1,
            )
        }
        ["yesterday"] => Some(day(reference.pred_opt()?)),
        ["year", "end"] | ["year"] | ["year", "s", "end"] => calendar("year", 0, reference),
        // "for the whole year", "over the full year": the year under way, to its end.
        ["whole" | "full" | "entire", "year"] => calendar("year", 0, reference),
        ["month"] | ["month", "end"] => calendar("month", 0, reference),
        // "by the end of the quarter": the quarter under way, as "the month" is the month.
        ["quarter"] | ["quarter", "end"] => calendar("quarter", 0, reference),
        // "by the end of the week" (the part words are gone by now): this calendar week.
        // Said of the future on a Sunday, the week and the weekend are the coming ones: the
        // week under way ends that day ("by the weekend" written on a Sunday is next Sunday).
        ["week"] | ["week", "end"] | ["this", "week"] if sunday_ahead(reference, tense) => {
            calendar("week", 1, reference)
        }
        ["weekend"] if sunday_ahead(reference, tense) => weekend(reference, 1),
        ["week"] | ["week", "end"] => calendar("week", 0, reference),
        ["this" | "current", "decade"] => resolve_tokens(&["decade"], reference, tense),
        ["weekend"] | ["this", "weekend"] => weekend(reference, 0),
        ["next", "weekend"] => weekend(reference, 1),
        ["fiscal", "year"] | ["this", "fiscal", "year"] => calendar("year", 0, reference),
        // "in the month of March"
        ["month", "of", rest @ ..] if !rest.is_empty() => resolve_tokens(rest, reference, tense),
        ["decade"] => {
            let y = reference.year() - reference.year().rem_euclid(10);
            Some(Period {
                first: NaiveDate::from_ymd_opt(y, 1, 1)?,
                last: NaiveDate::from_ymd_opt(y + 9, 12, 31)?,
                granularity: Granularity::Decade,
                rolled_forward: false,
            })
        }
        ["christmas"] | ["christmas", "day"] => named_day(12, 25, None, reference, tense),
        ["christmas", y] => named_day(12, 25, Some(year(y)?), reference, tense),
        ["new", "year", "eve"] => named_day(12, 31, None, reference, tense),
        ["coming" | "upcoming", unit] if unit.ends_with('s') => coming(reference, unit),
        [rel @ ("this" | "next" | "last" | "coming" | "current" | "previous"), unit] => {
            relative(rel, unit, reference, tense)
        }
        [rel @ ("this" | "next" | "last" | "coming" | "current" | "previous"), unit, "year"]
            if season_of(unit).is_some() =>
        {
            relative(rel, unit, reference, tense)
        }
        [n, unit, "ago"] => {
            // At the unit's own granularity: "four years ago" is that year, as TimeML reads it.
            let date = shift(reference, unit, number(n)?, false)?;
            match unit_of(unit)? {
                "year" => year_period(date.year()),
                "month" => {
                    let (first, last) = month_bounds(date.year(), date.month())?;
                    Some(Period {
                        first,
                        last,
                        granularity: Granularity::Month,
                        rolled_forward: false,
                    })
                }
                "week" => calendar("week", 0, date),
                _ => Some(day(date)),
            }
        }
        [n, unit, "from", "now"] | [n, unit, "time"] | [n, unit] | [n, unit, "away"]
            if number(n).is_some() && unit_of(unit).is_some() =>
        {
            let end = shift(reference, unit, number(n)?, true)?;
            span_period(reference, end, Granularity::Span)
        }
        ["a", "few", unit] | ["few", unit] => {
            let end = shift(reference, unit, 3, true)?;
            span_period(reference, end, Granularity::Span)
        }
        ["a", "couple", "of", unit] | ["couple", "of", unit] => {
            let end = shift(reference, unit, 2, true)?;
            span_period(reference, end, Granularity::Span)
        }
        // "in the next couple of weeks": two, as "a couple of weeks".
        ["next" | "coming" | "following", "couple", "of", unit] => {
            let end = shift(reference, unit, 2, true)?;
            span_period(reference, end, Granularity::Span)
        }
        // "by January end", as Indian and British news write "by the end of January".
        [m, "end"] if month(m).is_some() => month_period(month(m)?, None, reference, tense),
        [q @ ("next" | "coming" | "following"), "few", unit] => {
            let _ = q;
            let end = shift(reference, unit, 3, true)?;
            span_period(reference, end, Granularity::Span)
        }
        ["next" | "coming" | "following", n, unit] if number(n).is_some() => {
            let end = shift(reference, unit, number(n)?, true)?;
            span_period(reference, end, Granularity::Span)
        }
        ["weeks" | "months" | "days" | "years", "ahead" | "to", ..] => coming(reference, t[0]),
        _ => resolve_calendar_name(t, reference, tense),
    }
}

/// The day `days` after the one day `p` names ("a week from Friday"); `None` for a longer
/// period ("a week from next month" names no day).
fn later(p: Period, days: u64) -> Option<Period> {
    (p.granularity == Granularity::Day).then_some(())?;
    Some(day(p.first.checked_add_days(Days::new(days))?))
}

/// A named season `p` moved to the one ending in year `y` ("the 2027 hurricane season").
fn season_in(p: Period, y: i32) -> Option<Period> {
    let d = y - p.last.year();
    Some(Period {
        first: p.first.with_year(p.first.year() + d)?,
        last: p.last.with_year(p.last.year() + d)?,
        rolled_forward: false,
        ..p
    })
}

fn resolve_calendar_name(t: &[&str], reference: NaiveDate, tense: Tense) -> Option<Period> {
    match t {
        [y] if year(y).is_some() => year_period(year(y)?),
        // "by the 2040s", "in the 2030s": a calendar decade named by its first year, to its end.
        [d] if decade_year(d).is_some() => {
            let y = decade_year(d)?;
            Some(Period {
                first: NaiveDate::from_ymd_opt(y, 1, 1)?,
                last: NaiveDate::from_ymd_opt(y + 9, 12, 31)?,
                granularity: Granularity::Decade,
                rolled_forward: false,
            })
        }
        [m] if month(m).is_some() => month_period(month(m)?, None, reference, tense),
        [m, y] if month(m).is_some() && year(y).is_some() => {
            month_period(month(m)?, year(y), reference, tense)
        }
        [m, "of", y] if month(m).is_some() && year(y).is_some() => {
            month_period(month(m)?, year(y), reference, tense)
        }
        [m, d] if month(m).is_some() && day_number(d).is_some() => {
            day_of_month(month(m)?, day_number(d)?, None, reference, tense)
        }
        // "3 March", "the 3rd of March", "March the 3rd": a day of a month in any order the
        // British and American press write it.
        [d, m] | [d, "of", m] | [m, "the", d] if month(m).is_some() && day_number(d).is_some() => {
            day_of_month(month(m)?, day_number(d)?, None, reference, tense)
        }
        [m, d, y] if month(m).is_some() && day_number(d).is_some() && year(y).is_some() => {
            day_of_month(month(m)?, day_number(d)?, year(y), reference, tense)
        }
        [d, m, y] | [d, "of", m, y] | [m, "the", d, y]
            if month(m).is_some() && day_number(d).is_some() && year(y).is_some() =>
        {
            day_of_month(month(m)?, day_number(d)?, year(y), reference, tense)
        }
        ["the", rest @ ..] => resolve_tokens(rest, reference, tense),
        [s] if season_of(s).is_some() => season_period(season_of(s)?, None, reference, tense),
        [s, y] | [s, "of", y] if season_of(s).is_some() && year(y).is_some() => {
            season_period(season_of(s)?, year(y), reference, tense)
        }
        [q] if quarter_token(q).is_some() => {
            let (len, i) = quarter_token(q)?;
            subyear_period(len, i, None, reference, tense)
        }
        [q, y] | [q, "of", y] if quarter_token(q).is_some() && year(y).is_some() => {
            let (len, i) = quarter_token(q)?;
            subyear_period(len, i, year(y), reference, tense)
        }
        // "the first semester" of translated European copy is the first half of the year.
        // "the final quarter", "the last quarter of the year": the year's fourth quarter or
        // second half ("last quarter" alone is the one just past, and is left alone).
        [o @ ("final" | "last"), unit @ ("quarter" | "half"), rest @ ..]
            if *o == "final" || !rest.is_empty() =>
        {
            let (len, i) = if *unit == "quarter" { (3, 4) } else { (6, 2) };
            subyear_period(len, i, period_year(rest, reference)?, reference, tense)
        }
        // "the first three months of the year", "the first nine months of 2027": from
        // January to the end of the N-th month, as a quarter or half is (a sentence that
        // names them spoke of a part of the year, not of the year's end).
        ["first", n, "months", rest @ ..]
            if rest.first() == Some(&"of") && number(n).is_some_and(|n| (2..=11).contains(&n)) =>
        {
            subyear_period(
                number(n)?,
                1,
                period_year(rest, reference)?,
                reference,
                tense,
            )
        }
        [o, unit @ ("quarter" | "half" | "semester"), rest @ ..] if ordinal(o).is_some() => {
            let len = if *unit == "quarter" { 3 } else { 6 };
            subyear_period(
                len,
                ordinal(o)?,
                period_year(rest, reference)?,
                reference,
                tense,
            )
        }
        [w] if weekday(w).is_some() => {
            let wd = weekday(w)?;
            // In news, "Friday" written on a Friday is that day.
            if reference.weekday() == wd {
                return Some(day(reference));
            }
            let mut d = reference;
            for _ in 0..7 {
                d = if tense == Tense::Future {
                    d.succ_opt()?
                } else {
                    d.pred_opt()?
                };
                if d.weekday() == wd {
                    return Some(day(d));
                }
            }
            None
        }
        _ => None,
    }
}

fn day(date: NaiveDate) -> Period {
    Period {
        first: date,
        last: date,
        granularity: Granularity::Day,
        rolled_forward: false,
    }
}

fn span_period(reference: NaiveDate, end: NaiveDate, granularity: Granularity) -> Option<Period> {
    Some(Period {
        first: reference.min(end),
        last: end,
        granularity,
        rolled_forward: false,
    })
}

/// Picks the year for a period named without one: the first whose end is on or after the
/// reference (future) or whose start is on or before it (past).
fn choose_year(
    explicit: Option<i32>,
    reference: NaiveDate,
    tense: Tense,
    make: impl Fn(i32) -> Option<(NaiveDate, NaiveDate)>,
) -> Option<(NaiveDate, NaiveDate, bool)> {
    if let Some(y) = explicit {
        let (a, b) = make(y)?;
        return Some((a, b, false));
    }
    let y = reference.year();
    match tense {
        Tense::Future => {
            // The earliest candidate that has not ended yet; a winter that began last
            // December may still be running.
            for cand in [y - 1, y] {
                if let Some((a, b)) = make(cand) {
                    if b >= reference {
                        // "By December" on January 5: the December just ended is as likely
                        // meant as the one eleven months off, so it is flagged as a roll
                        // into next year is.
                        return Some((a, b, ended_recently(make(cand - 1), reference)));
                    }
                }
            }
            // The next year that has it: "February 29" said in 2026 is 2028's, the next
            // that has the day (a calendar skips it for up to eight years, 1896 to 1904).
            let (a, b) = (y + 1..=y + 8).find_map(&make)?;
            let recent =
                make(y).is_some_and(|(_, last_end)| (reference - last_end).num_days() < 61);
            Some((a, b, recent))
        }
        Tense::Past => (y - 8..=y + 1)
            .rev()
            .filter_map(&make)
            .find(|&(a, _)| a <= reference)
            .map(|(a, b)| (a, b, false)),
    }
}

/// Whether the occurrence `before` (first and last day) of a period ended less than two
/// months before `reference`: then a future-tense reading that skipped it may be wrong.
pub(crate) fn ended_recently(before: Option<(NaiveDate, NaiveDate)>, reference: NaiveDate) -> bool {
    before.is_some_and(|(_, end)| end < reference && (reference - end).num_days() < 61)
}

fn finish(found: Option<(NaiveDate, NaiveDate, bool)>, granularity: Granularity) -> Option<Period> {
    let (first, last, rolled_forward) = found?;
    Some(Period {
        first,
        last,
        granularity,
        rolled_forward,
    })
}

fn month_bounds(y: i32, m: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
    let last = first.checked_add_months(Months::new(1))?.pred_opt()?;
    Some((first, last))
}

fn month_period(m: u32, y: Option<i32>, reference: NaiveDate, tense: Tense) -> Option<Period> {
    let found = choose_year(y, reference, tense, |y| month_bounds(y, m));
    finish(found, Granularity::Month)
}

fn day_of_month(
    m: u32,
    d: u32,
    y: Option<i32>,
    reference: NaiveDate,
    tense: Tense,
) -> Option<Period> {
    let found = choose_year(y, reference, tense, |y| {
        NaiveDate::from_ymd_opt(y, m, d).map(|x| (x, x))
    });
    finish(found, Granularity::Day)
}

fn named_day(m: u32, d: u32, y: Option<i32>, reference: NaiveDate, tense: Tense) -> Option<Period> {
    day_of_month(m, d, y, reference, tense)
}

/// A fiscal, crop or sports year written "2024/25" or "2024-25": it ends in the middle of its
/// second calendar year. Governments and boards end theirs from March (India, the UK, Japan)
/// to September (the US); crop marketing years and sports seasons from May to September. June
/// 30 is the middle of those endings (policy).
pub fn split_year(end_year: i32) -> Option<Period> {
    Some(Period {
        first: NaiveDate::from_ymd_opt(end_year - 1, 7, 1)?,
        last: NaiveDate::from_ymd_opt(end_year, 6, 30)?,
        granularity: Granularity::Year,
        rolled_forward: false,
    })
}

fn year_period(y: i32) -> Option<Period> {
    Some(Period {
        first: NaiveDate::from_ymd_opt(y, 1, 1)?,
        last: NaiveDate::from_ymd_opt(y, 12, 31)?,
        granularity: Granularity::Year,
        rolled_forward: false,
    })
}

/// The year named by the words after a quarter or half ("of 2026", "next year"): `Some(None)`
/// for none ("the third quarter of the year" is the quarter, not the year's end: round 65,
/// x65d), its year then chosen as for a bare quarter; `None` when the words are not a year.
fn period_year(rest: &[&str], reference: NaiveDate) -> Option<Option<i32>> {
    Some(match rest {
        [] | ["of", "the", "year"] => None,
        [y] | ["of", y] => Some(year(y)?),
        ["of", "this", "year"] | ["this", "year"] => Some(reference.year()),
        ["of", "next", "year"] | ["next", "year"] => Some(reference.year() + 1),
        _ => return None,
    })
}

/// Quarters (`len` 3) and halves (`len` 6) of a calendar year, numbered from 1.
fn subyear_period(
    len: u32,
    i: u32,
    y: Option<i32>,
    reference: NaiveDate,
    tense: Tense,
) -> Option<Period> {
    if i == 0 || i * len > 12 {
        return None;
    }
    let found = choose_year(y, reference, tense, |y| {
        let (first, _) = month_bounds(y, (i - 1) * len + 1)?;
        let (_, last) = month_bounds(y, i * len)?;
        Some((first, last))
    });
    finish(
        found,
        if len == 3 {
            Granularity::Quarter
        } else {
            Granularity::Half
        },
    )
}

#[derive(Debug, Clone, Copy)]
enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

fn season_of(word: &str) -> Option<Season> {
    match word {
        "spring" => Some(Season::Spring),
        "summer" => Some(Season::Summer),
        "autumn" | "fall" => Some(Season::Autumn),
        "winter" => Some(Season::Winter),
        _ => None,
    }
}

fn season_bounds(s: Season, y: i32) -> (NaiveDate, NaiveDate) {
    match s {
        Season::Spring => (
            day_of(Event::MarchEquinox, y),
            day_of(Event::JuneSolstice, y),
        ),
        Season::Summer => (
            day_of(Event::JuneSolstice, y),
            day_of(Event::SeptemberEquinox, y),
        ),
        Season::Autumn => (
            day_of(Event::SeptemberEquinox, y),
            day_of(Event::DecemberSolstice, y),
        ),
        Season::Winter => (
            day_of(Event::DecemberSolstice, y),
            day_of(Event::MarchEquinox, y + 1),
        ),
    }
}

/// Whether a season under way at `reference` is in the calendar month it ends in: one rule
/// of the calendar for where the astronomical season (this table's) has outlived the
/// meteorological one of the same name.
fn season_ending(p: Period, reference: NaiveDate) -> bool {
    p.first <= reference
        && reference <= p.last
        && (reference.year(), reference.month()) == (p.last.year(), p.last.month())
}

/// A season named without a year is flagged as rolled forward only when its reading ends in
/// a later year than the reference: "by autumn" in January is this year's autumn, the one
/// before having ended with December (its meteorological months with November), so nothing
/// was rolled past; a month just ended is still flagged across New Year ("by December" on
/// January 5), since a month's figures are reported in the next.
fn season_period(s: Season, y: Option<i32>, reference: NaiveDate, tense: Tense) -> Option<Period> {
    let found = choose_year(y, reference, tense, |y| Some(season_bounds(s, y)))
        .map(|(a, b, rolled)| (a, b, rolled && b.year() > reference.year()));
    finish(found, Granularity::Season)
}

fn calendar(unit: &str, offset: i32, reference: NaiveDate) -> Option<Period> {
    let y = reference.year();
    match unit {
        "year" => year_period(y + offset),
        "month" => {
            let anchor = if offset >= 0 {
                reference.checked_add_months(Months::new(offset as u32))?
            } else {
                reference.checked_sub_months(Months::new(offset.unsigned_abs()))?
            };
            let (first, last) = month_bounds(anchor.year(), anchor.month())?;
            Some(Period {
                first,
                last,
                granularity: Granularity::Month,
                rolled_forward: false,
            })
        }
        "quarter" => {
            let q0 = (reference.month0() / 3) as i32 + offset;
            let (yy, q) = (y + q0.div_euclid(4), q0.rem_euclid(4) as u32 + 1);
            subyear_period(3, q, Some(yy), reference, Tense::Future)
        }
        "week" => {
            let monday =
                reference - Days::new(u64::from(reference.weekday().num_days_from_monday()));
            let first = if offset >= 0 {
                monday + Days::new(7 * offset as u64)
            } else {
                monday - Days::new(7 * offset.unsigned_abs() as u64)
            };
            Some(Period {
                first,
                last: first + Days::new(6),
                granularity: Granularity::Week,
                rolled_forward: false,
            })
        }
        _ => None,
    }
}

/// The days of January in which "the coming year" still means the year just begun.
const NEW_YEAR_DAYS: u32 = 14;

fn relative(rel: &str, unit: &str, reference: NaiveDate, tense: Tense) -> Option<Period> {
    let offset = match rel {
        "this" | "current" => 0,
        // "the coming year" written in the first two weeks of January is the year just
        // begun, nearly all of it ahead (a predictions post of January 1); "next year" is
        // always the next one.
        "coming" if unit == "year" && reference.ordinal() <= NEW_YEAR_DAYS => 0,
        "next" | "coming" => 1,
        _ => -1,
    };
    if let Some(s) = season_of(unit) {
        let tense = if offset < 0 { Tense::Past } else { tense };
        let mut p = season_period(s, None, reference, tense)?;
        if offset < 0 && p.last >= reference {
            let (a, b) = season_bounds(s, p.first.year() - 1);
            p = Period {
                first: a,
                last: b,
                ..p
            };
        }
        if offset > 0 && p.first <= reference {
            let (a, b) = season_bounds(s, p.first.year() + 1);
            p = Period {
                first: a,
                last: b,
                ..p
            };
        }
        return Some(Period {
            rolled_forward: false,
            ..p
        });
    }
    if let Some(m) = month(unit) {
        // "last July": the latest July before this month; "next July": the first after it.
        let y = reference.year();
        let this_month = reference.month();
        let year = match offset {
            0 => y,
            o if o > 0 => {
                if m > this_month {
                    y
                } else {
                    y + 1
                }
            }
            _ => {
                if m < this_month {
                    y
                } else {
                    y - 1
                }
            }
        };
        let (first, last) = month_bounds(year, m)?;
        return Some(Period {
            first,
            last,
            granularity: Granularity::Month,
            rolled_forward: false,
        });
    }
    if let Some(wd) = weekday(unit) {
        let week = calendar("week", offset, reference)?;
        let d = week.first + Days::new(u64::from(wd.num_days_from_monday()));
        return Some(day(d));
    }
    calendar(unit, offset, reference)
}

/// Whether `reference` is a Sunday and the phrase looks ahead: "this week", "the end of the
/// week" and "the weekend" then name the coming ones, not the day itself.
fn sunday_ahead(reference: NaiveDate, tense: Tense) -> bool {
    tense == Tense::Future && reference.weekday() == Weekday::Sun
}

/// The Saturday and Sunday of the current ISO week (`offset` 0) or a later one; on a Sunday,
/// "this weekend" is that day's (`resolve_tokens` reads "the weekend" ahead then).
fn weekend(reference: NaiveDate, offset: u64) -> Option<Period> {
    let monday = reference - Days::new(u64::from(reference.weekday().num_days_from_monday()));
    let saturday = monday + Days::new(5 + 7 * offset);
    Some(Period {
        first: saturday,
        last: saturday + Days::new(1),
        granularity: Granularity::Week,
        rolled_forward: false,
    })
}

fn coming(reference: NaiveDate, unit: &str) -> Option<Period> {
    let end = match unit {
        "hours" => reference + Days::new(1),
        "days" => reference + Days::new(7),
        "weeks" => reference + Days::new(42),
        // Four months: the middle of the two to six a reader takes "the coming months" for.
        "months" => reference.checked_add_months(Months::new(4))?,
        "years" => reference.checked_add_months(Months::new(24))?,
        _ => return None,
    };
    span_period(reference, end, Granularity::Span)
}

fn unit_of(word: &str) -> Option<&'static str> {
    match word {
        "day" | "days" => Some("day"),
        "week" | "weeks" => Some("week"),
        "month" | "months" => Some("month"),
        "year" | "years" => Some("year"),
        "quarter" | "quarters" => Some("quarter"),
        "decade" | "decades" => Some("decade"),
        "fortnight" | "fortnights" => Some("fortnight"),
        // Hours count in whole days: "within 48 hours" ends two days on.
        "hour" | "hours" => Some("hour"),
        _ => None,
    }
}

fn shift(reference: NaiveDate, unit: &str, n: u32, forward: bool) -> Option<NaiveDate> {
    let (days, months) = match unit_of(unit)? {
        "day" => (u64::from(n), 0),
        "week" => (7 * u64::from(n), 0),
        "fortnight" => (14 * u64::from(n), 0),
        "hour" => (u64::from(n).div_ceil(24), 0),
        "month" => (0, n),
        "quarter" => (0, 3 * n),
        "year" => (0, 12 * n),
        _ => (0, 120 * n),
    };
    if forward {
        reference
            .checked_add_days(Days::new(days))?
            .checked_add_months(Months::new(months))
    } else {
        reference
            .checked_sub_days(Days::new(days))?
            .checked_sub_months(Months::new(months))
    }
}

/// A count written as a word the phrase resolver reads ("two", "eighteen"; "a"/"an" are 1)
/// or as digits from 1 to 1000.
pub(crate) fn number(word: &str) -> Option<u32> {
    let n = match word {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "eighteen" => 18,
        "twenty" => 20,
        "thirty" => 30,
        "ninety" => 90,
        _ => word.parse().ok().filter(|n| (1..=1000).contains(n))?,
    };
    Some(n)
}

fn ordinal(word: &str) -> Option<u32> {
    match word {
        "first" | "1st" => Some(1),
        "second" | "2nd" => Some(2),
        "third" | "3rd" => Some(3),
        "fourth" | "4th" => Some(4),
        _ => None,
    }
}

fn quarter_token(word: &str) -> Option<(u32, u32)> {
    let b = word.as_bytes();
    if b.len() != 2 || !b[1].is_ascii_digit() {
        return None;
    }
    let i = u32::from(b[1] - b'0');
    match b[0] {
        b'q' if (1..=4).contains(&i) => Some((3, i)),
        b'h' if (1..=2).contains(&i) => Some((6, i)),
        _ => None,
    }
}

fn year(word: &str) -> Option<i32> {
    if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
        word.parse().ok().filter(|y| (1900..=2199).contains(y))
    } else {
        None
    }
}

/// The first year of a decade written as "2040s":
/// four digits ending in 0, then "s".
pub(crate) fn decade_year(word: &str) -> Option<i32> {
    year(word.strip_suffix('s')?).filter(|y| y % 10 == 0)
}

fn day_number(word: &str) -> Option<u32> {
    let digits = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))
        .unwrap_or(word);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// Month names and their usual abbreviations.
pub(crate) fn month(word: &str) -> Option<u32> {
    let m = match word {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// Whether a reading rolled past the period its phrase names (`Period::rolled_forward`) was
/// a weekday named on that very weekday ("before Friday" on a Friday, read as next week's),
/// where only the week is in doubt, not the year: `add`'s note and `extract`'s review say so.
pub(crate) fn rolled_a_week(phrase: &str, period: &Period) -> bool {
    period.rolled_forward
        && period.granularity == Granularity::Day
        && phrase
            .to_lowercase()
            .split(|c: char| !c.is_alphabetic())
            .any(|w| weekday(w).is_some())
}

/// Weekday names, spelled out.
pub(crate) fn weekday(word: &str) -> Option<Weekday> {
    match word {
        "monday" => Some(Weekday::Mon),
        "tuesday" => Some(Weekday::Tue),
        "wednesday" => Some(Weekday::Wed),
        "thursday" => Some(Weekday::Thu),
        "friday" => Some(Weekday::Fri),
        "saturday" => Some(Weekday::Sat),
        "sunday" => Some(Weekday::Sun),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(phrase: &str, reference: &str) -> Option<(String, String, bool)> {
        let r: NaiveDate = reference.parse().unwrap();
        resolve_phrase(phrase, r)
            .map(|p| (p.first.to_string(), p.last.to_string(), p.rolled_forward))
    }

    fn deadline(phrase: &str, reference: &str) -> String {
        at(phrase, reference)
            .map(|p| p.1)
            .unwrap_or_else(|| "none".into())
    }

    /// A February 29 named without a year is the next one (2028's said in December 2026), not
    /// refused, and a past one the last (adversary, 2026-12-05: the extractor fell back to
    /// "by February", 2027-02-28; `add --deadline "Feb 29"` was refused).
    #[test]
    fn a_leap_day_without_a_year_is_the_next_one() {
        assert_eq!(deadline("Feb 29", "2026-12-05"), "2028-02-29");
        assert_eq!(deadline("by February 29", "2026-12-05"), "2028-02-29");
        assert_eq!(deadline("by February 29", "2028-02-01"), "2028-02-29");
        // 2100 is no leap year: eight years from 2097 to 2104.
        assert_eq!(deadline("February 29", "2097-03-01"), "2104-02-29");
        let r: NaiveDate = "2026-12-05".parse().unwrap();
        let past = resolve_phrase_in("February 29", r, Tense::Past).unwrap();
        assert_eq!(past.last.to_string(), "2024-02-29");
        assert_eq!(deadline("Feb 29 2027", "2026-12-05"), "none");
    }

    /// The words for the turn of a year that users type in December (adversary, 2026-12-05),
    /// each worked out by hand from 2026-12-05: New Year is January 1 after "by" and "until"
    /// and its eve after "before"; "in the new year" names no day. The close, the turn and
    /// "before the year is out" are the year's end; "the first of the year" is January 1.
    #[test]
    fn the_turn_of_the_year_in_its_usual_words() {
        let r = "2026-12-05";
        assert_eq!(deadline("by New Year", r), "2027-01-01");
        assert_eq!(deadline("until New Year's", r), "2027-01-01");
        assert_eq!(deadline("by the New Year", r), "2027-01-01");
        assert_eq!(deadline("before New Year", r), "2026-12-31");
        assert_eq!(deadline("in the new year", r), "none");
        assert_eq!(deadline("the new year", r), "none");
        assert_eq!(deadline("by Xmas", r), "2026-12-25");
        assert_eq!(deadline("this Christmas", r), "2026-12-25");
        assert_eq!(deadline("this holiday season", r), "2026-12-31");
        assert_eq!(deadline("by the close of the year", r), "2026-12-31");
        assert_eq!(deadline("by the turn of the year", r), "2026-12-31");
        assert_eq!(deadline("before the year is out", r), "2026-12-31");
        assert_eq!(deadline("before the month is out", r), "2026-12-31");
        assert_eq!(deadline("by the end of the calendar year", r), "2026-12-31");
        assert_eq!(deadline("by the first of the year", r), "2027-01-01");
        // Said on New Year's Day itself: the next one, flagged (ad4 F11).
        assert_eq!(
            at("by New Year", "2027-01-01"),
            Some(("2028-01-01".into(), "2028-01-01".into(), true))
        );
        // Said the day after, the next one, flagged as a roll forward.
        assert_eq!(
            at("by New Year", "2027-01-02"),
            Some(("2028-01-01".into(), "2028-01-01".into(), true))
        );
    }

    /// A deadline phrase said on the day it names is the next occurrence, flagged for review
    /// (ad4 F11), worked by hand: 2026-11-26 is Thanksgiving (the fourth Thursday of
    /// November), 2027-11-25 the next; 2026-12-04 is a Friday; 2027-02-28 ends February.
    /// A day named with its year, `today` and a bare weekday read in an article (`extract`,
    /// `resolve_phrase_in` without a deadline word) keep the day itself.
    #[test]
    fn a_named_day_said_on_that_day_is_the_next_one() {
        let rolled = |phrase: &str, r: &str| at(phrase, r).map(|(_, last, f)| (last, f));
        let next = |d: &str| Some((d.to_string(), true));
        assert_eq!(rolled("by New Year", "2026-01-01"), next("2027-01-01"));
        assert_eq!(
            rolled("by New Year's Day", "2026-01-01"),
            next("2027-01-01")
        );
        assert_eq!(rolled("by Christmas", "2026-12-25"), next("2027-12-25"));
        assert_eq!(rolled("Christmas", "2026-12-25"), next("2027-12-25"));
        assert_eq!(rolled("by Thanksgiving", "2026-11-26"), next("2027-11-25"));
        assert_eq!(rolled("by Friday", "2026-12-04"), next("2026-12-11"));
        assert_eq!(rolled("Friday", "2026-12-04"), next("2026-12-11"));
        assert_eq!(
            rolled("by the end of the month", "2027-01-31"),
            next("2027-02-28")
        );
        assert_eq!(rolled("end of February", "2027-02-28"), next("2028-02-29"));
        assert_eq!(
            rolled("by New Year's Eve", "2026-12-31"),
            next("2027-12-31")
        );
        assert_eq!(rolled("by June 15", "2026-06-15"), next("2027-06-15"));
        // The day itself, said so: kept; so is a period named with `this` (audit 15 A8).
        assert_eq!(deadline("today", "2026-12-25"), "2026-12-25");
        assert_eq!(deadline("this month", "2027-01-31"), "2027-01-31");
        assert_eq!(
            deadline("by the end of this year", "2026-12-31"),
            "2026-12-31"
        );
        assert_eq!(deadline("this Christmas", "2026-12-25"), "2026-12-25");
        assert_eq!(deadline("by tonight", "2026-12-25"), "2026-12-25");
        assert_eq!(deadline("by Christmas 2026", "2026-12-25"), "2026-12-25");
        assert_eq!(deadline("by the end of 2026", "2026-12-31"), "2026-12-31");
        assert_eq!(deadline("2026-12-25", "2026-12-25"), "2026-12-25");
        // "before Christmas" said on Christmas Eve ends that day: it names the day after.
        assert_eq!(deadline("before Christmas", "2026-12-24"), "2026-12-24");
        // In an article: "by Friday" rolls, a bare "Friday" is the day of publication.
        let news = |phrase: &str| {
            resolve_phrase_in(phrase, "2026-12-04".parse().unwrap(), Tense::Future)
                .map(|p| (p.last.to_string(), p.rolled_forward))
        };
        assert_eq!(news("by Friday"), next("2026-12-11"));
        assert_eq!(news("Friday"), Some(("2026-12-04".into(), false)));
        assert_eq!(news("on Friday"), Some(("2026-12-04".into(), false)));
        let d: NaiveDate = "2026-12-25".parse().unwrap();
        assert!(said_on_its_day("by Christmas", d));
        assert!(!said_on_its_day("by Christmas 2026", d));
        assert!(!said_on_its_day("today", d));
    }

    /// "Within the next year" is a year counted from the day it was said, the same span as
    /// "within a year" and "within the next two years"; "next year" alone stays the
    /// calendar year (audit 16 A5; worked by hand from 2026-03-10).
    #[test]
    fn within_the_next_year_counts_a_year_from_the_reference() {
        assert_eq!(deadline("within the next year", "2026-03-10"), "2027-03-10");
        assert_eq!(deadline("in the next year", "2026-03-10"), "2027-03-10");
        assert_eq!(deadline("over the coming year", "2026-03-10"), "2027-03-10");
        assert_eq!(deadline("in the year ahead", "2026-03-10"), "2027-03-10");
        assert_eq!(deadline("within a year", "2026-03-10"), "2027-03-10");
        assert_eq!(
            deadline("within the next two years", "2026-03-10"),
            "2028-03-10"
        );
        assert_eq!(
            deadline("within the next month", "2026-03-10"),
            "2026-04-10"
        );
        assert_eq!(deadline("over the next week", "2026-03-10"), "2026-03-17");
        assert_eq!(deadline("next year", "2026-03-10"), "2027-12-31");
        assert_eq!(deadline("by next year", "2026-03-10"), "2027-12-31");
        assert_eq!(deadline("the coming year", "2026-03-10"), "2027-12-31");
    }

    /// "Before X" where X, named without a year, has already begun is the next X, as
    /// "before the summer" said in October always was (audit 22 C5); a year written out
    /// stays, and a span counts from the reference.
    #[test]
    fn before_a_period_already_begun_is_before_the_next_one() {
        // Winter 2025 began 2025-12-21 and runs to the 2026 March equinox (2026-03-20).
        assert_eq!(deadline("before winter", "2026-03-01"), "2026-12-20");
        assert_eq!(deadline("before the winter", "2026-01-15"), "2026-12-20");
        // Autumn 2026 began on the equinox, 2026-09-23; the 2027 one is on 2027-09-23.
        assert_eq!(deadline("before autumn", "2026-10-01"), "2027-09-22");
        assert_eq!(deadline("before fall", "2026-10-01"), "2027-09-22");
        assert_eq!(deadline("before the summer", "2026-10-01"), "2027-06-20");
        assert_eq!(deadline("before the summer", "2026-07-01"), "2027-06-20");
        assert_eq!(deadline("before spring", "2026-10-01"), "2027-03-19");
        assert_eq!(deadline("before spring", "2026-04-01"), "2027-03-19");
        // Not yet begun: unchanged.
        assert_eq!(deadline("before winter", "2026-10-01"), "2026-12-20");
        assert_eq!(deadline("before autumn", "2026-03-01"), "2026-09-22");
        // Months and parts of months, the same failure.
        assert_eq!(deadline("before April", "2026-04-10"), "2027-03-31");
        assert_eq!(deadline("before mid-April", "2026-04-20"), "2027-04-14");
        assert_eq!(deadline("before mid-April", "2026-04-10"), "2026-04-14");
        assert_eq!(deadline("before late April", "2026-04-25"), "2027-04-20");
        assert_eq!(deadline("before Q2", "2026-05-01"), "2027-03-31");
        // "By" and "this" a season in progress are its end, as before; in the month it
        // ends, a bare season is the next one, flagged (audit 23 D3, below).
        assert_eq!(deadline("by winter", "2026-02-15"), "2026-03-20");
        assert_eq!(deadline("this winter", "2026-03-01"), "2026-03-20");
        // A year written out is kept: the day before it, which the caller refuses.
        assert_eq!(deadline("before 2026", "2026-03-01"), "2025-12-31");
        assert_eq!(deadline("before winter 2025", "2026-03-01"), "2025-12-20");
        // Rolled across less than two months is flagged for review, further is not.
        assert_eq!(at("before autumn", "2026-10-01").map(|p| p.2), Some(true));
        assert_eq!(at("before winter", "2026-03-01").map(|p| p.2), Some(false));
    }

    /// Audit 23 D3: a season named bare in the calendar month it ends in (when the
    /// meteorological season of that name is over) is the next one, flagged for review;
    /// `this`, a year, or an earlier day keep the one under way. Autumn 2026 ends on the
    /// December solstice, 2026-12-21; autumn 2027 runs 2027-09-23 .. 2027-12-22 (that
    /// solstice is at 02:42 UTC on the 22nd).
    #[test]
    fn a_season_named_in_the_month_it_ends_is_the_next_one_flagged() {
        let r = |phrase: &str, reference: &str| at(phrase, reference).unwrap();
        let next_autumn = ("2027-09-23".to_string(), "2027-12-22".to_string(), true);
        assert_eq!(r("in the autumn", "2026-12-01"), next_autumn);
        assert_eq!(r("autumn", "2026-12-01"), next_autumn);
        assert_eq!(r("in the fall", "2026-12-20"), next_autumn);
        assert_eq!(r("by autumn", "2026-12-01").1, "2027-12-22");
        assert_eq!(deadline("by winter", "2026-03-01"), "2027-03-20");
        assert_eq!(
            r("spring", "2027-06-01"),
            ("2028-03-20".to_string(), "2028-06-20".to_string(), true)
        );
        // Not yet its last month, `this`, a year, or the day after it ended: unchanged.
        assert_eq!(
            r("in the autumn", "2026-11-30"),
            ("2026-09-23".to_string(), "2026-12-21".to_string(), false)
        );
        assert_eq!(r("this autumn", "2026-12-01").1, "2026-12-21");
        assert_eq!(r("autumn 2026", "2026-12-01").1, "2026-12-21");
        assert_eq!(r("in the autumn", "2026-12-22").1, "2027-12-22");
        assert_eq!(r("next autumn", "2026-12-01").1, "2027-12-22");
        // The start of a season already begun is the next one's (`by`, as `before`).
        assert_eq!(
            deadline("by the beginning of the fall", "2026-12-01"),
            "2027-09-23"
        );
        assert_eq!(
            deadline("by the beginning of the fall", "2026-10-15"),
            "2027-09-23"
        );
        assert_eq!(
            deadline("by the beginning of the fall", "2026-03-01"),
            "2026-09-23"
        );
        assert_eq!(
            deadline("by the start of April", "2026-04-10"),
            "2027-04-01"
        );
        // Other seasons of the calendar are not the four.
        assert_eq!(deadline("the holiday season", "2026-12-01"), "2026-12-31");
    }

    /// "By the start of X" is the day X begins; "at the start of X" is early X (audit 16
    /// A4; summer begins on the June solstice, 2026-06-21).
    #[test]
    fn by_the_start_of_a_period_is_its_first_day() {
        assert_eq!(deadline("by the start of 2027", "2026-03-10"), "2027-01-01");
        assert_eq!(
            deadline("by the beginning of 2027", "2026-03-10"),
            "2027-01-01"
        );
        assert_eq!(
            deadline("by the start of next year", "2026-03-10"),
            "2027-01-01"
        );
        assert_eq!(
            deadline("by the start of the summer", "2026-03-10"),
            "2026-06-21"
        );
        assert_eq!(
            deadline("by the start of April", "2026-03-10"),
            "2026-04-01"
        );
        assert_eq!(
            deadline("until the start of May", "2026-03-10"),
            "2026-05-01"
        );
        assert_eq!(
            deadline("before the start of 2027", "2026-03-10"),
            "2026-12-31"
        );
        assert_eq!(deadline("at the start of 2027", "2026-03-10"), "2027-04-30");
        assert_eq!(deadline("early 2027", "2026-03-10"), "2027-04-30");
    }

    /// "a year and a half" is 18 months; "midway through" a year and "midyear" are its
    /// middle, as "mid-year" is (audit 26, finding 6): worked by hand from 2026-11-15.
    #[test]
    fn a_year_and_a_half_and_midway_through() {
        let r = NaiveDate::from_ymd_opt(2026, 11, 15).unwrap();
        for (text, want) in [
            ("over the next year and a half", "2028-05-15"),
            ("within a year and a half", "2028-05-15"),
            ("midway through 2027", "2027-06-30"),
            ("halfway through next year", "2027-06-30"),
            ("by midyear", "2027-06-30"),
        ] {
            assert_eq!(
                resolve_phrase(text, r)
                    .map(|p| p.last.to_string())
                    .as_deref(),
                Some(want),
                "{text}"
            );
        }
    }

    /// A decade named by its first year runs to the end of its last year, its parts as the
    /// parts of "the decade" (audit 18, A8): worked by hand from 2026-12-01.
    #[test]
    fn a_decade_named_by_its_year_ends_with_its_ninth_year() {
        assert_eq!(deadline("by the 2040s", "2026-12-01"), "2049-12-31");
        assert_eq!(deadline("in the 2030s", "2026-12-01"), "2039-12-31");
        assert_eq!(deadline("by the mid-2030s", "2026-12-01"), "2035-12-31");
        assert_eq!(deadline("the late 2030s", "2026-12-01"), "2039-12-31");
        assert_eq!(deadline("early 2040s", "2026-12-01"), "2043-12-31");
        // "the 2030's": the apostrophe of a decade, not a possessive.
        assert_eq!(deadline("by the 2030's", "2026-12-01"), "2039-12-31");
        assert_eq!(
            deadline("by the mid-2040\u{2019}s", "2026-12-01"),
            "2045-12-31"
        );
        assert_eq!(deadline("by 2030's", "2026-12-01"), "2030-12-31");
        // Not a decade: a year not ending in 0, or no "s".
        assert_eq!(deadline("the 2035s", "2026-12-01"), "none");
        assert_eq!(decade_year("2040"), None);
    }

    /// Hours, fortnights, the end of the week and "this decade": worked by hand from
    /// Wednesday 2026-11-04 (its ISO week ends on Sunday 2026-11-08).
    #[test]
    fn hours_fortnights_the_week_end_and_this_decade() {
        assert_eq!(deadline("within 48 hours", "2026-11-04"), "2026-11-06");
        assert_eq!(deadline("in 24 hours", "2026-11-04"), "2026-11-05");
        assert_eq!(deadline("within 2 hours", "2026-11-04"), "2026-11-05");
        assert_eq!(deadline("in a fortnight", "2026-11-04"), "2026-11-18");
        assert_eq!(deadline("in two fortnights", "2026-11-04"), "2026-12-02");
        assert_eq!(
            deadline("by the end of the week", "2026-11-04"),
            "2026-11-08"
        );
        assert_eq!(deadline("end of the week", "2026-11-04"), "2026-11-08");
        assert_eq!(deadline("this decade", "2026-11-04"), "2029-12-31");
    }

    /// "The whole year", "the full year", "the entire year": the calendar year under way
    /// (worked by hand from 2027-07-20).
    /// "by the end of the quarter" is the quarter under way, as "the month" is the month;
    /// "FY2027" and "FY27" are the year a fiscal year ends in (read as the calendar year,
    /// as "fiscal 2027" is).
    #[test]
    fn the_quarter_and_a_fiscal_year_written_fy() {
        assert_eq!(
            deadline("by the end of the quarter", "2027-05-20"),
            "2027-06-30"
        );
        assert_eq!(deadline("in the quarter", "2027-11-02"), "2027-12-31");
        assert_eq!(deadline("in FY2027", "2026-05-20"), "2027-12-31");
        assert_eq!(deadline("by FY28", "2026-05-20"), "2028-12-31");
        assert_eq!(analyst_period("fy2027").as_deref(), Some("2027"));
        assert_eq!(analyst_period("fy27").as_deref(), Some("2027"));
        assert_eq!(analyst_period("fy"), None);
        assert_eq!(analyst_period("fy207"), None);
        assert_eq!(analyst_period("fyi"), None);
    }

    /// "The first three months of the year" is the year's first quarter, not its end; the
    /// first nine months of 2027 end on September 30 (worked by hand).
    #[test]
    fn the_first_months_of_a_year_end_with_the_last_of_them() {
        assert_eq!(
            deadline("in the first three months of the year", "2026-02-10"),
            "2026-03-31"
        );
        assert_eq!(
            deadline("the first nine months of 2027", "2026-02-10"),
            "2027-09-30"
        );
        assert_eq!(
            deadline("during the first six months of next year", "2026-02-10"),
            "2027-06-30"
        );
        assert_eq!(
            deadline("the first 4 months of this year", "2026-02-10"),
            "2026-04-30"
        );
        assert_eq!(
            deadline("the first six months this year", "2026-02-10"),
            "none"
        );
        // Not a part of a year: no date from these words.
        assert_eq!(deadline("the first three months", "2026-02-10"), "none");
        assert_eq!(
            deadline("the first twelve months of 2027", "2026-02-10"),
            "none"
        );
    }

    #[test]
    fn the_whole_year_is_the_year_under_way() {
        assert_eq!(deadline("for the whole year", "2027-07-20"), "2027-12-31");
        assert_eq!(deadline("the full year", "2027-07-20"), "2027-12-31");
        assert_eq!(deadline("over the entire year", "2027-07-20"), "2027-12-31");
        assert_eq!(deadline("the whole month", "2027-07-20"), "none");
    }

    /// "Over the next decade", "in the coming decade": ten years from the day said, as "within
    /// a decade" (audit 21 B2; worked by hand from 2026-03-03). A month and day inside a noun
    /// phrase of one noun after "before" or "by" name that day: "before the Dec. 19 recess"
    /// ends on December 18, "by the recess on Dec. 19" on the 19th.
    #[test]
    fn the_next_decade_and_a_dated_noun_phrase() {
        assert_eq!(deadline("over the next decade", "2026-03-03"), "2036-03-03");
        assert_eq!(deadline("in the next decade", "2026-03-03"), "2036-03-03");
        assert_eq!(
            deadline("over the coming decade", "2026-03-03"),
            "2036-03-03"
        );
        assert_eq!(deadline("within a decade", "2026-03-03"), "2036-03-03");
        assert_eq!(
            deadline("before the Dec. 19 recess", "2026-12-01"),
            "2026-12-18"
        );
        assert_eq!(
            deadline("before the recess on Dec. 19", "2026-12-01"),
            "2026-12-18"
        );
        assert_eq!(
            deadline("by the recess on Dec. 19", "2026-12-01"),
            "2026-12-19"
        );
        assert_eq!(
            deadline("by the 19 December vote", "2026-12-01"),
            "2026-12-19"
        );
        assert_eq!(deadline("the recess on Dec. 19", "2026-12-01"), "none");
    }

    /// "The coming year" is the next one, except in the first two weeks of January, when it
    /// is the year just begun; "next year" is always the next (worked by hand).
    #[test]
    fn the_coming_year_on_new_years_day_is_the_one_begun() {
        assert_eq!(deadline("the coming year", "2027-01-01"), "2027-12-31");
        assert_eq!(deadline("the coming year", "2027-01-14"), "2027-12-31");
        assert_eq!(deadline("the coming year", "2027-01-15"), "2028-12-31");
        assert_eq!(deadline("the coming year", "2026-12-28"), "2027-12-31");
        assert_eq!(deadline("next year", "2027-01-01"), "2028-12-31");
        assert_eq!(deadline("this year", "2027-01-01"), "2027-12-31");
    }

    /// Split years, "within weeks" and "the month of": worked by hand from 2027-03-10.
    #[test]
    fn split_years_within_weeks_and_the_month_of() {
        // A fiscal or crop year written with a slash ends on June 30 of its second year.
        assert_eq!(deadline("for 2027/28", "2027-03-10"), "2028-06-30");
        assert_eq!(deadline("in 2027/2028", "2027-03-10"), "2028-06-30");
        // Not two years apart, and not two numbers that only follow each other.
        assert_eq!(deadline("in 2027/29", "2027-03-10"), "none");
        assert_eq!(deadline("in 2027 28", "2027-03-10"), "none");
        // Six weeks after March 10 is April 21; seven days, March 17; four months, July 10.
        assert_eq!(deadline("within weeks", "2027-03-10"), "2027-04-21");
        assert_eq!(deadline("within days", "2027-03-10"), "2027-03-17");
        // Round 46: "within hours" by the next day; "days away" as "within days".
        assert_eq!(deadline("within hours", "2027-03-10"), "2027-03-11");
        assert_eq!(deadline("days away", "2027-03-10"), "2027-03-17");
        assert_eq!(deadline("weeks away", "2027-03-10"), "2027-04-21");
        assert_eq!(deadline("two weeks away", "2027-03-10"), "2027-03-24");
        assert_eq!(deadline("within months", "2027-03-10"), "2027-07-10");
        assert_eq!(
            deadline("in the month of April", "2027-03-10"),
            "2027-04-30"
        );
        assert_eq!(deadline("the month of March", "2027-03-10"), "2027-03-31");
    }

    /// Decade phrases name the current decade: made in 2021, "by the middle of the decade"
    /// is 2025-12-31 (it used to be 2021-06-30), and an early-decade phrase never ends before
    /// the date made (the failures `phrases_built_from_the_vocabulary_never_panic` found).
    #[test]
    fn decade_phrases_are_read_in_the_current_decade() {
        let rows = [
            (
                "by the middle of the decade",
                "2021-03-10",
                Some(("2020-01-01", "2025-12-31")),
            ),
            (
                "the middle of the decade",
                "2021-03-10",
                Some(("2024-01-01", "2026-12-31")),
            ),
            (
                "early decade",
                "2021-03-10",
                Some(("2020-01-01", "2023-12-31")),
            ),
            (
                "early decade",
                "2021-12-31",
                Some(("2020-01-01", "2023-12-31")),
            ),
            ("early decade", "2024-01-01", None),
            (
                "by the end of the decade",
                "2021-03-10",
                Some(("2027-01-01", "2029-12-31")),
            ),
            (
                "late decade",
                "2029-12-31",
                Some(("2027-01-01", "2029-12-31")),
            ),
            ("decade", "2030-01-01", Some(("2030-01-01", "2039-12-31"))),
            ("mid decade", "2027-01-01", None),
        ];
        for (phrase, made, expected) in rows {
            let got = at(phrase, made).map(|(a, b, _)| (a, b));
            let expected = expected.map(|(a, b)| (a.to_string(), b.to_string()));
            assert_eq!(got, expected, "{phrase} made {made}");
        }
        // Past tense keeps a part that is over: "early in the decade" read in 2025 happened.
        let r = NaiveDate::from_ymd_opt(2025, 5, 21).unwrap();
        let p = resolve_phrase_in("early decade", r, Tense::Past).unwrap();
        assert_eq!(p.last.to_string(), "2023-12-31");
    }

    /// Every row of the module table at Wednesday 2025-05-21 (the seed article's date).
    /// Expected values worked out by hand against a calendar.
    #[test]
    fn the_documented_table_at_the_seed_date() {
        let r = "2025-05-21";
        let rows = [
            ("in the coming weeks", "2025-07-02"),
            ("by summer", "2025-09-22"),
            ("this summer", "2025-09-22"),
            ("end of April", "2026-04-30"),
            ("end-of-April deadline", "2026-04-30"),
            ("by the end of April", "2026-04-30"),
            ("by year-end", "2025-12-31"),
            ("by the end of the year", "2025-12-31"),
            ("later this year", "2025-12-31"),
            ("next month", "2025-06-30"),
            ("within six months", "2025-11-21"),
            ("in 6 months", "2025-11-21"),
            ("Q3", "2025-09-30"),
            ("early 2026", "2026-04-30"),
            ("mid-2026", "2026-06-30"),
            ("in mid-2026", "2026-06-30"),
            ("through the middle of 2026", "2026-06-30"),
            ("through mid-2026", "2026-06-30"),
            ("until the middle of next year", "2026-06-30"),
            ("by mid-2026", "2026-06-30"),
            ("late 2026", "2026-12-31"),
            ("next week", "2025-06-01"),
            ("in two weeks", "2025-06-04"),
            ("3 weeks from now", "2025-06-11"),
            ("by June 30", "2025-06-30"),
            ("next year", "2026-12-31"),
            ("within a year", "2026-05-21"),
            ("tomorrow", "2025-05-22"),
            ("next Friday", "2025-05-30"),
            ("Friday", "2025-05-23"),
            // Said on a Wednesday, as a deadline: next week's (ad4 F11).
            ("Wednesday", "2025-05-28"),
            ("the end of the month", "2025-05-31"),
            ("in the next few days", "2025-05-24"),
            ("in the next couple of weeks", "2025-06-04"),
            ("within the next couple of weeks", "2025-06-04"),
            ("by January end", "2026-01-31"),
            ("by year end", "2025-12-31"),
            ("September 30, 2025", "2025-09-30"),
            ("May 2026", "2026-05-31"),
            ("by Christmas", "2025-12-25"),
            ("before the election", "none"),
            ("in the coming days", "2025-05-28"),
            ("in the coming months", "2025-09-21"),
            ("by 2027", "2027-12-31"),
            ("H1 2027", "2027-06-30"),
            ("2H26", "2026-12-31"),
            ("until at least March", "2026-03-31"),
            ("by 3Q25", "2025-09-30"),
            ("in 2026E", "2026-12-31"),
            ("for 2027F", "2027-12-31"),
            ("the third quarter of 2026", "2026-09-30"),
            ("second half", "2025-12-31"),
            ("15 June 2026", "2026-06-15"),
            ("Jan. 5", "2026-01-05"),
            ("this year", "2025-12-31"),
            ("this month", "2025-05-31"),
            ("this week", "2025-05-25"),
            ("next quarter", "2025-09-30"),
            ("by mid-June", "2025-06-15"),
            ("before mid-June", "2025-06-14"),
            ("late June", "2025-06-30"),
            ("by the end of the decade", "2029-12-31"),
            ("by the middle of the decade", "2025-12-31"),
            ("mid-decade", "2026-12-31"),
            ("late decade", "2029-12-31"),
            ("early decade", "none"),
            ("the decade", "2029-12-31"),
            ("before July", "2025-06-30"),
            ("by autumn", "2025-12-21"),
            ("by winter", "2026-03-20"),
            ("spring 2026", "2026-06-21"),
            ("2025-08-01", "2025-08-01"),
            ("no earlier than October", "2025-09-30"),
            ("not before 2027", "2026-12-31"),
            ("before the end of the year", "2025-12-31"),
            ("by the weekend", "2025-05-25"),
            ("next weekend", "2025-06-01"),
            ("this fiscal year", "2025-12-31"),
        ];
        for (phrase, want) in rows {
            assert_eq!(deadline(phrase, r), want, "{phrase}");
        }
    }

    #[test]
    fn a_month_that_just_passed_rolls_forward_flagged() {
        assert!(at("end of April", "2025-05-21").unwrap().2);
        assert!(!at("end of February", "2025-05-21").unwrap().2);
        // Q1 2025 ended 51 days before: flagged. 101 days before: rolled quietly.
        assert_eq!(
            at("Q1", "2025-05-21").unwrap(),
            ("2026-01-01".into(), "2026-03-31".into(), true)
        );
        assert_eq!(
            at("Q1", "2025-07-10").unwrap(),
            ("2026-01-01".into(), "2026-03-31".into(), false)
        );
        assert!(at("Q1", "2025-04-10").unwrap().2);
    }

    #[test]
    fn month_ends_and_leap_days() {
        assert_eq!(deadline("February", "2024-01-10"), "2024-02-29");
        assert_eq!(deadline("February", "2025-01-10"), "2025-02-28");
        assert_eq!(deadline("within a month", "2025-01-31"), "2025-02-28");
        // A negative span is refused, not read as a positive one (issue 11).
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        for phrase in ["within -5 days", "in -3 weeks", "-2 months from now"] {
            assert!(
                resolve_phrase(phrase, d("2025-01-31")).is_none(),
                "{phrase}"
            );
        }
        assert_eq!(deadline("within a year", "2024-02-29"), "2025-02-28");
        assert_eq!(deadline("Feb 29", "2024-01-01"), "2024-02-29");
        assert_eq!(deadline("next month", "2025-12-15"), "2026-01-31");
        assert_eq!(deadline("next week", "2025-12-31"), "2026-01-11");
        assert_eq!(deadline("next quarter", "2025-11-02"), "2026-03-31");
    }

    #[test]
    fn summer_ends_on_each_years_equinox() {
        assert_eq!(deadline("by summer", "2026-05-01"), "2026-09-23");
        assert_eq!(deadline("by summer", "2025-05-22"), "2025-09-22");
        assert_eq!(deadline("summer", "2025-10-01"), "2026-09-23");
    }

    #[test]
    fn past_tense_reads_backwards() {
        let r: NaiveDate = "2013-03-22".parse().unwrap();
        let p = |s| {
            resolve_phrase_in(s, r, Tense::Past).map(|p| (p.first.to_string(), p.last.to_string()))
        };
        assert_eq!(
            p("last week"),
            Some(("2013-03-11".into(), "2013-03-17".into()))
        );
        assert_eq!(
            p("last year"),
            Some(("2012-01-01".into(), "2012-12-31".into()))
        );
        assert_eq!(
            p("Thursday"),
            Some(("2013-03-21".into(), "2013-03-21".into()))
        );
        assert_eq!(
            p("two days ago"),
            Some(("2013-03-20".into(), "2013-03-20".into()))
        );
        assert_eq!(
            p("December"),
            Some(("2012-12-01".into(), "2012-12-31".into()))
        );
        assert_eq!(p("last summer").map(|x| x.1), Some("2012-09-22".into()));
        assert_eq!(
            p("four years ago"),
            Some(("2009-01-01".into(), "2009-12-31".into()))
        );
        assert_eq!(
            p("last July"),
            Some(("2012-07-01".into(), "2012-07-31".into()))
        );
        assert_eq!(
            p("late last July"),
            Some(("2012-07-21".into(), "2012-07-31".into()))
        );
        assert_eq!(
            p("Last month"),
            Some(("2013-02-01".into(), "2013-02-28".into()))
        );
    }

    #[test]
    fn nonsense_gives_no_period() {
        for s in [
            "",
            "soon",
            "eventually",
            "before the election",
            "by Q5",
            "in 0 days",
            "the",
        ] {
            assert_eq!(
                resolve_phrase(s, "2025-05-21".parse().unwrap()),
                None,
                "{s}"
            );
        }
    }

    /// Written on a Sunday, "by the weekend", "this week" and "by the end of the week" look
    /// ahead to the coming ones, for `add` and `extract` alike; "this weekend" is still that
    /// day's, and in the past tense the week just ending is meant (audit 14, A16).
    #[test]
    fn the_week_and_the_weekend_said_on_a_sunday_are_the_coming_ones() {
        // 2026-03-15 is a Sunday; 2026-03-11 a Wednesday.
        assert_eq!(deadline("by the weekend", "2026-03-15"), "2026-03-22");
        assert_eq!(deadline("this week", "2026-03-15"), "2026-03-22");
        assert_eq!(
            deadline("by the end of the week", "2026-03-15"),
            "2026-03-22"
        );
        assert_eq!(deadline("this weekend", "2026-03-15"), "2026-03-15");
        // "by the weekend" on its Sunday is the next one, as every deadline said on the day
        // it names (ad4 F11).
        assert_eq!(deadline("by the weekend", "2026-03-11"), "2026-03-15");
        assert_eq!(deadline("this week", "2026-03-11"), "2026-03-15");
        let past = resolve_phrase_in("this week", "2026-03-15".parse().unwrap(), Tense::Past);
        assert_eq!(
            past.map(|p| p.last.to_string()).as_deref(),
            Some("2026-03-15")
        );
        // Summer ends on the equinox's UTC day: 2026's falls at 00:05 UTC on September 23.
        assert_eq!(deadline("by summer", "2026-03-14"), "2026-09-23");
        assert_eq!(deadline("by summer", "2025-03-14"), "2025-09-22");
    }

    /// A part of a day is that day: "this afternoon" and "tonight" the day of writing,
    /// "Thursday night" and "tomorrow morning" theirs, "last night" the day before; a part
    /// of no named day ("the night", "a summer evening") stays unread (audit 20, A22).
    #[test]
    fn a_part_of_a_day_is_that_day() {
        // 2026-12-01 is a Tuesday.
        for (phrase, want) in [
            ("this afternoon", "2026-12-01"),
            ("later this evening", "2026-12-01"),
            ("this morning", "2026-12-01"),
            ("tonight", "2026-12-01"),
            ("Thursday night", "2026-12-03"),
            ("tomorrow morning", "2026-12-02"),
            ("by Friday evening", "2026-12-04"),
            ("last night", "2026-11-30"),
            ("the night", "none"),
            ("summer evening", "none"),
            ("night", "none"),
        ] {
            assert_eq!(deadline(phrase, "2026-12-01"), want, "{phrase}");
        }
    }

    /// "by the middle of the year" said in December: this year's middle is over, so next
    /// year's June 30, flagged as rolled only when this year's ended less than two months
    /// before (August, not December: session 41); in May it is this year's, and "this year"
    /// keeps this year's (round 27).
    #[test]
    fn the_middle_of_the_year_past_is_next_years() {
        for phrase in [
            "by the middle of the year",
            "by mid-year",
            "the middle of the year",
        ] {
            let got = at(phrase, "2026-12-03").expect(phrase);
            assert_eq!((got.1.as_str(), got.2), ("2027-06-30", false), "{phrase}");
            let got = at(phrase, "2026-08-20").expect(phrase);
            assert_eq!((got.1.as_str(), got.2), ("2027-06-30", true), "{phrase}");
            let got = at(phrase, "2026-05-03").expect(phrase);
            assert_eq!((got.1.as_str(), got.2), ("2026-06-30", false), "{phrase}");
        }
        assert_eq!(
            deadline("by the middle of this year", "2026-12-03"),
            "2026-06-30"
        );
        assert_eq!(
            deadline("by the end of the year", "2026-12-03"),
            "2026-12-31"
        );
    }

    /// Issue 13 (first hour): the phrases extract reads whole (audit 28, E11, E22, E26) read
    /// alike for `--deadline`, made on Thursday 2026-12-03; the inclusive last day.
    #[test]
    fn compound_phrases_read_as_extract_reads_them() {
        let made = "2026-12-03";
        for (phrase, want) in [
            ("end-Q1 2027", "2027-03-31"),
            ("by end-Q1 2027", "2027-03-31"),
            ("end Q1 2027", "2027-03-31"),
            ("end-March 2027", "2027-03-31"),
            ("end-March", "2027-03-31"),
            ("end-2027", "2027-12-31"),
            ("the day after tomorrow", "2026-12-05"),
            ("a week from Friday", "2026-12-11"),
            ("a week from tomorrow", "2026-12-11"),
            ("Friday week", "2026-12-11"),
            ("on Friday week", "2026-12-11"),
            ("the week after next", "2026-12-20"),
            ("The 2028 hurricane season", "2028-11-30"),
            ("next year's hurricane season", "2027-11-30"),
            // A decade named by its first year runs to its end, with or without "the end of".
            ("by the 2040s", "2049-12-31"),
            ("by the end of the 2040s", "2049-12-31"),
            // No one day a week on; no period after "end".
            ("a week from next month", "none"),
            ("end", "none"),
        ] {
            assert_eq!(deadline(phrase, made), want, "{phrase}");
        }
        // Said in May, "next year's" season is not this one.
        assert_eq!(deadline("hurricane season", "2026-05-21"), "2026-11-30");
        assert_eq!(
            deadline("next year's hurricane season", "2026-05-21"),
            "2027-11-30"
        );
    }
}
