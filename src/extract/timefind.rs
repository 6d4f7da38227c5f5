//! Finding time phrases inside a sentence: every span of up to ten words that begins with a
//! word a time phrase can begin with is offered to `time::resolve_phrase_in`; the longest span
//! that resolves wins, and the search goes on after it. "may" and "march" count as months only
//! when capitalized and after a preposition or before a number ("in May", "May 5"), never as
//! the verbs. "by then" is an anaphor for the nearest earlier phrase; "before the election" and
//! the like are kept as phrases without a date.

use super::hedges::{tokens, Token};
use super::words::WordSet;
use crate::time::{count_word, resolve_phrase_in, Granularity, Period, Tense};
use chrono::{Datelike, NaiveDate};

/// A time phrase found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Byte range within the sentence.
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `None` for a phrase with no date ("before the election") or the anaphor "by then".
    pub period: Option<Period>,
    pub anaphor: bool,
}

impl Found {
    /// The phrase over tokens `first..=last` of `sentence`, naming `period` (no anaphor).
    fn span(
        sentence: &str,
        words: &[Token<'_>],
        first: usize,
        last: usize,
        period: Option<Period>,
    ) -> Found {
        let (start, end) = (words[first].1, words[last].2);
        Found {
            start,
            end,
            text: sentence[start..end].to_string(),
            period,
            anaphor: false,
        }
    }
}

const STARTS: &[&str] = &[
    "by",
    "before",
    "until",
    "till",
    "in",
    "within",
    "during",
    "over",
    "next",
    "this",
    "last",
    "later",
    "end",
    "the",
    "early",
    "mid",
    "midyear",
    "midway",
    "halfway",
    "late",
    "coming",
    "upcoming",
    "tomorrow",
    "today",
    "tonight",
    "yesterday",
    "christmas",
    "q1",
    "q2",
    "q3",
    "q4",
    "h1",
    "h2",
    "first",
    "second",
    "third",
    "fourth",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "no",
    "not",
    "sometime",
    "around",
    "a",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twelve",
    "eighteen",
    "several",
    "few",
    "at",
    "from",
    "through",
    "year-end",
    "this",
    "new",
    // Recurring named days (`time::holidays`).
    "thanksgiving",
    "black",
    "cyber",
    "memorial",
    "labor",
    "labour",
    "independence",
    "halloween",
    "valentine",
    "easter",
    "good",
    "super",
    "holiday",
    "hurricane",
    "atlantic",
];

const PREPOSITIONS: &[&str] = &[
    "in", "by", "until", "till", "before", "since", "of", "early", "mid", "late", "end", "next",
    "last", "this", "from", "through", "on", "during", "after",
];

const EVENT_NOUNS: &[&str] = &[
    "election",
    "elections",
    "summit",
    "vote",
    "referendum",
    "meeting",
    "conference",
    "deadline",
    "midterms",
    "olympics",
    "holidays",
    "launch",
    "talks",
    "inauguration",
    "budget",
    "congress",
    "convention",
    "season",
    "playoffs",
    "final",
    "recess",
    "break",
    "holiday",
    "window",
];

static START_SET: WordSet = WordSet::new(STARTS);
static PREPOSITION_SET: WordSet = WordSet::new(PREPOSITIONS);
static EVENT_NOUN_SET: WordSet = WordSet::new(EVENT_NOUNS);

fn is_month(w: &str) -> bool {
    crate::time::month(w).is_some()
}

/// `w` without trailing "'s" (a `&str` pattern to `trim_end_matches` builds a substring
/// searcher on every call, and this runs for every word).
fn without_possessive(mut w: &str) -> &str {
    while let Some(rest) = w.strip_suffix("'s") {
        w = rest;
    }
    w
}

/// `w.split_once('-')`, looking for the hyphen byte by byte first: words are short and
/// seldom hyphenated, and a char searcher's set-up costs more than the look (this runs for
/// every word of every sentence scanned for time phrases).
#[inline]
fn hyphen_split(w: &str) -> Option<(&str, &str)> {
    let at = w.bytes().position(|b| b == b'-')?;
    Some((&w[..at], &w[at + 1..]))
}

fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

fn can_start(words: &[super::hedges::Token<'_>], i: usize, sentence: &str) -> bool {
    let w = words[i].0.as_ref();
    let w = without_possessive(w);
    if w == "may" || w == "march" {
        let (_, s, _) = words[i];
        let capital = sentence[s..].chars().next().is_some_and(char::is_uppercase);
        let after_prep = i > 0 && PREPOSITION_SET.contains(&words[i - 1].0);
        let before_number = words
            .get(i + 1)
            .is_some_and(|n| n.0.chars().next().is_some_and(|c| c.is_ascii_digit()));
        // "at its March meeting", "the May election": a determiner, then an event it dates.
        let dates_event = i > 0
            && matches!(
                words[i - 1].0.as_ref(),
                "its" | "the" | "their" | "this" | "next" | "his" | "her" | "our"
            )
            && words
                .get(i + 1)
                .is_some_and(|n| EVENT_NOUN_SET.contains(&n.0));
        // "in April or May", "from February to March": the second of two months joined
        // by "or", "and", "to" or "through" (round 21).
        let after_month = i >= 2
            && matches!(words[i - 1].0.as_ref(), "or" | "and" | "to" | "through")
            && is_month(without_possessive(words[i - 2].0.as_ref()));
        return capital && (after_prep || before_number || dates_event || after_month);
    }
    // "back to their autumn level", "its summer schedule": a season after a possessive and
    // before a noun it describes is no time (audit 26, finding 6).
    if matches!(w, "spring" | "summer" | "autumn" | "fall" | "winter")
        && i > 0
        && matches!(
            words[i - 1].0.as_ref(),
            "their" | "its" | "his" | "her" | "our" | "my" | "your"
        )
        && words.get(i + 1).is_some_and(|n| {
            n.0.chars().all(char::is_alphabetic)
                && !PREPOSITION_SET.contains(&n.0)
                && !matches!(n.0.as_ref(), "and" | "or" | "season" | "months")
        })
    {
        return false;
    }
    if w == "fall" || w == "spring" {
        let after = i > 0 && (PREPOSITION_SET.contains(&words[i - 1].0) || words[i - 1].0 == "the");
        // "a spring offensive": an article, the season, then something planned for it.
        let planned_after = i > 0
            && matches!(
                words[i - 1].0.as_ref(),
                "a" | "an" | "its" | "their" | "this" | "next"
            )
            && words.get(i + 1).is_some_and(|n| planned(&n.0));
        let before_year = words
            .get(i + 1)
            .is_some_and(|n| n.0.len() == 4 && n.0.bytes().all(|b| b.is_ascii_digit()));
        return after || before_year || planned_after;
    }
    // "striker Jan Kowal", "June Carter": a month word before a capitalized word that is no
    // month, weekday or number, with no preposition before it, is a first name.
    if is_month(w) && !(i > 0 && PREPOSITION_SET.contains(&words[i - 1].0)) {
        if let Some(next) = words.get(i + 1) {
            let capital = sentence[next.1..].starts_with(char::is_uppercase);
            let gap = &sentence[words[i].2..next.1];
            if capital && gap == " " && !is_month(&next.0) && !is_weekday(&next.0) {
                return false;
            }
        }
    }
    // "more likely than not before Christmas", "better than not by June": the "not" closes
    // the comparison; the time phrase starts at the word after it ("not before X" elsewhere
    // says nothing happens before X).
    if w == "not" && i > 0 && words[i - 1].0 == "than" {
        return false;
    }
    // "a slow weekend ahead": the weekend to come.
    if w == "weekend" && words.get(i + 1).is_some_and(|n| n.0 == "ahead") {
        return true;
    }
    // "could be days away", "is two weeks away": the time left until the event (round 46).
    let away = |k: usize| {
        words.get(k).is_some_and(|u| {
            matches!(
                u.0.as_ref(),
                "hours" | "days" | "weeks" | "months" | "years"
            ) && words.get(k + 1).is_some_and(|n| n.0 == "away")
        })
    };
    if away(i)
        || ((crate::extract::numbers::number_word(w).is_some()
            || crate::extract::numbers::spelled_count(w).is_some())
            && away(i + 1))
    {
        return true;
    }
    // "by Election Day", "Election Day 2018": the US day, written capitalized; "on election
    // day" elsewhere is the day of whichever vote the article is about.
    if w == "election" {
        let (_, s, _) = words[i];
        return sentence[s..].starts_with("Election")
            && words
                .get(i + 1)
                .is_some_and(|n| sentence[n.1..].starts_with("Day"));
    }
    START_SET.contains(w)
        || crate::time::analyst_period(w).is_some()
        || crate::time::decade_year(w).is_some()
        || is_month(w)
        || is_weekday(w)
        || w.starts_with("mid-")
        || w.starts_with("end-of")
        || w.starts_with("early-")
        || w.starts_with("late-")
        || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        || (w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()))
        // "on 3rd March": a day's ordinal before its month.
        || (w.len() <= 4
            && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s))
            && w[..w.len() - 2].bytes().all(|b| b.is_ascii_digit())
            && w.len() > 2)
}

/// Whether a word can end a time phrase: a month, season, weekday, year, quarter, unit, or one
/// of the closing words ("now", "ago", "then"). Spans that end elsewhere are never tried, so
/// the resolver runs only where a phrase is possible.
fn can_end(w: &str) -> bool {
    let w = without_possessive(w);
    is_month(w)
        || is_weekday(w)
        // "December-February", "Dec–Feb" (an en dash is spelled "-"): a span of months.
        || hyphen_split(w).is_some_and(|(a, b)| is_month(a) && is_month(b))
        || crate::time::analyst_period(w).is_some()
        || crate::time::decade_year(w).is_some()
        || matches!(
            w,
            "spring"
                | "summer"
                | "autumn"
                | "fall"
                | "winter"
                | "day"
                | "days"
                | "week"
                | "weeks"
                | "weekend"
                | "hour"
                | "hours"
                | "fortnight"
                | "fortnights"
                | "month"
                | "months"
                | "year"
                | "years"
                | "quarter"
                | "quarters"
                | "decade"
                | "decades"
                | "now"
                | "ahead"
                // "days away", "two weeks away" (round 46).
                | "away"
                | "tonight"
                // "this afternoon", "Thursday night" (`time::resolve_phrase_in` reads them
                // only after a word naming one day).
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "overnight"
                | "ago"
                | "time"
                | "deadline"
                | "today"
                | "tomorrow"
                | "yesterday"
                | "christmas"
                | "xmas"
                | "eve"
                | "half"
                | "midyear"
                | "semester"
                | "year-end"
                | "then"
                | "q1"
                | "q2"
                | "q3"
                | "q4"
                | "h1"
                | "h2"
                | "thanksgiving"
                | "halloween"
                | "easter"
                | "bowl"
                | "season"
                | "fourth"
        )
        // "by year end", "by January end": the phrase is whole only with its "end".
        || w == "end"
        || w.bytes().all(|b| b.is_ascii_digit())
        // "Super Bowl LI": a game's Roman numeral.
        || (w.len() >= 2 && w.len() <= 5 && w.bytes().all(|b| matches!(b, b'i' | b'v' | b'x' | b'l')))
        || w.strip_suffix("st")
            .or(w.strip_suffix("nd"))
            .or(w.strip_suffix("rd"))
            .or(w.strip_suffix("th"))
            .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
        || w.starts_with("mid-")
        || w.starts_with("end-of")
        || w.starts_with("early-")
        || w.starts_with("late-")
        || (w.len() >= 7 && w.as_bytes()[4] == b'-' && w[..4].bytes().all(|b| b.is_ascii_digit()))
}

/// The period `text` names when the whole of it is one time phrase as this module finds
/// them in a sentence ("this Christmas", "before the year is out", "the first week of
/// January"), read ahead from `reference`: what `--deadline` falls back to when the phrase
/// reader (`time::resolve_phrase`) alone does not read it, so `add` and `extract` read the
/// same words alike (adversary, 2026-12-05: seven phrases `extract` read were refused by
/// `add`). A phrase with words left over, or with no date ("before the election"), is `None`.
pub fn whole_phrase(text: &str, reference: NaiveDate) -> Option<Period> {
    // Read in a sentence that looks ahead, as a forecast's are.
    const LEAD: &str = "It will happen ";
    let sentence = format!("{LEAD}{}.", text.trim());
    let found = find(&sentence, reference, Tense::Future);
    match found.as_slice() {
        [f] if f.start == LEAD.len() && f.end == sentence.len() - 1 => f.period,
        _ => None,
    }
}

/// Every time phrase in `sentence`, read relative to `reference` in `tense`.
pub fn find(sentence: &str, reference: NaiveDate, tense: Tense) -> Vec<Found> {
    find_in(sentence, &tokens(sentence), reference, tense)
}

