//! Forecast deadlines as an iCalendar file (RFC 5545), so they land in any calendar: one
//! all-day `VEVENT` per forecast on its deadline. Pure text: the caller passes the forecasts,
//! the instant for `DTSTAMP` and a ledger id that makes each `UID` unique across ledgers and
//! stable across runs (re-importing the file updates events instead of doubling them).
//!
//! What RFC 5545 asks and this writer does: CRLF line ends (3.1); lines folded at 75 octets
//! with CRLF and one space, never inside a UTF-8 character (3.1); `\`, `;`, `,` and line
//! breaks escaped in TEXT values (3.3.11); `VERSION` and `PRODID` in the calendar (3.7);
//! `UID` and `DTSTAMP` (UTC, form `YYYYMMDDTHHMMSSZ`) in each event (3.6.1); an all-day event
//! as `DTSTART;VALUE=DATE` with `DTEND` the next day (3.6.1, DTEND is non-inclusive), or
//! without `DTEND` on 9999-12-31, whose next day has no four-digit year.

use crate::model::{format_percent, Forecast, Stance};
use chrono::{DateTime, Datelike, Utc};

/// The calendar for `forecasts`; `ledger` is a short id of the ledger (for `UID`s).
pub fn calendar(forecasts: &[Forecast], now: DateTime<Utc>, ledger: &str) -> String {
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//forecast-ledger//forecast due//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Forecast deadlines",
    ] {
        push_line(&mut out, line);
    }
    for f in forecasts {
        let day = f.deadline.format("%Y%m%d").to_string();
        // DTEND is the next day; a deadline of 9999-12-31 has none with four digits, and an
        // all-day DTSTART without DTEND lasts one day (3.6.1), so DTEND is left out there.
        let next = f
            .deadline
            .succ_opt()
            .filter(|d| d.year() <= 9999)
            .map(|d| d.format("%Y%m%d").to_string());
        let stance = match f.stance {
            Stance::For => String::new(),
            Stance::Against => " against".to_string(),
        };
        let summary = format!(
            "Deadline: {} ({}, {}{stance})",
            f.claim,
            f.source,
            format_percent(f.probability)
        );
        let mut description = format!(
            "Forecast {} by {}, made {}: {}\nProbability {}{stance}; question {}.",
            f.id,
            f.source,
            f.made_on,
            f.claim,
            format_percent(f.probability),
            f.question
        );
        if let Some(c) = &f.condition {
            description.push_str(&format!("\nCondition: {c}"));
        }
        description.push_str(&format!(
            "\nResolve it: forecast resolve {} --yes (or --no, or --void --reason ...)",
            f.id
        ));
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(
            &mut out,
            &format!("UID:forecast-{}-{ledger}@forecast-ledger", f.id),
        );
        push_line(&mut out, &format!("DTSTAMP:{stamp}"));
        push_line(&mut out, &format!("DTSTART;VALUE=DATE:{day}"));
        if let Some(next) = &next {
            push_line(&mut out, &format!("DTEND;VALUE=DATE:{next}"));
        }
        push_line(&mut out, &format!("SUMMARY:{}", escape(&summary)));
        push_line(&mut out, &format!("DESCRIPTION:{}", escape(&description)));
        push_line(&mut out, &format!("CATEGORIES:{}", escape(&f.source)));
        push_line(&mut out, "TRANSP:TRANSPARENT");
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// A TEXT value escaped (RFC 5545 3.3.11).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded to lines of at most 75 octets (continuations start with a space,
/// which counts), each ended by CRLF.
fn push_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
    }

    // Worked by hand: 80 ASCII letters fold into 75 octets, then a space and the last 5.
    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        push_line(&mut out, &"x".repeat(80));
        assert_eq!(out, format!("{}\r\n {}\r\n", "x".repeat(75), "x".repeat(5)));
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "é".repeat(60));
        push_line(&mut out, &line);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        // Unfolding (remove CRLF + space) gives the line back.
        assert_eq!(out.replace("\r\n ", "").trim_end_matches("\r\n"), line);
    }
}
