//! Deadlines: from the time phrases `timefind` found, the one that governs the predicted
//! event, and the inclusive last day it gives, with notes for the reviewer (a phrase with
//! no date, a year rolled forward, "by then" resolved to an earlier phrase).

use super::conditions::holds;
use super::hedges::Token;
use super::timefind::{self, past_at_in, Found};
use super::words::determiner;
use chrono::{Datelike, NaiveDate};

/// The deadline a chosen time phrase gives, with review notes; under a heading that names a
/// year (`horizon`, the open predictions section's frame), read as `under_year_heading` says.
pub(super) fn deadline_of(
    chosen: Option<&timefind::Found>,
    previous: &Option<(String, crate::time::Period)>,
    review: &mut Vec<String>,
    horizon: Option<NaiveDate>,
    published: NaiveDate,
) -> (Option<NaiveDate>, Option<String>) {
    let (deadline, phrase) = phrase_deadline(chosen, previous, review, published);
    match (chosen, deadline, horizon) {
        (Some(f), Some(d), Some(h)) => {
            (Some(under_year_heading(f, d, h, published, review)), phrase)
        }
        _ => (deadline, phrase),
    }
}

/// The deadline a chosen time phrase gives, with review notes.
fn phrase_deadline(
    chosen: Option<&timefind::Found>,
    previous: &Option<(String, crate::time::Period)>,
    review: &mut Vec<String>,
    published: NaiveDate,
) -> (Option<NaiveDate>, Option<String>) {
    let rolled = |text: &str, p: &crate::time::Period| {
        if crate::time::rolled_a_week(text, p) {
            format!("\"{text}\" names the day of publication itself, so it was read as next week's; check which week is meant")
        } else if crate::time::said_on_its_day(text, published) {
            format!("\"{text}\" names the day of publication itself, so it was read as the next one ({}); check which is meant", p.last)
        } else {
            format!("the deadline rolled forward past the \"{text}\" that had ended, or was in its last month, at publication; check which year is meant")
        }
    };
    if let Some((f, (text, p))) = chosen
        .filter(|f| !f.anaphor)
        .and_then(|f| back_reference(f, previous).map(|b| (f, b)))
    {
        review.push(format!(
            "\"{}\" taken to mean \"{text}\", the nearest earlier time phrase of that length",
            f.text
        ));
        if p.rolled_forward {
            review.push(rolled(text, p));
        }
        return (Some(p.last), Some(f.text.clone()));
    }
    match chosen {
        Some(f) if f.anaphor => match previous {
            Some((text, p)) => {
                review.push(format!(
                    "\"{}\" taken to mean \"{text}\", the nearest earlier time phrase",
                    f.text
                ));
                if p.rolled_forward {
                    review.push(rolled(text, p));
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
                    review.push(rolled(&f.text, &p));
                }
                review.extend(timefind::review_note(f));
                (Some(p.last), Some(f.text.clone()))
            }
            // "by the end of the season" in an article that names no league (`season_end`
            // reads a named one): leagues end from February to December, so the article's
            // words give no day; the note says which is missing. (Issue 13's labels accept
            // no deadline for an unnamed event.)
            None if f.text.to_ascii_lowercase().ends_with("season") => {
                review.push(format!(
                    "\"{}\" names no league (seasons end from February to December), so the time phrase has no date: give one when saving",
                    f.text
                ));
                (None, Some(f.text.clone()))
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

/// The earlier phrase a bare "the month", "the week" or "the quarter" refers back to ("The
/// month of June will start wet ... temperatures above normal during the month"): the nearest
/// earlier time phrase (`previous`), when it names a period of that length. Without one the
/// phrase keeps its own reading (the current month, week or quarter).
fn back_reference<'a>(
    f: &Found,
    previous: &'a Option<(String, crate::time::Period)>,
) -> Option<&'a (String, crate::time::Period)> {
    use crate::time::Granularity;
    let lower = f.text.to_ascii_lowercase();
    let bare = lower
        .split_once(' ')
        .filter(|(first, _)| {
            matches!(
                *first,
                "during" | "in" | "for" | "over" | "throughout" | "within" | "through"
            )
        })
        .map_or(lower.as_str(), |(_, rest)| rest);
    let unit = match bare {
        "the month" => Granularity::Month,
        "the week" => Granularity::Week,
        "the quarter" => Granularity::Quarter,
        _ => return None,
    };
    previous.as_ref().filter(|(_, p)| p.granularity == unit)
}

/// Whether a found phrase can still be a deadline: after publication, or without a date.
pub(super) fn ahead(f: &timefind::Found, published: NaiveDate) -> bool {
    f.anaphor || f.period.is_none_or(|p| ends_ahead(p, published))
}

/// Whether a period is still open on the day of publication: it ends after it, or it is
/// under way and ends that very day ("this year" on 31 December, "by the end of the month" on
/// its last day: the day is not over, as `add` takes a deadline of the day it is made). A
/// single day ("today") ending then is not ahead: it is the day being reported.
pub(super) fn ends_ahead(p: crate::time::Period, published: NaiveDate) -> bool {
    p.last > published || (p.last == published && p.first < published)
}

/// The time phrase that governs the clause at `clause` (byte span in the sentence) whose cue
/// is at `cue_at`: a phrase of the clause itself, the nearest after the cue first, then the
/// nearest before it; failing those, one inside the clause's own conditions (`my_conds`,
/// offsets relative to the clause). Phrases in the past are never chosen.
pub(super) fn governing<'a>(
    found: &'a [timefind::Found],
    (sentence, cs, ce): (&str, usize, usize),
    conds: &[(usize, usize, String)],
    my_conds: &[(usize, usize, String)],
    cue_at: usize,
    published: NaiveDate,
) -> Option<&'a timefind::Found> {
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
    // "expect the 2027 harvest to shrink in the coming weeks": a year naming what is counted
    // yields to a time frame after it.
    let after = || main.iter().filter(|f| f.start >= cue_at);
    after()
        .find(|f| !year_naming_a_noun(sentence, f) && !quarter_naming_a_noun(sentence, f))
        .or_else(|| after().next())
        .or_else(|| main.iter().rev().find(|f| f.start < cue_at))
        .copied()
        .or_else(|| mine.first().copied())
}

/// Whether `before` (the words before a "for" and its time phrase) ends with a forecast
/// document ("forecast", "outlook", "guidance", "estimates", "target") that a verb within
/// five words before it, after "to" or a modal, gives or changes ("to raise its growth
/// forecast", "to surprise with an even better forecast", "will cut its outlook"): the time
/// after "for" is the period the document covers, and the event, giving or changing it,
/// falls on a day of its own (round 66, x66d: the covered year's end was taken).
fn document_changed(before: &[Token<'_>]) -> bool {
    const DOCUMENTS: &[&str] = &[
        "forecast",
        "forecasts",
        "outlook",
        "outlooks",
        "guidance",
        "estimate",
        "estimates",
        "projection",
        "projections",
        "target",
        "targets",
    ];
    const CHANGES: &[&str] = &[
        "raise",
        "lift",
        "boost",
        "cut",
        "lower",
        "trim",
        "slash",
        "hike",
        "upgrade",
        "downgrade",
        "revise",
        "update",
        "reaffirm",
        "reiterate",
        "issue",
        "give",
        "provide",
        "offer",
        "unveil",
        "publish",
        "surprise",
    ];
    const AHEAD: &[&str] = &[
        "to", "will", "would", "could", "may", "might", "should", "ll",
    ];
    let Some((noun, rest)) = before.split_last() else {
        return false;
    };
    let w = |k: usize| rest.get(k).map_or("", |t| t.0.as_ref());
    // The verb's own event lies ahead ("to raise", "will probably cut"), not the holder's
    // act of revising its own figures now ("we revise down our forecast for 2027": the
    // revised forecast is of that year).
    let ahead = |k: usize| {
        AHEAD.contains(&w(k.wrapping_sub(1)))
            || (w(k.wrapping_sub(1)).ends_with("ly") || w(k.wrapping_sub(1)) == "also")
                && AHEAD.contains(&w(k.wrapping_sub(2)))
    };
    DOCUMENTS.contains(&noun.0.as_ref())
        && (rest.len().saturating_sub(5)..rest.len()).any(|k| CHANGES.contains(&w(k)) && ahead(k))
}

/// Whether `f` is a bare year used as a modifier of the noun after it ("the 2027 harvest",
/// "2019 case counts"): it says which harvest, not when the forecast event happens.
fn year_naming_a_noun(sentence: &str, f: &timefind::Found) -> bool {
    let text = f.text.to_ascii_lowercase();
    let year = text.strip_prefix("the ").unwrap_or(&text);
    year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) && names_a_noun(sentence, f.end)
}

/// Whether `f` is a quarter or half by its ordinal (no "end of", no "by") used as a
/// modifier of the figures after it: "its third quarter revenue on Tuesday", "third-quarter
/// earnings due next week", "Q2 sales". It says which period's figures, so a later time
/// phrase in the sentence (the day they come out) governs the forecast (round 60; a
/// quarter's own deadline, "growth will slow in the fourth quarter", is unchanged).
fn quarter_naming_a_noun(sentence: &str, f: &timefind::Found) -> bool {
    let part = f.period.is_some_and(|p| {
        matches!(
            p.granularity,
            crate::time::Granularity::Quarter | crate::time::Granularity::Half
        )
    });
    if !part {
        return false;
    }
    let lower = f.text.to_ascii_lowercase();
    let bounded = ["by ", "until ", "through ", "before "]
        .iter()
        .any(|w| lower.starts_with(w))
        || lower.contains("end of");
    !bounded && names_a_noun(sentence, f.end)
}

/// Whether `f` is a bare month (no year, no "end of") used as a modifier of the noun after
/// it or as a possessive: "the November jobs report", "October's inflation", "the September
/// CPI". It says which month's figures, not when the forecast event happens.
fn month_naming_a_noun(sentence: &str, f: &timefind::Found) -> bool {
    let text = f.text.to_ascii_lowercase();
    let bare = text.strip_prefix("the ").unwrap_or(&text);
    let (month, possessive) = match bare
        .strip_suffix("'s")
        .or_else(|| bare.strip_suffix("\u{2019}s"))
    {
        Some(m) => (m, true),
        None => (bare, false),
    };
    crate::time::month(month).is_some() && (possessive || names_a_noun(sentence, f.end))
}

/// Whether the word after byte `end` of `sentence` is a noun the phrase before it modifies:
/// a word of letters (lower-case, or an upper-case abbreviation such as "CPI") that is not
/// a function word or a verb that begins a predicate.
fn names_a_noun(sentence: &str, end: usize) -> bool {
    let next = sentence
        .get(end..)
        .and_then(|rest| rest.strip_prefix(' '))
        .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
        .unwrap_or("");
    next.len() > 2
        && (next.bytes().all(|b| b.is_ascii_lowercase())
            || next.bytes().all(|b| b.is_ascii_uppercase()))
        && !matches!(
            next,
            "and"
                | "or"
                | "to"
                | "for"
                | "will"
                | "would"
                | "could"
                | "may"
                | "might"
                | "should"
                | "must"
                | "can"
                | "has"
                | "had"
                | "is"
                | "was"
                | "are"
                | "were"
                | "with"
                | "when"
                | "before"
                | "after"
                | "than"
        )
}

/// The day the data for a month or quarter come out, named after the data ("data on Friday
/// will show", "figures due on Thursday are expected to show", "when the data is released
/// on Friday"): a forecast of that figure (`chosen`, the period measured, before the data
/// noun) is settled that day, within two weeks of publication (audit 28, E20: a past
/// quarter's figure was rolled to next year's quarter).
pub(super) fn release_day<'a>(
    sentence: &str,
    found: &'a [timefind::Found],
    chosen: &timefind::Found,
    published: NaiveDate,
) -> Option<&'a timefind::Found> {
    use crate::time::Granularity;
    let measured = chosen.period?;
    if !matches!(
        measured.granularity,
        Granularity::Month | Granularity::Quarter
    ) {
        return None;
    }
    let lower = sentence.to_ascii_lowercase();
    let k = [
        "data",
        "figures",
        "statistics",
        "numbers",
        "the report",
        "the print",
    ]
    .iter()
    .filter_map(|n| {
        lower.match_indices(n).map(|(k, _)| k).find(|&k| {
            (k == 0 || !lower.as_bytes()[k - 1].is_ascii_alphanumeric())
                && !lower[k + n.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
        })
    })
    .min()?;
    if chosen.start >= k {
        return None;
    }
    let tail = &lower[k..];
    if ![
        "will show",
        "to show",
        "due",
        "released",
        "published",
        "out on",
        "is out",
        "are out",
    ]
    .iter()
    .any(|w| tail.contains(w))
    {
        return None;
    }
    found.iter().find(|f| {
        f.start > k
            && f.period.is_some_and(|p| {
                p.granularity == Granularity::Day
                    && p.first >= published
                    && (p.last - published).num_days() <= 14
            })
    })
}

/// A time a clause names that the resolver does not read ("a deal in the new year", "after
/// the holidays"): the clause has a time of its own, so it shares none from another clause
/// or the article, and the reviewer gives the day (audit 28, E12: "A settlement before
/// Christmas is improbable, but a deal in the new year is likely" made the deal due on
/// Christmas Eve). `clause` is lower-cased.
pub(super) fn unread_time(clause: &str) -> Option<&'static str> {
    const UNREAD: &[&str] = &[
        "the new year",
        "after the holidays",
        "after the holiday season",
        "over the holidays",
        "through the holidays",
        "during the holidays",
        "in due course",
    ];
    UNREAD.iter().copied().find(|u| clause.contains(u))
}

/// "soon", "anytime soon", "shortly", "in the near future": a near time with no date, in a
/// lower-cased clause. Such a clause ("and copper prices will rebound soon") shares no
/// time with the clause or sentence before it: the labels give it no deadline (round 60).
/// The article's own day for it (a meeting's decision day, a game's) still stands. "As soon
/// as" leads a day or an event ("as soon as Thursday"); "soon after" and "sooner" are not it.
pub(super) fn near_time(clause: &str) -> Option<&'static str> {
    const NEAR: &[&str] = &["in the near future", "shortly", "soon"];
    // Most clauses hold none of the words: tell before splitting the clause into words.
    if !clause.contains("soon") && !clause.contains("shortly") && !clause.contains("near future") {
        return None;
    }
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    if clause.contains("in the near future") {
        return Some(NEAR[0]);
    }
    words.iter().enumerate().find_map(|(i, w)| {
        let next = words.get(i + 1).copied().unwrap_or("");
        let prev = if i > 0 { words[i - 1] } else { "" };
        match *w {
            "shortly" if !matches!(next, "after" | "before") => Some(NEAR[1]),
            "soon" if prev != "as" && !matches!(next, "after" | "as") => Some(NEAR[2]),
            _ => None,
        }
    })
}

/// The time frame a later clause without one of its own shares with the clause before it
/// ("60% odds of a soft landing over the next 12 months, 30% odds of a mild recession"): the
/// last phrase ahead of publication before the clause, outside any condition.
pub(super) fn shared_from_before<'a>(
    found: &'a [timefind::Found],
    clause_start: usize,
    conds: &[(usize, usize, String)],
    published: NaiveDate,
) -> Option<&'a timefind::Found> {
    found.iter().rev().find(|f| {
        f.end <= clause_start && f.period.is_some() && ahead(f, published) && !holds(conds, f)
    })
}

/// A phrase naming the publication day itself ("tonight", "later today", "on Sunday" in an
/// article of that Sunday) after the cue and inside the clause (`span`: from the cue to the
/// clause's end), outside any condition: the event is due that day. (Before the cue, "said
/// today" dates the speech, not the event.)
pub(super) fn due_today<'a>(
    (sentence, toks): (&str, &[Token<'_>]),
    found: &'a [timefind::Found],
    (cue_at, cue_end, clause_end): (usize, usize, usize),
    conds: &[(usize, usize, String)],
    published: NaiveDate,
) -> Option<&'a timefind::Found> {
    // ", the minister said today": the day of the speech.
    let tail = toks
        .get(attribution_tail(sentence, toks))
        .map_or(sentence.len(), |t| t.1);
    let clause_end = clause_end.min(tail);
    found.iter().find(|f| {
        f.start >= cue_end
            && f.end <= clause_end
            && f.period
                .is_some_and(|p| p.first == published && p.last == published)
            && !holds(conds, f)
            // The cue's own verb phrase: no verb of another clause between ("will finish
            // first, and is better than the team up today").
            && !sentence
                .get(cue_end.max(cue_at)..f.start)
                .is_some_and(|between| {
                    between.split_whitespace().any(|w| {
                        matches!(
                            w.trim_matches(|c: char| !c.is_alphanumeric()),
                            "is" | "are" | "was" | "were" | "that" | "who" | "which"
                        )
                    })
                })
    })
}

/// An analyst's price target for a stock, with no time of its own ("lifted its price target
/// to $84", "a target price of $82"): price targets are conventionally set twelve months
/// ahead, so that is its deadline. A "year-end target" names its own time and is not read here.
pub(super) fn price_target_horizon(lowered: &str, published: NaiveDate) -> Option<NaiveDate> {
    (lowered.contains("price target") || lowered.contains("target price"))
        .then(|| published.checked_add_months(chrono::Months::new(12)))
        .flatten()
}

/// A strategist's target for a stock index with no time of its own ("raising her target on
/// the index to 6,250", "an S&P 500 target of 6,500"): index targets are conventionally set for
/// the year's end, this year's (next year's when written in December). A stock's price target
/// is `price_target_horizon`'s.
pub(super) fn index_target_horizon(lowered: &str, published: NaiveDate) -> Option<NaiveDate> {
    use chrono::Datelike;
    let index = ["s&p", "index", "dow", "nasdaq", "stoxx", "ftse", "nikkei"]
        .iter()
        .any(|w| lowered.contains(w));
    if !(index && lowered.contains("target")) || lowered.contains("price target") {
        return None;
    }
    let y = published.year() + i32::from(published.month() == 12);
    NaiveDate::from_ymd_opt(y, 12, 31)
}

