//! Resolutions whose date does not fit the forecast's deadline, counted over a batch
//! (`resolve --from`, `import`): the same two cases `resolve ID` notes one at a time
//! (`resolve::timing_note`), said as one summary line per case on stderr with a count and
//! the first few rows (audit 22 C6). Notes, never refusals: DESIGN.md lets a forecast be
//! resolved by hand with any outcome, and the date may be only the day the outcome became
//! known.

use crate::model::{Outcome, Stance};
use chrono::NaiveDate;

/// How many rows each summary line names before "and N more".
const EXAMPLES: usize = 3;

/// A resolution dated where the deadline rule would not put it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Timing {
    /// The event said not to have happened, on a day before the deadline: it can still
    /// happen until then (DESIGN.md: a claim "by D" can only come out false at D).
    EarlyNo,
    /// The event said to have happened, on a day after the deadline: it did not happen by it.
    LateYes,
}

/// Which case, if any, an `outcome` dated `on` is for a forecast with this `stance` and
/// `deadline`. A void is neither.
pub(crate) fn timing(
    outcome: Outcome,
    stance: Stance,
    on: NaiveDate,
    deadline: NaiveDate,
) -> Option<Timing> {
    match outcome.event_happened(stance)? {
        false if on < deadline => Some(Timing::EarlyNo),
        true if on > deadline => Some(Timing::LateYes),
        _ => None,
    }
}

/// The rows of a batch in each case: counts and the first few, described.
#[derive(Debug, Clone, Default)]
pub(crate) struct TimingTally {
    early: (usize, Vec<String>),
    late: (usize, Vec<String>),
}

impl TimingTally {
    /// Notes one resolution; `what` names its row (`forecast 3`, `line 4`), called only for
    /// the first few of each case.
    pub(crate) fn note(
        &mut self,
        outcome: Outcome,
        stance: Stance,
        on: NaiveDate,
        deadline: NaiveDate,
        what: impl FnOnce() -> String,
    ) {
        let Some(kind) = timing(outcome, stance, on, deadline) else {
            return;
        };
        let (count, examples) = match kind {
            Timing::EarlyNo => &mut self.early,
            Timing::LateYes => &mut self.late,
        };
        *count += 1;
        if examples.len() < EXAMPLES {
            examples.push(format!(
                "{}: deadline {deadline}, `{outcome}` on {on}",
                what()
            ));
        }
    }

    /// The summary lines (each ending in a newline), empty when no row is in either case.
    pub(crate) fn lines(&self) -> String {
        let named = |(count, examples): &(usize, Vec<String>)| {
            let more = match count - examples.len() {
                0 => String::new(),
                n => format!(" and {n} more"),
            };
            format!("{}{more}", examples.join("; "))
        };
        let mut out = String::new();
        if self.late.0 > 0 {
            out.push_str(&format!(
                "note: {} resolution(s) say the event happened on a day after the forecast's deadline ({}): if it happened that day, it came after the deadline and the claim did not come true by it (`forecast resolve --question KEY --happened-on DATE` resolves each forecast on a question by its own deadline); if that is only the day the outcome became known, the outcome stands\n",
                self.late.0,
                named(&self.late)
            ));
        }
        if self.early.0 > 0 {
            out.push_str(&format!(
                "note: {} resolution(s) say the event has not happened, dated before the forecast's deadline ({}): it can still happen until then, so such an outcome is known only at the deadline (`forecast resolve ID --yes --amend --note WHY` changes one if the event happens after all); to say that it has not happened so far, `forecast resolve --question KEY --not-by DATE` records it and keeps later deadlines open\n",
                self.early.0,
                named(&self.early)
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn cases_follow_the_event_and_the_stance() {
        let d = day("2026-06-30");
        let (early, late) = (day("2026-06-01"), day("2026-07-15"));
        assert_eq!(
            timing(Outcome::True, Stance::For, late, d),
            Some(Timing::LateYes)
        );
        assert_eq!(
            timing(Outcome::False, Stance::For, early, d),
            Some(Timing::EarlyNo)
        );
        // `against`: a true claim says the event did not happen.
        assert_eq!(
            timing(Outcome::True, Stance::Against, early, d),
            Some(Timing::EarlyNo)
        );
        assert_eq!(
            timing(Outcome::False, Stance::Against, late, d),
            Some(Timing::LateYes)
        );
        assert_eq!(timing(Outcome::True, Stance::For, early, d), None);
        assert_eq!(timing(Outcome::True, Stance::For, d, d), None);
        assert_eq!(timing(Outcome::False, Stance::For, d, d), None);
        assert_eq!(timing(Outcome::False, Stance::For, late, d), None);
        assert_eq!(timing(Outcome::Void, Stance::For, late, d), None);
    }

    #[test]
    fn lines_count_every_row_and_name_the_first_three() {
        let mut t = TimingTally::default();
        assert_eq!(t.lines(), "");
        let d = day("2026-06-30");
        for id in 1..=5 {
            t.note(Outcome::True, Stance::For, day("2026-07-15"), d, || {
                format!("forecast {id}")
            });
        }
        let lines = t.lines();
        assert_eq!(lines.lines().count(), 1);
        assert!(lines.starts_with("note: 5 resolution(s) say the event happened on a day after the forecast's deadline (forecast 1: deadline 2026-06-30, `true` on 2026-07-15; forecast 2: deadline 2026-06-30, `true` on 2026-07-15; forecast 3: deadline 2026-06-30, `true` on 2026-07-15 and 2 more): "), "{lines}");
        t.note(Outcome::False, Stance::For, day("2026-01-02"), d, || {
            "line 7".into()
        });
        let lines = t.lines();
        assert_eq!(lines.lines().count(), 2);
        assert!(lines.lines().nth(1).unwrap().starts_with(
            "note: 1 resolution(s) say the event has not happened, dated before the forecast's deadline (line 7: deadline 2026-06-30, `false` on 2026-01-02): "
        ));
    }
}
