//! Deadlines: from the time phrases `timefind` found, the one that governs the predicted
//! event, and the inclusive last day it gives, with notes for the reviewer (a phrase with
//! no date, a year rolled forward, "by then" resolved to an earlier phrase).

use super::conditions::holds;
use super::hedges::Token;
use super::timefind::{self, past_at, Found};
use chrono::NaiveDate;

/// The deadline a chosen time phrase gives, with review notes.
pub(super) fn deadline_of(
    chosen: Option<&timefind::Found>,
    previous: &Option<(String, crate::time::Period)>,
    review: &mut Vec<String>,
) -> (Option<NaiveDate>, Option<String>) {
    let rolled = |text: &str| {
        format!("the deadline rolled forward a year: \"{text}\" ended less than two months before publication; check which year is meant")
    };
    match chosen {
        Some(f) if f.anaphor => match previous {
            Some((text, p)) => {
                review.push(format!(
                    "\"{}\" taken to mean \"{text}\", the nearest earlier time phrase",
                    f.text
                ));
                if p.rolled_forward {
                    review.push(rolled(text));
                }
                (Some(p.last), Some(f.text.clone()))
            }
            None => {
                review.push(format!(
                    "\"{}\" refers to no earlier time phrase: no deadline",
                    f.text
                ));
                (None, Some(f.text.clone()))
            }
        },
        Some(f) => match f.period {
            Some(p) => {
                if p.rolled_forward {
                    review.push(rolled(&f.text));
                }
                (Some(p.last), Some(f.text.clone()))
            }
            None => {
                review.push(format!(
                    "the time phrase \"{}\" has no date: give one when saving",
                    f.text
                ));
                (None, Some(f.text.clone()))
            }
        },
        None => {
            review.push("no time phrase: give --default-deadline when saving".to_string());
            (None, None)
        }
    }
}

/// Whether a found phrase can still be a deadline: after publication, or without a date.
pub(super) fn ahead(f: &timefind::Found, published: NaiveDate) -> bool {
    f.anaphor || f.period.is_none_or(|p| p.last > published)
}

/// The time phrase that governs the clause at `clause` (byte span in the sentence) whose cue
/// is at `cue_at`: a phrase of the clause itself, the nearest after the cue first, then the
/// nearest before it; failing those, one inside the clause's own conditions (`my_conds`,
/// offsets relative to the clause). Phrases in the past are never chosen.
pub(super) fn governing<'a>(
    found: &'a [timefind::Found],
    clause: (usize, usize),
    conds: &[(usize, usize, String)],
    my_conds: &[(usize, usize, String)],
    cue_at: usize,
    published: NaiveDate,
) -> Option<&'a timefind::Found> {
    let (cs, ce) = clause;
    let mine: Vec<&timefind::Found> = found
        .iter()
        .filter(|f| {
            ahead(f, published)
                && ((f.start >= cs && f.end <= ce)
                    || (holds(conds, f)
                        && my_conds
                            .iter()
                            .any(|(a, b, _)| f.start >= a + cs && f.end <= b + cs)))
        })
        .collect();
    let main: Vec<&timefind::Found> = mine.iter().copied().filter(|f| !holds(conds, f)).collect();
    main.iter()
        .find(|f| f.start >= cue_at)
        .or_else(|| main.iter().rev().find(|f| f.start < cue_at))
        .copied()
        .or_else(|| mine.first().copied())
}

fn month_or_weekday(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
    )
}