fn month_or_weekday(w: &str) -> bool {
    crate::time::month(w).is_some() || crate::time::weekday(w).is_some()
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
    // A closing attribution (", analysts said.") reports who holds the forecast; its past
    // verb is not the tense of the predicted event, so it is left out when finding that.
    let tail = attribution_tail(sentence, toks);
    // A quotation after its speaker ("Reyes told us: \"...by Friday\"") has its own tense;
    // the verb of saying before it is not the predicted event's.
    let head = match super::attribution::quotation(sentence) {
        Some((qs, _, _)) if sentence[..qs].contains(':') => toks.partition_point(|t| t.1 < qs),
        _ => 0,
    };
    let tense_toks = &toks[head.min(tail)..tail];
    // A source's own time (", according to a poll conducted in August") is the poll's, and
    // a closing attribution's is the day it was said or found (", the weather office said on
    // Tuesday", ", a survey of traders this week showed"), never the event's.
    let source_from = toks.get(tail).map_or(usize::MAX, |t| t.1);
    // (A trailing judged clause after the tag has its own times.)
    let judged_from = judged_with_at(sentence).unwrap_or(usize::MAX);
    // Periods named ahead of each phrase that were not rolled to next year: "cuts in June
    // and November" written in December goes on from June to next November.
    let unrolled: Vec<(usize, crate::time::Period)> = found
        .iter()
        .filter_map(|g| g.period.filter(|p| !p.rolled_forward).map(|p| (g.end, p)))
        .collect();
    found
        .into_iter()
        .filter(|f| {
            if f.start >= source_from && f.start < judged_from {
                return false;
            }
            if f.anaphor {
                return true;
            }
            if in_title(sentence, f) {
                return false;
            }
            let Some(i) = toks.iter().position(|t| t.1 == f.start) else {
                return true;
            };
            let j = toks.iter().rposition(|t| t.2 <= f.end).unwrap_or(i);
            let prev = if i > 0 { toks[i - 1].0.as_ref() } else { "" };
            let next = toks.get(j + 1).map_or("", |t| t.0.as_ref());
            let first = toks[i].0.as_ref();
            // "two weeks before the vote" is a reference point; "during 2025 before
            // settling" and "next year before slowing" are a time frame followed by a later
            // event (a calendar period, then a gerund: issue 13, two forecasts in one
            // sentence).
            let framed = matches!(
                first,
                "before" | "by" | "until" | "during" | "in" | "through" | "within" | "over"
            ) || (matches!(
                first,
                "next" | "this" | "later" | "early" | "late" | "mid"
            ) && toks.get(j + 2).is_some_and(|t| {
                t.0.len() > 5 && t.0.ends_with("ing") && t.0.bytes().all(|b| b.is_ascii_lowercase())
            }));
            if matches!(
                prev,
                "from" | "since" | "than" | "compared" | "versus" | "vs"
            ) || matches!(next, "ago" | "back" | "earlier")
                && !matches!(first, "before" | "by" | "until")
                || next == "before" && !framed
            {
                return false;
            }
            // "is 11/4 to win the Geneva Open, which starts on 24 May": the day a contest
            // begins, told in a relative clause, is not the day its winner is known.
            let near = &toks[i.saturating_sub(4)..i];
            if near
                .iter()
                .any(|t| matches!(t.0.as_ref(), "starts" | "begins" | "start" | "begin"))
                && near
                    .iter()
                    .any(|t| matches!(t.0.as_ref(), "which" | "that"))
                && toks[..i]
                    .iter()
                    .any(|t| matches!(t.0.as_ref(), "win" | "wins" | "winning" | "retain" | "lift"))
            {
                return false;
            }
            // "down from the October survey", "up from last year's": a reference point.
            if first == "from"
                && matches!(
                    prev,
                    "down" | "up" | "higher" | "lower" | "rose" | "fell" | "rising" | "falling"
                )
            {
                return false;
            }
            if prev == "of" && f.text.ends_with("Year") {
                return false;
            }
            // "cut its outlook for 2028 in April", "surprise with a better forecast for the
            // year": the period a forecast document covers, after "for", is not when the
            // document is given or changed (round 66, x66d).
            if (prev == "for" && document_changed(&toks[..i - 1]))
                || (first == "for" && document_changed(&toks[..i]))
            {
                return false;
            }
            // "from 90,000 this year to under 70,000 in 2027", "from 1.2 million this year to
            // 1.5 million next year": the time of a change's starting figure is its baseline;
            // the target's time, after "to", governs (audit 30, K3).
            let figure_word = |w: &str| {
                w.starts_with(|c: char| c.is_ascii_digit() || c == '$')
                    || matches!(
                        w,
                        "million"
                            | "billion"
                            | "trillion"
                            | "thousand"
                            | "percent"
                            | "per"
                            | "cent"
                    )
            };
            let lead = &toks[i.saturating_sub(4)..i];
            if next == "to"
                && lead.iter().rposition(|t| t.0 == "from").is_some_and(|k| {
                    k + 1 < lead.len() && lead[k + 1..].iter().all(|t| figure_word(&t.0))
                })
            {
                return false;
            }
            // "2027 might finally be the year Smith wins", "next year could be the year the
            // Fed cuts": "the year" after a copula is a noun the subject names, not this year;
            // nor is "the year on year" rate (audit 30, K3).
            if f.text.eq_ignore_ascii_case("the year")
                && (matches!(prev, "be" | "is" | "was" | "becomes" | "become")
                    || next == "on" && toks.get(j + 2).is_some_and(|t| t.0 == "year"))
            {
                return false;
            }
            // "Goldman raised its odds of a recession to 35% on Monday": the day of a revised
            // figure, right after it, is when it was revised, not when the event is due
            // (audit 25, fault 4). A deadline's own words ("to 35% by June") stay.
            let at = if prev == "on" { i - 1 } else { i };
            let figure = at > 0 && {
                let w = toks[at - 1].0.as_ref();
                w.ends_with('%') || matches!(w, "percent" | "cent")
            };
            if figure
                && (matches!(
                    first,
                    "on" | "this" | "last" | "yesterday" | "today" | "earlier"
                ) || month_or_weekday(first))
                && toks[..i]
                    .iter()
                    .any(|t| super::claims::REVISED.contains(&t.0.as_ref()))
            {
                return false;
            }
            // "Retail sales for November are forecast to rise", "the November jobs report
            // will show", "October's inflation is expected to ease", written in December: the
            // month just ended that the data describe, not a time ahead.
            // So is a quarter or season just ended before its figures ("third-quarter
            // earnings are expected to beat", "the Q3 results due Tuesday").
            let rolled = f.period.is_some_and(|p| p.rolled_forward);
            if rolled
                && (prev == "for"
                    || month_naming_a_noun(sentence, f)
                    || !framed && names_a_noun(sentence, f.end))
            {
                return false;
            }
            // "earlier this year", "so far this month": the part already past or present.
            if matches!(prev, "earlier" | "far") && matches!(first, "this" | "the") {
                return false;
            }
            // "its slowest pace in four years", "the first time in 20 years": a look back.
            if !toks[i..=j.max(i)].iter().any(|t| year_word(&t.0)) && looks_back(&toks[..i]) {
                return false;
            }
            // "the system, which has lost 4.6 billion dlrs in two years": a span after a
            // perfect measures what has happened (round 57).
            if matches!(first, "in" | "over" | "within") && perfect_before(&toks[..i]) {
                return false;
            }
            // "sales up 3 percent year over year": a rate, not a time frame.
            if prev == "year" && first == "over" {
                return false;
            }
            // ("3 March" is a day of the month, written day first: no duration.)
            let date = f
                .period
                .is_some_and(|p| p.granularity == crate::time::Granularity::Day);
            let duration =
                first.bytes().all(|b| b.is_ascii_digit()) && f.text.contains(' ') && !date
                    || super::numbers::count_word(first)
                    || matches!(first, "twelve" | "eighteen" | "several" | "few");
            // "three weeks from now" is a point in time, not a bare duration.
            // So is "two days later", counted from a day named before it (`timefind`).
            // So is "a couple more weeks", "five more days": what is left from now.
            let from_now = f.text.ends_with("from now")
                || f.text.ends_with("from today")
                || f.text.ends_with(" later")
                || f.text.contains(" more ");
            // "(for) two days a week", "three hours per day": a habit's frequency, not a time
            // that ends ahead.
            let unit = |w: &str| {
                matches!(
                    w.trim_end_matches('s'),
                    "hour" | "day" | "night" | "week" | "weekend" | "month" | "year" | "shift"
                )
            };
            if duration
                && f.text.rsplit(' ').next().is_some_and(unit)
                && matches!(next, "a" | "an" | "per" | "each" | "every")
                && toks.get(j + 2).is_some_and(|t| unit(&t.0))
            {
                return false;
            }
            if duration
                && !from_now
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
            // "in December, 2017": a year after a comma still dates the month.
            let year_after = sentence.get(f.end..).is_some_and(|r| {
                let r = r.trim_start_matches([',', ' ']);
                r.len() >= 4 && r.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            });
            let dated = year_after
                || toks[i..=j.max(i)]
                    .iter()
                    .any(|t| t.0.len() == 4 && t.0.bytes().all(|b| b.is_ascii_digit()));
            // A quarter or half by its ordinal ("in the first quarter", "in Q3", "the
            // second half") right after a past verb of its own ("fell in the first quarter
            // but will recover") is the one behind, never next year's (round 59).
            let ordinal_part = f.period.is_some_and(|p| {
                matches!(
                    p.granularity,
                    crate::time::Granularity::Quarter | crate::time::Granularity::Half
                )
            }) && !toks[i..=j.max(i)]
                .iter()
                .any(|t| matches!(t.0.as_ref(), "next" | "this" | "last" | "coming"));
            if ordinal_part && !dated && past_verb_governs(&toks[i.saturating_sub(5)..i]) {
                return false;
            }
            !((named || rolled) && !dated && past_at_in(sentence, tense_toks, f.start)
                || rolled
                    && !dated
                    && !unrolled.iter().any(|(end, p)| {
                        *end <= f.start
                            && f.period.is_some_and(|q| {
                                p.last < q.first && (q.first - p.last).num_days() < 366
                            })
                    })
                    && just_past(sentence, toks, f, first))
        })
        .map(|f| opened_after(sentence, toks, f))
        .map(|f| counted_from_event(sentence, f))
        // "add $50,000 a year for the next five years", "2% annually over the next decade":
        // an amount per period over a window longer than a year is a budget's window, no
        // deadline (issue 13); the phrase stays, without a date.
        .map(|mut f| {
            if let Some(i) = toks.iter().position(|t| t.1 == f.start) {
                // "sales of $5 billion for the quarter": which figures, not when the event
                // is settled (the results day the article is about, if any, is).
                let bare_quarter = f.text.eq_ignore_ascii_case("the quarter");
                if per_period_window(toks, i, &f)
                    || bare_quarter && i > 0 && matches!(toks[i - 1].0.as_ref(), "for" | "of")
                {
                    f.period = None;
                }
            }
            f
        })
        .collect()
}

/// The review note of a candidate whose sentence names a month, quarter or season that has
/// just passed ("in November", written on 8 January), which `usable` read as that one, so no
/// deadline: it says which period was taken and which the next would be, never that the
/// sentence has no time phrase (audit 25, fault 5). `None` when the sentence names none.
#[cfg(test)]
pub(super) fn just_passed_note(sentence: &str, published: NaiveDate) -> Option<String> {
    let (text, past, next, unit) = just_passed(sentence, None, published)?;
    Some(passed_note(&text, past, next, unit))
}

/// `just_passed_note` of what `just_passed` found.
pub(super) fn passed_note(text: &str, past: NaiveDate, next: NaiveDate, unit: &str) -> String {
    format!(
        "\"{text}\" names a {unit} that has just passed: read as the one ending {past} ({} assumed), so no deadline; if the next one (ending {next}) is meant, give it when saving",
        past.year(),
    )
}

/// The period `just_passed_note` speaks of: the phrase, the end of the one just passed, the
/// end of the next one, and its unit ("month", "quarter", "season"). `found`, when the
/// sentence's phrases are already at hand, is what `timefind::find_in` gives for `sentence`
/// in the future tense, which the extractor finds for each sentence it reads and keeps for
/// the candidates it hands out (finding them again was a twentieth of extracting a
/// list-heavy text). A sentence with no month, quarter or season read as next year's is
/// answered without tokenizing it.
pub(super) fn just_passed(
    sentence: &str,
    found: Option<&[Found]>,
    published: NaiveDate,
) -> Option<(String, NaiveDate, NaiveDate, &'static str)> {
    use crate::time::Granularity;
    let rolled = |f: &Found| {
        f.period.is_some_and(|p| {
            p.rolled_forward
                && matches!(
                    p.granularity,
                    Granularity::Month | Granularity::Quarter | Granularity::Season
                )
        })
    };
    if found.is_some_and(|all| !all.iter().any(rolled)) {
        return None;
    }
    let toks = super::hedges::tokens(sentence);
    let all = match found {
        Some(all) => all.to_vec(),
        None => timefind::find_in(sentence, &toks, published, crate::time::Tense::Future),
    };
    let kept: Vec<usize> = usable(sentence, &toks, all.clone())
        .iter()
        .map(|f| f.start)
        .collect();
    let f = all
        .into_iter()
        .find(|f| !kept.contains(&f.start) && rolled(f))?;
    let next = f.period?;
    let past = next
        .last
        .with_year(next.last.year() - 1)
        .or_else(|| NaiveDate::from_ymd_opt(next.last.year() - 1, next.last.month(), 28))?;
    let unit = match next.granularity {
        Granularity::Month => "month",
        Granularity::Quarter => "quarter",
        _ => "season",
    };
    Some((f.text, past, next.last, unit))
}