/// `find` over the `tokens` of `sentence` already made.
pub fn find_in(
    sentence: &str,
    words: &[Token<'_>],
    reference: NaiveDate,
    tense: Tense,
) -> Vec<Found> {
    let mut out = Vec::new();
    // "holiday sales", "holiday spending": counted over the holiday season (`time::holidays`).
    let ends: Vec<bool> = words
        .iter()
        .enumerate()
        .map(|(k, w)| {
            can_end(&w.0)
                || w.0 == "full-year"
                || k > 0
                    && words[k - 1].0 == "holiday"
                    && matches!(w.0.as_ref(), "sales" | "spending" | "shopping")
        })
        .collect();
    let has_event = words.iter().any(|w| EVENT_NOUN_SET.contains(&w.0));
    if !ends.iter().any(|e| *e) && !has_event {
        compounds(sentence, reference, tense, &mut out);
        return out;
    }
    let mut i = 0;
    while i < words.len() {
        if words[i].0 == "by" && words.get(i + 1).is_some_and(|w| w.0 == "then") {
            out.push(Found {
                start: words[i].1,
                end: words[i + 1].2,
                text: sentence[words[i].1..words[i + 1].2].to_string(),
                period: None,
                anaphor: true,
            });
            i += 2;
            continue;
        }
        // "full-year earnings of $4.50 a share": the figures of the year under way.
        if let Some((last_word, p)) = full_year_figure(words, i, reference) {
            out.push(Found::span(sentence, words, i, last_word, Some(p)));
            i = last_word + 1;
            continue;
        }
        // "in the second and third quarters", "between March and May", "by 2023's fourth
        // quarter": a range or a possessive year, read as its end.
        if let Some((last_word, p)) = coordinated(words, i, reference, tense) {
            out.push(Found::span(sentence, words, i, last_word, Some(p)));
            i = last_word + 1;
            continue;
        }
        // "true on 1/1/2022", "by 12/31/2021", "on 2022-01-01": a date in numbers.
        // ("date 2019-03-05", "Updated 3/5/2019": the page's own stamp, no event's day.)
        let stamp = i > 0
            && matches!(
                words[i - 1].0.as_ref(),
                "date" | "dated" | "published" | "updated" | "posted"
            );
        // "by 31/04/2026": a date in numbers that no calendar has is a phrase without a date
        // (a person gives the day), never the year after it read alone.
        if let Some(last_word) = impossible_numeric_date(sentence, words, i).filter(|_| !stamp) {
            let prep = (i > 0
                && matches!(words[i - 1].0.as_ref(), "on" | "by" | "before" | "until"))
            .then(|| i - 1);
            out.push(Found::span(
                sentence,
                words,
                prep.unwrap_or(i),
                last_word,
                None,
            ));
            i = last_word + 1;
            continue;
        }
        if let Some((last_word, date)) = numeric_date(sentence, words, i).filter(|_| !stamp) {
            let prep = (i > 0
                && matches!(
                    words[i - 1].0.as_ref(),
                    "on" | "by" | "before" | "until" | "till" | "through"
                ))
            .then(|| i - 1);
            // "before 1/1/2022": the day before is the last one.
            let date = if prep.is_some_and(|p| words[p].0 == "before") {
                date.pred_opt().unwrap_or(date)
            } else {
                date
            };
            out.push(Found::span(
                sentence,
                words,
                prep.unwrap_or(i),
                last_word,
                Some(Period {
                    first: date,
                    last: date,
                    granularity: crate::time::Granularity::Day,
                    rolled_forward: false,
                }),
            ));
            i = last_word + 1;
            continue;
        }
        // "over 2023-26", "for 2025-2027": a span of years ends with its last year.
        if let Some((a, b)) = hyphen_split(&words[i].0) {
            if a.len() == 4
                && a.bytes().all(|c| c.is_ascii_digit())
                && (b.len() == 2 || b.len() == 4)
                && b.bytes().all(|c| c.is_ascii_digit())
            {
                let end = if b.len() == 2 {
                    format!("{}{b}", &a[..2])
                } else {
                    b.to_string()
                };
                // "in 2023-24": two years in a row are one fiscal, crop or sports year.
                let split = match (a.parse::<i32>(), end.parse::<i32>()) {
                    (Ok(a), Ok(e)) if e == a + 1 => crate::time::split_year(e),
                    _ => None,
                };
                if let Some(p) = split.or_else(|| resolve_phrase_in(&end, reference, tense)) {
                    out.push(Found {
                        start: words[i].1,
                        end: words[i].2,
                        text: words[i].0.to_string(),
                        period: Some(p),
                        anaphor: false,
                    });
                }
                i += 1;
                continue;
            }
        }
        // "August-October 2022", "Dec-Feb": a span of months ends with the last month (and
        // the year that follows it, if any).
        if let Some((a, b)) = hyphen_split(&words[i].0) {
            if is_month(a) && is_month(b) {
                let year = words
                    .get(i + 1)
                    .filter(|n| n.0.len() == 4 && n.0.bytes().all(|c| c.is_ascii_digit()));
                let text = match year {
                    Some(y) => format!("{b} {}", y.0),
                    None => b.to_string(),
                };
                if let Some(p) = resolve_phrase_in(&text, reference, tense) {
                    let e = year.map_or(words[i].2, |y| y.2);
                    out.push(Found {
                        start: words[i].1,
                        end: e,
                        text: sentence[words[i].1..e].to_string(),
                        period: Some(p),
                        anaphor: false,
                    });
                    i += 1 + usize::from(year.is_some());
                    continue;
                }
            }
        }
        // "Sept. 17-18", "March 3-4": a meeting of two days ends on the second; also after
        // "at the", "on", "by its" ("at the Dec. 15-16 meeting"), which would otherwise be
        // read as the whole month (audit 24, E3).
        let m = (i..(i + 3).min(words.len()))
            .find(|&k| {
                !matches!(
                    words[k].0.as_ref(),
                    "at" | "the" | "on" | "by" | "its" | "their" | "before" | "until"
                )
            })
            .unwrap_or(i);
        if is_month(without_possessive(&words[m].0))
            && can_start(words, m, sentence)
            && words.get(m + 1).is_some_and(|n| {
                hyphen_split(&n.0).is_some_and(|(a, b)| {
                    (1..=2).contains(&a.len())
                        && (1..=2).contains(&b.len())
                        && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
                })
            })
        {
            let last_day = words[m + 1].0.split_once('-').map_or("", |(_, b)| b);
            let text = format!("{} {last_day}", &sentence[words[m].1..words[m].2]);
            if let Some(p) = resolve_phrase_in(&text, reference, tense) {
                out.push(Found {
                    start: words[m].1,
                    end: words[m + 1].2,
                    text: sentence[words[m].1..words[m + 1].2].to_string(),
                    period: Some(p),
                    anaphor: false,
                });
                i = m + 2;
                continue;
            }
        }
        if !can_start(words, i, sentence) {
            i += 1;
            continue;
        }
        // "in the week of January 10", "in the month after the election": the named date's
        // week or month, or no date, never the current one (audit 27, finding 3).
        if let Some((last_word, period)) = unit_of_date(sentence, words, i, reference, tense) {
            out.push(Found::span(sentence, words, i, last_word, period));
            i = last_word + 1;
            continue;
        }
        let mut best: Option<(usize, Period)> = None;
        // "implying fiscal 2027 profit of $2": a bare year after "fiscal" is a fiscal year, the
        // word kept in the phrase (`fiscal_year_reported`, `review_note`).
        let fiscal_before = i > 0
            && words[i - 1].0.eq_ignore_ascii_case("fiscal")
            && words[i].0.len() == 4
            && words[i].0.bytes().all(|b| b.is_ascii_digit());
        // Ten words: "by the end of the third quarter of 2028" is nine, and a shorter span
        // would drop its year (audit 27, finding 1).
        for len in 1..=10.min(words.len() - i) {
            let last = &words[i + len - 1];
            // Do not reach across clause punctuation.
            if len > 1 {
                let gap = &sentence[words[i + len - 2].2..last.1];
                // (A window scan: `contains(" - ")` would build a substring searcher per gap;
                // nearly every gap is one space, which holds none of them.)
                if gap != " "
                    && (gap.contains([',', ';', ':', '—', '–', '(', ')'])
                        || gap.as_bytes().windows(3).any(|w| w == b" - "))
                {
                    break;
                }
            }
            let (w0, wl) = (words[i].0.as_ref(), last.0.as_ref());
            // A lone "may"/"march" must pass `can_start`; inside a span it needs a capital.
            if len > 1 && (wl == "may" || wl == "march") && !sentence[last.1..].starts_with(['M']) {
                break;
            }
            if !ends[i + len - 1] {
                continue;
            }
            let text = &sentence[words[i].1..last.2];
            let trivial = len == 1
                && matches!(
                    w0,
                    "the"
                        | "a"
                        | "in"
                        | "by"
                        | "one"
                        | "this"
                        | "next"
                        | "last"
                        | "first"
                        | "second"
                        | "new"
                        | "at"
                        | "from"
                        | "no"
                        | "not"
                        | "end"
                        | "over"
                );
            // "£80 a year" is a rate; "in a year" starts at the preposition. "(last) a couple
            // more weeks" is what is left from now, never a rate.
            let left = w0 == "a"
                && words
                    .get(i + 1)
                    .is_some_and(|w| matches!(w.0.as_ref(), "couple" | "few"))
                && words.get(i + 2).is_some_and(|w| w.0 == "more");
            if trivial || (matches!(w0, "a" | "an") && !left) {
                continue;
            }
            // "the worst in a decade", "the first time in 20 years": a comparison, not a time frame.
            let superlative = |k: usize| {
                let prev = words[k].0.as_ref();
                (prev.ends_with("est") && prev.len() > 4)
                    || matches!(
                        prev,
                        "first" | "most" | "least" | "worst" | "best" | "time" | "times"
                    )
            };
            let after_superlative = i > 0 && superlative(i - 1);
            // "... for the first time in 40 years": the span starting at the number is the
            // same comparison.
            let counted_after_superlative = i > 1 && words[i - 1].0 == "in" && superlative(i - 2);
            if (w0 == "in" && after_superlative) || counted_after_superlative {
                break;
            }
            // "in the next year", "within the next year": the twelve months ahead, not the
            // calendar year after this one.
            let lower = text.to_ascii_lowercase();
            let text = match lower.as_str() {
                "in the next year"
                | "within the next year"
                | "over the next year"
                | "in next year"
                | "in the coming year"
                | "over the coming year" => "within a year",
                // "in the weeks ahead" is "in the coming weeks"; "tonight" is today.
                "in the days ahead" | "over the days ahead" => "in the coming days",
                "in the weeks ahead" | "over the weeks ahead" => "in the coming weeks",
                "in the months ahead" | "over the months ahead" => "in the coming months",
                "in the year ahead" | "over the year ahead" => "within a year",
                // "a slow weekend ahead", "over the weekend ahead": the coming weekend.
                "weekend ahead" | "the weekend ahead" | "over the weekend ahead" => "this weekend",
                // "in the years ahead": no date anyone could check; nor the span after a
                // preposition that belongs to a verb ("penciling in the years ahead").
                "in the years ahead" | "over the years ahead" | "the years ahead" => "",
                "tonight" => "today",
                _ => text,
            };
            // "within the next four-five days", "within 2-3 months": a range of counts takes its
            // end.
            let counted = count_range_end(text);
            let text = counted.as_deref().unwrap_or(text);
            // "by the end of fiscal 2027", "in fiscal Q2": read as the calendar period, the
            // whole phrase kept with its "fiscal" for the review note (`review_note`).
            let fiscal_word = fiscal_at(text);
            let fiscal = fiscal_before || fiscal_word.is_some() || fiscal_year_word(text);
            let calendar = fiscal_word.map(|at| format!("{}{}", &text[..at], &text[at + 7..]));
            let text = calendar.as_deref().unwrap_or(text);
            if let Some(p) = resolve_phrase_in(text, reference, tense) {
                best = Some((len, if fiscal { fiscal_year_reported(p) } else { p }));
            }
        }
        // "by a quarter point", "by half a percentage point", "by a quarter of a point": a
        // fraction of a rate's unit, an amount, not a quarter of the year (audit 22, C1).
        if let Some((len, _)) = best.filter(|(len, _)| fraction_of_a_point(words, i + len - 1)) {
            i += len;
            continue;
        }
        let named = best.is_some_and(|(len, _)| season_as_name(sentence, words, i, len));
        // "next year and beyond", "in 2030 and beyond": a start with no end, no date.
        let beyond = best.is_some_and(|(len, _)| and_beyond(words, i + len));
        if let Some((len, period)) = best {
            let first = if fiscal_before { i - 1 } else { i };
            let e = words[i + len - 1].2;
            if beyond {
                out.push(Found::span(sentence, words, first, i + len + 1, None));
                i += len + 2;
                continue;
            }
            // "a winter storm is expected", "The Winds of Winter": a season is spoken of, but
            // not which days.
            if named {
                out.push(Found::span(sentence, words, first, i + len - 1, None));
                i += len;
                continue;
            }
            // "before the November election": the month names the event, whose day is unknown.
            let next_is_event = words
                .get(i + len)
                .is_some_and(|w| EVENT_NOUN_SET.contains(&w.0));
            if next_is_event && matches!(words[i].0.as_ref(), "before" | "by" | "until" | "after") {
                // "before the Dec. 19 recess": a month with its day names the event's day.
                let dated = (period.granularity == Granularity::Day).then_some(period);
                out.push(Found::span(sentence, words, first, i + len, dated));
                i += len + 1;
                continue;
            }
            // "before the winter is over": the end of the winter, not its start.
            let period = if words[i].0 == "before"
                && words
                    .get(i + len)
                    .is_some_and(|w| matches!(w.0.as_ref(), "is" | "ends" | "runs" | "draws"))
                && words
                    .get(i + len + 1)
                    .is_some_and(|w| matches!(w.0.as_ref(), "over" | "out" | "to" | "done"))
                    | words.get(i + len).is_some_and(|w| w.0 == "ends")
            {
                resolve_phrase_in(&sentence[words[i + 1].1..e], reference, tense).unwrap_or(period)
            } else {
                period
            };
            out.push(Found::span(
                sentence,
                words,
                first,
                i + len - 1,
                Some(period),
            ));
            i += len;
            continue;
        }
        // "before the election", "by the summit": a forward phrase with no date.
        // ("by a vote of 6-3", "by a wide margin": an indefinite noun after "by" is a means or
        // a margin, not an appointed event.)
        if matches!(words[i].0.as_ref(), "before" | "by" | "until" | "after")
            && !words
                .get(i + 1)
                .is_some_and(|w| matches!(w.0.as_ref(), "a" | "an"))
        {
            let mut j = i + 1;
            if words
                .get(j)
                .is_some_and(|w| w.0 == "the" || w.0 == "next" || w.0 == "this")
            {
                j += 1;
            }
            // "by the end of the season", "until the start of the talks": the part of the
            // event, then the event.
            if words
                .get(j)
                .is_some_and(|w| matches!(w.0.as_ref(), "end" | "start" | "beginning"))
                && words.get(j + 1).is_some_and(|w| w.0 == "of")
            {
                j += 2;
                if words.get(j).is_some_and(|w| w.0 == "the" || w.0 == "this") {
                    j += 1;
                }
            }
            let mut k = j;
            while k < words.len() && k < j + 3 {
                // "by the Congressional Budget Office": the noun names a body, not its event.
                let body = words.get(k + 1).is_some_and(|w| {
                    matches!(
                        w.0.as_ref(),
                        "office" | "committee" | "department" | "ministry" | "director"
                    )
                });
                if EVENT_NOUN_SET.contains(&words[k].0) && !body {
                    // "before the window closes on January 31", "by the deadline on March 3":
                    // the event's day, told after it, dates the phrase (audit 27, finding 5).
                    let dated = (words[i].0 != "after")
                        .then(|| event_day_after(sentence, words, k, reference, tense))
                        .flatten();
                    let last = dated.map_or(k, |(l, _)| l);
                    let period = dated.map(|(_, d)| {
                        let d = if words[i].0 == "before" {
                            d.pred_opt().unwrap_or(d)
                        } else {
                            d
                        };
                        Period {
                            first: d,
                            last: d,
                            granularity: Granularity::Day,
                            rolled_forward: false,
                        }
                    });
                    let (s, e) = (words[i].1, words[last].2);
                    out.push(Found {
                        start: s,
                        end: e,
                        text: sentence[s..e].to_string(),
                        period,
                        anaphor: false,
                    });
                    if dated.is_some() {
                        i = last;
                    }
                    break;
                }
                k += 1;
            }
        }
        i += 1;
    }
    counted_later(sentence, words, &mut out);
    this_season(sentence, words, &mut out);
    weekday_with_date(sentence, &mut out);
    with_year_after(sentence, &mut out);
    compounds(sentence, reference, tense, &mut out);
    out.retain(|f| !season_in_a_name(sentence, words, f));
    out
}

/// Whether a phrase's season word is a capitalised part of a proper name ("Summer Lake ($5
/// million) will sell first", "before Winter Park votes", "the Arab Spring"): a place, firm
/// or movement, no time (round 65, x65d). The season is capitalised and a capitalised word
/// that is no month, weekday, year or games ("Winter Olympics", "Summer Games" keep their
/// season) follows it, or one that is not the sentence's first word nor a time word precedes
/// it. A title-case heading ("Rates To Rise By Summer, Bank Says") is left alone.
fn season_in_a_name(sentence: &str, words: &[super::hedges::Token<'_>], f: &Found) -> bool {
    let capital = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| sentence[w.1..].starts_with(|c: char| c.is_uppercase()))
    };
    let lower_words = words
        .iter()
        .filter(|w| sentence[w.1..].starts_with(|c: char| c.is_lowercase()))
        .count();
    if lower_words * 2 < words.len() {
        return false;
    }
    words.iter().enumerate().any(|(k, w)| {
        if w.1 < f.start
            || w.2 > f.end
            || !matches!(
                without_possessive(&w.0),
                "spring" | "summer" | "autumn" | "fall" | "winter"
            )
            || !capital(k)
        {
            return false;
        }
        let next = words.get(k + 1).map_or("", |n| n.0.as_ref());
        let named_after = capital(k + 1)
            && !is_month(next)
            && !is_weekday(next)
            && !next.starts_with(|c: char| c.is_ascii_digit())
            && !matches!(
                next,
                "olympics" | "olympic" | "games" | "paralympics" | "paralympic" | "solstice"
            );
        let prev = if k > 0 { words[k - 1].0.as_ref() } else { "" };
        let named_before = k > 1
            && capital(k - 1)
            && !is_month(prev)
            && !matches!(
                prev,
                "early"
                    | "late"
                    | "mid"
                    | "next"
                    | "this"
                    | "last"
                    | "the"
                    | "by"
                    | "in"
                    | "until"
                    | "before"
                    | "after"
                    | "during"
                    | "over"
                    | "through"
                    | "coming"
                    | "upcoming"
            );
        named_after || named_before
    })
}

