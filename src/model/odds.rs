//! The odds a user may give as a probability (`add --probability`, an import's
//! `probability`), beyond the numbers of `Probability::parse_number` and the hedge and odds
//! phrases `extract` reads (`odds 3:1`, `1 in 4`, `3-to-1 odds against`): each read only when
//! it says which side it is for (audit 24, E7).
//!
//! - `A:B for` (or `on`; `A to B`, `A-to-B` and `A/B` the same): odds of A to B that the claim
//!   comes true, A / (A + B). `3:1 for` is 75%.
//! - `A:B against`: odds of A to B against it, B / (A + B). `3:1 against` is 25%; a
//!   bookmaker's fractional price `2/1` is `2/1 against` (33.3%).
//! - `A/B`, `A-B` or `A:B` whose numbers make 100: a split, A%. `60/40` is 60%.
//! - `N out of M`: N / M. `9 out of 10` is 90%.
//! - `evens`: 50%, as `even money` and `even odds` are.
//!
//! Odds with no side (`3:1`, `3-to-1`, `2/1`) are refused, naming both readings: a
//! forecaster's `3:1` is most often for (75%), a bookmaker's against (25%), and `1/2` may be
//! a fraction (50%); a guess would be scored for good once the deadline passes. A slash with
//! the smaller number first (`7/10`) is most likely a fraction, so the refusal names that
//! reading first (70%), then the odds.

use super::probability::format_percent;
use crate::error::{Error, Result};

/// What `text` says as odds: `Ok(Some(p))` for a form above, `Err` for odds without a side
/// (or with no chance on either), `Ok(None)` for anything else (left to the other readers).
pub fn read(text: &str) -> Result<Option<f64>> {
    let lower = text.trim().to_ascii_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    if words == ["evens"] {
        return Ok(Some(0.5));
    }
    if let [n, "out", "of", m] = words[..] {
        let (Some(n), Some(m)) = (count(n), count(m)) else {
            return Ok(None);
        };
        return if m > 0.0 && n <= m {
            Ok(Some(n / m))
        } else {
            Err(refused(
                text,
                "`N out of M` needs M above 0 and N no more than M",
            ))
        };
    }
    let (body, side) = match words.split_last() {
        Some((&"for" | &"on", rest)) => (rest.join(" "), Some(true)),
        Some((&"against", rest)) => (rest.join(" "), Some(false)),
        _ => (words.join(" "), None),
    };
    let Some((a, sep, b)) = ratio(&body) else {
        return Ok(None);
    };
    if a + b == 0.0 {
        return Err(refused(
            text,
            "odds of 0 to 0 give no chance to either side",
        ));
    }
    match side {
        Some(true) => Ok(Some(a / (a + b))),
        Some(false) => Ok(Some(b / (a + b))),
        None if a + b == 100.0 && sep != " to " => Ok(Some(a / 100.0)),
        None => {
            let (an, bn) = (number(a), number(b));
            let (fr, pc) = (format_percent(a / (a + b)), format_percent(b / (a + b)));
            // `7/10`: a forecaster's fraction far more often than a price, so that reading
            // leads (ad4 F9: the message began with odds and gave the fraction last); still
            // refused, as a guess would be scored for good.
            if sep == "/" && a < b {
                let (decimal, percent) = (number(a / b), format_percent(a / b));
                return Err(refused(
                    text,
                    &format!(
                        "as a fraction it is {percent}, which is written `{decimal}` or `{percent}`; as odds it names no side (`{an}:{bn} for` is {fr}, `{an}:{bn} against` {pc}; a bookmaker's price `{an}/{bn}` is odds against), so it is not guessed: give the one meant"
                    ),
                ));
            }
            Err(refused(
                text,
                &format!(
                    "odds alone do not say which side they are for: write `{an}:{bn} for` ({fr}, {an} to {bn} that the claim comes true) or `{an}:{bn} against` ({pc}; a bookmaker's price `{an}/{bn}` is odds against)"
                ),
            ))
        }
    }
}