/// Whether a phrase that named a month, quarter or season ended less than two months before
/// publication (`Period::rolled_forward`: read as next year's) means the one just past.
/// It does in a past clause of its own ("the 211,000 jobs created in November", "growth
/// likely slowed in the third quarter", "is expected to have risen in December"), and a
/// bare month or quarter ("in December", "fourth-quarter") does whatever the clause's
/// tense: written in January, "sales will rise 3% in December" is about the December the
/// figures come out for, not one eleven months off, which a writer would call "next
/// December" or "by December". A deadline's own words ("by", "until", "before", "through",
/// "end of April") and a season ("sometime in the autumn", written in late December) still
/// look ahead.
fn just_past(sentence: &str, toks: &[Token<'_>], f: &Found, first: &str) -> bool {
    use crate::time::Granularity;
    let bare = f
        .period
        .is_some_and(|p| matches!(p.granularity, Granularity::Month | Granularity::Quarter))
        && !matches!(first, "by" | "until" | "till" | "before" | "through")
        && !f.text.to_ascii_lowercase().contains("end");
    bare || timefind::clause_past(sentence, toks, f.start, f.end)
}

/// Whether the phrase `f`, starting at token `i`, is a window longer than a year over which
/// an amount recurs: "a year for the next five years", "per year over the next decade",
/// "annually through 2030".
fn per_period_window(toks: &[Token<'_>], i: usize, f: &Found) -> bool {
    let long = f
        .period
        .is_some_and(|p| (p.last - p.first).num_days() > 400);
    // "exceed 1.5 million per year before 2035", "a year by 2030": a deadline for the
    // rate to be reached, not a window it recurs over.
    if !long || matches!(toks[i].0.as_ref(), "before" | "by") {
        return false;
    }
    // The words before the window's own preposition, if it has one ("for", or "over"
    // inside the phrase).
    let k = if i > 0
        && matches!(
            toks[i - 1].0.as_ref(),
            "for" | "over" | "during" | "through"
        ) {
        i - 1
    } else {
        i
    };
    let w = |n: usize| k.checked_sub(n).map_or("", |j| toks[j].0.as_ref());
    matches!(w(1), "annually" | "yearly" | "monthly")
        || matches!(w(2), "a" | "per" | "each" | "every") && matches!(w(1), "year" | "month")
}

/// "within two months of a deal", "within a year of the merger": a span counted from an
/// event the sentence does not date, so the phrase keeps no date (audit 26, finding 6: it
/// was read from publication).
fn counted_from_event(sentence: &str, mut f: Found) -> Found {
    let lower = f.text.to_ascii_lowercase();
    if f.anaphor
        || f.period.is_none()
        || !(lower.starts_with("within ") || lower.starts_with("in "))
    {
        return f;
    }
    let unit = lower.rsplit(' ').next().is_some_and(|w| {
        w.trim_end_matches('s').ends_with("day")
            || matches!(w.trim_end_matches('s'), "week" | "month" | "year" | "half")
    });
    let after = sentence.get(f.end..).unwrap_or("").to_ascii_lowercase();
    let event = [
        "of a ",
        "of an ",
        "of the ",
        "of its ",
        "of their ",
        "of any ",
    ]
    .iter()
    .any(|p| after.trim_start().starts_with(p))
        && !of_the_year(&after);
    if unit && event {
        f.period = None;
    }
    f
}

/// Whether the words after a phrase open with "of the year" ("in the second half of the
/// year", "in the first half of the calendar year"): the part is of the calendar year, no
/// event to count from, so the half keeps its date.
fn of_the_year(after: &str) -> bool {
    let rest = after.trim_start();
    ["of the year", "of the calendar year", "of the current year"]
        .iter()
        .any(|p| {
            rest.strip_prefix(p)
                .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
        })
}

/// "Will bow out after Super Tuesday", "prices will ease after March 3": a day after which
/// the event comes is when it may begin, not the last day it can happen, so the phrase (now
/// with its "after") keeps no date. A span counted from it ("the day after Christmas", "two
/// weeks after the vote", "shortly after March 3"), a duration ("after two years") and a
/// longer period keep theirs.
fn opened_after(sentence: &str, toks: &[Token<'_>], mut f: Found) -> Found {
    // A day only: "after the summer break" still ends with the summer (labelers take the
    // period's end), while nothing bounds "after Super Tuesday".
    if f.anaphor
        || f.period
            .is_none_or(|p| p.granularity != crate::time::Granularity::Day)
    {
        return f;
    }
    let Some(i) = toks.iter().position(|t| t.1 == f.start) else {
        return f;
    };
    if i == 0 || toks[i - 1].0 != "after" {
        return f;
    }
    let first = toks[i].0.as_ref();
    let counted = first.bytes().all(|b| b.is_ascii_digit()) && f.text.contains(' ')
        || crate::time::count_word(first).is_some()
        || matches!(first, "a" | "an" | "several" | "few");
    let before_after = if i > 1 { toks[i - 2].0.as_ref() } else { "" };
    let spanned = matches!(
        before_after.trim_end_matches('s'),
        "day" | "week" | "month" | "year" | "hour" | "minute" | "weekend" | "night"
    ) || matches!(
        before_after,
        "shortly" | "soon" | "right" | "just" | "immediately" | "directly" | "the" | "and"
    ) || before_after.bytes().any(|b| b.is_ascii_digit());
    if counted || spanned {
        return f;
    }
    f.start = toks[i - 1].1;
    f.text = sentence[f.start..f.end].to_string();
    f.period = None;
    f
}

/// The phrases of `found` less those for a period already under way at publication said in a
/// past clause ("sanctions imposed this month", "sales were running at a record pace in
/// November", "after topping 8% in late 2023"): the part of the period that clause speaks of
/// is behind, so it cannot be the deadline of a forecast in the same sentence. The tense is
/// the nearest verb's (`timefind::past_at_in`, a closing attribution left out); "after" with a
/// verb in "-ing" ("after eclipsing") is a past clause too.
pub(super) fn not_begun_in_past_clause(
    sentence: &str,
    toks: &[Token<'_>],
    found: Vec<Found>,
    published: NaiveDate,
) -> Vec<Found> {
    if found.is_empty() {
        return found;
    }
    let tense_end = attribution_tail(sentence, toks);
    found
        .into_iter()
        .filter(|f| {
            // Counted from publication ("within 12 months") or a frame's end ("by year-end",
            // "until June"): a deadline whatever the tense of the verb beside it.
            let under_way = f
                .period
                .is_some_and(|p| p.first < published && published < p.last);
            let i = toks.partition_point(|t| t.1 < f.start);
            let point = toks.get(i).is_some_and(|t| {
                matches!(
                    t.0.as_ref(),
                    "this" | "in" | "on" | "during" | "late" | "early" | "earlier" | "mid"
                ) || month_or_weekday(&t.0)
            });
            if !under_way || !point || f.anaphor {
                return true;
            }
            let before = &toks[i.saturating_sub(5)..i.min(tense_end)];
            let after_doing = before
                .windows(2)
                .any(|w| w[0].0 == "after" && w[1].0.len() > 4 && w[1].0.ends_with("ing"));
            !(after_doing || past_verb_governs(before))
        })
        .collect()
}

/// Whether the words just before a time phrase have a past verb of their own that is not a
/// forecaster's call or a belief whose object may lie ahead ("has imposed", "were running";
/// not "forecasted", "raised its target", "hoped"), with no future word after it.
fn past_verb_governs(before: &[Token<'_>]) -> bool {
    const CALLS: &[&str] = &[
        "forecasted",
        "predicted",
        "projected",
        "estimated",
        "expected",
        "raised",
        "lifted",
        "boosted",
        "cut",
        "lowered",
        "trimmed",
        "revised",
        "set",
        "said",
        "told",
        "signaled",
        "signalled",
        "warned",
        "compared",
        "hoped",
        "believed",
        "thought",
        "feared",
        "assumed",
        "anticipated",
    ];
    let Some(k) = before.iter().rposition(|t| {
        let w = t.0.as_ref();
        // ("exceed", "proceed", "succeed": an "-eed" is no past; "gusts will exceed 70 mph
        // this week" keeps its week, as `add` reads "this week", audit 24 E3.)
        super::timefind::IRREGULAR_PAST_SET.contains(w)
            || (w.len() > 4
                && w.ends_with("ed")
                && !w.ends_with("eed")
                // "keep rates unchanged this week": an adjective (audit 28, E6).
                && !matches!(w, "unchanged" | "undecided" | "unemployed" | "unopposed"))
    }) else {
        return false;
    };
    let w = before[k].0.as_ref();
    let prev = if k > 0 { before[k - 1].0.as_ref() } else { "" };
    !CALLS.contains(&w)
        && !matches!(prev, "be" | "is" | "are" | "being" | "the" | "a" | "an")
        && !before[k + 1..].iter().any(|t| {
            matches!(
                t.0.as_ref(),
                "will" | "would" | "could" | "may" | "might" | "should" | "to" | "won't"
            )
        })
}

/// Where a closing attribution starts: the index of the first token after the sentence's
/// last comma when what follows it is a short clause of a speaker and a verb of saying
/// (", analysts said.", ", the company's CEO told reporters."); `toks.len()` otherwise.
fn attribution_tail(sentence: &str, toks: &[Token<'_>]) -> usize {
    // "X on Thursday, analysts said, with a cut seen as unlikely before February": the tag
    // stands before a trailing judged clause, which is a forecast of its own (audit 28, E7).
    match judged_with_at(sentence) {
        Some(at) => {
            let n = toks.partition_point(|t| t.1 < at);
            match tag_start(&sentence[..at], &toks[..n]) {
                t if t == n => toks.len(),
                t => t,
            }
        }
        None => tag_start(sentence, toks),
    }
}

/// Where a trailing judged ", with X seen as ..." clause starts (`conditions::judged_with`).
fn judged_with_at(sentence: &str) -> Option<usize> {
    let lower = super::case::lowercase(sentence);
    (lower.len() == sentence.len())
        .then(|| {
            super::conditions::judged_with(&lower, &[])
                .first()
                .map(|c| c.0)
        })
        .flatten()
}

/// `attribution_tail` of a sentence with no trailing judged clause.
fn tag_start(sentence: &str, toks: &[Token<'_>]) -> usize {
    let Some(comma) = sentence.rfind(',') else {
        return toks.len();
    };
    let mut from = toks.partition_point(|t| t.1 < comma);
    // ", said Lars Eriksson, who has fished here for forty years.": a relative clause about
    // the speaker after the tag is no part of the predicted event either (audit 20, A5);
    // the tag is the tail before it.
    let mut end = toks.len();
    if toks
        .get(from)
        .is_some_and(|t| matches!(t.0.as_ref(), "who" | "whose" | "whom"))
    {
        let Some(before) = sentence[..comma].rfind(',') else {
            return toks.len();
        };
        end = from;
        from = toks.partition_point(|t| t.1 < before);
    }
    // A tail that holds a modal is a clause of its own ("In June, officials said rates will
    // rise"), not an attribution.
    let modal = |w: &str| {
        matches!(
            w,
            "will" | "would" | "could" | "may" | "might" | "should" | "can" | "to" | "likely"
        )
    };
    let speech = |t: &Token<'_>| super::attribution::SPEECH.contains(&t.0.as_ref());
    // ", said Jane Roe, chief economist at Acme.": the speaker's title after the tag is no
    // part of the predicted event either (audit 27, finding 4); the tag is the tail before it.
    if end == toks.len() && (1..=6).contains(&(end - from)) {
        let appositive = &toks[from..end];
        if !appositive.iter().any(|t| speech(t) || modal(t.0.as_ref())) {
            if let Some(before) = sentence[..comma].rfind(',') {
                let start = toks.partition_point(|t| t.1 < before);
                if toks[start..from].iter().any(speech) {
                    end = from;
                    from = start;
                }
            }
        }
    }
    let tail = &toks[from..end];
    // ", according to the poll conducted Sept. 6-11.": a source, whatever its verbs.
    let according = tail.len() >= 3 && tail[0].0 == "according" && tail[1].0 == "to";
    if according && !tail[2..].iter().any(|t| modal(t.0.as_ref())) {
        return from;
    }
    // ", a survey of 14 property analysts found.", ", a poll of traders this week showed.":
    // a poll's finding, reported as speech is.
    let found = (3..=12).contains(&tail.len())
        && tail.last().is_some_and(|t| {
            matches!(
                t.0.as_ref(),
                "showed" | "shows" | "found" | "finds" | "suggested" | "suggests"
            )
        })
        && tail
            .iter()
            .any(|t| matches!(t.0.as_ref(), "poll" | "survey" | "polls" | "surveys"));
    if found && !tail.iter().any(|t| modal(t.0.as_ref())) {
        return from;
    }
    // ", wrote Jane Roe in a note to clients": where it was said, after a tag with its verb
    // first, is the tag's too (audit 27, finding 4).
    let inverted = tail.first().is_some_and(speech);
    let said = tail
        .iter()
        .position(|t| inverted && matches!(t.0.as_ref(), "in" | "on"))
        .unwrap_or(tail.len());
    // ", the bank said in a statement on Tuesday.": where and when it was said, after the
    // verb, are the tag's too (audit 28, E7).
    let placed = !inverted
        && tail.iter().position(speech).is_some_and(|v| {
            v <= 6
                && tail
                    .get(v + 1)
                    .is_some_and(|t| matches!(t.0.as_ref(), "in" | "on"))
                && !tail[v + 1..].iter().any(|t| modal(t.0.as_ref()))
        });
    if (2..=if inverted || placed { 10 } else { 7 }).contains(&tail.len())
        && tail.iter().any(speech)
        && !tail[..said].iter().any(|t| modal(t.0.as_ref()))
    {
        from
    } else {
        toks.len()
    }
}

/// A four-digit year ("2030").
fn year_word(w: &str) -> bool {
    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
}

/// Words that make a following span of time a look back: a record "in four years" or "for
/// the first time in 20 years" compares with the past, it does not set a deadline.
const RECORD_WORDS: &[&str] = &[
    "slowest",
    "fastest",
    "highest",
    "lowest",
    "biggest",
    "largest",
    "smallest",
    "strongest",
    "weakest",
    "worst",
    "best",
    "deepest",
    "sharpest",
    "steepest",
    "longest",
    "shortest",
    "hottest",
    "coldest",
    "wettest",
    "driest",
    "busiest",
    "most",
    "least",
    "first",
];

/// Whether the five words before a time span hold a record word ("the first time", "its
/// slowest pace") with no verb of the future between ("the best team will win in four years"
/// is a deadline).
fn looks_back(before: &[Token<'_>]) -> bool {
    let from = before.len().saturating_sub(5);
    before[from..].iter().enumerate().any(|(k, t)| {
        let w = t.0.as_ref();
        // "by at least 3% by June", "at most two cuts": a bound on an amount, no record.
        let bound = matches!(w, "least" | "most")
            && (from + k)
                .checked_sub(1)
                .is_some_and(|p| before[p].0 == "at");
        // "will come most likely in May", "most probably by the end of the year": the hedge
        // governs the time after it, no record (wire news, rule 6).
        let hedge = matches!(w, "most" | "least")
            && before.get(from + k + 1).is_some_and(|n| {
                matches!(
                    n.0.as_ref(),
                    "likely" | "probably" | "certainly" | "possibly"
                )
            });
        RECORD_WORDS.contains(&w)
            && !bound
            && !hedge
            && (w != "first"
                || before
                    .get(from + k + 1)
                    .is_some_and(|n| matches!(n.0.as_ref(), "time" | "increase" | "decline")))
            && !before[from + k..].iter().any(|n| {
                matches!(
                    n.0.as_ref(),
                    "will" | "would" | "could" | "may" | "might" | "should" | "to" | "won't"
                )
            })
    })
}

/// Whether the eight words before a time span hold a perfect ("has lost", "have risen",
/// "had grown") with no modal, "to" or "will" after it: the span measures the past ("has
/// lost 4.6 billion dlrs in two years"), no deadline.
fn perfect_before(before: &[Token<'_>]) -> bool {
    const PARTICIPLES: &[&str] = &[
        "lost", "won", "grown", "risen", "fallen", "made", "paid", "spent", "sold", "bought",
        "cut", "seen", "become", "built", "taken", "given", "shed", "run", "put", "held",
    ];
    let from = before.len().saturating_sub(8);
    before[from..].iter().enumerate().any(|(k, t)| {
        matches!(t.0.as_ref(), "has" | "have" | "had" | "'ve")
            && before.get(from + k + 1).is_some_and(|p| {
                let p = p.0.as_ref();
                // Not a call or a promise ("have predicted a rebound in two years").
                let called = matches!(
                    p,
                    "predicted"
                        | "forecasted"
                        | "projected"
                        | "estimated"
                        | "expected"
                        | "pledged"
                        | "promised"
                        | "vowed"
                        | "planned"
                        | "scheduled"
                        | "agreed"
                        | "warned"
                        | "signalled"
                        | "signaled"
                        | "indicated"
                        | "suggested"
                        | "targeted"
                        | "aimed"
                        | "committed"
                        | "decided"
                        | "announced"
                );
                (p.len() > 3 && p.ends_with("ed") && !called) || PARTICIPLES.contains(&p)
            })
            && !before[from + k..].iter().any(|n| {
                matches!(
                    n.0.as_ref(),
                    "will" | "would" | "could" | "may" | "might" | "should" | "to" | "won't"
                ) || n.0.ends_with("'ll")
            })
    })
}

/// Whether `f` lies inside a quoted title ("the comedy \u{201c}Almost Christmas\u{201d}"): a
/// short quotation whose words are all capitalized names a work, not a time.
fn in_title(sentence: &str, f: &Found) -> bool {
    let before = &sentence[..f.start];
    let Some(open) = before.rfind(['\u{201c}', '"']) else {
        return false;
    };
    let opener = before[open..].chars().next().unwrap_or('"');
    let closer = if opener == '"' { '"' } else { '\u{201d}' };
    if opener == '"' && before[..open].matches('"').count() % 2 == 1 {
        return false;
    }
    let inner_start = open + opener.len_utf8();
    let Some(close) = sentence[inner_start..]
        .find(closer)
        .map(|c| inner_start + c)
    else {
        return false;
    };
    if close < f.end {
        return false;
    }
    let words: Vec<&str> = sentence[inner_start..close].split_whitespace().collect();
    (1..=6).contains(&words.len())
        && words.iter().all(|w| {
            w.trim_start_matches(|c: char| !c.is_alphanumeric())
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        })
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
        // "before the next G7 summit in June", "before the vote in November": an event
        // without a date, dated by the month or year right after it (its end).
        if gap.is_empty()
            && at.period.is_none()
            && !at.anaphor
            && f.period.is_some()
            && f.text.len() > 3
            && f.text[..3].eq_ignore_ascii_case("in ")
        {
            best = f;
            at = f;
            continue;
        }
        if !matches!(
            gap.as_str(),
            "or" | "and"
                | "to"
                | "-"
                | "–"
                | "through"
                | "until"
                | "or in"
                | "and in"
                | "or by"
                // "at the end of the year and into 2027": the span runs on to the later one.
                | "into"
                | "and into"
                | "or into"
        ) && !alternative_clause(&gap)
        {
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

/// The gap between two phrases that makes the second an alternative of the first: "X at
/// the autumn event, or it might wait until early 2028", "by June, or perhaps later in
/// 2027" (issue 13: "ranges and alternatives resolve to their end"; audit 23 D3). At most
/// two words (the first phrase's noun) before ", or", then at most five words, no figure
/// among them (a figure makes it a second forecast: `second_frame`).
fn alternative_clause(gap: &str) -> bool {
    let Some((head, tail)) = gap.split_once(", or") else {
        return false;
    };
    let tail = tail.strip_prefix(',').unwrap_or(tail);
    let words = |t: &str| t.split_whitespace().count();
    words(head) <= 2
        && words(tail) <= 5
        && !tail.contains(['.', ';', ':', ',', '%'])
        && !tail.chars().any(|c| c.is_ascii_digit())
        && !head.contains(['.', ';', ':', ','])
}

/// A second forecast of the same clause with its own later time frame ("rise to 2.7 million
/// by the end of the year, and to 3.3 million by the end of 2018"; "hold through June, before
/// delivering two cuts beginning in September"): the first phrase ahead after `chosen`, not in
/// a condition and later than it, when what lies between them joins a second quantity ("and",
/// "then", "before", "followed by" or a list's comma, with a number). A range or alternative ("November or
/// December") is `widest`'s, one forecast.
pub(super) fn second_frame(
    found: &[Found],
    chosen: &Found,
    clause_end: usize,
    conds: &[(usize, usize, String)],
    sentence: &str,
    published: NaiveDate,
) -> Option<Found> {
    let first = chosen.period?;
    let next = found.iter().find(|f| {
        f.start >= chosen.end
            && f.end <= clause_end
            && !f.anaphor
            && !holds(conds, f)
            && f.period.is_some_and(|p| p.last > published)
    })?;
    let gap = sentence.get(chosen.end..next.start)?.to_lowercase();
    let words: Vec<&str> = gap
        .split(|c: char| !c.is_alphanumeric() && c != '.' && c != '%')
        .filter(|w| !w.is_empty())
        .collect();
    // "peak at 4% in March before easing to 3% by the end of the year", "cut in September
    // and again in December", written in December: a time with no year of its own that
    // follows the first is that year's or the next, whichever ends after it (audit 28).
    let next = match next.period {
        Some(p)
            if p.last < first.last
                && p.last.year() == published.year()
                && first.last.year() > p.last.year()
                && !next.text.chars().any(|c| c.is_ascii_digit())
                && words
                    .iter()
                    .any(|w| matches!(*w, "before" | "then" | "and" | "again")) =>
        {
            let mut later = next.clone();
            let to = if p
                .last
                .with_year(first.last.year())
                .is_some_and(|d| d >= first.last)
            {
                first.last.year()
            } else {
                first.last.year() + 1
            };
            let shift = |d: NaiveDate| d.with_year(to).unwrap_or(d);
            later.period = Some(crate::time::Period {
                first: shift(p.first),
                last: shift(p.last),
                ..p
            });
            later
        }
        _ => next.clone(),
    };
    // Due later, or on the same day by a second time stated apart ("hit single digits next
    // year and drop to 3% by next year's fourth quarter": two forecasts, both due then).
    if next.period.is_none_or(|p| p.last < first.last) {
        return None;
    }
    // "at 64 by June, 65 in six months and 66 in a year": a list's items are joined by their
    // commas as well.
    let joins = gap.trim_start().starts_with(',')
        || words
            .iter()
            .any(|w| matches!(*w, "and" | "then" | "before" | "followed"));
    let quantity = words
        .iter()
        .any(|w| w.starts_with(|c: char| c.is_ascii_digit()) || super::numbers::count_word(w));
    // A second verb with no figure makes its own forecast only at a later time ("rise next
    // year and fall in 2027's fourth quarter", both due then, stays one).
    let later = next.period.is_some_and(|p| p.last > first.last);
    (joins && (quantity || gapped_second(sentence, chosen.end, next.start, &words, later)))
        .then_some(next)
}

/// Whether the words between two time phrases of a clause, joined by "and", make a second
/// forecast with no figure (audit 28, E16): "cut in September and again in December"; a
/// second predicate of the same subject, "rise to 4.5% by mid-2027 and stay there through
/// 2028"; a gapped subject sharing the verb, "The Fed will cut in March and the ECB in
/// April" (a name, or "the" and a name). Not a clause with its own modal (that is a clause of
/// its own), nor "and" alone ("in March and April" is a range).
fn gapped_second(sentence: &str, from: usize, to: usize, words: &[&str], later: bool) -> bool {
    // "jump 10% next year, followed by steady gains through 2021", "peak in March before
    // easing by the end of the year": a second step of the same subject, due later, is a
    // forecast of its own (round 59, xs2); "before" must open a verb in "-ing".
    let step = match words {
        ["followed", "by", _, ..] => true,
        ["before", verb, ..] => verb.len() > 5 && verb.ends_with("ing"),
        _ => false,
    };
    if step {
        return later
            && !words.iter().any(|w| {
                matches!(
                    *w,
                    "will" | "would" | "could" | "should" | "may" | "might" | "or" | "not"
                )
            });
    }
    if words.first() != Some(&"and") || words.len() < 2 {
        return false;
    }
    if words.iter().any(|w| {
        matches!(
            *w,
            "will" | "would" | "could" | "should" | "may" | "might" | "can" | "or" | "not"
        )
    }) {
        return false;
    }
    if words.contains(&"again") {
        return true;
    }
    let after_and: Vec<&str> = sentence
        .get(from..to)
        .unwrap_or("")
        .split_whitespace()
        .skip_while(|w| !w.eq_ignore_ascii_case("and"))
        .skip(1)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let named = |w: &&str| w.starts_with(|c: char| c.is_ascii_uppercase());
    let subject = match after_and.split_first() {
        Some((&"the", rest)) => !rest.is_empty() && rest.len() <= 3 && rest.iter().all(named),
        Some(_) => after_and.len() <= 3 && after_and.iter().all(named),
        None => false,
    };
    // A second predicate: a plain verb after "and" ("stay", "fall"), not a determiner,
    // preposition or pronoun opening a noun phrase.
    let verb = later
        && words.len() <= 4
        && words[1].chars().all(|c| c.is_ascii_lowercase())
        && !words[1].ends_with("ing")
        && !determiner(words[1])
        && !matches!(
            words[1],
            "to" | "in"
                | "by"
                | "at"
                | "on"
                | "for"
                | "from"
                | "of"
                | "with"
                | "into"
                | "through"
                | "until"
                | "also"
                | "then"
                | "it"
                | "they"
                | "we"
                | "he"
                | "she"
                | "early"
                | "late"
                | "again"
        )
        && after_and.first().is_some_and(|w| !named(w));
    subject || verb
}

/// Whether `f` is an "until" under a negation ("won't balance until next year", "not until
/// 2027"): the claim is that the event does not come before the period starts. Not for a
/// month, week or day: "will not launch until September" expects the launch in September, so
/// the month's end is the deadline.
pub(super) fn negated_until(sentence: &str, f: &Found) -> bool {
    use crate::time::Granularity;
    if f.period.is_some_and(|p| {
        matches!(
            p.granularity,
            Granularity::Month | Granularity::Week | Granularity::Day
        )
    }) {
        return false;
    }
    let lower = f.text.to_ascii_lowercase();
    // "won't climb until the end of 2027": the end is the deadline itself, not a start.
    if !(lower.starts_with("until ") || lower.starts_with("till ")) || lower.contains(" end") {
        return false;
    }
    let before = sentence[..f.start].to_ascii_lowercase();
    // A delay "until 2028" says the same as "not before 2028" (audit 27, item 10: "will be
    // delayed until 2028" was due at 2028's end, a year after it is settled).
    [
        "not ",
        "n't ",
        "n’t ",
        "never ",
        "unlikely ",
        "no ",
        "delayed ",
        "postponed ",
        "pushed back ",
        "put off ",
        "deferred ",
    ]
    .iter()
    .any(|n| before.contains(n))
}

/// The time a list item shares with the paragraph it stands in ("The outlook for October to
/// December:" then "- A 55% chance of near-average temperatures"): a candidate of a list
/// item (`item`) with no time phrase and no deadline takes the deadline of the nearest
/// earlier forecast of its paragraph that named its own time (`held`, updated here as
/// candidates with their own dated phrase go by). The caller clears `held` at a blank line
/// or a heading. Prose keeps its own: labelers leave most undated prose forecasts undated
/// even beside a dated one (tried: dev deadlines fell), while the items of a list share
/// the frame its lead gave. A final or title only a sports calendar dates
/// (`calendar_event`) shares nothing.
pub(super) fn list_item_share(
    cands: &mut [super::Candidate],
    held: &mut Option<(NaiveDate, String)>,
    item: bool,
) {
    for c in cands.iter_mut() {
        match (c.deadline, &c.deadline_phrase) {
            (Some(d), Some(p)) => *held = Some((d, p.clone())),
            (None, None) if item => {
                if let Some((d, p)) = held
                    .as_ref()
                    .filter(|_| !calendar_event(&c.sentence) && !open_ended(&c.claim))
                {
                    c.deadline = Some(*d);
                    c.review
                        .retain(|r| !r.starts_with("no time phrase: give --default-deadline"));
                    c.review.push(format!(
                        "no date in this list item: {d} is shared from \"{p}\", the time of an earlier forecast in its paragraph; check it"
                    ));
                }
            }
            _ => {}
        }
    }
}

/// Whether a claim puts its event past any near time on purpose ("Trump will ultimately win
/// the nomination", "stay in the race, making it a two man show going forward", "will
/// eventually cut"): it shares no day or frame a list or an event gives to its neighbours.
pub(super) fn open_ended(claim: &str) -> bool {
    let lower = claim.to_ascii_lowercase();
    [
        "ultimately",
        "eventually",
        "going forward",
        "in the long run",
        "in the long term",
        "down the road",
        "sooner or later",
    ]
    .iter()
    .any(|w| {
        lower.match_indices(w).any(|(i, _)| {
            !lower[..i].ends_with(|c: char| c.is_ascii_alphabetic())
                && !lower[i + w.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
        })
    })
}

/// The largest text `share_busiest_day` is applied to: a news article's size. A longer
/// input (a feed of many articles, a benchmark) is streamed without holding its candidates.
pub(super) const PREVIEW_MAX_BYTES: usize = 64 * 1024;

/// The day a preview's dated calls mostly fall on: at least three candidates and more than
/// half of the dated ones have it, and it is from the day of publication to three days
/// later (a preview comes out just before its event). A storm watch whose calls are "on
/// Friday", an eve-of-election piece whose list is "my prediction of the outcome
/// tomorrow", one weekend's picks: the article is about that day's event.
fn busiest_day(
    cands: &[super::Candidate],
    published: NaiveDate,
) -> Option<(NaiveDate, usize, usize)> {
    let mut count: Vec<(NaiveDate, usize)> = Vec::new();
    let mut dated = 0;
    for d in cands.iter().filter_map(|c| c.deadline) {
        dated += 1;
        match count.iter_mut().find(|(x, _)| *x == d) {
            Some(e) => e.1 += 1,
            None => count.push((d, 1)),
        }
    }
    // A tie fails the majority below, so which of two equal days comes first is moot.
    let (d, n) = count.into_iter().max_by_key(|&(_, n)| n)?;
    (n >= 3 && 2 * n > dated && d >= published && (d - published).num_days() <= 3)
        .then_some((d, n, dated))
}

/// Missing deadlines of a preview's calls that name no time ("a significant storm is
/// expected to impact the region", "I would expect the Conservatives to gain around 100
/// seats"): where most of the article's dated calls fall on one day just ahead
/// (`busiest_day`), the undated ones are about the same event and are settled that day
/// (round 61, xw2). A call put past any near time on purpose ("will ultimately win",
/// "longer term", `open_ended`), a stance held on (`held_on`), a season-long outcome
/// (`season_long`), a final only a sports calendar dates (`calendar_event`) or a call naming
/// a time this tool does not read keeps none.
pub(super) fn share_busiest_day(cands: &mut [super::Candidate], published: NaiveDate) {
    let Some((d, n, dated)) = busiest_day(cands, published) else {
        return;
    };
    for c in cands.iter_mut().filter(|c| c.deadline.is_none()) {
        let lower = c.claim.to_ascii_lowercase();
        // The exclusions of the article's other days: a stance held on ("will remain
        // patient"), an outcome the whole season decides, a final only a sports calendar
        // dates.
        let toks = super::hedges::tokens(&c.claim);
        if held_on(&toks)
            || season_long(&toks)
            || calendar_event(&c.sentence)
            || open_ended(&c.claim)
            || ["longer term", "longer-term", "over time"]
                .iter()
                .any(|w| lower.contains(w))
            || c.review.iter().any(|r| {
                r.ends_with("is a time this tool does not read: give the deadline when saving")
            })
        {
            continue;
        }
        c.deadline = Some(d);
        c.review.retain(|r| {
            !r.starts_with("no time phrase: give --default-deadline")
                && !r.ends_with("has no date: give one when saving")
        });
        c.review.push(format!(
            "no date in the sentence: {d} is taken from the article (the day {n} of its {dated} dated calls fall on, the event it previews); check it"
        ));
    }
}

/// The US general election an article about the midterms or Election Day is about: the
/// Tuesday after the first Monday of November of the publication year, when that year has
/// one (even years) and it is still ahead. Forecasts in such coverage that name no time
/// ("Labour holds a 71 percent chance of taking the seat") are decided then.
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

/// The day of the election, vote or awards ceremony an article names: the first sentence that
/// speaks of an election, a vote, a runoff, a referendum or a ceremony and gives one day ahead
/// of publication (within a year): "after the vote on 24 September", "the runoff set for
/// April 11", "the ceremony on Feb. 28". A forecast in such coverage that names no time of its
/// own is decided that day.
pub(super) fn named_election_day(
    sents: &[super::sentences::Sentence<'_>],
    published: NaiveDate,
) -> Option<NaiveDate> {
    use super::hedges::tokens;
    const VOTES: &[&str] = &[
        "election",
        "elections",
        "vote",
        "runoff",
        "run-off",
        "referendum",
        "polls",
        // Awards: "the ceremony on Feb. 28", "the Oscars air Sunday".
        "ceremony",
        "awards",
        "oscars",
        "grammys",
        "emmys",
        "telecast",
    ];
    // A word of `VOTES` starts where no ASCII letter or digit comes before, with these
    // letters in either case ("run" for "runoff" and "run-off", whose hyphen may be a dash):
    // a sentence with none is not tokenized (nearly all of an article's sentences).
    // The bytes that can open one, in either case, by table: most bytes are turned away by
    // one look-up (this runs over every sentence of the article).
    const OPENS: [bool; 256] = {
        let mut t = [false; 256];
        let letters = b"evrpcaogt";
        let mut k = 0;
        while k < letters.len() {
            t[letters[k] as usize] = true;
            t[letters[k].to_ascii_uppercase() as usize] = true;
            k += 1;
        }
        t
    };
    let may_name = |text: &str| {
        let b = text.as_bytes();
        (0..b.len()).any(|i| {
            if !OPENS[usize::from(b[i])] || i > 0 && b[i - 1].is_ascii_alphanumeric() {
                return false;
            }
            let is = |w: &[u8]| b.len() - i >= w.len() && b[i..i + w.len()].eq_ignore_ascii_case(w);
            match b[i] | 0x20 {
                b'e' => is(b"election") || is(b"emmys"),
                b'v' => is(b"vote"),
                b'r' => is(b"run") || is(b"referendum"),
                b'p' => is(b"polls"),
                b'c' => is(b"ceremony"),
                b'a' => is(b"awards"),
                b'o' => is(b"oscars"),
                b'g' => is(b"grammys"),
                b't' => is(b"telecast"),
                _ => false,
            }
        })
    };
    sents.iter().filter(|s| may_name(s.text)).find_map(|s| {
        let toks = tokens(s.text);
        // The noun ("the vote", "go to the polls", "Germany's election"), not the verb ("the
        // committee will vote to hold rates").
        let at: Vec<usize> = toks
            .iter()
            .enumerate()
            .filter(|(i, t)| {
                VOTES.contains(&t.0.as_ref())
                    && (t.0 != "vote" && t.0 != "polls"
                        || *i > 0
                            && matches!(toks[i - 1].0.as_ref(), "the" | "a" | "this" | "next"))
            })
            .map(|(_, t)| t.2)
            .collect();
        if at.is_empty() {
            return None;
        }
        let found = timefind::find_in(s.text, &toks, published, crate::time::Tense::Future);
        usable(s.text, &toks, found).into_iter().find_map(|f| {
            let p = f.period?;
            let near = at.iter().any(|&e| f.start >= e && f.start <= e + 40);
            (near
                && p.first == p.last
                && !p.rolled_forward
                && p.last > published
                && p.last <= published + chrono::Duration::days(366))
            .then_some(p.last)
        })
    })
}

/// The publication day, for election-day coverage: one of the article's first three
/// sentences says in the present tense that a country or its voters are going to the polls
/// ("Portugal is heading to the polls for parliamentary elections") and names no time ahead
/// (a dated one, "heads to the polls on Sunday", is `named_election_day`'s). The vote is
/// that day, so its undated calls ("the Socialists look set for a decisive win") are
/// decided with it.
pub(super) fn polling_today(
    sents: &[super::sentences::Sentence<'_>],
    published: NaiveDate,
) -> Option<NaiveDate> {
    use super::hedges::tokens;
    const GOING: &[&str] = &[
        "is heading to the polls",
        "are heading to the polls",
        "heads to the polls",
        "head to the polls",
        "goes to the polls",
        "are going to the polls",
        "is going to the polls",
        "go to the polls today",
        "votes today",
        "vote today",
        "are voting today",
        "is voting today",
    ];
    sents.iter().take(3).find_map(|s| {
        let lower = s.text.to_lowercase();
        let at = GOING.iter().find_map(|g| lower.find(g))?;
        // "When voters head to the polls in May": a time is named, or the clause is not
        // the news of the day.
        if lower[..at].ends_with("when voters ") || lower[..at].ends_with("before voters ") {
            return None;
        }
        let toks = tokens(s.text);
        let found = timefind::find_in(s.text, &toks, published, crate::time::Tense::Future);
        let dated = usable(s.text, &toks, found)
            .iter()
            .any(|f| f.period.is_some_and(|p| p.last > published));
        (!dated).then_some(published)
    })
}

/// A league's season: the names that mark an article as covering it, and the last day by
/// which its regular season, awards and playoffs are decided: (month, day), and whether the
/// season runs over New Year (then a season previewed after mid-year ends the next year).
struct League {
    names: &'static [&'static str],
    /// Divisions and trophies only this league has ("Metropolitan Division", "Calder
    /// Trophy", "AFC West"): a fan's preview may never spell the league out, but names them.
    /// They count as mentions of the league for `season`; `title_day` reads only `names`.
    marks: &'static [&'static str],
    month: u32,
    day: u32,
    spans_new_year: bool,
    /// The habitual last day of the regular season (month, day), in the same year as the
    /// season's end: the standings are settled then, before the playoffs.
    regular: (u32, u32),
    /// The days the season actually ended or is scheduled to end, by year (month, day), where
    /// the habit is too loose: Formula 1's last race falls anywhere from mid-November to
    /// mid-December, so a championship is decided then, not on December 31.
    finales: &'static [(i32, u32, u32)],
}

impl League {
    /// The last day of the season that ends in year `y`.
    fn end_in(&self, y: i32) -> Option<NaiveDate> {
        match self.finales.iter().find(|f| f.0 == y) {
            Some(&(_, m, d)) => NaiveDate::from_ymd_opt(y, m, d),
            None => NaiveDate::from_ymd_opt(y, self.month, self.day),
        }
    }
}

/// Formula 1's final races, 2010 to 2026 (the last scheduled).
const F1_FINALES: &[(i32, u32, u32)] = &[
    (2010, 11, 14),
    (2011, 11, 27),
    (2012, 11, 25),
    (2013, 11, 24),
    (2014, 11, 23),
    (2015, 11, 29),
    (2016, 11, 27),
    (2017, 11, 26),
    (2018, 11, 25),
    (2019, 12, 1),
    (2020, 12, 13),
    (2021, 12, 12),
    (2022, 11, 20),
    (2023, 11, 26),
    (2024, 12, 8),
    (2025, 12, 7),
    (2026, 12, 6),
];

/// Leagues whose calendars are fixed by habit: NBA and NHL playoffs end by late June, the
/// NFL's by mid-February, MLB's World Series by early November, the Premier League in late
/// May, Formula 1 with its last race (`F1_FINALES`; within the calendar year for
/// a year not listed). Regular seasons end by mid-April (NBA, NHL),
/// early January (NFL) and the end of September (MLB). A division two leagues share
/// ("Atlantic Division", "Eastern Conference") marks neither.
const LEAGUES: &[League] = &[
    League {
        names: &["NBA"],
        marks: &[
            "Larry O'Brien",
            "Southeast Division",
            "Southwest Division",
            "Northwest Division",
        ],
        month: 6,
        day: 30,
        spans_new_year: true,
        regular: (4, 15),
        finales: &[],
    },
    League {
        names: &["NHL", "Stanley Cup"],
        marks: &[
            "Metropolitan Division",
            "Calder Trophy",
            "Hart Trophy",
            "Vezina Trophy",
            "Norris Trophy",
            "Conn Smythe",
        ],
        month: 6,
        day: 30,
        spans_new_year: true,
        regular: (4, 15),
        finales: &[],
    },
    League {
        names: &["NFL", "Super Bowl"],
        marks: &[
            "Lombardi Trophy",
            "AFC East",
            "AFC North",
            "AFC South",
            "AFC West",
            "NFC East",
            "NFC North",
            "NFC South",
            "NFC West",
        ],
        month: 2,
        day: 15,
        spans_new_year: true,
        regular: (1, 8),
        finales: &[],
    },
    League {
        names: &["MLB", "World Series"],
        marks: &[
            "Cy Young",
            "AL East",
            "AL Central",
            "AL West",
            "NL East",
            "NL Central",
            "NL West",
        ],
        month: 11,
        day: 5,
        spans_new_year: false,
        regular: (9, 30),
        finales: &[],
    },
    League {
        names: &["Premier League"],
        marks: &[],
        month: 5,
        day: 31,
        spans_new_year: true,
        regular: (5, 31),
        finales: &[],
    },
    League {
        names: &["F1", "Formula 1", "Formula One"],
        marks: &[],
        month: 12,
        day: 31,
        spans_new_year: false,
        regular: (12, 31),
        finales: F1_FINALES,
    },
];

/// Whether the text previews one week of a league's games: "Week 1", "week 15".
fn weekly(text: &str) -> bool {
    text.match_indices("eek ").any(|(i, _)| {
        text[..i].ends_with(['W', 'w'])
            && !text[..i - 1].ends_with(|c: char| c.is_alphanumeric())
            && text[i + 4..].starts_with(|c: char| c.is_ascii_digit())
    })
}

/// The Sunday of the NFL week an article of one week's picks is about ("NFL Predictions:
/// Week 1" in its first three sentences, or NFL picks "against the spread"), published in the
/// season (September to January): the first Sunday from publication on. Most of a week's
/// games are played that day, so its picks that name no day of their own are due then; a
/// game header's own day (`header_day`) still comes first. A season preview that lists
/// "Week 1 vs. Dallas" in its body is no week's picks.
pub(super) fn nfl_week_sunday(
    text: &str,
    sentences: &[super::sentences::Sentence<'_>],
    published: NaiveDate,
) -> Option<NaiveDate> {
    use chrono::{Datelike, Weekday};
    if !(published.month() >= 9 || published.month() == 1) || !text.contains("NFL") {
        return None;
    }
    let week = sentences.iter().take(3).any(|s| weekly(s.text))
        || text.to_ascii_lowercase().contains("against the spread");
    if !week {
        return None;
    }
    let ahead =
        (7 + Weekday::Sun.num_days_from_monday() - published.weekday().num_days_from_monday()) % 7;
    published.checked_add_days(chrono::Days::new(u64::from(ahead)))
}

/// The day of the night game a lower-cased sentence of one NFL week's picks names ("the
/// Thursday night opener", "on Monday Night Football"), from the week's Sunday: the Thursday
/// before it, the Saturday before it or the Monday after it, when not yet past at
/// publication. A week's picks are due on its Sunday (`nfl_week_sunday`), but a night
/// game's paragraph is about that night (round 65, x65d). "Last Thursday night" is a game
/// played.
pub(super) fn night_game(
    lower: &str,
    sunday: NaiveDate,
    published: NaiveDate,
) -> Option<NaiveDate> {
    const NIGHTS: [(&str, i64); 3] = [("thursday", -3), ("saturday", -1), ("monday", 1)];
    NIGHTS.iter().find_map(|(day, shift)| {
        let named = lower.match_indices(day).any(|(i, _)| {
            let rest = &lower[i + day.len()..];
            (rest.starts_with(" night") || rest.starts_with("-night"))
                && !lower[..i].ends_with("last ")
                && !lower[..i].ends_with(|c: char| c.is_alphanumeric())
        });
        named
            .then(|| sunday.checked_add_signed(chrono::Duration::days(*shift)))
            .flatten()
            .filter(|d| *d >= published)
    })
}

/// Whether a lower-cased sentence speaks of a team making or missing the playoffs ("still
/// falls short of the playoffs", "will make the postseason"), and of no title or final: a
/// place in the standings, settled when the regular season ends, not when the playoffs do
/// (round 64, x64d).
fn playoff_berth(lower: &str) -> bool {
    const VERBS: [&str; 13] = [
        "make",
        "makes",
        "making",
        "miss",
        "misses",
        "missing",
        "short of",
        "qualify for",
        "qualifies for",
        "out of",
        "reach",
        "reaches",
        "return to",
    ];
    let berth = ["the playoffs", "the postseason", "the post-season"]
        .iter()
        .any(|p| {
            lower.match_indices(p).any(|(i, _)| {
                let head = lower[..i].trim_end();
                VERBS.iter().any(|v| {
                    head.ends_with(v)
                        && !head[..head.len() - v.len()].ends_with(char::is_alphanumeric)
                })
            })
        });
    berth
        && ![
            "title", "champion", "final", "series", "cup", "bowl", "round",
        ]
        .iter()
        .any(|w| lower.contains(w))
}

/// A tipster's pick line in a sports article (`sporting`: a season, a game's day or a
/// matchup line, `matchup_line`): a label of at most three words before a colon that names a
/// pick, verdict, tip, bet, prediction or score ("Pick: Cleveland (-3)", "Verdict: Heat W",
/// "Prediction: Rovers 2-1"). Its game is the one the paragraph previews, due within the
/// week: never the season's end (round 64, x64d).
pub(super) fn pick_line(line: &str, sporting: bool) -> bool {
    let Some(colon) = line.find(':').filter(|_| sporting) else {
        return false;
    };
    let head = line[..colon].to_ascii_lowercase();
    let words: Vec<&str> = head.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 3
        && words.iter().any(|w| {
            matches!(
                *w,
                "pick" | "picks" | "verdict" | "tip" | "bet" | "prediction" | "score"
            )
        })
}

/// Whether a text has a matchup line of a game preview: a short line naming two sides
/// ("Denver (-4) vs. Chicago", "Toronto Raptors (7-4) at Boston Celtics (11-2)", "Green Bay
/// @ Chicago:"), with no sentence's end.
pub(super) fn matchup_line(text: &str) -> bool {
    text.lines().any(|line| {
        let line = line.trim();
        let words = line.split_whitespace().count();
        (3..=12).contains(&words)
            && line.starts_with(|c: char| c.is_uppercase())
            && !line.ends_with(['.', '!', '?'])
            && [" vs. ", " vs ", " v ", " @ ", " at "].iter().any(|sep| {
                line.split_once(sep)
                    .is_some_and(|(_, right)| right.starts_with(|c: char| c.is_uppercase()))
            })
    })
}

/// The day a pick line with no day of its own is due (`pick_line`): the day a game header or
/// a week's picks gave (`game_day`), else the day the article's title or lead names
/// (`lead_day`), else the Sunday of the week it was published in (the publication day
/// itself when that is a Sunday), when most of a week's games are played.
pub(super) fn pick_day(
    game_day: Option<NaiveDate>,
    lead_day: Option<NaiveDate>,
    published: NaiveDate,
) -> Option<NaiveDate> {
    use chrono::Weekday;
    let ahead =
        (7 + Weekday::Sun.num_days_from_monday() - published.weekday().num_days_from_monday()) % 7;
    game_day
        .or(lead_day)
        .or_else(|| published.checked_add_days(chrono::Days::new(u64::from(ahead))))
}

/// Whether a sentence names a game or final whose day only a sports calendar knows ("the
/// Super Bowl", "the NBA Finals", "the World Series", "Game 7"): a forecast on it takes no
/// season's or list's horizon as its deadline, which would be wrong; a time phrase of its
/// own still counts.
pub(super) fn calendar_event(sentence: &str) -> bool {
    let b = sentence.as_bytes();
    // Compared only where a capital could start one of them, in one pass, instead of a
    // substring search per name over every sentence.
    (0..b.len()).any(|i| {
        b[i].is_ascii_uppercase()
            && CALENDAR_EVENTS
                .iter()
                .any(|n| b[i..].starts_with(n.as_bytes()))
    })
}

/// The names `calendar_event` looks for; each opens with an ASCII capital (a test checks).
const CALENDAR_EVENTS: &[&str] = &[
    "Super Bowl",
    "World Series",
    "Stanley Cup",
    "Finals",
    "Grand Final",
    "Final Four",
    "Grand Prix",
    "Game 7",
    "Championship Game",
    "Wimbledon",
    "World Cup final",
];

/// The day a game's header line names ("Saturday, May 4 at 3 p.m. ET", "Thursday, Sept.
/// 5"): a line of its own, of at most ten words, that opens with a weekday or month and
/// whose first time phrase is one day in the coming fortnight; or a key line giving the
/// game's time ("Kickoff: 8:30am ET Saturday", "Date: Sunday, Nov. 3", "Tip-off: 7 p.m.
/// Friday") whose first time phrase after the colon is such a day. The forecasts under it (a
/// preview's picks, its score line included) are due that day.
pub(super) fn header_day(
    s: &super::sentences::Sentence<'_>,
    toks: &[Token<'_>],
    published: NaiveDate,
) -> Option<NaiveDate> {
    let first = toks.first()?;
    let keyed = when_key(s.text);
    if !s.first
        || toks.len() > 10
        || !(keyed.is_some()
            || crate::time::weekday(first.0.as_ref()).is_some()
            || crate::time::month(first.0.as_ref()).is_some())
        || s.text.contains(['.', '!', '?']) && !s.text.contains(" p.m") && !s.text.contains(" a.m")
    {
        return None;
    }
    let found = super::timefind::find_in(s.text, toks, published, crate::time::Tense::Future);
    let p = match keyed {
        Some(colon) => found.iter().find(|f| f.start > colon),
        None => found.first().filter(|f| f.start == first.1),
    }?
    .period?;
    (p.first == p.last && p.last > published && (p.last - published).num_days() <= 14)
        .then_some(p.last)
}

/// The colon of a key line that gives a game's time ("Kickoff:", "Kick-off time:",
/// "Tip-off:", "Puck drop:", "First pitch:", "Date:", "When:"), if `line` is one.
fn when_key(line: &str) -> Option<usize> {
    let colon = line.find(':')?;
    let key = line[..colon].to_ascii_lowercase();
    let words: Vec<&str> = key
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let timed = words.len() <= 3
        && words.iter().enumerate().any(|(k, w)| {
            matches!(
                *w,
                "kickoff" | "kick-off" | "tipoff" | "tip-off" | "puck-drop" | "date" | "when"
            ) || *w == "drop" && k > 0 && words[k - 1] == "puck"
                || *w == "pitch" && k > 0 && words[k - 1] == "first"
                || *w == "off" && k > 0 && matches!(words[k - 1], "kick" | "tip")
        });
    // "Kickoff: 8:30am": the colon of a clock time is no key's.
    (timed && !line[colon + 1..].starts_with(|c: char| c.is_ascii_digit())).then_some(colon)
}

/// How often each of `names` occurs in `text` as a whole word: the matches
/// `text.match_indices(name)` finds (left to right, not overlapping), counted where no
/// letter or digit touches them. One pass over the text for all names, stopping only at
/// bytes that start one; this runs over the whole article.
fn mentions(text: &str, names: &[&str]) -> Vec<usize> {
    let bytes = text.as_bytes();
    // The names by their first byte: those starting with byte `b` are
    // `order[from[b]..from[b + 1]]` (each name counts on its own, so the order is free).
    let mut order: Vec<usize> = (0..names.len()).filter(|&k| !names[k].is_empty()).collect();
    order.sort_by_key(|&k| names[k].as_bytes()[0]);
    let mut from = [0usize; 257];
    for &k in &order {
        from[usize::from(names[k].as_bytes()[0]) + 1] += 1;
    }
    for b in 0..256 {
        from[b + 1] += from[b];
    }
    // Whether some name starts with the byte: one look-up turns most bytes away.
    let mut opens = [false; 256];
    for b in 0..256 {
        opens[b] = from[b] < from[b + 1];
    }
    let mut counts = vec![0; names.len()];
    // Where each name's next match may start (matches do not overlap).
    let mut free = vec![0; names.len()];
    let mut next = 0;
    while let Some(skip) = bytes[next..].iter().position(|&b| opens[usize::from(b)]) {
        let i = next + skip;
        next = i + 1;
        let b = usize::from(bytes[i]);
        for &k in &order[from[b]..from[b + 1]] {
            let name = names[k];
            if i < free[k] || !bytes[i..].starts_with(name.as_bytes()) {
                continue;
            }
            free[k] = i + name.len();
            let before = text[..i].chars().next_back();
            let after = text[i + name.len()..].chars().next();
            if !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric)
            {
                counts[k] += 1;
            }
        }
    }
    counts
}

/// The end of the season a sports article previews ("My NBA picks: MVP ..., Champions ..."):
/// the one league the article names at least twice, beside the word "season" or a
/// predictions list, and the first end of its season after publication. Awards, standings
/// and champions that name no date are decided by then.
pub(super) fn season_end(text: &str, published: NaiveDate) -> Option<NaiveDate> {
    season(text, published).map(|(_, end)| end)
}

/// The end of the regular season of the league `season_end` finds, in the same season
/// (still ahead of publication): the deadline of a forecast of the standings ("Boston wins
/// the division", "a top-3 seed", "finish with a better record"; `standings`), which are
/// settled before the playoffs that decide the title.
#[cfg(test)]
pub(super) fn regular_season_end(text: &str, published: NaiveDate) -> Option<NaiveDate> {
    season_ends(text, published).1
}

/// The habitual last day of the regular season, for a sentence that speaks of it ("to win the
/// NFC North by the end of the regular season"), in any article, a week's picks included:
/// the one league the article names (or marks, "NFC North"), and the first such day after
/// publication (`LEAGUES`). `None` when no single league is named.
pub(super) fn regular_season_named(text: &str, published: NaiveDate) -> Option<NaiveDate> {
    use chrono::Datelike;
    let names: Vec<&str> = LEAGUES
        .iter()
        .flat_map(|l| l.names.iter().chain(l.marks).copied())
        .collect();
    let mut per_name = mentions(text, &names).into_iter();
    let named: Vec<&League> = LEAGUES
        .iter()
        .filter(|l| {
            per_name
                .by_ref()
                .take(l.names.len() + l.marks.len())
                .sum::<usize>()
                > 0
        })
        .collect();
    let [l] = named[..] else {
        return None;
    };
    let (m, d) = l.regular;
    NaiveDate::from_ymd_opt(published.year(), m, d)
        .filter(|x| *x > published)
        .or_else(|| NaiveDate::from_ymd_opt(published.year() + 1, m, d))
}

/// `season_end` and `regular_season_end` from one reading of the article.
pub(super) fn season_ends(
    text: &str,
    published: NaiveDate,
) -> (Option<NaiveDate>, Option<NaiveDate>) {
    use chrono::Datelike;
    let Some((l, end)) = season(text, published) else {
        return (None, None);
    };
    // (No regular season outlasts the whole: Formula 1's is its last race.)
    let regular = NaiveDate::from_ymd_opt(end.year(), l.regular.0, l.regular.1)
        .map(|d| d.min(end))
        .filter(|d| *d > published);
    (Some(end), regular)
}

/// Whether a sentence forecasts a league's standings rather than its playoffs or title: it
/// speaks of a division, a wild card, a seed, a record or the standings, and of no title,
/// final, series or playoff round.
pub(super) fn standings(sentence: &str) -> bool {
    let (table, title) = standings_and_title(sentence);
    table && !title
}

/// Whether a sentence under a heading of the standings ("Atlantic Division") forecasts them:
/// any that names no title, final, series or playoff round ("Cleveland wins the ALDS" under
/// it is a playoff call).
pub(super) fn under_standings(sentence: &str) -> bool {
    !standings_and_title(sentence).1
}

/// Whether a sentence speaks of the standings (a division, a wild card, a seed, a record),
/// and whether of a title, final, series or playoff round.
fn standings_and_title(sentence: &str) -> (bool, bool) {
    let lower = sentence.to_lowercase();
    if playoff_berth(&lower) {
        return (true, false);
    }
    let has = |w: &str| {
        lower.match_indices(w).any(|(i, _)| {
            !lower[..i].ends_with(char::is_alphanumeric)
                && !lower[i + w.len()..].starts_with(char::is_alphanumeric)
        })
    };
    let table = [
        "division",
        "wild card",
        "wild-card",
        "seed",
        "record",
        "standings",
        "playoff spot",
    ]
    .iter()
    .any(|w| has(w));
    let title = [
        "title",
        "champion",
        "champions",
        "championship",
        "final",
        "finals",
        "series",
        "playoffs",
        "round",
        "cup",
        "bowl",
        "alds",
        "alcs",
        "nlds",
        "nlcs",
        "mvp",
    ]
    .iter()
    .any(|w| has(w));
    (table, title)
}

/// The league `season_end` is about and the end of its season.
fn season(text: &str, published: NaiveDate) -> Option<(&'static League, NaiveDate)> {
    use chrono::Datelike;
    // A preview of one week's games ("Week 1 picks"): each game has its own day, which only
    // the league's calendar knows; the season's end would be wrong.
    if weekly(text) {
        return None;
    }
    let names: Vec<&str> = LEAGUES
        .iter()
        .flat_map(|l| l.names.iter().chain(l.marks).copied())
        .collect();
    let per_name = mentions(text, &names);
    let mut per_name = per_name.into_iter();
    let counts: Vec<usize> = LEAGUES
        .iter()
        .map(|l| per_name.by_ref().take(l.names.len() + l.marks.len()).sum())
        .collect();
    let mut named: Vec<usize> = (0..LEAGUES.len()).filter(|&i| counts[i] >= 2).collect();
    // Two leagues named twice each: no one season (and no need to lower-case the article).
    if named.len() > 1 {
        return None;
    }
    let lower = super::case::lowercase(text);
    // A preview may name its league once, in its headline or lead ("NBA Preview: The Finals
    // Favorites", "Premier League kickoff is almost here"): with none named twice, the one
    // league its first three lines name, in an article that previews or predicts.
    if named.is_empty() && (lower.contains("preview") || lower.contains("predict")) {
        let lead: String = text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .take(3)
            .collect::<Vec<_>>()
            .join("\n");
        let in_lead = mentions(&lead, &names);
        let mut in_lead = in_lead.into_iter();
        named = LEAGUES
            .iter()
            .enumerate()
            .filter(|(_, l)| {
                in_lead
                    .by_ref()
                    .take(l.names.len() + l.marks.len())
                    .sum::<usize>()
                    >= 1
            })
            .map(|(i, _)| i)
            .collect();
    }
    let [i] = named[..] else {
        return None;
    };
    if !["season", "predictions", "picks"]
        .iter()
        .any(|w| lower.contains(w))
    {
        return None;
    }
    let l = &LEAGUES[i];
    let y = published.year();
    let this = l.end_in(y)?;
    // A season over New Year previewed after its summer break is the one ending next year.
    let next_season = l.spans_new_year && published.month() > l.month + 1;
    if this >= published && !next_season {
        Some((l, this))
    } else {
        l.end_in(y + 1).map(|d| (l, d))
    }
}

/// The end of the Atlantic hurricane season (November 30) for an article about it: one that
/// speaks of hurricanes at least twice and of the hurricane season or named storms, published
/// from March to November. A seasonal outlook's counts ("seven hurricanes, two of them
/// major", "a one-in-three chance that a storm reaches Florida") are settled when the season
/// closes.
pub(super) fn storm_season_end(text: &str, published: NaiveDate) -> Option<NaiveDate> {
    use chrono::Datelike;
    if !(3..=11).contains(&published.month()) {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    let hurricanes = lower.matches("hurricane").count();
    // Its season by name, not any season ("hurricanes will hurt the holiday season").
    let seasonal = ["hurricane season", "storm season", "named storms"]
        .iter()
        .any(|w| lower.contains(w));
    let end = NaiveDate::from_ymd_opt(published.year(), 11, 30)?;
    (hurricanes >= 2 && seasonal && end > published).then_some(end)
}

/// The end of the Atlantic hurricane season (November 30, its official close, as
/// `time::holidays` reads "hurricane season") for a clause whose season is the storms' own:
/// "The agency expects 14 named storms this season" speaks of named storms, hurricanes or
/// tropical storms (audit 27, item 9). The first such end on or after publication; `None`
/// for any other clause, whose season a league decides (`season_long`).
pub(super) fn storms_season_end(clause: &[Token<'_>], published: NaiveDate) -> Option<NaiveDate> {
    let storms = clause.windows(2).any(|p| {
        matches!(p[0].0.as_ref(), "named" | "tropical")
            && matches!(p[1].0.as_ref(), "storm" | "storms")
    }) || clause
        .iter()
        .any(|t| matches!(t.0.as_ref(), "hurricane" | "hurricanes"));
    if !storms {
        return None;
    }
    NaiveDate::from_ymd_opt(published.year(), 11, 30)
        .filter(|d| *d >= published)
        .or_else(|| NaiveDate::from_ymd_opt(published.year() + 1, 11, 30))
}

/// The end of the South Asian summer monsoon (September 30, the end of the June-September
/// season India's weather office forecasts) for an article about it: one that speaks of the
/// monsoon at least twice, published from February to September. A monsoon outlook's
/// undated calls ("rainfall is most likely to be above normal", "a 32% probability of
/// excess rain") are settled when the season closes.
pub(super) fn monsoon_end(text: &str, published: NaiveDate) -> Option<NaiveDate> {
    use chrono::Datelike;
    if !(2..=9).contains(&published.month()) {
        return None;
    }
    let end = NaiveDate::from_ymd_opt(published.year(), 9, 30)?;
    // "Monsoon" and "monsoon" alike, without lower-casing the article again.
    (end > published && text.matches("onsoon").nth(1).is_some()).then_some(end)
}

/// The end of the coming winter (its equinox, as "this winter" reads) for an article about
/// it: one that speaks of winter at least three times, published from August to February (a
/// winter outlook, a heating season's gas market). A winter outlook's undated calls ("the
/// South will be drier than normal", "a 60% chance of a colder season") are settled when the
/// winter ends. Winter as a name ("Winter Olympics", "Winter Games", "Winter Classic") and a
/// winter storm, which has its own day, do not count. `lower` is the article lower-cased.
pub(super) fn winter_end(lower: &str, published: NaiveDate) -> Option<NaiveDate> {
    use chrono::Datelike;
    if (3..=7).contains(&published.month()) {
        return None;
    }
    let seasonal = lower
        .match_indices("winter")
        .filter(|(i, w)| {
            let after = &lower[i + w.len()..];
            !lower[..*i].ends_with(|c: char| c.is_alphanumeric())
                && !after.starts_with(|c: char| c.is_alphanumeric() && c != 's')
                && ![" olympic", " games", " classic", " storm"]
                    .iter()
                    .any(|n| after.starts_with(n))
        })
        .nth(2)
        .is_some();
    if !seasonal {
        return None;
    }
    crate::time::resolve_phrase_in("this winter", published, crate::time::Tense::Future)
        .map(|p| p.last)
        .filter(|d| *d > published)
}

/// The end of the season of the one league whose title a sentence forecasts ("City win the
/// Premier League", "the Nuggets win the NBA title", "lift the Stanley Cup"): the league's
/// habitual last day (`LEAGUES`), the next one after publication. For forecasts that name no
/// time of their own; a sentence naming two leagues, or a final ("the NBA Finals"), gives
/// nothing.
pub(super) fn title_day(sentence: &str, published: NaiveDate) -> Option<NaiveDate> {
    use chrono::Datelike;
    let has = |n: &str| {
        sentence
            .as_bytes()
            .windows(n.len())
            .any(|w| w.eq_ignore_ascii_case(n.as_bytes()))
    };
    // A final or series named as the event keeps to `calendar_event`: no deadline.
    if calendar_event(sentence) {
        return None;
    }
    let titled = ["win", "title", "champion", "final", "lift", "clinch", "cup"]
        .iter()
        .any(|w| has(w));
    if !titled {
        return None;
    }
    let mut named = LEAGUES
        .iter()
        .filter(|l| l.names.iter().any(|n| has(n) && n.len() > 2));
    let l = named.next()?;
    if named.next().is_some() {
        return None;
    }
    let this = l.end_in(published.year())?;
    if this >= published {
        Some(this)
    } else {
        l.end_in(published.year() + 1)
    }
}

/// The day a results preview is about ("Acme is scheduled to report second-quarter earnings
/// on Thursday", "posts its next set of results this Tuesday, Apr. 8"): named in the
/// article's first three sentences, from publication to two weeks later. Estimates there that
/// name no time ("analysts expect EPS of $1.11") are settled that day.
pub(super) fn report_day(
    sentences: &[super::sentences::Sentence<'_>],
    published: NaiveDate,
) -> Option<NaiveDate> {
    sentences.iter().take(3).find_map(|s| {
        let lower = s.text.to_lowercase();
        let results = ["earnings", "results", "quarterly report"]
            .iter()
            .any(|w| lower.contains(w));
        // "Wall Street is anticipating robust results from Acme on Wednesday": results
        // awaited on a day are reported that day.
        let reports = [
            "report",
            "announce",
            "unveil",
            "release",
            "post",
            "publish",
            "expect",
            "anticipat",
        ]
        .iter()
        .any(|w| lower.contains(w));
        if !(results && reports) {
            return None;
        }
        // "Acme today announced positive results", "posted results on Monday": results
        // already out are no preview's day; the undated forecasts of a release reporting
        // them state no time (DESIGN.md: no time phrase, no deadline).
        let toks = super::hedges::tokens(s.text);
        timefind::find_in(s.text, &toks, published, crate::time::Tense::Future)
            .into_iter()
            .filter(|f| !timefind::past_at_in(s.text, &toks, f.start))
            .filter_map(|f| f.period)
            .map(|p| p.last)
            .find(|d| *d >= published && (*d - published).num_days() <= 14)
    })
}

/// Words that open a capitalized run without naming a company: a sentence's opening
/// function word and the words of results themselves (weekdays and months: `names_a_day`).
const NOT_A_NAME: &[&str] = &[
    "The",
    "This",
    "These",
    "That",
    "Those",
    "In",
    "On",
    "At",
    "For",
    "And",
    "But",
    "Also",
    "It",
    "Its",
    "Their",
    "They",
    "Analysts",
    "Results",
    "Shares",
    "Expectations",
    "Earnings",
    "Profit",
    "Revenue",
    "Revenues",
    "Sales",
    "Wall",
    "Street",
    "U.S.",
    "CEO",
    "EPS",
    "A",
    "An",
    "As",
    "If",
    "With",
    "While",
    "Meanwhile",
    "However",
    "Still",
    "Both",
    "Each",
    "He",
    "She",
    "We",
    "According",
    "Net",
    "Investors",
    "Adjusted",
    "Gross",
    "Operating",
    "Overall",
    "Total",
    "Last",
    "Next",
    "Full-year",
];

/// Whether a capitalized word is a weekday or a month (in full or abbreviated: "Sept"),
/// which opens a run of capitals without naming a company.
fn names_a_day(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    crate::time::weekday(&lower).is_some() || crate::time::month(&lower).is_some()
}

/// A word stripped of punctuation and a possessive ("Abbott's" is "Abbott").
fn bare_word(w: &str) -> &str {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&');
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("\u{2019}s"))
        .unwrap_or(w)
}

/// The first words of the names of companies in `text` before byte `upto` ("Abbott
/// Laboratories and Johnson & Johnson are to report": "Abbott", "Johnson"), in order: runs
/// of capitalized words (an "&" inside one), each run's first word that is no
/// `NOT_A_NAME`.
fn company_keys(text: &str, upto: usize) -> Vec<&str> {
    let mut keys = Vec::new();
    let mut in_run = false;
    for w in text[..upto.min(text.len())].split_whitespace() {
        let word = bare_word(w);
        let capital = word.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && word.chars().any(|c| c.is_ascii_lowercase());
        if word == "&" && in_run {
            continue;
        }
        if capital && !NOT_A_NAME.contains(&word) && !names_a_day(word) {
            if !in_run && word.len() >= 3 {
                keys.push(word);
            }
            in_run = true;
        } else {
            in_run = capital;
        }
        // A run ends at a comma ("Acme, Beta and Gamma").
        if w.ends_with(',') {
            in_run = false;
        }
    }
    keys
}

/// Each company's own results day in an earnings-week article ("Abbott Laboratories and
/// Johnson & Johnson are expected to release results on Thursday and Tuesday
/// respectively", "Acme reports its results on Wednesday"): a sentence speaking of results
/// or earnings that names single days from publication to a week later gives them to the
/// companies it names before the first day, one day to all of them, or in order with
/// "respectively". The calls about a company that name no time are settled on its day, not
/// on the week's end the article's title gives (`company_day`).
pub(super) fn company_days<'a>(
    sentences: &[super::sentences::Sentence<'a>],
    published: NaiveDate,
) -> Vec<(&'a str, NaiveDate)> {
    let mut out = Vec::new();
    for s in sentences {
        let lower = s.text.to_ascii_lowercase();
        if !["results", "earnings"].iter().any(|w| lower.contains(w))
            || !["report", "release", "post", "announce", "publish"]
                .iter()
                .any(|w| lower.contains(w))
        {
            continue;
        }
        let toks = super::hedges::tokens(s.text);
        let found = timefind::find_in(s.text, &toks, published, crate::time::Tense::Future);
        let days: Vec<(usize, NaiveDate)> = usable(s.text, &toks, found)
            .into_iter()
            .filter(|f| !past_at_in(s.text, &toks, f.start))
            .filter_map(|f| {
                let p = f.period?;
                (p.first == p.last && p.last >= published && (p.last - published).num_days() <= 7)
                    .then_some((f.start, p.last))
            })
            .collect();
        let Some(&(first, _)) = days.first() else {
            continue;
        };
        let keys = company_keys(s.text, first);
        if days.len() == 1 {
            out.extend(keys.into_iter().map(|k| (k, days[0].1)));
        } else if lower.contains("respectively") && keys.len() == days.len() {
            out.extend(keys.into_iter().zip(days.iter().map(|d| d.1)));
        }
    }
    out
}

/// The results day of the one company `sentence` names among `days` (`company_days`, each
/// name with the first day given for it); a sentence naming companies of different days has
/// none.
pub(super) fn company_day(
    sentence: &str,
    days: &rustc_hash::FxHashMap<&str, NaiveDate>,
) -> Option<NaiveDate> {
    let named: Vec<NaiveDate> = sentence
        .split_whitespace()
        .map(bare_word)
        .filter_map(|w| days.get(w).copied())
        .collect();
    let first = *named.first()?;
    named.iter().all(|d| *d == first).then_some(first)
}

/// Whether a lower-cased sentence refers back to a company by a common noun after "the"
/// ("The drugmaker is also expected to ...", "the pharmaceutical firm", "the software
/// giant"): it speaks of the company the sentence before named.
pub(super) fn refers_back(lower: &str) -> bool {
    const NOUNS: &[&str] = &[
        "company",
        "firm",
        "drugmaker",
        "maker",
        "giant",
        "group",
        "conglomerate",
        "contractor",
        "retailer",
        "bank",
        "lender",
        "carrier",
        "chipmaker",
        "automaker",
        "insurer",
        "producer",
        "manufacturer",
        "airline",
        "business",
        "corporation",
    ];
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        *w == "the"
            && words[i + 1..]
                .iter()
                .take(3)
                .any(|n| NOUNS.contains(n) || n.ends_with("maker"))
    })
}

/// Whether `sentence` names someone by a capitalized word ("Analysts expect Lockheed to
/// ...", "Oracle is seen posting ..."): a sentence that does not ("The drugmaker is also
/// expected to post ...") goes on about the company of the sentence before it.
pub(super) fn names_anyone(sentence: &str) -> bool {
    sentence.split_whitespace().map(bare_word).any(|w| {
        w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && w.chars().any(|c| c.is_ascii_lowercase())
            && !NOT_A_NAME.contains(&w)
    })
}

/// The review note of a phrase among the article's first three sentences that names a
/// weekday that is not its date's ("after the bell on Thursday, October 23" in a year where
/// the 23rd is a Friday), when the day the article's calls take (`report_day`, `lead_day`) is
/// that date or the week around it (a title's bare "on Thursday" is the 22nd): the calls that
/// take their day from that lead carry the note, as a call naming the phrase itself does.
pub(super) fn lead_weekday_note(
    sentences: &[super::sentences::Sentence<'_>],
    published: NaiveDate,
    day: NaiveDate,
) -> Option<String> {
    sentences.iter().take(3).find_map(|s| {
        timefind::find(s.text, published, crate::time::Tense::Future)
            .iter()
            .filter(|f| {
                f.period
                    .is_some_and(|p| (p.last - day).num_days().abs() <= 6)
            })
            .find_map(|f| timefind::review_note(f).filter(|n| n.contains("names a weekday")))
    })
}

/// The day of the rate decision a central-bank preview is about ("some economists doubt the
/// Bank will act on Thursday", "the Fed meets on Wednesday"): in an article naming a central
/// bank, a sentence among the first three that speaks of rates, a meeting, a vote or the bank
/// acting and names one day from publication to two weeks later, or else the meeting's week
/// ("will cut rates next week": to its Sunday). The undated calls around it ("the Bank is
/// expected to downgrade its estimates", "members likely to vote for a rise") are settled
/// then.
pub(super) fn decision_day(
    text: &str,
    sentences: &[super::sentences::Sentence<'_>],
    published: NaiveDate,
) -> Option<NaiveDate> {
    const BANKS: &[&str] = &[
        "central bank",
        "Federal Reserve",
        "Bank of England",
        "ECB",
        "Fed",
        "Reserve Bank",
        "Bank of Japan",
        "Bank of Canada",
    ];
    if !mentions(text, BANKS).iter().any(|&n| n > 0) {
        return None;
    }
    sentences.iter().take(3).find_map(|s| {
        let toks = super::hedges::tokens(s.text);
        let decides = toks.iter().any(|t| {
            matches!(
                t.0.as_ref(),
                "rate"
                    | "rates"
                    | "meeting"
                    | "meets"
                    | "decision"
                    | "act"
                    | "vote"
                    | "hike"
                    | "cut"
            )
        });
        if !decides {
            return None;
        }
        let found = timefind::find_in(s.text, &toks, published, crate::time::Tense::Future);
        let periods: Vec<crate::time::Period> = usable(s.text, &toks, found)
            .into_iter()
            .filter_map(|f| f.period)
            .filter(|p| p.last >= published && (p.last - published).num_days() <= 14)
            .collect();
        // A day first; else the week of the meeting ("cut rates next week"), to its end.
        periods
            .iter()
            .find(|p| p.first == p.last)
            .or_else(|| {
                periods
                    .iter()
                    .find(|p| p.granularity == crate::time::Granularity::Week)
            })
            .map(|p| p.last)
    })
}

/// The day a preview is about, whatever its subject ("Our picks for Sunday's derby", "the
/// launch is set for Monday", "voters go to the polls on Thursday"): the first single day the
/// article's title or lead (its first three sentences) names, not in a clause about the past,
/// from the day of publication to three days later (a preview comes out just before its
/// event). A dateline ("Tuesday, March 2, 2027") is no event: the day must stand in a
/// sentence that looks ahead or after "on", "for", "this", "until" or "before"; nor is the
/// earliest day ("could act as early as Tuesday", "as soon as Thursday"). The undated
/// calls of such an article are settled that day, after the subject-specific days
/// (`report_day`, `decision_day`, the season, the election) have had their say.
pub(super) fn lead_day(
    sentences: &[super::sentences::Sentence<'_>],
    published: NaiveDate,
) -> Option<NaiveDate> {
    sentences.iter().take(3).find_map(|s| {
        let toks = super::hedges::tokens(s.text);
        let ahead = timefind::sentence_tense(s.text) == crate::time::Tense::Future;
        let found = timefind::find_in(s.text, &toks, published, crate::time::Tense::Future);
        usable(s.text, &toks, found).into_iter().find_map(|f| {
            let p = f.period?;
            // A dateline ("Tuesday, March 25, 2014", "Written by | Nov 11, 2014") names the
            // day of publication, not an event: the day must be in a sentence that looks
            // ahead, or be the object of "on", "for", "this", "by" or "until".
            let before = toks.iter().rev().find(|t| t.2 <= f.start);
            let governed = before.is_some_and(|t| {
                matches!(t.0.as_ref(), "on" | "for" | "this" | "until" | "before")
            });
            // "could act as early as Tuesday", "as soon as Thursday": the earliest day, not
            // the one the article is about.
            let head = s.text[..f.start].trim_end().to_ascii_lowercase();
            let earliest = ["as early as", "as soon as"]
                .iter()
                .any(|w| head.ends_with(w) || f.text.to_ascii_lowercase().starts_with(w));
            (p.first == p.last
                && p.last >= published
                && (p.last - published).num_days() <= 3
                // A sentence that does not look ahead and names the publication day itself
                // reports it ("Talks broke down on Monday"): no event the article awaits; nor
                // does a clause whose verb before that day is past ("Talks broke down on
                // Monday, making a walkout next week all but certain").
                && (ahead || (governed && p.last > published))
                && !(p.last == published && past_before(s.text, f.start))
                && !earliest
                && !past_at_in(s.text, &toks, f.start))
            .then_some(p.last)
        })
    })
}

/// Whether the clause before byte `at` of `sentence` (from its last comma) holds a verb in
/// the past: an irregular past, a few more common in news ("broke", "spoke"), or "-ed".
fn past_before(sentence: &str, at: usize) -> bool {
    let head = &sentence[..at];
    let clause = head.rsplit_once(',').map_or(head, |(_, c)| c);
    clause.split_whitespace().any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_ascii_alphanumeric())
            .to_ascii_lowercase();
        super::timefind::IRREGULAR_PAST_SET.contains(w.as_str())
            || matches!(
                w.as_str(),
                "broke" | "spoke" | "fought" | "sent" | "built" | "quit"
            )
            || (w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed"))
    })
}

/// The last day of the weekend a box-office preview is about: an article speaking of the box
/// office whose first weekend phrase ahead ("This weekend, however, sees three new
/// releases") ends within a week of publication. Its undated calls ("will debut with $35
/// million on its opening weekend", "a tight race for the two spot") are settled by that
/// weekend's grosses, counted to its Sunday.
pub(super) fn box_office_weekend(
    text: &str,
    sentences: &[super::sentences::Sentence<'_>],
    published: NaiveDate,
) -> Option<NaiveDate> {
    if !text.to_ascii_lowercase().contains("box office") {
        return None;
    }
    // The article must be about that weekend: its title or lead (first three sentences) speaks
    // of the box office or names the weekend. An Oscars piece whose last paragraph mentions an
    // opening "this weekend" is not settled by it (audit 28, E3).
    let lead = |s: &super::sentences::Sentence<'_>| {
        let l = s.text.to_ascii_lowercase();
        l.contains("box office") || l.contains("box-office") || l.contains("weekend")
    };
    if !sentences.iter().take(3).any(lead) {
        return None;
    }
    sentences
        .iter()
        .filter(|s| s.text.to_ascii_lowercase().contains("weekend"))
        .find_map(|s| {
            let toks = super::hedges::tokens(s.text);
            let found = timefind::find_in(s.text, &toks, published, crate::time::Tense::Future);
            usable(s.text, &toks, found).into_iter().find_map(|f| {
                let p = f.period?;
                (f.text.to_ascii_lowercase().ends_with("weekend")
                    && p.last >= published
                    && (p.last - published).num_days() <= 7)
                    .then_some(p.last)
            })
        })
}

/// The day an article is about (`days`: its results or decision day) that falls in the week
/// `week` a clause names ("will beat estimates this week" in a preview of Wednesday's
/// results): the clause is settled that day, not on the week's Sunday. Only a day still
/// ahead of publication.
pub(super) fn day_in_week(
    week: crate::time::Period,
    days: [Option<NaiveDate>; 2],
    published: NaiveDate,
) -> Option<NaiveDate> {
    days.into_iter()
        .flatten()
        .find(|d| *d >= week.first && *d <= week.last && *d >= published)
}

/// The time a sentence that names none takes from the sentence just before it in the same
/// paragraph (`adjacent`, that sentence's text): its latest phrase ahead (`previous`), as in
/// "Analysts expect the index to rise in March. They see the core rate up 0.2%." Not a month
/// whose year was rolled forward ("prices rose in August", read as next August): a phrase
/// that is most likely past sets no time for the sentence after it; nor a possessive ("this
/// year's phones will have ...", "this month's report"), which dates a thing, not an event;
/// nor an earliest day ("could act as soon as Friday"), which is not the event's. The caller
/// gives it only to a clause with no time phrase, no condition and no "eventually", when the
/// article gives no day.
pub(super) fn carried_from_before(
    previous: &Option<(String, crate::time::Period)>,
    adjacent: Option<&str>,
) -> Option<NaiveDate> {
    let (text, p) = previous.as_ref()?;
    let before = adjacent?;
    // "The board could act as soon as Friday.": the earliest day, not the event's.
    let head = before
        .rfind(text.as_str())
        .map_or("", |at| before[..at].trim_end())
        .to_ascii_lowercase();
    let lower = text.to_ascii_lowercase();
    let earliest = ["as early as", "as soon as"]
        .iter()
        .any(|w| head.ends_with(w) || lower.starts_with(w));
    (!p.rolled_forward && !earliest && !text.ends_with("'s") && !text.ends_with("\u{2019}s"))
        .then_some(p.last)
}

/// Whether a clause forecasts an outcome a whole season decides: "this season", "the
/// title", "promotion", "relegation", "the league" ("Wrexham are 8/1 to win promotion this
/// season", "For the title, Arsenal are 5/2"). Such a clause never takes the day of the match
/// an article previews: it is settled when the season ends (the league's, if the article
/// names one), or the reviewer gives the day (audit 24, E3).
pub(super) fn season_long(clause: &[Token<'_>]) -> bool {
    clause.windows(2).any(|p| {
        matches!(p[0].0.as_ref(), "this" | "the" | "next")
            && matches!(
                p[1].0.as_ref(),
                "season" | "title" | "league" | "championship" | "pennant"
            )
    }) || clause.iter().any(|t| {
        matches!(
            t.0.as_ref(),
            "promotion" | "relegation" | "relegated" | "promoted"
        )
    })
}

/// Whether a clause forecasts a stance held on rather than a decision ("the Bank will remain
/// tolerant", "keep a steady path", "the board will keep waiting"): no decision day settles
/// it.
pub(super) fn held_on(clause: &[Token<'_>]) -> bool {
    clause.iter().any(|t| {
        matches!(
            t.0.as_ref(),
            "remain" | "remains" | "keep" | "keeps" | "stay" | "stays" | "continue" | "continues"
        )
    })
}

/// The year an article's headline forecasts ("Bank predicts a 5% rise in house prices in
/// 2027"): the deadline of the article's forecasts that name no time of their own. Only a
/// whole year, this one or the next, in a first line that itself reads as a forecast.
pub(super) fn headline_year(
    sentences: &[super::sentences::Sentence<'_>],
    published: NaiveDate,
) -> Option<NaiveDate> {
    use chrono::Datelike;
    let first = sentences.first()?;
    super::hedges::Lexicon::embedded().read(first.text)?;
    // "Unlikely to balance until next year" says nothing of the year's end.
    let toks = super::hedges::tokens(first.text);
    let found = timefind::find_in(first.text, &toks, published, crate::time::Tense::Future);
    usable(first.text, &toks, found)
        .into_iter()
        .filter(|f| !negated_until(first.text, f))
        .filter(|f| edition(first.text, f).is_none())
        .filter_map(|f| f.period)
        .find(|p| {
            p.granularity == crate::time::Granularity::Year
                && p.first.month() == 1
                && p.last > published
                && p.last.year() <= published.year() + 1
        })
        .map(|p| p.last)
}

/// The event a headline names by its year ("Oscars 2027: our predictions", "2027 World Cup
/// final", "Election 2028 forecast"): the name and the year, when the year `f` is a bare
/// number joined to a capitalized word that is a name, not a preposition, pronoun or the
/// title's own noun of forecasting. Such a year is the event's edition, not a time its
/// forecasts are due: an annual event's day is not known from it (issue 13: an event with no
/// date in the text gives no deadline).
pub(super) fn edition(sentence: &str, f: &Found) -> Option<String> {
    /// Words that stand beside a year without naming an event: prepositions, determiners and
    /// question words (closed classes of English), and the nouns a predictions piece titles
    /// itself with ("2027 predictions", "Outlook 2027"), read in the titles of the realnews
    /// rounds.
    const NOT_NAMES: &[&str] = &[
        "in",
        "for",
        "by",
        "until",
        "till",
        "through",
        "of",
        "from",
        "to",
        "during",
        "before",
        "after",
        "beyond",
        "since",
        "into",
        "and",
        "or",
        "the",
        "a",
        "an",
        "our",
        "my",
        "your",
        "this",
        "what",
        "how",
        "why",
        "where",
        "who",
        "when",
        "will",
        "predictions",
        "prediction",
        "forecast",
        "forecasts",
        "outlook",
        "preview",
        "picks",
        "calls",
        "expectations",
        "guide",
    ];
    if !f.text.trim().chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let name = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.len() >= 3
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && !NOT_NAMES.contains(&w.to_ascii_lowercase().as_str())
    };
    let before = sentence[..f.start].trim_end();
    let after = sentence[f.end..].trim_start();
    // Only a space joins them: "Oscars 2027", "2027 Oscars", not "Rents, 2027" or "2027: X".
    let prev = (before.len() < sentence[..f.start].len())
        .then(|| before.rsplit(' ').next())
        .flatten()
        .filter(|w| name(w) && w.ends_with(|c: char| c.is_alphanumeric()));
    let next = (after.len() < sentence[f.end..].len())
        .then(|| after.split(' ').next())
        .flatten()
        .filter(|w| name(w) && w.starts_with(|c: char| c.is_alphanumeric()));
    match (prev, next) {
        (Some(p), _) => Some(format!("{p} {}", f.text.trim())),
        (None, Some(_)) => {
            let run: Vec<&str> = after
                .split(' ')
                .take_while(|w| name(w))
                .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
                .collect();
            Some(format!("{} {}", f.text.trim(), run.join(" ")))
        }
        (None, None) => None,
    }
}

/// "My predictions about the next year", "the year ahead", "the coming year" written in
/// January: the calendar year just begun, whose end the list is scored at (a predictions post
/// of 6 January 2019 titled "2019 Predictions" says "my 95 predictions about the next year").
/// Later in the year the phrase keeps its reading.
pub(super) fn year_ahead_in_january(phrase: &str, published: NaiveDate) -> Option<NaiveDate> {
    let p = phrase.trim().to_ascii_lowercase();
    let year_ahead = matches!(
        p.as_str(),
        "the next year" | "the coming year" | "the year ahead" | "the new year"
    );
    (year_ahead && published.month() == 1)
        .then(|| NaiveDate::from_ymd_opt(published.year(), 12, 31))
        .flatten()
}

/// Whether a time phrase names the current year without its number ("this year", "the year",
/// "by the end of the year", "year-end", "later this year"): relative to the year a list's
/// heading names, not to the publication date, when the heading names one.
fn names_the_year_unnumbered(phrase: &str) -> bool {
    let lower = phrase.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    !lower.contains(|c: char| c.is_ascii_digit())
        && words
            .iter()
            .any(|w| matches!(*w, "year" | "yearend" | "year's" | "years'"))
        && !words.iter().any(|w| {
            matches!(
                *w,
                "next"
                    | "last"
                    | "coming"
                    | "ahead"
                    | "following"
                    | "past"
                    | "previous"
                    | "within"
                    | "a"
                    | "one"
                    | "new"
                    | "fiscal"
                    | "financial"
                    | "school"
                    | "academic"
            )
        })
}

/// An item under a heading that names a year ("My predictions for 2027", posted 2026-12-20):
/// its "this year", "the year" or "by the end of the year" is that year, not the publication's
/// (`Inflation ends the year below 3%` is due 2027-12-31), when that is the year after the
/// publication's (a list for the coming year). Another phrase read from the publication date
/// that ends outside the heading's year ("in December", "next year" in a list for the year
/// just begun, "this year" in a list about 2035) may mean either: it keeps its reading and is
/// flagged.
/// `horizon` is the section's frame (a year's last day when the heading names a year).
pub(super) fn under_year_heading(
    f: &Found,
    deadline: NaiveDate,
    horizon: NaiveDate,
    published: NaiveDate,
    review: &mut Vec<String>,
) -> NaiveDate {
    let year = horizon.year();
    let Some(p) = f.period else {
        return deadline;
    };
    // Only a heading naming a whole year, a phrase giving its own day, and no number in it
    // ("by the end of 2028" says its year itself).
    if horizon.month() != 12
        || horizon.day() != 31
        || f.anaphor
        || p.last != deadline
        || f.text.contains(|c: char| c.is_ascii_digit())
        || deadline.year() == year
    {
        return deadline;
    }
    let shifted = |d: NaiveDate| {
        d.with_year(year)
            .or_else(|| NaiveDate::from_ymd_opt(year, d.month(), 28))
    };
    if names_the_year_unnumbered(&f.text)
        && deadline.year() == published.year()
        && year == published.year() + 1
    {
        if let Some(d) = shifted(deadline) {
            return d;
        }
    }
    review.push(format!(
        "the predictions list is for {year} (its heading or opener), but \"{}\" read from the publication date ends {deadline}; check which year is meant",
        f.text
    ));
    deadline
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract;
    use crate::time::Tense;

    #[test]
    fn calendar_events_open_with_a_capital_and_are_found_anywhere() {
        assert!(CALENDAR_EVENTS
            .iter()
            .all(|n| n.as_bytes()[0].is_ascii_uppercase()));
        for n in CALENDAR_EVENTS {
            assert!(calendar_event(&format!("Before the {n}, fans.")), "{n}");
            assert!(calendar_event(n), "{n}");
            assert!(!calendar_event(&n.to_lowercase()), "{n}");
        }
        assert!(!calendar_event("The final four teams"));
    }

    /// Audit 27, finding 4: a closing tag with its verb first, then the speaker's title or
    /// where it was said, keeps the sentence's own time; the holder is the name.
    #[test]
    fn an_inverted_tag_with_a_title_or_a_place_keeps_the_time() {
        let published = NaiveDate::from_ymd_opt(2026, 11, 15).unwrap();
        let june = NaiveDate::from_ymd_opt(2027, 6, 30);
        for text in [
            "Rates will fall by June, said Jane Roe, chief economist at Acme.",
            "Rates will fall by June, predicted Jane Roe, chief economist at Acme.",
            "Rates will fall by June, wrote Jane Roe in a note to clients.",
            "Rates will fall by June, said Jane Roe in an interview.",
        ] {
            let c = extract::extract(text, published);
            assert_eq!(
                c.iter()
                    .map(|c| (c.claim.as_str(), c.deadline, c.attributed_to.as_deref()))
                    .collect::<Vec<_>>(),
                vec![("Rates will fall by June", june, Some("Jane Roe"))],
                "{text}"
            );
        }
    }

    /// A bare month just past ("in November", written on 8 January) gives no deadline, and
    /// the review says the month has just passed and which year was assumed, never "no time
    /// phrase" (audit 25, fault 5; sentences we wrote).
    #[test]
    fn a_month_just_past_is_named_in_the_review() {
        let published = NaiveDate::from_ymd_opt(2027, 1, 8).unwrap();
        let found = extract::extract("Officials expect the levy to pass in November.", published);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].deadline, None);
        assert!(
            !found[0]
                .review
                .iter()
                .any(|r| r.starts_with("no time phrase")),
            "{:?}",
            found[0].review
        );
        assert!(
            found[0].review.contains(
                &"\"in November\" names a month that has just passed: read as the one ending 2026-11-30 (2026 assumed), so no deadline; if the next one (ending 2027-11-30) is meant, give it when saving"
                    .to_string()
            ),
            "{:?}",
            found[0].review
        );
        // "by November" looks ahead: next November, flagged as rolled forward, no such note.
        let found = extract::extract("Officials expect the levy to pass by November.", published);
        assert_eq!(found[0].deadline, NaiveDate::from_ymd_opt(2027, 11, 30));
        assert!(!found[0]
            .review
            .iter()
            .any(|r| r.contains("has just passed")));
        assert_eq!(
            just_passed_note("Sales rose 3% in the summer.", published),
            None
        );
    }

    /// Under a heading naming a year, "this year" and "the year" are that year; another
    /// phrase ending outside it keeps its reading from the publication date and is flagged
    /// (audit 25, fault 1; sentences we wrote).
    #[test]
    fn the_year_under_a_heading_naming_one_is_the_headings() {
        let read = |t: &str, published: &str| {
            extract::extract(t, published.parse().unwrap())
                .into_iter()
                .map(|c| {
                    let flagged = c
                        .review
                        .iter()
                        .any(|r| r.starts_with("the predictions list is for"));
                    (c.deadline.map(|x| x.to_string()), flagged)
                })
                .collect::<Vec<_>>()
        };
        let list = "# My predictions for 2027\n\n1. Rents end the year lower. 60%\n\
                    2. The port reopens this year. 70%\n3. The port reopens in December. 50%\n\
                    4. Rents fall next year. 40%\n5. Rents fall by the end of 2029. 30%\n";
        let day = |s: &str| (Some(s.to_string()), false);
        let flagged = |s: &str| (Some(s.to_string()), true);
        assert_eq!(
            read(list, "2026-12-20"),
            vec![
                day("2027-12-31"),
                day("2027-12-31"),
                // December 2026 or 2027: either may be meant.
                flagged("2026-12-31"),
                day("2027-12-31"),
                day("2029-12-31"),
            ]
        );
        // Written in the year it names: "next year" is 2028, beside a heading of 2027.
        assert_eq!(
            read(list, "2027-01-05"),
            vec![
                day("2027-12-31"),
                day("2027-12-31"),
                day("2027-12-31"),
                flagged("2028-12-31"),
                day("2029-12-31"),
            ]
        );
        assert!(names_the_year_unnumbered("by the end of the year"));
        assert!(names_the_year_unnumbered("by year's end"));
        assert!(!names_the_year_unnumbered("next year"));
        assert!(!names_the_year_unnumbered("within a year"));
        assert!(!names_the_year_unnumbered("the fiscal year"));
        assert!(!names_the_year_unnumbered("in 2027"));
    }

    /// An event with no date of its own dated by the month right after it ("before the next
    /// G7 summit in June", "before the vote in November") ends with that month (audit 17
    /// A13; sentences we wrote).
    #[test]
    fn an_undated_event_in_a_month_ends_with_the_month() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 3).unwrap();
        let read = |t: &str| {
            extract::extract(t, d)
                .into_iter()
                .map(|c| (c.deadline.map(|x| x.to_string()), c.deadline_phrase))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            read(
                "Adams expects a trade deal to be on the table before the next G7 summit in June."
            ),
            vec![(Some("2026-06-30".to_string()), Some("in June".to_string()))]
        );
        assert_eq!(
            read("The party will probably split before the vote in November."),
            vec![(
                Some("2026-11-30".to_string()),
                Some("in November".to_string())
            )]
        );
        // Without a month the phrase still has no date.
        assert_eq!(
            read("The party will probably split before the next summit."),
            vec![(None, Some("before the next summit".to_string()))]
        );
    }

    /// The deadline `extract` gives the first candidate whose claim starts with a prefix
    /// (`None` when no claim does), for the tests of context deadlines.
    fn deadlines_by_claim(
        text: &str,
        published: NaiveDate,
    ) -> impl Fn(&str) -> Option<Option<NaiveDate>> {
        let got: Vec<(String, Option<NaiveDate>)> = extract::extract(text, published)
            .into_iter()
            .map(|c| (c.claim, c.deadline))
            .collect();
        move |claim: &str| {
            got.iter()
                .find(|(c, _)| c.starts_with(claim))
                .map(|(_, d)| *d)
        }
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// The time phrases `usable` keeps in `s`, read on `published` as the extractor reads
    /// them (forward-looking).
    fn usable_at(s: &str, published: &str) -> Vec<timefind::Found> {
        let toks = crate::extract::hedges::tokens(s);
        let found = timefind::find_in(s, &toks, d(published), Tense::Future);
        usable(s, &toks, found)
    }

    /// The texts of `usable_at`'s phrases.
    fn kept_at(s: &str, published: &str) -> Vec<String> {
        usable_at(s, published)
            .into_iter()
            .map(|f| f.text)
            .collect()
    }

    /// A month named without a year that ended weeks before publication and names the
    /// figures of a noun after it ("the November jobs report", "October's CPI") is the month
    /// whose figures are awaited, not the same month a year later: no deadline eleven months
    /// off (issue 13, X26); a month ahead, or one an event falls in, keeps its date.
    #[test]
    fn a_month_just_ended_naming_its_figures_dates_nothing() {
        let dated = |s: &str| -> Vec<(String, Option<NaiveDate>)> {
            usable_at(s, "2026-12-07")
                .into_iter()
                .map(|f| (f.text, f.period.map(|p| p.last)))
                .collect()
        };
        assert_eq!(
            dated("Economists expect the November jobs report to show slower hiring."),
            vec![]
        );
        assert_eq!(
            dated("The October CPI will probably show prices cooled, analysts say."),
            vec![]
        );
        assert_eq!(
            dated("November's payrolls are likely to disappoint."),
            vec![]
        );
        // An event in that month, a year ahead, keeps the month.
        assert_eq!(
            dated("Two more cuts will follow in June and November."),
            vec![
                ("in June".to_string(), Some(d("2027-06-30"))),
                ("November".to_string(), Some(d("2027-11-30")))
            ]
        );
        // A month ahead is no month just ended.
        assert_eq!(
            dated("The February budget vote will be close."),
            vec![("The February".to_string(), Some(d("2027-02-28")))]
        );
    }

    /// A month, quarter or season that ended weeks before publication is the one just past
    /// when its own clause is in the past (a perfect included) or when it is a bare month or
    /// quarter ("in November" written in December), never next year's; a deadline's "by",
    /// "end of", a season in a future clause, a year after it and a sequence going on from a
    /// month ahead still look ahead (issue 13, X35: held-out's far-late rolled months).
    #[test]
    fn a_period_just_ended_is_the_one_past_unless_its_words_look_ahead() {
        let dated = |s: &str, published: &str| -> Vec<(String, Option<NaiveDate>)> {
            usable_at(s, published)
                .into_iter()
                .map(|f| (f.text, f.period.map(|p| p.last)))
                .collect()
        };
        let none: Vec<(String, Option<NaiveDate>)> = vec![];
        // Past clauses, a participle after a number and a perfect among them.
        assert_eq!(
            dated(
                "Hiring likely slowed in November as the strike dragged on.",
                "2026-12-07"
            ),
            none
        );
        assert_eq!(
            dated(
                "The 180,000 jobs added in November will be revised up.",
                "2026-12-07"
            ),
            none
        );
        assert_eq!(
            dated(
                "Harvests are thought to have shrunk in the autumn.",
                "2026-12-28"
            ),
            none
        );
        // A bare month or quarter just ended, whatever the tense.
        assert_eq!(
            dated(
                "Store sales will rise 3% in November, the group predicts.",
                "2026-12-07"
            ),
            none
        );
        assert_eq!(
            dated("Profits probably grew in the third quarter.", "2026-11-02"),
            none
        );
        // Words that look ahead.
        assert_eq!(
            dated("The merger will close by November.", "2026-12-07"),
            vec![("by November".to_string(), Some(d("2027-11-30")))]
        );
        assert_eq!(
            dated(
                "Sometime in the autumn, the inquiry will end.",
                "2026-12-28"
            ),
            vec![("Sometime in the autumn".to_string(), Some(d("2027-12-22")))]
        );
        assert_eq!(
            dated(
                "Turnout will be higher in November, 2027 than now.",
                "2026-12-07"
            ),
            vec![
                ("in November".to_string(), Some(d("2027-11-30"))),
                ("2027".to_string(), Some(d("2027-12-31")))
            ]
        );
        // An attributive participle after a possessive is no past clause.
        assert_eq!(
            dated(
                "The board's self-imposed end-of-November deadline may slip.",
                "2026-12-07"
            ),
            vec![(
                "end-of-November deadline".to_string(),
                Some(d("2027-11-30"))
            )]
        );
    }

    /// "for November" written in early December names the month the data describe, not a
    /// time ahead; "by November" stays (audit 17 A11).
    #[test]
    fn a_month_just_ended_after_for_is_the_datas_month() {
        assert_eq!(
            kept_at(
                "Factory orders for November are forecast to rise 1%.",
                "2026-12-07"
            ),
            Vec::<String>::new()
        );
        assert_eq!(
            kept_at("Factory orders will rise by November.", "2026-12-07"),
            vec!["by November".to_string()]
        );
    }

    /// A forecast with no time phrase continues the time of the sentence just before it in
    /// its paragraph; not across a paragraph break, not from a month just past (read as next
    /// year's), not from a possessive, and not into a clause with its own condition.
    #[test]
    fn a_sentence_without_a_time_continues_the_one_before() {
        let published = d("2030-02-10");
        let carried =
            "Analysts expect the port to reopen by June. They expect freight rates to rise 4%.";
        assert_eq!(
            deadlines_by_claim(carried, published)("They expect freight"),
            Some(Some(d("2030-06-30")))
        );
        let apart =
            "Analysts expect the port to reopen by June.\n\nThey expect freight rates to rise 4%.";
        assert_eq!(
            deadlines_by_claim(apart, published)("They expect freight"),
            Some(None)
        );
        let conditional = "Analysts expect the port to reopen by June. If the strike ends, they expect freight rates to rise 4%.";
        assert_eq!(
            deadlines_by_claim(conditional, published)("They expect freight"),
            Some(None)
        );
        let past_month =
            "Freight rates fell in January, the agency said. Analysts expect freight rates to rise 4%.";
        assert_eq!(
            deadlines_by_claim(past_month, published)("Freight rates will"),
            Some(None)
        );
        let possessive = "Traders discussed this year\u{2019}s harvest at the fair. Analysts expect freight rates to rise 4%.";
        assert_eq!(
            deadlines_by_claim(possessive, published)("Freight rates will"),
            Some(None)
        );
        let earliest =
            "The port could reopen as soon as June. Analysts expect freight rates to rise 4%.";
        assert_eq!(
            deadlines_by_claim(earliest, published)("Freight rates will"),
            Some(None)
        );
        let plain = "Traders will discuss the harvest at the fair this year. Analysts expect freight rates to rise 4%.";
        assert_eq!(
            deadlines_by_claim(plain, published)("Freight rates will"),
            Some(Some(d("2030-12-31")))
        );
    }

    /// The Atlantic season closes on November 30 (worked by hand); an article naming
    /// hurricanes beside another season, or published after the season, has none.
    #[test]
    fn a_hurricane_outlook_is_decided_when_the_season_closes() {
        let outlook = "Forecasters expect a quiet hurricane season. Four hurricanes are likely.";
        assert_eq!(
            storm_season_end(outlook, d("2027-06-01")),
            Some(d("2027-11-30"))
        );
        assert_eq!(storm_season_end(outlook, d("2027-12-02")), None);
        assert_eq!(storm_season_end(outlook, d("2027-01-15")), None);
        let retail = "The hurricanes hurt sales; more hurricanes could dent the holiday season.";
        assert_eq!(storm_season_end(retail, d("2027-10-01")), None);
        // Both sentences forecast ("Four hurricanes are likely." closes on its hedge).
        let c = extract::extract(outlook, d("2027-06-01"));
        assert_eq!(c.len(), 2);
        assert!(c.iter().all(|c| c.deadline == Some(d("2027-11-30"))));
    }

    /// A winter outlook's undated calls are due when the winter ends (its equinox, as "this
    /// winter" reads: 2028-03-20 for the winter of 2027-28); winter as a name, a winter
    /// storm, fewer than three mentions or a spring-to-summer publication give nothing.
    #[test]
    fn a_winter_outlook_is_settled_when_the_winter_ends() {
        let outlook = "Winter outlook: a wet winter ahead. The agency's winter forecast favors \
                       rain in the north. The South will be drier than normal.";
        let lower = outlook.to_ascii_lowercase();
        assert_eq!(winter_end(&lower, d("2027-10-19")), Some(d("2028-03-20")));
        // Published in the winter itself: the same winter's end.
        assert_eq!(winter_end(&lower, d("2028-01-10")), Some(d("2028-03-20")));
        assert_eq!(winter_end(&lower, d("2027-05-01")), None);
        let games =
            "the winter olympics and the winter games: a winter storm hits the winter classic.";
        assert_eq!(winter_end(games, d("2027-10-19")), None);
        assert_eq!(
            winter_end("a mild winter, then a cold winter.", d("2027-10-19")),
            None
        );
        let c = extract::extract(outlook, d("2027-10-19"));
        assert_eq!(
            c.iter().map(|c| c.deadline).collect::<Vec<_>>(),
            vec![Some(d("2028-03-20")); c.len()]
        );
        assert!(c
            .iter()
            .any(|c| c.claim == "The South will be drier than normal"));
    }

    /// Formula 1's season ends with its last race, which falls from mid-November to
    /// mid-December (`F1_FINALES`); a year not listed keeps the habit, December 31. A year
    /// named in such a preview ("will win the title this year", "in 2023") is settled then.
    #[test]
    fn a_formula_one_season_ends_with_its_last_race() {
        let preview = "Formula 1 season preview: our predictions.\n\nThe F1 grid is set.";
        assert_eq!(season_end(preview, d("2023-03-01")), Some(d("2023-11-26")));
        assert_eq!(
            season_ends(preview, d("2023-03-01")),
            (Some(d("2023-11-26")), Some(d("2023-11-26")))
        );
        // Previewed after the last race: next year's.
        assert_eq!(season_end(preview, d("2024-12-20")), Some(d("2025-12-07")));
        assert_eq!(season_end(preview, d("2027-03-01")), Some(d("2027-12-31")));
        let text = "Formula 1 season preview: our predictions for the year.\n\n\
                    The F1 champions are favourites again. We expect Kowal to win the title \
                    this year.\n\nRivera will likely finish second in 2023.\n\n\
                    Kowal will retire by 2025.";
        let c = extract::extract(text, d("2023-03-01"));
        let due = |start: &str| {
            c.iter().find(|c| c.claim.starts_with(start)).map(|c| {
                (
                    c.deadline,
                    c.review.iter().any(|r| r.contains("the season")),
                )
            })
        };
        assert_eq!(due("Kowal will win"), Some((Some(d("2023-11-26")), true)));
        assert_eq!(due("Rivera will"), Some((Some(d("2023-11-26")), true)));
        // A year the season does not end in keeps its own end.
        assert_eq!(
            due("Kowal will retire"),
            Some((Some(d("2025-12-31")), false))
        );
    }

    /// A key line giving a game's time dates the picks under it, its score line included,
    /// until the next one; a clock time's colon is no key, and a day more than a fortnight
    /// ahead is no game's.
    #[test]
    fn a_kickoff_line_dates_the_picks_under_it() {
        assert_eq!(when_key("Kickoff: 8:30am ET Saturday"), Some(7));
        assert_eq!(when_key("Puck drop: 7 p.m. Friday"), Some(9));
        assert_eq!(when_key("Kick-off at 7:40 p.m."), None);
        assert_eq!(when_key("TV Channel/Stream: Peacock"), None);
        // 2027-10-28 is a Thursday.
        let text = "Premier League predictions for Week 10 of the season.\n\n\
                    Rovers vs United odds, prediction\n\n\
                    Kickoff: 8:30am ET Saturday\n\n\
                    It will be close but United will edge it. Rovers 1-2 United.\n\n\
                    City vs Town odds, prediction\n\n\
                    Kickoff: 11am ET Sunday\n\n\
                    Town will sit deep. City 2-0 Town.";
        let due = deadlines_by_claim(text, d("2027-10-28"));
        assert_eq!(due("Rovers 1-2 United"), Some(Some(d("2027-10-30"))));
        assert_eq!(due("City 2-0 Town"), Some(Some(d("2027-10-31"))));
        let far = crate::extract::sentences::split("Date: Saturday, December 4");
        let toks = super::super::hedges::tokens(far[0].text);
        assert_eq!(header_day(&far[0], &toks, d("2027-10-28")), None);
    }

    /// "during the month" after a month was named is that month; with no month before it
    /// (or a longer period before it) it keeps its own reading, the current month.
    #[test]
    fn the_month_refers_back_to_the_month_just_named() {
        let due = |text: &str| -> Vec<Option<NaiveDate>> {
            extract::extract(text, d("2027-05-27"))
                .into_iter()
                .map(|c| c.deadline)
                .collect()
        };
        assert_eq!(
            due("The month of June will start wet. Nights will be cooler than normal during the month."),
            vec![Some(d("2027-06-30")), Some(d("2027-06-30"))]
        );
        assert_eq!(
            due("Nights will be cooler than normal during the month."),
            vec![Some(d("2027-05-31"))]
        );
        assert_eq!(
            due(
                "The lake will freeze by 2028. Nights will be cooler than normal during the month."
            ),
            vec![Some(d("2028-12-31")), Some(d("2027-05-31"))]
        );
    }

    /// A fan's preview that never spells out its league is known by the league's own
    /// divisions and trophies; under a heading of the standings ("Metropolitan Division")
    /// the ranked lines and the prose are due when the regular season ends, a playoff call
    /// under it when the season does, and a heading of another kind ends the carry.
    #[test]
    fn a_division_heading_dates_the_forecasts_under_it() {
        let text = "Here is how we see the season playing out. Can anyone stop Ann Lee \
                    from taking the Calder Trophy?\n\
                    Metropolitan Division\n\
                    1 - Harbour Kings*\n\
                    2 - River Foxes\n\
                    The Kings will edge the Foxes by a point. The Foxes will go out \
                    in the second round of the playoffs.\n\
                    Goalies\n\
                    The Kings will sign a new goalie.";
        assert_eq!(season_end(text, d("2027-10-04")), Some(d("2028-06-30")));
        assert_eq!(
            regular_season_end(text, d("2027-10-04")),
            Some(d("2028-04-15"))
        );
        let due = deadlines_by_claim(text, d("2027-10-04"));
        assert_eq!(due("Harbour Kings"), Some(Some(d("2028-04-15"))));
        assert_eq!(due("River Foxes"), Some(Some(d("2028-04-15"))));
        assert_eq!(due("The Kings will edge"), Some(Some(d("2028-04-15"))));
        assert_eq!(due("The Foxes will go out"), Some(Some(d("2028-06-30"))));
        assert_eq!(due("The Kings will sign"), Some(Some(d("2028-06-30"))));
        // A division two leagues share names neither.
        let shared = "Our season predictions.\nAtlantic Division\n1 - Harbour Kings\n\
                      Eastern Conference: Harbour Kings.";
        assert_eq!(season_end(shared, d("2027-10-04")), None);
        // Nor do a league's marks date a title forecast by themselves (`title_day` reads
        // only the league's own names).
        assert_eq!(
            title_day("Ann Lee will win the Calder Trophy.", d("2027-10-04")),
            None
        );
    }

    /// Season ends worked by hand from each league's habit (table `LEAGUES`).
    #[test]
    fn a_sports_preview_is_decided_by_the_end_of_its_season() {
        let nba = "My NBA predictions for the season. MVP: Ann Lee. NBA champions: Rovers.";
        // Previewed in October: the season ends next June.
        assert_eq!(season_end(nba, d("2027-10-20")), Some(d("2028-06-30")));
        // Previewed in February, the same season: this June.
        assert_eq!(season_end(nba, d("2028-02-01")), Some(d("2028-06-30")));
        let nfl = "NFL picks for the season: the NFL's best defense holds.";
        assert_eq!(season_end(nfl, d("2027-09-20")), Some(d("2028-02-15")));
        // One week's games: each has its own day, which only the league's calendar knows.
        let week = "NFL picks, week 3: the NFL's best defense holds.";
        assert_eq!(season_end(week, d("2027-09-20")), None);
        let f1 = "Formula 1 season predictions: who wins the F1 title?";
        assert_eq!(season_end(f1, d("2027-03-01")), Some(d("2027-12-31")));
        // One mention, or two leagues, or no season or picks: no season to read.
        assert_eq!(season_end("The NBA season opens.", d("2027-10-20")), None);
        // One mention in the lead of a preview is enough; the same mention further down, or
        // in a lead that neither previews nor predicts, is not.
        let lead =
            "NBA Preview, part 2: the contenders\n\nDenver will finish the season with the best record.";
        assert_eq!(season_end(lead, d("2027-10-20")), Some(d("2028-06-30")));
        assert_eq!(
            regular_season_end(lead, d("2027-10-20")),
            Some(d("2028-04-15"))
        );
        let body = "Our preview of the season.\n\nDenver looks good.\n\nSo does Boston.\n\nThe NBA fined Denver.";
        assert_eq!(season_end(body, d("2027-10-20")), None);
        assert_eq!(
            season_end(
                "The NBA season opens tonight.\n\nDenver host Boston.",
                d("2027-10-20")
            ),
            None
        );
        assert_eq!(
            season_end("NBA and NHL season: NBA, NHL.", d("2027-10-20")),
            None
        );
        assert_eq!(
            season_end("NBA owners met; NBA rules.", d("2027-10-20")),
            None
        );
        // "NBA" inside a longer word is no mention.
        assert_eq!(
            season_end("WNBA season: WNBA picks.", d("2027-05-01")),
            None
        );
    }

    #[test]
    fn an_earnings_preview_is_decided_on_its_results_day() {
        let text = "Acme is scheduled to report its third-quarter earnings after the bell on Tuesday. Here is what analysts expect.";
        let sents = crate::extract::sentences::split(text);
        // 2027-11-01 is a Monday: the Tuesday after it.
        assert_eq!(report_day(&sents, d("2027-11-01")), Some(d("2027-11-02")));
        // Written on the day itself: that day.
        assert_eq!(report_day(&sents, d("2027-11-02")), Some(d("2027-11-02")));
        let no_results = crate::extract::sentences::split(
            "Acme will open a plant on Tuesday. Analysts expect jobs.",
        );
        assert_eq!(report_day(&no_results, d("2027-11-01")), None);
    }

    /// The one-pass count agrees with counting `match_indices` of each name separately.
    #[test]
    fn mentions_counts_whole_words_like_match_indices() {
        let reference = |text: &str, name: &str| {
            text.match_indices(name)
                .filter(|(i, _)| {
                    let before = text[..*i].chars().next_back();
                    let after = text[i + name.len()..].chars().next();
                    !before.is_some_and(char::is_alphanumeric)
                        && !after.is_some_and(char::is_alphanumeric)
                })
                .count()
        };
        let names = [
            "NBA",
            "NFL",
            "Super Bowl",
            "F1",
            "Formula 1",
            "Formula One",
            "aa",
        ];
        for text in [
            "NBA NBA, NBAs (NBA) xNBA \u{e9}NBA NBA\u{e9} Super Bowl LI; Super Bowls",
            "Formula 1 and Formula One and F1F1 F1 F12 Formula 10",
            "aaa aa aaaa a aa",
            "",
        ] {
            let got = mentions(text, &names);
            let want: Vec<usize> = names.iter().map(|n| reference(text, n)).collect();
            assert_eq!(got, want, "{text}");
        }
        // Worked by hand: "NBA", "NBA,", "(NBA)" count; "NBAs" does not.
        assert_eq!(mentions("NBA NBA, NBAs (NBA)", &["NBA"]), vec![3]);
    }

    /// A calendar period before "before" and a gerund is the first event's time frame ("grow
    /// 3% next year before slowing"), while a span before "before" ("two weeks before the
    /// vote") stays a reference point (issue 13, two forecasts in one sentence).
    #[test]
    fn a_calendar_frame_before_a_gerund_is_kept() {
        let kept = |s: &str| kept_at(s, "2025-06-01");
        assert_eq!(
            kept("Output will grow 3% next year before slowing to 2% in 2027."),
            vec!["next year".to_string(), "in 2027".to_string()]
        );
        assert_eq!(
            kept("Rates will peak this spring before easing in the autumn."),
            vec!["this spring".to_string(), "in the autumn".to_string()]
        );
        assert_eq!(
            kept("The bill will pass two weeks before recessing for the summer."),
            vec!["the summer".to_string()]
        );
    }

    #[test]
    fn a_time_word_in_a_quoted_title_is_no_deadline() {
        let s = "The comedy \u{201c}Almost Christmas\u{201d} opens this weekend.";
        assert_eq!(kept_at(s, "2027-11-10"), vec!["this weekend".to_string()]);
        // A quotation that is not a title keeps its time phrase.
        let s = "He said \u{201c}we will be done by Christmas\u{201d} again.";
        assert_eq!(usable_at(s, "2027-11-10").len(), 1);
    }

    #[test]
    fn a_source_or_a_participle_gives_no_past_tense_to_a_month() {
        let kept = |s: &str| kept_at(s, "2027-09-10");
        // The verbs of ", according to a poll conducted ..." date the poll, not the event.
        assert_eq!(
            kept("Economists expect a cut in November, according to a poll conducted in August."),
            vec!["in November".to_string()]
        );
        // "surveyed" before the verb of its noun is no past tense.
        assert_eq!(
            kept("The economists surveyed expect a cut at the November meeting."),
            vec!["at the November".to_string()]
        );
        // A month in a clause really past stays out.
        assert_eq!(kept("Prices jumped in August."), Vec::<String>::new());
    }

    #[test]
    fn a_price_target_is_due_in_twelve_months() {
        // 2027-02-28 plus 12 months is 2028-02-28 (chrono's month arithmetic, checked by hand).
        assert_eq!(
            price_target_horizon(
                "the broker lifted its price target to $90.",
                d("2027-02-28")
            ),
            Some(d("2028-02-28"))
        );
        assert_eq!(
            price_target_horizon("a target price of $12 per share", d("2027-11-10")),
            Some(d("2028-11-10"))
        );
        assert_eq!(
            price_target_horizon("the club's target is the title", d("2027-11-10")),
            None
        );
    }

    #[test]
    fn a_period_under_way_said_in_a_past_clause_is_no_deadline() {
        let kept = |s: &str| -> Vec<String> {
            let toks = crate::extract::hedges::tokens(s);
            let published = d("2027-11-10");
            let found = timefind::find_in(s, &toks, published, Tense::Future);
            not_begun_in_past_clause(s, &toks, found, published)
                .into_iter()
                .map(|f| f.text)
                .collect()
        };
        let none: Vec<String> = Vec::new();
        assert_eq!(
            kept("The tariffs the council has imposed this month will fail."),
            none
        );
        assert_eq!(
            kept("After topping 5% in late 2027, yields will ease, traders say."),
            none
        );
        // A call in the past tense keeps its period, and so does a frame counted from now
        // or ending later.
        assert_eq!(
            kept("The firm forecasted 3 million sales this year."),
            vec!["this year".to_string()]
        );
        assert_eq!(
            kept("Officials hoped the bridge would open this month."),
            vec!["this month".to_string()]
        );
        assert_eq!(
            kept("Prices climbed by the end of the year."),
            vec!["by the end of the year".to_string()]
        );
    }

    /// Phrases that are no deadline: a part of the period already past, a record's look back.
    /// Audit 19 A3: a rate before a deadline's "before" or "by" ("1.5 million per year
    /// before 2035") keeps the deadline's date, as the phrase alone has it.
    #[test]
    fn a_rate_before_a_deadline_keeps_its_date() {
        for s in [
            "Cases are very likely to exceed 2 million per year before 2035.",
            "Cases will exceed 2 million a year by 2034.",
        ] {
            let c = extract::extract(s, d("2026-11-15"));
            assert_eq!(c.len(), 1, "{s}");
            assert_eq!(c[0].deadline, Some(d("2034-12-31")), "{s}");
        }
    }

    /// "The end of the regular season" in a week's picks is the league's habitual last day of
    /// it, not the week's Sunday (audit 19 A2; sentences we wrote).
    #[test]
    fn the_end_of_the_regular_season_is_the_leagues() {
        let text = "NFL Week 12 picks against the spread\n\nWe like the Bears on Sunday. Our model makes the Packers 2-to-1 favourites to win the NFC North by the end of the regular season.";
        let c = extract::extract(text, d("2026-11-20"));
        let last = c.last().unwrap();
        assert_eq!(last.deadline, Some(d("2027-01-08")));
        assert_eq!(
            super::regular_season_named("No league here.", d("2026-11-20")),
            None
        );
    }

    /// A duration followed by "a week", "per day", "each month" is how often a habit recurs,
    /// not a time that ends ahead ("for two days a week" is no deadline two days out).
    #[test]
    fn a_habits_frequency_is_no_deadline() {
        let p = d("2026-12-01");
        for s in [
            "Nurses will likely strike for two days a week.",
            "The pool is expected to close for three hours per day.",
            "The team will probably train for four days each week.",
        ] {
            let c = extract::extract(s, p);
            assert_eq!(c.len(), 1, "{s}");
            assert_eq!(c[0].deadline, None, "{s}");
            assert_eq!(c[0].deadline_phrase, None, "{s}");
        }
        // A duration alone still ends ahead.
        let c = extract::extract("Nurses will likely strike for two days.", p);
        assert_eq!(c[0].deadline, Some(d("2026-12-03")));
    }

    #[test]
    fn an_amount_per_year_over_a_window_has_no_deadline() {
        let p = d("2018-12-07");
        let kept = |s: &str| {
            let toks = crate::extract::hedges::tokens(s);
            let found = timefind::find_in(s, &toks, p, Tense::Future);
            usable(s, &toks, found)
                .into_iter()
                .filter(|f| f.period.is_some())
                .map(|f| f.text)
                .collect::<Vec<_>>()
        };
        assert!(kept("The town might add $20,000 a year for the next five years.").is_empty());
        assert!(kept("Fees will rise 2% per year over the next decade.").is_empty());
        // Still a forecast, with its phrase and no date.
        let c = extract::extract(
            "The town might add $20,000 a year for the next five years.",
            p,
        );
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].deadline, None);
        assert_eq!(c[0].deadline_phrase.as_deref(), Some("the next five years"));
        // A window with no amount per period, or a year's window, keeps its time.
        assert_eq!(
            kept("The town might add a park within the next five years."),
            ["within the next five years"]
        );
        assert_eq!(
            kept("Fees will rise 2% a month over the next six months."),
            ["over the next six months"]
        );
    }

    #[test]
    fn past_parts_and_look_backs_are_no_deadline() {
        let kept = |s: &str| kept_at(s, "2027-03-10");
        assert!(kept("Mills may close after the floods earlier this year.").is_empty());
        assert!(kept("So far this year, fares rose; they could keep rising.").is_empty());
        assert!(kept("Exports will log their weakest month in six years.").is_empty());
        assert!(kept("The party will win for the first time in 20 years.").is_empty());
        // A record word before a future verb does not make the span a look back.
        assert_eq!(
            kept("The strongest club will win the cup within two years."),
            vec!["within two years".to_string()]
        );
        assert_eq!(
            kept("Exports will rise to a record in 2027-28."),
            vec!["2027-28".to_string()]
        );
        // "at least", "at most" bound an amount: the time after them is the deadline (audit
        // 13, E9).
        assert_eq!(
            kept("Rents will fall by at least 3% by June."),
            vec!["by June".to_string()]
        );
        assert_eq!(
            kept("The bank will make at most two cuts in 2028."),
            vec!["in 2028".to_string()]
        );
        // "most likely" hedges the time after it: no record (wire news, rule 6).
        assert_eq!(
            kept("The next rate rise will come most likely in May."),
            vec!["in May".to_string()]
        );
        assert_eq!(
            kept("The airline will most likely cut fares by the end of the year."),
            vec!["by the end of the year".to_string()]
        );
        assert_eq!(
            kept("The vote will be held most probably in the autumn."),
            vec!["in the autumn".to_string()]
        );
        // The superlative "most" still looks back.
        assert!(kept("Exports will log their most volatile month in six years.").is_empty());
    }

    /// A year joined to a name is its event's edition ("Oscars 2027", "2027 World Cup"); one
    /// after a preposition, beside the title's noun of forecasting or before a colon is a time.
    #[test]
    fn a_year_joined_to_a_name_is_an_edition() {
        let edition = |s: &str| {
            let f = timefind::find(s, d("2026-11-23"), crate::time::Tense::Future)
                .into_iter()
                .next()
                .expect("a year");
            super::edition(s, &f)
        };
        assert_eq!(
            edition("Oscars 2027: our predictions").as_deref(),
            Some("Oscars 2027")
        );
        assert_eq!(
            edition("2027 World Cup final: who wins?").as_deref(),
            Some("2027 World Cup")
        );
        assert_eq!(
            edition("Election 2027 forecast").as_deref(),
            Some("Election 2027")
        );
        assert_eq!(edition("Predictions 2027: what to expect"), None);
        assert_eq!(edition("Our 2027 Outlook"), None);
        assert_eq!(edition("Rents to rise in 2027"), None);
        assert_eq!(edition("2027: the year ahead"), None);
    }

    /// A headline that forecasts a year lends it to the article's undated forecasts; a
    /// headline without a forecast, or a year two ahead, lends nothing.
    #[test]
    fn a_headline_year_dates_the_undated_forecasts() {
        let deadlines = |text: &str| -> Vec<Option<String>> {
            crate::extract::extract(text, d("2027-01-08"))
                .into_iter()
                .map(|c| c.deadline.map(|x| x.to_string()))
                .collect()
        };
        let body = "\n\nAcme Bank expects rents to rise 4%. Ferry fares will fall by March.";
        // The headline, the undated forecast, the one due in March.
        let y = |s: &str| Some(s.to_string());
        assert_eq!(
            deadlines(&format!("Acme Bank sees rents climbing in 2027{body}")),
            vec![y("2027-12-31"), y("2027-12-31"), y("2027-03-31")]
        );
        assert_eq!(
            deadlines(&format!("Rents in 2027: a look at the market{body}")),
            vec![None, y("2027-03-31")]
        );
        assert_eq!(
            deadlines(&format!("Acme Bank sees rents climbing in 2029{body}")),
            vec![y("2029-12-31"), None, y("2027-03-31")]
        );
        // "Not until next year" is no year's end.
        let got = deadlines(&format!(
            "Rents unlikely to fall until next year, Acme says{body}"
        ));
        assert_eq!(got[got.len() - 2..], [None, y("2027-03-31")]);
    }

    /// The items of a list share the time its lead forecast named; prose beside a dated
    /// forecast, a list after a blank line or a heading, and a final share nothing. Dates
    /// worked by hand: "October to December" read on 2027-10-01 ends 2027-12-31.
    #[test]
    fn list_items_share_the_time_of_their_lead() {
        let deadlines = |text: &str| -> Vec<(String, Option<String>)> {
            crate::extract::extract(text, d("2027-10-01"))
                .into_iter()
                .map(|c| (c.claim, c.deadline.map(|x| x.to_string())))
                .collect()
        };
        let y = |s: &str| Some(s.to_string());
        let lead = "The agency's outlook for October to December predicts a mild season.";
        let items =
            "- There is a 55% chance of near-average rain.\n- A 20% chance of a cold spell.";
        let got = deadlines(&format!("{lead}\n{items}"));
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got.iter().all(|g| g.1 == y("2027-12-31")), "{got:?}");
        // A blank line or a heading between: the items are a list of their own.
        for gap in ["\n\n", "\n## Rain\n"] {
            let got = deadlines(&format!("{lead}{gap}{items}"));
            assert_eq!(got[0].1, y("2027-12-31"), "{got:?}");
            assert_eq!(
                got[1..].iter().filter(|g| g.1.is_some()).count(),
                0,
                "{got:?}"
            );
        }
        // Prose right after a dated forecast continues its time
        // (`a_sentence_without_a_time_continues_the_one_before`).
        let got = deadlines(&format!(
            "{lead} There is a 55% chance of near-average rain."
        ));
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1].1, y("2027-12-31"));
        // An item with its own time keeps it.
        let got = deadlines(&format!(
            "{lead}\n- A 20% chance of a cold spell in January."
        ));
        assert_eq!(got[1].1, y("2028-01-31"), "{got:?}");
    }

    /// A monsoon outlook's undated calls are due when the June-September season closes; an
    /// article that names the monsoon once, or is published after September, lends nothing.
    #[test]
    fn a_monsoon_outlook_is_due_at_the_seasons_end() {
        let text = "The monsoon is likely to be above normal this year. Rainfall over the \
                    monsoon core zone is most likely to be above normal.";
        assert_eq!(monsoon_end(text, d("2027-05-27")), Some(d("2027-09-30")));
        assert_eq!(monsoon_end(text, d("2027-10-02")), None);
        assert_eq!(
            monsoon_end("A monsoon-like downpour hit.", d("2027-05-27")),
            None
        );
        let got: Vec<Option<String>> = crate::extract::extract(text, d("2027-05-27"))
            .into_iter()
            .map(|c| c.deadline.map(|x| x.to_string()))
            .collect();
        // The first names "this year", whose monsoon closes with the season (round 64,
        // x64d: the day an article is about within "this year" settles it); the second takes
        // the season's.
        assert_eq!(
            got,
            vec![
                Some("2027-09-30".to_string()),
                Some("2027-09-30".to_string())
            ]
        );
    }

    /// Election-night coverage whose headline names the year: an undated projection is due
    /// on election day (2026-11-03, the Tuesday after the first Monday), not the year's end.
    #[test]
    fn an_election_day_outranks_the_headline_year() {
        let text = "Election Day 2026: Greens projected to hold the seat\n\n\
                    The network projects that Jane Roe will win the Senate race.";
        let got: Vec<Option<String>> = crate::extract::extract(text, d("2026-11-03"))
            .into_iter()
            .map(|c| c.deadline.map(|x| x.to_string()))
            .collect();
        assert_eq!(got.last(), Some(&Some("2026-11-03".to_string())), "{got:?}");
        // Without an election, the headline's year still dates it.
        let text = "Greens projected to hold the seat in 2026\n\n\
                    The network projects that Jane Roe will win the Senate race.";
        let got: Vec<Option<String>> = crate::extract::extract(text, d("2026-03-03"))
            .into_iter()
            .map(|c| c.deadline.map(|x| x.to_string()))
            .collect();
        assert_eq!(got.last(), Some(&Some("2026-12-31".to_string())), "{got:?}");
    }

    /// Standings are settled when the regular season ends, the title when the playoffs do
    /// (dates from `LEAGUES`, worked by hand).
    #[test]
    fn standings_are_due_at_the_regular_seasons_end() {
        assert!(standings(
            "East Division: Boston, New York (wild card), Tampa Bay"
        ));
        assert!(standings("I think Denver will finish with a better record"));
        assert!(standings("They will grab a top-3 seed in the West"));
        // The title, a playoff round or a series is no standings forecast.
        assert!(!standings(
            "Playoffs: Boston beats New York in the wild-card game"
        ));
        assert!(!standings("Denver, the top seed, will win the title"));
        assert!(!standings("Denver will win 55 games"));
        let preview = "My MLB predictions for the season. The MLB season starts today.";
        assert_eq!(
            regular_season_end(preview, d("2027-03-28")),
            Some(d("2027-09-30"))
        );
        assert_eq!(season_end(preview, d("2027-03-28")), Some(d("2027-11-05")));
        // The NBA season previewed in October ends its regular season next April.
        let nba = "NBA season predictions: the NBA's best teams.";
        assert_eq!(
            regular_season_end(nba, d("2027-10-20")),
            Some(d("2028-04-15"))
        );
        // Once the regular season is over, only the playoffs remain.
        assert_eq!(regular_season_end(nba, d("2028-05-02")), None);
        let got: Vec<Option<String>> = crate::extract::extract(
            &format!("{preview}\n\nMy picks:\n- AL East Division: Boston, New York, Toronto\n- World Series: Boston over Houston"),
            d("2027-03-28"),
        )
        .into_iter()
        .map(|c| c.deadline.map(|x| x.to_string()))
        .collect();
        assert!(got.contains(&Some("2027-09-30".to_string())), "{got:?}");
    }

    /// One NFL week's picks are due on the week's Sunday (2027-09-23 is a Thursday, so
    /// 2027-09-26); a header's own day outranks it, and a season preview listing its weeks in
    /// the body, or an article out of season, has none.
    #[test]
    fn one_nfl_weeks_picks_are_due_on_its_sunday() {
        let sheet = "Last week: 9-7. My NFL picks against the spread.\n\nDenver (-3) vs. Dallas\n\nThe Broncos rested their starters.\n\nPick: Denver (-3)\n\nSeattle (+4) vs. Tampa Bay\n\nPick: Seattle (+4)";
        let sents = crate::extract::sentences::split(sheet);
        assert_eq!(
            nfl_week_sunday(sheet, &sents, d("2027-09-23")),
            Some(d("2027-09-26"))
        );
        // Written on the Sunday itself: that day.
        assert_eq!(
            nfl_week_sunday(sheet, &sents, d("2027-09-26")),
            Some(d("2027-09-26"))
        );
        // Out of season (March): none.
        assert_eq!(nfl_week_sunday(sheet, &sents, d("2027-03-04")), None);
        let got: Vec<Option<String>> = crate::extract::extract(sheet, d("2027-09-23"))
            .into_iter()
            .map(|c| c.deadline.map(|x| x.to_string()))
            .collect();
        assert_eq!(got, vec![Some("2027-09-26".to_string()); 2]);
        let titled =
            "NFL Predictions 2027: Week 3\n\nDallas @ Denver: Denver wins: Denver 24, Dallas 20";
        let sents = crate::extract::sentences::split(titled);
        assert_eq!(
            nfl_week_sunday(titled, &sents, d("2027-09-23")),
            Some(d("2027-09-26"))
        );
        // The tempting negative: a season preview whose body lists the weeks.
        let preview = "NFL win totals for the season.\n\nThe Broncos look good.\n\nThey are fine.\n\nLikely wins: Week 1 vs. Dallas, Week 4 at Seattle. Expect 10 wins in the NFL's toughest division.";
        let sents = crate::extract::sentences::split(preview);
        assert_eq!(nfl_week_sunday(preview, &sents, d("2027-09-01")), None);
    }

    /// "After March 3" opens the time the event may come in, so it is no deadline; "by March
    /// 3", a day soon after ("shortly after Christmas") and a longer period ("after the summer
    /// break") keep their dates. Read on 2027-01-10.
    #[test]
    fn a_day_the_event_comes_after_is_no_deadline() {
        let read = |s: &str| -> Vec<(String, Option<String>)> {
            usable_at(s, "2027-01-10")
                .into_iter()
                .map(|f| (f.text, f.period.map(|p| p.last.to_string())))
                .collect()
        };
        assert_eq!(
            read("Prices are likely to ease after March 3."),
            vec![("after March 3".to_string(), None)]
        );
        assert_eq!(
            read("Prices are likely to ease by March 3."),
            vec![("by March 3".to_string(), Some("2027-03-03".to_string()))]
        );
        assert_eq!(
            read("The store will likely reopen shortly after Christmas."),
            vec![("Christmas".to_string(), Some("2027-12-25".to_string()))]
        );
        let summer = read("She is likely to be back after the summer break.");
        assert_eq!(summer.len(), 1);
        assert!(summer[0].1.is_some(), "{summer:?}");
        let c = extract::extract(
            "The senator will probably drop out after March 3.",
            d("2027-01-10"),
        );
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].deadline, None);
        assert_eq!(c[0].deadline_phrase.as_deref(), Some("after March 3"));
    }

    /// "Portugal is heading to the polls" with no time named: the vote is the day of
    /// publication; named with a day ahead, or later in the article, it is not.
    #[test]
    fn election_day_coverage_is_decided_that_day() {
        let today = "Ruritania is heading to the polls for a general election in which the ruling party looks set for a clear win.";
        let sents = crate::extract::sentences::split(today);
        assert_eq!(
            polling_today(&sents, d("2027-10-03")),
            Some(d("2027-10-03"))
        );
        let c = extract::extract(today, d("2027-10-03"));
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].deadline, Some(d("2027-10-03")));
        let dated = "Ruritania heads to the polls on October 10 for a general election.";
        let sents = crate::extract::sentences::split(dated);
        assert_eq!(polling_today(&sents, d("2027-10-03")), None);
        let later = "The party looks set for a clear win. Its leader spoke. The economy grew. Ruritania is heading to the polls.";
        let sents = crate::extract::sentences::split(later);
        assert_eq!(polling_today(&sents, d("2027-10-03")), None);
    }

    /// A central-bank preview's undated calls are due on the decision day its lead names
    /// (2027-11-01 is a Monday: Thursday is 2027-11-04), but not a stance held on; a day named
    /// for something else, or an article about no central bank, gives none.
    #[test]
    fn a_rate_decision_preview_is_decided_on_its_day() {
        let preview = "The central bank is poised to raise interest rates. Markets price in a rise, though some economists doubt the bank will act on Thursday. Its staff are expected to cut their growth estimates.";
        let sents = crate::extract::sentences::split(preview);
        assert_eq!(
            decision_day(preview, &sents, d("2027-11-01")),
            Some(d("2027-11-04"))
        );
        let c = extract::extract(preview, d("2027-11-01"));
        let last = c.last().unwrap();
        assert!(last.claim.contains("growth estimates"), "{c:?}");
        assert_eq!(last.deadline, Some(d("2027-11-04")));
        // A stance held on is settled by no one meeting.
        let held = format!("{preview} The bank is expected to remain patient on inflation.");
        let c = extract::extract(&held, d("2027-11-01"));
        let last = c.last().unwrap();
        assert!(last.claim.contains("patient"), "{c:?}");
        assert_eq!(last.deadline, None);
        let other = "The central bank is poised to raise interest rates. Its governor will speak in Leeds on Thursday.";
        let sents = crate::extract::sentences::split(other);
        assert_eq!(decision_day(other, &sents, d("2027-11-01")), None);
        let no_bank = "Markets doubt the union will act on Thursday.";
        let sents = crate::extract::sentences::split(no_bank);
        assert_eq!(decision_day(no_bank, &sents, d("2027-11-01")), None);
    }

    /// A lead that names the meeting's week, not its day ("is expected to cut rates next
    /// week"), settles the undated calls by that week's end (2027-11-03 is a Wednesday: next
    /// week ends on Sunday 2027-11-14); a day named beside it still wins.
    #[test]
    fn a_rate_decision_in_a_week_named_is_decided_by_its_end() {
        let preview = "The central bank is expected to cut interest rates next week, economists say. Markets agree. Its staff are likely to trim their growth estimates.";
        let sents = crate::extract::sentences::split(preview);
        assert_eq!(
            decision_day(preview, &sents, d("2027-11-03")),
            Some(d("2027-11-14"))
        );
        let c = extract::extract(preview, d("2027-11-03"));
        let last = c.last().unwrap();
        assert!(last.claim.contains("growth estimates"), "{c:?}");
        assert_eq!(last.deadline, Some(d("2027-11-14")));
        let day = "The central bank meets this week and is expected to cut rates on Thursday.";
        let sents = crate::extract::sentences::split(day);
        assert_eq!(
            decision_day(day, &sents, d("2027-11-03")),
            Some(d("2027-11-04"))
        );
    }

    /// A preview's undated calls are due on the day its title or lead names (2027-10-28 is a
    /// Thursday: Sunday is 2027-10-31); a dateline, a day in a past clause or a day more than
    /// three days ahead is no preview's day, and a stance held on takes none.
    #[test]
    fn a_preview_is_decided_on_the_day_its_lead_names() {
        let preview = "Derby preview: Ashford host Barnet on Sunday.\n\nAshford have won four straight at home. Barnet will struggle without their captain.";
        let sents = crate::extract::sentences::split(preview);
        assert_eq!(lead_day(&sents, d("2027-10-28")), Some(d("2027-10-31")));
        let due = deadlines_by_claim(preview, d("2027-10-28"));
        assert_eq!(
            due("Barnet will struggle without their captain"),
            Some(Some(d("2027-10-31")))
        );
        let held = format!("{preview} The home side will remain unbeaten.");
        let due = deadlines_by_claim(&held, d("2027-10-28"));
        assert_eq!(due("The home side will remain unbeaten"), Some(None));
        for (text, published) in [
            // A dateline names the day of publication.
            (
                "Thursday, October 28, 2027\n\nThe talks will probably fail.",
                "2027-10-28",
            ),
            // A day in a past clause.
            (
                "Negotiators walked out on Tuesday. The talks will probably fail.",
                "2027-10-28",
            ),
            // The earliest day, not the event's.
            (
                "The board could act as soon as Friday. The talks will probably fail.",
                "2027-10-28",
            ),
            // Six days ahead: not a preview's eve. (In another paragraph, so that the talks
            // do not continue the time of the sentence just before them.)
            (
                "The summit opens on Sunday.\n\nThe talks will probably fail.",
                "2027-10-25",
            ),
        ] {
            let sents = crate::extract::sentences::split(text);
            assert_eq!(lead_day(&sents, d(published)), None, "{text}");
            let due = deadlines_by_claim(text, d(published));
            assert_eq!(due("The talks will"), Some(None), "{text}");
        }
    }

    /// A box-office preview's undated calls are due on the Sunday of the weekend it names
    /// (2027-07-13 is a Tuesday: that weekend ends 2027-07-18); a weekend named outside box
    /// office coverage, or only a past one, gives none.
    #[test]
    fn a_box_office_preview_is_decided_on_its_weekend() {
        let preview = "Last week a comedy took the top spot at the box office. This weekend, however, sees two new releases. The sequel is expected to debut with around $30 million on its opening weekend.";
        let sents = crate::extract::sentences::split(preview);
        assert_eq!(
            box_office_weekend(preview, &sents, d("2027-07-13")),
            Some(d("2027-07-18"))
        );
        let c = extract::extract(preview, d("2027-07-13"));
        let last = c.last().unwrap();
        assert!(last.claim.contains("$30 million"), "{c:?}");
        assert_eq!(last.deadline, Some(d("2027-07-18")));
        let no_box = "This weekend sees two new releases at the fair.";
        let sents = crate::extract::sentences::split(no_box);
        assert_eq!(box_office_weekend(no_box, &sents, d("2027-07-13")), None);
        let past = "The comedy led the box office last weekend.";
        let sents = crate::extract::sentences::split(past);
        assert_eq!(box_office_weekend(past, &sents, d("2027-07-13")), None);
    }

    /// A league title forecast with no time of its own is due at the league's habitual end.
    #[test]
    fn a_league_title_is_due_at_the_seasons_end() {
        let day = |s: &str, p: &str| title_day(s, d(p)).map(|x| x.to_string());
        assert_eq!(
            day("Rovers win the premier league", "2027-01-08"),
            Some("2027-05-31".to_string())
        );
        assert_eq!(
            day("The Rovers will win the Premier League", "2027-08-01"),
            Some("2028-05-31".to_string())
        );
        assert_eq!(
            day("Denver wins the NBA title", "2027-01-08"),
            Some("2027-06-30".to_string())
        );
        // No title, or two leagues: nothing.
        assert_eq!(day("The NBA will expand", "2027-01-08"), None);
        assert_eq!(
            day(
                "The Rovers win the Premier League and Denver the NBA title",
                "2027-01-08"
            ),
            None
        );
    }

    /// "Not until" a month expects the event in that month; "not until" a year keeps the eve.
    #[test]
    fn not_until_a_month_ends_with_the_month() {
        let at = |s: &str| -> Vec<(String, String)> {
            crate::extract::extract(s, d("2027-03-10"))
                .into_iter()
                .map(|c| {
                    (
                        c.deadline_phrase.unwrap_or_default(),
                        c.deadline.map(|x| x.to_string()).unwrap_or_default(),
                    )
                })
                .collect()
        };
        // The closing attribution's "said" is not the tense of the event (every month).
        for month in ["March", "May", "July"] {
            let s = format!("The merger will probably close by {month}, bankers said.");
            let got = at(&s);
            assert_eq!(got.len(), 1, "{s}");
            assert_eq!(got[0].0, format!("by {month}"), "{s}");
        }
        // A past clause that is not a closing attribution still puts its month behind.
        let got = at("In June, officials said rates will probably rise.");
        assert!(got.iter().all(|(phrase, _)| phrase != "In June"), "{got:?}");
        assert_eq!(
            at("The new tablet will not ship until October, an analyst said."),
            vec![("until October".to_string(), "2027-10-31".to_string())]
        );
        assert_eq!(
            at("Rents won't fall until next year, analysts predict."),
            vec![("until next year".to_string(), "2027-12-31".to_string())]
        );
        assert_eq!(
            at("The launch will probably be delayed until 2028, analysts say."),
            vec![("until 2028".to_string(), "2027-12-31".to_string())]
        );
        assert_eq!(
            at("The vote will likely be postponed until 2029."),
            vec![("until 2029".to_string(), "2028-12-31".to_string())]
        );
        // A past clause before "but" does not put "a June hike" in the past.
        assert_eq!(
            at("The board held rates, but it is firmly on track for a June hike."),
            vec![("June".to_string(), "2027-06-30".to_string())]
        );
        assert_eq!(
            at("Output is set to fall to 21 million tons in 2027/28."),
            vec![("in 2027/28".to_string(), "2028-06-30".to_string())]
        );
    }

    /// Each deadline worked by hand from the publication date 2027-03-10.
    #[test]
    fn a_clause_with_two_quantities_and_two_times_makes_two_forecasts() {
        let d0 = d("2027-03-10");
        let frames = |s: &str| -> Vec<(String, Option<String>)> {
            extract::extract(s, d0)
                .into_iter()
                .map(|c| (c.claim, c.deadline.map(|x| x.to_string())))
                .collect()
        };
        let s = "Output is expected to rise to 4 million barrels by the end of the year, and to 5 million barrels by the end of 2028.";
        let got = frames(s);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].1.as_deref(), Some("2027-12-31"));
        assert_eq!(got[1].1.as_deref(), Some("2028-12-31"));
        let s = "The bank will keep its rate flat until June, before making two cuts beginning in September, according to analysts surveyed by the agency.";
        let got = frames(s);
        assert_eq!(
            got.iter().map(|g| g.1.as_deref()).collect::<Vec<_>>(),
            vec![Some("2027-06-30"), Some("2027-09-30")]
        );
        // Alternatives and one quantity stay one forecast, due at the later end.
        let got = frames("The bank is expected to cut rates in November or December.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1.as_deref(), Some("2027-12-31"));
        let got =
            frames("Prices will keep rising through the summer and into the end of the year.");
        assert_eq!(got.len(), 1);
    }

    /// A list item that puts its event past any near time ("ultimately", "going forward")
    /// shares no time with its lead; its neighbours still do (worked by hand as in
    /// `list_items_share_the_time_of_their_lead`).
    #[test]
    fn an_open_ended_item_shares_no_time() {
        assert!(open_ended("Lee will ultimately win the nomination"));
        assert!(open_ended(
            "Kim stays in the race, a two-horse contest going forward"
        ));
        assert!(!open_ended("Lee will win the primary"));
        assert!(!open_ended("Ultimatelyx is no word"));
        let text = "Ann Lee will come in third on Super Tuesday.\n- Bo Chan will place second.\n- Bo Chan will eventually drop out.";
        let got: Vec<Option<String>> = extract::extract(text, d("2028-02-25"))
            .into_iter()
            .map(|c| c.deadline.map(|x| x.to_string()))
            .collect();
        assert_eq!(
            got,
            vec![Some("2028-03-07".into()), Some("2028-03-07".into()), None]
        );
    }

    /// Audit 24, E3 (sentences we wrote): "this week" after "exceed" reads as `add` reads it
    /// (an "-eed" verb is no past); a chance reported in the past keeps its event's day;
    /// a two-day meeting after "at the" ends on its second day; a season-long outcome
    /// never takes the match day a betting preview is about.
    #[test]
    fn audit_24_deadlines() {
        let due = |s: &str, on: &str| -> Vec<Option<String>> {
            extract::extract(s, d(on))
                .into_iter()
                .map(|c| c.deadline.map(|x| x.to_string()))
                .collect()
        };
        let week = crate::time::resolve_phrase("this week", d("2026-11-26")).unwrap();
        assert_eq!(week.last, d("2026-11-29"));
        assert_eq!(
            due(
                "Wind speeds will probably exceed 60 mph this week.",
                "2026-11-26"
            ),
            vec![Some("2026-11-29".to_string())]
        );
        assert_eq!(
            due(
                "Demand is unlikely to exceed supply this week.",
                "2026-11-26"
            ),
            vec![Some("2026-11-29".to_string())]
        );
        assert_eq!(
            due(
                "Swaps traders priced a 40% chance of a hike at the March 18 meeting.",
                "2027-02-10"
            ),
            vec![Some("2027-03-18".to_string())]
        );
        assert_eq!(
            due(
                "Markets priced a 55% chance of a cut at the Sept. 22-23 meeting.",
                "2027-08-30"
            ),
            vec![Some("2027-09-23".to_string())]
        );
        assert_eq!(
            due(
                "The board will likely cut at the March 3-4 meeting.",
                "2027-02-10"
            ),
            vec![Some("2027-03-04".to_string())]
        );
        // A betting preview of Saturday's games: the match is due Saturday, the season-long
        // outcomes are not (no league named, so no day: the reviewer gives it).
        let text = "SATURDAY'S BEST BETS\n\nHull are 6/4 to beat Stoke on Saturday.\n\n\
                    Rovers are 9/1 to win promotion this season.\n\n\
                    For the title, City are 3/1 with the bookmakers.";
        assert_eq!(
            due(text, "2026-11-26"),
            vec![Some("2026-11-28".to_string()), None, None]
        );
        assert!(season_long(&crate::extract::hedges::tokens(
            "to win promotion this season"
        )));
        assert!(season_long(&crate::extract::hedges::tokens(
            "For the title, City are 3/1"
        )));
        assert!(!season_long(&crate::extract::hedges::tokens(
            "Hull are 6/4 to beat Stoke"
        )));
    }

    /// "This week" in a preview of one day's results is that day: the results are awaited on
    /// Wednesday, 2027-11-03 (published Monday 2027-11-01); the week ends Sunday 2027-11-07.
    #[test]
    fn this_week_in_a_results_preview_is_the_results_day() {
        let text = "Acme is expected to beat estimates this week, an analyst said. \
                    Investors are awaiting results from Acme on Wednesday, and analysts expect strong sales. \
                    The company is expected to report revenue of $4 billion.";
        let sents = crate::extract::sentences::split(text);
        assert_eq!(report_day(&sents, d("2027-11-01")), Some(d("2027-11-03")));
        let got: Vec<Option<String>> = extract::extract(text, d("2027-11-01"))
            .into_iter()
            .map(|c| c.deadline.map(|x| x.to_string()))
            .collect();
        assert_eq!(got.first(), Some(&Some("2027-11-03".to_string())));
        assert_eq!(got.last(), Some(&Some("2027-11-03".to_string())));
        let week = crate::time::resolve_phrase("this week", d("2027-11-01")).unwrap();
        assert_eq!(
            day_in_week(week, [Some(d("2027-11-09")), None], d("2027-11-01")),
            None
        );
    }

    /// "At the end of the year and into 2028": the span runs to the later year's end.
    #[test]
    fn a_span_into_a_later_year_ends_with_it() {
        let got = extract::extract(
            "Economists expect growth to pick up at the end of the year and into 2028.",
            d("2027-10-01"),
        );
        assert_eq!(got[0].deadline, Some(d("2028-12-31")));
    }

    /// An index target with no time of its own is for the year's end (next year's when
    /// written in December); a stock's price target is not read here; a vote "two days later"
    /// than a Tuesday is that Thursday (2027-11-01 is a Monday).
    #[test]
    fn an_index_target_is_for_the_years_end_and_days_later_count_from_a_day() {
        let lowered = "the strategist lifted her target on the index to 6,900 from 6,400";
        assert_eq!(
            index_target_horizon(lowered, d("2027-05-03")),
            Some(d("2027-12-31"))
        );
        assert_eq!(
            index_target_horizon(lowered, d("2027-12-03")),
            Some(d("2028-12-31"))
        );
        assert_eq!(
            index_target_horizon("a price target on acme, an index member", d("2027-05-03")),
            None
        );
        assert_eq!(
            index_target_horizon("the index will rise", d("2027-05-03")),
            None
        );
        let got = extract::extract(
            "The council could approve the plan as early as Tuesday and analysts believe the board will unanimously vote to hold rates two days later.",
            d("2027-11-01"),
        );
        assert_eq!(got.last().and_then(|c| c.deadline), Some(d("2027-11-04")));
    }

    /// The time of a closing attribution is when it was said or found, not the event's.
    #[test]
    fn a_closing_attributions_time_is_the_saying_not_the_event() {
        let at = |s: &str, on: &str| -> Vec<Option<String>> {
            crate::extract::extract(s, d(on))
                .into_iter()
                .map(|c| c.deadline.map(|x| x.to_string()))
                .collect()
        };
        assert_eq!(
            at(
                "The monsoon rains from June to September are likely to be 104% of the long period average, the weather office said on Tuesday.",
                "2026-04-15"
            ),
            vec![Some("2026-09-30".to_string())]
        );
        assert_eq!(
            at(
                "Rapeseed production in the bloc will probably be 19.2m tons, a survey of analysts and traders this week showed.",
                "2025-07-08"
            ),
            vec![None]
        );
        // A time phrase before the attribution is still the event's.
        assert_eq!(
            at(
                "The merger will probably close by June, bankers said on Monday.",
                "2025-03-03"
            ),
            vec![Some("2025-06-30".to_string())]
        );
    }
}
