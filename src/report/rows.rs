//! What a report is computed from, as plain values: the selection a user asked for
//! (`ReportFilter`), one forecast as a per-source report sees it (`ScoreRow`), one forecast
//! as market scoring sees it (`MarketRow`), and the kept per-source sums (`KeptSums`).
//!
//! These are the report's input types, so they live here and not in `store`: the store
//! fills them (it depends on this module, never the other way round), and the report's
//! computation, the scoring and the tests build them by hand without a database.

use crate::model::Outcome;
use crate::score::{BinKey, BinSpec, Cell};
use chrono::NaiveDate;

/// Which forecasts a report covers.
#[derive(Debug, Clone, Default)]
pub struct ReportFilter {
    /// Source names (case-insensitive); empty means every source.
    pub sources: Vec<String>,
    /// Made on or after.
    pub since: Option<NaiveDate>,
    /// Made on or before.
    pub until: Option<NaiveDate>,
    /// Forecasts carrying this tag (tags compare as `model::names::tag_key` says).
    pub tag: Option<String>,
    /// The tag's spellings the ledger stores (the store's `check_tag`); empty: the tag as
    /// given. More than one only in a ledger from before tags were stored in one spelling.
    pub tag_spellings: Vec<String>,
    /// Only the sources' own forecasts: leave out those tagged `attributed-to:NAME` (an
    /// article attributes them to someone other than the source; `--own`).
    pub own: bool,
}

/// Whether `tag` is an `attributed-to:NAME` tag (any case): `extract` logs a forecast the
/// article attributes to someone other than its source under the source with that tag.
pub fn is_attributed_tag(tag: &str) -> bool {
    tag.get(..14)
        .is_some_and(|head| head.eq_ignore_ascii_case("attributed-to:"))
}

/// One current forecast as a per-source report scores it.
#[derive(Debug, Clone, Copy, Default)]
pub struct ScoreRow {
    pub source_id: i64,
    pub probability: f64,
    pub outcome: Option<Outcome>,
    /// Deadline before today.
    pub matured: bool,
    /// This version corrects an earlier one.
    pub corrected: bool,
    /// Its outcome was amended (it has more than one resolution).
    pub amended: bool,
    /// Logged after its deadline or once an outcome for it was known.
    pub late: bool,
    /// Days since 1970-01-01 (`day_number`): deadline - made_on is the horizon.
    pub made_on: i32,
    pub deadline: i32,
    /// In a scan split by tag, the index of this row's tag in the scan's tag list (`None`:
    /// untagged); a forecast with several tags comes once per tag. Otherwise `None`.
    pub tag: Option<u32>,
}

impl ScoreRow {
    /// Deadline minus the day the forecast was made, in days.
    pub fn horizon_days(&self) -> i64 {
        i64::from(self.deadline) - i64::from(self.made_on)
    }
}

/// One current forecast as market scoring sees it: enough to put it in its market (question
/// and deadline), order it within the market (date made, then the id of its first version)
/// and score it on the question's event (its stance turns the claim's probability into the
/// event's).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MarketRow {
    pub id: i64,
    /// The id of the first version of this forecast's lineage (`id` itself unless it is a
    /// correction): its place in its market. A correction is a new entry with a new, higher
    /// id; ordered by that id, a wording fix made after the outcome was known would move the
    /// forecast after others made the same day and could change which of its source's
    /// forecasts is in force, so a correction keeps its original's place (audit 15, A1).
    pub lineage: i64,
    pub source_id: i64,
    pub question_id: i64,
    /// Days since 1970-01-01 (dates compare as numbers in the hot loops).
    pub deadline: i32,
    pub made_on: i32,
    /// The probability of the claim as stated.
    pub probability: f64,
    /// The claim is the question's event (`for`), not its negation (`against`).
    pub for_event: bool,
    pub outcome: Option<Outcome>,
    /// Deadline before today.
    pub matured: bool,
    /// This version corrects an earlier one.
    pub corrected: bool,
    /// Its outcome was amended (it has more than one resolution).
    pub amended: bool,
    /// Logged after its deadline or once an outcome for it was known.
    pub late: bool,
    /// Its condition, as `condition_key` keys it (0: none). Forecasts of one source under
    /// different conditions are not updates of one another (audit 17, A8).
    pub condition: u64,
}