/// `A:B`, `A/B`, `A-B`, `A to B` or `A-to-B` with plain non-negative numbers, and the
/// separator (`-to-` given as ` to `).
fn ratio(body: &str) -> Option<(f64, &'static str, f64)> {
    for (sep, name) in [
        (" to ", " to "),
        ("-to-", " to "),
        (":", ":"),
        ("/", "/"),
        ("-", "-"),
    ] {
        if let Some((a, b)) = body.split_once(sep) {
            let (a, b) = (count(a.trim())?, count(b.trim())?);
            return Some((a, name, b));
        }
    }
    None
}

/// A plain non-negative number: digits with at most one decimal point, no sign or exponent.
fn count(word: &str) -> Option<f64> {
    let plain = !word.is_empty()
        && word.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && word.bytes().filter(|&b| b == b'.').count() <= 1
        && word != ".";
    plain.then(|| word.parse().ok()).flatten()
}

/// A number as the user would write it back: `3`, not `3.0`; `2.5` as is.
fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

fn refused(text: &str, why: &str) -> Error {
    Error::invalid(format!("probability `{}`", text.trim()), why)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> Option<f64> {
        read(text).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    fn err(text: &str) -> String {
        read(text).map_or_else(|e| e.to_string(), |v| format!("read as {v:?}"))
    }

    #[test]
    fn odds_with_a_side_splits_and_counts_are_read() {
        assert_eq!(ok("3:1 for"), Some(0.75));
        assert_eq!(ok("3 to 1 on"), Some(0.75));
        assert_eq!(ok("3-to-1 FOR"), Some(0.75));
        assert_eq!(ok("3:1 against"), Some(0.25));
        assert_eq!(ok("3 to 1 against"), Some(0.25));
        assert_eq!(ok("2/1 against"), Some(1.0 / 3.0));
        assert_eq!(ok("5/2 against"), Some(2.0 / 7.0));
        assert_eq!(ok("1:1 for"), Some(0.5));
        assert_eq!(ok("60/40"), Some(0.6));
        assert_eq!(ok("60-40"), Some(0.6));
        assert_eq!(ok("60:40"), Some(0.6));
        assert_eq!(ok("100/0"), Some(1.0));
        assert_eq!(ok("9 out of 10"), Some(0.9));
        assert_eq!(ok("0 out of 10"), Some(0.0));
        assert_eq!(ok(" Evens "), Some(0.5));
    }

    #[test]
    fn anything_else_is_left_to_the_other_readers() {
        for text in [
            "0.4",
            "40%",
            "likely",
            "odds 3:1",
            "1 in 4",
            "3:1 odds",
            "2026-01-01",
        ] {
            assert_eq!(ok(text), None, "{text}");
        }
    }

    #[test]
    fn odds_without_a_side_are_refused_naming_both_readings() {
        assert_eq!(
            err("3:1"),
            "probability `3:1`: odds alone do not say which side they are for: write `3:1 for` (75%, 3 to 1 that the claim comes true) or `3:1 against` (25%; a bookmaker's price `3/1` is odds against)"
        );
        assert_eq!(
            err("60 to 40"),
            "probability `60 to 40`: odds alone do not say which side they are for: write `60:40 for` (60%, 60 to 40 that the claim comes true) or `60:40 against` (40%; a bookmaker's price `60/40` is odds against)"
        );
        // A slash with the smaller number first: the fraction leads (ad4 F9).
        assert_eq!(
            err("1/2"),
            "probability `1/2`: as a fraction it is 50%, which is written `0.5` or `50%`; as odds it names no side (`1:2 for` is 33.3333%, `1:2 against` 66.6667%; a bookmaker's price `1/2` is odds against), so it is not guessed: give the one meant"
        );
        assert_eq!(
            err("7/10"),
            "probability `7/10`: as a fraction it is 70%, which is written `0.7` or `70%`; as odds it names no side (`7:10 for` is 41.1765%, `7:10 against` 58.8235%; a bookmaker's price `7/10` is odds against), so it is not guessed: give the one meant"
        );
        assert_eq!(
            err("0:0 for"),
            "probability `0:0 for`: odds of 0 to 0 give no chance to either side"
        );
        assert_eq!(
            err("11 out of 10"),
            "probability `11 out of 10`: `N out of M` needs M above 0 and N no more than M"
        );
    }
}