/// Phrases read as a part of themselves, set right (audit 28, E11, E22, E26, E31): "the day
/// after tomorrow", "a week from Friday", "Friday week" and "the week after next" are a day
/// or a week later than the phrase inside them; finance's "end-Q1 2027", "end-March",
/// "end-2027" are the end of that quarter, month or year: each whole span is read by
/// `time::resolve_phrase_in`, as `--deadline` reads it ("The 2027 hurricane season" and
/// "next year's hurricane season" it reads whole itself); "in summer by 2040" is due by 2040,
/// the season saying when in the year; "2030 points", "2040 dollars" are amounts, no year.
fn compounds(sentence: &str, reference: NaiveDate, tense: Tense, out: &mut Vec<Found>) {
    let lower = sentence.to_ascii_lowercase();
    if lower.len() != sentence.len() {
        return;
    }
    for f in out.iter_mut() {
        let Some(p) = f.period else { continue };
        let before = lower[..f.start].trim_end();
        let text = f.text.to_ascii_lowercase();
        let after = &lower[f.end..];
        // The whole span, read by `time::resolve_phrase_in` as `--deadline` reads it.
        let (start, end) = if text == "tomorrow" && before.ends_with("day after") {
            let k = before.len() - "day after".len();
            let k = if lower[..k].ends_with("the ") {
                k - 4
            } else {
                k
            };
            (k, f.end)
        } else if text.starts_with("from ")
            && p.granularity == Granularity::Day
            && (before.ends_with(" week") || before.ends_with(" a week"))
        {
            let k = before.len() - "week".len();
            let k = if lower[..k].ends_with("a ") { k - 2 } else { k };
            (k, f.end)
        } else if p.granularity == Granularity::Day
            && matches!(
                text.trim_start_matches("on "),
                "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
            )
            && after.starts_with(" week")
            && !after[5..].starts_with(|c: char| c.is_ascii_alphanumeric())
        {
            (f.start, f.end + " week".len())
        } else if text.ends_with("week") && after.starts_with(" after next") {
            (f.start, f.end + " after next".len())
        } else {
            continue;
        };
        let Some(q) = resolve_phrase_in(&sentence[start..end], reference, tense) else {
            continue;
        };
        f.start = start;
        f.end = end;
        f.period = Some(q);
        f.text = sentence[start..end].to_string();
    }
    // "2030 points": an amount.
    out.retain(|f| {
        let bare = f.text.trim_start_matches(|c: char| !c.is_ascii_digit());
        !(bare.len() == 4
            && bare.chars().all(|c| c.is_ascii_digit())
            && lower[f.end..].split_whitespace().next().is_some_and(|w| {
                matches!(
                    w.trim_end_matches(|c: char| !c.is_ascii_alphanumeric()),
                    "points"
                        | "dollars"
                        | "euros"
                        | "pounds"
                        | "yen"
                        | "barrels"
                        | "tonnes"
                        | "tons"
                        | "units"
                        | "ounces"
                        | "pts"
                        | "bps"
                        | "jobs"
                        | "homes"
                )
            }))
    });
    // "in summer by 2040": the season says when in the year, "by" the deadline.
    let mut k = 1;
    while k < out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        let season = a.text.to_ascii_lowercase().starts_with("in ")
            && !a.text.chars().any(|c| c.is_ascii_digit())
            && a.period
                .is_some_and(|p| p.granularity == Granularity::Season);
        if season
            && b.text.to_ascii_lowercase().starts_with("by ")
            && lower
                .get(a.end..b.start)
                .is_some_and(|g| g.trim().is_empty())
        {
            out.remove(k - 1);
        } else {
            k += 1;
        }
    }
    // "end-Q1 2027", "end-March", "end-2027": the end of that period.
    let mut from = 0;
    while let Some(at) = super::claims::find_short(&lower[from..], "end-").map(|k| from + k) {
        from = at + 4;
        if at > 0 && lower[..at].ends_with(|c: char| c.is_ascii_alphanumeric()) {
            continue;
        }
        let rest = &lower[at + 4..];
        let w1 = rest
            .split(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .unwrap_or("");
        if w1.is_empty() {
            continue;
        }
        let mut end = at + 4 + w1.len();
        let more = &lower[end..];
        if let Some(y) = more.strip_prefix(' ').and_then(|m| m.get(..4)) {
            if y.chars().all(|c| c.is_ascii_digit())
                && !more[5..].starts_with(|c: char| c.is_ascii_alphanumeric())
                && !w1.chars().all(|c| c.is_ascii_digit())
            {
                end += 5;
            }
        }
        let Some(period) = resolve_phrase_in(&sentence[at..end], reference, tense) else {
            continue;
        };
        let start = if lower[..at].ends_with("by ") {
            at - 3
        } else {
            at
        };
        out.retain(|f| f.end <= start || f.start >= end);
        out.push(Found {
            start,
            end,
            text: sentence[start..end].to_string(),
            period: Some(period),
            anaphor: false,
        });
    }
    out.sort_by_key(|f| f.start);
}

/// "by Friday, May 15", "on Monday, June 1, 2026", "by Thursday (May 14)", "by Friday 15
/// May": a weekday followed by a day of the month names that day, not the coming weekday; the
/// two become one phrase with the date's day (a weekday that disagrees with the date is left
/// to `review_note`).
fn weekday_with_date(sentence: &str, out: &mut Vec<Found>) {
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        let gap = sentence.get(a.end..b.start).unwrap_or("x");
        let joined = matches!(gap, " " | ", " | " (" | ", (" | " \u{2013} " | " \u{2014} ");
        let weekday_last = a
            .text
            .rsplit(' ')
            .next()
            .is_some_and(|w| crate::time::weekday(&w.to_ascii_lowercase()).is_some());
        let day = |f: &Found| f.period.is_some_and(|p| p.granularity == Granularity::Day);
        // The date starts with its month or its day number, no preposition of its own.
        let bare_date = b.text.split(' ').next().is_some_and(|w| {
            is_month(&w.to_ascii_lowercase().replace('.', ""))
                || w.starts_with(|c: char| c.is_ascii_digit())
        });
        if joined && weekday_last && !a.anaphor && day(a) && day(b) && bare_date {
            let before = a.text.to_ascii_lowercase().starts_with("before ");
            let period = b.period.map(|p| {
                let last = if before {
                    p.last.pred_opt().unwrap_or(p.last)
                } else {
                    p.last
                };
                Period {
                    first: last.min(p.first),
                    last,
                    ..p
                }
            });
            let start = a.start;
            // "(May 14)": the closing bracket belongs to the phrase.
            let end = if gap.ends_with('(') && sentence[b.end..].starts_with(')') {
                b.end + 1
            } else {
                b.end
            };
            out[k] = Found {
                start,
                end,
                text: sentence[start..end].to_string(),
                period,
                anaphor: false,
            };
            out.remove(k + 1);
        }
        k += 1;
    }
}

/// Where "fiscal " stands in a phrase before a year or a quarter or half ("by the end of
/// Fiscal 2027", "in fiscal Q2"), in any ASCII case. ("the next fiscal year" is not "next
/// year" moved: it is left as it was.)
fn fiscal_at(text: &str) -> Option<usize> {
    let at = text
        .as_bytes()
        .windows(7)
        .position(|w| w.eq_ignore_ascii_case(b"fiscal "))?;
    let next = &text.as_bytes()[at + 7..];
    let period = next.first().is_some_and(u8::is_ascii_digit)
        || (next.len() >= 2
            && matches!(next[0], b'q' | b'Q' | b'h' | b'H')
            && next[1].is_ascii_digit());
    period.then_some(at)
}

/// A whole fiscal year named with no company calendar ("fiscal 2026", "FY27", "by the end
/// of fiscal 2027") is due at the end of October of that year: the commonest fiscal year
/// other than the calendar one ends in late September, and a forecast of its figures is
/// settled when they are reported, within about a month (the labels' reading of company
/// guidance: the fiscal year's end plus its report; of the four labeled real-news fiscal
/// years, the calendar year's end was in range for one and October's end for three; round
/// 60). A fiscal quarter or half keeps the calendar reading, and `review_note` still asks
/// for the company's calendar.
fn fiscal_year_reported(p: Period) -> Period {
    if p.granularity != Granularity::Year {
        return p;
    }
    match NaiveDate::from_ymd_opt(p.last.year(), 10, 31) {
        Some(last) if last >= p.first => Period { last, ..p },
        _ => p,
    }
}

/// Whether a phrase holds a fiscal year written "FY2026" or "FY26" (any case).
fn fiscal_year_word(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
        w.len() > 2
            && w[..2].eq_ignore_ascii_case("fy")
            && crate::time::analyst_period(&w.to_ascii_lowercase()).is_some()
    })
}

/// A note for the reviewer about the phrase `f` itself: a weekday that is not the day of the
/// date written with it ("Friday, May 14" in a year where May 14 is a Thursday: the date is
/// taken), or a date in numbers whose day and month could be either way round ("03/04/2026",
/// read month first as `import` would refuse to guess), or a fiscal period read as the
/// calendar one ("by the end of fiscal 2027": the company's year may end in another month).
pub(super) fn review_note(f: &Found) -> Option<String> {
    let p = f.period?;
    // A company's fiscal year is its own (it may end in June, September or January).
    if fiscal_at(&f.text).is_some() || fiscal_year_word(&f.text) {
        if p.granularity == Granularity::Year {
            return Some(format!(
                "\"{}\" is a fiscal year: read as a September year-end and its report ({}); check the company's fiscal calendar",
                f.text, p.last
            ));
        }
        return Some(format!(
            "\"{}\" is a fiscal period: read as the calendar one ({}); check the company's fiscal calendar",
            f.text, p.last
        ));
    }
    // "by mid-decade": read as the decade's middle third, which ends with its seventh year
    // (2026 for the 2020s); its fifth year, which some mean, may have passed (audit 26,
    // finding 6).
    if p.granularity == Granularity::Decade
        && p.last.year().rem_euclid(10) != 5
        && (f.text.to_ascii_lowercase().contains("mid")
            || f.text.to_ascii_lowercase().contains("middle"))
    {
        let fifth = p.last.year() - p.last.year().rem_euclid(10) + 5;
        return Some(format!(
            "\"{}\" read as the middle third of the decade, ending {}; if its fifth year is meant, that ends {fifth}-12-31: check which is meant",
            f.text, p.last
        ));
    }
    if p.granularity != Granularity::Day {
        return None;
    }
    let lower = f.text.to_ascii_lowercase();
    let mut words = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    let named = words.clone().find_map(crate::time::weekday);
    if let Some(named) = named {
        let before = lower.starts_with("before ");
        let day = if before { p.last.succ_opt()? } else { p.last };
        if words.any(|w| w.starts_with(|c: char| c.is_ascii_digit())) && day.weekday() != named {
            return Some(format!(
                "\"{}\" names a weekday that is not the date's ({day} is a {}): the date was taken; check which day is meant",
                f.text,
                weekday_name(day.weekday())
            ));
        }
        return None;
    }
    // "03/04/2026": both first numbers could be the month.
    let numbers: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| !w.is_empty())
        .collect();
    if let [a, b, y] = numbers.as_slice() {
        let (a, b) = (a.parse::<u32>().ok()?, b.parse::<u32>().ok()?);
        if y.len() == 4
            && lower.contains('/')
            && a != b
            && (1..=12).contains(&a)
            && (1..=12).contains(&b)
        {
            return Some(format!(
                "\"{}\" could be day/month or month/day: read month first ({}); check which is meant",
                f.text, p.last
            ));
        }
    }
    None
}