/// The time phrases that can be a deadline. Dropped: reference points ("down from the
/// October survey", "since 2019", "than last year"), past ones ("a few weeks back", "two
/// years ago"), award names ("Player of the Year"), bare durations ("would mark eight years of
/// no rises"), and a month or weekday named in a past clause ("officials had projected in
/// June", "Yellen on Sunday said"): it is in the past, never pushed to next year.
pub(super) fn usable(sentence: &str, toks: &[Token<'_>], found: Vec<Found>) -> Vec<Found> {
    if found.is_empty() {
        return found;
    }
    found
        .into_iter()
        .filter(|f| {
            if f.anaphor {
                return true;
            }
            let Some(i) = toks.iter().position(|t| t.1 == f.start) else {
                return true;
            };
            let j = toks.iter().rposition(|t| t.2 <= f.end).unwrap_or(i);
            let prev = if i > 0 { toks[i - 1].0.as_ref() } else { "" };
            let next = toks.get(j + 1).map_or("", |t| t.0.as_ref());
            let first = toks[i].0.as_ref();
            if matches!(
                prev,
                "from" | "since" | "than" | "compared" | "versus" | "vs"
            ) || matches!(next, "ago" | "back" | "earlier" | "before")
                && !matches!(first, "before" | "by" | "until")
            {
                return false;
            }
            if prev == "of" && f.text.ends_with("Year") {
                return false;
            }
            let duration = first.bytes().all(|b| b.is_ascii_digit()) && f.text.contains(' ')
                || matches!(
                    first,
                    "one"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                        | "twelve"
                        | "eighteen"
                        | "several"
                        | "few"
                );
            if duration
                && !matches!(
                    prev,
                    "in" | "within"
                        | "over"
                        | "after"
                        | "for"
                        | "next"
                        | "the"
                        | "another"
                        | "coming"
                )
            {
                return false;
            }
            let named = toks[i..=j.max(i)]
                .iter()
                .any(|t| month_or_weekday(t.0.trim_end_matches("'s")));
            let dated = toks[i..=j.max(i)]
                .iter()
                .any(|t| t.0.len() == 4 && t.0.bytes().all(|b| b.is_ascii_digit()));
            !(named && !dated && past_at(sentence, f.start))
        })
        .collect()
}

/// Where two phrases are alternatives or the ends of a range ("later this year or early next
/// year", "between June and January", "November or December"), the later end.
pub(super) fn widest<'a>(found: &'a [Found], chosen: &'a Found, sentence: &str) -> &'a Found {
    let mut best = chosen;
    let mut at = chosen;
    for f in found.iter().filter(|f| f.start >= at.end) {
        let gap = sentence
            .get(at.end..f.start)
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        if !matches!(
            gap.as_str(),
            "or" | "and" | "to" | "-" | "–" | "through" | "until" | "or in" | "and in" | "or by"
        ) {
            break;
        }
        if f.period
            .is_some_and(|p| best.period.is_none_or(|b| p.last > b.last))
        {
            best = f;
        }
        at = f;
    }
    best
}

/// Whether `f` is an "until" under a negation ("won't balance until next year", "not until
/// 2027"): the claim is that the event does not come before the period starts.
pub(super) fn negated_until(sentence: &str, f: &Found) -> bool {
    let lower = f.text.to_ascii_lowercase();
    if !(lower.starts_with("until ") || lower.starts_with("till ")) {
        return false;
    }
    let before = sentence[..f.start].to_ascii_lowercase();
    ["not ", "n't ", "n’t ", "never ", "unlikely ", "no "]
        .iter()
        .any(|n| before.contains(n))
}

/// The US general election an article about the midterms or Election Day is about: the
/// Tuesday after the first Monday of November of the publication year, when that year has
/// one (even years) and it is still ahead. Forecasts in such coverage that name no time
/// ("Republicans have an 82 percent chance of winning back the House") are decided then.
pub(super) fn us_election_day(text: &str, published: NaiveDate) -> Option<NaiveDate> {
    use chrono::{Datelike, Weekday};
    let y = published.year();
    if y % 2 != 0 {
        return None;
    }
    let mentions = [
        "idterm",
        "IDTERM",
        "lection day",
        "lection Day",
        "LECTION DAY",
    ]
    .iter()
    .any(|n| text.contains(n));
    if !mentions {
        return None;
    }
    let first_monday = NaiveDate::from_weekday_of_month_opt(y, 11, Weekday::Mon, 1)?;
    let day = first_monday.succ_opt()?;
    (day >= published).then_some(day)
}
