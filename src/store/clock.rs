//! The journal's head against the clock a write is logged by (audit 16, A1).
//!
//! Journal times never go backwards: a write whose clock is not past the newest entry's
//! `logged_at` is logged one millisecond after it (`time::Clock::after`). So one write made
//! with a clock running ahead (a laptop 30 days fast, a VM resumed with a bad clock) sets
//! the head in the future, and every later write is logged at that future time until the
//! real clock passes it; each forecast whose deadline falls before it counts as logged late.
//!
//! Decisions (README "The clock of record is real"):
//! - On PostgreSQL the time of a write is the server's clock (`clock_timestamp()`, read in
//!   the write's transaction once it holds the write lock): one clock for a team, so a
//!   member's wrong clock cannot move the journal (`OpenOptions::server_clock`).
//! - On SQLite (one machine, one clock) the machine's clock is the clock of record. A head
//!   more than `AHEAD_LIMIT` ahead of it is said on stderr on every write and as a warning by
//!   `verify` (not a failure: the chain is whole, and entries are never edited).
//! - `FORECAST_TODAY` keeps its meaning: it moves the calendar day only, never the clock.

use crate::time::{parse_timestamp, timestamp};
use chrono::{DateTime, Utc};

/// How far the head may be ahead of the clock before it is said: a few minutes, more than
/// two machines' clocks commonly disagree by, and less than any deadline's day.
pub const AHEAD_LIMIT: chrono::Duration = chrono::Duration::minutes(5);

/// The journal's newest entry logged later than the clock of record reads now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClockAhead {
    /// The head's `logged_at`.
    pub head: String,
    /// The clock of record when it was read.
    pub clock: String,
    /// The clock is the PostgreSQL server's, not this machine's.
    pub server: bool,
}

impl ClockAhead {
    /// `Some` when `head` is more than `AHEAD_LIMIT` after `clock` (both as the ledger
    /// stores instants).
    pub fn check(head: Option<&str>, clock: &str, server: bool) -> Option<ClockAhead> {
        let h = parse_timestamp(head?)?;
        let c = parse_timestamp(clock)?;
        (h - c > AHEAD_LIMIT).then(|| ClockAhead {
            head: timestamp(h),
            clock: timestamp(c),
            server,
        })
    }

    fn instants(&self) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        Some((parse_timestamp(&self.head)?, parse_timestamp(&self.clock)?))
    }

    /// What the gap is and does, one line (a warning's text, without `warning: `).
    pub fn describe(&self) -> String {
        let gap = self
            .instants()
            .map(|(h, c)| gap_words(h - c))
            .unwrap_or_default();
        let whose = if self.server {
            "the PostgreSQL server's clock"
        } else {
            "this machine's clock"
        };
        let day = self.head.get(..10).unwrap_or(&self.head);
        format!(
            "the journal's newest entry is logged at {}, {gap} ahead of {whose} ({}): journal times never go backwards, so every write is logged just after {} until the clock passes it, and a forecast logged meanwhile whose deadline is before {day} counts as logged late; a clock set wrong once leaves this, and entries are never edited (README \"The clock of record is real\")",
            self.head, self.clock, self.head
        )
    }
}

/// A duration in the largest two units that matter: `3650 days`, `30 days 2 h`, `2 h 5 min`,
/// `7 min`.
pub fn gap_words(d: chrono::Duration) -> String {
    let minutes = d.num_minutes();
    let (days, hours, mins) = (minutes / 1440, minutes / 60 % 24, minutes % 60);
    let plural = |n: i64, one: &str, many: &str| {
        if n == 1 {
            format!("{n} {one}")
        } else {
            format!("{n} {many}")
        }
    };
    match (days, hours) {
        (0, 0) => format!("{mins} min"),
        (0, h) => format!("{h} h {mins} min"),
        (d, 0) => plural(d, "day", "days"),
        (d, h) => format!("{} {h} h", plural(d, "day", "days")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_head_ahead_by_more_than_the_limit_is_said() {
        let clock = "2026-12-01T18:00:00.000Z";
        assert_eq!(
            ClockAhead::check(Some("2026-12-01T18:05:00.000Z"), clock, false),
            None
        );
        assert_eq!(ClockAhead::check(None, clock, false), None);
        assert_eq!(
            ClockAhead::check(Some("2026-11-01T18:00:00.000Z"), clock, false),
            None
        );
        let ahead = ClockAhead::check(Some("2026-12-31T18:00:09.547Z"), clock, true).unwrap();
        assert_eq!(ahead.head, "2026-12-31T18:00:09.547Z");
        assert_eq!(
            ahead.describe(),
            "the journal's newest entry is logged at 2026-12-31T18:00:09.547Z, 30 days ahead of the PostgreSQL server's clock (2026-12-01T18:00:00.000Z): journal times never go backwards, so every write is logged just after 2026-12-31T18:00:09.547Z until the clock passes it, and a forecast logged meanwhile whose deadline is before 2026-12-31 counts as logged late; a clock set wrong once leaves this, and entries are never edited (README \"The clock of record is real\")"
        );
    }

    #[test]
    fn gaps_are_said_in_two_units() {
        let m = chrono::Duration::minutes;
        assert_eq!(gap_words(m(7)), "7 min");
        assert_eq!(gap_words(m(125)), "2 h 5 min");
        assert_eq!(gap_words(m(1440)), "1 day");
        assert_eq!(gap_words(m(30 * 1440 + 150)), "30 days 2 h");
        assert_eq!(gap_words(m(3650 * 1440)), "3650 days");
    }
}