/// A key of a forecast's condition text as stored (0 for none, never 0 for one), so that
/// market rows stay `Copy`: two conditions are the same when their stored texts are
/// (stored with white space collapsed, as `add` stores them).
pub fn condition_key(condition: Option<&str>) -> u64 {
    use std::hash::{Hash, Hasher};
    let Some(text) = condition else {
        return 0;
    };
    let mut h = rustc_hash::FxHasher::default();
    text.hash(&mut h);
    h.finish().max(1)
}

impl MarketRow {
    /// The probability this forecast gives the question's event.
    pub fn event_probability(&self) -> f64 {
        if self.for_event {
            self.probability
        } else {
            1.0 - self.probability
        }
    }

    /// Whether the question's event happened by the deadline; `None` unless the forecast is
    /// resolved true or false.
    pub fn event_happened(&self) -> Option<bool> {
        match self.outcome {
            Some(Outcome::True) => Some(self.for_event),
            Some(Outcome::False) => Some(!self.for_event),
            _ => None,
        }
    }

    /// The same forecast as a per-source report scores it.
    pub fn score_row(&self) -> ScoreRow {
        ScoreRow {
            source_id: self.source_id,
            probability: self.probability,
            outcome: self.outcome,
            matured: self.matured,
            corrected: self.corrected,
            amended: self.amended,
            late: self.late,
            made_on: self.made_on,
            deadline: self.deadline,
            tag: None,
        }
    }
}

/// Days since 1970-01-01 of `date` (for `MarketRow`'s dates).
pub fn day_number(date: NaiveDate) -> i32 {
    (date - NaiveDate::default()).num_days() as i32
}

/// The date `day_number` gave `days` for.
pub fn from_day_number(days: i32) -> NaiveDate {
    NaiveDate::default() + chrono::Duration::days(i64::from(days))
}

/// The calibration bins the kept sums are kept in: the report's default, `nearest:10`.
/// A report with other bins cannot be answered from them (see `plan`).
pub fn kept_bins() -> BinSpec {
    BinSpec::default()
}

/// A source's kept counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    /// Current versions logged.
    pub forecasts: i64,
    pub void: i64,
    pub corrections: i64,
    pub amended: i64,
    pub late: i64,
}

/// Everything the default report needs, read without a scan (see `store::kept`).
#[derive(Debug, Default)]
pub struct KeptSums {
    pub totals: Vec<(i64, Totals)>,
    /// (source id, bin key under `kept_bins()`, cell).
    pub cells: Vec<(i64, BinKey, Cell)>,
    /// Current forecasts resolved true or false whose deadline has not passed:
    /// (source id, probability, came true).
    pub early: Vec<(i64, f64, bool)>,
    /// Current unresolved forecasts: (source id, deadline passed, how many).
    pub unresolved: Vec<(i64, bool, i64)>,
    /// Current forecasts resolved true or false by distinct probability, whatever their
    /// deadline: (source id, p, how many, how many came true).
    pub points: Vec<(i64, f64, u64, u64)>,
    /// Current forecasts by horizon: (source id, deadline - made_on in days, how many).
    pub horizons: Vec<(i64, i64, u64)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        for d in ["1970-01-01", "2023-12-31", "2024-02-29", "1969-12-31"] {
            let date: NaiveDate = d.parse().unwrap();
            assert_eq!(from_day_number(day_number(date)), date);
        }
        assert_eq!(day_number("1970-01-02".parse().unwrap()), 1);
    }

    #[test]
    fn stance_turns_the_claim_into_the_event() {
        let row = MarketRow {
            id: 1,
            lineage: 1,
            source_id: 1,
            question_id: 1,
            deadline: 0,
            made_on: 0,
            probability: 0.7,
            for_event: false,
            outcome: Some(Outcome::True),
            matured: true,
            corrected: false,
            amended: false,
            late: false,
            condition: 0,
        };
        assert!((row.event_probability() - 0.3).abs() < 1e-15);
        assert_eq!(row.event_happened(), Some(false));
    }
}