/// The day an event noun at word `k` is said to fall on, right after it: "(the window)
/// closes on January 31", "(the deadline) on March 3", "(the vote) is set for June 2". Gives
/// the date's last word and its day; only a day of the calendar counts.
fn event_day_after(
    sentence: &str,
    words: &[Token<'_>],
    k: usize,
    reference: NaiveDate,
    tense: Tense,
) -> Option<(usize, NaiveDate)> {
    let w = |j: usize| words.get(j).map(|t| t.0.as_ref());
    let mut j = k + 1;
    if matches!(
        w(j),
        Some(
            "closes"
                | "close"
                | "ends"
                | "end"
                | "expires"
                | "expire"
                | "shuts"
                | "falls"
                | "is"
                | "passes"
                | "lapses"
        )
    ) {
        j += 1;
        if w(j - 1) == Some("is") && matches!(w(j), Some("set" | "due" | "scheduled")) {
            j += 1;
        }
    }
    if !matches!(w(j), Some("on" | "for")) {
        return None;
    }
    let from = j + 1;
    let mut read = None;
    for last in from..(from + 4).min(words.len()) {
        let gap = &sentence[words[last - 1].2..words[last].1];
        if gap.contains([',', ';', ':', '—', '–', '(', ')']) && last > from {
            break;
        }
        if let Some(p) =
            resolve_phrase_in(&sentence[words[from].1..words[last].2], reference, tense)
                .filter(|p| p.granularity == Granularity::Day)
        {
            read = Some((last, p.last));
        }
    }
    read
}

/// A week, weekend or month told by a date or an event: "in the week of January 10" (the
/// seven days from it, to January 16), "over the weekend of December 12" (to that weekend's
/// Sunday), "the first week of February" (to February 7), "in the week after Easter" (to
/// the week after it), "in the week before Christmas" (to the day before it). An event with
/// no date the tool can read ("in the month after the election") is a phrase with no date.
/// Returns the last word read and the period. (Audit 27, finding 3: these were read as the
/// current week or month.)
fn unit_of_date(
    sentence: &str,
    words: &[Token<'_>],
    i: usize,
    reference: NaiveDate,
    tense: Tense,
) -> Option<(usize, Option<Period>)> {
    let w = |k: usize| words.get(k).map(|t| t.0.as_ref());
    let mut k = i;
    if matches!(
        w(k),
        Some("in" | "during" | "over" | "by" | "within" | "until")
    ) {
        k += 1;
    }
    if w(k) != Some("the") {
        return None;
    }
    k += 1;
    let nth = match w(k) {
        Some("first") => Some(1),
        Some("second") => Some(2),
        Some("third") => Some(3),
        Some("fourth") => Some(4),
        Some("last" | "final") => Some(5),
        _ => None,
    };
    k += usize::from(nth.is_some());
    let unit = w(k).filter(|u| matches!(*u, "week" | "weekend" | "month"))?;
    let link = w(k + 1).filter(|l| matches!(*l, "of" | "after" | "before" | "following"))?;
    if nth.is_some() && (link != "of" || unit == "month") {
        return None;
    }
    // The longest span of up to five words after the link that reads as a time, within the
    // clause.
    let from = k + 2;
    let mut read: Option<(usize, Period)> = None;
    for last in from..(from + 5).min(words.len()) {
        if last > from {
            let gap = &sentence[words[last - 1].2..words[last].1];
            if gap.contains([',', ';', ':', '—', '–', '(', ')']) {
                break;
            }
        }
        if let Some(p) =
            resolve_phrase_in(&sentence[words[from].1..words[last].2], reference, tense)
        {
            read = Some((last, p));
        }
    }
    let days = |n: i64| chrono::Duration::days(n);
    let sunday_on_or_after =
        |d: NaiveDate| d + days(i64::from((7 - d.weekday().num_days_from_sunday()) % 7));
    let period = |first: NaiveDate, last: NaiveDate| Period {
        first,
        last,
        granularity: if unit == "month" {
            Granularity::Month
        } else {
            Granularity::Week
        },
        rolled_forward: false,
    };
    let Some((last, p)) = read else {
        // "the week of the summit", "the month after the election": an event with no date.
        let end = (from..(from + 4).min(words.len()))
            .find(|&e| EVENT_NOUN_SET.contains(&words[e].0))
            .filter(|_| nth.is_none())?;
        return Some((end, None));
    };
    let day = p.granularity == Granularity::Day;
    let found = match (link, nth) {
        // "the first week of February": the nth seven days of the month, or its last week.
        // So of a season, quarter, half or year: "in the final week of Q3" is the quarter's
        // last seven days (round 66, x66d: it was read as no date).
        ("of", Some(n))
            if matches!(
                p.granularity,
                Granularity::Month
                    | Granularity::Season
                    | Granularity::Quarter
                    | Granularity::Half
                    | Granularity::Year
            ) =>
        {
            let first = if unit == "weekend" {
                // The month's nth Saturday, or its last.
                let sat = p.first
                    + days(i64::from(
                        (6 + 7 - p.first.weekday().num_days_from_sunday()) % 7,
                    ));
                let nth_sat = sat + days(7 * (i64::from(n.min(5)) - 1));
                if n == 5 || nth_sat > p.last {
                    let mut d = p.last;
                    while d.weekday() != chrono::Weekday::Sat {
                        d = d.pred_opt()?;
                    }
                    d
                } else {
                    nth_sat
                }
            } else if n == 5 {
                p.last - days(6)
            } else {
                p.first + days(7 * (i64::from(n) - 1))
            };
            let end = if unit == "weekend" { 1 } else { 6 };
            Some(period(first, first + days(end)))
        }
        // "the month of June" is June.
        ("of", None) if unit == "month" => Some(p),
        ("of", None) if day && unit == "week" => Some(period(p.last, p.last + days(6))),
        ("of", None) if day && unit == "weekend" => {
            Some(period(p.last, sunday_on_or_after(p.last)))
        }
        ("after" | "following", None) if day => {
            let d = p.last;
            let end = match unit {
                "week" => d + days(7),
                "weekend" => sunday_on_or_after(d + days(1)),
                _ => d.checked_add_months(chrono::Months::new(1))?,
            };
            Some(period(d + days(1), end))
        }
        ("before", None) if day => {
            let d = p.first.pred_opt()?;
            Some(period(d, d))
        }
        // "the week of June": no one week.
        _ => None,
    };
    Some((last, found))
}

/// "full-year earnings", "full year revenue", "its full-year profit": figures counted over
/// the whole of the year under way, known once it ends (as "the full year" reads). Not the
/// year's guidance, outlook or target (a document, put out on a day of its own), and not
/// in January or February, when the full year the figures are of may be the one just ended.
/// Returns the last word of "full-year" and the period.
fn full_year_figure(
    words: &[Token<'_>],
    i: usize,
    reference: NaiveDate,
) -> Option<(usize, Period)> {
    let last = match words[i].0.as_ref() {
        "full-year" => i,
        "full" if words.get(i + 1).is_some_and(|w| w.0 == "year") => i + 1,
        _ => return None,
    };
    let figure = words.get(last + 1).is_some_and(|w| {
        matches!(
            w.0.as_ref(),
            "earnings"
                | "revenue"
                | "revenues"
                | "sales"
                | "profit"
                | "profits"
                | "loss"
                | "losses"
                | "eps"
                | "income"
                | "ebitda"
                | "output"
                | "production"
                | "shipments"
                | "deliveries"
                | "growth"
        )
    });
    if !figure || reference.month() <= 2 {
        return None;
    }
    resolve_phrase_in("the full year", reference, Tense::Future).map(|p| (last, p))
}

/// Whether words `k` and `k + 1` are "and beyond": the phrase before them opens a span
/// with no end ("spring offensives next year and beyond").
fn and_beyond(words: &[Token<'_>], k: usize) -> bool {
    words.get(k).is_some_and(|w| w.0 == "and") && words.get(k + 1).is_some_and(|w| w.0 == "beyond")
}

/// Whether the phrase ending at word `last` ("by a quarter", "by half") is the fraction of an
/// amount that follows it: "point", "points", "percentage point", "basis points", or "of a
/// (percentage) point".
fn fraction_of_a_point(words: &[Token<'_>], last: usize) -> bool {
    let unit = |w: Option<&Token<'_>>| {
        w.is_some_and(|w| matches!(w.0.as_ref(), "point" | "points" | "percentage" | "basis"))
    };
    matches!(
        words[last].0.as_ref(),
        "quarter" | "quarters" | "half" | "third" | "thirds"
    ) && (unit(words.get(last + 1))
        || words.get(last + 1).is_some_and(|w| w.0 == "of")
            && (unit(words.get(last + 2))
                || words
                    .get(last + 2)
                    .is_some_and(|w| matches!(w.0.as_ref(), "a" | "one"))
                    && unit(words.get(last + 3))))
}

/// "Could trigger it as early as Tuesday, and the committee will vote two days later": a
/// count of days or weeks "later" is counted from the nearest earlier day the sentence
/// names, and is a day of its own. Without such a day, "two days" is counted from
/// publication as any count is.
fn counted_later(sentence: &str, words: &[Token<'_>], out: &mut Vec<Found>) {
    let mut k = 2;
    while k < words.len() {
        if words[k].0 != "later" {
            k += 1;
            continue;
        }
        let (n, unit) = (&words[k - 2], &words[k - 1]);
        let days = match unit.0.as_ref() {
            "day" | "days" => 1,
            "week" | "weeks" => 7,
            _ => 0,
        };
        let count = if n.0 == "a" || n.0 == "one" {
            Some(1)
        } else {
            count_word(&n.0)
        };
        let start = n.1;
        let anchor = out
            .iter()
            .rev()
            .find(|f| f.end <= start)
            .and_then(|f| f.period)
            .filter(|p| p.granularity == Granularity::Day);
        // "two days" alone was read from publication: "later" makes it the anchor's.
        let counted_alone = out.iter().position(|f| f.start == start && f.end == unit.2);
        let covered =
            counted_alone.is_none() && out.iter().any(|f| f.start <= start && start < f.end);
        if anchor.is_some() && days > 0 && count.is_some() {
            if let Some(at) = counted_alone {
                out.remove(at);
            }
        }
        if let (Some(c), Some(p), false, true) = (count, anchor, covered, days > 0) {
            if let Some(day) = p
                .last
                .checked_add_days(chrono::Days::new(u64::from(c) * days))
            {
                let end = words[k].2;
                let at = out.partition_point(|f| f.start < start);
                out.insert(
                    at,
                    Found {
                        start,
                        end,
                        text: sentence[start..end].to_string(),
                        period: Some(Period {
                            first: day,
                            last: day,
                            granularity: Granularity::Day,
                            rolled_forward: false,
                        }),
                        anaphor: false,
                    },
                );
            }
        }
        k += 1;
    }
}

/// "to reach the title game this season": the season under way, a time phrase with no date
/// of its own, as "by the end of the season" is (the league an article names gives its end;
/// `deadlines` leaves it to the reviewer otherwise). A "this season" inside a phrase already
/// found ("by the end of this season") is that phrase's.
fn this_season(sentence: &str, words: &[Token<'_>], out: &mut Vec<Found>) {
    for k in 0..words.len().saturating_sub(1) {
        if words[k].0 != "this" || words[k + 1].0 != "season" {
            continue;
        }
        let (start, end) = (words[k].1, words[k + 1].2);
        if out.iter().any(|f| f.start < end && start < f.end) {
            continue;
        }
        let at = out.partition_point(|f| f.start < start);
        out.insert(
            at,
            Found {
                start,
                end,
                text: sentence[start..end].to_string(),
                period: None,
                anaphor: false,
            },
        );
    }
}

/// Whether the `len` words at `i` are a season's name used as a noun's modifier or in a title,
/// not a time frame: a bare season word ("the" at most before it) followed by a noun of its
/// own ("a winter storm"), or capitalized inside a sentence ("The Winds of Winter"). The
/// phrase is kept without a date (the sentence still speaks of a time; which days, it does
/// not say). Followed by a time noun ("winter months"), a verb ("summer is"), a conjunction,
/// a preposition or nothing, it is the season.
fn season_as_name(sentence: &str, words: &[Token<'_>], i: usize, len: usize) -> bool {
    let k = if len == 2 && words[i].0 == "the" {
        i + 1
    } else if len == 1 {
        i
    } else {
        return false;
    };
    if !matches!(
        words[k].0.as_ref(),
        "winter" | "summer" | "spring" | "autumn" | "fall"
    ) {
        return false;
    }
    if k > 0 && sentence[words[k].1..].starts_with(char::is_uppercase) {
        return true;
    }
    let Some(next) = words.get(k + 1) else {
        return false;
    };
    // (One space between: "winter, and" or "summer." ends the phrase.)
    let noun_after = &sentence[words[k].2..next.1] == " "
        && sentence[next.1..].starts_with(|c: char| c.is_ascii_lowercase())
        && !matches!(
            next.0.as_ref(),
            "and"
                | "or"
                | "is"
                | "was"
                | "will"
                | "would"
                | "could"
                | "may"
                | "might"
                | "should"
                | "when"
                | "as"
                | "before"
                | "after"
                | "with"
                | "to"
                | "of"
                | "in"
                | "on"
                | "at"
                | "by"
                | "for"
                | "from"
                | "than"
                | "if"
                | "that"
                | "months"
                | "season"
                | "break"
                | "holidays"
                | "recess"
                | "session"
                | "term"
                | "comes"
                | "arrives"
                | "ends"
                | "begins"
                | "starts"
        );
    // A season as an adjective of something planned dates it ("a spring offensive", "the
    // autumn launch"): audit 23 D3. "a winter storm", "summer heat" stay names.
    noun_after && !planned(&next.0)
}

/// Things planned for a season, which a season before them dates ("a spring offensive",
/// "the autumn event").
fn planned(w: &str) -> bool {
    matches!(
        w,
        "offensive"
            | "counteroffensive"
            | "counter-offensive"
            | "campaign"
            | "launch"
            | "rollout"
            | "release"
            | "event"
            | "election"
            | "elections"
            | "budget"
            | "statement"
            | "summit"
            | "meeting"
            | "conference"
            | "referendum"
            | "vote"
            | "tour"
            | "sale"
            | "auction"
    )
}

/// Ranges and possessive years at word `i` that the phrase table cannot read word by word,
/// each resolved to its end (issue 13: "ranges and alternatives resolve to their end"):
/// - "[the] second and third quarters [of 2026]", "first or second half": the later
///   ordinal's period;
/// - "between March and May [2026]", "between spring and fall": the second end;
/// - "2026's fourth quarter", "2026's second half": that period of the year.
///
/// Returns the index of the last word and the period.
fn coordinated(
    words: &[Token<'_>],
    i: usize,
    reference: NaiveDate,
    tense: Tense,
) -> Option<(usize, Period)> {
    let at = |k: usize| words.get(k).map_or("", |t| t.0.as_ref());
    let ordinal = |w: &str| matches!(w, "first" | "second" | "third" | "fourth");
    let joint = |w: &str| matches!(w, "and" | "or" | "to" | "through");
    let year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    // "of 2026" / "of next year" after a period: kept with it.
    let of_year = |k: usize| -> (usize, String) {
        if at(k) == "of" && year(at(k + 1)) {
            (k + 1, format!(" of {}", at(k + 1)))
        } else if at(k) == "of" && at(k + 1) == "next" && at(k + 2) == "year" {
            (k + 2, " of next year".to_string())
        } else {
            (k - 1, String::new())
        }
    };
    let resolve =
        |last: usize, text: String| resolve_phrase_in(&text, reference, tense).map(|p| (last, p));
    // A preposition before the range belongs to it ("by 2026's fourth quarter").
    let i = if matches!(
        at(i),
        "by" | "in" | "before" | "until" | "through" | "during" | "over" | "for"
    ) {
        i + 1
    } else {
        i
    };
    let j = if at(i) == "the" { i + 1 } else { i };
    if ordinal(at(j)) && joint(at(j + 1)) && ordinal(at(j + 2)) {
        let unit = match at(j + 3) {
            "quarter" | "quarters" => "quarter",
            "half" | "halves" => "half",
            _ => return None,
        };
        let (last, tail) = of_year(j + 4);
        return resolve(last, format!("the {} {unit}{tail}", at(j + 2)));
    }
    // "the first three months of the year", "the first nine months of 2027": the part of
    // the year they name, to its last month (the table reads them); the words stop at
    // "months" when no year follows ("the first three months of his term" is no date).
    if at(j) == "first" && at(j + 2) == "months" && at(j + 3) == "of" {
        let tail = match (at(j + 4), at(j + 5)) {
            ("the" | "this" | "next", "year") => Some((j + 5, format!(" of {} year", at(j + 4)))),
            (y, _) if year(y) => Some((j + 4, format!(" of {y}"))),
            _ => None,
        };
        if let Some(found) = tail
            .and_then(|(last, tail)| resolve(last, format!("the first {} months{tail}", at(j + 1))))
        {
            return Some(found);
        }
    }
    let endpoint = |w: &str| {
        is_month(w) || matches!(w, "spring" | "summer" | "autumn" | "fall" | "winter") || year(w)
    };
    // "the second half of January", "the first half of March 2027": a half of a named month,
    // not of a year; the second half ends with the month, the first on its 15th (audit 31,
    // K6).
    if ordinal(at(j)) && at(j + 1) == "half" && at(j + 2) == "of" && is_month(at(j + 3)) {
        let (last, tail) = if year(at(j + 4)) {
            (j + 4, format!(" {}", at(j + 4)))
        } else {
            (j + 3, String::new())
        };
        let (last, mut p) = resolve(last, format!("{}{tail}", at(j + 3)))?;
        if at(j) == "first" {
            p.last = p.first.with_day(15)?;
        } else {
            p.first = p.first.with_day(16)?;
        }
        return Some((last, p));
    }
    // "the April 2024-March 2025 period": a span of months whose hyphen joins the first year
    // to the second month, read as its end ("March 2025").
    if is_month(at(j)) && year(at(j + 2)) {
        if let Some((y, m)) = at(j + 1).split_once('-') {
            if year(y) && is_month(m) {
                return resolve(j + 2, format!("{m} {}", at(j + 2)));
            }
        }
    }
    if at(i) == "between" && endpoint(at(i + 1)) && at(i + 2) == "and" && endpoint(at(i + 3)) {
        let (last, text) = if year(at(i + 4)) && !year(at(i + 3)) {
            (i + 4, format!("{} {}", at(i + 3), at(i + 4)))
        } else {
            (i + 3, at(i + 3).to_string())
        };
        return resolve(last, text);
    }
    // "from November through June 2027", "from March 2026 to May 2027": the second end.
    if at(i) == "from" && endpoint(at(i + 1)) {
        let k = if year(at(i + 2)) && !year(at(i + 1)) {
            i + 3
        } else {
            i + 2
        };
        if matches!(at(k), "through" | "to" | "until" | "till") && endpoint(at(k + 1)) {
            let (last, text) = if year(at(k + 2)) && !year(at(k + 1)) {
                (k + 2, format!("{} {}", at(k + 1), at(k + 2)))
            } else {
                (k + 1, at(k + 1).to_string())
            };
            return resolve(last, text);
        }
    }
    if let Some(y) = at(i).strip_suffix("'s").filter(|y| year(y)) {
        let (k, unit) = match (at(i + 1), at(i + 2)) {
            (o, u @ ("quarter" | "half")) if ordinal(o) => (i + 2, format!("the {o} {u}")),
            ("end", _) => (i + 1, "the end".to_string()),
            _ => return None,
        };
        return resolve(k, format!("{unit} of {y}"));
    }
    None
}

/// A date written in numbers at word `i`: ISO "2022-01-01" (one word), or "1/1/2022" and
/// "12/31/2021" (three words joined by single slashes, a four-digit year last), read month
/// first as in American usage unless the first number cannot be a month ("31/12/2021").
/// Returns the index of its last word and the date.
fn numeric_date(sentence: &str, words: &[Token<'_>], i: usize) -> Option<(usize, NaiveDate)> {
    let w = words[i].0.as_ref();
    if w.len() == 10 {
        return crate::time::parse_date(w).ok().map(|d| (i, d));
    }
    let (b, c) = (words.get(i + 1)?, words.get(i + 2)?);
    let slash = |x: &Token<'_>, y: &Token<'_>| sentence.get(x.2..y.1) == Some("/");
    if !(slash(&words[i], b) && slash(b, c)) || c.0.len() != 4 {
        return None;
    }
    // "1/1/2022/5": not a date.
    if sentence[c.2..].starts_with('/') {
        return None;
    }
    let num = |t: &str| -> Option<u32> {
        (t.len() <= 2 && t.bytes().all(|x| x.is_ascii_digit()))
            .then(|| t.parse().ok())
            .flatten()
    };
    let (x, y) = (num(w)?, num(&b.0)?);
    let year: i32 = c.0.parse().ok()?;
    let (month, day) = if x > 12 { (y, x) } else { (x, y) };
    NaiveDate::from_ymd_opt(year, month, day).map(|d| (i + 2, d))
}

fn weekday_name(d: chrono::Weekday) -> &'static str {
    use chrono::Weekday::*;
    match d {
        Mon => "Monday",
        Tue => "Tuesday",
        Wed => "Wednesday",
        Thu => "Thursday",
        Fri => "Friday",
        Sat => "Saturday",
        Sun => "Sunday",
    }
}

/// The last word of a date in numbers at word `i` that names no day ("31/04/2026",
/// "2/30/2026"): the shape `numeric_date` reads, with numbers no calendar has.
fn impossible_numeric_date(sentence: &str, words: &[Token<'_>], i: usize) -> Option<usize> {
    let (b, c) = (words.get(i + 1)?, words.get(i + 2)?);
    let slash = |x: &Token<'_>, y: &Token<'_>| sentence.get(x.2..y.1) == Some("/");
    if !(slash(&words[i], b) && slash(b, c))
        || c.0.len() != 4
        || sentence[c.2..].starts_with('/')
        || numeric_date(sentence, words, i).is_some()
    {
        return None;
    }
    let num = |t: &str| {
        (t.len() <= 2 && t.bytes().all(|x| x.is_ascii_digit()))
            .then(|| t.parse::<u32>().ok())
            .flatten()
    };
    let (x, y) = (num(&words[i].0)?, num(&b.0)?);
    let year_ok = c.0.bytes().all(|x| x.is_ascii_digit());
    (year_ok && x >= 1 && y >= 1 && x.max(y) <= 31).then_some(i + 2)
}

/// "By year-end 2026", "in the fourth quarter 2027": a phrase read in the current year and
/// followed straight by a bare year (only spaces between) is that year's, so the two become one
/// phrase with the first's days moved to the named year.
fn with_year_after(sentence: &str, out: &mut Vec<Found>) {
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        let gap = sentence.get(a.end..b.start);
        let gap_blank = gap.is_some_and(|g| !g.is_empty() && g.bytes().all(|c| c == b' '));
        // "March 1, 2016", "Tuesday, Sept. 5th, 2027": a day of the month and its year, the
        // comma of an American date between them, are one date; the year alone would read
        // as the whole year ahead.
        let day_of_month = a.period.is_some_and(|p| p.granularity == Granularity::Day)
            && a.text
                .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                .ends_with(|c: char| c.is_ascii_digit());
        let dated = day_of_month && gap == Some(", ");
        // "by August next year", "in June this year": the relative year names the month's
        // year as a written one does (a month's period only, read forward from the year).
        let month_first = a.period.is_some_and(|p| {
            p.granularity == Granularity::Month && !a.text.bytes().any(|c| c.is_ascii_digit())
        });
        let relative = match b.text.to_ascii_lowercase().as_str() {
            "next year" | "this year" if month_first => b.period.map(|p| p.last.year()),
            _ => None,
        };
        let year = (b.text.len() == 4)
            .then(|| b.text.parse::<i32>().ok())
            .flatten()
            .or(relative);
        let moved = match (a.period, year) {
            // "in June this year" written in that year: one phrase, the month as it was read.
            (Some(p), Some(y)) if relative.is_some() && gap_blank && p.last.year() == y => Some(p),
            // Already in the named year: one phrase, the day as it was read.
            (Some(p), Some(y)) if dated && !a.anaphor && p.last.year() == y => Some(p),
            (Some(p), Some(y))
                if (gap_blank || dated) && !a.anaphor && p.first.year() == p.last.year() =>
            {
                let shift = |d: NaiveDate| {
                    d.with_year(y).or_else(|| {
                        // 29 February into a year without it.
                        NaiveDate::from_ymd_opt(y, d.month(), 28)
                    })
                };
                match (shift(p.first), shift(p.last)) {
                    (Some(first), Some(last)) if p.last.year() != y => Some(Period {
                        first,
                        last,
                        rolled_forward: false,
                        ..p
                    }),
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some(p) = moved {
            let (start, end) = (out[k].start, out[k + 1].end);
            out[k] = Found {
                start,
                end,
                text: sentence[start..end].to_string(),
                period: Some(p),
                anaphor: false,
            };
            out.remove(k + 1);
        }
        k += 1;
    }
}

/// `text` with a range of counts ("two-three", "2-3", "two to three", "two or three")
/// replaced by its end, a rough count ("three or so months") by its count, and a count of
/// more ("a couple more weeks", "five more days") by the count from now, or `None` when it
/// has none of these. Durations are read to their end from the reference, as the labels
/// read "over the next N months".
fn count_range_end(text: &str) -> Option<String> {
    // (Most spans have none of these: no words split out then.)
    if !(text.contains('-')
        || text.contains(" to ")
        || text.contains(" or ")
        || text.contains(" more "))
    {
        return None;
    }
    // Up to two digits, or a count word from one to twelve (the phrase resolver's words).
    let count = |w: &str| {
        w.bytes().all(|b| b.is_ascii_digit()) && !w.is_empty() && w.len() <= 2
            || w.bytes().all(|b| b.is_ascii_alphabetic())
                && !w.eq_ignore_ascii_case("a")
                && !w.eq_ignore_ascii_case("an")
                && count_word(&w.to_ascii_lowercase()).is_some_and(|n| n <= 12)
    };
    let words: Vec<&str> = text.split(' ').collect();
    for (i, w) in words.iter().enumerate() {
        let pair = w
            .split_once('-')
            .filter(|(a, b)| count(a) && count(b))
            .map(|(_, b)| (i, i, b))
            .or_else(|| {
                (matches!(words.get(i + 1), Some(&"to" | &"or"))
                    && count(w)
                    && words.get(i + 2).is_some_and(|b| count(b)))
                .then(|| (i, i + 2, words[i + 2]))
            })
            // "three or so months": about three.
            .or_else(|| {
                (count(w) && words.get(i + 1) == Some(&"or") && words.get(i + 2) == Some(&"so"))
                    .then(|| (i, i + 2, *w))
            })
            // "five more weeks", "a few more days", "a couple more weeks" (a couple of weeks).
            .or_else(|| {
                let couple = w.eq_ignore_ascii_case("couple");
                ((count(w) || couple || w.eq_ignore_ascii_case("few"))
                    && words.get(i + 1) == Some(&"more"))
                .then(|| (i, i + 1, if couple { "couple of" } else { *w }))
            });
        if let Some((a, b, end)) = pair {
            let mut out: Vec<&str> = words[..a].to_vec();
            out.push(end);
            out.extend_from_slice(&words[b + 1..]);
            return Some(out.join(" "));
        }
    }
    None
}

const IRREGULAR_PAST: &[&str] = &[
    "was", "were", "had", "did", "said", "told", "made", "took", "went", "came", "saw", "began",
    "rose", "fell", "grew", "won", "lost", "left", "met", "held", "led", "paid", "sold", "bought",
    "brought", "thought", "found", "gave", "got", "kept", "ran", "set", "spent", "stood", "struck",
    "wrote", "became", "chose", "drew", "hit", "shrank", "sank", "slid", "swung",
];

pub(super) static IRREGULAR_PAST_SET: WordSet = WordSet::new(IRREGULAR_PAST);

/// The tense around byte `at` of `sentence`: the nearest marker wins, a future cue
/// (`will`, `next`, `expected`, ...) or a past verb (`was`, `said`, `-ed`); with none, the
/// sentence's tense.
pub fn tense_at(sentence: &str, at: usize) -> Tense {
    nearest_tense(sentence, at).unwrap_or_else(|| sentence_tense(sentence))
}

/// Whether the tense marker nearest byte `at` is a past one (false when there is none).
pub fn past_at(sentence: &str, at: usize) -> bool {
    past_at_in(sentence, &tokens(sentence), at)
}

/// `past_at` over the tokens of the sentence, already made by the caller.
pub fn past_at_in(sentence: &str, toks: &[Token<'_>], at: usize) -> bool {
    nearest_tense_in(sentence, toks, at) == Some(Tense::Past)
}

/// Whether the clause of `sentence` holding the phrase at bytes `start..end` speaks of the
/// past: the nearest tense marker inside the clause (between commas, semicolons, colons,
/// dashes, brackets or quotation marks; a phrase opening its clause before a comma, "In
/// April, the agency cut", takes the clause after the comma) is a past verb, or the clause
/// holds a perfect ("is expected to have grown", "has risen"). Used for a month, quarter or
/// season that ended just before publication, which is far likelier the one just past than
/// next year's: only a clause of its own that looks ahead rolls it forward.
pub fn clause_past(sentence: &str, toks: &[Token<'_>], start: usize, end: usize) -> bool {
    let stop = |c: char| {
        matches!(
            c,
            ',' | ';' | ':' | '(' | ')' | '"' | '\u{201c}' | '\u{201d}' | '\u{2014}' | '\u{2013}'
        )
    };
    let from = sentence[..start].rfind(stop).map_or(0, |k| k + 1);
    let rest = &sentence[end..];
    let mut to = rest.find(stop).map_or(sentence.len(), |k| end + k);
    // "In April, the IMD cut ...": nothing but the phrase (and a conjunction) before the
    // comma, so the clause it dates is the one after it.
    let opens = toks
        .iter()
        .filter(|t| t.1 >= from && t.2 <= start)
        .all(|t| matches!(t.0.as_ref(), "and" | "but" | "then" | "so"));
    if opens && sentence[to..].starts_with(',') {
        to = sentence[to + 1..]
            .find(stop)
            .map_or(sentence.len(), |k| to + 1 + k);
    }
    let a = toks.partition_point(|t| t.1 < from);
    let b = toks.partition_point(|t| t.1 < to);
    let clause = &toks[a..b.max(a)];
    let perfect = clause.windows(2).any(|w| {
        matches!(w[0].0.as_ref(), "have" | "has" | "had" | "'ve")
            && (["ed", "en", "wn", "ung", "unk", "ught"]
                .iter()
                .any(|e| w[1].0.ends_with(e))
                || IRREGULAR_PAST_SET.contains(&w[1].0)
                || matches!(
                    w[1].0.as_ref(),
                    "been" | "come" | "become" | "run" | "cut" | "put"
                ))
    }) && !clause
        .windows(2)
        .any(|w| matches!(w[0].0.as_ref(), "will" | "shall") && w[1].0 == "have");
    perfect || nearest_tense_in(sentence, clause, start) == Some(Tense::Past)
}

fn nearest_tense(sentence: &str, at: usize) -> Option<Tense> {
    nearest_tense_in(sentence, &tokens(sentence), at)
}

/// Whether token `i` of `toks` (made from `text`) is a name in running text: capitalized
/// after a word that is not ("expect United to finish", "beat Red Star"), so no verb in the
/// past however it ends. A headline in title case capitalizes the word before too and keeps
/// its verbs.
fn name_in_running_text(text: &str, toks: &[Token<'_>], i: usize) -> bool {
    let upper = |k: usize| {
        text.as_bytes()
            .get(toks[k].1)
            .is_some_and(u8::is_ascii_uppercase)
    };
    i > 0 && upper(i) && !upper(i - 1)
}

fn nearest_tense_in(text: &str, toks: &[Token<'_>], at: usize) -> Option<Tense> {
    let mut best: Option<(usize, Tense)> = None;
    for (i, (w, s, _)) in toks.iter().enumerate() {
        let future = is_future_cue(toks, i);
        // "economists surveyed by Bloomberg", "analysts polled by FactSet": a participle
        // naming who holds the forecast, not a verb in the past.
        let agent = toks.get(i + 1).is_some_and(|t| t.0 == "by")
            // "the economists surveyed expect": a participle before the verb of its noun.
            || toks.get(i + 1).is_some_and(|t| {
                matches!(
                    t.0.as_ref(),
                    "expect" | "expects" | "see" | "sees" | "predict" | "predicts" | "say"
                        | "says" | "think" | "thinks" | "forecast" | "forecasts" | "believe"
                        | "believes" | "anticipate" | "anticipates" | "project" | "projects"
                )
            });
        // "may be decided on Tuesday", "to be held in June": a passive after "be" carries
        // the tense of the modal or infinitive before it, not the past.
        // So does a present passive ("is widely tipped to cut on Thursday"), and a participle
        // used as an adjective ("nine named storms", "the revised forecast").
        let prev = if i > 0 { toks[i - 1].0.as_ref() } else { "" };
        let before = if i > 1 { toks[i - 2].0.as_ref() } else { "" };
        // ("is all but guaranteed to pass by Friday", "is almost guaranteed": a degree
        // word between the copula and the participle, as "is widely tipped"; audit 30, K3.)
        let passive = matches!(prev, "be" | "is" | "are" | "am" | "being")
            || ((prev.ends_with("ly") || prev == "almost")
                && matches!(before, "is" | "are" | "be"))
            || (prev == "but"
                && before == "all"
                && i > 2
                && matches!(toks[i - 3].0.as_ref(), "is" | "are" | "be"));
        let adjective = w.ends_with("ed")
            && (matches!(prev, "the" | "a" | "an" | "its" | "their" | "our")
                // "the administration's self-imposed deadline": after a possessive.
                || prev.ends_with("'s")
                || prev.ends_with("\u{2019}s")
                || prev.bytes().all(|b| b.is_ascii_digit()) && !prev.is_empty()
                || matches!(
                    prev,
                    "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
                ));
        // "the 211,000 created in November": a participle followed by its own time is a
        // verb of the past, not an adjective before a noun.
        let adjective = adjective
            && !toks.get(i + 1).is_some_and(|t| {
                matches!(
                    t.0.as_ref(),
                    "in" | "on" | "during" | "last" | "earlier" | "since"
                )
            });
        // "with Chelsea priced at 4/1", "with a cut seen as unlikely": a participle after
        // "with" and its noun is no verb in the past (audit 28, E2).
        let absolute = w.ends_with("ed")
            && (2..=4).any(|d| i >= d && toks[i - d].0 == "with")
            && !toks[i.saturating_sub(3)..i]
                .iter()
                .any(|t| matches!(t.0.as_ref(), "and" | "but" | "while"));
        let passive = passive || adjective || absolute;
        let past = !agent
            && !passive
            && !after_modal(toks, i)
            && (IRREGULAR_PAST_SET.contains(w)
                || (w.len() > 4
                    && w.ends_with("ed")
                    && !matches!(
                        w.as_ref(),
                        "need" | "indeed" | "hundred" | "speed" | "proceed" | "exceed" | "succeed"
                            // "keep rates unchanged in January": adjectives, no past verb.
                            | "unchanged" | "undecided" | "unemployed" | "unopposed"
                    )))
            && !name_in_running_text(text, toks, i);
        if !(future || past) {
            continue;
        }
        let dist = s.abs_diff(at);
        if best.is_none_or(|(d, _)| dist < d) {
            best = Some((dist, if future { Tense::Future } else { Tense::Past }));
        }
    }
    best.map(|(_, t)| t)
}

/// Whether the word at `i` stands where only a verb's base form can: after a modal or the
/// infinitive "to", with adverbs and "not" between ("will probably hit", "could soon set",
/// "to hit"), or after the "have" of a future perfect ("will have hit"). Verbs whose past is spelled as
/// their base ("hit", "set", "cut", "put") are no past marker there, so the time phrase after
/// them keeps the future the modal gives it.
fn after_modal(toks: &[super::hedges::Token<'_>], i: usize) -> bool {
    let mut k = i;
    while k > 0 {
        k -= 1;
        let w = toks[k].0.as_ref();
        if w == "not" || w == "never" || (w.len() > 3 && w.ends_with("ly")) || w == "soon" {
            continue;
        }
        // "will have hit" (a future perfect), not "would have hit" (a past conditional).
        if w == "have" {
            return k > 0 && {
                let m = toks[k - 1].0.as_ref();
                matches!(m, "will" | "shall" | "won't") || m.ends_with("'ll")
            };
        }
        return is_modal(w) || w == "to";
    }
    false
}

fn is_modal(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "shall"
            | "should"
            | "must"
            | "won't"
            | "wouldn't"
            | "couldn't"
            | "can't"
            | "cannot"
            | "shouldn't"
            | "mustn't"
    ) || w.ends_with("'ll")
}

fn is_future_cue(toks: &[super::hedges::Token<'_>], i: usize) -> bool {
    let x = toks[i].0.as_ref();
    let next = toks.get(i + 1).map(|t| t.0.as_ref());
    matches!(
        x,
        "will"
            | "won't"
            | "shall"
            | "next"
            | "upcoming"
            | "coming"
            | "expect"
            | "expects"
            | "expected"
            | "plans"
            | "planned"
            | "scheduled"
            | "intends"
            | "forecast"
            | "forecasts"
            | "predicts"
            | "until"
    ) || x.ends_with("'ll")
        // "priced a 64% chance of a cut at the December 16 meeting": what a chance is of lies
        // ahead, whatever the tense of the verb that reports it (audit 24, E3).
        || (matches!(x, "chance" | "chances" | "odds" | "probability" | "likelihood")
            && matches!(next, Some("of" | "that")))
        || (matches!(
            x,
            "going" | "set" | "due" | "likely" | "unlikely" | "poised" | "bound"
        ) && next == Some("to"))
        // "said a recession by June was a 60% probability", "a strike by May is a one in
        // five chance": a copula before a stated chance, backshifted or not, speaks of what
        // the chance is of, which lies ahead (round 40).
        || (matches!(x, "is" | "was" | "are" | "were") && stated_chance_after(toks, i))
        // "Markets have priced in two cuts by June": a market's call, made in the past,
        // on what lies ahead (round 40).
        || (matches!(x, "priced" | "pricing" | "price" | "prices")
            && next == Some("in")
            && toks.get(i + 2).is_some_and(|t| {
                matches!(t.0.as_ref(), "a" | "an" | "another" | "more" | "further")
                    || t.0.bytes().next().is_some_and(|b| b.is_ascii_digit())
                    || crate::time::count_word(&t.0).is_some()
            }))
        // "a deal is likely by June": a likelihood of the present speaks of what is ahead.
        || (matches!(x, "likely" | "unlikely" | "probable")
            && i > 0
            && matches!(toks[i - 1].0.as_ref(), "is" | "are"))
        // "Diplomats said a summit was unlikely before March": a reported "is", backshifted
        // (audit 28, E4).
        || (matches!(x, "likely" | "unlikely" | "probable")
            && i > 1
            && matches!(toks[i - 1].0.as_ref(), "was" | "were")
            && toks[..i - 1].iter().any(|t| {
                matches!(
                    t.0.as_ref(),
                    "said" | "told" | "warned" | "predicted" | "believed" | "thought" | "added"
                        | "noted" | "conceded" | "insisted" | "argued" | "wrote" | "cautioned"
                )
            }))
        // "firmly on track for a June hike", "set for a May vote".
        || (matches!(x, "track" | "course" | "pace")
            && i > 0
            && toks[i - 1].0 == "on"
            && matches!(next, Some("to" | "for")))
        || (matches!(x, "set" | "due" | "poised" | "headed" | "heading") && next == Some("for"))
        || modal_ahead(toks, i)
        || perfect_call(toks, i)
}

/// Whether the word at `i` is a call made in the present perfect ("the weather office has
/// predicted rain in June", "analysts have projected a rebound next spring", "we've
/// forecasted two cuts in September"): the call stands now and the time in its object lies
/// ahead, so it is no marker of the past. The past perfect ("officials had projected in
/// June") still tells when the call was made.
fn perfect_call(toks: &[super::hedges::Token<'_>], i: usize) -> bool {
    if !matches!(toks[i].0.as_ref(), "predicted" | "projected" | "forecasted") {
        return false;
    }
    let aux = |k: usize| {
        let w = toks[k].0.as_ref();
        matches!(w, "has" | "have") || w.ends_with("'ve") || w.ends_with("\u{2019}ve")
    };
    (i > 0 && aux(i - 1))
        || (i > 1
            && matches!(toks[i - 1].0.as_ref(), "also" | "now" | "already" | "long")
            && aux(i - 2))
}

/// Whether a stated chance follows the copula at `i`: "a 60% probability", "about a 30
/// percent chance", "a one in five chance" (an article, a number and the words of a
/// number or of a rough figure, then the chance noun).
fn stated_chance_after(toks: &[super::hedges::Token<'_>], i: usize) -> bool {
    let rest = &toks[i + 1..];
    let Some(k) = rest.iter().take(7).position(|t| {
        matches!(
            t.0.as_ref(),
            "chance" | "probability" | "likelihood" | "risk" | "odds"
        )
    }) else {
        return false;
    };
    let number = |w: &str| {
        w.bytes().next().is_some_and(|b| b.is_ascii_digit()) || crate::time::count_word(w).is_some()
    };
    rest[..k].iter().any(|t| number(&t.0))
        && rest[..k].iter().all(|t| {
            number(&t.0)
                || matches!(
                    t.0.as_ref(),
                    "a" | "an"
                        | "about"
                        | "around"
                        | "roughly"
                        | "nearly"
                        | "percent"
                        | "per"
                        | "cent"
                        | "in"
                )
        })
}

/// A modal that looks ahead ("the board would cut by June", "could come as early as
/// Tuesday"): not a past modal ("could have", "would not have"), nor the month ("in May").
fn modal_ahead(toks: &[super::hedges::Token<'_>], i: usize) -> bool {
    let x = toks[i].0.as_ref();
    if !matches!(x, "would" | "could" | "might" | "may" | "should") {
        return false;
    }
    let at = |k: usize| toks.get(k).map_or("", |t| t.0.as_ref());
    let past = matches!(at(i + 1), "have" | "'ve")
        || (matches!(at(i + 1), "not" | "well" | "also" | "never") && at(i + 2) == "have");
    let month = x == "may"
        && ((i > 0 && PREPOSITIONS.contains(&at(i - 1)))
            || at(i + 1).starts_with(|c: char| c.is_ascii_digit()));
    !past && !month
}

/// The tense a sentence speaks in, for phrases that name no year: future if it has a future
/// or planning cue, otherwise past (news reports in the past).
pub fn sentence_tense(sentence: &str) -> Tense {
    let words = tokens(sentence);
    if (0..words.len()).any(|i| is_future_cue(&words, i)) {
        Tense::Future
    } else {
        Tense::Past
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(s: &str) -> Vec<(String, Option<String>)> {
        let r: NaiveDate = "2025-05-21".parse().unwrap();
        find(s, r, Tense::Future)
            .into_iter()
            .map(|f| (f.text, f.period.map(|p| p.last.to_string())))
            .collect()
    }

    /// `whole_phrase`: a `--deadline` read as the extractor reads it in a sentence, only when
    /// the whole of it is one phrase with a date (worked by hand from Saturday 2026-12-05).
    #[test]
    fn a_whole_phrase_is_read_as_in_a_sentence() {
        let r: NaiveDate = "2026-12-05".parse().unwrap();
        let last = |t: &str| whole_phrase(t, r).map(|p| p.last.to_string());
        assert_eq!(
            last("the first week of January").as_deref(),
            Some("2027-01-07")
        );
        assert_eq!(last("  next Friday ").as_deref(), Some("2026-12-11"));
        // No date of its own, words left over, or a part read alone: none.
        assert_eq!(last("before the election"), None);
        assert_eq!(last("by next Christmas"), None);
        assert_eq!(last("Friday, probably"), None);
        assert_eq!(last(""), None);
    }

    /// Audit 28 (E11, E22, E26, E31): a phrase inside a longer one is read as the whole
    /// (published Wednesday 2025-05-21); a four-figure amount is no year.
    #[test]
    fn compounds_are_read_whole() {
        let one = |t: &str, d: &str| vec![(t.to_string(), Some(d.to_string()))];
        assert_eq!(
            phrases("It ends the day after tomorrow."),
            one("the day after tomorrow", "2025-05-23")
        );
        assert_eq!(
            phrases("It ends a week from Friday."),
            one("a week from Friday", "2025-05-30")
        );
        assert_eq!(
            phrases("It ends on Friday week."),
            one("Friday week", "2025-05-30")
        );
        assert_eq!(
            phrases("It ends the week after next."),
            one("the week after next", "2025-06-08")
        );
        assert_eq!(
            phrases("It ends by end-Q3 2026."),
            one("by end-Q3 2026", "2026-09-30")
        );
        assert_eq!(
            phrases("It ends by end-June."),
            one("by end-June", "2025-06-30")
        );
        assert_eq!(
            phrases("It ends by end-2026."),
            one("by end-2026", "2026-12-31")
        );
        assert_eq!(
            phrases("The 2026 hurricane season will be busy."),
            one("The 2026 hurricane season", "2026-11-30")
        );
        assert_eq!(
            phrases("Next year's hurricane season will be busy."),
            one("Next year's hurricane season", "2026-11-30")
        );
        assert_eq!(
            phrases("Ice may go a week from tomorrow."),
            one("a week from tomorrow", "2025-05-29")
        );
        assert_eq!(
            phrases("Ice may go in summer by 2040."),
            one("by 2040", "2040-12-31")
        );
        assert_eq!(phrases("The index will reach 2030 points."), vec![]);
    }

    /// Audit 23 D3: a season as an adjective of something planned dates it; of weather or a
    /// title it does not.
    #[test]
    fn a_season_before_a_planned_thing_dates_it() {
        let one = |t: &str, d: Option<&str>| vec![(t.to_string(), d.map(str::to_string))];
        assert_eq!(
            phrases("If the talks fail, a spring offensive is likely."),
            one("spring", Some("2025-06-21"))
        );
        assert_eq!(
            phrases("Apple will show it at the autumn event."),
            one("at the autumn", Some("2025-12-21"))
        );
        assert_eq!(phrases("A winter storm is expected."), one("winter", None));
    }

    /// Audit 22, C1: "by a quarter point" is a rate move's size, not a quarter of the year;
    /// the meeting the sentence names dates it, "March" included after a determiner.
    #[test]
    fn a_fraction_of_a_point_is_an_amount_and_the_named_meeting_dates_the_move() {
        // Published 2025-05-21 (`phrases`).
        let one = |t: &str, d: &str| vec![(t.to_string(), Some(d.to_string()))];
        assert_eq!(
            phrases("The Fed will raise rates by a quarter point at its June meeting"),
            one("June", "2025-06-30")
        );
        assert_eq!(
            phrases("the ECB will cut by a quarter of a percentage point at its March meeting"),
            one("March", "2026-03-31")
        );
        assert_eq!(
            phrases("the bank will cut by half a point in July"),
            one("in July", "2025-07-31")
        );
        assert_eq!(phrases("rates will fall by 25 basis points"), vec![]);
        // A quarter of the year is still one.
        assert_eq!(
            phrases("profits will rise in the next quarter"),
            one("in the next quarter", "2025-09-30")
        );
        // "march" the verb is no month.
        assert_eq!(phrases("troops may march on the capital"), vec![]);
    }

    /// Audit 27, finding 5: an event's day told right after it dates "before"/"by" the
    /// event; with no day, the event has no date.
    #[test]
    fn an_events_day_after_it_dates_the_phrase() {
        let r: NaiveDate = "2026-11-15".parse().unwrap();
        let read = |s: &str| {
            find(s, r, Tense::Future)
                .into_iter()
                .map(|f| (f.text, f.period.map(|p| p.last.to_string())))
                .collect::<Vec<_>>()
        };
        let one = |t: &str, d: Option<&str>| vec![(t.to_string(), d.map(str::to_string))];
        assert_eq!(
            read("signs before the window closes on January 31"),
            one("before the window closes on January 31", Some("2027-01-30"))
        );
        assert_eq!(
            read("signs before the transfer deadline on January 31"),
            one(
                "before the transfer deadline on January 31",
                Some("2027-01-30")
            )
        );
        assert_eq!(
            read("passes by the vote on March 3"),
            one("by the vote on March 3", Some("2027-03-03"))
        );
        assert_eq!(
            read("signs before the window closes"),
            one("before the window", None)
        );
    }

    /// Audit 27, finding 3: a week, weekend or month told by a date or an event is that
    /// date's (Easter computed), or has no date; never the current one.
    #[test]
    fn a_week_or_month_of_a_date_or_after_an_event_is_that_dates() {
        let r: NaiveDate = "2026-11-15".parse().unwrap();
        let read = |s: &str| {
            find(s, r, Tense::Future)
                .into_iter()
                .map(|f| (f.text, f.period.map(|p| p.last.to_string())))
                .collect::<Vec<_>>()
        };
        let one = |t: &str, d: Option<&str>| vec![(t.to_string(), d.map(str::to_string))];
        let cases = [
            (
                "peaks in the week of January 10",
                "in the week of January 10",
                Some("2027-01-16"),
            ),
            (
                "hits over the weekend of December 12",
                "over the weekend of December 12",
                Some("2026-12-13"),
            ),
            (
                "votes in the week after Easter",
                "in the week after Easter",
                Some("2027-04-04"),
            ),
            (
                "falls in the month after the election",
                "in the month after the election",
                None,
            ),
            (
                "peaks in the first week of February",
                "in the first week of February",
                Some("2027-02-07"),
            ),
            (
                "closes in the week before Christmas",
                "in the week before Christmas",
                Some("2026-12-24"),
            ),
            (
                "closes in the month of June",
                "in the month of June",
                Some("2027-06-30"),
            ),
        ];
        for (s, t, d) in cases {
            assert_eq!(read(s), one(t, d), "{s}");
        }
        // The week under way is still this one.
        assert_eq!(
            read("closes this week"),
            one("this week", Some("2026-11-22"))
        );
    }

    /// Audit 27, finding 1: "by the end of the Nth quarter/half of YEAR" is nine words or
    /// more; its year is read as `add --deadline` reads it, and a named year is not rolled.
    #[test]
    fn the_end_of_a_quarter_or_half_of_a_named_year_keeps_the_year() {
        let r: NaiveDate = "2026-11-15".parse().unwrap();
        let c = super::super::extract(
            "We see a 65% chance that the plant closes by the end of the third quarter of 2027.",
            r,
        );
        assert_eq!(c[0].deadline, Some("2027-09-30".parse().unwrap()));
        assert_eq!(
            c[0].deadline_phrase.as_deref(),
            Some("by the end of the third quarter of 2027")
        );
        assert!(c[0].review.is_empty(), "{:?}", c[0].review);
        let one = |t: &str, d: &str| vec![(t.to_string(), Some(d.to_string()))];
        // Published 2025-05-21 (`phrases`).
        assert_eq!(
            phrases("sales will fall by the end of the second half of 2028"),
            one("by the end of the second half of 2028", "2028-12-31")
        );
        assert_eq!(
            phrases("rates will fall by the end of the first quarter of 2029"),
            one("by the end of the first quarter of 2029", "2029-03-31")
        );
    }

    /// "by the 2040s" is a time phrase, due at the decade's end (audit 18, A8).
    #[test]
    fn a_decade_by_its_year_is_a_time_phrase() {
        assert_eq!(
            phrases("the threshold will be crossed by the 2040s"),
            vec![("by the 2040s".to_string(), Some("2049-12-31".to_string()))]
        );
    }

    /// A capitalized word ending in "-ed" after a lower-case one is a name ("expect United to
    /// finish in the top four by June"), not a verb in the past; a title-case headline keeps
    /// its verbs (leftover of round 21; words we wrote).
    #[test]
    fn a_name_ending_in_ed_is_no_past_verb() {
        let past = |s: &str, phrase: &str| {
            let at = s.find(phrase).unwrap();
            clause_past(s, &tokens(s), at, at + phrase.len())
        };
        assert!(!past(
            "I expect United to finish in the top four by June.",
            "by June"
        ));
        assert!(!past(
            "We think Red Star beat United in May and will again by June.",
            "by June"
        ));
        assert!(past("Fans Rallied In June Behind The Plan.", "In June"));
        assert!(past("The club united in June behind the plan.", "in June"));
    }

    /// `clause_past` reads the tense of the phrase's own clause: a past verb or a perfect
    /// there, the clause after a comma when the phrase opens its clause; a participle after a
    /// number and before its own time is a verb ("the 180,000 added in May"), one after a
    /// possessive an adjective ("the board's self-imposed May deadline").
    #[test]
    fn the_clause_of_a_phrase_tells_its_tense() {
        let past = |s: &str, phrase: &str| {
            let at = s.find(phrase).unwrap();
            clause_past(s, &tokens(s), at, at + phrase.len())
        };
        assert!(past("Sales are thought to have risen in May.", "in May"));
        assert!(past(
            "In May, the bank lowered rates, and it will cut again.",
            "In May"
        ));
        assert!(past(
            "The 180,000 jobs added in May will be revised.",
            "in May"
        ));
        assert!(!past(
            "Growth slowed, but it will pick up in May.",
            "in May"
        ));
        assert!(!past(
            "The board's self-imposed May deadline will slip.",
            "May deadline"
        ));
        assert!(!past("By then it will have risen in May.", "in May"));
    }

    #[test]
    fn rough_counts_and_counts_of_more_are_durations_from_now() {
        // Published 2025-05-21 (`phrases`); leftovers of round 21, words we wrote.
        let one = |t: &str, d: &str| vec![(t.to_string(), Some(d.to_string()))];
        assert_eq!(
            phrases("prices will ease over the next three or so months"),
            one("over the next three or so months", "2025-08-21")
        );
        assert_eq!(
            phrases("rents will climb over the next two or so years"),
            one("over the next two or so years", "2027-05-21")
        );
        assert_eq!(
            phrases("the talks may end in the next two or three weeks"),
            one("in the next two or three weeks", "2025-06-11")
        );
        assert_eq!(
            phrases("the lull will only last a couple more weeks"),
            one("a couple more weeks", "2025-06-04")
        );
        assert_eq!(
            phrases("the glut will last a few more days"),
            one("a few more days", "2025-05-24")
        );
        // A price per year is still no time phrase, nor "one or two more ideas".
        assert_eq!(phrases("it costs $80 a year"), vec![]);
        assert_eq!(phrases("she has one or two more ideas"), vec![]);
    }

    #[test]
    fn ranges_and_possessive_years_resolve_to_their_end() {
        // Published 2025-05-21 (`phrases`).
        let one = |t: &str, d: &str| vec![(t.to_string(), Some(d.to_string()))];
        assert_eq!(
            phrases("sales may slow in the second and third quarters"),
            one("in the second and third quarters", "2025-09-30")
        );
        assert_eq!(
            phrases("cuts in the third or fourth quarter of 2026"),
            one("in the third or fourth quarter of 2026", "2026-12-31")
        );
        assert_eq!(
            phrases("a rebound between June and January 2027"),
            one("between June and January 2027", "2027-01-31")
        );
        assert_eq!(
            phrases("growth of 3% by 2026's fourth quarter"),
            one("by 2026's fourth quarter", "2026-12-31")
        );
        // "from X through Y": the second end, read after the first (round 26).
        assert_eq!(
            phrases("a cut at each meeting from November through June 2027"),
            one("from November through June 2027", "2027-06-30")
        );
        assert_eq!(
            phrases("repairs from March to May"),
            one("from March to May", "2025-05-31")
        );
        // Two ordinals without a unit are no period.
        assert_eq!(phrases("the second and third seeds"), vec![]);
    }

    /// "more likely than not before Christmas": the "not" ends the comparison, and the time
    /// phrase is "before Christmas" (audit 17 A13); "not before June" alone still says the
    /// event waits for June.
    /// A span of months with an en dash or a hyphen and no year ("over December–February",
    /// as seasonal outlooks write it) ends with its last month (audit 17 A12).
    #[test]
    fn a_span_of_months_without_a_year_ends_with_its_last_month() {
        // Published 2025-05-21 (`phrases`).
        assert_eq!(
            phrases("more rain than usual is likely over December\u{2013}February"),
            vec![(
                "December\u{2013}February".to_string(),
                Some("2026-02-28".to_string())
            )]
        );
        assert_eq!(
            phrases("dry weather is likely in Jun-Aug"),
            vec![("Jun-Aug".to_string(), Some("2025-08-31".to_string()))]
        );
    }

    #[test]
    fn than_not_before_a_time_is_a_comparison_then_the_time() {
        // Published 2025-05-21 (`phrases`).
        assert_eq!(
            phrases("a truce is more likely than not before Christmas"),
            vec![(
                "before Christmas".to_string(),
                Some("2025-12-24".to_string())
            )]
        );
        assert_eq!(
            phrases("the bridge will open, but not before June")
                .first()
                .map(|p| p.0.as_str()),
            Some("not before June")
        );
    }

    #[test]
    fn by_an_indefinite_noun_is_a_means_not_an_event() {
        assert_eq!(phrases("the court will rule by a vote of 6-3"), vec![]);
        assert_eq!(
            phrases("the court will rule before the vote"),
            vec![("before the vote".to_string(), None)]
        );
    }

    #[test]
    fn by_the_budget_office_is_a_body_not_an_event() {
        assert_eq!(
            phrases("citing a study by the Parliamentary Budget Office"),
            vec![]
        );
        assert_eq!(
            phrases("talks will end before the budget"),
            vec![("before the budget".to_string(), None)]
        );
    }

    #[test]
    fn a_weekend_ahead_is_the_coming_weekend() {
        // 2025-05-21 is a Wednesday: the weekend ahead ends Sunday 2025-05-25.
        let want = Some("2025-05-25".to_string());
        assert_eq!(
            phrases("a slow weekend ahead"),
            vec![("weekend ahead".to_string(), want.clone())]
        );
        assert_eq!(
            phrases("over the weekend ahead"),
            vec![("over the weekend ahead".to_string(), want)]
        );
    }

    /// The stored phrase is the whole phrase, "end" and "couple" included; "the end" alone or
    /// "a dead end" is no time phrase. Sentences we wrote, read at Wednesday 2025-05-21.
    #[test]
    fn phrases_ending_in_end_and_couples_are_whole() {
        let one = |t: &str, d: &str| vec![(t.to_string(), Some(d.to_string()))];
        assert_eq!(
            phrases("The company will hit its target by year end."),
            one("by year end", "2025-12-31")
        );
        assert_eq!(
            phrases("The line is less likely to open by January end."),
            one("by January end", "2026-01-31")
        );
        assert_eq!(
            phrases("The peak will come in the next couple of weeks."),
            one("in the next couple of weeks", "2025-06-04")
        );
        assert_eq!(
            phrases("They expect it within the next couple of weeks."),
            one("within the next couple of weeks", "2025-06-04")
        );
        assert!(phrases("The talks will reach a dead end.").is_empty());
        assert!(phrases("We will fight to the end.").is_empty());
    }

    #[test]
    fn dates_in_numbers_are_days() {
        let day = |t: &str, d: &str| vec![(t.to_string(), Some(d.to_string()))];
        assert_eq!(
            phrases("what will be true on 1/1/2027"),
            day("on 1/1/2027", "2027-01-01")
        );
        assert_eq!(phrases("by 12/31/2026"), day("by 12/31/2026", "2026-12-31"));
        // A first number above 12 is the day (31 December).
        assert_eq!(phrases("by 31/12/2026"), day("by 31/12/2026", "2026-12-31"));
        // "before" ends the day before (2027-01-01 minus one day).
        assert_eq!(
            phrases("before 1/1/2027"),
            day("before 1/1/2027", "2026-12-31")
        );
        assert_eq!(phrases("on 2026-03-04"), day("on 2026-03-04", "2026-03-04"));
        // The page's own stamp is no event's day; a fraction is none; an impossible date
        // is a phrase without a date, never its year alone (audit 14, A7).
        assert_eq!(phrases("date 2026-03-04"), vec![]);
        assert_eq!(phrases("rose 2/3/20 percent"), vec![]);
        assert_eq!(
            phrases("on 2/30/2026"),
            vec![("on 2/30/2026".to_string(), None)]
        );
    }

    #[test]
    fn a_bare_year_right_after_a_phrase_names_its_year() {
        assert_eq!(
            phrases("two cuts by year-end 2027"),
            vec![(
                "by year-end 2027".to_string(),
                Some("2027-12-31".to_string())
            )]
        );
        // A comma between them: two phrases, each as it stands.
        assert_eq!(
            phrases("by year-end, 2027 at the latest"),
            vec![
                ("by year-end".to_string(), Some("2025-12-31".to_string())),
                ("2027".to_string(), Some("2027-12-31".to_string()))
            ]
        );
    }

    /// Published 2025-05-21 (`phrases`): an American date's year is its own, not the whole
    /// year ahead; "year-end" before a comma keeps the year apart, and a weekday before the
    /// date is the date's (audit 14, A1).
    #[test]
    fn a_day_of_the_month_and_its_year_after_a_comma_are_one_date() {
        assert_eq!(
            phrases("Tuesday, June 3, 2025"),
            vec![(
                "Tuesday, June 3, 2025".to_string(),
                Some("2025-06-03".to_string())
            )]
        );
        assert_eq!(
            phrases("the vote on June 3, 2026"),
            vec![("June 3, 2026".to_string(), Some("2026-06-03".to_string()))]
        );
        assert_eq!(
            phrases("by Friday, 2026 looks busy"),
            vec![
                ("by Friday".to_string(), Some("2025-05-23".to_string())),
                ("2026".to_string(), Some("2026-12-31".to_string()))
            ]
        );
    }

    #[test]
    fn finds_the_seed_articles_phrases() {
        assert_eq!(phrases("Expect more mid-level negotiations in the coming weeks, especially as it gains traction."), vec![("in the coming weeks".into(), Some("2025-07-02".into()))]);
        assert_eq!(phrases("the world may witness the beginning of a phased ceasefire deal by summer — though only if"), vec![("by summer".into(), Some("2025-09-22".into()))]);
        assert_eq!(phrases("the Trump administration’s self-imposed end-of-April deadline could serve as a catalyst"), vec![("end-of-April deadline".into(), Some("2026-04-30".into()))]);
        let by_then = find(
            "If no ceasefire is reached by then, sanctions could follow.",
            "2025-05-21".parse().unwrap(),
            Tense::Future,
        );
        assert!(by_then[0].anaphor);
    }

    #[test]
    fn may_and_march_as_verbs_are_not_months() {
        assert_eq!(phrases("Prices may fall and protesters march."), vec![]);
        assert_eq!(
            phrases("The vote may come in May."),
            vec![("in May".into(), Some("2025-05-31".into()))]
        );
        assert_eq!(
            phrases("A deal by March 3, officials said."),
            vec![("by March 3".into(), Some("2026-03-03".into()))]
        );
        // The second of two months joined by "or" (round 21; words we wrote); a modal after
        // "or" and a month's name is still none.
        let found: Vec<String> = phrases("Counts will peak in April or May of next year.")
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        assert!(found.iter().any(|t| t.contains("May")), "{found:?}");
        assert_eq!(
            phrases("It could come in April or may slip."),
            vec![("in April".into(), Some("2026-04-30".into()))]
        );
    }

    #[test]
    fn numbers_and_past_years_are_read_but_not_as_spans_across_commas() {
        assert_eq!(
            phrases("both sides agreed to release 1,000 captives"),
            vec![]
        );
        assert_eq!(
            phrases("since 2022, the war"),
            vec![("2022".into(), Some("2022-12-31".into()))]
        );
        assert_eq!(
            phrases("by Q3 2026 or before the election"),
            vec![
                ("by Q3 2026".into(), Some("2026-09-30".into())),
                ("before the election".into(), None)
            ]
        );
        assert_eq!(
            phrases("unlikely before the November election"),
            vec![("before the November election".into(), None)]
        );
        assert_eq!(
            phrases("at the June meeting"),
            vec![("at the June".into(), Some("2025-06-30".into()))]
        );
        assert_eq!(
            phrases("save £80 a year from 2027"),
            vec![("from 2027".into(), Some("2027-12-31".into()))]
        );
        // The end or start of an event is as undated as the event (audit 16 A11).
        assert_eq!(
            phrases("Rovers will be relegated by the end of the season."),
            vec![("by the end of the season".into(), None)]
        );
        // The season under way is as undated (round 29), inside a longer phrase or alone.
        assert_eq!(
            phrases("Rovers will be relegated this season."),
            vec![("this season".into(), None)]
        );
        assert_eq!(
            phrases("Rovers will be relegated by the end of this season."),
            vec![("by the end of this season".into(), None)]
        );
    }

    #[test]
    fn tense_from_cues() {
        assert_eq!(sentence_tense("The show will open in June."), Tense::Future);
        assert_eq!(sentence_tense("Sales fell in June."), Tense::Past);
    }

    #[test]
    fn a_participle_naming_the_forecaster_is_not_a_past_verb() {
        let s = "Rates will fall in September, according to analysts surveyed by the agency.";
        assert!(!past_at(s, s.find("September").unwrap()));
        let s = "Officials raised rates in September, a statement showed.";
        assert!(past_at(s, s.find("September").unwrap()));
    }

    /// "Two days later" counts from the day named before it (2025-05-21 is a Wednesday:
    /// "Friday" is 2025-05-23); with no day before it, the count runs from publication.
    #[test]
    fn days_later_count_from_the_day_before() {
        assert_eq!(
            phrases(
                "The bill could pass as early as Friday and the board will vote two days later."
            ),
            vec![
                ("Friday".into(), Some("2025-05-23".into())),
                ("two days later".into(), Some("2025-05-25".into()))
            ]
        );
        assert_eq!(
            phrases("The board will vote two days later."),
            vec![("two days".into(), Some("2025-05-23".into()))]
        );
    }

    /// A season's name before a noun has no date ("a winter storm") and one in a title is no
    /// time ("The Winds of Winter"); "this winter", "winter months" and a season at a
    /// sentence's start are the season.
    #[test]
    fn a_season_naming_a_thing_is_no_time() {
        assert_eq!(
            phrases("A winter storm is expected to hit the coast."),
            vec![("winter".into(), None)]
        );
        assert_eq!(
            phrases("She will publish The Winds of Winter: 50%"),
            vec![("Winter".into(), None)]
        );
        assert_eq!(
            phrases("Airlines expect summer travel demand to rise."),
            vec![("summer".into(), None)]
        );
        assert_eq!(
            phrases("Prices will rise this winter."),
            vec![("this winter".into(), Some("2026-03-20".into()))]
        );
        assert_eq!(
            phrases("Prices will rise in the winter months."),
            vec![("in the winter".into(), Some("2026-03-20".into()))]
        );
        assert_eq!(
            phrases("Winter will be mild."),
            vec![("Winter".into(), Some("2026-03-20".into()))]
        );
    }

    /// "Holiday sales" and "holiday spending" end with the holiday season; "Election Day"
    /// is the US day only when capitalized.
    #[test]
    fn holiday_sales_and_a_capitalized_election_day() {
        assert_eq!(
            phrases("Retailers expect holiday sales to rise 4 percent."),
            vec![("holiday sales".into(), Some("2025-12-31".into()))]
        );
        assert_eq!(
            phrases("The governor is favored to win on Election Day."),
            vec![("Election Day".into(), Some("2025-11-04".into()))]
        );
        assert_eq!(
            phrases("Election Day 2026 will test the party."),
            vec![("Election Day 2026".into(), Some("2026-11-03".into()))]
        );
        assert_eq!(
            phrases("Turnout on election day in May may be low."),
            vec![("in May".into(), Some("2025-05-31".into()))]
        );
    }

    /// Each time phrase `find` gives in `s` (future tense, written on `r`): its text, last
    /// day and review note.
    fn read_noted(s: &str, r: NaiveDate) -> Vec<(String, Option<String>, Option<String>)> {
        find(s, r, Tense::Future)
            .into_iter()
            .map(|f| {
                let note = review_note(&f);
                (f.text, f.period.map(|p| p.last.to_string()), note)
            })
            .collect()
    }

    /// "by Friday, May 15", "by Monday, June 1, 2026", "by Thursday (May 14)", "by Friday 15
    /// May": a weekday written with a date is that date, not the coming weekday; a weekday
    /// that is not the date's gives the date and a note (audit 14, A1; sentences we wrote).
    #[test]
    fn a_weekday_written_with_a_date_is_the_date() {
        let r: NaiveDate = "2026-03-10".parse().unwrap();
        let read = |s: &str| read_noted(s, r);
        let one = |t: &str, d: &str| vec![(t.to_string(), Some(d.to_string()), None)];
        assert_eq!(
            read("The strike will end by Friday, May 15."),
            one("by Friday, May 15", "2026-05-15")
        );
        assert_eq!(
            read("The strike will end by Monday, June 1, 2026."),
            one("by Monday, June 1, 2026", "2026-06-01")
        );
        assert_eq!(
            read("The strike will end by Thursday (May 14)."),
            one("by Thursday (May 14)", "2026-05-14")
        );
        assert_eq!(
            read("The strike will end by Friday 15 May."),
            one("by Friday 15 May", "2026-05-15")
        );
        // "before Friday, May 15": the day before the date.
        assert_eq!(
            read("The deal will close before Friday, May 15."),
            one("before Friday, May 15", "2026-05-14")
        );
        assert_eq!(
            read("The strike will end by Thursday, May 15."),
            vec![(
                "by Thursday, May 15".to_string(),
                Some("2026-05-15".to_string()),
                Some("\"by Thursday, May 15\" names a weekday that is not the date's (2026-05-15 is a Friday): the date was taken; check which day is meant".to_string())
            )]
        );
        // A weekday alone is still the coming one.
        assert_eq!(
            read("The strike will end by Friday."),
            one("by Friday", "2026-03-13")
        );
    }

    /// A date in numbers whose day and month could be either way round is read month first
    /// with a note, as `import` refuses to guess; one no calendar has ("31/04/2026") is a
    /// phrase without a date, not the year read alone (audit 14, A7; sentences we wrote).
    #[test]
    fn numeric_dates_ambiguous_or_impossible_are_flagged() {
        let r: NaiveDate = "2026-03-01".parse().unwrap();
        let read = |s: &str| read_noted(s, r);
        assert_eq!(
            read("The strike will end by 03/04/2026."),
            vec![(
                "by 03/04/2026".to_string(),
                Some("2026-03-04".to_string()),
                Some("\"by 03/04/2026\" could be day/month or month/day: read month first (2026-03-04); check which is meant".to_string())
            )]
        );
        assert_eq!(
            read("The strike will end by 25/04/2026."),
            vec![(
                "by 25/04/2026".to_string(),
                Some("2026-04-25".to_string()),
                None
            )]
        );
        assert_eq!(
            read("The strike will end by 04/04/2026."),
            vec![(
                "by 04/04/2026".to_string(),
                Some("2026-04-04".to_string()),
                None
            )]
        );
        assert_eq!(
            read("The strike will end by 31/04/2026."),
            vec![("by 31/04/2026".to_string(), None, None)]
        );
    }

    /// The counts `add --deadline` reads are found in text too: "within 48 hours", "within a
    /// fortnight" (audit 14, A10; sentences we wrote).
    #[test]
    fn hours_and_fortnights_are_time_phrases() {
        let r: NaiveDate = "2026-03-11".parse().unwrap();
        let read = |s: &str| -> Vec<(String, Option<String>)> {
            find(s, r, Tense::Future)
                .into_iter()
                .map(|f| (f.text, f.period.map(|p| p.last.to_string())))
                .collect()
        };
        assert_eq!(
            read("The vote will likely pass within 48 hours."),
            vec![(
                "within 48 hours".to_string(),
                Some("2026-03-13".to_string())
            )]
        );
        assert_eq!(
            read("The strike ends within a fortnight."),
            vec![(
                "within a fortnight".to_string(),
                Some("2026-03-25".to_string())
            )]
        );
        // A non-breaking hyphen or an en dash in "mid-year" is a hyphen.
        for s in [
            "Oil will fall by mid\u{2011}year.",
            "Oil will fall by mid\u{2013}year.",
        ] {
            assert_eq!(read(s).len(), 1, "{s}");
            assert_eq!(read(s)[0].1.as_deref(), Some("2026-06-30"), "{s}");
        }
    }

    /// "fiscal 2027" and "fiscal Q2" are read as the calendar periods with their whole phrase
    /// and a review note, the company's fiscal year being unknown; "the next fiscal year"
    /// is left as it was (audit 20, A15; sentences we wrote).
    #[test]
    fn fiscal_periods_keep_their_word_and_a_review_note() {
        let r: NaiveDate = "2026-12-01".parse().unwrap();
        let found = find(
            "Margins should improve by the end of fiscal 2027.",
            r,
            Tense::Future,
        );
        assert_eq!(
            found
                .iter()
                .map(|f| (f.text.as_str(), f.period.map(|p| p.last.to_string())))
                .collect::<Vec<_>>(),
            vec![("by the end of fiscal 2027", Some("2027-10-31".to_string()))]
        );
        assert_eq!(
            review_note(&found[0]).as_deref(),
            Some("\"by the end of fiscal 2027\" is a fiscal year: read as a September year-end and its report (2027-10-31); check the company's fiscal calendar")
        );
    }

    /// "FY2027" is a fiscal year too: the same reading and note. "The quarter" after "for"
    /// says which figures ("sales of $5 billion for the quarter"), so it gives no date
    /// (`deadlines::usable`); "by the end of the quarter" does.
    #[test]
    fn a_fiscal_year_written_fy_has_the_note_and_the_quarter_its_end() {
        let r: NaiveDate = "2026-12-01".parse().unwrap();
        let found = find("Margins should improve in FY2027.", r, Tense::Future);
        assert_eq!(
            found[0].period.map(|p| p.last.to_string()).as_deref(),
            Some("2027-10-31")
        );
        assert_eq!(
            review_note(&found[0]).as_deref(),
            Some("\"in FY2027\" is a fiscal year: read as a September year-end and its report (2027-10-31); check the company's fiscal calendar")
        );
        let r: NaiveDate = "2027-05-20".parse().unwrap();
        let c = super::super::extract("Acme expects to cut costs by the end of the quarter.", r);
        assert_eq!(c[0].deadline, Some("2027-06-30".parse().unwrap()));
        let c = super::super::extract(
            "Acme said it expects sales of $5 billion for the quarter.",
            r,
        );
        assert_eq!(c[0].deadline, None);
    }

    #[test]
    fn a_month_then_next_year_is_that_month_of_next_year() {
        let r = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
        let last = |s: &str| -> Vec<(String, Option<NaiveDate>)> {
            find(s, r, Tense::Future)
                .into_iter()
                .map(|f| (f.text, f.period.map(|p| p.last)))
                .collect()
        };
        assert_eq!(
            last("Rates are poised to fall by 40% by August next year."),
            vec![(
                "by August next year".to_string(),
                NaiveDate::from_ymd_opt(2026, 8, 31)
            )]
        );
        assert_eq!(
            last("The plant reopens in June this year."),
            vec![(
                "in June this year".to_string(),
                NaiveDate::from_ymd_opt(2025, 6, 30)
            )]
        );
    }
}
